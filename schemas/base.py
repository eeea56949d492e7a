"""Shared base of every message: strict, versioned, JSON-friendly."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = 1

# "YYYY-MM/YYYY-MM", both ends inclusive (see ../shared/contract/extraction.md).
PeriodStr = Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])/\d{4}-(0[1-9]|1[0-2])$")]


class Message(BaseModel):
    """Base of every topic payload. Unknown fields are refused so typos surface early."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1)


class Reason(BaseModel):
    """Why a record or fact was refused: a stable code for machines, a message for people."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    message: str
