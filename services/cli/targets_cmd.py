"""`reportwatch targets load FILE.yaml`: publish targets to the compacted `targets` topic."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from schemas.target import Target
from services.common.codec import encode
from services.common.kafka_io import send_all
from services.common.settings import Settings


class TargetFileError(ValueError):
    pass


def read_targets(path: Path) -> list[Target]:
    try:
        data: Any = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TargetFileError(f"{path}: {exc}") from exc
    items = data.get("targets") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise TargetFileError(f"{path}: expected a mapping with a 'targets' list")
    out, errors = [], []
    for i, item in enumerate(items, start=1):
        try:
            out.append(Target.model_validate({"origin": "config", **item}))
        except (ValidationError, TypeError) as exc:
            errors.append(f"target {i}: {exc}")
    if errors:
        raise TargetFileError(f"{path}: " + "; ".join(errors))
    return out


def load(settings: Settings, path: Path) -> int:
    targets = read_targets(path)
    return asyncio.run(
        send_all(settings, settings.topic_targets, [(t.key.encode(), encode(t)) for t in targets])
    )
