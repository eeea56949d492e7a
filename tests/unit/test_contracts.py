"""The JSON Schema files and the AsyncAPI document match the models they describe."""

import json
from pathlib import Path

import yaml

from schemas import SCHEMA_VERSION
from schemas.generate import rendered, stale
from schemas.topics import TOPICS
from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_json_schema_files_are_fresh() -> None:
    assert stale() == [], "run `reportwatch schemas` and commit schemas/json and schemas/asyncapi.yaml"


def test_every_message_carries_a_schema_version() -> None:
    for spec in TOPICS:
        schema = json.loads(rendered()[f"{spec.model.__name__}.schema.json"])
        assert schema["properties"]["schema_version"]["default"] == SCHEMA_VERSION


def test_asyncapi_describes_every_topic_with_its_key_and_payload() -> None:
    doc = yaml.safe_load((ROOT / "schemas" / "asyncapi.yaml").read_text("utf-8"))
    assert doc["asyncapi"].startswith("3.")
    settings = Settings()
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == set(settings.topic_names().values())
    for spec in TOPICS:
        channel = next(c for c in doc["channels"].values() if c["address"] == spec.default_name)
        (ref,) = [m["$ref"] for m in channel["messages"].values()]
        message = doc["components"]["messages"][ref.rsplit("/", 1)[1]]
        assert message["bindings"]["kafka"]["key"]["description"] == spec.key
        payload = ROOT / "schemas" / message["payload"]["$ref"]
        assert json.loads(payload.read_text("utf-8"))["title"] == spec.model.__name__
        assert getattr(settings, spec.setting) == spec.default_name
