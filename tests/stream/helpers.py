"""Helpers the stream tests share: reports as producers write them, and feeding the pipeline."""

from __future__ import annotations

import orjson

from schemas import Target
from services.common.codec import encode
from tests.stream.conftest import Pipeline
from tests.stream.kafka_client import produce


def report(rid: str, region: str, published: str, body: str) -> tuple[bytes, bytes]:
    """A raw English report as a (key, value) record."""
    value = {
        "id": rid,
        "region": region,
        "published_at": f"{published}T00:00:00Z",
        "language": "en",
        "body": body,
    }
    return rid.encode(), orjson.dumps(value)


def send(p: Pipeline, *records: tuple[bytes, bytes]) -> None:
    """One at a time, each through the whole flow before the next: the order the test states."""
    for r in records:
        produce(p.settings.bootstrap_servers, p.settings.topic_raw, [r])
        p.caught_up()


def load_targets(p: Pipeline, *targets: Target) -> None:
    """Publish targets and wait until the enricher has them."""
    produce(
        p.settings.bootstrap_servers, p.settings.topic_targets, [(t.key.encode(), encode(t)) for t in targets]
    )
    p.caught_up()
