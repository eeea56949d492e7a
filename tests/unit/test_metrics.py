"""Metrics in a fresh registry per test, read back by sample value."""

from prometheus_client import CollectorRegistry

from services.common.metrics import account, make_metrics
from services.common.routing import Incoming, Output

NAMES = {
    "facts": "facts.extracted",
    "deadletter": "reports.deadletter",
    "valid": "observations.valid",
    "rejected": "observations.rejected",
}


def test_outcomes_reasons_and_latency_are_counted() -> None:
    reg = CollectorRegistry()
    m = make_metrics("validator", reg)
    rec = Incoming(b"x", b"k", "facts.extracted", 0, 1, timestamp=100.0)
    account(
        m,
        "validator",
        NAMES,
        [
            Output("valid", b"s", b"{}", "forwarded"),
            Output("rejected", b"s", b"{}", "rejected", "unit_mismatch,bad_period"),
        ],
        rec,
        100.25,
    )
    account(
        m, "validator", NAMES, [Output("deadletter", None, b"{}", "deadlettered", "bad_json")], rec, 101.0
    )
    get = reg.get_sample_value
    assert (
        get("reportwatch_records_out_total", {"topic": "observations.valid", "outcome": "forwarded"}) == 1.0
    )
    assert (
        get("reportwatch_records_out_total", {"topic": "observations.rejected", "outcome": "rejected"}) == 1.0
    )
    assert get("reportwatch_rejections_total", {"reason": "unit_mismatch"}) == 1.0
    assert get("reportwatch_rejections_total", {"reason": "bad_period"}) == 1.0
    assert get("reportwatch_deadletters_total", {"stage": "validator", "reason": "bad_json"}) == 1.0
    assert get("reportwatch_processing_latency_seconds_count") == 2.0
    assert get("reportwatch_processing_latency_seconds_sum") == 1.25
    assert get("reportwatch_processing_latency_seconds_bucket", {"le": "0.25"}) == 1.0


def test_build_info_names_the_service() -> None:
    reg = CollectorRegistry()
    make_metrics("alerter", reg)
    assert reg.get_sample_value("reportwatch_build_info", {"version": "0.1.0", "service": "alerter"}) == 1.0


def test_build_info_takes_more_labels() -> None:
    reg = CollectorRegistry()
    make_metrics("extractor", reg, build={"engine": "python"})
    labels = {"version": "0.1.0", "service": "extractor", "engine": "python"}
    assert reg.get_sample_value("reportwatch_build_info", labels) == 1.0


def test_extraction_metrics_from_the_extractor_stage() -> None:
    import orjson

    from services.extractor import stage

    reg = CollectorRegistry()
    m = make_metrics("extractor", reg)
    body = orjson.dumps(
        {"id": "r", "body": "In June 2024, exports rose 5% to 2 billion USD.", "language": "en"}
    )
    out = stage.handle(Incoming(body), 10_000, 10_000, m)
    assert [o.outcome for o in out] == ["forwarded"]
    assert (
        reg.get_sample_value("reportwatch_facts_extracted_total", {"language": "en", "indicator": "exports"})
        == 1.0
    )
    assert reg.get_sample_value("reportwatch_extraction_duration_seconds_count") == 1.0
