"""The date a report was written, read from its dateline when the report carries no
publication time ("HANOI, July 5, 2024 –", "Ngày 30/6/2024, Sở Công Thương ..."). Pure: the
patterns are the lexicon's."""

from __future__ import annotations

from datetime import date

import regex

from services.extractor.engine.lexicon import REGEX_TIMEOUT, Lexicon

# A dateline opens the report: a full date further in is what the report speaks of (a
# deadline, a meeting), not when it was written.
DATELINE_REACH = 200
DATE_WIDTH = 40  # "ngày 25 tháng 9 năm ": what a date holds before its year
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# A news address that carries its publication date: ".../2025/09/29/...", ".../202311/...",
# ".../2024-07-05-...", ".../exports-2024-07-05.vnp", ".../20240705/...". Only whole path
# segments or a full dashed date, so an article number ("...-110277.html") is never read as one.
_URL_DATE = regex.compile(
    r"/(?P<y>20\d{2})/(?P<m>1[0-2]|0?[1-9])(?:/(?P<d>3[01]|[12]\d|0?[1-9]))?/"
    r"|/(?P<y>20\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])?/"
    r"|[/_-](?P<y>20\d{2})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?=[-/_.])",
    regex.V1,
)


def source_date(source: str) -> date | None:
    """The publication date a report's address gives, if any (the day, else the month's first)."""
    m = _URL_DATE.search(source[:500], timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d") or 1))
    except ValueError:
        return None


def dateline(text: str, lex: Lexicon) -> date | None:
    if lex.dateline_re is None:
        return None
    head = text[:DATELINE_REACH].lower()  # the patterns are written in lower case
    # Every full date ends in its year: only the few characters before each year are read.
    m = None
    for y in _YEAR.finditer(head):
        m = lex.dateline_re.search(head, max(0, y.start() - DATE_WIDTH), y.end(), timeout=REGEX_TIMEOUT)
        if m is not None:
            break
    if m is None:
        return None
    raw = m.group("m").rstrip(".")
    month = int(raw) if raw.isdigit() else lex.month_names.get(raw)
    if month is None:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None  # "31/2/2024": no such day
