"""`reportwatch produce FILE.jsonl`: check every line, name the bad ones, send the good."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from schemas.raw_report import RawReport
from services.common.codec import DecodeError, decode, encode
from services.common.kafka_io import send_all
from services.common.settings import Settings


@dataclass
class Checked:
    good: list[RawReport]
    bad: list[tuple[int, str]]


def check_file(path: Path, max_bytes: int) -> Checked:
    good, bad = [], []
    with path.open("rb") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                good.append(decode(line.strip(), RawReport, max_bytes))
            except DecodeError as exc:
                bad.append((n, str(exc)))
    return Checked(good, bad)


def send(settings: Settings, reports: list[RawReport]) -> int:
    return asyncio.run(send_all(settings, settings.topic_raw, [(r.id.encode(), encode(r)) for r in reports]))
