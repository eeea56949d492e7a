"""Every record that enters a stage leaves it in exactly one place (pure, no broker)."""

import base64
from datetime import UTC, datetime

import orjson

from schemas import DeadLetter, ExtractedFacts, Observation, RawReport, RejectedObservation
from services.common.codec import encode
from services.common.routing import Incoming
from services.extractor import stage as extractor
from services.validator import stage as validator
from services.validator.checks import Bounds
from tests.helpers import ind

GOOD = RawReport(
    id="g1",
    body="Exports reached 50 million USD in the first half of 2024, up 1.26% year on year.",
    published_at=datetime(2024, 7, 1, tzinfo=UTC),
)


def test_extractor_forwards_a_good_report() -> None:
    out = extractor.handle(Incoming(encode(GOOD), b"g1", "reports.raw", 0, 5), 4096, 4096)
    assert [(o.topic, o.outcome) for o in out] == [("facts", "forwarded")]
    facts = ExtractedFacts.model_validate_json(out[0].value)
    assert facts.report_id == "g1" and facts.facts[0].indicator == "exports"


def test_extractor_dead_letters_bad_records_with_their_original_bytes() -> None:
    cases = {
        b"\xff\xfe": "undecodable",
        b"{oops": "bad_json",
        b'{"id": "x"}': "invalid",
        orjson.dumps({"id": "big", "body": "x" * 5000}): "too_large",
    }
    for raw, code in cases.items():
        out = extractor.handle(Incoming(raw, b"k", "reports.raw", 1, 7), 10_000, 2048)
        assert [(o.topic, o.outcome, o.reason) for o in out] == [("deadletter", "deadlettered", code)]
        dl = DeadLetter.model_validate_json(out[0].value)
        assert dl.original() == raw and dl.stage == "extractor" and dl.offset == 7
        assert dl.key_b64 == base64.b64encode(b"k").decode()


def test_validator_one_observation_per_fact() -> None:
    ef = ExtractedFacts(
        report_id="r",
        language="en",
        region="Testland",
        published_at=datetime(2024, 7, 1, tzinfo=UTC),
        facts=[
            ind(value=50e6, growth_pct=1.0),
            ind("imports", value=1.0, unit="count"),
            ind(value=50e6, growth_pct=1.0),
        ],
    )
    out = validator.handle(Incoming(encode(ef)), Bounds(), 100_000)
    assert [(o.topic, o.outcome) for o in out] == [("valid", "forwarded"), ("rejected", "rejected")]
    valid = Observation.model_validate_json(out[0].value)
    assert valid.merged_from == 2 and valid.series == "Testland|exports" and out[0].key == b"Testland|exports"
    rej = RejectedObservation.model_validate_json(out[1].value)
    assert [r.code for r in rej.reasons] == ["unit_mismatch"]


def test_validator_dead_letters_what_it_cannot_read() -> None:
    out = validator.handle(Incoming(b"{}"), Bounds(), 100)
    assert [o.outcome for o in out] == ["deadlettered"]
