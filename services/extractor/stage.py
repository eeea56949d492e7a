"""The extractor stage: raw report bytes -> one facts message, or one dead letter."""

from __future__ import annotations

import time

from schemas.raw_report import RawReport
from services.common.codec import DecodeError, decode, encode
from services.common.metrics import Metrics
from services.common.routing import Incoming, Output, dead_letter
from services.extractor.engine.extract import BodyTooLarge, extract

STAGE = "extractor"


def handle(
    rec: Incoming, max_record_bytes: int, max_body_chars: int, metrics: Metrics | None = None
) -> list[Output]:
    try:
        report = decode(rec.value, RawReport, max_record_bytes)
    except DecodeError as exc:
        return [dead_letter(STAGE, rec, exc.code, exc.detail)]
    started = time.perf_counter()
    try:
        facts = extract(report, max_body_chars=max_body_chars)
    except BodyTooLarge as exc:
        return [dead_letter(STAGE, rec, "too_large", str(exc))]
    except Exception as exc:
        return [dead_letter(STAGE, rec, "extract_failed", f"{type(exc).__name__}: {exc}")]
    if metrics is not None:
        metrics.extract_seconds.observe(time.perf_counter() - started)
        for f in facts.facts:
            metrics.facts.labels(facts.language, getattr(f, "indicator", "tasks")).inc()
    return [Output("facts", report.id.encode(), encode(facts), "forwarded")]
