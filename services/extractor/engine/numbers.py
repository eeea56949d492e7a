"""Locale-aware number reading. The separator convention is decided per number:
`3.300,63` and `3,300.63` are unambiguous; `1,23,456` is Indian grouping; a lone separator
followed by exactly three digits (`11.090`, `3,066`) follows the document's convention."""

from __future__ import annotations

from collections.abc import Iterable

import regex

# Digits with optional grouping and one decimal part. Kept simple and linear: no nested
# quantifiers over the same characters, so it cannot backtrack catastrophically. (Not after a
# separator, which would read a piece of a number; but after "Rs.", glued: "Rs.9,611 crore".)
_START = r"(?:(?<![\d.,])|(?<=\b[Rr]s\.))"
NUMBER_RE = regex.compile(
    rf"{_START}\d{{1,3}}(?:[.,]\d{{2,3}})+(?:[.,]\d+)?(?![\d])|{_START}\d+(?:[.,]\d+)?(?![\d])"
)


def parse_number(text: str, thousands_sep: str = ",") -> float | None:
    """Read one number string. `thousands_sep` is the document's convention for a lone
    separator followed by exactly three digits ("." in Vietnamese, "," in English and Hindi).
    Returns None for shapes no convention explains (e.g. `1.2.3,4,5`), and for a run of digits
    no figure is written as (a quintillion or more, or past what a float holds)."""
    try:
        v = float(text) if text.isascii() and text.isdigit() else _parse(text, thousands_sep)
    except ValueError:
        return None  # digits of a script float() does not know (the regex module's Unicode is newer)
    return v if v is None or v < TOO_LARGE else None


TOO_LARGE = 1e18  # no figure is written with nineteen digits or more (inf is above it too)


def _parse(text: str, thousands_sep: str) -> float | None:
    s = text.strip()
    if not s:
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        if s.count(dec) != 1:
            return None
        int_part, frac = s.split(dec)
        if not _valid_grouping(int_part, grp):
            return None
        return float(int_part.replace(grp, "") + "." + frac)
    sep = "." if dots else "," if commas else ""
    if not sep:
        return float(s)
    parts = s.split(sep)
    if len(parts) > 2:
        # Several identical separators can only be grouping (1.234.567, 1,23,456).
        if not _valid_grouping(s, sep):
            return None
        return float(s.replace(sep, ""))
    head, tail = parts
    if len(tail) == 3 and sep == thousands_sep and head != "0":
        return float(head + tail)
    return float(head + "." + tail)


def _valid_grouping(int_part: str, sep: str) -> bool:
    groups = int_part.split(sep)
    if len(groups) == 1:
        return True
    if not (1 <= len(groups[0]) <= 3) or len(groups[-1]) != 3:
        return False
    middle = groups[1:-1]
    # Western grouping is all threes; Indian grouping (commas only) is twos before the last three.
    return all(len(g) == 3 for g in middle) or (sep == "," and all(len(g) == 2 for g in middle))


def document_convention(text: str, default: str) -> str:
    """The thousands separator a document uses, judged from its unambiguous numbers."""
    return convention_of((m.group() for m in NUMBER_RE.finditer(text, timeout=1.0)), default)


def convention_of(numbers: Iterable[str], default: str) -> str:
    """The thousands separator that the unambiguous ones among `numbers` show."""
    vi_style = en_style = 0
    for s in numbers:
        if s.isdigit():
            continue
        if "." in s and "," in s:
            if s.rfind(",") > s.rfind("."):
                vi_style += 1
            else:
                en_style += 1
        elif s.count(".") > 1:
            vi_style += 1
        elif s.count(",") > 1:
            en_style += 1
        elif "," in s and len(s.split(",")[1]) in (1, 2):
            vi_style += 1  # a decimal comma
        elif "." in s and len(s.split(".")[1]) in (1, 2):
            en_style += 1  # a decimal point
    if vi_style > en_style:
        return "."
    if en_style > vi_style:
        return ","
    return default
