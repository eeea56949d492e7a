"""Lines that are not the report's own telling: a photo caption ("FILE PHOTO: ...", "Ảnh: ...")
dates the photo, and a line that points to another report ("Xem thêm: ...", "Related: ...",
"यह भी पढ़ें: ...") holds that report's figures. Also the marks that open the items of a list.
Pure."""

from __future__ import annotations

from collections.abc import Callable

from services.extractor.engine.tokens import lower_same_length

BULLETS = ("-", "–", "—", "•", "+", "*", "·", "●", "▪")  # what opens the items of a list
# Before a word of a link: a list's mark or a quote's.
LINK_OPENERS = " \t" + "".join(BULLETS) + ">»"


def caption_lines(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the lines that hold a word of a photo caption, in order."""
    return _lines(text, words, lambda line, w: w in line)


HEADLINE_CHARS = 160  # a line of links under a heading is a headline: no longer than this
SENTENCE_ENDS = (".", "!", "?", "।")  # a line ending so is the report's own telling again


def related_lines(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the lines that open with a word of a link to another report, in order; a
    line that is only such a word ("Tin liên quan", "Related news") heads a list of links: the
    headlines under it (short lines, no sentence's end) are theirs too."""
    out = _lines(text, words, lambda line, w: line.lstrip(LINK_OPENERS).startswith(w))
    if not out:
        return out
    heads = {w.rstrip(":>» ").strip() for w in words}
    extra: list[tuple[int, int]] = []
    reach = -1  # where the last heading's headlines were read to (each line is read once)
    for a, b in out:
        if a < reach or text[a:b].strip(LINK_OPENERS + ":>»").strip().lower() not in heads:
            continue
        start = b + 1
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end].strip()
            if line:
                if len(line) > HEADLINE_CHARS or line.endswith(SENTENCE_ENDS):
                    break
                extra.append((start, end))
            start = end + 1
        reach = start
    return sorted({*out, *extra})


def _lines(text: str, words: tuple[str, ...], holds: Callable[[str, str], bool]) -> list[tuple[int, int]]:
    if not words:
        return []
    lowered = lower_same_length(text)  # (offsets kept: spans are the text's)
    if not any(w in lowered for w in words):
        return []  # the common case, in one pass per word
    out, start = [], 0
    for line in lowered.split("\n"):
        if any(holds(line, w) for w in words):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out
