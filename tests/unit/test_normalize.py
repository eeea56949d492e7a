"""Normalisation: one character for one after NFC, so spans quote the text they point at."""

from __future__ import annotations

from services.extractor.engine.normalize import fold_accents, normalize


def test_html_entities_of_scraped_text_are_read() -> None:
    assert normalize("đạt&nbsp;3 tỷ USD &amp; tăng 5%") == "đạt 3 tỷ USD & tăng 5%"
    assert normalize("AT&T") == "AT&T"  # an ampersand that is no entity stays


def test_spaces_dashes_quotes_and_devanagari_digits() -> None:
    assert normalize("1\u202f00\u00a0USD \u2013 \u201cx\u201d") == '1 00 USD - "x"'
    assert normalize("निर्यात ५.६ प्रतिशत") == "निर्यात 5.6 प्रतिशत"


def test_a_typographic_space_between_digit_groups_is_a_thousands_separator() -> None:
    # (The groups join: the number grammar then reads "1250,5" and "1234567" as written.)
    assert normalize("đạt 1\u202f250,5 tỷ đồng") == "đạt 1250,5 tỷ đồng"
    assert normalize("US$1\u00a0234\u2009567") == "US$1234567"
    # Not a group of two or four digits, nor a plain space: those stay apart.
    assert normalize("12\u00a01234 và 5\u00a012") == "12 1234 và 5 12"
    assert normalize("năm 2024\u00a0100 doanh nghiệp") == "năm 2024 100 doanh nghiệp"  # a year, a count
    assert normalize("năm 2024 100 doanh nghiệp") == "năm 2024 100 doanh nghiệp"


def test_a_line_break_inside_a_sentence_is_a_space() -> None:
    assert normalize("xuất khẩu\nđạt 3 tỷ USD.\nNhập khẩu") == "xuất khẩu đạt 3 tỷ USD.\nNhập khẩu"


def test_nfc_and_accent_folding_keep_one_character_for_one() -> None:
    decomposed = "Xua\u0302\u0301t kha\u0302\u0309u"  # "Xuất khẩu" typed with combining marks
    assert normalize(decomposed) == "Xuất khẩu"
    assert fold_accents("Xuất khẩu") == "Xuat khau"
    assert len(fold_accents("Đồng Nai")) == len("Đồng Nai")


def test_a_legacy_font_conjunct_is_written_as_unicode_writes_it() -> None:
    legacy = "आगमन में 11.9 प्रतिशत की वृध्दि हुई"
    assert normalize(legacy) == "आगमन में 11.9 प्रतिशत की वृद्धि हुई"
    assert len(normalize(legacy)) == len(legacy)


def test_a_letter_nfc_writes_with_its_nukta_composed_reads_without_it() -> None:
    typed = "फ\u0931वरी में 6.4 फीसदी"  # "फऱवरी": the nukta on the wrong letter, composed by NFC
    assert normalize(typed) == "फरवरी में 6.4 फीसदी"
    assert normalize("र\u093cवरी") == "रवरी"  # the same typed as letter and sign


def test_a_count_of_months_glued_to_its_word_is_read_apart() -> None:
    assert normalize("GRDP 6tháng ước tăng 7%") == "GRDP 6 tháng ước tăng 7%"
    assert normalize("tháng 9 tăng 2%") == "tháng 9 tăng 2%"


def test_a_zero_after_a_devanagari_letter_marks_an_abbreviation() -> None:
    assert normalize("कुल रू० 18997.86 करोड") == "कुल रू. 18997.86 करोड"
    assert normalize("कुल रू0 500 करोड") == "कुल रू. 500 करोड"
    # Digits stay digits: a zero inside a number, or a number glued to a word.
    assert normalize("वर्ष २०२५ में 10 करोड") == "वर्ष 2025 में 10 करोड"
    assert normalize("सन2020 में") == "सन2020 में"


def test_a_devanagari_abbreviation_written_with_dots_reads_without_them() -> None:
    assert normalize("जी.एस.टी. का राजस्व") == "जीएसटी का राजस्व"
    assert normalize("आर.बी.आई. ने कहा") == "आरबीआई ने कहा"
    # One dotted part is a title, and a decimal or a full stop is no abbreviation.
    assert normalize("डॉ. सिंह") == "डॉ. सिंह"
    assert normalize("58.37 अरब डॉलर.") == "58.37 अरब डॉलर."
