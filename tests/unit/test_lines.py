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
