"""The fallback for misspelt and unaccented indicator names."""

from schemas import RawReport
from services.extractor.contract import scored_view
from services.extractor.engine.extract import extract


def indicators(body: str) -> list[tuple[str, float | None]]:
    view = scored_view(extract(RawReport(id="x", body=body, published_at="2024-07-01T00:00:00Z")))
    return [(i["indicator"], i["value"]) for i in view["indicators"]]


def test_a_misspelt_multiword_name_is_found() -> None:
    assert indicators(
        "Trong 6 tháng đầu năm 2024, kim ngach xuât khấu của tỉnh ước đạt 120 triệu USD, tăng 5%."
    ) == [("exports", 120e6)]
    assert indicators(
        "In the first half of 2024, total retail sale of goods reached 5 billion USD, up 4%."
    ) == [("retail_sales", 5e9)]


def test_one_word_is_never_guessed() -> None:
    assert indicators("In the first half of 2024, the province experts counted 2 billion USD, up 4%.") == []
    assert indicators("In the first half of 2024, the hospital treated 2,000 patients, up 4%.") == []
    assert indicators("The company reported revenue of 1.2 billion USD in 2023, up 15% from 2022.") == []
