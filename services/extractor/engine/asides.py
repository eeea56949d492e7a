"""What a short aside next to a rate says of it: a rate alone in brackets after a word of plan
is the plan's ("vượt kế hoạch (8%)", "the plan (8%)"); after an average, the average's level
("cao hơn mức bình quân cả nước (40,2%)")."""

from __future__ import annotations

from services.extractor.engine.cues import is_cue
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.tokens import Token


def plan_in_brackets(text: str, start: int, lex: Lexicon) -> bool:
    """A rate alone in brackets right after a word of plan ("vượt kế hoạch (8%)", "the plan
    (8%)", "योजना (8%)")."""
    head = text[max(0, start - 24) : start].rstrip()
    if not head.endswith("("):
        return False
    head = head[:-1].rstrip().lower()
    return any(head.endswith(f" {w}") or head == w for w in lex.plan_words)


AVERAGE_REACH = 32  # "... higher than the national average (40.2%)": the average this close before


def average_in_brackets(toks: list[Token], i: int, text: str) -> bool:
    """A rate in brackets right after an average it is the level of ("cao hơn mức bình quân
    cả nước (40,2%)", "राष्ट्रीय औसत (5.05%)")."""
    t = toks[i]
    if not text[max(0, t.start - 2) : t.start].strip().endswith("("):
        return False
    before = toks[i - 1] if i else None
    return (
        before is not None
        and is_cue(before, ("average",))
        and t.start - before.end <= AVERAGE_REACH
        and not any(ch in text[before.end : t.start - 1] for ch in ",;.")
    )
