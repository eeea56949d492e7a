"""Period algebra on cumulative figures: H1 - Q1 = Q2, 9M - H1 = Q3, year-to-date shares."""

from __future__ import annotations

from services.extractor.engine.periods import Period


def discrete_part(longer: Period, shorter: Period) -> Period | None:
    """The months `longer` covers after `shorter`, when both start together (both cumulative)."""
    if (longer.start_year, longer.start_month) != (shorter.start_year, shorter.start_month):
        return None
    if longer.length <= shorter.length or longer.end_year != shorter.end_year:
        return None
    y = shorter.end_year
    return Period(y, shorter.end_month + 1, longer.end_year, longer.end_month)


def elapsed_share(period: Period) -> float:
    """Share of its year a year-to-date period covers, in percent."""
    if not period.is_year_to_date:
        return period.length / 12 * 100.0
    return period.end_month / 12 * 100.0


def derive(longer_value: float, shorter_value: float) -> float:
    return longer_value - shorter_value
