"""Evidence quotes stay bounded however long the sentence (a list with no full stop)."""

from __future__ import annotations

from schemas import RawReport
from services.extractor.engine.evidence import QUOTE_REACH, quote_sentence, quote_span
from services.extractor.engine.extract import extract
from services.extractor.engine.sentences import split_sentences


def test_a_short_sentence_is_quoted_whole() -> None:
    text = "  Exports rose 5% in May.  "
    assert quote_sentence(text, 0, len(text), 2, 9) == "Exports rose 5% in May."
    assert quote_span(text, 2, 9) == "Exports"


def test_a_long_sentence_is_quoted_around_the_figure() -> None:
    text = "a " * 2000 + "FIGURE" + " b" * 2000
    start = text.index("FIGURE")
    quoted = quote_sentence(text, 0, len(text), start, start + 6)
    assert "FIGURE" in quoted
    assert quoted.startswith("…") and quoted.endswith("…")
    assert len(quoted) <= 2 * QUOTE_REACH + 6 + 2


def test_a_wide_span_keeps_its_ends() -> None:
    text = "x" * 5000
    quoted = quote_span(text, 0, 5000)
    assert len(quoted) == 2 * QUOTE_REACH + 3 and " … " in quoted


def test_every_fact_of_a_long_list_quotes_a_bounded_sentence() -> None:
    body = "Trong tháng 5/2024, " + "kim ngạch xuất khẩu đạt 5 tỷ USD, tăng 5%, " * 400
    out = extract(RawReport(id="long", body=body, language="vi"))
    assert out.facts
    assert all(len(f.evidence.sentence) <= 2 * QUOTE_REACH + 40 for f in out.facts)


def test_a_figure_far_from_its_indicator_quotes_both_ends_only() -> None:
    text = "EXPORTS " + "a " * 5000 + "FIGURE" + " b" * 2000
    start, end = 0, text.index("FIGURE") + 6
    quoted = quote_sentence(text, 0, len(text), start, end)
    assert quoted.startswith("EXPORTS") and "FIGURE" in quoted and " … " in quoted
    assert len(quoted) <= 4 * QUOTE_REACH + 8


def test_a_gloss_or_an_example_does_not_end_the_sentence() -> None:
    text = "The deficit, i.e. the gap, grew; some goods, e.g. rice, fell. Exports rose."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The deficit, i.e. the gap, grew; some goods, e.g. rice, fell.",
        "Exports rose.",
    ]
