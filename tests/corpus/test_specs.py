"""One runner for every language's spec corpus (tests/corpus/<lang>.yaml): each case's
expected facts must be found and nothing else; each negative must yield no fact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from schemas import RawReport
from services.extractor.contract import scored_view
from services.extractor.engine.extract import extract

HERE = Path(__file__).parent
SPECS = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted(HERE.glob("*.yaml"))}
KINDS = ("indicators", "tasks", "targets")


def _cases(section: str) -> list[Any]:
    out = []
    for lang, spec in SPECS.items():
        assert spec["language"] == lang, f"{lang}.yaml says language {spec['language']}"
        for i, case in enumerate(spec.get(section, [])):
            out.append(pytest.param(lang, case, id=f"{lang}-{case.get('rule', i)}"))
    return out


def _run(lang: str, case: dict[str, Any]) -> dict[str, Any]:
    pub = case.get("published")
    published = datetime.combine(pub, datetime.min.time(), UTC) if pub else None
    report = RawReport(
        id="spec",
        body=case["text"],
        title=case.get("title", ""),
        published_at=published,
        language=lang if case.get("declare_language", True) else None,
    )
    return scored_view(extract(report))


def _matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    for k, v in expected.items():
        if k == "scope":
            continue
        g = got.get(k)
        # (An expected whole number matches its float: "plan_pct: 88" is 88.0.)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and isinstance(g, (int, float)):
            if abs(g - v) > max(0.01, abs(v) * 0.005):
                return False
        elif str(g) != str(v) if v is not None else g is not None:
            return False
    return True


@pytest.mark.parametrize(("lang", "case"), _cases("cases"))
def test_case(lang: str, case: dict[str, Any]) -> None:
    view = _run(lang, case)
    for kind in KINDS:
        expected = list(case.get(kind, []))
        got = list(view[kind])
        unmatched = []
        for e in expected:
            hit = next((g for g in got if _matches(e, g)), None)
            if hit is None:
                unmatched.append(e)
            else:
                got.remove(hit)
        assert not unmatched, f"{kind}: missed {unmatched}; found {view[kind]}"
        assert not got, f"{kind}: unexpected {got}"


@pytest.mark.parametrize(("lang", "case"), _cases("negatives"))
def test_negative(lang: str, case: dict[str, Any]) -> None:
    view = _run(lang, case)
    assert view["indicators"] == [] and view["tasks"] == [] and view["targets"] == [], view


def test_every_language_has_cases_and_negatives() -> None:
    from services.extractor.engine.lexicon import available_languages

    assert set(SPECS) == set(available_languages())
    for lang, spec in SPECS.items():
        assert len(spec.get("cases", [])) >= 10 and len(spec.get("negatives", [])) >= 3, lang
