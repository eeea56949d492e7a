import pytest

from schemas import RawReport
from services.common.codec import DecodeError, decode, encode


def test_round_trip() -> None:
    r = RawReport(id="a", body="text", title="t")
    assert decode(encode(r), RawReport) == r


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (None, "empty"),
        (b"\xff\xfe\x00garbage", "undecodable"),
        (b"{not json", "bad_json"),
        (b"[1, 2]", "bad_json"),
        (b'{"id": "x"}', "invalid"),  # body missing
        (b'{"id": "", "body": "b"}', "invalid"),
        (b'{"id": "x", "body": "b", "surprise": 1}', "invalid"),
    ],
)
def test_bad_records_get_a_stable_reason(raw: bytes | None, code: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode(raw, RawReport)
    assert err.value.code == code


def test_size_limit() -> None:
    with pytest.raises(DecodeError) as err:
        decode(b'{"id": "x", "body": "' + b"a" * 5000 + b'"}', RawReport, max_bytes=1024)
    assert err.value.code == "too_large"
