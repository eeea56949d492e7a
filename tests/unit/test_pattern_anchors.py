"""Which anchor a period pattern must contain, read from its regex text."""

from __future__ import annotations

import pytest

from services.extractor.engine.pattern_anchors import first_chars, reach, required_anchor, split_alternatives

WORDS = ["tháng", "năm", "quarter", "year"]


def anchor(alt: str) -> tuple[str, str] | None:
    return required_anchor(alt, WORDS, "<month>", "<year>")


def test_top_level_alternatives_only() -> None:
    assert split_alternatives("a|b(?:c|d)|[|]e") == ["a", "b(?:c|d)", "[|]e"]
    assert split_alternatives(r"x\|y") == [r"x\|y"]


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        (r"tháng\s+(?P<m>\d{1,2})", ("tháng", "")),
        (r"(?P<n>\d{1,2})\s+tháng", ("tháng", r"(?P<n>\d{1,2})\s+")),
        (r"(?P<m>{MONTH})\s*,?\s*(?P<y>(?:19|20)\d{2})", ("<month>", "")),
        (r"(?P<y>(?:19|20)\d{2})\s+(?:में)", ("<year>", "")),
        (r"(?:in|for)\s+(?P<y>(?:19|20)\d{2})", ("<year>", r"(?:in|for)\s+")),
        (r"(?<=\bto\s)(?P<m>{MONTH})", ("<month>", "")),  # a lookbehind takes no characters
        (r"\bquarter", ("quarter", "")),
        (r"(?:the\s+)?first\s+quarter", ("quarter", r"(?:the\s+)?first\s+")),
    ],
)
def test_required_anchor(alt: str, expected: tuple[str, str]) -> None:
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


def test_reach_is_the_prefix_width_within_a_limit() -> None:
    assert reach(r"(?P<n>\d{1,2})\s+", 28) == 6  # two digits and up to four spaces
    assert reach(r"(?:the\s+)?first\s+", 28) == 16
    assert reach(r"(?:\S+\s+)?", 28) == 28  # unbounded: the limit
    assert reach(r"\p{L}\s+", 28) == 28  # only the regex module reads this: the limit


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:the\s+)?first\s+(?P<n>\d{1,2})", set("tf")),
        (r"(?<![\w])(?:(?P<k1_a>\bq(?P<q>[1-4]))|(?P<k2_a>(?P<q>[1-4])q))(?![\w])", set("q1234")),
        (r"(?:a|)b", set("ab")),
        (r"(?:in|for|during)\s+(?P<m>jan|feb)", set("ifd")),
    ],
)
def test_first_chars(pattern: str, expected: set[str]) -> None:
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+x", r"[^a]x", r".x", r"(?:x)?(?:\w)", r"(?:in)?\s*jan"])
def test_first_chars_unknown(pattern: str) -> None:
    assert first_chars(pattern) is None  # any character may begin a match
