from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from services.enricher.periods import discrete_part, elapsed_share
from services.extractor.engine.periods import Period
from services.extractor.engine.resolve import months_so_far


def test_str_and_parse_round_trip() -> None:
    p = Period.months(2024, 1, 6)
    assert str(p) == "2024-01/2024-06"
    assert Period.parse(str(p)) == p
    assert p.length == 6 and p.is_year_to_date and not p.is_month
    assert p.end_date() == date(2024, 6, 30)


def test_discrete_part_of_cumulative_periods() -> None:
    h1, q1, m9 = Period.months(2024, 1, 6), Period.months(2024, 1, 3), Period.months(2024, 1, 9)
    assert discrete_part(h1, q1) == Period.months(2024, 4, 6)
    assert discrete_part(m9, h1) == Period.months(2024, 7, 9)
    assert discrete_part(q1, h1) is None  # the shorter one must come second
    assert discrete_part(h1, Period.months(2024, 4, 6)) is None  # not both cumulative


def test_elapsed_share() -> None:
    assert elapsed_share(Period.months(2024, 1, 6)) == 50.0
    assert elapsed_share(Period.months(2024, 1, 9)) == 75.0


@given(st.integers(2000, 2030), st.integers(1, 11), st.integers(1, 11))
def test_parts_add_back_to_the_whole(year: int, a: int, b: int) -> None:
    short, long_ = sorted((a, b))
    if short == long_:
        long_ += 1
    whole, first = Period.months(year, 1, long_), Period.months(year, 1, short)
    rest = discrete_part(whole, first)
    assert rest is not None
    assert first.length + rest.length == whole.length
    assert rest.end_month == whole.end_month and rest.start_month == first.end_month + 1


def test_to_date_is_how_a_period_was_said_not_which_months() -> None:
    said = Period(2026, 1, 2026, 9, to_date=True)
    assert said == Period.months(2026, 1, 9) and hash(said) == hash(Period.months(2026, 1, 9))
    assert said.last_month() == Period.months(2026, 9, 9)


def test_months_so_far_end_before_the_publication_month() -> None:
    assert str(months_so_far(2026, 11, fiscal=False)) == "2026-01/2026-10"
    assert str(months_so_far(2026, 11, fiscal=True)) == "2026-04/2026-10"
    # January and February in a fiscal year: April of the year before on.
    assert str(months_so_far(2027, 2, fiscal=True)) == "2026-04/2027-01"
    assert str(months_so_far(2027, 1, fiscal=True)) == "2026-04/2026-12"
    # Nothing is over yet in a year's first month.
    assert months_so_far(2026, 1, fiscal=False) is None
    assert months_so_far(2026, 4, fiscal=True) is None
    assert months_so_far(None, 11, fiscal=False) is None
