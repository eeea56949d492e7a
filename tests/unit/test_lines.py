"""Lines that link other reports are read past: their figures are those reports'."""

from __future__ import annotations

from services.extractor.engine import lexicon
from services.extractor.engine.lines import related_lines


def test_the_lines_that_open_with_a_word_of_a_link() -> None:
    text = (
        "Exports rose 5% in June.\nRelated: IIP growth slows to 3.1%\n - Read more: GST up 9%\nImports fell."
    )
    spans = related_lines(text, lexicon.load("en").related_words)
    assert [text[a:b] for a, b in spans] == ["Related: IIP growth slows to 3.1%", " - Read more: GST up 9%"]


def test_a_word_of_a_link_inside_a_line_is_no_link() -> None:
    text = "Xuất khẩu tăng 5%; xem thêm: số liệu chi tiết ở phụ lục."
    assert related_lines(text, lexicon.load("vi").related_words) == []


def test_no_words_no_lines() -> None:
    assert related_lines("यह भी पढ़ें: ...", ()) == []


def test_a_heading_of_links_takes_the_headlines_under_it() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 10 tháng ước tăng 9,2%.\nTin liên quan\n"
        "Xuất khẩu 10 tháng đạt 391 tỷ USD, tăng 16,2%\n\nGDP quý III tăng 8,23%\n"
        "Thu ngân sách 10 tháng đạt 1.900 nghìn tỷ đồng, bằng 97% dự toán năm."
    )
    spans = related_lines(text, lexicon.load("vi").related_words)
    assert [text[a:b] for a, b in spans] == [
        "Tin liên quan",
        "Xuất khẩu 10 tháng đạt 391 tỷ USD, tăng 16,2%",
        "GDP quý III tăng 8,23%",
    ]


def test_a_heading_in_english_stops_at_the_reports_own_sentence() -> None:
    text = "Related news\n- Binh Thuan's GRDP rises 5.2 percent in nine months\nExports rose 9.4% in October."
    spans = related_lines(text, lexicon.load("en").related_words)
    assert [text[a:b] for a, b in spans] == [
        "Related news",
        "- Binh Thuan's GRDP rises 5.2 percent in nine months",
    ]
