"""Small Kafka helpers for the commands (produce, tail, progress), on aiokafka."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from services.common.broker import client_kwargs
from services.common.settings import Settings


def producer(settings: Settings) -> AIOKafkaProducer:
    # One record per batch in the dev profile: the embedded broker reports partition ends
    # by batch, and progress tracking reads them.
    batch = int(settings.timings()["producer_max_batch_size"])
    return AIOKafkaProducer(
        **client_kwargs(settings, settings.bootstrap_servers),
        max_batch_size=max(batch, 1),
        linger_ms=0,
        acks="all",
    )


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


class Progress:
    """How far consumer groups are behind, from one long-lived client pair."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.consumer = AIOKafkaConsumer(
            **client_kwargs(settings, settings.bootstrap_servers), enable_auto_commit=False
        )
        # A group's committed offsets are read by a consumer of that group that never
        # subscribes (so it never joins or disturbs the group).
        self.readers: dict[str, AIOKafkaConsumer] = {}

    async def __aenter__(self) -> Progress:
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for r in self.readers.values():
            await r.stop()
        await self.consumer.stop()

    async def _reader(self, group: str) -> AIOKafkaConsumer:
        if group not in self.readers:
            r = AIOKafkaConsumer(
                **client_kwargs(self.settings, self.settings.bootstrap_servers),
                group_id=group,
                enable_auto_commit=False,
            )
            await r.start()
            self.readers[group] = r
        return self.readers[group]

    async def partitions(self, topics: Iterable[str]) -> list[TopicPartition]:
        out = []
        for t in topics:
            parts = self.consumer.partitions_for_topic(t)
            if not parts:
                await self.consumer._client.force_metadata_update()
                parts = self.consumer.partitions_for_topic(t) or set()
            out += [TopicPartition(t, p) for p in sorted(parts)]
        return out

    async def behind(self, group: str, topics: list[str]) -> int:
        """How many records of `topics` the group has not committed yet."""
        tps = await self.partitions(topics)
        ends = await self.consumer.end_offsets(tps)
        reader = await self._reader(group)
        total = 0
        for tp in tps:
            done = await reader.committed(tp)
            total += max(ends[tp] - (done or 0), 0)
        return total


async def _fetch_parts(c: AIOKafkaConsumer, topic: str) -> set[int]:
    await c._client.force_metadata_update()
    return c.partitions_for_topic(topic) or set()


async def tail(
    settings: Settings, topics: list[str], from_beginning: bool = True, idle_timeout: float | None = None
) -> AsyncIterator[Any]:
    """Records of `topics` as they arrive (no consumer group: a reader, not a worker)."""
    c = AIOKafkaConsumer(
        **client_kwargs(settings, settings.bootstrap_servers),
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        fetch_max_wait_ms=100,
    )
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
