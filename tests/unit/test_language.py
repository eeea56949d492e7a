"""Language of a report: declared, script, English function words, then the model."""

from __future__ import annotations

import pytest

from services.extractor.engine.language import detect, without_diacritics


def test_the_declared_language_wins() -> None:
    assert detect("Exports rose 5% in the first quarter.", "vi") == "vi"
    assert detect("anything", " HI-IN ") == "hi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("निर्यात में पहली तिमाही के दौरान 5 प्रतिशत की वृद्धि हुई।", "hi"),
        ("Kim ngạch xuất khẩu quý I ước đạt 12,5 tỷ USD, tăng 8,2% so với cùng kỳ.", "vi"),
        ("Exports of the province rose 8.2% from a year earlier, with textiles leading.", "en"),
        ("", "en"),
    ],
)
def test_script_and_words(text: str, expected: str) -> None:
    assert detect(text) == expected


def test_unaccented_vietnamese_is_not_taken_for_english() -> None:
    text = "Kim ngach xuat khau quy I uoc dat 12,5 ty USD, tang 8,2% so voi cung ky nam truoc."
    assert detect(text) == "vi"
    assert without_diacritics(text, "vi")


@pytest.mark.parametrize(
    "text",
    [
        "Đắk Lắk's exports climbed 9% in the second quarter, the Đắk Lắk Statistics Office said.",
        "Khánh Hòa collected 3,200 tỷ đồng from tourism in the first half, up 15% on the year.",
    ],
)
def test_english_that_keeps_vietnamese_names_is_english(text: str) -> None:
    assert detect(text) == "en"


def test_vietnamese_with_english_words_stays_vietnamese() -> None:
    # (Few marked letters among figures and acronyms, but its own function words.)
    text = "GRDP quý II tăng 7,1%; FDI đạt 450 triệu USD (foreign direct investment) và CPI tăng 3%."
    assert detect(text) == "vi"
