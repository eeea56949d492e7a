"""`reports.raw`: one news item as producers push it."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field, field_validator

from schemas.base import Message


class RawReport(Message):
    id: str = Field(min_length=1, max_length=512)
    source: str = ""
    url: str | None = None
    title: str = ""
    body: str
    published_at: datetime | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code; wins over detection")
    region: str | None = Field(default=None, description="Region name; wins over the gazetteer")

    @field_validator("title", "source", mode="before")
    @classmethod
    def _none_is_empty(cls, v: object) -> object:
        return "" if v is None else v  # producers often send null for "no title"
