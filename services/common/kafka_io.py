"""Small Kafka helpers for the commands (produce, tail, progress), on aiokafka."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from services.common.broker import client_kwargs
from services.common.settings import Settings


def producer(settings: Settings) -> AIOKafkaProducer:
    # One record per batch in the dev profile: the embedded broker reports partition ends
    # by batch, and progress tracking reads them.
    batch = int(settings.timings()["producer_max_batch_size"])
    return AIOKafkaProducer(**client_kwargs(settings, settings.bootstrap_servers),
                            max_batch_size=max(batch, 1), linger_ms=0, acks="all")


async def send_all(settings: Settings, topic: str, records: Iterable[tuple[bytes | None, bytes]]) -> int:
    prod = producer(settings)
    await prod.start()
    n = 0
    try:
        for key, value in records:
            await prod.send_and_wait(topic, value=value, key=key)
            n += 1
    finally:
        await prod.stop()
    return n


async def partitions(settings: Settings, topics: Iterable[str]) -> list[TopicPartition]:
    c = AIOKafkaConsumer(**client_kwargs(settings, settings.bootstrap_servers))
    await c.start()
    try:
        out = []
        for t in topics:
            for p in sorted(c.partitions_for_topic(t) or await _fetch_parts(c, t)):
                out.append(TopicPartition(t, p))
        return out
    finally:
        await c.stop()


async def _fetch_parts(c: AIOKafkaConsumer, topic: str) -> set[int]:
    await c._client.force_metadata_update()
    return c.partitions_for_topic(topic) or set()


async def end_offsets(settings: Settings, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
    c = AIOKafkaConsumer(**client_kwargs(settings, settings.bootstrap_servers))
    await c.start()
    try:
        return dict(await c.end_offsets(tps))
    finally:
        await c.stop()


async def committed(settings: Settings, group: str) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(**client_kwargs(settings, settings.bootstrap_servers))
    await admin.start()
    try:
        offs = await admin.list_consumer_group_offsets(group)
        return {tp: meta.offset for tp, meta in offs.items() if meta is not None and meta.offset >= 0}
    finally:
        await admin.close()


async def behind(settings: Settings, group: str, topics: list[str]) -> int:
    """How many records of `topics` the group has not committed yet."""
    tps = await partitions(settings, topics)
    ends = await end_offsets(settings, tps)
    done = await committed(settings, group)
    return sum(max(ends[tp] - done.get(tp, 0), 0) for tp in tps)


async def tail(settings: Settings, topics: list[str], from_beginning: bool = True,
               idle_timeout: float | None = None) -> AsyncIterator[Any]:
    """Records of `topics` as they arrive (no consumer group: a reader, not a worker)."""
    c = AIOKafkaConsumer(**client_kwargs(settings, settings.bootstrap_servers),
                         auto_offset_reset="earliest" if from_beginning else "latest",
                         enable_auto_commit=False, fetch_max_wait_ms=100)
    await c.start()
    try:
        tps = []
        for t in topics:
            parts = c.partitions_for_topic(t) or await _fetch_parts(c, t)
            tps += [TopicPartition(t, p) for p in sorted(parts)]
        c.assign(tps)
        if from_beginning:
            await c.seek_to_beginning(*tps)
        else:
            await c.seek_to_end(*tps)
        last = time.monotonic()
        while True:
            batch = await c.getmany(timeout_ms=200)
            got = False
            for _tp, msgs in batch.items():
                for m in msgs:
                    got = True
                    yield m
            if got:
                last = time.monotonic()
            elif idle_timeout is not None and time.monotonic() - last > idle_timeout:
                return
            await asyncio.sleep(0)
    finally:
        await c.stop()
