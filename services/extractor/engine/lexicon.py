"""Loads a language's lexicon file and compiles it into matchers.

All per-language knowledge is in ``services/extractor/lexicons/<lang>.yaml``; this module
only knows the file's shape. Adding a language is adding a file (and its spec corpus).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import regex
import yaml

from services.extractor.engine.normalize import NUKTA, fold_accents, is_word_char
from services.extractor.engine.pattern_anchors import first_chars, reach, required_anchor, split_alternatives
from services.extractor.engine.trie_regex import trie_pattern

# Phrase categories the tokenizer understands. "before"/"after" say on which side of the
# percentage the cue stands.
CUE_KINDS = (
    "growth_up.before",
    "growth_up.after",
    "growth_down.before",
    "growth_down.after",
    "ratio.before",
    "ratio.after",
    "plan.before",
    "plan.after",
    "plan_over.after",
    "plan_under.after",
    "plan_vs.after",
    "share.before",
    "yoy",
    "compare",
    "reference",
    "target",
    "per_unit",
    "average",
    "respectively",
    "multiple",
    "change.before",
    "change.after",
    "rise_from",
    "level.before",
    "approx",
    "exceed.before",
    "aspect",
    "rate.before",
    "rate.after",
    "target_after",
    "stock",
    "excluding",
    "other_base",
    "prev_base",
    "forecast",
    "forecast_after",
    "forecaster_after",
    "threshold",
)

MONTH_ANCHOR = "<month>"
YEAR_ANCHOR = "<year>"
PERIOD_REACH = 28  # the farthest a period mention may start before its anchor ("2024 के पहले छह")
REGEX_TIMEOUT = 1.0  # seconds; a pathological input fails fast instead of stalling a worker


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Phrase:
    category: str  # "indicator", "block", "cue", "unit", "unit_before", "scale", "percent", "task_*"
    value: Any  # indicator id, cue kind, unit code, multiplier...
    sign: int = 1
    rate: bool = False
    plan_share: bool = False  # a bare percentage of it is a share of the plan ("tỷ lệ giải ngân")
    part: bool = False  # a part of the indicator's total ("khách quốc tế", "domestic arrivals")
    # A breakdown of the total another way ("khách lưu trú"): beside the total of its months,
    # no figure of the indicator; alone, the figure the text gives of it.
    breakdown: bool = False
    # A place named as what grows ("the province grew"): none after a word that makes the place
    # the owner of something named before it ("Exports of the province grew").
    subject: bool = False


@dataclass
class Lexicon:
    language: str
    thousands_sep: str
    compare_follows: bool
    opening_during: frozenset[str]  # "[Over] the first 10 months, ...": a period's own at an opening
    target_follows: bool
    value_of: set[str]
    own_period_words: tuple[str, ...]
    conjunctions: tuple[str, ...]
    contrast_words: tuple[str, ...]  # end a goal's clause with no comma ("... the target of 8% but")
    given_to: tuple[str, ...]  # "[a sector] contributed $98 billion [to] exports": a part given
    forecast_nouns: tuple[str, ...]  # "[while] the retail inflation projection ...": a forecast again
    goal_ends: tuple[str, ...]  # end a goal's clause after a comma ("..., after 7.8% this year")
    goal_opens_after: tuple[str, ...]  # "... 6.2 प्रतिशत बढ़ने [के बाद] ... 8 प्रतिशत का लक्ष्य": not the goal's
    place_subjects: tuple[str, ...]  # "[डोंग नाई ने] 9.4 प्रतिशत की वृद्धि दर्ज की": a place's growth
    compared_copulas: tuple[str, ...]  # "8.1 प्रतिशत से अधिक [है]": a figure compared with, no bound
    capital_allotted: tuple[str, ...]  # "[Tổng vốn đầu tư công] năm 2026 là ...": the plan's amount
    goal_copulas_after: tuple[str, ...]  # "... पूंजी 7,140 अरब वीएनडी [है];": a plan's word of "is" after it
    alone_words: tuple[str, ...]  # beside a period, make it a part of the text's ("in June alone")
    this_year_words: tuple[str, ...]  # "this year", "năm nay": in a part of it, the report's year
    since_before: tuple[str, ...]  # "the lowest since [June 2017]": a time long before the report
    since_after: tuple[str, ...]  # "[जून 2017] के बाद से सबसे कम": the same, said after the time
    past_perfect_words: tuple[str, ...]  # "had grown 4.2% in January 2024": a time before the report's
    growth_bases: frozenset[str]  # "(5% yoy)": a bare rate right before one is a growth
    caption_words: tuple[str, ...]  # mark a photo caption's line ("FILE PHOTO", "Ảnh:")
    related_words: tuple[str, ...]  # open a line that links another report ("Xem thêm:", "Related:")
    change_after: frozenset[str]  # a word right after an amount that makes it a change ("more")
    implied_currency: dict[str, str]  # indicator -> the currency its sums go without saying
    scale_currency: dict[str, str]  # scale word -> the currency it implies ("crore": INR)
    deficit_words: tuple[str, ...]  # a balance named without its sign is a deficit after these
    growth_in: frozenset[str]  # between a rate and an indicator: its change ("decline in")
    result_words: tuple[str, ...]  # a heading of what was done ("Kết quả thực hiện kế hoạch:")
    compared_estimates: tuple[str, ...]  # "over the [revised estimates] for 2025-26": a figure compared with
    clause_words: tuple[str, ...]  # open a clause whose period is not the figures' ("as", "vì")
    anaphora: tuple[str, ...]
    count_anaphora: tuple[str, ...]  # refer back to the last count named ("numbers", "số lượng")
    share_words: tuple[str, ...]  # open what an indicator includes ("including", "bao gồm")
    share_only: tuple[str, ...]  # words of share that refer back to nothing by themselves ("of this")
    having_words: frozenset[str]  # a sub-topic's own indicator after it ("mặt hàng [có] kim ngạch")
    trade_wholes: tuple[str, ...]  # total trade: its two sides named after it are their own
    result_verbs: tuple[str, ...]  # an item of a list that says what was done, no goal
    level_after: tuple[str, ...]  # "आईआईपी 0.4% [रहा]": a verb-final language's "was" after the rate
    level_to: tuple[str, ...]  # "fell in May [to] 5.2%": the level reached
    figure_verbs: tuple[str, ...]  # "cùng kỳ năm trước [đạt] 31,5%": between a period and its figure
    base_years_links: tuple[str, ...]  # "so với quý I [các năm] giai đoạn 2020-2025": years of a base
    goal_subjects: tuple[str, ...]  # "quý IV [tỉnh] phải đạt 10,2%": who must reach a part's goal
    against_period_joins: frozenset[str]  # "24 per cent [on] the same period last year"
    comparatives: tuple[str, ...]  # "[5.42 लाख पर्यटकों] से 13.4 प्रतिशत [अधिक]": compared with the amount
    period_copulas: tuple[str, ...]  # "[mức tăng] cùng kỳ 2023 [là] 4,4%": the period of the figure after
    part_origins: dict[str, str]  # "domestic": home, "foreign": abroad (a part's origin)
    own_short_names: tuple[str, ...]  # "GST": a short name no other topic shares, named by its amount
    period_possessives: tuple[str, ...]  # "सितंबर [के] 4.0 प्रतिशत": the period owns the figure after
    of_the_total: tuple[str, ...]  # "accounted for 76.5 percent [of the total]": the share of a total
    gloss_words: tuple[str, ...]  # "trade deficit, [i.e.] the gap between imports and exports"
    country_words: tuple[str, ...]  # "of total registered FDI [in the country]": the nation's whole
    include_words: tuple[str, ...]  # "core industries [that include] ... electricity": what a sub-topic holds
    goal_nouns_before: tuple[str, ...]  # "[Dự toán] thu ngân sách năm 2024 là ...": the plan of it
    goal_copulas: tuple[str, ...]  # "Dự toán thu ngân sách năm 2024 [là] 15.000 tỷ đồng"
    planned_after: tuple[str, ...]  # "72.87% of the ₹2.84 lakh crore [projected] ...": the plan's amount
    mark_nouns: tuple[str, ...]  # "crossed ₹1.5 lakh crore [mark]": the amount is a mark passed
    size_articles: tuple[str, ...]  # "[a] $1 trillion economy": an amount sizing the noun after it
    goal_reached: tuple[str, ...]  # "mục tiêu đón 6,5 triệu lượt khách ... [đã đạt] hơn 82%": done of it
    origin_words: tuple[str, ...]  # "visitors [from] South Korea": an indicator's part, after it
    some_of: tuple[str, ...]  # "the IIP [of some key industries]": the index of a few branches
    back_subjects: tuple[str, ...]  # "[the sector] aims for growth of 12%": what was named before
    having_after: tuple[str, ...]  # "... की कुल पूंजी [वाली] 15 परियोजनाएं": the capital of what follows
    negative_before: frozenset[str]  # "[negative] $2.37 billion": the amount is below zero
    released_before: tuple[str, ...]  # "the estimate [released] last month": when, not of what
    belonging_words: frozenset[str]  # "doanh nghiệp mới [thuộc] khu vực ...": the sub-topic's
    owner_after: frozenset[str]  # "registered employees [of] new firms": the sub-topic's owner after
    received_words: tuple[str, ...]  # "X करोड़ रुपए राजस्व [मिला]": the amount received is of it
    same_as_before: tuple[str, ...]  # "[Corresponding] inflation rate ...": the measure just named
    share_after_whole: tuple[str, ...]  # "कुल GDP में 14% [का योगदान]": a share, its whole before
    share_of_whole: tuple[str, ...]  # "निर्यात कारोबार [का] 62% है": a rate right after, a share of it
    since_when: tuple[str, ...]  # "since May 2025, [when] it was 6.5%": a clause of that time
    goal_nouns: frozenset[str]  # "[amount] export target", "[राशि] का निर्यात लक्ष्य"
    capital_words: frozenset[str]  # money counted things hold ("vốn đăng ký [của doanh nghiệp mới]")
    streak_words: tuple[str, ...]  # a run of periods ("straight", "लगातार", "liên tiếp")
    perfect_after: tuple[str, ...]  # "... 7.59 अरब डालर रहा था": a clause of an earlier time
    relative_words: tuple[str, ...]  # "..., जो पिछले साल X थी": refers to the figure before
    gapped_change: tuple[str, ...]  # "..., and imports by 5.1%": a clause without its verb
    whole_after_part: tuple[str, ...]  # "disbursed X of the Y": Y is the whole, not a figure
    record_words: tuple[str, ...]  # a day's peak after its date ("एक जनवरी को सर्वाधिक")
    superlatives: tuple[str, ...]  # "the fastest growth this year": the year is what it is fastest of
    mark_before: tuple[str, ...]  # an amount said as a bound: "above", "trên" before it ...
    hedges: tuple[str, ...]  # "increased by [nearly] VND 26 trillion": words that hedge a change's amount
    change_from: tuple[str, ...]  # "[from] 5.5% to 8%": before a number, "X to Y" is a change, no range
    change_to: tuple[str, ...]  # "từ 5,5% [lên] 8%": between two figures, the second is the one moved to
    mark_after: tuple[str, ...]  # ... "के ऊपर", "से ज्यादा" after it
    threshold_after: frozenset[str]  # "1 tỷ USD [trở lên]", "$1 billion [or more]": a threshold
    threshold_before: tuple[str, ...]  # "[dưới ngưỡng] 100 triệu USD": a threshold
    bound_before: tuple[str, ...]  # "growth [above] 10 per cent" said of places counted
    counted_places: tuple[str, ...]  # "Six out of 34 [provinces]": what is counted
    out_of: tuple[str, ...]  # "Six [out of] 34 provinces"
    rate_joins: frozenset[str]  # join a rate to the rate indicator after it ("10% की विकास दर")
    share_of: frozenset[str]  # between an indicator and a share of it ("जीडीपी का 4.8 प्रतिशत")
    index_words: tuple[str, ...]  # an indicator named with one is an index with a level
    growth_alone: tuple[str, ...]  # growth with no indicator: in a goal, the economy's
    rate_of: tuple[str, ...]  # after a rate: a part or ratio of what follows ("98% of ...")
    plan_words: tuple[str, ...]  # a rate in brackets after one is the plan's ("the plan (8%)")
    count_aspects: frozenset[str]  # an aspect said before a rate that is the count itself
    estimate_words: tuple[str, ...]  # a figure said with one is a result, not a goal ("ước đạt")
    so_far_words: tuple[str, ...]  # "[so far]": a plan's share with no period, the year's so far
    expected_words: tuple[str, ...]  # "[ước] cả năm có 15 chỉ tiêu đạt": the year's whole, not so far
    owners_before: tuple[str, ...]  # "Exports [of] the province grew": the place owns, grows nothing
    than_words: tuple[str, ...]  # "than" between a period and a difference ("पिछले वर्ष से 5% अधिक")
    looking_back_before: tuple[str, ...]  # "..., [जो] सितंबर में 0.9 प्रतिशत थी": a clause looking back
    looking_back_after: tuple[str, ...]  # "..., जो सितंबर में 0.9 प्रतिशत [थी]"
    comparative_before: tuple[str, ...]  # "[thấp hơn] Bắc Ninh khoảng 870 triệu USD": by how much
    per_year_after: tuple[str, ...]  # "2,25%[/năm]": a rate a year, an average over years
    years_average_before: tuple[str, ...]  # "[average 5-year] growth reached 5.51%"
    scenario_words: tuple[str, ...]  # "thấp hơn [kịch bản] đề ra (8,1%)": a part's growth scenario
    must_words: tuple[str, ...]  # "quý IV [phải] tăng trưởng 10,1%": what a time must achieve
    combined_words: tuple[str, ...]  # "total exports (merchandise and services combined)"
    combined_totals: tuple[str, ...]  # "[total] imports" after one: the same combined measure
    nation_after: tuple[str, ...]  # "compared with 3.63 percent [nationwide]": the nation's figure
    estimate_nouns: tuple[str, ...]  # "वृद्धि दर के [अनुमान]": the named figure's estimate, no other thing
    level_articles: tuple[str, ...]  # "[the] 50.1 percent of the same period": that period's rate
    of_it_words: tuple[str, ...]  # "has disbursed 42% [of it]": of the plan just named
    place_words: tuple[str, ...]  # "[Tại] tỉnh lân cận, lượng khách ...": another place's figures
    nominal_words: tuple[str, ...]  # "GRDP ... [theo giá hiện hành] tăng 10,2%": growth at current prices
    real_words: tuple[str, ...]  # "[theo giá so sánh] tăng 6,5%": growth at constant prices
    grew_from: tuple[str, ...]  # "rose 11% [from] $42 billion in 2019 to ...": the figure moved from
    plan_year_links: tuple[str, ...]  # "of the target [set in the budget estimates] for 2015-16"
    of_words: tuple[str, ...]  # "of" before a short name: another's ("उद्योगों की वृद्धि दर")
    postpositions: tuple[str, ...]  # after "of", a way or means: "जीएसटी के जरिए" owns nothing
    earned_by: dict[str, str]  # what a count earns: money after visitors is tourism revenue
    earning_words: frozenset[str]  # name that money ("... 42.7 trillion VND in revenue")
    attribution_before: tuple[str, ...]  # "According to the NSO, ...": whose figures, no subject
    attribution_after: tuple[str, ...]  # "NSO के आंकड़ों के मुताबिक ...", the same said after
    year_possessive: tuple[str, ...]  # "The last year's GST collection during September": its month
    earnings_open: tuple[str, ...]  # a sentence opening with one, after visitors: what they earned
    earnings_links: frozenset[str]  # the only words between that and its amount ("was estimated at")
    earning_verbs: tuple[str, ...]  # ... or earn it ("earning 2.1 billion USD")
    value_heads: frozenset[str]  # "production value": the sectors named after it are outputs
    sector_values: dict[str, str]  # a sector whose output value is an indicator
    period_glue: frozenset[str]
    part_markers: tuple[str, ...]
    whole_words: frozenset[str]
    ellipsis: dict[str, tuple[str, ...]]
    # "Về du lịch, lượng khách ...": a topic's label opening a sentence, the indicators whose short
    # names there name them; the words that may open the label ("về", "hoạt động").
    topic_labels: dict[str, frozenset[str]]
    topic_openers: tuple[str, ...]
    number_words: dict[str, int]
    decimal_words: list[str]
    month_names: dict[str, int]
    ordinals: dict[str, int]
    scales: dict[str, float]
    units_after: dict[str, str]
    unit_factors: dict[str, float]  # a unit word that is a multiple of its unit ("GWh": 1e6 kWh)
    units_before: dict[str, str]
    task_scopes: dict[str, str]
    indicators: dict[str, list[Phrase]]
    automaton: Any = None  # ahocorasick.Automaton over lower-cased phrases
    period_anchors: Any = None  # substring automaton: anchor word -> (length, families)
    period_families: dict[str, Any] = field(default_factory=dict)  # family -> compiled patterns
    period_leading: dict[str, Any] = field(default_factory=dict)  # anchor -> patterns starting with it
    period_reach: dict[str, int] = field(default_factory=dict)  # anchor -> characters before it
    period_starts: dict[str, Any] = field(default_factory=dict)  # anchor -> where its patterns may begin
    fiscal_years: bool = False  # the language's news counts India's fiscal years (April to March)
    scale_re: Any = None
    unit_after_re: Any = None
    unit_before_re: Any = None
    after_number_re: Any = None  # groups pct / scale / unit
    range_re: Any = None  # between the two ends of a range of rates
    between_re: Any = None  # a word opening a range said "between X and Y", at the end of a text
    between_join_re: Any = None  # ... and what then joins its two ends
    bound_after_re: Any = None  # "से अधिक" between a number and its unit
    count_copula_re: Any = None  # "140,000 [were] international visitors": a copula, then a count's noun
    or_more_re: Any = None  # "or more" after a rate ("8% या उससे अधिक की जीआरडीपी वृद्धि दर")
    counted_places_re: Any = None  # "Six out of 34 provinces", "6/34 địa phương": places counted
    unit_before_ends: frozenset[str] = frozenset()  # last characters of the units written before
    number_automaton: Any = None  # number words ("hai", "three", "पांच")
    word_values: dict[str, float] = field(default_factory=dict)  # number and fraction words ("ढाई")
    prefix_re: Any = None  # words that shift the number after them ("साढ़े तीन" = 3.5)
    prefixes: dict[str, float] = field(default_factory=dict)
    half_re: Any = None  # "rưỡi" after a scale word: and a half of it
    decimal_re: Any = None  # "... दशमलव पांच" after a number word
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    # Phrases written out whole in the file (not spelled out from choices): the fuzzy
    # fallback compares with these only, a few hundred near-twins would only slow it.
    literal: set[str] = field(default_factory=set)
    fuzzy_phrases: list[tuple[str, str, int, bool]] | None = None  # see fuzzy.py
    fuzzy_keys: list[str] = field(default_factory=list)
    task_of: tuple[str, ...] = ()
    task_total_first: tuple[str, ...] = ()  # "of the 42 tasks ..., 30 were completed"
    task_total_said: tuple[str, ...] = ()  # "assigned 9,831 tasks ..." (those done said next)
    task_done_said: tuple[str, ...] = ()  # "... To date, they have completed 7,892 tasks"
    task_remainder: tuple[str, ...] = ()  # "The remaining three will be finished by ...": the rest
    task_goal_before: tuple[str, ...] = ()  # "[phấn đấu] hoàn thành 25/25 ...": a count set as a goal
    # Words of completion read only right before a count ("đạt 21/24 chỉ tiêu"): too common
    # elsewhere ("đạt 52% kế hoạch") to be tokens.
    task_done_before_count: tuple[str, ...] = ()
    task_not_done: tuple[str, ...] = ()  # "7/25 chỉ tiêu chưa đạt", "were not met": no completion
    # "two-thirds of its 30 key tasks", "30 कार्यों में से दो तिहाई": a share of the total done.
    task_fractions: dict[str, tuple[int, int]] = field(default_factory=dict)
    # "more than half of the 30 tasks", "आधे से अधिक": a share bounded, no count (either side).
    task_fraction_hedges: tuple[str, ...] = ()
    # "trước ngày 30/9/2024", "by September 30", "30 सितंबर तक": one pattern each (an
    # alternation of them would lose each one's fast literal scan on a long text).
    deadline_res: tuple[Any, ...] = ()
    # "8.3% in the third and 8.6% in the fourth", "तीसरी में 8.3%": a quarter said by its
    # ordinal alone, after one named in full (group p the mention, q the ordinal).
    ordinal_quarter_re: Any = None
    dateline_re: Any = None  # a full date ("Ngày 30/6/2024", "HANOI, July 5, 2024")
    dateline_day_re: Any = None  # a day with no year opening a report ("HANOI, Jan 6 (Reuters) -")
    task_nouns: tuple[str, ...] = ()
    task_done: tuple[str, ...] = ()
    task_noun_heads: tuple[str, ...] = ()  # each task noun and a space: a phrase it opens


def _alt(words: list[str] | dict[str, Any]) -> str:
    # A trie, not a flat list: the engine then tries one branch per character.
    return trie_pattern(str(w).lower() for w in words)


@lru_cache(maxsize=8)
def load_data(lang: str) -> dict[str, Any]:
    """A language's lexicon file as data (read once per process)."""
    try:
        text = resources.files("services.extractor.lexicons").joinpath(f"{lang}.yaml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"no lexicon for language {lang!r}") from exc
    return parse_lexicon(text, lang)


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping with another value (plain
    YAML keeps the last silently: a list added under a name already used would replace the
    first). The same value twice is fine: "हज़ार" and "हजार" are one key once the nukta goes."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=True)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if self.construct_object(value_node, deep=True) != mapping.get(key):
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} is given twice, with other values", key_node.start_mark
                )
        return mapping


def parse_lexicon(text: str, lang: str) -> dict[str, Any]:
    # Texts are matched in NFC and without the nukta (normalize.py): the lexicon is read the
    # same way, whatever form its editor typed ("बढ़कर", "बढकर").
    try:
        data = yaml.load(unicodedata.normalize("NFC", text).replace(NUKTA, ""), Loader=_UniqueKeyLoader)
    except yaml.constructor.ConstructorError as exc:
        raise LexiconError(f"lexicon {lang}.yaml: {exc}") from exc
    if not isinstance(data, dict) or data.get("language") != lang:
        raise LexiconError(f"lexicon {lang}.yaml must be a mapping with language: {lang}")
    return data


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    return tuple(
        sorted(
            p.name.removesuffix(".yaml")
            for p in resources.files("services.extractor.lexicons").iterdir()
            if p.name.endswith(".yaml") and not p.name.startswith("_")
        )
    )


@lru_cache(maxsize=16)
def load(lang: str, folded: bool = False) -> Lexicon:
    """The compiled lexicon; `folded` strips diacritics from every phrase and pattern, for
    text typed without them ("kim ngach xuat khau")."""
    data = load_data(lang)
    # A language may borrow another's phrases (English passages inside Hindi news).
    borrowed = [load_data(other) for other in data.get("include", [])]
    if folded:
        data, borrowed = _fold(data), [_fold(b) for b in borrowed]
    return _compile(data, borrowed)


_CHOICE = regex.compile(r"\{([^{}]*\|[^{}]*)\}")
MAX_VARIANTS = 1024  # a phrase with choices spells out to at most this many


PLACE = "{PLACE}"


@lru_cache(maxsize=1)
def place_names() -> str:
    """The gazetteer's provinces and states, every spelling, as one choice ("{An Giang|...}"):
    what "{PLACE}" in a lexicon phrase stands for ("kinh tế {PLACE}")."""
    text = resources.files("services.extractor.lexicons").joinpath("_gazetteer.yaml").read_text("utf-8")
    text = unicodedata.normalize("NFC", text).replace(NUKTA, "")  # as the lexicon files are read
    names = sorted({n for e in (yaml.safe_load(text).get("regions") or {}).values() for n in e["names"]})
    return "{" + "|".join(names) + "}"


def spelled_out(text: str) -> list[str]:
    """A lexicon phrase with choices in braces, every way it can be said:
    "{exceeding|surpassing} the {|annual }plan by" is four phrases. Spaces collapse, so an
    empty choice leaves no double space."""
    m = _CHOICE.search(text)
    if m is None:
        return [" ".join(text.split())]
    out: list[str] = []
    for choice in m.group(1).split("|"):
        out.extend(spelled_out(text[: m.start()] + choice + text[m.end() :]))
        if len(out) > MAX_VARIANTS:
            raise LexiconError(f"phrase {text!r} spells out to more than {MAX_VARIANTS} variants")
    return out


def _fold(obj: Any) -> Any:
    if isinstance(obj, str):
        return fold_accents(obj)
    if isinstance(obj, dict):
        return {(_fold(k) if isinstance(k, str) and k != "language" else k): _fold(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_fold(x) for x in obj]
    return obj


def _merge_dict(key: str, own: dict[str, Any], borrowed: list[dict[str, Any]]) -> dict[str, Any]:
    """A lexicon mapping across `sources`, its keys lower-cased and their choices spelled out."""
    merged: dict[str, Any] = {}
    for d in [*borrowed, own]:
        merged.update({w: v for k, v in (d.get(key) or {}).items() for w in spelled_out(str(k).lower())})
    return merged


def _names(own: dict[str, Any], key: str) -> dict[str, str]:
    """A lexicon mapping of words (or indicator ids) to names: units, indicators, currencies."""
    return {k: str(v) for k, v in _merge_dict(key, own, []).items()}


def _words(sources: list[dict[str, Any]], key: str) -> tuple[str, ...]:
    """The lower-cased words a lexicon list holds, across `sources` in order, their choices
    spelled out."""
    return tuple(w for d in sources for x in d.get(key) or [] for w in spelled_out(_placed(str(x)).lower()))


def _placed(text: str) -> str:
    """`text` with "{PLACE}" standing for the gazetteer's names."""
    return text.replace(PLACE, place_names()) if PLACE in text else text


# The word lists a lexicon field takes under its own name from the language's own file.
OWN_WORD_LISTS = (
    "contrast_words",
    "given_to",
    "forecast_nouns",
    "goal_ends",
    "goal_opens_after",
    "place_subjects",
    "compared_copulas",
    "capital_allotted",
    "goal_copulas_after",
    "alone_words",
    "this_year_words",
    "since_before",
    "since_after",
    "past_perfect_words",
    "caption_words",
    "related_words",
    "deficit_words",
    "result_words",
    "compared_estimates",
    "share_words",
    "level_to",
    "figure_verbs",
    "base_years_links",
    "goal_subjects",
    "period_copulas",
    "period_possessives",
    "own_short_names",
    "since_when",
    "of_the_total",
    "gloss_words",
    "goal_reached",
    "mark_nouns",
    "size_articles",
    "country_words",
    "include_words",
    "goal_nouns_before",
    "goal_copulas",
    "planned_after",
    "origin_words",
    "some_of",
    "back_subjects",
    "having_after",
    "share_after_whole",
    "share_of_whole",
    "same_as_before",
    "received_words",
    "released_before",
    "comparatives",
    "result_verbs",
    "level_after",
    "hedges",
    "change_from",
    "change_to",
    "streak_words",
    "record_words",
    "superlatives",
    "whole_after_part",
    "gapped_change",
    "relative_words",
    "perfect_after",
    "threshold_before",
    "bound_before",
    "counted_places",
    "out_of",
    "growth_alone",
    "than_words",
    "plan_year_links",
    "grew_from",
    "must_words",
    "scenario_words",
    "combined_words",
    "combined_totals",
    "nation_after",
    "estimate_nouns",
    "level_articles",
    "nominal_words",
    "of_it_words",
    "place_words",
    "real_words",
    "per_year_after",
    "comparative_before",
    "looking_back_before",
    "looking_back_after",
    "years_average_before",
    "of_words",
    "postpositions",
    "rate_of",
    "estimate_words",
    "so_far_words",
    "expected_words",
    "owners_before",
    "plan_words",
    "earning_verbs",
    "part_markers",
)


def _own_word_lists(own: list[dict[str, Any]]) -> dict[str, Any]:
    return {name: _words(own, name) for name in OWN_WORD_LISTS}


def _compile(data: dict[str, Any], borrowed: list[dict[str, Any]]) -> Lexicon:
    all_data = [*borrowed, data]
    own = [data]
    lex = Lexicon(
        language=data["language"],
        thousands_sep=data.get("thousands_sep", ","),
        compare_follows=bool(data.get("compare_follows", False)),
        opening_during=frozenset(_words(own, "opening_during")),
        target_follows=bool(data.get("target_follows", False)),
        value_of=set(_words(own, "value_of")),
        own_period_words=tuple(f"{w} " for w in _words(own, "own_period_words")),
        conjunctions=_words(all_data, "conjunctions"),
        growth_bases=frozenset(_words(own, "growth_bases")),
        implied_currency=_names(data, "implied_currency"),
        scale_currency=_names(data, "scale_currency"),
        growth_in=frozenset(_words(own, "growth_in")),
        change_after=frozenset(_words([(data.get("cues") or {}).get("change") or {}], "after")),
        clause_words=_words(all_data, "clause_words"),
        anaphora=_words(all_data, "anaphora"),
        count_anaphora=_words(all_data, "count_anaphora"),
        share_only=tuple(w for w in _words(own, "share_words") if w not in _words(all_data, "anaphora")),
        having_words=frozenset(_words(own, "having_words")),
        trade_wholes=tuple(_words(own, "trade_wholes")),
        capital_words=frozenset(_words(own, "capital_words")),
        goal_nouns=frozenset(_words(own, "goal_nouns")),
        belonging_words=frozenset(_words(own, "belonging_words")),
        owner_after=frozenset(_words(own, "owner_after")),
        negative_before=frozenset(_words(own, "negative_before")),
        against_period_joins=frozenset({"", *_words(own, "against_period_joins")}),
        mark_before=_words([data.get("marks") or {}], "before"),
        mark_after=_words([data.get("marks") or {}], "after"),
        threshold_after=frozenset(_words(own, "threshold_after")),
        rate_joins=frozenset({"", *_words(own, "rate_joins")}),
        share_of=frozenset(_words(own, "share_of")),
        index_words=_words(all_data, "index_words"),
        count_aspects=frozenset(_words(own, "count_aspects")),
        earned_by=_names(data, "earned_by"),
        earning_words=frozenset(_words(own, "earning_words")),
        earnings_open=tuple(_words(own, "earnings_open")),
        year_possessive=tuple(_words(own, "year_possessive")),
        attribution_before=tuple(_words(own, "attribution_before")),
        attribution_after=tuple(_words(own, "attribution_after")),
        earnings_links=frozenset(_words(own, "earnings_links")),
        value_heads=frozenset(_words(own, "value_heads")),
        sector_values=_names(data, "sector_values"),
        period_glue=frozenset({"", *_words(all_data, "period_glue")}),
        whole_words=frozenset(_words(own, "whole_words")),
        topic_labels={
            str(k).lower(): frozenset(str(i) for i in v) for k, v in (data.get("topic_labels") or {}).items()
        },
        topic_openers=tuple(
            sorted((str(w).lower() for w in data.get("topic_openers") or ()), key=len, reverse=True)
        ),
        ellipsis={
            str(k): tuple(_ellipsis_words(v)) for d in all_data for k, v in (d.get("ellipsis") or {}).items()
        },
        number_words={k: int(v) for k, v in _merge_dict("number_words", data, []).items()},
        decimal_words=list(data.get("decimal_words", [])),
        month_names={k: int(v) for k, v in _merge_dict("month_names", data, borrowed).items()},
        ordinals={k: int(v) for k, v in _merge_dict("ordinals", data, borrowed).items()},
        scales={k: float(v) for k, v in _merge_dict("scales", data, borrowed).items()},
        units_after=_merge_dict("units_after", data, borrowed),
        unit_factors={k: float(v) for k, v in _merge_dict("unit_factors", data, borrowed).items()},
        units_before=_merge_dict("units_before", data, borrowed),
        part_origins={str(k): str(v) for k, v in _merge_dict("part_origins", data, []).items()},
        task_scopes={},
        indicators={},
        # (Word lists read under their own name from the language's own file.)
        **_own_word_lists(own),
    )
    phrases: dict[str, list[Phrase]] = {}

    def add(text: str, phrase: Phrase) -> None:
        variants = spelled_out(_placed(text))
        if len(variants) == 1:
            lex.literal.add(variants[0].lower().strip())
        for variant in variants:
            key = variant.lower().strip()
            if key:
                phrases.setdefault(key, []).append(phrase)

    for d in all_data:
        for ind, words in (d.get("ellipsis") or {}).items():
            for w in words:
                # {phrase, rate}: a short name that is a word of growth ("growth was") names
                # the indicator's rate.
                if isinstance(w, dict):
                    add(str(w["phrase"]), Phrase("ellipsis", ind, rate=bool(w.get("rate", False))))
                else:
                    add(str(w), Phrase("ellipsis", ind))
        for ind, entries in (d.get("indicators") or {}).items():
            for e in entries:
                if isinstance(e, str):
                    ph = Phrase("indicator", ind)
                    add(e, ph)
                else:
                    ph = Phrase(
                        "indicator",
                        ind,
                        int(e.get("sign", 1)),
                        bool(e.get("rate", False)),
                        bool(e.get("plan_share", False)),
                        bool(e.get("part", False)),
                        bool(e.get("breakdown", False)),
                        bool(e.get("subject", False)),
                    )
                    add(str(e["phrase"]), ph)
                lex.indicators.setdefault(ind, []).append(ph)
        for b in d.get("blockers") or []:
            add(b, Phrase("block", None))
        for w in d.get("plain_words") or []:
            add(w, Phrase("plain", None))
        cues = d.get("cues") or {}
        for kind in CUE_KINDS:
            group, _, side = kind.partition(".")
            entry = cues.get(group)
            words = entry.get(side, []) if side and isinstance(entry, dict) else entry
            for w in words or []:
                add(str(w), Phrase("cue", kind))
        tasks = d.get("tasks") or {}
        for w in tasks.get("nouns", []):
            add(w, Phrase("task_noun", None))
        for w in tasks.get("done", []):
            add(w, Phrase("task_done", None))
        for w, scope in (tasks.get("scopes") or {}).items():
            add(str(w), Phrase("task_scope", scope))
            lex.task_scopes[str(w).lower()] = scope
    lex.phrases = phrases
    lex.task_nouns = tuple(p for p, es in phrases.items() if any(e.category == "task_noun" for e in es))
    lex.task_done = tuple(p for p, es in phrases.items() if any(e.category == "task_done" for e in es))
    lex.task_noun_heads = tuple(f"{n} " for n in lex.task_nouns)
    lex.task_of = _words([d.get("tasks") or {} for d in all_data], "of")
    lex.task_total_first = tuple(str(w) for w in (data.get("tasks") or {}).get("total_first", []))
    lex.task_total_said = tuple(str(w) for w in (data.get("tasks") or {}).get("total_said", []))
    lex.task_done_said = tuple(str(w) for w in (data.get("tasks") or {}).get("done_said", []))
    lex.task_remainder = _words([data.get("tasks") or {}], "remainder")
    lex.task_not_done = _words([data.get("tasks") or {}], "not_done")
    lex.task_goal_before = _words([data.get("tasks") or {}], "goal_before")
    lex.task_done_before_count = _words([data.get("tasks") or {}], "done_before_count")
    lex.task_fraction_hedges = _words([data.get("tasks") or {}], "fraction_hedges")
    lex.task_fractions = {
        str(k).lower(): (int(v[0]), int(v[1]))
        for k, v in ((data.get("tasks") or {}).get("fractions") or {}).items()
    }

    # A hyphen between words is a spelling of the space ("newly-registered firms", "year on
    # year"): the automaton knows every phrase with spaces, and find_phrases reads the text so.
    spaced: dict[str, list[Phrase]] = {}
    spelt = (data.get("spellings") or {}).items()
    spellings = {str(k).lower(): [str(v).lower() for v in vs] for k, vs in spelt}
    for key, entries in phrases.items():
        for spelling in _spelt_otherwise(_one_spaced(unhyphenated(key)), spellings):
            merged = spaced.setdefault(spelling, [])
            merged += [e for e in entries if e not in merged]
    automaton = ahocorasick.Automaton()
    for key, entries in spaced.items():
        automaton.add_word(key, (key, entries))
    automaton.make_automaton()
    lex.automaton = automaton

    # Periods. Every pattern contains an anchor (a period word such as "tháng" or "quarter",
    # a month name, or a year); patterns are grouped by anchor so that near an anchor only
    # the patterns that could contain it are tried (see tokens._period_matches).
    num_alt = _alt(lex.number_words) or "(?!)"
    month_alt = _alt(lex.month_names) or "(?!)"
    ord_alt = _alt(lex.ordinals) or "(?!)"
    anchor_words = sorted({str(w).lower() for w in _merge_list("period_anchors", data, borrowed)})
    lex.fiscal_years = any("fiscal" in str(p["kind"]) for p in data.get("periods", []))
    families: dict[str, list[str]] = {}  # patterns tried at the word starts before an anchor
    leading: dict[str, list[str]] = {}  # patterns that begin with their anchor: tried at it only
    reaches: dict[str, int] = {}  # how far before its anchor a family's mention may start
    for i, p in enumerate([*data.get("periods", []), *[p for b in borrowed for p in b.get("periods", [])]]):
        alts = split_alternatives(str(p["pattern"]))
        for j, raw in enumerate(alts):
            pat = raw.replace("{NUM}", num_alt).replace("{MONTH}", month_alt).replace("{ORD}", ord_alt)
            name = f"k{i}" if len(alts) == 1 else f"k{i}x{j}"
            branch = f"(?P<{name}_{p['kind']}>{pat})"
            required = required_anchor(raw, anchor_words, MONTH_ANCHOR, YEAR_ANCHOR)
            if required is not None:
                anchor, prefix = required
                if not prefix:
                    leading.setdefault(anchor, []).append(branch)
                    continue
                families.setdefault(anchor, []).append(branch)
                before = (
                    prefix.replace("{NUM}", num_alt).replace("{MONTH}", month_alt).replace("{ORD}", ord_alt)
                )
                reaches[anchor] = max(reaches.get(anchor, 0), reach(before, PERIOD_REACH))
                continue
            # No anchor is certain: try the pattern near every anchor it names or can match
            # by itself ("q1" for r"\bq(?P<q>[1-4])").
            keys = [a for a in anchor_words if a in raw.lower() or regex.search(pat, a)]
            if "{MONTH}" in raw:
                keys.append(MONTH_ANCHOR)
            if "(?P<y>" in raw:
                keys.append(YEAR_ANCHOR)
            if not keys:
                raise LexiconError(
                    f"{lex.language}: period pattern {raw!r} has no anchor word, month or year"
                )
            for k in keys:
                families.setdefault(k, []).append(branch)
                reaches[k] = PERIOD_REACH
    try:
        lex.period_families = {k: _period_regex(v) for k, v in families.items()}
        lex.period_leading = {k: _period_regex(v) for k, v in leading.items()}
        lex.period_reach = reaches
        lex.period_starts = {k: _starts_regex(first_chars(v.pattern)) for k, v in lex.period_families.items()}
    except regex.error as exc:
        raise LexiconError(f"{lex.language}: bad period pattern: {exc}") from exc
    deadlines = [str(p) for d in all_data for p in (d.get("tasks") or {}).get("deadline", [])]
    lex.deadline_res = tuple(
        regex.compile(p.replace("{MONTH}", month_alt).replace("{ORD}", ord_alt), regex.V1) for p in deadlines
    )
    alone = (data.get("periods_said_by_ordinal") or {}).get("quarter")
    if alone:
        lex.ordinal_quarter_re = regex.compile(str(alone).replace("{ORD}", ord_alt), regex.V1)
    lex.dateline_re = _dateline_regex(all_data, "dateline", month_alt)
    lex.dateline_day_re = _dateline_regex(all_data, "dateline_day", month_alt)
    # A word may anchor two families: Vietnamese "năm" is the word for year and the month
    # name "five" ("tháng năm"); each family it anchors is tried.
    families_of: dict[str, list[str]] = {}
    for w in anchor_words:
        families_of.setdefault(w, []).append(w)
    for w in lex.month_names:
        families_of.setdefault(w, []).append(MONTH_ANCHOR)
    anchors = ahocorasick.Automaton()
    for w, fams in families_of.items():
        anchors.add_word(w, (len(w), tuple(fams)))
    anchors.make_automaton()
    lex.period_anchors = anchors

    percents = _merge_list("percent", data, borrowed)
    lex.scale_re = regex.compile(r"\s*(" + _alt(lex.scales) + r")(?![\w])")
    lex.unit_after_re = regex.compile(r"\s*(" + _alt(lex.units_after) + r")(?![\w])")
    # What follows a number, read in one call: a percent sign, a scale word or a unit.
    # "2.6 प्रतिशत अंक", "2.6 percent points": percentage points are no percentage.
    points = _merge_list("percent_points", data, borrowed)
    not_points = rf"(?!\s*(?:{_alt(points)})(?![\w]))" if points else ""
    lex.after_number_re = regex.compile(
        # ("a 9.5-percent increase": a percent word may be joined by a hyphen too.)
        r"\s*(?:-?(?P<pct>"
        + _alt(percents)
        + r")"
        + not_points
        # ("tăng 12%so với cùng kỳ": a sign ends itself, a word glued to it after is the next.)
        + r"(?:(?<=%)|(?![\w]))"
        # "a Rs 17,000-crore figure": a scale word may be joined by a hyphen.
        + r"|-?(?P<scale>"
        + _alt(lex.scales)
        + r")(?![\w])|(?P<unit>"
        + _alt(lex.units_after)
        + r")(?![\w]))"
    )
    # "6-6.5%", "8 đến 8,5%", "8 से 8.5 प्रतिशत": what joins the two ends of a range.
    ranges = _merge_list("range_words", data, borrowed)
    joins = "-" + (f"|(?:{_alt(ranges)})" + r"(?![\w])" if ranges else "")
    lex.range_re = regex.compile(r"\s*(?:" + joins + r")\s*")
    # "between 6.5% and 7%": a range whose ends are joined by a word that is otherwise a list's.
    between = {str(k): str(v) for k, v in _merge_dict("range_between", data, borrowed).items()}
    if between:
        lex.between_re = regex.compile(r"(?<![\w])(?:" + _alt(between) + r")\s*$")
        lex.between_join_re = regex.compile(r"\s*(?:" + _alt(sorted(set(between.values()))) + r")\s*")
    bounds = _merge_list("bound_after", data, borrowed)
    if bounds:
        lex.bound_after_re = regex.compile(r"\s*(?:" + _alt(bounds) + r")(?![\w])")
    copulas = list(_words(own, "count_copulas"))
    counted = [w for w, u in lex.units_after.items() if u == "count"]
    if copulas and counted:
        copula = r"\s*(?:" + _alt(copulas) + r")\s+"
        lex.count_copula_re = regex.compile(copula + r"(" + _alt(counted) + r")(?![\w])")
    more = list(_words(own, "or_more"))
    if more:
        lex.or_more_re = regex.compile(r"\s*(?:" + _alt(more) + r")(?![\w])")
    places = list(_words(own, "counted_places"))
    if places:
        count = r"(?:\d{1,3}|" + (_alt(lex.number_words) or "(?!)") + r")"
        out_of = list(_words(own, "out_of"))
        of_all = r"/|" + _alt(out_of) if out_of else r"/"
        lex.counted_places_re = regex.compile(
            r"(?<![\w.,])"
            + count
            + r"(?:\s*(?:"
            + of_all
            + r")\s*\d{1,3})?\s+(?:"
            + _alt(places)
            + r")(?![\w])",
            regex.IGNORECASE,
        )
    before = _alt(lex.units_before)
    # (Not the end of a word: "visito[rs] 3.1 million".)
    lex.unit_before_re = regex.compile(r"(?<![\p{L}\p{M}])(?:" + before + r")\s*$") if before else None
    lex.unit_before_ends = frozenset(k.strip()[-1] for k in lex.units_before if k.strip())
    # Fractions said as words ("डेढ़" 1.5, "ढाई" 2.5) and words that shift the number after
    # them ("साढ़े तीन" 3.5, "सवा लाख" 1.25 lakh, "पौने पांच" 4.75).
    lex.word_values = {
        **{k: float(v) for k, v in lex.number_words.items()},
        **{str(k): float(v) for k, v in _merge_dict("fraction_words", data, []).items()},
    }
    lex.prefixes = {str(k): float(v) for k, v in _merge_dict("number_prefixes", data, []).items()}
    halves = _merge_list("half_words", data, [])
    if halves:
        lex.half_re = regex.compile(r"\s*(?:" + _alt(halves) + r")(?![\w])")
    if lex.prefixes:
        lex.prefix_re = regex.compile(r"(?<![\w])(?:" + _alt(lex.prefixes) + r")\s+")
    if lex.word_values:
        # Number words are found by an automaton (a regex alternation scans every position);
        # the tokenizer keeps the whole words among its hits.
        numbers = ahocorasick.Automaton()
        for w in lex.word_values:
            numbers.add_word(w, len(w))
        numbers.make_automaton()
        lex.number_automaton = numbers
        if lex.decimal_words:
            dec = _alt(lex.decimal_words)
            # "तीन दशमलव सात-एक" is 3.71: the fraction may be said digit by digit, joined by dashes.
            digit_words = [w for w, v in lex.word_values.items() if float(v).is_integer() and 0 <= v <= 9]
            digit_by_digit = rf"(?:\s*-\s*(?:{_alt(digit_words)}))*" if digit_words else ""
            lex.decimal_re = regex.compile(rf"\s+(?:{dec})\s+(?:{num_alt}|\d+){digit_by_digit}(?![\w])")
    return lex


def _starts_regex(firsts: frozenset[str] | None) -> Any:
    """The word starts where a family of period patterns may begin: those whose first
    character one of its patterns can begin with (any word start when that is unknown)."""
    chars = r"\w(" if firsts is None else "".join(regex.escape(c) for c in sorted(firsts))
    return regex.compile(rf"(?<![\w])[{chars}]")


def _dateline_regex(all_data: list[dict[str, Any]], key: str, month_alt: str) -> Any:
    """The lexicons' dateline patterns under `key` as one regex, or None. Day, month and year
    are named groups in every pattern: one alternation, V1 so that the branches may share the
    names."""
    patterns = [str(p) for d in all_data for p in d.get(key, [])]
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p.replace('{MONTH}', month_alt)})" for p in patterns), regex.V1)


def _period_regex(branches: list[str]) -> Any:
    # A mention in brackets needs no space around it ("वर्ष(2014-15)", "वर्ष (2015-16)के").
    return regex.compile(r"(?:(?<![\w])|(?=\())(?:" + "|".join(branches) + r")(?:(?![\w])|(?<=\)))", regex.V1)


def _ellipsis_words(entries: list[Any]) -> list[str]:
    """The short names of an indicator, plain ({phrase, rate} entries by their phrase), their
    choices spelled out."""
    return [w for e in entries for w in spelled_out(str(e["phrase"] if isinstance(e, dict) else e).lower())]


def _merge_list(key: str, own: dict[str, Any], borrowed: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for d in [*borrowed, own]:
        out.extend(str(x) for x in d.get(key, []))
    return out


def deadlines_in(lex: Lexicon, low: str) -> list[Any]:
    """Every deadline the lower-cased text states, in the order they are said (overlapping
    readings of one deadline by two patterns all kept: the caller takes the first that fits)."""
    found = [m for p in lex.deadline_res for m in p.finditer(low, timeout=REGEX_TIMEOUT)]
    return sorted(found, key=lambda m: m.start()) if len(lex.deadline_res) > 1 else found


def find_phrases(lex: Lexicon, lowered: str) -> list[tuple[int, int, list[Phrase]]]:
    """Whole-word phrase matches in a lower-cased text, longest first where they overlap."""
    found: list[tuple[int, int, list[Phrase]]] = []
    lowered = unhyphenated(lowered)
    # A run of spaces reads as one ("kim ngạch xuất - nhập khẩu" is "xuất nhập khẩu" once its
    # dash is a space): matched on the text with runs made single, spans mapped back.
    cuts: list[int] = []
    shifts: list[int] = []
    if "  " in lowered:
        lowered, cuts, shifts = _runs_made_single(lowered)
    n = len(lowered)
    for end_idx, (key, entries) in lex.automaton.iter(lowered):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if _bounded(lowered, start, end, key, n):
            if cuts:
                start, end = _original(start, cuts, shifts), _original(end - 1, cuts, shifts) + 1
            found.append((start, end, entries))
    return found


_SPACE_RUN = re.compile(" {2,}")


def _spelt_otherwise(key: str, spellings: dict[str, list[str]]) -> list[str]:
    """The phrase, and each of it with a word spelt another way the news spells it ("turnover",
    "turn-over": read "turn over")."""
    out = [key]
    for word, others in spellings.items():
        if word in key:
            out += [regex.sub(rf"(?<!\w){regex.escape(word)}(?!\w)", o, k) for k in list(out) for o in others]
    return list(dict.fromkeys(out))


def _one_spaced(key: str) -> str:
    return _SPACE_RUN.sub(" ", key) if "  " in key else key


def _runs_made_single(text: str) -> tuple[str, list[int], list[int]]:
    """`text` with every run of spaces made one space, and how to map its positions back: from
    each cut (a position in the new text) on, so many characters were removed before."""
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = removed = 0
    for m in _SPACE_RUN.finditer(text):
        pieces.append(text[pos : m.start() + 1])
        cuts.append(m.start() + 1 - removed)  # the first position after the kept space
        removed += m.end() - m.start() - 1
        shifts.append(removed)
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces), cuts, shifts


def _original(i: int, cuts: list[int], shifts: list[int]) -> int:
    k = bisect.bisect_right(cuts, i)
    return i + (shifts[k - 1] if k else 0)


def unhyphenated(text: str) -> str:
    """`text` with its hyphens read as spaces (same length, so spans hold)."""
    return text.replace("-", " ") if "-" in text else text


def _bounded(text: str, start: int, end: int, key: str, n: int) -> bool:
    if is_word_char(key[0]) and start > 0 and is_word_char(text[start - 1]):
        return False
    return not (is_word_char(key[-1]) and end < n and is_word_char(text[end]))
