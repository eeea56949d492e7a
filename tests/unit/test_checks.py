from datetime import UTC, datetime

import pytest

from services.validator.checks import Bounds, check_fact, check_period, check_report
from tests.helpers import ind, task

B = Bounds()
PUB = datetime(2024, 7, 1, tzinfo=UTC)


def codes(reasons: list) -> set[str]:
    return {r.code for r in reasons}


def test_a_sound_fact_passes() -> None:
    assert check_fact(ind(value=50e6, growth_pct=1.26), PUB, B) == []


@pytest.mark.parametrize(
    ("fact", "code"),
    [
        (ind("exports", value=5.0, unit="count"), "unit_mismatch"),
        (ind("tourist_arrivals", value=1000.0, unit="USD"), "unit_mismatch"),
        (ind("cpi", value=3.0, unit="USD"), "unit_mismatch"),
        (ind("exports", value=-5.0, unit="USD"), "negative_value"),
        (ind("exports", growth_pct=300.01), "implausible_growth"),
        (ind("exports", growth_pct=-90.01), "implausible_growth"),
        (ind("cpi", growth_pct=100.5), "implausible_growth"),
        (ind("exports", plan_pct=300.5), "implausible_plan"),
    ],
)
def test_each_check_has_a_reason(fact, code: str) -> None:
    assert code in codes(check_fact(fact, PUB, B))


def test_bounds_are_inclusive() -> None:
    assert check_fact(ind(growth_pct=300.0), PUB, B) == []
    assert check_fact(ind(growth_pct=-90.0), PUB, B) == []
    assert check_fact(ind(plan_pct=0.0), PUB, B) == []


def test_a_deficit_may_be_negative() -> None:
    assert check_fact(ind("trade_balance", value=-9e9, unit="USD"), PUB, B) == []


@pytest.mark.parametrize(
    ("period", "code"),
    [
        ("2013-01/2013-12", "period_too_old"),
        ("2026-01/2026-06", "period_in_future"),
        ("2024-06/2024-01", "bad_period"),
        ("2023-01/2024-06", "bad_period"),
    ],
)
def test_periods(period: str, code: str) -> None:
    assert code in codes(check_period(period, PUB, B))


def test_period_limits_at_the_edges() -> None:
    assert check_period("2014-01/2014-12", PUB, B) == []  # ten years before
    assert check_period("2025-01/2025-12", PUB, B) == []  # one year after
    assert check_period("1990-01/1990-12", None, B) == []  # no publication date: no range check


def test_task_fact() -> None:
    assert check_fact(task(2, 10), PUB, B) == []


def test_trade_balance_must_agree_with_exports_minus_imports() -> None:
    facts = [ind("exports", value=50e6), ind("imports", value=32.8e6), ind("trade_balance", value=30e6)]
    assert codes(check_report(facts, B).get(2, [])) == {"trade_balance_mismatch"}
    good = [ind("exports", value=50e6), ind("imports", value=32.8e6), ind("trade_balance", value=17.2e6)]
    assert check_report(good, B) == {}


def test_conflicting_duplicates_are_flagged_not_merged() -> None:
    facts = [ind(value=50e6, growth_pct=1.0), ind(value=60e6, growth_pct=1.0)]
    out = check_report(facts, B)
    assert list(out) == [1] and codes(out[1]) == {"conflicting_duplicate"}


def test_a_month_cannot_exceed_its_cumulative_period() -> None:
    facts = [ind(period="2024-01/2024-06", value=10e6), ind(period="2024-06/2024-06", value=12e6)]
    assert codes(check_report(facts, B)[1]) == {"month_exceeds_cumulative"}
    ok = [ind(period="2024-01/2024-06", value=10e6), ind(period="2024-06/2024-06", value=2e6)]
    assert check_report(ok, B) == {}


def test_bounds_come_from_the_yaml_file(tmp_path) -> None:
    from services.validator.checks import load_bounds

    assert load_bounds() == Bounds()  # the shipped file says what the defaults say
    f = tmp_path / "b.yaml"
    f.write_text("growth_pct: {default: [-10, 10]}\nplan_pct: [0, 150]\n")
    b = load_bounds(f)
    assert b.growth == {"default": (-10.0, 10.0)} and b.plan == (0.0, 150.0)
    assert "implausible_growth" in codes(check_fact(ind(growth_pct=11.0), PUB, b))
    f.write_text("plan_pct: [0]\n")
    with pytest.raises(ValueError, match="validation bounds file"):
        load_bounds(f)
