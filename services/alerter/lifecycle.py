"""Alert lifecycle per lifecycle key: fire once, hold while unchanged, update when the
severity or figures change, resolve when a later observation clears the condition, and
fire again if it comes back. Pure: state is a plain dict, `now` is passed in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from schemas.alert import Alert, AlertEvidence
from schemas.enriched import EnrichedObservation
from services.alerter.rules import Finding, fingerprint
from services.extractor.engine.periods import Period

State = dict[str, Any]


def _signature(f: Finding) -> str:
    return f"{f.severity}|" + "|".join(f"{k}={v}" for k, v in sorted(f.figures.items()))


def _evidence(enr: EnrichedObservation) -> list[AlertEvidence]:
    ev = enr.observation.fact.evidence
    return [AlertEvidence(report_id=enr.observation.report_id, text=ev.text, start=ev.start, end=ev.end)]


def step(
    state: State | None,
    key: str,
    finding: Finding | None,
    enr: EnrichedObservation,
    now: datetime,
    generator_url: str = "",
) -> tuple[State | None, Alert | None]:
    """Advance one key. Returns (new state, alert to publish or None)."""
    period = enr.observation.fact.period
    if finding is not None:
        sig = _signature(finding)
        if state and state["status"] == "firing":
            if _earlier(period, state.get("period")):
                return state, None  # a late report about an earlier period changes nothing
            if state["signature"] == sig:
                return state, None
            version = int(state["version"]) + 1
            starts = datetime.fromisoformat(state["startsAt"])
        else:
            version = int(state["version"]) + 1 if state else 1
            starts = now
        new_state = {
            "status": "firing",
            "signature": sig,
            "version": version,
            "startsAt": starts.isoformat(),
            "period": period,
            "labels": finding.labels,
            "annotations": {"summary": finding.summary, "description": finding.description},
            "evidence": [e.model_dump() for e in _evidence(enr)],
        }
        return new_state, Alert(
            fingerprint=fingerprint(key),
            status="firing",
            labels=finding.labels,
            annotations={"summary": finding.summary, "description": finding.description},
            startsAt=starts,
            endsAt=None,
            generatorURL=generator_url,
            evidence=_evidence(enr),
            version=version,
        )
    # Judged and clear: resolve a firing alert, unless this is news about an earlier period.
    if not state or state["status"] != "firing" or _earlier(period, state.get("period")):
        return state, None
    version = int(state["version"]) + 1
    labels = dict(state["labels"])
    labels["period"] = period
    summary = state["annotations"]["summary"]
    resolved = {**state, "status": "resolved", "version": version, "period": period, "labels": labels}
    return resolved, Alert(
        fingerprint=fingerprint(key),
        status="resolved",
        labels=labels,
        annotations={
            "summary": f"Resolved: {summary}",
            "description": f"A later report ({enr.observation.report_id}) for {period} clears it.",
        },
        startsAt=datetime.fromisoformat(state["startsAt"]),
        endsAt=now,
        generatorURL=generator_url,
        evidence=_evidence(enr),
        version=version,
    )


def _earlier(period: str, than: str | None) -> bool:
    if not than:
        return False
    a, b = Period.parse(period), Period.parse(than)
    return (a.end_year, a.end_month) < (b.end_year, b.end_month)
