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


def test_a_bare_quarter_is_the_fiscal_years_in_a_text_that_counts_fiscal_years() -> None:
    from services.extractor.engine.periods import Period
    from services.extractor.engine.resolve import Frame, counts_fiscal, resolve

    lex = lexicon.load("en")
    (fy,) = _pers("in the second quarter of this fiscal year", "en")
    (q1,) = _pers("in the first quarter", "en")
    assert counts_fiscal(fy.data, lex) and not counts_fiscal(q1.data, lex)
    # A quarter with the fiscal quarter's months counts so; with the calendar one's, not.
    (fq3,) = _pers("in the third quarter (October-December)", "en")
    (cq3,) = _pers("in the third quarter (July-September)", "en")
    assert counts_fiscal(fq3.data, lex) and not counts_fiscal(cq3.data, lex)
    context = Period.months(2026, 7, 9)
    assert str(resolve(q1.data, lex, Frame(2026, 11, context, fiscal=True))) == "2026-04/2026-06"
    assert str(resolve(q1.data, lex, Frame(2026, 11, context))) == "2026-01/2026-03"
    # With no context yet, the fiscal year of the publication: January 2027 is in FY 2026-27.
    assert str(resolve(q1.data, lex, Frame(2027, 1, None, fiscal=True))) == "2026-04/2026-06"


def test_the_rest_of_the_year_runs_from_the_months_spoken_of_to_december() -> None:
    from services.extractor.engine.periods import Period
    from services.extractor.engine.resolve import Frame, resolve

    q1 = Period.months(2026, 1, 3)
    for text, lang in (
        ("các quý còn lại", "vi"),
        ("the remaining months", "en"),
        ("the rest of the year", "en"),
        ("शेष तिमाहियों", "hi"),
    ):
        (rest,) = _pers(text, lang)
        lex = lexicon.load(lang)
        assert str(resolve(rest.data, lex, Frame(2026, 4, q1))) == "2026-04/2026-12", text
        # With no months spoken of, from the publication's month (a report follows its months).
        assert str(resolve(rest.data, lex, Frame(2026, 7, None))) == "2026-07/2026-12", text
        # After December nothing of the year is left.
        assert resolve(rest.data, lex, Frame(2027, 1, Period.year(2026))) is None, text
    # A count of months or quarters left is the year's last ones, whatever was spoken of.
    for text, lang in (
        ("9 tháng còn lại", "vi"),
        ("3 quý còn lại", "vi"),
        ("the remaining nine months", "en"),
        ("the remaining three quarters", "en"),
        ("शेष नौ महीनों", "hi"),
        ("बाकी तीन तिमाहियों", "hi"),
    ):
        (rest,) = _pers(text, lang)
        assert str(resolve(rest.data, lexicon.load(lang), Frame(2026, 4, q1))) == "2026-04/2026-12", text
