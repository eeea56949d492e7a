"""Which anchor a period pattern must contain, read from its regex text."""

from __future__ import annotations

import pytest

from services.extractor.engine.pattern_anchors import required_anchor, split_alternatives

WORDS = ["tháng", "năm", "quarter", "year"]


def anchor(alt: str) -> tuple[str, bool] | None:
    return required_anchor(alt, WORDS, "<month>", "<year>")


def test_top_level_alternatives_only() -> None:
    assert split_alternatives("a|b(?:c|d)|[|]e") == ["a", "b(?:c|d)", "[|]e"]
    assert split_alternatives(r"x\|y") == [r"x\|y"]


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        (r"tháng\s+(?P<m>\d{1,2})", ("tháng", True)),
        (r"(?P<n>\d{1,2})\s+tháng", ("tháng", False)),
        (r"(?P<m>{MONTH})\s*,?\s*(?P<y>(?:19|20)\d{2})", ("<month>", True)),
        (r"(?P<y>(?:19|20)\d{2})\s+(?:में)", ("<year>", True)),
        (r"(?:in|for)\s+(?P<y>(?:19|20)\d{2})", ("<year>", False)),
        (r"(?<=\bto\s)(?P<m>{MONTH})", ("<month>", True)),  # a lookbehind takes no characters
        (r"\bquarter", ("quarter", True)),
        (r"(?:the\s+)?first\s+quarter", ("quarter", False)),
    ],
)
def test_required_anchor(alt: str, expected: tuple[str, bool]) -> None:
    assert anchor(alt) == expected


@pytest.mark.parametrize(
    "alt",
    [
        r"(?:quarter|half)\s+of",  # the anchor stands in an alternation
        r"(?:năm\s+)?nay",  # in an optional group
        r"thánh?",  # its last letter is optional: not the word
        r"cùng kỳ",  # no anchor at all
    ],
)
def test_no_certain_anchor(alt: str) -> None:
    assert anchor(alt) is None
