"""What the engine does when a sentence is beyond what its patterns may take."""

from __future__ import annotations

import pytest

from schemas import RawReport
from services.extractor.engine import extract as extract_mod


# Replaces a function the compiled engine calls directly: only the Python sources can show this.
@pytest.mark.monkeypatches_engine
def test_task_patterns_timing_out_drop_the_counts_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_slow(*_args: object, **_kwargs: object) -> list[object]:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(extract_mod, "find_tasks", too_slow)
    body = (
        "6 tháng đầu năm 2024, tỉnh đã hoàn thành 8/10 nhiệm vụ trọng tâm; xuất khẩu đạt 2 tỷ USD, tăng 5%."
    )
    out = extract_mod.extract(
        RawReport(id="r", body=body, language="vi", published_at="2024-07-05T00:00:00Z")
    )
    assert [d.reason.code for d in out.dropped] == ["too_long_to_read"]
    assert [f.indicator for f in out.facts if f.kind == "indicator"] == ["exports"]  # the rest stands
