"""What an amount is in where the text does not say it in so many words: the currency a sum
goes without (đồng for the budget in Vietnamese, rupees for a sum in crore) and the sign of a
balance named without one ("the trade balance showed a deficit of ..."). Pure."""

from __future__ import annotations

from services.extractor.engine.figures import Group
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word

_PUNCTUATION_AS_SPACE = str.maketrans(".,;:!?)।", "        ")


def balance_in_deficit(g: Group, text: str, lex: Lexicon) -> bool:
    """A balance named without its sign ("trade balance", "cán cân thương mại") whose words
    around the amount say it is a deficit ("showed a deficit of", "thâm hụt")."""
    if g.indicator != "trade_balance" or g.sign != 1 or not lex.deficit_words:
        return False
    ind = next((t for t in g.tokens if t.kind == "ind"), None)
    val = next((t for t in g.tokens if t.kind == "val"), None)
    if ind is None or val is None or not 0 <= val.start - ind.end <= 80:
        return False
    # Before the amount, or right after it ("a $1.2 billion deficit", "1.2 अरब डॉलर के घाटे में").
    after = text[val.end : val.end + 16].lower().translate(_PUNCTUATION_AS_SPACE)
    return has_word(text[ind.end : val.start].lower(), lex.deficit_words) or has_word(
        after, lex.deficit_words
    )


def implied_currency(g: Group, lex: Lexicon) -> str | None:
    """The currency a sum said with a scale word and no currency goes without saying: the one
    its scale word belongs to ("lakh crore": rupees), else the one the language counts the
    indicator in ("nghìn tỷ" of the budget: đồng); None for a bare number."""
    vals = [t for t in g.tokens if t.kind == "val" and t.data.get("scaled")]
    if not vals:
        return None
    words = set(vals[-1].text.lower().split())
    by_scale = next((c for w, c in lex.scale_currency.items() if w in words), None)
    return by_scale or lex.implied_currency.get(str(g.indicator))
