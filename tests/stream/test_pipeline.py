"""The whole flow on a real Kafka-protocol broker, driven with a separate Kafka client."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import orjson
import pytest

from schemas import Alert, DeadLetter, ExtractedFacts, Observation, RejectedObservation
from services.cli.targets_cmd import read_targets
from tests.stream.conftest import Pipeline
from tests.stream.helpers import load_targets
from tests.stream.kafka_client import produce, read_all

pytestmark = pytest.mark.stream
ROOT = Path(__file__).resolve().parents[2]


def seed_reports() -> dict[str, bytes]:
    lines = (ROOT / "seeds" / "reports.jsonl").read_text("utf-8").splitlines()
    return {json.loads(x)["id"]: x.encode() for x in lines if x.strip()}


def test_the_seed_becomes_alerts(pipeline: Pipeline) -> None:
    s = pipeline.settings
    targets = read_targets(ROOT / "seeds" / "targets.yaml")
    load_targets(pipeline, *targets)
    reports = seed_reports()
    # Last year's full-year report first, as it was published, then the seed.
    produce(
        s.bootstrap_servers, s.topic_raw, [(b"sample-en-ninhthuan-2023", reports["sample-en-ninhthuan-2023"])]
    )
    pipeline.caught_up()
    produce(s.bootstrap_servers, s.topic_raw, [(b"seed-hi-0001", reports["seed-hi-0001"])])
    pipeline.caught_up()

    alerts = [
        Alert.model_validate_json(m.value())
        for m in read_all(s.bootstrap_servers, [s.topic_alerts_growth, s.topic_alerts_deadline])
    ]
    seed_alerts = [a for a in alerts if a.evidence and a.evidence[0].report_id == "seed-hi-0001"]
    by_rule = {
        (a.labels["alertname"], a.labels.get("indicator") or a.labels.get("scope")): a for a in seed_alerts
    }

    tasks = by_rule[("TasksBehindSchedule", "specific")]
    assert tasks.status == "firing" and tasks.labels["region"] == "Ninh Thuận"
    assert "completed 2 of 10 specific tasks" in tasks.annotations["summary"]
    exports = by_rule[("GrowthBelowTarget", "exports")]
    assert exports.annotations["summary"].startswith(
        "Exports grew 1.26% in H1 2024 against a 2024 target of 5%"
    )
    assert "the second half needs about 8.8%" in exports.annotations["summary"]
    assert ("GrowthBelowTarget", "industrial_production") in by_rule
    assert ("GrowthBelowTarget", "retail_sales") not in by_rule  # 14.56% beats the 12% target
    # Each alert went to its own topic, keyed by its fingerprint, once.
    growth = read_all(s.bootstrap_servers, [s.topic_alerts_growth])
    deadline = read_all(s.bootstrap_servers, [s.topic_alerts_deadline])
    assert all(
        Alert.model_validate_json(m.value()).labels["alertname"] != "TasksBehindSchedule" for m in growth
    )
    assert any(m.key() == tasks.fingerprint.encode() for m in deadline)
    # No repeats: each (fingerprint, version) is published once.
    versions = [
        (a.fingerprint, a.version) for a in (Alert.model_validate_json(m.value()) for m in growth + deadline)
    ]
    assert len(versions) == len(set(versions))


def test_every_record_leaves_each_stage_in_exactly_one_place(pipeline: Pipeline) -> None:
    s = pipeline.settings
    tag = uuid.uuid4().hex[:8]
    good = [
        orjson.dumps(
            {
                "id": f"{tag}-good-{i}",
                "region": f"Accounting-{tag}",
                "published_at": "2024-07-01T00:00:00Z",
                "body": f"In the first half of 2024, exports reached {100 + i} million USD, up {i + 1}.5% "
                f"year on year, and imports reached 40 million USD.",
            }
        )
        for i in range(5)
    ]
    bad = {
        f"{tag}-undecodable": b"\xff\xfe\xfa not utf-8",
        f"{tag}-badjson": b'{"id": "x", "body": ',
        f"{tag}-missing": orjson.dumps({"id": f"{tag}-missing", "title": "no body"}),
        f"{tag}-toolarge": orjson.dumps({"id": f"{tag}-toolarge", "body": "x" * 100_000}),
    }
    records = [(f"{tag}-good-{i}".encode(), g) for i, g in enumerate(good)] + [
        (k.encode(), v) for k, v in bad.items()
    ]
    produce(s.bootstrap_servers, s.topic_raw, records)
    pipeline.caught_up()

    mine = lambda m: (m.key() or b"").decode(errors="replace").startswith(tag)  # noqa: E731
    facts = [m for m in read_all(s.bootstrap_servers, [s.topic_facts]) if mine(m)]
    dead = [m for m in read_all(s.bootstrap_servers, [s.topic_deadletter]) if mine(m)]
    assert len(records) == len(facts) + len(dead)  # extractor: in = forwarded + dead-lettered
    assert len(facts) == 5
    letters = {m.key().decode(): DeadLetter.model_validate_json(m.value()) for m in dead}
    assert {k: v.error for k, v in letters.items()} == {
        f"{tag}-undecodable": "undecodable",
        f"{tag}-badjson": "bad_json",
        f"{tag}-missing": "invalid",
        f"{tag}-toolarge": "too_large",
    }
    for k, v in letters.items():
        assert v.original() == bad[k] and v.stage == "extractor"

    # Validator: every extracted fact becomes exactly one valid or rejected observation.
    n_facts = sum(len(ExtractedFacts.model_validate_json(m.value()).facts) for m in facts)
    obs = [Observation.model_validate_json(m.value()) for m in read_all(s.bootstrap_servers, [s.topic_valid])]
    rej = [
        RejectedObservation.model_validate_json(m.value())
        for m in read_all(s.bootstrap_servers, [s.topic_rejected])
    ]
    ours = [o for o in obs if o.report_id.startswith(tag)] + [r for r in rej if r.report_id.startswith(tag)]
    assert n_facts == 10 and len(ours) == n_facts
    # Enricher: one enriched observation per valid one.
    enriched = [json.loads(m.value()) for m in read_all(s.bootstrap_servers, [s.topic_enriched])]
    assert sum(e["observation"]["report_id"].startswith(tag) for e in enriched) == sum(
        o.report_id.startswith(tag) for o in obs
    )
