"""Writes one JSON Schema file per topic payload to schemas/json (and checks they are fresh)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from schemas.topics import TOPICS

OUT = Path(__file__).parent / "json"


def rendered() -> dict[str, str]:
    files = {}
    for spec in TOPICS:
        name = f"{spec.model.__name__}.schema.json"
        schema = spec.model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://reportwatch.local/schemas/{name}"
        files[name] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return files


def stale() -> list[str]:
    return [n for n, text in rendered().items()
            if not (OUT / n).exists() or (OUT / n).read_text("utf-8") != text]


def main(check: bool = False) -> int:
    if check:
        bad = stale()
        if bad:
            print(f"stale JSON Schema files (run `reportwatch schemas`): {', '.join(bad)}", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(exist_ok=True)
    for n, text in rendered().items():
        (OUT / n).write_text(text, "utf-8")
    print(f"wrote {len(rendered())} schema files to {OUT}", file=sys.stderr)
    return 0
