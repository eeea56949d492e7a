"""Period mentions side by side fold into one, up to a handful (a longer chain is a list)."""

from __future__ import annotations

from services.extractor.engine import lexicon
from services.extractor.engine.period_mentions import MAX_PARTS, merge_adjacent_periods
from services.extractor.engine.tokens import tokenize


def _pers(text: str, lang: str) -> list:
    lex = lexicon.load(lang)
    return [t for t in merge_adjacent_periods(tokenize(text, lex), text, lex) if t.kind == "per"]


def test_two_mentions_fold_into_one() -> None:
    (merged,) = _pers("xuất khẩu 6 tháng đầu năm của năm 2024 đạt 5 tỷ USD", "vi")
    assert merged.data["kind"] == "merged" and len(merged.data["parts"]) == 2


def test_a_long_chain_is_cut_into_mentions_of_a_few_parts() -> None:
    text = "tháng 5 năm 2024 " * 40
    pers = _pers(text, "vi")
    assert len(pers) > 1
    assert all(len(p.data.get("parts", [p.data])) <= MAX_PARTS for p in pers)
