"""When a report was written, for one that carries no publication time: its dateline ("HANOI,
July 5, 2024 –", "Ngày 30/6/2024, Sở Công Thương ..."), the date its address carries, else the
year its text is about (photo captions and goals aside). Pure: the patterns are the lexicon's."""

from __future__ import annotations

from datetime import date
from typing import Any

import regex

from services.extractor.engine.cues import is_cue
from services.extractor.engine.lexicon import REGEX_TIMEOUT, Lexicon
from services.extractor.engine.normalize import has_word
from services.extractor.engine.periods import YEAR
from services.extractor.engine.resolve import FISCAL_START, count_of, mention_parts, month_number
from services.extractor.engine.tokens import Token

# A dateline opens the report: a full date further in is what the report speaks of (a
# deadline, a meeting), not when it was written.
DATELINE_REACH = 200
DATE_WIDTH = 40  # "ngày 25 tháng 9 năm ": what a date holds before its year


# A news address that carries its publication date: ".../2025/09/29/...", ".../202311/...",
# ".../2024-07-05-...", ".../exports-2024-07-05.vnp", ".../20240705/...". Only whole path
# segments or a full dashed date, so an article number ("...-110277.html") is never read as one.
_URL_DATE = regex.compile(
    r"/(?P<y>20\d{2})/(?P<m>1[0-2]|0?[1-9])(?:/(?P<d>3[01]|[12]\d|0?[1-9]))?/"
    r"|/(?P<y>20\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])?/"
    r"|[/_-](?P<y>20\d{2})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?=[-/_.])",
    regex.V1,
)


# A year standing alone in an address's words (".../exports-october-2024-1339.html",
# ".../6-thang-dau-nam-2022-doanh-thu/"): a whole path word, never part of an article number.
_URL_YEAR = regex.compile(r"(?<=[/_-])(20\d{2})(?=[-_/.]|$)")


def source_year(source: str) -> int | None:
    """The latest year a report's address names by itself, if any."""
    years = [int(y) for y in _URL_YEAR.findall(source[:500], timeout=REGEX_TIMEOUT)]
    return max(years) if years else None


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
    for y in YEAR.finditer(head):
        m = lex.dateline_re.search(head, max(0, y.start() - DATE_WIDTH), y.end(), timeout=REGEX_TIMEOUT)
        if m is not None:
            break
    if m is None:
        return None
    month = month_number(m.group("m"), lex)
    if month is None:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None  # "31/2/2024": no such day


def dateline_month(text: str, lex: Lexicon) -> int | None:
    """The month of a dateline that names its day but no year ("HANOI, Jan 6 (Reuters) -",
    "नई दिल्ली, 06 सितम्बर (हि.स.)।"): the report was written then, in a year the text tells."""
    m = _dateline_day(text, 0, lex)
    if m is None:
        return None
    month = month_number(m.group("m"), lex)
    return month if month is not None and 1 <= month <= 12 else None


def dateline_day_span(text: str, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """Where a dateline naming its day opens the text at `start` (the body's start): the day
    it was written on, no period of the figures ("नई दिल्ली, 9 मार्च (आईएएनएस)। ... 10.6 प्रतिशत
    बढ़ गई है")."""
    m = _dateline_day(text, start, lex)
    if m is None:
        return None
    lead = (
        start + len(text[start : start + DATELINE_REACH]) - len(text[start : start + DATELINE_REACH].lstrip())
    )
    return lead + m.start(), lead + m.end()


def _dateline_day(text: str, start: int, lex: Lexicon) -> Any:
    if lex.dateline_day_re is None:
        return None
    head = text[start : start + DATELINE_REACH].lower().lstrip()
    return lex.dateline_day_re.match(head, timeout=REGEX_TIMEOUT)


_EARLIER = {"last_year", "last_year_month", "last_year_range", "same_period_last_year", "year_ago"}


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the (sorted, disjoint) spans as spaces, offsets kept; one pass."""
    out, last = [], 0
    for a, b in spans:
        out += [text[last:a], " " * (b - a)]
        last = b
    out.append(text[last:])
    return "".join(out)


GOAL_CLAUSE = 200  # how far after a word of goal its sentence may name the goal's year


def _in_goal_clauses(tokens: list[Token], text: str) -> set[int]:
    """Where period mentions after a word of goal in its sentence start ("aims to ... in 2025")."""
    out: set[int] = set()
    cue_end = -1
    for t in tokens:
        if is_cue(t, ("target",)):
            cue_end = t.end
        elif t.kind == "per" and cue_end >= 0:
            gap = text[cue_end : t.start] if t.start - cue_end <= GOAL_CLAUSE else "."
            if any(ch in gap for ch in ".!?।\n"):
                cue_end = -1
            else:
                out.add(t.start)
    return out


def infer_reference_year(
    tokens: list[Token], published: date | None, text: str, lex: Lexicon, month: int | None = None
) -> tuple[int | None, int | None]:
    """The year "this year" means: the publication's, else the latest the text names (a year
    the text compares with counts as the year before the report's). `month`: the month a
    dateline with no year gives; a figure of the latest year that ends after it was reported the
    year after ("HANOI, Jan 6 - ... grew 7.09% in 2024"), in that month."""
    if published is not None:
        return published.year, published.month
    year, in_goals = _latest_year(tokens, text, lex)
    if year is None or month is None:
        return year, None
    ends = [
        _end_month(p, lex)
        for t in tokens
        if t.kind == "per" and not t.data.get("base") and t.start not in in_goals
        for p in mention_parts(t.data)
        if p.get("y") == str(year)
    ]
    if any(e is not None and e > month for e in ends):
        return year + 1, month  # (early in the year after: "fourth-quarter growth" is last year's)
    # (Otherwise the year alone: "during last month" in "New Delhi, May 15 - ... April" is April,
    # which the month of a day with no year would read as March.)
    return year, None


def _end_month(part: dict[str, str], lex: Lexicon) -> int | None:
    """The month a mention of a calendar year's part ends in (None when not told simply)."""
    kind = part["kind"]
    n = count_of(part.get("m") or part.get("q") or part.get("h") or part.get("n"), lex)
    if kind == "year":
        return 12
    if n is None:
        return None
    return {"month": n, "quarter": 3 * n, "half": 6 * n, "first_n": n}.get(kind)


def _latest_year(tokens: list[Token], text: str, lex: Lexicon) -> tuple[int | None, set[int]]:
    """The latest year the text names, and where its goals' period mentions start."""
    years: list[int] = []
    # "98.6% of the pre-pandemic level in 2019": a year of another base says nothing of when
    # the report was written.
    pers = [
        t
        for i, t in enumerate(tokens)
        if t.kind == "per"
        and not (i and is_cue(tokens[i - 1], ("other_base",)) and t.start - tokens[i - 1].end <= 12)
        and not t.data.get("since")
    ]
    goal_years: list[int] = []
    in_goals = _in_goal_clauses(tokens, text)
    for k, t in enumerate(pers):
        parts = mention_parts(t.data)
        # "last year, i.e. May 2021": the report's year is the one after; not so the year of a
        # plan a share is of ("đạt 73,2% kế hoạch năm 2024").
        earlier = (
            (t.data.get("base") and not t.data.get("plan_year"))
            or any(p["kind"] in _EARLIER for p in parts)
            # "The IIP had grown 4.2% in January 2024": a time before the one reported.
            or _in_past_perfect(t, text, lex)
        )
        # "compared with December 2015, last year ...": last year is the one after the base.
        nxt = pers[k + 1] if k + 1 < len(pers) else None
        then_last_year = (
            t.data.get("base")
            and nxt is not None
            and nxt.start - t.end <= 24
            and mention_parts(nxt.data)[0]["kind"] in _EARLIER
        )
        # "2026-27 में": a whole fiscal year ends in the calendar year after the one it names and
        # the report is written after it, unless it is said to be the current one ("चालू वित्त
        # वर्ष 2019-20"); a quarter of one may be written within it.
        current = any(p["kind"] == "current_fiscal_year" for p in parts)
        # ("April-June 2026-27": months named with it are of the calendar year they fall in.)
        months = next((p for p in parts if p["kind"] in ("month", "month_range") and not p.get("y")), None)
        last = month_number(months.get("m2") or months.get("m"), lex) if months is not None else None
        for part in parts:
            if part.get("y"):
                # (So is the fourth quarter of one: "वित्त वर्ष 2024-25 की चौथी तिमाही" is
                # January to March 2025.)
                y = int(part["y"]) + (
                    (part["kind"] == "fiscal_year" and not current and (last is None or last < FISCAL_START))
                    or (part["kind"] == "fiscal_quarter" and count_of(part.get("q"), lex) == 4)
                )
                (goal_years if t.start in in_goals else years).append(
                    y + 2 if then_last_year else y + 1 if earlier else y
                )
    # "... in the first 11 months. The province aims to have 3,000 new enterprises in 2025": a
    # goal's year is often the next; it dates the report only when no other year does.
    years = years or goal_years
    if not years:
        return None, in_goals
    latest = max(years)
    # "Năm 2024, xuất khẩu đạt 4,3 tỷ USD. Quý I năm nay, ...": a part of "this year" beside the
    # whole of the latest year named is a part of the year after it.
    if (
        lex.this_year_words
        and any(_part_of_this_year(t, text, lex.this_year_words) for t in pers)
        and any(_whole_year(t, latest) and t.start not in in_goals for t in pers)
    ):
        return latest + 1, in_goals
    return latest, in_goals


PERFECT_REACH = 48  # "had" stands this close before the period of its clause


def _in_past_perfect(t: Token, text: str, lex: Lexicon) -> bool:
    """The clause that holds `t` says what had happened before (its verb is past perfect)."""
    if not lex.past_perfect_words:
        return False
    head = text[max(0, t.start - PERFECT_REACH) : t.start]
    for stop in (". ", "; ", ", ", "\n", "।"):  # (not a decimal point: "grown 3.8% in ...")
        head = head.rsplit(stop, 1)[-1]
    return has_word(head, lex.past_perfect_words)


_PARTS = {"quarter", "half", "first_n", "n_months", "month", "month_range"}


def _part_of_this_year(t: Token, text: str, words: tuple[str, ...]) -> bool:
    """`t` names a part of "this year" ("the first quarter of this year", "quý I năm nay")."""
    parts = mention_parts(t.data)
    return any(p["kind"] in _PARTS and not p.get("y") for p in parts) and any(
        w in text[t.start : t.end].lower() for w in words
    )


def _whole_year(t: Token, year: int) -> bool:
    """`t` names the whole of `year` and nothing else ("in 2024", "Năm 2024")."""
    parts = mention_parts(t.data)
    return (
        len(parts) == 1
        and parts[0]["kind"] == "year"
        and parts[0].get("y") == str(year)
        and not t.data.get("base")
    )
