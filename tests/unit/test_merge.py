"""Merging a report's repeated facts: a headline may round the body's figure, and only a
headline may; figures that disagree otherwise stay apart for the validator."""

from __future__ import annotations

import pytest

from schemas.fact import Evidence, IndicatorFact, TaskFact
from services.extractor.engine.merge import _rounded, merge_facts

TITLE_END = 30


def _fact(start: int, value: float | None, growth: float | None) -> IndicatorFact:
    return IndicatorFact(
        indicator="exports",
        period="2026-10/2026-10",
        value=value,
        unit="USD" if value is not None else None,
        growth_pct=growth,
        growth_base="yoy" if growth is not None else None,
        evidence=Evidence(start=start, end=start + 5, text="x", sentence="x", confidence=0.8),
    )


@pytest.mark.parametrize(
    ("precise", "rough", "same"),
    [
        (17.2, 17.0, True),
        (11.8, 12.0, True),
        (39.2e9, 39e9, True),
        (3.45, 3.5, True),
        # Half up from the decimal digits, not the binary value (3.65 is 3.6499... in binary).
        (3.65, 3.7, True),
        (8.5, 9.0, True),
        (3.65, 3.8, False),
        (float("inf"), 3.0, False),
        (17.2, 18.0, False),
        (17.2, 20.0, False),
        (8.7, 9.0, True),
        (17.2, -17.0, False),
        (0.25, 0.0, False),
    ],
)
def test_rounded(precise: float, rough: float, same: bool) -> None:
    assert _rounded(precise, rough) is same


def test_a_headline_rounding_the_body_merges_into_the_body_figure() -> None:
    (merged,) = merge_facts([_fact(0, None, 17.0), _fact(40, 39.2e9, 17.2)], TITLE_END)
    assert (merged.value, merged.growth_pct, merged.evidence.start) == (39.2e9, 17.2, 40)


def test_two_body_figures_that_differ_stay_apart() -> None:
    facts = merge_facts([_fact(40, None, 17.0), _fact(80, 39.2e9, 17.2)], TITLE_END)
    assert [f.growth_pct for f in facts] == [17.0, 17.2]


def test_a_one_digit_amount_near_a_precise_one_is_it_said_roughly() -> None:
    (merged,) = merge_facts([_fact(40, 6e9, 13.4), _fact(80, 6.15e9, 13.4)], TITLE_END)
    assert (merged.value, merged.growth_pct) == (6.15e9, 13.4)


@pytest.mark.parametrize(("rough", "precise"), [(2.2e9, 2.3e9), (6e9, 6.5e9), (5e9, 5.3e9)])
def test_two_digit_or_farther_amounts_stay_apart(rough: float, precise: float) -> None:
    facts = merge_facts([_fact(40, rough, None), _fact(80, precise, None)], TITLE_END)
    assert sorted(f.value or 0 for f in facts) == [rough, precise]


def test_a_headline_with_another_figure_stays_apart() -> None:
    facts = merge_facts([_fact(0, None, 15.0), _fact(40, 39.2e9, 17.2)], TITLE_END)
    assert sorted(f.growth_pct or 0 for f in facts) == [15.0, 17.2]


def test_a_headlines_whole_number_just_above_the_bodys_rate_is_it_rounded_up() -> None:
    # "exports up nearly 15%" over the body's 14.4: the body's figure; so a fall, "down 15%".
    for rough, precise in ((15.0, 14.4), (-15.0, -14.4)):
        (merged,) = merge_facts([_fact(0, None, rough), _fact(40, 39.2e9, precise)], TITLE_END)
        assert (merged.growth_pct, merged.evidence.start) == (precise, 40)
    # Two points above, or past the whole number, is another figure.
    for rough in (16.0, 15.5):
        facts = merge_facts([_fact(0, None, rough), _fact(40, 39.2e9, 14.4)], TITLE_END)
        assert sorted(f.growth_pct or 0 for f in facts) == [14.4, rough]


def test_a_parts_rate_alone_is_not_the_totals() -> None:
    # "12 million visitors. Domestic arrivals grew 9%": the second fact is of a part.
    facts = merge_facts([_fact(40, 12e6, None), _fact(80, None, 9.0)], TITLE_END, parts={1: ""})
    assert [(f.value, f.growth_pct) for f in facts] == [(12e6, None), (None, 9.0)]


def test_the_totals_rate_merges_into_a_parts_amount_only_as_one_figure() -> None:
    # "15.4 million foreign visitors. Arrivals rose 21.5%": the part is all the text counts.
    (merged,) = merge_facts([_fact(40, 15.4e6, None), _fact(80, None, 21.5)], TITLE_END, parts={0: ""})
    assert (merged.value, merged.growth_pct) == (15.4e6, 21.5)


def test_a_parts_rate_said_again_with_the_totals_amount_and_rate_merges() -> None:
    # "The foreign tourist arrivals ... have grown by 3.2 percent ... FTAs during January-March
    # were 22.81 lakh - a growth of 3.2 percent": one measure, its one rate said twice.
    (merged,) = merge_facts([_fact(40, None, 3.2), _fact(80, 2.281e6, 3.2)], TITLE_END, parts={0: ""})
    assert (merged.value, merged.growth_pct) == (2.281e6, 3.2)
    # (Another rate of the part stays its own.)
    facts = merge_facts([_fact(40, None, 3.9), _fact(80, 2.281e6, 3.2)], TITLE_END, parts={0: ""})
    assert [(f.value, f.growth_pct) for f in facts] == [(None, 3.9), (2.281e6, 3.2)]


def test_two_mentions_of_one_part_merge() -> None:
    (merged,) = merge_facts([_fact(40, 1.2e6, None), _fact(80, None, 25.0)], TITLE_END, parts={0: "", 1: ""})
    assert (merged.value, merged.growth_pct) == (1.2e6, 25.0)


def _dated(start: int, period: str, growth: float, text: str = "x") -> IndicatorFact:
    return _fact(start, None, growth).model_copy(
        update={
            "period": period,
            "evidence": Evidence(start=start, end=start + 5, text=text, sentence=text, confidence=0.8),
        }
    )


def test_a_headlines_guessed_quarter_gives_way_to_the_bodys() -> None:
    # "India's Q2 GDP growth at 7.6%" over "grew 7.6% in the July-September quarter".
    facts = merge_facts(
        [_dated(0, "2026-04/2026-06", 7.6, "Q2 GDP growth at 7.6%"), _dated(40, "2026-07/2026-09", 7.6)],
        TITLE_END,
    )
    assert [(f.period, f.growth_pct) for f in facts] == [("2026-07/2026-09", 7.6)]


def test_a_headline_with_its_year_or_the_bodys_months_stands() -> None:
    with_year = merge_facts(
        [_dated(0, "2026-04/2026-06", 7.6, "Q2 2026 growth at 7.6%"), _dated(40, "2026-07/2026-09", 7.6)],
        TITLE_END,
    )
    assert len(with_year) == 2
    same_months = merge_facts(
        [
            _dated(0, "2026-04/2026-06", 5.0, "Q2 exports up 5%"),
            _dated(40, "2026-04/2026-06", 5.0),
            _dated(80, "2026-07/2026-09", 5.0),
        ],
        TITLE_END,
    )
    assert sorted(f.period for f in same_months) == ["2026-04/2026-06", "2026-07/2026-09"]


def test_a_headline_quoting_a_rate_the_body_kept_aside_adds_nothing() -> None:
    # "CPI tháng 9 tăng 0,42%" over "tăng 0,42% so với tháng trước và tăng 3,6% so với cùng kỳ".
    facts = merge_facts(
        [_dated(0, "2026-09/2026-09", 0.42, "CPI tháng 9 tăng 0,42%"), _dated(40, "2026-09/2026-09", 3.6)],
        TITLE_END,
        rates={("exports", "2026-09/2026-09"): [0.42, 3.6]},
    )
    assert [f.growth_pct for f in facts] == [3.6]


def _count(start: int, completed: int, total: int = 26) -> TaskFact:
    return TaskFact(
        scope="all",
        completed=completed,
        total=total,
        period="2026-01/2026-10",
        evidence=Evidence(start=start, end=start + 5, text="x", sentence="x", confidence=0.8),
    )


def test_counts_that_add_up_to_a_count_of_the_same_total_are_its_split() -> None:
    out = merge_facts([_count(40, 23), _count(80, 13), _count(120, 10)], TITLE_END)
    assert [(f.completed, f.total) for f in out if isinstance(f, TaskFact)] == [(23, 26)]


def test_counts_of_other_totals_or_that_add_up_to_nothing_stay() -> None:
    facts = [_count(40, 23), _count(80, 13), _count(120, 9), _count(160, 10, total=30)]
    out = merge_facts(facts, TITLE_END)
    assert sorted((f.completed, f.total) for f in out if isinstance(f, TaskFact)) == [
        (9, 26),
        (10, 30),
        (13, 26),
        (23, 26),
    ]


def test_a_rate_alone_against_another_base_gives_way_to_the_year_on_year_one() -> None:
    month = _fact(40, None, 0.45).model_copy(update={"growth_base": "previous_period"})
    december = _fact(60, None, 3.28).model_copy(update={"growth_base": "previous_period"})
    yearly = _fact(80, None, 3.58)
    merged = merge_facts([month, december, yearly], TITLE_END)
    assert [(f.growth_pct, f.growth_base) for f in merged] == [(3.58, "yoy")]


def test_a_rate_against_another_base_stays_without_a_year_on_year_one() -> None:
    month = _fact(40, None, 0.45).model_copy(update={"growth_base": "previous_period"})
    assert [f.growth_pct for f in merge_facts([month], TITLE_END)] == [0.45]


def test_a_parts_rate_joins_the_part_of_its_own_origin() -> None:
    # "1.35 crore domestic tourists and 4.8 lakh foreign tourists ... Domestic arrivals rose
    # 5.4% while foreign tourist arrivals grew 16%": the rates said in the counts' order.
    facts = merge_facts(
        [_fact(40, 13.5e6, None), _fact(60, 4.8e5, None), _fact(90, None, 5.4), _fact(120, None, 16.0)],
        TITLE_END,
        parts={0: "home", 1: "abroad", 2: "home", 3: "abroad"},
    )
    assert [(f.value, f.growth_pct) for f in facts if isinstance(f, IndicatorFact)] == [
        (13.5e6, 5.4),
        (4.8e5, 16.0),
    ]
