"""The dateline's date stands in for a missing publication time; only a full date near the
start of the report counts."""

from __future__ import annotations

from datetime import date

import pytest

from services.extractor.engine import lexicon
from services.extractor.engine.dateline import DATELINE_REACH, dateline


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "HANOI, July 5, 2024 – In the first half ...", date(2024, 7, 5)),
        ("en", "Updated: Oct 14, 2024 10:30 IST. India's exports ...", date(2024, 10, 14)),
        ("en", "New Delhi, 5 March 2025: GST collections ...", date(2025, 3, 5)),
        ("vi", "Ngày 30/6/2024, Sở Công Thương tổ chức hội nghị.", date(2024, 6, 30)),
        ("vi", "Chiều 28-9-2023, UBND tỉnh họp phiên thường kỳ.", date(2023, 9, 28)),
        ("vi", "Hà Nội, ngày 25 tháng 9 năm 2024 - Tổng cục Thống kê ...", date(2024, 9, 25)),
        ("hi", "नई दिल्ली, 12 अगस्त 2024। जुलाई में खुदरा महंगाई दर ...", date(2024, 8, 12)),
    ],
)
def test_a_full_date_near_the_start(lang: str, text: str, expected: date) -> None:
    assert dateline(text, lexicon.load(lang, "")) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Chiều 30-6, UBND tỉnh tổ chức hội nghị."),  # no year
        ("en", "Exports rose 5% in the first half of 2024."),  # a year, no date
        ("vi", "Ngày 31/2/2024, ..."),  # no such day
        ("en", "x" * DATELINE_REACH + " July 5, 2024"),  # too far in: a date the report speaks of
        ("en", "Exports rose 12.5/3.2/2024 ..."),  # digits glued to more digits
    ],
)
def test_no_dateline(lang: str, text: str) -> None:
    assert dateline(text, lexicon.load(lang, "")) is None
