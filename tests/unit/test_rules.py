from datetime import date

import pytest

from schemas import Comparisons, EnrichedObservation, Target
from services.alerter.rules import describe_period, evaluate, load_config
from services.extractor.engine.periods import Period
from tests.helpers import ind, obs, task

CFG = load_config()
T5 = Target(region="Testland", indicator="exports", period="2024-01/2024-12", growth_pct=5.0)


def enriched(fact, **comps) -> EnrichedObservation:
    return EnrichedObservation(observation=obs(fact), comparisons=Comparisons(**comps))


def names(findings) -> list[str]:
    return sorted(f.rule for f in findings)


def test_growth_below_target_with_the_growth_the_rest_needs() -> None:
    f, judged = evaluate(enriched(ind(value=50e6, growth_pct=1.26), target=T5, required_growth_pct=8.7), CFG)
    assert names(f) == ["GrowthBelowTarget"]
    g = f[0]
    assert g.severity == "critical"  # 3.74 points below, over the 3-point critical gap
    assert (
        g.summary
        == "Exports grew 1.26% in H1 2024 against a 2024 target of 5%; the second half needs about 8.7%"
    )
    assert g.labels["alertname"] == "GrowthBelowTarget" and g.labels["indicator"] == "exports"
    assert "GrowthBelowTarget|Testland|exports|2024" in judged


@pytest.mark.parametrize(
    ("growth", "expected"), [(5.0, []), (4.99, ["warning"]), (2.0, ["critical"]), (2.01, ["warning"])]
)
def test_growth_below_target_thresholds(growth: float, expected: list[str]) -> None:
    f, _ = evaluate(enriched(ind(growth_pct=growth), target=T5), CFG)
    assert [x.severity for x in f if x.rule == "GrowthBelowTarget"] == expected


@pytest.mark.parametrize(("plan", "fires"), [(45.0, False), (44.99, True), (30.0, True)])
def test_plan_pace_behind(plan: float, fires: bool) -> None:
    f, judged = evaluate(enriched(ind(plan_pct=plan), plan_progress_pct=plan, elapsed_share_pct=50.0), CFG)
    assert ("PlanPaceBehind" in names(f)) is fires
    assert any(k.startswith("PlanPaceBehind|") for k in judged)


def test_indicator_declining_only_on_headline_indicators() -> None:
    f, _ = evaluate(enriched(ind(growth_pct=-0.5)), CFG)
    assert names(f) == ["IndicatorDeclining"] and f[0].severity == "warning"
    f, _ = evaluate(enriched(ind(growth_pct=-5.0)), CFG)
    assert f[0].severity == "critical"
    f, _ = evaluate(enriched(ind("cpi", growth_pct=-1.0)), CFG)
    assert names(f) == []
    f, _ = evaluate(enriched(ind(growth_pct=0.0)), CFG)
    assert names(f) == []


def test_tasks_behind_schedule() -> None:
    f, _ = evaluate(enriched(task(2, 10), task_ratio_pct=20.0, task_elapsed_share_pct=50.0), CFG)
    assert names(f) == ["TasksBehindSchedule"] and f[0].severity == "critical"
    f, _ = evaluate(enriched(task(4, 10), task_ratio_pct=40.0, task_elapsed_share_pct=50.0), CFG)
    assert names(f) == []  # within the 10-point tolerance
    f, _ = evaluate(enriched(task(3, 10), task_ratio_pct=39.9, task_elapsed_share_pct=50.0), CFG)
    assert [x.severity for x in f] == ["warning"]


def test_task_deadline_overdue_and_near() -> None:
    def dl(d: date) -> Target:
        return Target(region="Testland", indicator="tasks:specific", period="2024-01/2024-12", deadline=d)

    # Published 2024-07-01 (tests.helpers.PUBLISHED).
    f, _ = evaluate(enriched(task(2, 10), target=dl(date(2024, 6, 30))), CFG)
    assert names(f) == ["TaskDeadlineOverdue"]
    f, _ = evaluate(enriched(task(2, 10), target=dl(date(2024, 7, 31))), CFG)
    assert names(f) == ["TaskDeadlineNear"]
    f, _ = evaluate(enriched(task(2, 10), target=dl(date(2024, 8, 1))), CFG)
    assert names(f) == []  # 31 days away: not near
    f, _ = evaluate(enriched(task(10, 10), target=dl(date(2024, 6, 30))), CFG)
    assert names(f) == []  # nothing remains


def test_figures_inconsistent() -> None:
    f, _ = evaluate(
        enriched(ind(value=50e6, growth_pct=20.0), history_growth_pct=25.0, growth_gap_pct=-5.0), CFG
    )
    assert "FiguresInconsistent" in names(f)
    f, _ = evaluate(
        enriched(ind(value=50e6, growth_pct=25.2), history_growth_pct=25.0, growth_gap_pct=0.2), CFG
    )
    assert "FiguresInconsistent" not in names(f)


@pytest.mark.parametrize(
    ("period", "text"),
    [
        ("2024-01/2024-06", "H1 2024"),
        ("2024-04/2024-06", "Q2 2024"),
        ("2024-06/2024-06", "June 2024"),
        ("2024-01/2024-12", "2024"),
        ("2024-01/2024-09", "the first 9 months of 2024"),
    ],
)
def test_periods_read_like_a_person_writes_them(period: str, text: str) -> None:
    assert describe_period(Period.parse(period)) == text
