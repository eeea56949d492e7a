"""The dateline's date stands in for a missing publication time; only a full date near the
start of the report counts."""

from __future__ import annotations

from datetime import date

import pytest

from schemas import RawReport
from services.extractor.engine import lexicon
from services.extractor.engine.dateline import (
    DATELINE_REACH,
    dateline,
    dateline_month,
    source_date,
    source_year,
)
from services.extractor.engine.extract import extract


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
    assert dateline(text, lexicon.load(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "HANOI, Jan 6 (Reuters) - Vietnam's economy grew 7.09% in 2024 ...", 1),
        ("en", "New Delhi, Aug 14 (PTI) India's merchandise exports in July ...", 8),
        ("en", "NEW DELHI, March 3 - GST collections ...", 3),
        ("hi", "नई दिल्ली, 06 सितम्बर (हि.स.)। अर्थव्यवस्था में ...", 9),
        ("en", "Exports rose in May 5 provinces ...", None),  # no place and comma before it
        ("en", "HANOI, July 5, 2024 – In the first half ...", None),  # a full date: dateline()'s
    ],
)
def test_a_day_with_no_year_gives_the_month(lang: str, text: str, expected: int | None) -> None:
    assert dateline_month(text, lexicon.load(lang)) == expected


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
    assert dateline(text, lexicon.load(lang)) is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://news.example.in/2025/09/29/iip-august", date(2025, 9, 29)),
        ("https://news.example.in/2025/09/iip-august", date(2025, 9, 1)),
        ("https://baotinh.example.vn/kinh-te/202311/thu-ngan-sach-994695/", date(2023, 11, 1)),
        ("https://baotinh.example.vn/kinh-te/20231105/thu-ngan-sach/", date(2023, 11, 5)),
        ("https://example.vn/2024-07-05-xuat-khau.html", date(2024, 7, 5)),
        ("https://example.vn/exports-2026-10-05.vnp", date(2026, 10, 5)),
        ("https://example.vn/report_2026-10-05_final.pdf", date(2026, 10, 5)),
        ("https://example.vn/list-2026-1-5-items", None),
        # An article number, a year alone, a month that is none: no date.
        ("https://example.vn/du-lich-110277.html", None),
        ("https://example.vn/grdp-9-thang-nam-2025-tinh", None),
        ("https://example.com/2021/13/01/", None),
        ("", None),
    ],
)
def test_the_date_a_news_address_carries(source: str, expected: date | None) -> None:
    assert source_date(source) == expected


def test_a_report_with_no_time_and_no_year_is_dated_by_its_address() -> None:
    body = "Export turnover in the first nine months reached 21 billion USD, up 6% year on year."
    undated = RawReport(id="u", body=body)
    assert extract(undated).facts == []  # no year anywhere: nothing guessed
    dated = extract(RawReport(id="u", body=body, source="https://example.vn/2026/10/04/exports"))
    assert [(f.indicator, str(f.period)) for f in dated.facts] == [("exports", "2026-01/2026-09")]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://news.example.in/business/trade-deficit-october-2024-133912345.html", 2024),
        ("http://tinh.example.vn/kinh-te/quang-nam-6-thang-dau-nam-2022-doanh-thu/", 2022),
        ("https://example.vn/ke-hoach-2025-2026-nam-2026.htm", 2026),
        # An article number, digits inside a word: no year.
        ("https://example.vn/du-lich-120245678.html", None),
        ("https://example.vn/ma2024so", None),
        ("", None),
    ],
)
def test_the_year_a_news_address_names(source: str, expected: int | None) -> None:
    assert source_year(source) == expected


def test_a_report_with_no_date_and_no_year_is_of_the_year_its_address_names() -> None:
    body = "Exports rose 7.3% in October to 38.1 billion USD, while imports grew 4.1%."
    undated = RawReport(id="u", body=body, language="en")
    assert extract(undated).facts == []  # no year anywhere: nothing guessed
    named = RawReport(
        id="u", body=body, language="en", source="https://news.example.in/exports-october-2024-1339.html"
    )
    assert [(f.indicator, str(f.period)) for f in extract(named).facts] == [
        ("exports", "2024-10/2024-10"),
        ("imports", "2024-10/2024-10"),
    ]
    # A year the text names still comes first.
    said = RawReport(id="u", body=body.replace("October", "October 2023"), language="en", source=named.source)
    assert {str(f.period) for f in extract(said).facts} == {"2023-10/2023-10"}


def test_a_photo_captions_date_does_not_date_the_report() -> None:
    body = (
        "India's merchandise exports rose to $32.5 billion in June, up 48% from a year earlier.\n"
        "FILE PHOTO: Containers at a port in Mumbai, India, July 15, 2015. REUTERS/File Photo"
    )
    assert extract(RawReport(id="c", body=body, language="en")).facts == []  # no year but the photo's
    dated = extract(
        RawReport(id="c", body=body + "\nThe data for June 2021 were released on Thursday.", language="en")
    )
    assert [(f.indicator, str(f.period)) for f in dated.facts] == [("exports", "2021-06/2021-06")]
