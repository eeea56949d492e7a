"""Reads a period pattern's regex text to find the anchor every match must contain, so the
tokenizer tries each pattern only near that one anchor, and only at the anchor itself when
the pattern begins with it. Works on the lexicon's pattern text before compilation."""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser: pattern widths
from typing import Any

MONTH_TOKENS = ("(?P<m>{MONTH})", "{MONTH}")
YEAR_TOKENS = ("(?P<y>(?:19|20)\\d{2})",)
_QUANTIFIERS = "?*+{"


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal "]" first in the class
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def required_anchor(alt: str, anchor_words: list[str], month: str, year: str) -> tuple[str, str] | None:
    """The first anchor that every match of `alt` (one alternative, no top-level "|") holds,
    and the part of the pattern before it ("" when a match starts with the anchor). None when
    no anchor is certain (it stands in an optional group or an alternation): the caller then
    tries every anchor the text names."""
    words = sorted(anchor_words, key=len, reverse=True)
    depth, in_class, i = 0, False, 0
    consumed = False  # has anything that takes characters come before this point?
    while i < len(alt):
        c = alt[i]
        if depth == 0 and not in_class:
            found = _anchor_at(alt, i, words, month, year)
            if found is not None:
                name, size = found
                if alt[i + size : i + size + 1] not in _QUANTIFIERS or i + size == len(alt):
                    return name, alt[:i] if consumed else ""
        if c == "\\":
            if depth == 0 and not in_class and alt[i + 1 : i + 2] not in ("b", "B"):
                consumed = True
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class, consumed = True, True
        elif c == "(":
            # A lookaround at the top takes no characters; any other group may.
            if depth == 0 and not alt.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                consumed = True
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            consumed = True
        i += 1
    return None


def reach(prefix: str, limit: int) -> int:
    """How many characters the regex `prefix` (with {NUM}-style slots already filled) can
    take, at most `limit`. A run of spaces counts as at most four characters: text with more
    between two words of one period mention is not worth a wider search."""
    bounded = prefix.replace(r"\s+", r"\s{1,4}").replace(r"\s*", r"\s{0,4}")
    try:
        _, most = _parser.parse(bounded).getwidth()
    except (re.error, RecursionError, OverflowError):
        return limit  # syntax only the regex module knows: search the whole window
    return min(int(most), limit)


def _anchor_at(alt: str, i: int, words: list[str], month: str, year: str) -> tuple[str, int] | None:
    for tok in MONTH_TOKENS:
        if alt.startswith(tok, i):
            return month, len(tok)
    for tok in YEAR_TOKENS:
        if alt.startswith(tok, i):
            return year, len(tok)
    low = alt.lower()
    for w in words:
        if low.startswith(w, i):
            return w, len(w)
    return None


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_MAX_CLASS = 300  # a character range wider than this says nothing useful


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can begin with, or None when any may (or the
    regex uses syntax only the regex module reads). Lets the tokenizer skip the word starts
    where a family of period patterns cannot match without calling it there."""
    try:
        # The regex module allows one group name in several branches; the stdlib parser does not.
        parsed = _parser.parse(_GROUP_NAME.sub("(?:", pattern))
    except (re.error, RecursionError, OverflowError):
        return None
    found, _ = _first(list(parsed))
    return None if found is None else frozenset(found)


def _first(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(the possible first characters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # takes no characters
        if op == _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op == _c.IN:
            chars = _class_chars(av)
            if chars is None:
                return None, False
            return out | chars, False
        if op == _c.SUBPATTERN:
            found, empty = _first(list(av[-1]))
        elif op == _c.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                got, branch_empty = _first(list(branch))
                if got is None:
                    return None, False
                found |= got
                empty = empty or branch_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            found, empty = _first(list(av[2]))
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, a back reference...
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _class_chars(items: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op == _c.LITERAL:
            chars.add(chr(av))
        elif op == _c.RANGE and av[1] - av[0] <= _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op == _c.CATEGORY and av == _c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None  # \w, a negated class, a wide range
    return chars
