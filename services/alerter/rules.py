"""Alert rules: pure functions over one enriched observation. Each returns the findings it
raises and the lifecycle keys it judged (a judged key with no finding may resolve)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from schemas.enriched import EnrichedObservation
from schemas.fact import IndicatorFact, TaskFact
from services.extractor.engine.periods import Period

GROWTH_RULES = ("GrowthBelowTarget", "PlanPaceBehind", "IndicatorDeclining", "FiguresInconsistent")
DEADLINE_RULES = ("TasksBehindSchedule", "TaskDeadlineOverdue", "TaskDeadlineNear")

NAMES = {
    "industrial_production": "Industrial production",
    "retail_sales": "Retail sales",
    "exports": "Exports",
    "imports": "Imports",
    "trade_balance": "The trade balance",
    "budget_revenue": "Budget revenue",
    "public_investment_disbursement": "Public investment disbursement",
    "fdi": "FDI",
    "grdp": "GRDP",
    "cpi": "CPI",
    "tourist_arrivals": "Tourist arrivals",
    "tourism_revenue": "Tourism revenue",
    "new_enterprises": "New enterprises",
    "electricity": "Electricity output",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def load_config(path: Path | None = None) -> dict[str, Any]:
    if path is None:
        text = resources.files("services.alerter").joinpath("rules.yaml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"rules file {path or 'rules.yaml'} must be a mapping")
    return data


def describe_period(p: Period) -> str:
    y = p.end_year
    if p.start_year != p.end_year:
        return str(p)
    if p.length == 12:
        return str(y)
    if p.is_month:
        return f"{MONTHS[p.start_month - 1]} {y}"
    if p.start_month == 1 and p.end_month == 6:
        return f"H1 {y}"
    if p.start_month == 7 and p.end_month == 12:
        return f"H2 {y}"
    if p.length == 3 and p.start_month % 3 == 1:
        return f"Q{(p.start_month - 1) // 3 + 1} {y}"
    if p.start_month == 1:
        return f"the first {p.end_month} months of {y}"
    return f"{MONTHS[p.start_month - 1][:3]}-{MONTHS[p.end_month - 1][:3]} {y}"


def rest_of_year(p: Period) -> str:
    if p.start_month == 1 and p.end_month == 6:
        return "the second half"
    if p.end_month == 9:
        return "the fourth quarter"
    return f"the remaining {12 - p.end_month} months"


@dataclass(frozen=True)
class Finding:
    rule: str
    key: str  # lifecycle key: rule|region|subject|year
    severity: str
    labels: dict[str, str]
    summary: str
    description: str
    figures: dict[str, float | None] = field(default_factory=dict)


def lifecycle_key(rule: str, region: str, subject: str, year: int) -> str:
    return f"{rule}|{region}|{subject}|{year}"


def fingerprint(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _labels(
    rule: str, severity: str, region: str, subject_label: str, subject: str, period: Period
) -> dict[str, str]:
    return {
        "alertname": rule,
        "severity": severity,
        "region": region,
        subject_label: subject,
        "period": str(period),
        "year": str(period.end_year),
        "service": "reportwatch",
    }


def evaluate(enr: EnrichedObservation, config: dict[str, Any]) -> tuple[list[Finding], set[str]]:
    obs, c = enr.observation, enr.comparisons
    fact = obs.fact
    findings: list[Finding] = []
    judged: set[str] = set()
    region = obs.region
    if isinstance(fact, IndicatorFact):
        p = Period.parse(fact.period)
        name = NAMES.get(fact.indicator, fact.indicator)
        growth = fact.growth_pct if fact.growth_pct is not None else c.history_growth_pct
        # GrowthBelowTarget
        t = c.target
        if (
            t is not None
            and t.growth_pct is not None
            and growth is not None
            and p.end_year == Period.parse(t.period).end_year
        ):
            cfg = config.get("growth_below_target", {})
            key = lifecycle_key("GrowthBelowTarget", region, fact.indicator, p.end_year)
            judged.add(key)
            gap = t.growth_pct - growth
            if gap > float(cfg.get("tolerance_pct", 0.0)):
                sev = "critical" if gap >= float(cfg.get("critical_gap_pct", 3.0)) else "warning"
                verb = "grew" if growth >= 0 else "fell"
                summary = (
                    f"{name} {verb} {abs(growth):.2f}% in {describe_period(p)} against a "
                    f"{p.end_year} target of {t.growth_pct:g}%"
                )
                if c.required_growth_pct is not None:
                    summary += f"; {rest_of_year(p)} needs about {c.required_growth_pct:.1f}%"
                desc = (
                    f"{region}: {name.lower()} growth of {growth:.2f}% is {gap:.2f} points below the "
                    f"{'stated' if t.origin == 'news' else 'configured'} target of {t.growth_pct:g}% "
                    f"for {p.end_year} (report {obs.report_id})."
                )
                if c.required_growth_pct is None and c.required_growth_missing:
                    desc += (
                        " The growth the rest of the year needs cannot be computed yet: missing "
                        + "; ".join(c.required_growth_missing)
                        + "."
                    )
                findings.append(
                    Finding(
                        "GrowthBelowTarget",
                        key,
                        sev,
                        _labels("GrowthBelowTarget", sev, region, "indicator", fact.indicator, p),
                        summary,
                        desc,
                        {
                            "growth_pct": round(growth, 2),
                            "target_pct": t.growth_pct,
                            "required_pct": None
                            if c.required_growth_pct is None
                            else round(c.required_growth_pct, 1),
                        },
                    )
                )
        # PlanPaceBehind
        if c.plan_progress_pct is not None and c.elapsed_share_pct is not None:
            cfg = config.get("plan_pace_behind", {})
            key = lifecycle_key("PlanPaceBehind", region, fact.indicator, p.end_year)
            judged.add(key)
            gap = c.elapsed_share_pct - c.plan_progress_pct
            if gap > float(cfg.get("tolerance_pct", 5.0)):
                sev = "critical" if gap >= float(cfg.get("critical_gap_pct", 15.0)) else "warning"
                findings.append(
                    Finding(
                        "PlanPaceBehind",
                        key,
                        sev,
                        _labels("PlanPaceBehind", sev, region, "indicator", fact.indicator, p),
                        f"{name} reached {c.plan_progress_pct:.1f}% of the {p.end_year} plan by the end of "
                        f"{describe_period(p)}, with {c.elapsed_share_pct:.0f}% of the year gone",
                        f"{region}: plan progress trails the calendar by {gap:.1f} points "
                        f"(report {obs.report_id}).",
                        {
                            "plan_pct": round(c.plan_progress_pct, 2),
                            "elapsed_pct": round(c.elapsed_share_pct, 1),
                        },
                    )
                )
        # IndicatorDeclining
        cfg = config.get("indicator_declining", {})
        if fact.indicator in cfg.get("headline", []) and fact.growth_pct is not None:
            key = lifecycle_key("IndicatorDeclining", region, fact.indicator, p.end_year)
            judged.add(key)
            if fact.growth_pct < 0:
                sev = (
                    "critical" if fact.growth_pct <= float(cfg.get("critical_below_pct", -5.0)) else "warning"
                )
                findings.append(
                    Finding(
                        "IndicatorDeclining",
                        key,
                        sev,
                        _labels("IndicatorDeclining", sev, region, "indicator", fact.indicator, p),
                        f"{name} fell {abs(fact.growth_pct):.2f}% in {describe_period(p)} year on year",
                        f"{region}: {name.lower()} declined (report {obs.report_id}).",
                        {"growth_pct": fact.growth_pct},
                    )
                )
        # FiguresInconsistent
        if c.growth_gap_pct is not None:
            key = lifecycle_key("FiguresInconsistent", region, fact.indicator, p.end_year)
            judged.add(key)
            tol = float(config.get("figures_inconsistent", {}).get("tolerance_pct", 0.5))
            if abs(c.growth_gap_pct) > tol:
                findings.append(
                    Finding(
                        "FiguresInconsistent",
                        key,
                        "info",
                        _labels("FiguresInconsistent", "info", region, "indicator", fact.indicator, p),
                        f"{name} growth reported as {fact.growth_pct}% for {describe_period(p)} but "
                        f"history gives {c.history_growth_pct:.2f}%",
                        f"{region}: the reported growth and the stored figures disagree by "
                        f"{c.growth_gap_pct:.2f} points (report {obs.report_id}).",
                        {"gap_pct": round(c.growth_gap_pct, 2)},
                    )
                )
    elif isinstance(fact, TaskFact):
        findings += _task_rules(enr, fact, config, judged)
    return findings, judged


def _task_rules(
    enr: EnrichedObservation, fact: TaskFact, config: dict[str, Any], judged: set[str]
) -> list[Finding]:
    obs, c = enr.observation, enr.comparisons
    p = Period.parse(fact.period)
    region = obs.region
    out: list[Finding] = []
    scope = fact.scope
    if c.task_ratio_pct is not None and c.task_elapsed_share_pct is not None:
        cfg = config.get("tasks_behind_schedule", {})
        key = lifecycle_key("TasksBehindSchedule", region, f"tasks:{scope}", p.end_year)
        judged.add(key)
        gap = c.task_elapsed_share_pct - c.task_ratio_pct
        if gap > float(cfg.get("tolerance_pct", 10.0)):
            sev = "critical" if gap >= float(cfg.get("critical_gap_pct", 30.0)) else "warning"
            window = (
                f"the deadline {c.target.deadline}"
                if c.target and c.target.deadline
                else f"the end of {p.end_year}"
            )
            out.append(
                Finding(
                    "TasksBehindSchedule",
                    key,
                    sev,
                    _labels("TasksBehindSchedule", sev, region, "scope", scope, p),
                    f"{region} completed {fact.completed} of {fact.total} {scope} tasks "
                    f"({c.task_ratio_pct:.0f}%) with {c.task_elapsed_share_pct:.0f}% of the time "
                    f"to {window} gone",
                    f"Task completion trails the calendar by {gap:.0f} points (report {obs.report_id}).",
                    {"completed": float(fact.completed), "total": float(fact.total)},
                )
            )
    deadline = c.target.deadline if c.target else None
    if deadline is not None:
        now = (obs.published_at.date() if isinstance(obs.published_at, datetime) else None) or Period.parse(
            fact.period
        ).end_date()
        remaining = fact.total - fact.completed
        near_days = int(config.get("task_deadline", {}).get("near_days", 30))
        k_over = lifecycle_key("TaskDeadlineOverdue", region, f"tasks:{scope}", deadline.year)
        k_near = lifecycle_key("TaskDeadlineNear", region, f"tasks:{scope}", deadline.year)
        judged.update({k_over, k_near})
        if remaining > 0 and now > deadline:
            out.append(
                Finding(
                    "TaskDeadlineOverdue",
                    k_over,
                    "critical",
                    _labels("TaskDeadlineOverdue", "critical", region, "scope", scope, p),
                    f"{region}: {remaining} of {fact.total} {scope} tasks remain "
                    f"after the {deadline} deadline",
                    f"Reported on {now} (report {obs.report_id}).",
                    {"remaining": float(remaining)},
                )
            )
        elif remaining > 0 and 0 <= (deadline - now).days <= near_days:
            out.append(
                Finding(
                    "TaskDeadlineNear",
                    k_near,
                    "warning",
                    _labels("TaskDeadlineNear", "warning", region, "scope", scope, p),
                    f"{region}: {remaining} of {fact.total} {scope} tasks remain "
                    f"{(deadline - now).days} days "
                    f"before the {deadline} deadline",
                    f"Reported on {now} (report {obs.report_id}).",
                    {"remaining": float(remaining)},
                )
            )
    return out
