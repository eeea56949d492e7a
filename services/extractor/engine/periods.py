"""Periods as inclusive month ranges, and the arithmetic the engine needs on them.

Pure: the reference date is always passed in."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

import regex

# A year as a text writes it: four digits of the last or this century, no more digits around.
YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
DECEMBER = 12  # a calendar year's last month


@dataclass(frozen=True, order=True)
class Period:
    start_year: int
    start_month: int
    end_year: int
    end_month: int
    # Said as "so far this year" / "từ đầu năm đến nay": of an index level, the latest month.
    to_date: bool = field(default=False, compare=False)

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Period:
        return cls(year, first, year, last)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year, 1, year, 12)

    @classmethod
    def parse(cls, text: str) -> Period:
        a, b = text.split("/")
        sy, sm = a.split("-")
        ey, em = b.split("-")
        return cls(int(sy), int(sm), int(ey), int(em))

    def __str__(self) -> str:
        return f"{self.start_year:04d}-{self.start_month:02d}/{self.end_year:04d}-{self.end_month:02d}"

    @property
    def length(self) -> int:
        return (self.end_year - self.start_year) * 12 + self.end_month - self.start_month + 1

    @property
    def is_month(self) -> bool:
        return self.length == 1

    @property
    def is_year_to_date(self) -> bool:
        """Cumulative from January (Q1, H1, 9M, whole year...)."""
        return self.start_month == 1 and self.start_year == self.end_year

    def shift_years(self, years: int) -> Period:
        return Period(self.start_year + years, self.start_month, self.end_year + years, self.end_month)

    def with_year(self, year: int) -> Period:
        """The same months in another year (the end year moves with the start)."""
        return self.shift_years(year - self.start_year)

    def end_date(self) -> date:
        return date(self.end_year, self.end_month, calendar.monthrange(self.end_year, self.end_month)[1])

    def start_date(self) -> date:
        return date(self.start_year, self.start_month, 1)

    def last_month(self) -> Period:
        return Period(self.end_year, self.end_month, self.end_year, self.end_month)

    def ends_before(self, other: Period) -> bool:
        """The whole of this period is over before `other` begins."""
        return (self.end_year, self.end_month) < (other.start_year, other.start_month)

    def contains(self, other: Period) -> bool:
        return (self.start_year, self.start_month) <= (other.start_year, other.start_month) and (
            other.end_year,
            other.end_month,
        ) <= (self.end_year, self.end_month)

    def valid(self) -> bool:
        return (
            1 <= self.start_month <= 12
            and 1 <= self.end_month <= 12
            and (self.start_year, self.start_month) <= (self.end_year, self.end_month)
        )


def month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def from_index(idx: int) -> tuple[int, int]:
    return idx // 12, idx % 12 + 1


def previous_month(period: Period) -> Period:
    y, m = from_index(month_index(period.end_year, period.end_month) - 1)
    return Period(y, m, y, m)
