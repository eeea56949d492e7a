"""Logging: JSON lines for machines, plain lines in a terminal (RW_LOG_FORMAT overrides)."""

from __future__ import annotations

import logging
import sys
from typing import Any

import orjson

from services.common.settings import Settings

_FIELDS = ("report_id", "stage", "outcome", "topic")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": record.created,
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for f in _FIELDS:
            if hasattr(record, f):
                out[f] = getattr(record, f)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out).decode()


def configure(settings: Settings) -> None:
    fmt = settings.log_format
    if fmt == "auto":
        fmt = "text" if sys.stderr.isatty() else "json"
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger("reportwatch")
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
