"""A mark held period after period ("above Rs 1.4 lakh crore for the fifth straight month",
"लगातार पांचवें महीने 1.40 लाख करोड़ रुपये के ऊपर", "tháng thứ năm liên tiếp đạt trên 4 tỷ
USD"): the amount is a bound the streak stays past, not the level of any one period. Pure."""

from __future__ import annotations

from services.extractor.engine.cues import starts_with_word, words_before_amount
from services.extractor.engine.figures import Group
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word

MARK_WINDOW = 24  # characters beside the amount where its word of bound stands


def drop_held_marks(groups: list[Group], sentence: str, text: str, lex: Lexicon) -> None:
    """In a sentence of a streak, an amount said as a bound loses its value (a group left with
    no figure is dropped with the others that have none)."""
    if (
        not lex.streak_words
        or all(g.value is None for g in groups)
        or not has_word(sentence, lex.streak_words)
    ):
        return
    for g in groups:
        val = next((t for t in g.tokens if t.kind == "val"), None)
        if val is None or g.value is None or not said_as_bound(val.start, val.end, text, lex):
            continue
        g.value, g.unit = None, None
        g.tokens.remove(val)


def said_as_bound(start: int, end: int, text: str, lex: Lexicon) -> bool:
    if starts_with_word(text[end : end + MARK_WINDOW].lower().lstrip(), lex.mark_after):
        return True
    # (A currency written before the amount stands between: "above Rs 1.4 lakh crore".)
    before = words_before_amount(text[max(0, start - MARK_WINDOW) : start], lex)
    return bool(before) and any(before[-len(w.split()) :] == w.split() for w in lex.mark_before)
