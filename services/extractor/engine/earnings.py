"""What a count earned, said in a sentence of its own: "Toàn tỉnh đón 2 triệu lượt khách ...
Tổng doanh thu ước đạt 1.496 tỷ đồng", "... welcomed 2 million visitors. Total revenue was
VND1.5 trillion", "... 20 लाख पर्यटक आए। कुल राजस्व 1,500 करोड़ रुपये रहा". The sentence names
no indicator; a bare word of earnings opens it, right after the visitors were counted."""

from __future__ import annotations

from services.extractor.engine.cues import starts_with_word
from services.extractor.engine.figures import money
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.tokens import Token

LINKING_WORDS = 4  # "[was estimated at]", "[ước đạt]": between the word of earnings and its amount
OPENING_MARKS = "-+•*–—:,. \t\n"  # a bullet, or the comma after an opening period


def earnings_of_the_counted(
    stoks: list[Token], text: str, start: int, lex: Lexicon, topic: Token | None
) -> list[Token]:
    """`topic` is the indicator last counted (visitors); if the sentence opens with a bare word
    of what they earned before its first figure, an amount of money, that word names the
    indicator of their earnings."""
    if topic is None or topic.kind != "ind" or not lex.earnings_open:
        return stoks
    earned = lex.earned_by.get(str(topic.data.get("indicator")))
    if earned is None or any(t.kind in ("ind", "block") for t in stoks):
        return stoks
    first = next((t for t in stoks if t.kind in ("val", "pct", "num")), None)
    if first is None or first.kind != "val":
        return stoks
    unit = first.data.get("unit")
    if not (money(unit) or (unit is None and first.data.get("scaled") and earned in lex.implied_currency)):
        return stoks  # ("1.496 tỷ" of revenue: đồng, as the paper means)
    # The words before the figure, its period mentions blanked (they may open the sentence:
    # "In the first nine months, total revenue ...").
    head = list(text[start : first.start].lower())
    for t in stoks:
        if t.kind == "per" and t.end <= first.start:
            head[t.start - start : t.end - start] = " " * (t.end - t.start)
    said = "".join(head)
    lead = len(said) - len(said.lstrip(OPENING_MARKS))
    words = said[lead:].split()
    for phrase in sorted(lex.earnings_open, key=lambda p: -len(p.split())):  # (the longest said)
        size = len(phrase.split())
        if words[:size] != phrase.split():
            continue
        rest = words[size:]
        if len(rest) > LINKING_WORDS or not all(
            w in lex.earnings_links or w in lex.units_before for w in rest
        ):
            return stoks  # "Revenue from industry ...", "Doanh thu lưu trú đạt ...": another's
        at = start + lead
        end = at + len(" ".join(words[:size]))
        if text[at:end].lower() != " ".join(words[:size]):
            return stoks  # (spaced otherwise than the phrase: left alone)
        if any(t.kind == "ellipsis" and not (at <= t.start and t.end <= end) for t in stoks):
            return stoks  # another short name said too
        # (The word of earnings may be a short name of the budget's: "revenue", "राजस्व".)
        named = Token("ind", at, end, text[at:end], {"indicator": earned, "sign": 1, "rate": False})
        kept = [t for t in stoks if t.kind != "ellipsis"]
        return sorted([*kept, named], key=lambda t: (t.start, t.end))
    return stoks


def linking(word: str, lex: Lexicon) -> bool:
    return word in lex.earnings_links or word in lex.units_before


CLAUSE_MARKS = ",;:()"


def earned_after_the_amount(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A word of earnings blocked after an amount ("... का राजस्व अर्जित किया": revenue earned, no
    budget's), with what earns named before the amount in the same clause ("पर्यटन क्षेत्र ने
    2,850 अरब डोंग का राजस्व अर्जित किया", "पर्यटन से ... का राजस्व अर्जित करना"): the amount is
    that indicator's, the block is dropped."""
    earners = set(lex.earned_by.values())
    for k, t in enumerate(stoks):
        if t.kind != "block" or not starts_with_word(t.text.lower(), lex.earning_words):
            continue
        j = k - 1
        while j >= 0 and stoks[j].kind in ("val", "cue", "per"):
            j -= 1
        if (
            j >= 0
            and j < k - 1
            and stoks[j].kind == "ind"
            and stoks[j].data.get("indicator") in earners
            and any(x.kind == "val" for x in stoks[j + 1 : k])
            # (No clause ends between: the marks are looked for around the figures, not in them.)
            and not any(
                c in text[stoks[i].end : stoks[i + 1].start] for i in range(j, k) for c in CLAUSE_MARKS
            )
        ):
            return [*stoks[:k], *stoks[k + 1 :]]
    return stoks
