"""Text normalisation that keeps offsets stable: every replacement is one character for one.

NFC is applied first, and a few rewrites change length (a typographic space dropped between
digit groups, a space put after a count of months glued to its word), so spans refer to the
normalised text, which is what every fact's evidence quotes.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

import regex

_TRANSLATE = {
    **{ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\t"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"},
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u2032"},
    # Devanagari digits read as ASCII digits so one number grammar serves every script.
    **{0x0966 + i: str(i) for i in range(10)},
    # The three letters NFC writes with their nukta composed ("फ़रवरी" typed "फऱवरी"): read
    # without it, like every other nukta (below).
    0x0929: "\u0928",
    0x0931: "\u0930",
    0x0934: "\u0933",
    # Zero-width characters would split words; a space keeps offsets.
    **{ord(c): " " for c in "\u200b\ufeff"},
}


# A number of one to three digits, then groups of exactly three, each after a typographic space
# (not a year and a count: "2024\u00a0100").
_DIGIT = "[0-9\u0966-\u096f]"
_GROUP_SPACE = "[\u00a0\u202f\u2009\u2007]"
_SPACE_GROUPED = re.compile(
    f"(?<![0-9\u0966-\u096f.,]){_DIGIT}{{1,3}}(?:{_GROUP_SPACE}{_DIGIT}{{3}})+(?!{_DIGIT})"
)
_GROUP_SPACE_RE = re.compile(_GROUP_SPACE)


def _joined_groups(m: re.Match[str]) -> str:
    return _GROUP_SPACE_RE.sub("", m.group(0))


# A bare character class: linear by construction, and the stdlib engine scans it several times
# faster than `regex` does.
_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _TRANSLATE)) + "]")


def normalize(text: str) -> str:
    if "&" in text:  # scraped text keeps HTML entities ("đạt&nbsp;3 tỷ USD", "&#8220;")
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    if NUKTA in text:
        # Hindi is written with and without its nukta ("मुक़ाबले", "मुकाबले"; "बढ़कर", "बढकर")
        # for the same word: matched without it, as the lexicon is read (lexicon.py).
        text = text.replace(NUKTA, "")
    if _SPECIAL.search(text):  # most texts need no translation: skip the per-character pass
        if _SPACE_GROUPED.search(text):
            # A no-break, narrow or thin space between digit groups is a thousands separator
            # ("1\u202f250,5 tỷ đồng", "US$1\u00a0250.5 million"): the groups read as one number.
            text = _SPACE_GROUPED.sub(_joined_groups, text)
        text = text.translate(_TRANSLATE)
    if "\n" in text:
        text = _INNER_BREAK.sub(" ", text)
    if _glued_months(text):
        # A count of months glued to its word ("9tháng", a slip of typing) reads as said apart.
        text = _GLUED_MONTHS.sub(r"\1 ", text)
    if "0" in text and _ABBREVIATION_ZERO.search(text):
        # Hindi marks an abbreviation with a zero ("रू० 18997.86 करोड़", "उ०प्र०"): a full stop.
        text = _ABBREVIATION_ZERO.sub(".", text)
    if _dot_after_devanagari(text):
        # A Hindi abbreviation written with dots ("जी.एस.टी.", "आर.बी.आई.") reads as written
        # without them ("जीएसटी"), and its dots end no sentence.
        text = _DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)
    if _LEGACY_DDHA in text:
        # Text converted from a legacy Hindi font writes the conjunct द्ध as ध्द ("वृध्दि"), a
        # letter for a letter: the spans stay the text's.
        text = text.replace(_LEGACY_DDHA, "\u0926\u094d\u0927")
    return text


_LEGACY_DDHA = "\u0927\u094d\u0926"  # ध्द
# Two or more short Devanagari parts (a letter or two with their signs), each followed by a dot,
# at a word's start: "जी.एस.टी.", "आर.बी.आई.", "उ.प्र.".
_DEVANAGARI_PART = (
    "[\u0905-\u0939][\u093e-\u094d\u0901-\u0903]*(?:[\u0905-\u0939][\u093e-\u094d\u0901-\u0903]*)?"
)
_DOTTED_ABBREVIATION = re.compile(f"(?<![\u0900-\u097f])(?:{_DEVANAGARI_PART}\\.){{2,}}")
# A zero right after a Devanagari letter or sign, no digit on either side.
_ABBREVIATION_ZERO = re.compile("(?<=[\u0915-\u0939\u093e-\u094c\u0958-\u095f])0(?![0-9])")
_GLUED_MONTHS = re.compile(r"(\d)(?=tháng)")


def _dot_after_devanagari(text: str) -> bool:
    """A full stop right after a Devanagari sign somewhere (found by str.find: a scan of every
    text with the abbreviation's pattern would cost more than the rest of normalisation)."""
    at = text.find(".")
    while at > 0:
        if "\u0900" <= text[at - 1] <= "\u097f":
            return True
        at = text.find(".", at + 1)
    return False


def _glued_months(text: str) -> bool:
    """A digit right before "tháng" somewhere (found by str.find: most texts have none)."""
    at = text.find("tháng")
    while at >= 0:
        if at and text[at - 1].isdigit():
            return True
        at = text.find("tháng", at + 5)
    return False


NUKTA = "\u093c"


# A line break inside a sentence (after no full stop, before a lower-case letter) is a space.
_INNER_BREAK = regex.compile(r"(?<=[^.!?।:;\n])\n(?=\p{Ll})")


_SEPARATORS = frozenset(" \n\t,.;:!?()[]{}\"'-/%$₹।|")


def has_word(gap: str, words: Iterable[str]) -> bool:
    """One of `words` stands as a whole word in `gap` (before a space or a comma)."""
    g = f" {gap.lower()} "
    return any(f" {w} " in g or f" {w}," in g for w in words)


def is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks (Devanagari vowel signs) continue a word."""
    if ch in _SEPARATORS:
        return False  # the common case, without a Unicode database lookup
    if ch.isalnum() or ch == "_":
        return True
    return unicodedata.category(ch).startswith("M")


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and len(base) == 1:
            table[cp] = base
    return table


_FOLD = _fold_table()


def fold_accents(text: str) -> str:
    """Vietnamese without diacritics ('xuat khau'), for the fallback matchers.

    Keeps length: each character folds to exactly one character."""
    return text.translate(_FOLD)


# (A word at a sentence's end, or one a bracket opens on, is a word.)
_STOPS = str.maketrans({c: " " for c in ".!?।;:()"})


def words_near(text: str, start: int, end: int) -> str:
    """The words of text[start:end], lower-cased, one space between, stops and brackets as spaces."""
    return " ".join(text[max(0, start) : end].lower().translate(_STOPS).split())
