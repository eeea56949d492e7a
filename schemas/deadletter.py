"""`reports.deadletter`: a record no stage could read, with its original bytes."""

from __future__ import annotations

import base64
from datetime import datetime

from pydantic import Field

from schemas.base import Message


class DeadLetter(Message):
    stage: str
    error: str = Field(description="stable error code, e.g. 'undecodable', 'invalid', 'too_large'")
    detail: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key_b64: str | None = None
    original_b64: str = Field(description="the record's value exactly as received, base64")
    at: datetime

    @staticmethod
    def encode_bytes(raw: bytes | None) -> str | None:
        return None if raw is None else base64.b64encode(raw).decode("ascii")

    def original(self) -> bytes:
        return base64.b64decode(self.original_b64)
