"""A Kafka client that is not the one the services use (confluent-kafka / librdkafka), so
the stream tests check the wire protocol, not our own wrappers."""

from __future__ import annotations

import uuid
from typing import Any

from confluent_kafka import Consumer, Producer, TopicPartition


def produce(bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes]]) -> None:
    p = Producer(
        {"bootstrap.servers": bootstrap, "partitioner": "murmur2_random", "batch.size": 1, "linger.ms": 0}
    )
    errors: list[Any] = []
    for key, value in records:
        p.produce(
            topic, value=value, key=key, on_delivery=lambda err, msg: errors.append(err) if err else None
        )
        p.poll(0)
    assert p.flush(30) == 0, "undelivered records"
    assert not errors, errors


def read_all(bootstrap: str, topics: list[str], timeout: float = 10.0) -> list[Any]:
    """Every record of `topics` from the beginning to the current end."""
    c = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"test-reader-{uuid.uuid4().hex[:8]}",
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
        }
    )
    try:
        md = c.list_topics(timeout=timeout)
        tps = [TopicPartition(t, p, 0) for t in topics for p in md.topics[t].partitions]
        ends = {(tp.topic, tp.partition): c.get_watermark_offsets(tp, timeout=timeout)[1] for tp in tps}
        want = {k: v for k, v in ends.items() if v > 0}
        c.assign(tps)
        out = []
        pos: dict[tuple[str, int], int] = {}
        import time

        deadline = time.monotonic() + timeout
        while any(pos.get(k, 0) < v for k, v in want.items()) and time.monotonic() < deadline:
            m = c.poll(0.2)
            if m is None or m.error():
                continue
            out.append(m)
            pos[(m.topic(), m.partition())] = m.offset() + 1
        return out
    finally:
        c.close()
