"""Quotes for a fact's evidence, bounded: a sentence of a megabyte (a list with no full stop)
must not be copied into every fact read from it."""

from __future__ import annotations

QUOTE_REACH = 300  # characters kept either side of a figure in a very long sentence


def quote_sentence(text: str, s_start: int, s_end: int, start: int, end: int) -> str:
    """The sentence around [start, end); past 2 x QUOTE_REACH characters, only the part around
    the figure, marked with "…" where cut."""
    if s_end - s_start <= 2 * QUOTE_REACH:
        return text[s_start:s_end].strip()
    lo, hi = max(s_start, start - QUOTE_REACH), min(s_end, end + QUOTE_REACH)
    if end - start > 2 * QUOTE_REACH:
        # A figure read far from its indicator in a run-on sentence: the two ends, not all between.
        middle = text[lo : start + QUOTE_REACH].strip() + " … " + text[end - QUOTE_REACH : hi].strip()
    else:
        middle = text[lo:hi].strip()
    return ("…" if lo > s_start else "") + middle + ("…" if hi < s_end else "")


def quote_span(text: str, start: int, end: int) -> str:
    """The span's own words; a span wider than 2 x QUOTE_REACH keeps its two ends."""
    if end - start <= 2 * QUOTE_REACH:
        return text[start:end]
    return text[start : start + QUOTE_REACH] + " … " + text[end - QUOTE_REACH : end]
