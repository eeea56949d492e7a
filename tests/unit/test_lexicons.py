"""The lexicon files themselves: shape, ids, patterns, and no conflicting readings."""

from importlib import resources

import pytest
import yaml

from schemas import RawReport
from schemas.indicators import INDICATORS
from services.extractor.engine import lexicon
from services.extractor.engine.extract import extract
from services.extractor.engine.normalize import NUKTA, normalize
from services.extractor.engine.tokens import _period_matches

CONTRACT_IDS = set(INDICATORS)
LANGS = lexicon.available_languages()
REQUIRED = (
    "language",
    "thousands_sep",
    "scales",
    "units_after",
    "percent",
    "cues",
    "periods",
    "indicators",
    "tasks",
    "period_anchors",
    "conjunctions",
)


def raw(lang: str) -> dict:
    return yaml.safe_load(
        resources.files("services.extractor.lexicons").joinpath(f"{lang}.yaml").read_text("utf-8")
    )


def test_the_three_first_languages_are_there() -> None:
    assert {"vi", "en", "hi"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_shape(lang: str) -> None:
    data = raw(lang)
    for key in REQUIRED:
        assert key in data, f"{lang}.yaml lacks {key}"
    assert data["thousands_sep"] in (".", ",")
    assert set(data["indicators"]) <= CONTRACT_IDS, set(data["indicators"]) - CONTRACT_IDS
    for kind in ("growth_up", "growth_down", "plan", "yoy", "compare", "target"):
        assert kind in data["cues"], f"{lang}: no {kind} cues"


@pytest.mark.parametrize("lang", LANGS)
def test_compiles_and_every_period_pattern_has_an_anchor(lang: str) -> None:
    lex = lexicon.load(lang)  # raises LexiconError on a pattern without an anchor or a bad regex
    assert lex.period_families and lex.automaton is not None
    folded = lexicon.load(lang, folded=True)
    assert folded.language == lang


@pytest.mark.parametrize("lang", LANGS)
def test_a_phrase_names_one_indicator(lang: str) -> None:
    seen: dict[str, str] = {}
    for ind, entries in raw(lang)["indicators"].items():
        for e in entries:
            for phrase in lexicon.spelled_out((e if isinstance(e, str) else e["phrase"]).lower()):
                assert seen.setdefault(phrase, ind) == ind, (
                    f"{lang}: {phrase!r} is both {seen[phrase]} and {ind}"
                )
    blockers = {v.lower() for b in raw(lang).get("blockers", []) for v in lexicon.spelled_out(b)}
    assert not blockers & set(seen), f"{lang}: both indicator and blocker: {blockers & set(seen)}"


@pytest.mark.parametrize("lang", LANGS)
def test_scales_and_units_are_sane(lang: str) -> None:
    data = raw(lang)
    assert all(float(v) >= 1000 for v in data["scales"].values())
    units = set(data["units_after"].values()) | set((data.get("units_before") or {}).values())
    assert all(u == "count" or u in {"tonne", "kWh"} or (len(u) == 3 and u.isupper()) for u in units), units


@pytest.mark.parametrize("lang", LANGS)
def test_fraction_words_and_prefixes_are_small_and_apart(lang: str) -> None:
    data = raw(lang)
    fractions = data.get("fraction_words") or {}
    prefixes = data.get("number_prefixes") or {}
    assert all(0 < float(v) < 10 and not float(v).is_integer() for v in fractions.values()), fractions
    assert all(-1 < float(v) < 1 for v in prefixes.values()), prefixes
    whole = set(data.get("number_words") or {})
    assert not (set(fractions) | set(prefixes)) & whole  # a word is read one way


def test_a_missing_language_is_a_clear_error() -> None:
    with pytest.raises(lexicon.LexiconError, match="no lexicon"):
        lexicon.load("xx")


def test_a_pattern_that_matches_an_anchor_by_itself_is_tried_at_it() -> None:
    # r"\bq(?P<q>[1-4])" names no anchor word, yet "q1" is one: "Q1 of FY26" must be read
    # even when a year-less fiscal mention follows ("q1 fy27" glued is one mention, fy_part).
    lex = lexicon.load("en")
    low = "fdi rose 11% in q1 of fy27."
    found = [m.group() for m in _period_matches(low, lex)]
    assert found == ["q1", "fy27"]
    assert [m.group() for m in _period_matches("fdi rose 11% in q1 fy2027.", lex)] == ["q1 fy2027", "fy2027"]


def test_a_lexicon_typed_in_another_unicode_form_reads_as_the_texts_are() -> None:
    # "बढ़कर" typed with the precomposed nukta letter U+095D, or in NFC (ढ plus a combining
    # nukta), or without the nukta: texts are matched in NFC without the nukta, so all three
    # read the same.
    for typed in ("\u092c\u095d\u0915\u0930", "\u092c\u0922\u093c\u0915\u0930", "\u092c\u0922\u0915\u0930"):
        data = lexicon.parse_lexicon(f"language: hi\nwords: [{typed}]", "hi")
        assert data["words"] == ["\u092c\u0922\u0915\u0930"]
        assert data["words"] == [normalize(typed)]


def test_a_lexicon_must_name_its_language() -> None:
    with pytest.raises(lexicon.LexiconError):
        lexicon.parse_lexicon("language: en\n", "hi")


def test_a_key_given_twice_with_other_values_is_a_clear_error() -> None:
    # Plain YAML keeps the last of two lists under one name: the first would be lost unseen.
    with pytest.raises(lexicon.LexiconError, match="'hedges' is given twice"):
        lexicon.parse_lexicon("language: en\nhedges: [about]\nhedges: [nearly]\n", "en")
    with pytest.raises(lexicon.LexiconError, match="given twice"):
        lexicon.parse_lexicon("language: en\ncues:\n  yoy: [a]\n  yoy: [b]\n", "en")
    # The same value twice is one: "हज़ार" and "हजार" are one key once the nukta is gone.
    data = lexicon.parse_lexicon("language: hi\nscales: {हज़ार: 1000, हजार: 1000}\n", "hi")
    assert data["scales"] == {"हजार": 1000}


def test_hindi_reads_the_same_with_or_without_its_nukta() -> None:
    lex = lexicon.load("hi")
    assert not [p for p in lex.phrases if NUKTA in p], "phrases are kept as texts are matched"
    with_nukta = "अक्टूबर में निर्यात पिछले साल के मुक़ाबले 12 फ़ीसदी ज़्यादा बढ़कर 38 अरब डॉलर रहा।"
    plain = with_nukta.replace(NUKTA, "")
    assert plain != with_nukta
    facts = [
        [
            (f.indicator, f.period, f.value, f.growth_pct)
            for f in extract(
                RawReport(id="n", body=body, language="hi", published_at="2026-11-15T00:00:00Z")
            ).facts
        ]
        for body in (with_nukta, plain)
    ]
    assert facts[0] == facts[1] == [("exports", "2026-10/2026-10", 38e9, 12.0)]


def test_a_phrase_with_choices_spells_out_every_way_it_can_be_said() -> None:
    assert sorted(lexicon.spelled_out("{exceeding|beating} the {|annual }plan by")) == [
        "beating the annual plan by",
        "beating the plan by",
        "exceeding the annual plan by",
        "exceeding the plan by",
    ]
    assert lexicon.spelled_out("no  choice here") == ["no choice here"]


def test_a_phrase_with_too_many_choices_is_a_clear_error() -> None:
    with pytest.raises(lexicon.LexiconError, match="more than"):
        lexicon.spelled_out("{a|b|c|d}" * 6)


def test_a_phrase_with_choices_matches_each_of_its_spellings() -> None:
    lex = lexicon.load("en")
    for text in ("exceeding the yearly target by", "topped its budget estimate by"):
        found = lexicon.find_phrases(lex, text)
        assert any(e.category == "cue" and e.value == "plan.before" for _, _, es in found for e in es), text


def test_a_word_spelt_otherwise_is_known_in_every_phrase_that_holds_it() -> None:
    lex = lexicon.load("en")
    for text in ("export turnover", "export turn-over", "export turn over"):
        found = lexicon.find_phrases(lex, text)
        assert any(e.category == "indicator" and e.value == "exports" for _, _, es in found for e in es), text
    # (Only as a whole word: a word that merely holds it is left as it is.)
    assert lexicon._spelt_otherwise("turnovers rose", {"turnover": ["turn over"]}) == ["turnovers rose"]


def test_place_in_a_phrase_stands_for_every_province_and_state_of_the_gazetteer() -> None:
    lex = lexicon.load("vi")
    for text in ("kinh tế hà tĩnh", "kinh tế đà nẵng", "kinh tế ha tinh"):
        found = lexicon.find_phrases(lex, text)
        assert any(
            e.category == "indicator" and e.value == "grdp" and e.rate for _, _, es in found for e in es
        ), text
    # (A country is not one: "Việt Nam" is among the gazetteer's countries.)
    assert "Việt Nam" not in lexicon.place_names() and "Hà Tĩnh" in lexicon.place_names()


def test_place_in_a_word_list_stands_for_every_province_and_state_too() -> None:
    subjects = lexicon.load("hi").place_subjects
    assert "प्रांत ने" in subjects and "डोंग नाई ने" in subjects and "महाराष्ट्र ने" in subjects
    assert not any("{" in w or "place" in w for w in subjects)


def test_a_mapping_key_with_choices_maps_each_of_its_spellings() -> None:
    units = lexicon.load("hi").units_after
    for word in ("आगंतुक", "विदेशी आगंतुकों", "अंतरराष्ट्रीय पर्यटक"):
        assert units[word] == "count", word
    assert not any("{" in k or "|" in k for k in units)


@pytest.mark.parametrize("lang", LANGS)
def test_a_word_that_is_an_anchor_and_a_month_name_anchors_both(lang: str) -> None:
    lex = lexicon.load(lang)
    anchors = {str(w).lower() for w in raw(lang).get("period_anchors", [])}
    for word in anchors & set(lex.month_names):
        [(_, (_, families))] = list(lex.period_anchors.iter(word))[-1:]
        assert word in families and lexicon.MONTH_ANCHOR in families, (lang, word, families)


@pytest.mark.parametrize("lang", LANGS)
def test_a_word_of_tasks_not_done_is_no_word_of_done(lang: str) -> None:
    # A word in both lists would void every count of tasks done in the language.
    lex = lexicon.load(lang)
    assert lex.task_not_done, f"{lang}: no words of tasks not done"
    assert not {w.lower() for w in lex.task_done} & set(lex.task_not_done)


@pytest.mark.parametrize("lang", LANGS)
def test_each_deadline_pattern_is_searched_on_its_own(lang: str) -> None:
    # One alternation of them would lose each one's literal scan on a long text (see lexicon).
    lex = lexicon.load(lang)
    # (A language may borrow another's patterns too: Hindi texts write English dates.)
    assert len(lex.deadline_res) >= len(raw(lang)["tasks"]["deadline"]) > 0


def _lists_with_repeats(node: object, path: str) -> list[str]:
    """Where a list in the lexicon names the same plain entry twice (case aside)."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _lists_with_repeats(value, f"{path}/{key}")
    elif isinstance(node, list):
        seen: set[str] = set()
        for item in node:
            if isinstance(item, dict | list):
                out += _lists_with_repeats(item, path)
                continue
            word = str(item).lower()
            if word in seen:
                out.append(f"{path}: {word!r}")
            seen.add(word)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_no_list_names_an_entry_twice(lang: str) -> None:
    # A repeat reads the same, so it hides an edit made to one copy and not the other; read as
    # the texts are matched, where "ज़्यादा" and "ज्यादा" are one word.
    assert _lists_with_repeats(lexicon.load_data(lang), lang) == []


def _scalars_not_words(node: object, path: str) -> list[str]:
    """Where a list holds a YAML boolean or null: an unquoted on/off/yes/no/null is read so,
    not as the word."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _scalars_not_words(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool) or item is None:
                out.append(f"{path}: {item!r}")
            else:
                out += _scalars_not_words(item, path)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_entry_is_a_word(lang: str) -> None:
    # YAML reads an unquoted "on" as true: the lexicon would hold the word "true" instead.
    assert _scalars_not_words(raw(lang), lang) == []


def _phrases_said_twice(entries: list[object]) -> list[str]:
    """Phrases two entries of one list both spell out (a hyphen read as a space, as the phrase
    automaton reads it)."""
    owner: dict[str, str] = {}
    out: list[str] = []
    for e in entries:
        text = str(e["phrase"] if isinstance(e, dict) else e).lower()
        for said in {lexicon.unhyphenated(w) for w in lexicon.spelled_out(text)}:
            if said in owner and owner[said] != text:
                out.append(f"{said!r}: {owner[said]!r} and {text!r}")
            owner.setdefault(said, text)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_no_phrase_is_spelled_out_by_two_entries(lang: str) -> None:
    # The indicator and blocker lists feed the phrase automaton alone: a phrase two entries
    # spell out (choices overlapping, or the same words hyphenated) is one entry too many.
    data = raw(lang)
    lists = [*(data.get("indicators") or {}).values(), data.get("blockers") or []]
    assert [said for entries in lists for said in _phrases_said_twice(entries)] == []


def test_a_run_of_spaces_reads_as_one_and_spans_stay_the_texts() -> None:
    lex = lexicon.load("vi")
    text = "tổng kim ngạch xuất - nhập khẩu và   xuất khẩu"
    said = {text[a:b] for a, b, _ in lexicon.find_phrases(lex, text)}
    # The total trade is read whole across its spaced dash, and the spans quote the text itself.
    assert "tổng kim ngạch xuất - nhập khẩu" in said
    assert "xuất khẩu" in said


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_task_fractions_are_proper_shares_with_hedges_beside_them(lang: str) -> None:
    # "two-thirds of its 30 key tasks" counts 20 done: each share below one whole, and the words
    # that make one a bound ("more than half") listed with them.
    lex = lexicon.load(lang)
    assert lex.task_fractions and lex.task_fraction_hedges
    for words, (n, d) in lex.task_fractions.items():
        assert 0 < n < d, (lang, words)
