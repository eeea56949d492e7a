"""Turns a period mention (its kind and captured groups) into a month range, given the
reference year and the period the surrounding text is talking about."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.periods import DECEMBER, Period, from_index, month_index

# Mentions that stand on their own (they may set the context for what follows).
ABSOLUTE = {
    "month",
    "quarter_ending",
    "year_range",
    "month_range",
    "through_month",
    "through_date",
    "first_n",
    "n_months",
    "first_quarters",
    "months_to",
    "last_n",
    "half",
    "quarter",
    "year",
    "fiscal_quarter",
    "last_quarter_of",
    "ytd",
    "last_year_month",
    "last_year_range",
    "fiscal_year",
    "fiscal_quarter_current",
    "fiscal_first_n",
    "fiscal_year_ending",
    "fiscal_ytd",
    "fy_part",
}
# Mentions that only make sense against the context ("the same period last year").
RELATIVE = {
    "same_period_last_year",
    "same_period_year",
    "this_month",
    "this_quarter",
    "prev_month",
    "month_before",
    "quarter_before",
    "context",
    "same_as_said",
    "fiscal_same_quarter",
    "this_year",
    "whole_year",
    "last_year",
    "year_past",
    "next_year",
    "whole_fiscal_year",
    "year_ago",
    "last_fiscal_year",
    "current_fiscal_year",
    "fiscal_year_before",
    "next_fiscal_year",
    "running_total",
    "under_review",
    "rest_of_year",
}


YEAR_END_MONTHS = 11  # from November a report's "past year" is the one ending

# Mentions whose year, when the text names none, is the publication's unless that puts them
# well after the publication.
_YEARLESS = {"quarter", "half", "first_n", "n_months", "last_n", "month_range"}


class Frame:
    """What the engine knows when it resolves a mention. A plain class, not a dataclass:
    compiled by mypyc, a dataclass's __init__ is the interpreted one the dataclasses module
    writes, and a frame is made per sentence and mention."""

    __slots__ = ("context", "fiscal", "fiscal_quarters", "opening", "ref_month", "ref_year")

    def __init__(
        self,
        ref_year: int | None,
        ref_month: int | None,
        context: Period | None,
        fiscal: bool = False,
        opening: Period | None = None,
        fiscal_quarters: bool = False,
    ) -> None:
        self.ref_year = ref_year
        self.ref_month = ref_month  # publication month, when known
        self.context = context  # the period the text is currently about
        self.fiscal = fiscal  # the text counts in India's fiscal year: a bare quarter is one of it
        self.opening = opening  # the period the text's first figures were of ("under review")
        # A text about India alone: its bare quarters are the fiscal year's ("India's GDP grew
        # 8.2% in Q2" in November: July to September), whatever else it counts in.
        self.fiscal_quarters = fiscal_quarters or fiscal

    def about(self, context: Period | None) -> Frame:
        """The same frame about another period (cheaper than dataclasses.replace)."""
        return Frame(self.ref_year, self.ref_month, context, self.fiscal, self.opening, self.fiscal_quarters)


def count_of(raw: str | None, lex: Lexicon) -> int | None:
    if raw is None:
        return None
    s = raw.strip().lower()
    if s.isdigit():
        return int(s)
    if s in lex.number_words:
        return lex.number_words[s]
    if s in lex.ordinals:
        return lex.ordinals[s]
    return lex.month_names.get(s)


def month_number(raw: str | None, lex: Lexicon) -> int | None:
    if raw is None:
        return None
    s = raw.strip().lower().rstrip(".")
    if s.isdigit():
        return int(s)
    return lex.month_names.get(s)


FISCAL_START = 4  # India's fiscal year runs April to March


def _fiscal_year_of(year: int, month: int) -> int:
    """The year the fiscal year holding (year, month) starts in."""
    return year if month >= FISCAL_START else year - 1


def _fiscal_year(fy: int) -> Period:
    """The fiscal year that starts in `fy`, April to March."""
    return Period(fy, FISCAL_START, fy + 1, FISCAL_START - 1)


def months_so_far(ref_year: int | None, ref_month: int | None, fiscal: bool) -> Period | None:
    """The months of the (fiscal) year before the publication's month: a report speaks of those
    it has figures for (none in the year's first month)."""
    if ref_year is None or ref_month is None:
        return None
    if not fiscal:
        return Period.months(ref_year, 1, ref_month - 1) if ref_month > 1 else None
    if ref_month == FISCAL_START:
        return None
    end_year, end_month = (ref_year, ref_month - 1) if ref_month > 1 else (ref_year - 1, DECEMBER)
    return Period(_fiscal_year_of(end_year, end_month), FISCAL_START, end_year, end_month)


_PART_MONTHS = {"quarter": 3, "half": 6, "first_n": 1}


def _fiscal_part(fy: int, part: str, n: int | None) -> Period | None:
    """The n-th quarter or half, or the first n months, of the fiscal year starting in `fy`."""
    size = _PART_MONTHS[part]
    if n is None or n < 1 or n * size > 12:
        return None
    start = month_index(fy, FISCAL_START)
    lo, hi = (start, start + n - 1) if part == "first_n" else (start + (n - 1) * size, start + n * size - 1)
    (sy, sm), (ey, em) = from_index(lo), from_index(hi)
    return Period(sy, sm, ey, em)


def _fiscal_part_spoken_of(part: str, n: int, ref: int, frame: Frame, ctx: Period | None) -> Period | None:
    """The n-th quarter or half of the fiscal year a text that counts fiscal years speaks of: the
    one its context ends in, or the one under way when that part is still to come ("चौथी तिमाही
    में" in June: the January-March just reported)."""
    now = (ref, frame.ref_month or 12)
    at = min((ctx.end_year, ctx.end_month), now) if ctx is not None else now
    fy = _fiscal_year_of(*at)
    first = _fiscal_part(fy, part, n)
    if first is not None and (first.start_year, first.start_month) > now:
        return _fiscal_part(fy - 1, part, n)
    return first


def _a_fiscal_quarter(p: Period | None) -> bool:
    """`p` is a quarter of the fiscal year other than its last (January to March is the
    calendar's first too)."""
    return p is not None and p.length == 3 and p.start_month in (4, 7, 10)


REPORTING_LAG = 2  # months into a new fiscal year a report may still be about the one just ended


def resolve(data: dict[str, Any], lex: Lexicon, frame: Frame) -> Period | None:
    kind = data["kind"]
    if kind == "merged":
        return _refine(data["parts"], lex, frame)
    ctx = frame.context
    if (
        kind in ("quarter", "half")
        and not data.get("y")
        and not data.get("this")  # ("the first quarter of this year": the publication's)
        and ctx is not None
        and ctx.start_year == ctx.end_year
        and ctx.start_year != frame.ref_year
        and not frame.fiscal_quarters
        and _within_year_spoken_of(data, lex, ctx)
    ):
        # "GRDP năm 2023 giảm 9,28% ... quý I giảm 11,38%; quý II ..." in January 2024: a quarter
        # said alone is of the year spoken of ("the first quarter of this year" says its own).
        return _resolve_one(
            data, lex, Frame(ctx.start_year, 12, ctx, frame.fiscal, frame.opening, frame.fiscal_quarters)
        )
    p = _resolve_one(data, lex, frame)
    if (
        p is not None
        and kind == "year"
        and not data.get("whole")
        and ctx is not None
        and frame.ref_year == p.start_year
        and (frame.ref_month or 12) < 12
        and ctx.is_year_to_date
        and ctx.start_year == p.start_year
        and ctx.length < 12
    ):
        # "वर्ष 2007 के प्रथम सात महीनों के दौरान ... विदेशी पर्यटकों के आगमन से 2007 में 18258.57
        # करोड़ रुपये" in August 2007: a year not yet over, named in a text about its months so
        # far, is those months.
        return ctx
    if (
        p is not None
        and kind in ("quarter", "half")
        and not data.get("y")
        and not data.get("this")
        and ctx is not None
        and frame.ref_year is not None
        and frame.ref_month is not None
        and ctx.end_year == frame.ref_year - 1
        and p.start_year == frame.ref_year
        # (Ending more than a month after the publication: estimates of the month or quarter
        # under way are published in its last days.)
        and month_index(p.end_year, p.end_month) > month_index(frame.ref_year, frame.ref_month) + 1
        and not frame.fiscal_quarters
    ):
        # "GDP in the fourth quarter of 2025 rose 8.46% ...: 7.05 percent in the first quarter,
        # 8.16 percent in the second" in January 2026: no quarter still to come has figures;
        # they are the year spoken of.
        return p.with_year(ctx.end_year)
    return p


def _within_year_spoken_of(data: dict[str, Any], lex: Lexicon, ctx: Period) -> bool:
    """A bare quarter or half falls in the year of the context: the whole year ("năm 2023 ...
    quý I"), or a part of it the quarter comes after ("quý I ...; sang quý II": not "the fourth
    quarter of last year ..., exports in the first quarter", which is this year's)."""
    if ctx.length == 12:
        return True
    n = count_of(data.get("q") or data.get("h"), lex)
    if n is None:
        return False
    first_month = (n - 1) * (3 if data["kind"] == "quarter" else 6) + 1
    return first_month > ctx.end_month


def _resolve_one(data: dict[str, Any], lex: Lexicon, frame: Frame) -> Period | None:
    kind = data["kind"]
    if kind == "first_quarters":  # "the first three quarters", "hai quý đầu năm": so many months
        q = count_of(data.get("n"), lex)
        if q is None or not 1 <= q <= 4:
            return None
        data, kind = {**data, "kind": "first_n", "n": str(3 * q)}, "first_n"
    if kind == "n_months":
        # "April-September ... $60.6 billion in the six months": as many months as the text is
        # about are those months; otherwise the year's first so many.
        n = count_of(data.get("n"), lex)
        ctx = frame.context
        if ctx is not None and not data.get("y") and n is not None and ctx.length == n:
            # (The months as a span, though the context ran to a day: "as of June 30 ... The
            # consumer price index in six months rose 3.45%" is the six months' average, no level.)
            return replace(ctx, to_date=False)
        data, kind = {**data, "kind": "first_n"}, "first_n"
    if kind == "whole_year":
        # "... in the January-March quarter of 2025-26, taking full-year growth to 6.5%": in a
        # text that counts fiscal years, the whole of the one it is about.
        kind = "whole_fiscal_year" if frame.fiscal else "whole_calendar_year"
    if kind == "this_year" and data.get("current") and frame.fiscal:
        kind = "current_fiscal_year"  # "the current year's Budget", in a text of fiscal years
    year = int(data["y"]) if data.get("y") else None
    ctx = frame.context
    ref = year or frame.ref_year
    p: Period | None = None
    if kind in ("month", "quarter_ending"):
        m = month_number(data.get("m"), lex)
        if m is None or not 1 <= m <= 12:
            return None
        if year is None and kind == "month" and ctx is not None and ctx.length == 1 and ctx.start_month == m:
            return ctx  # "In January 2017 ... and the year before, ... for January": the month in hand
        if year is None and frame.ref_month is None and ctx is not None:
            # With no publication date, a month inside the months in context is of their year
            # ("चालू वित्त वर्ष 2024-25 की पहली छमाही में ... सितंबर में ...": September 2024).
            inside = [
                y
                for y in (ctx.start_year, ctx.end_year)
                if month_index(ctx.start_year, ctx.start_month)
                <= month_index(y, m)
                <= month_index(ctx.end_year, ctx.end_month)
            ]
            if inside:
                year = ref = inside[0]
        if year is None:
            if frame.ref_year is None:
                return None
            ref = frame.ref_year
            # A month after the publication month was last year's.
            if frame.ref_month is not None and m > frame.ref_month:
                ref -= 1
        assert ref is not None
        if kind == "quarter_ending":  # "the September quarter", "quarter ended June 30"
            sy, sm = from_index(month_index(ref, m) - 2)
            p = Period(sy, sm, ref, m)
        else:
            p = Period.months(ref, m, m)
    elif kind == "months_to":  # "the nine months to September", "the 12 months to March"
        m = month_number(data.get("m"), lex)
        n = 12 if data.get("year_ending") else count_of(data.get("n"), lex)
        end = year or frame.ref_year
        if m is None or n is None or not 1 <= n <= 12 or end is None:
            return None
        if year is None and frame.ref_month is not None and m > frame.ref_month:
            end -= 1  # a month after the publication month was last year's
        if data.get("before"):
            end, m = from_index(month_index(end, m) - 1)  # "the ten months leading up to November"
        sy, sm = from_index(month_index(end, m) - n + 1)
        p = Period(sy, sm, end, m)
    elif kind in ("through_month", "through_date"):
        m = month_number(data.get("m"), lex)
        if m is None or ref is None:
            return None
        if (
            kind == "through_date"
            and frame.ref_month is not None
            and (ref, m) > (frame.ref_year or ref, frame.ref_month)
        ):
            return None  # a day still to come: a deadline, not a span figures run to
        p = Period.months(ref, 1, m)
    elif kind == "last_year_month":
        m = month_number(data.get("m"), lex)
        if m is None or frame.ref_year is None:
            return None
        p = Period.months(frame.ref_year - 1, m, m)
    elif kind in ("month_range", "last_year_range"):
        m1, m2 = month_number(data.get("m"), lex), month_number(data.get("m2"), lex)
        if m1 is None or m2 is None or ref is None:
            return None
        end_year = ref - 1 if kind == "last_year_range" and not year else ref
        start_year = int(data["y0"]) if data.get("y0") else None
        if start_year is not None and (start_year, m1) < (end_year, m2):
            # "from April 2000 to September 2017": every month between, the years apart.
            p = Period(start_year, m1, end_year, m2)
        else:
            # "April-January": across the turn of the year, ending in the year it names.
            p = Period.months(end_year, m1, m2) if m1 <= m2 else Period(end_year - 1, m1, end_year, m2)
    elif kind in ("first_n", "last_n"):
        n = count_of(data.get("n"), lex)
        if n is None or not 1 <= n <= 12 or ref is None:
            return None
        p = Period.months(ref, 1, n) if kind == "first_n" else Period.months(ref, 13 - n, 12)
        if kind == "first_n" and not year and frame.fiscal and frame.ref_month is not None:
            # "... का लक्ष्य 2026-27 के लिए ... छह महीनों में लक्ष्य का 45.4 प्रतिशत", "In six months,
            # 45.4 per cent of the target": in a text that counts fiscal years, the first months
            # of the one the text is in, when they are over by the publication.
            now = (ref, frame.ref_month)
            at = min((ctx.end_year, ctx.end_month), now) if ctx is not None else now
            first = _fiscal_part(_fiscal_year_of(*at), "first_n", n)
            if first is not None and (first.end_year, first.end_month) <= now:
                p = first
    elif kind == "half":
        h = count_of(data.get("h"), lex)
        if h not in (1, 2) or ref is None:
            return None
        p = Period.months(ref, 1, 6) if h == 1 else Period.months(ref, 7, 12)
        if not year and frame.fiscal_quarters and (frame.fiscal or _a_fiscal_quarter(ctx)):
            # "India's economy grew 8.2% in the September quarter ..., taking first-half growth
            # to 8%": in a text that counts fiscal years, after a quarter of one, the half of the
            # fiscal year it speaks of, once that half is over.
            fiscal_half = _fiscal_part_spoken_of("half", h, ref, frame, ctx)
            if fiscal_half is not None and month_index(
                fiscal_half.end_year, fiscal_half.end_month
            ) < month_index(ref, frame.ref_month or 12):
                p = fiscal_half
    elif kind == "fiscal_year_ending":  # "FY24": April 2023 to March 2024
        n = count_of(data.get("n"), lex)
        if n is None:
            return None
        p = _fiscal_year(2000 + n - 1)
    elif kind == "fy_part":  # "Q2FY27", "H1FY27": a quarter or half of the fiscal year ending then
        n = count_of(data.get("n"), lex)
        if n is None:
            return None
        part, field = ("quarter", "q") if data.get("q") else ("half", "h")
        p = _fiscal_part(2000 + n - 1, part, count_of(data.get(field), lex))
    elif kind == "last_quarter_of":
        # "the last quarter of 2018-19", "the final quarter of FY24": January to March of that
        # fiscal year; "the final quarter of 2024": October to December.
        n = count_of(data.get("n"), lex)
        if n is not None:
            p = _fiscal_part(2000 + n - 1, "quarter", 4)
        elif year is not None:
            p = _fiscal_part(year, "quarter", 4) if data.get("fy") else Period.months(year, 10, 12)
    elif kind == "fiscal_year":  # India's fiscal year: April to March ("2023-24")
        if year is None:
            return None
        p = _fiscal_year(year)
    elif kind in ("fiscal_quarter_current", "fiscal_first_n"):
        # "चालू वित्त वर्ष की दूसरी तिमाही", "चालू वित्त वर्ष के पहले पांच महीनों": of the fiscal
        # year the report is in.
        if frame.ref_year is None:
            return None
        part, field = ("quarter", "q") if kind == "fiscal_quarter_current" else ("first_n", "n")
        fy = _fiscal_year_of(frame.ref_year, frame.ref_month or 12)
        p = _fiscal_part(fy, part, count_of(data.get(field), lex))
    elif kind in ("quarter", "fiscal_quarter"):
        q = count_of(data.get("q"), lex)
        if q is None or not 1 <= q <= 4 or ref is None:
            return None
        if kind == "quarter" and not year and ctx is not None and ctx.start_month == 4 and ctx.length == 12:
            p = _fiscal_part(ctx.start_year, "quarter", q)  # a quarter of the fiscal year in context
        elif kind == "quarter" and not year and frame.fiscal_quarters:
            # "चालू वित्त वर्ष की दूसरी तिमाही ... पहली तिमाही में यह 7.8 प्रतिशत थी": in a text
            # that counts fiscal years, the quarter of the fiscal year it is about: the one its
            # context ends in, or the one under way when that is still to come ("इस वर्ष ...
            # पहली तिमाही में" in August: April to June of this fiscal year, not the last).
            p = _fiscal_part_spoken_of("quarter", q, ref, frame, ctx)
        elif kind == "fiscal_quarter":
            p = _fiscal_part(ref, "quarter", q)
        else:
            p = Period.months(ref, (q - 1) * 3 + 1, q * 3)
    elif kind == "year":
        p = Period.year(year) if year else None
    elif kind == "this_year":
        whole_fiscal = ctx is not None and ctx.start_month == FISCAL_START and ctx.length == 12
        # (Over some months before the publication: the one under way is this year, below.)
        ended = (
            whole_fiscal
            and ctx is not None
            and frame.ref_year is not None
            and frame.ref_month is not None
            and month_index(frame.ref_year, frame.ref_month)
            > month_index(ctx.end_year, ctx.end_month) + REPORTING_LAG
        )
        if (
            whole_fiscal
            and ctx is not None
            and frame.ref_year in (ctx.end_year, ctx.end_year - 1)
            and not ended
        ):
            # "वर्ष 2021-22 में ... अनुमानित है। इस वर्ष विकास दर ...": the fiscal year spoken of.
            p = ctx
        elif ended and frame.fiscal and frame.ref_year is not None and frame.ref_month is not None:
            # "... 1.16 लाख करोड़ रुपये का जीएसटी संग्रह वित्त वर्ष 2024-25 में ... राज्य को इस वर्ष
            # ... का लक्ष्य मिला है" in July 2025: the fiscal year spoken of is over; this year is
            # the one under way.
            fy = _fiscal_year_of(frame.ref_year, frame.ref_month)
            p = Period(fy, FISCAL_START, fy + 1, FISCAL_START - 1)
        elif frame.fiscal and ctx is not None and ctx.start_month == FISCAL_START and ctx.length < 12:
            # "चालू वित्तीय वर्ष में अप्रैल से जुलाई तक ... इस वर्ष 1.25 लाख करोड़ रुपये का लक्ष्य":
            # after the fiscal year's months so far, the fiscal year they are of.
            p = _fiscal_year(ctx.start_year)
        else:
            p = Period.year(frame.ref_year) if frame.ref_year else None
    elif kind == "whole_calendar_year":
        # "December output grew 9.1%, and 8.4% for the full year": the year it speaks of.
        year_of = ctx.end_year if ctx is not None else frame.ref_year
        p = Period.year(year_of) if year_of else None
    elif kind == "last_year":
        if frame.ref_year and _counts_from_april(frame):
            # "पिछले वर्ष देश का निर्यात 290 अरब डॉलर था" in a text of fiscal years: the last one.
            p = _fiscal_year(_fiscal_year_of(frame.ref_year, frame.ref_month or 12) - 1)
        else:
            p = Period.year(frame.ref_year - 1) if frame.ref_year else None
    elif kind == "year_past":
        # "Năm qua, ..." (the past year): in a report of the year's last two months the year
        # ending, in any other the one before.
        if frame.ref_year:
            late = (frame.ref_month or 12) >= YEAR_END_MONTHS
            p = Period.year(frame.ref_year if late else frame.ref_year - 1)
    elif kind == "next_year":
        p = Period.year(frame.ref_year + 1) if frame.ref_year else None
    elif kind == "ytd":
        # (A context still to come is a deadline's, not the months so far; "since the beginning
        # of 2019" said in 2020 spans two years, no period of a figure.)
        if year is not None and year != frame.ref_year:
            return None
        if ctx is not None and not (
            frame.ref_year is not None
            and frame.ref_month is not None
            and (ctx.end_year, ctx.end_month) > (frame.ref_year, frame.ref_month)
        ):
            if frame.fiscal:
                # "the year-to-date net revenue" in a text that counts fiscal years: April on.
                fy = _fiscal_year_of(ctx.end_year, ctx.end_month)
                p = Period(fy, FISCAL_START, ctx.end_year, ctx.end_month)
            else:
                p = Period.months(ctx.end_year, 1, ctx.end_month)
        else:
            p = months_so_far(frame.ref_year, frame.ref_month, False)
    elif kind == "under_review":
        # "आलोच्य महीने में", "in the month under review": the period the report is about, the
        # one its first figures were of, whatever period was named since.
        p = frame.opening if frame.opening is not None else ctx
    elif kind == "rest_of_year" and (data.get("n") or data.get("nq")):
        # "9 tháng còn lại", "the remaining three quarters": the year's last months.
        n = count_of(data.get("n"), lex) if data.get("n") else None
        q = count_of(data.get("nq"), lex) if data.get("nq") else None
        months = n if n is not None else (3 * q if q is not None else None)
        ref = year if year is not None else (ctx.end_year if ctx is not None else frame.ref_year)
        if data.get("next"):
            # "over the next three quarters": those right after the months spoken of, within
            # their year (none spoken of: not guessed).
            if months is not None and ctx is not None and 1 <= months <= DECEMBER - ctx.end_month:
                p = Period.months(ctx.end_year, ctx.end_month + 1, ctx.end_month + months)
        elif months is not None and 1 <= months < 12 and ref is not None:
            p = Period.months(ref, 13 - months, DECEMBER)
    elif kind == "rest_of_year":
        # "các quý còn lại", "the remaining months": the year's months after those spoken of
        # (else from the publication's on: a report is published after the months it covers).
        if ctx is not None and ctx.end_month < DECEMBER and year in (None, ctx.end_year):
            p = Period.months(ctx.end_year, ctx.end_month + 1, DECEMBER)
        elif (
            ctx is None
            and frame.ref_year is not None
            and frame.ref_month is not None
            and year in (None, frame.ref_year)
        ):
            p = Period.months(frame.ref_year, frame.ref_month, DECEMBER)
    elif kind == "running_total":
        # "tháng 10 ước 3.115 tỷ đồng, lũy kế ước 29.520 tỷ đồng": the year so far to the
        # month the text speaks of (with none, no period can be told).
        if ctx is not None:
            p = Period.months(ctx.end_year, 1, ctx.end_month)
    elif kind == "year_ago":  # "a year ago": the same months a year before, else last year
        if ctx is not None:
            p = ctx.shift_years(-1)
        elif frame.ref_year:
            p = Period.year(frame.ref_year - 1)
    elif kind == "same_period_last_year":
        # "In the same quarter a year ago" after the whole year's figure: the quarter the text
        # opened with, a year back, not the year spoken of last.
        if data.get("sameq") and ctx is not None and ctx.length != 3 and frame.opening is not None:
            ctx = frame.opening if frame.opening.length == 3 else ctx
        p = ctx.shift_years(-1) if ctx else None
    elif kind == "same_period_year":
        p = ctx.with_year(year) if ctx and year else None
    elif kind == "fiscal_same_quarter":
        if ctx is None or year is None:
            return None
        # The same months in the fiscal year that starts in `year`.
        p = ctx.with_year(year if ctx.start_month >= FISCAL_START else year + 1)
    elif kind == "this_quarter":  # the quarter the text is in ("in the quarter")
        if ctx is not None:
            q0 = (ctx.end_month - 1) // 3 * 3 + 1
            p = Period.months(ctx.end_year, q0, q0 + 2)
    elif kind == "fiscal_ytd":  # "चालू वित्त वर्ष में अब तक", "so far this fiscal": April to now
        if frame.ref_year is None or frame.ref_month is None:
            return None
        fy = _fiscal_year_of(frame.ref_year, frame.ref_month)
        # ("the current fiscal till September": April to the month named.)
        m = month_number(data.get("m"), lex) if data.get("m") else frame.ref_month
        if (
            not data.get("m")
            and ctx is not None
            and _fiscal_year_of(ctx.end_year, ctx.end_month) == fy
            and (ctx.end_year, ctx.end_month) < (frame.ref_year, frame.ref_month)
        ):
            # "... Rs 1.73 lakh crore in September. In the current fiscal, the government has so
            # far mopped up ...": up to the month the text reports, not the publication's.
            m = ctx.end_month
        if m is None:
            return None
        p = Period(fy, FISCAL_START, fy + (m < FISCAL_START), m)
    elif kind in (
        "whole_fiscal_year",
        "current_fiscal_year",
        "last_fiscal_year",
        "fiscal_year_before",
        "next_fiscal_year",
    ):
        # "पूरे वित्त वर्ष में": the fiscal year the text is in; "this fiscal", "चालू वित्त वर्ष",
        # "पिछले वित्त वर्ष": the publication's (or the one before), whatever earlier month the
        # text spoke of last, when the publication's month is known.
        published = (
            _fiscal_year_of(frame.ref_year, frame.ref_month or 12) if frame.ref_year is not None else None
        )
        spoken = _fiscal_year_of(ctx.end_year, ctx.end_month) if ctx is not None else None
        # "Growth in 2025-26 was 6.5%, against 9.2% in the previous fiscal": after a whole
        # fiscal year, the one before it.
        whole = ctx is not None and ctx.start_month == FISCAL_START and ctx.length == 12
        # "इससे पिछले वित्त वर्ष" (fiscal_year_before): the one before the one spoken of, always;
        # "अगले वित्त वर्ष", "the next fiscal year": the one after (the publication's, or the
        # whole fiscal year spoken of).
        # ("चालू/मौजूदा वित्त वर्ष", "the current fiscal": the publication's whenever it is known,
        # whatever fiscal year the text names.)
        by_text = (
            kind in ("whole_fiscal_year", "fiscal_year_before")
            or frame.ref_month is None
            or (whole and kind != "current_fiscal_year" and not data.get("this"))
        )
        starts = spoken if by_text and spoken is not None else published
        if (
            kind == "current_fiscal_year"
            and ctx is not None
            and spoken is not None
            and published == spoken + 1
            and ctx.end_month == FISCAL_START - 1
            and frame.ref_month is not None
            # (Not in March itself: "the current financial year" is then the one ending, not
            # the one before it.)
            and 0 <= frame.ref_month - FISCAL_START < REPORTING_LAG
        ):
            # Published early in April about March ("GST revenue net of refunds as of March for
            # the current fiscal year is ..."): the fiscal year the text reports on, just ended.
            starts = spoken
        if kind == "current_fiscal_year" and ctx is not None and ctx.to_date and spoken is not None:
            # "As of February 2024, the total gross GST collection for the current fiscal year
            # stands at ...": the fiscal year that month is in, up to it.
            return replace(Period(spoken, FISCAL_START, ctx.end_year, ctx.end_month), to_date=True)
        if starts is not None:
            step = 1 if kind == "next_fiscal_year" else -(kind in ("last_fiscal_year", "fiscal_year_before"))
            p = _fiscal_year(starts + step)
    elif kind == "this_month":
        p = ctx.last_month() if ctx else None
        opening = frame.opening
        if (
            p is not None
            and opening is not None
            and opening.length == 1
            and (p.end_year, p.end_month) < (opening.end_year, opening.end_month)
        ):
            # "In November, GST mop-up was ... The highest-ever collection was in April 2024
            # ... During the month, refunds ...": the month the report is about, past the
            # earlier months it looked back on.
            p = opening
    elif kind == "quarter_before":
        # "the previous quarter", "quý trước": the three months before the quarter spoken of.
        if ctx is not None:
            end = month_index(ctx.start_year, ctx.start_month) - 1
            if ctx.length != 3:  # a month or a longer span: the calendar quarter before its last
                end = month_index(ctx.end_year, (ctx.end_month - 1) // 3 * 3 + 1) - 1
        elif frame.ref_year is not None:
            end = month_index(frame.ref_year, ((frame.ref_month or 12) - 1) // 3 * 3 + 1) - 1
        else:
            return None
        sy, sm = from_index(end - 2)
        ey, em = from_index(end)
        p = Period(sy, sm, ey, em)
    elif kind == "month_before" and ctx is not None:
        # "the previous month", "इससे पिछले महीने": the month before the one spoken of.
        y, m = from_index(month_index(ctx.end_year, ctx.end_month) - 1)
        p = Period.months(y, m, m)
        if ctx.is_year_to_date and not ctx.is_month:
            # "a surplus of $10.94 billion in the first 11 months, higher than the $9.01 billion
            # recorded one month earlier": the year so far, a month before.
            p = Period.months(y, 1, m)
    elif kind in ("prev_month", "month_before"):
        # "last month": the month before the publication's; but not one at or after the month
        # spoken of ("सितंबर में ... 1.86 प्रतिशत रही, जो पिछले महीने 2.92 प्रतिशत थी" in October:
        # August, the month before September). A total to a month's end is no month spoken of
        # ("जनवरी के अंत तक ... सक्रिय थीं और पिछले महीने 12,182 कंपनियां पंजीकृत हुई थीं" in
        # February: January).
        if frame.ref_year and frame.ref_month:
            y, m = from_index(month_index(frame.ref_year, frame.ref_month) - 1)
            p = Period.months(y, m, m)
            if (
                ctx is not None
                and ctx.length == 1
                and not ctx.to_date
                and (y, m) >= (ctx.end_year, ctx.end_month)
            ):
                y, m = from_index(month_index(ctx.end_year, ctx.end_month) - 1)
                p = Period.months(y, m, m)
        elif ctx is not None:
            p = ctx.last_month()
    elif kind in ("context", "same_as_said"):
        p = ctx  # ("the same period": the caller frames it with the period of the last figures)
    elif kind == "year_range":  # "giai đoạn 2021-2025": every month of those years
        y2 = int(data["y2"]) if data.get("y2") else None
        if year is None or y2 is None or not 0 < y2 - year <= 10:
            return None
        p = Period(year, 1, y2, 12)
    elif kind in ("date", "day", "fiscal_span", "horizon"):
        # A day's date: the year it names helps date the report; "which runs April to March":
        # what a fiscal year is; "the next five years": a span ahead of no set months. None is
        # any figure's period.
        return None
    if (
        p is not None
        and year is None
        and kind in _YEARLESS
        and frame.ref_month is not None
        and p.start_year == frame.ref_year
        and (
            p.start_month > frame.ref_month + 3
            or (kind in ("first_n", "month_range") and p.end_month > frame.ref_month + 1)
        )
    ):
        # "In the fourth quarter, GDP expanded 6.72%", "Trong 11 tháng, ..." in early January,
        # "FDI inflows rise 27% in April-December" in February: last year's (a year's months
        # are reported once they are over). A period just ahead of the publication stays this
        # year's (a plan for the next quarter).
        p = p.shift_years(-1)
    if p is None or not p.valid():
        return None
    if kind in ("through_month", "through_date") and (_counts_from_april(frame) or data.get("from_april")):
        # "अक्तूबर माह तक" in a text that counts fiscal years: from the fiscal year's start.
        end_year = p.end_year
        if frame.ref_year is not None and (end_year, p.end_month) > (frame.ref_year, frame.ref_month or 12):
            end_year -= 1  # "दिसंबर तक" in January: the December just past
        p = Period(_fiscal_year_of(end_year, p.end_month), FISCAL_START, end_year, p.end_month)
    if kind in ("ytd", "through_month", "through_date", "running_total"):
        p = replace(p, to_date=True)
    return p


def goal_year(period: Period, fiscal: bool) -> Period:
    """The year a goal said with `period` is for: the period itself if whole years, else the
    fiscal year a span from April is the start of in a text that counts fiscal years ("चालू वित्त
    वर्ष में दिसंबर तक ... कुल लक्ष्य"), else the calendar year it ends in."""
    if period.length % 12 == 0:
        return period
    # (A running total from April, or a span from April into the next year, is a fiscal year's
    # so far, however the text names its time: "Till January 2018 ... of the total target".)
    if period.start_month == FISCAL_START and (
        fiscal or period.to_date or period.end_year > period.start_year
    ):
        return _fiscal_year(period.start_year)
    return Period.year(period.end_year)


def _counts_from_april(frame: Frame) -> bool:
    """The text counts in fiscal years and speaks of no calendar span just now ("Exports in
    9M2024 ... As of September 30" runs from January)."""
    ctx = frame.context
    return frame.fiscal and not (ctx is not None and ctx.start_month == 1 and ctx.length > 1)


def _refine(parts: list[dict[str, Any]], lex: Lexicon, frame: Frame) -> Period | None:
    """Mentions side by side refine each other: "the first six months of this year",
    "इस साल अगस्त में", "the first quarter (April-June)". The narrower range wins; a year
    said by either side applies to it."""
    resolved: list[tuple[dict[str, Any], Period]] = []
    for d in parts:
        p = resolve(d, lex, frame)
        if p is not None:
            resolved.append((d, p))
    if not resolved:
        return None
    # The fiscal year said beside it, one that names its year first ("चालू वित्त वर्ष 2019-20").
    fiscal = next(
        (
            p
            for d0, p in sorted(
                resolved,
                key=lambda dp: (
                    dp[0]["kind"] in ("whole_fiscal_year", "current_fiscal_year", "fiscal_year_before")
                ),
            )
            if d0["kind"] in _FISCAL_YEARS
        ),
        None,
    )
    # "the April-June quarter of FY25", "वित्त वर्ष 2023-24 की जनवरी-मार्च अवधि": months named
    # without a year inside a fiscal year fall in the calendar year of that fiscal year they are in.
    months = next((d for d in parts if d["kind"] in ("month", "month_range") and not d.get("y")), None)
    if fiscal is not None and months is not None:
        placed = _months_of_fiscal(months, fiscal, lex)
        if placed is not None:
            return placed
    # "चालू वित्त वर्ष में फरवरी तक", "this fiscal through February": the fiscal year so far.
    # (A day's date too: "चालू वित्त वर्ष में 20 जून तक", "the current fiscal year till June 20".)
    until = next(
        (d for d in parts if d["kind"] in ("through_month", "through_date") and not d.get("y")), None
    )
    if fiscal is not None and until is not None:
        last = _months_of_fiscal({"kind": "month", "m": until.get("m")}, fiscal, lex)
        if last is not None:
            return replace(
                Period(fiscal.start_year, fiscal.start_month, last.end_year, last.end_month), to_date=True
            )
    explicit_year = next(
        (
            p.start_year
            for d, p in resolved
            if d.get("y") or d["kind"] in ("year", "this_year", "whole_year", "last_year", "last_year_month")
        ),
        None,
    )
    # The narrowest wins; among equals, one with its own year, then an absolute one
    # ("last month, April": April).
    d, best = min(
        resolved,
        key=lambda dp: (
            dp[1].length,
            0 if dp[0].get("y") else 1,
            0 if dp[0]["kind"] in ABSOLUTE else 1,
            # Months spelled out win over a named part: "the first half (April-September)".
            0 if dp[0]["kind"] in ("month", "month_range", "through_month", "through_date") else 1,
        ),
    )
    if fiscal is not None and not d.get("y") and d["kind"] in ("quarter", "half", "first_n"):
        # "the first half of the current fiscal", "Q1 FY26": a part of that fiscal year.
        return _part_of_fiscal(d, fiscal, lex) or best
    if explicit_year is not None and not d.get("y") and best.start_year != explicit_year:
        moved = best.with_year(explicit_year)
        # ("इस साल नवंबर में हमारा निर्यात 22.3 अरब डॉलर रहा है" in January: "this year" said of
        # months still to come is the year just ended, as the month alone was read.)
        only_this_year = not any(d0.get("y") for d0, _ in resolved)
        ahead = frame.ref_year is not None and (moved.start_year, moved.start_month) > (
            frame.ref_year,
            frame.ref_month or 12,
        )
        if not (only_this_year and ahead and best.end_year < explicit_year):
            best = moved
    return best


_FISCAL_YEARS = {
    "fiscal_year",
    "fiscal_year_ending",
    "whole_fiscal_year",
    "last_fiscal_year",
    "fiscal_year_before",
    "current_fiscal_year",
    "next_fiscal_year",
}
# Mentions that count in the fiscal year (a text with one counts its quarters so).
FISCAL = {
    *_FISCAL_YEARS,
    "fiscal_quarter",
    "fiscal_quarter_current",
    "fiscal_first_n",
    "fiscal_ytd",
    "fiscal_same_quarter",
    "fy_part",
}


def mention_parts(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The mentions a period mention is made of: itself, or those folded into it."""
    return data["parts"] if data["kind"] == "merged" else [data]


def counts_fiscal(data: dict[str, Any], lex: Lexicon) -> bool:
    """The mention counts in the fiscal year: names one or a part of one, or a quarter with its
    months, and they are the fiscal quarter's ("तीसरी तिमाही (अक्टूबर-दिसंबर)", "the third
    quarter (October-December)"): the text's other bare quarters are then the fiscal year's."""
    parts = mention_parts(data)
    if any(p["kind"] in FISCAL for p in parts):
        return True
    months = next((p for p in parts if p["kind"] == "month_range"), None)
    if lex.fiscal_years and months is not None and _runs_from_april_past_a_quarter(months, lex):
        return True  # "April-November 2025": the fiscal year so far
    if len(parts) < 2:
        return False  # (a quarter and its months are two parts of one mention)
    q = next((count_of(p.get("q"), lex) for p in parts if p["kind"] == "quarter" and not p.get("y")), None)
    if q is None or months is None or not 1 <= q <= 4:
        return False
    first = month_number(months.get("m"), lex)
    return first is not None and first == (q * 3 + FISCAL_START - 4) % 12 + 1


def _months_of_fiscal(d: dict[str, Any], fiscal: Period, lex: Lexicon) -> Period | None:
    m1 = month_number(d.get("m"), lex)
    m2 = month_number(d.get("m2"), lex) if d["kind"] == "month_range" else m1
    if m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    y1 = fiscal.start_year if m1 >= FISCAL_START else fiscal.start_year + 1
    y2 = fiscal.start_year if m2 >= FISCAL_START else fiscal.start_year + 1
    p = Period(y1, m1, y2, m2)
    return p if p.valid() and month_index(y1, m1) <= month_index(y2, m2) else None


def _part_of_fiscal(d: dict[str, Any], fiscal: Period, lex: Lexicon) -> Period | None:
    field = {"quarter": "q", "half": "h", "first_n": "n"}[d["kind"]]
    return _fiscal_part(fiscal.start_year, d["kind"], count_of(d.get(field), lex))


def _runs_from_april_past_a_quarter(months: dict[str, Any], lex: Lexicon) -> bool:
    """A month range from April to July or later ("April-November"): months only India's
    fiscal year sums (a calendar year's sums run from January)."""
    first, last = month_number(months.get("m"), lex), month_number(months.get("m2"), lex)
    return first == FISCAL_START and last is not None and (last >= FISCAL_START + 3 or last < FISCAL_START)
