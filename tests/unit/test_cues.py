"""What the words next to a percentage say about it (pure, no broker)."""

from __future__ import annotations

from schemas import RawReport
from services.extractor.engine import lexicon
from services.extractor.engine.cues import classify_percentages
from services.extractor.engine.extract import extract
from services.extractor.engine.tokens import Token, tokenize, tokens_from


def _roles(text: str, lang: str) -> list[tuple[float, str]]:
    lex = lexicon.load(lang)
    toks = tokenize(text, lex)
    classify_percentages(toks, text, lex)
    return [(t.data["value"], t.data["role"]) for t in toks if t.kind == "pct"]


def test_a_bare_rate_joined_by_and_shares_its_neighbours_role() -> None:
    assert _roles("exports rose 2.2% against June and 8.1% year on year", "en") == [
        (2.2, "growth_up"),
        (8.1, "growth_up"),
    ]


def test_a_bare_rate_takes_no_role_across_a_word_of_contrast() -> None:
    for text, lang in [
        ("widgets (15.3%) held steady while gadgets dropped 2.1%", "en"),
        ("sản phẩm A (15,3%) giữ nguyên trong khi sản phẩm B giảm 2,1%", "vi"),
    ]:
        assert _roles(text, lang) == [(15.3, "bare"), (2.1, "growth_down")], text


def test_tokens_from_reads_the_slice_it_names_without_copying_the_list() -> None:
    toks = [Token("val", k, k + 1, str(k)) for k in range(5)]
    assert [t.text for t in tokens_from(toks, 2)] == ["2", "3", "4"]
    assert [t.text for t in tokens_from(toks, 1, 3)] == ["1", "2"]
    assert list(tokens_from(toks, 5)) == []


def test_a_word_of_change_past_a_comparison_is_not_the_rate_compared_with() -> None:
    # "less than July's 3.5%": the comparison ends the rate's own words.
    assert _roles("जो जुलाई के 3.5 प्रतिशत की तुलना में कम है", "hi") == [(3.5, "bare")]
    assert _roles("उत्पादन 3.5 प्रतिशत कम हुआ", "hi") == [(3.5, "growth_down")]


def test_a_months_possessive_rate_is_no_base_of_the_rate_before() -> None:
    report = RawReport(
        id="x",
        title="",
        body="Factory output rose 2.7 per cent in August, lower than July's 3.5 per cent.",
        published_at="2026-09-14T00:00:00Z",
    )
    facts = {f.period: f for f in extract(report).facts}
    assert facts["2026-08/2026-08"].growth_base == "yoy"  # July is the other rate's, no base
    assert facts["2026-07/2026-07"].growth_pct == 3.5
