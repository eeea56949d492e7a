from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import Target
from services.enricher.comparisons import empty_state, enrich, growth_between, implied_base, required_growth
from tests.helpers import ind, obs, target_fact, task

T5 = Target(region="Testland", indicator="exports", period="2024-01/2024-12", growth_pct=5.0)


def test_implied_base_is_recorded_for_the_year_before() -> None:
    comps, state = enrich(obs(ind(value=50e6, growth_pct=25.0)), empty_state())
    assert comps.implied_base == pytest.approx(40e6)
    assert state["figures"]["2023-01/2023-06"] == {
        "value": pytest.approx(40e6),
        "unit": "USD",
        "kind": "implied",
        "report_id": "r1",
    }


def test_growth_from_history_and_its_gap() -> None:
    _, state = enrich(obs(ind(period="2023-01/2023-06", value=40e6), "r0"), empty_state())
    comps, _ = enrich(obs(ind(value=50e6, growth_pct=20.0), "r1"), state)
    assert comps.history_growth_pct == pytest.approx(25.0)
    assert comps.growth_gap_pct == pytest.approx(-5.0)
    assert comps.growth_discrepancy is True
    close, _ = enrich(obs(ind(value=50e6, growth_pct=25.3), "r1"), state)
    assert close.growth_discrepancy is False  # within the 0.5-point tolerance


def test_h1_before_q1_still_yields_q2() -> None:
    _, s = enrich(obs(ind(period="2024-01/2024-06", value=100.0), "h1"), empty_state())
    comps, s = enrich(obs(ind(period="2024-01/2024-03", value=40.0), "q1"), s)
    assert [(d.period, d.value) for d in comps.derived] == [("2024-04/2024-06", 60.0)]
    assert s["figures"]["2024-04/2024-06"]["kind"] == "derived"


def test_derived_quarter_gets_growth_when_last_year_parts_are_known() -> None:
    s = empty_state()
    for rid, period, v in [
        ("a", "2023-01/2023-03", 30.0),
        ("b", "2023-01/2023-06", 80.0),
        ("c", "2024-01/2024-03", 40.0),
    ]:
        _, s = enrich(obs(ind(period=period, value=v), rid), s)
    comps, _ = enrich(obs(ind(period="2024-01/2024-06", value=100.0), "d"), s)
    q2 = next(d for d in comps.derived if d.period == "2024-04/2024-06")
    assert q2.value == 60.0 and q2.growth_pct == pytest.approx(20.0)


def test_a_revision_replaces_and_counts_a_repeat_changes_nothing() -> None:
    _, s = enrich(obs(ind(value=50e6, growth_pct=1.0), "r1"), empty_state())
    rep, s2 = enrich(obs(ind(value=50e6, growth_pct=1.0), "r1"), s)
    assert rep.repeated and rep.revision == 0 and s2["figures"] == s["figures"]
    rev, s3 = enrich(obs(ind(value=52e6, growth_pct=2.0), "r2"), s)
    assert rev.revision == 1 and not rev.repeated
    assert s3["figures"]["2024-01/2024-06"]["value"] == 52e6


def test_required_growth_with_last_year_known() -> None:
    _, s = enrich(obs(ind(period="2023-01/2023-12", value=100e6), "y"), empty_state())
    comps, _ = enrich(obs(ind(value=50e6, growth_pct=1.0)), s, T5)
    base_h1 = 50e6 / 1.01
    expected = ((1.05 * 100e6 - 50e6) / (100e6 - base_h1) - 1) * 100
    assert comps.required_growth_pct == pytest.approx(expected, abs=1e-3)
    assert comps.required_growth_missing == []
    assert comps.elapsed_share_pct == 50.0


def test_required_growth_names_what_is_missing() -> None:
    comps, _ = enrich(obs(ind(value=50e6, growth_pct=1.0)), empty_state(), T5)
    assert comps.required_growth_pct is None
    assert comps.required_growth_missing == ["the 2023-01/2023-12 full-year value"]


def test_plan_progress_from_a_value_target() -> None:
    t = Target(region="Testland", indicator="exports", period="2024-01/2024-12", value=200e6)
    comps, _ = enrich(obs(ind(value=50e6)), empty_state(), t)
    assert comps.plan_progress_pct == 25.0 and comps.elapsed_share_pct == 50.0


def test_targets_stated_in_the_news_are_used_when_none_is_configured() -> None:
    _, s = enrich(obs(target_fact(growth=8.0), "news"), empty_state())
    comps, _ = enrich(obs(ind(value=50e6, growth_pct=1.0)), s)
    assert comps.target is not None and comps.target.origin == "news" and comps.target.growth_pct == 8.0
    configured, _ = enrich(obs(ind(value=50e6, growth_pct=1.0)), s, T5)
    assert configured.target == T5


def test_task_progress_against_the_window() -> None:
    deadline = Target(
        region="Testland", indicator="tasks:specific", period="2024-01/2024-12", deadline=date(2024, 9, 30)
    )
    comps, _ = enrich(obs(task(2, 10)), empty_state(), deadline=deadline)
    assert comps.task_ratio_pct == 20.0
    assert comps.task_elapsed_share_pct == pytest.approx(6 / 9 * 100, abs=1e-3)
    year_end, _ = enrich(obs(task(2, 10)), empty_state())
    assert year_end.task_elapsed_share_pct == 50.0


@given(st.floats(1.0, 1e12), st.floats(-80.0, 300.0))
def test_implied_base_round_trips(value: float, growth: float) -> None:
    base = implied_base(value, growth)
    assert base is not None
    assert growth_between(value, base) == pytest.approx(growth, abs=1e-6)


@given(st.floats(50.0, 1e9), st.floats(0.1, 0.9), st.floats(-20.0, 40.0), st.floats(-10.0, 30.0))
def test_required_growth_reaches_the_target(
    base_year: float, share: float, so_far_growth: float, target: float
) -> None:
    base_so_far = base_year * share
    value = base_so_far * (1 + so_far_growth / 100)
    req = required_growth(target, base_year, value, base_so_far)
    assert req is not None
    rest = (base_year - base_so_far) * (1 + req / 100)
    assert value + rest == pytest.approx(base_year * (1 + target / 100), rel=1e-9)


@given(st.floats(0.0, 1e12), st.floats(0.0, 1e12))
def test_a_derived_part_adds_back_to_the_whole(first: float, rest: float) -> None:
    from services.enricher.periods import derive

    whole = first + rest
    assert derive(whole, first) + first == pytest.approx(whole, rel=1e-12, abs=1e-3)


def test_a_deadline_stated_in_the_report_serves_when_none_is_configured() -> None:
    fact = task(3, 10).model_copy(update={"deadline": date(2024, 9, 30)})
    comps, _ = enrich(obs(fact), empty_state())
    assert (
        comps.target is not None
        and comps.target.origin == "news"
        and comps.target.deadline == date(2024, 9, 30)
    )
    assert comps.task_elapsed_share_pct == pytest.approx(6 / 9 * 100, abs=1e-3)
