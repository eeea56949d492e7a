"""The one codec every service uses: orjson bytes <-> pydantic models.

Services consume raw bytes and decode here themselves, so a record that does not decode is
dead-lettered with its original bytes instead of crashing the agent.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class DecodeError(ValueError):
    """A record that cannot become the expected model; `code` is a stable reason."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def encode(model: BaseModel) -> bytes:
    return orjson.dumps(model.model_dump(mode="json", exclude_none=False))


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj)


def decode(raw: bytes | None, model: type[M], max_bytes: int | None = None) -> M:
    if raw is None:
        raise DecodeError("empty", "the record has no value")
    if max_bytes is not None and len(raw) > max_bytes:
        raise DecodeError("too_large", f"{len(raw)} bytes exceeds the limit of {max_bytes}")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError("undecodable", "the value is not UTF-8") from exc
        raise DecodeError("bad_json", str(exc)) from exc
    if not isinstance(data, dict):
        raise DecodeError("bad_json", f"expected a JSON object, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errs = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise DecodeError("invalid", errs) from exc


def register_with_faust() -> None:
    """Expose the codec to faust as 'rw-json' (for topics declared with model serializers)."""
    from faust.serializers import codecs

    class _Codec(codecs.Codec):
        def _dumps(self, obj: Any) -> bytes:
            if isinstance(obj, BaseModel):
                return encode(obj)
            return orjson.dumps(obj)

        def _loads(self, s: bytes) -> Any:
            return orjson.loads(s)

    codecs.register("rw-json", _Codec())
