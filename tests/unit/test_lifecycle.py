from datetime import UTC, datetime, timedelta

from schemas import Comparisons, EnrichedObservation, Target
from services.alerter.lifecycle import step
from services.alerter.rules import evaluate, fingerprint, load_config
from tests.helpers import ind, obs

CFG = load_config()
T5 = Target(region="Testland", indicator="exports", period="2024-01/2024-12", growth_pct=5.0)
KEY = "GrowthBelowTarget|Testland|exports|2024"
NOW = datetime(2024, 7, 2, tzinfo=UTC)


def run(state, growth: float, period: str = "2024-01/2024-06", at: datetime = NOW):
    enr = EnrichedObservation(
        observation=obs(ind(period=period, growth_pct=growth)), comparisons=Comparisons(target=T5)
    )
    findings, judged = evaluate(enr, CFG)
    assert KEY in judged
    by_key = {f.key: f for f in findings}
    return step(state, KEY, by_key.get(KEY), enr, at)


def test_fire_hold_update_resolve_refire() -> None:
    s, a = run(None, 1.0)
    assert a is not None and a.status == "firing" and a.version == 1
    assert a.fingerprint == fingerprint(KEY)
    s, again = run(s, 1.0)
    assert again is None  # unchanged: no repeat
    s, upd = run(s, 4.0, at=NOW + timedelta(days=1))  # severity critical -> warning
    assert upd is not None and upd.status == "firing" and upd.version == 2
    assert upd.labels["severity"] == "warning" and upd.startsAt == NOW
    s, res = run(s, 6.0, "2024-01/2024-09", NOW + timedelta(days=90))
    assert res is not None and res.status == "resolved" and res.endsAt == NOW + timedelta(days=90)
    assert res.labels["period"] == "2024-01/2024-09"
    s, quiet = run(s, 7.0, "2024-01/2024-12")
    assert quiet is None  # already resolved
    s, refire = run(s, 1.0, "2024-01/2024-12", NOW + timedelta(days=200))
    assert refire is not None and refire.status == "firing" and refire.version == res.version + 1


def test_a_late_report_about_an_earlier_period_changes_nothing() -> None:
    s, _ = run(None, 1.0, "2024-01/2024-09")
    s2, a = run(s, 6.0, "2024-01/2024-06")
    assert a is None and s2 == s
