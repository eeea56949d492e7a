"""Lines that point to other reports ("Xem thêm: ...", "Related: ...", "यह भी पढ़ें: ..."): the
figures there are those reports', not this one's, so the engine reads past them."""

from __future__ import annotations

from services.extractor.engine.tokens import lower_same_length

BULLETS = " \t-–•*>»"


def related_lines(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the lines that open with a word of a link to another report, in order."""
    if not words:
        return []
    lowered = lower_same_length(text)  # (offsets kept: spans are the text's)
    if not any(w in lowered for w in words):
        return []  # the common case, in one pass per word
    out, start = [], 0
    for line in lowered.split("\n"):
        head = line.lstrip(BULLETS)
        if any(head.startswith(w) for w in words):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out
