"""The gazetteer's places: the region a text names and the countries it speaks of."""

from __future__ import annotations

import pytest

from services.extractor.engine.region import countries_named, find_region, names_provinces, regions_in


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("India's GDP grew 8.2% in Q2", {"IN"}),
        ("Karnataka's own tax revenue rose 11%", {"IN"}),  # a state names its country
        ("भारत की जीडीपी दूसरी तिमाही में बढ़ी", {"IN"}),
        ("Bình Dương thu hút 2,1 tỷ USD vốn FDI", {"VN"}),
        ("Vietnam's exports to India rose", {"IN", "VN"}),
        # Words that say only "the country" tell no reader which one.
        ("देश की जीडीपी दूसरी तिमाही में बढ़ी", set()),
        ("Tính chung cả nước, GDP tăng 7,85%", set()),
        # (Inside a longer word, no name: "Indiana".)
        ("Indiana's output rose", set()),
    ],
)
def test_countries_a_text_names(text: str, codes: set[str]) -> None:
    assert countries_named(text) == codes


def test_the_first_province_named_is_the_text_s_region() -> None:
    assert find_region("Quảng Ninh và Hải Phòng tăng trưởng cao") == "Quảng Ninh"
    assert find_region("India's GDP grew 8.2%") == "India"
    assert [r for _, _, r in regions_in("Hanoi and Karnataka", 0, 19)] == ["Hà Nội", "Karnataka"]


def test_a_text_of_provinces() -> None:
    assert names_provinces("प्रांत की जीडीपी दूसरी तिमाही में बढ़ी")
    assert names_provinces("The province's exports rose")
    assert not names_provinces("Karnataka's own tax revenue rose 11%")
