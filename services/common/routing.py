"""What a stage decides for one input record: where each output goes. Stages return these;
the faust edge sends them. Keeping the decision pure makes "every record leaves in exactly
one place" testable without a broker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from schemas.deadletter import DeadLetter
from services.common.codec import encode

Outcome = Literal["forwarded", "rejected", "deadlettered"]


@dataclass(frozen=True)
class Output:
    topic: str  # logical topic name (a key of Settings.topic_names())
    key: bytes | None
    value: bytes
    outcome: Outcome
    reason: str | None = None


@dataclass(frozen=True)
class Incoming:
    value: bytes | None
    key: bytes | None = None
    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    timestamp: float | None = None  # the record's Kafka timestamp, seconds since the epoch


def dead_letter(stage: str, rec: Incoming, error: str, detail: str, now: datetime | None = None) -> Output:
    dl = DeadLetter(
        stage=stage,
        error=error,
        detail=detail[:2000],
        topic=rec.topic,
        partition=rec.partition,
        offset=rec.offset,
        key_b64=DeadLetter.encode_bytes(rec.key),
        original_b64=DeadLetter.encode_bytes(rec.value or b"") or "",
        at=now or datetime.now(UTC),
    )
    return Output("deadletter", rec.key, encode(dl), "deadlettered", error)
