"""The goals of one sentence, once its tokens are read into groups: the period each goal is for
(the part of the year said right before its figure, the rest of the year, the first of a list
of parts, else the first period of its clause), and the economy's goals and growth said with
no indicator named (growth alone in a goal, goals listed beside the economy's, a sentence that
opens with growth).

Positional reasoning over tokens, as in `assemble`; words come from the lexicon."""

from __future__ import annotations

import bisect

from services.extractor.engine.cues import NUMERIC, ends_with_word, has_conjunction, is_cue
from services.extractor.engine.figures import Group
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word
from services.extractor.engine.period_mentions import PARTS_OF_A_YEAR, REST_OF_A_YEAR, mentions_only
from services.extractor.engine.periods import Period
from services.extractor.engine.sentence_relations import (
    ECONOMY,
    growth_of_a_period_opens,
    growth_opens,
    growth_said,
    only_periods_between,
)
from services.extractor.engine.tokens import Token


def settle_goals_and_the_economy(
    groups: list[Group], toks: list[Token], text: str, lex: Lexicon, carry: Token | None, dated: list[Token]
) -> None:
    """Dates the sentence's goals (`dated`: the mentions a goal may be for, in order) and names
    the economy where growth is said alone."""
    first = dated[0].data["period"] if dated else None
    dated_starts = [t.start for t in dated]
    named = any(x.kind in ("ind", "block") for x in toks) or carry is not None
    economy_opened = False  # a rate of the sentence was read as the economy's, growth said alone
    economy_goal = False  # a goal of the sentence was read as the economy's, growth said alone
    starts = [t.start for t in toks]  # (once: a run-on sentence of many goals stays linear)
    for gi, g in enumerate(groups):
        if (
            g.target
            and first is not None
            and not g.period_attached
            # ("वित्त वर्ष 2021-22 के पहले छह महीनों में ... चालू वित्त वर्ष में 400 अरब डॉलर के
            # लक्ष्य": a whole year said before the goal's figure is the goal's own.)
            and not (g.period is not None and g.period.length % 12 == 0 and first.length % 12 != 0)
        ):
            # ("... 10% की वृद्धि दर के लक्ष्य को प्राप्त करने के लिए चौथी तिमाही में 13.5% की वृद्धि
            # हासिल करने का प्रयास करें": the part said right before the goal's figure is its own,
            # and joins its tokens as one said after the figure would.)
            own = (
                _period_said_right_before(g, toks, starts, text, lex)
                or _rest_of_year_before(g, toks, starts)
                or _first_part_of_a_list_of_goals(g, groups[gi + 1 : gi + 2], toks, starts, text, lex)
            )
            if own is not None:
                g.tokens.insert(0, own)
            else:
                g.period = _first_of_its_clause(g, dated, dated_starts, text) or first
        if g.target and not g.period_attached and _a_base_of_comparison(g.period, toks):
            # ("यह आंकड़ा पिछले वर्ष की समान अवधि में दर्ज 8.1 प्रतिशत से अधिक है, लेकिन 9.8
            # प्रतिशत के परिदृश्य से कम है": the months a year back are a base, no goal's time;
            # the goal is of the months spoken of.)
            g.period = None
        if (
            g.target
            and (g.indicator is None or g.carried)
            and g.growths
            and (
                not named
                # ("Retail sales rose 9.5%. The government's growth target for the year is 8% or
                # higher": growth said alone in a goal is the economy's, whatever was carried.)
                or (
                    g.carried
                    and not _named_before_its_rate(g, toks)
                    and not _refers_back_in_its_sentence(g, text, lex)
                )
                or _nothing_named_in_its_clause(g, toks, text)
                or _named_only_in_a_later_clause(g, toks, text, lex)
            )
            and (growth_said(g, toks, text, lex) or (not named and _a_growth_goal_opens(toks, lex)))
        ):
            # "It targets growth of 8 percent", "phấn đấu tốc độ tăng trưởng đạt 8%": growth with
            # no indicator named in a goal is the economy's (so in a clause of its own after the
            # sectors' rates: "...; bám sát kịch bản tăng trưởng cả năm 8%").
            g.indicator = ECONOMY
            economy_goal = True
        elif (
            g.indicator is None
            and g.growths
            and not g.reference
            # (Nothing named before its rate: "... -- at 7.6 per cent -- had made India the
            # fastest expanding economy, overtaking China" names a country after it.)
            and not (carry is not None or _named_before_its_rate(g, toks))
            and (economy_opened or growth_opens(g, text, lex) or growth_of_a_period_opens(g, toks, text, lex))
        ):
            # "... GRDP năm 2024 đạt 212.386 tỷ đồng. Tăng trưởng cả năm ước đạt hơn 10,2%, vượt
            # mục tiêu đặt ra (9%)": a sentence that opens with growth alone and names nothing
            # speaks of the economy, its goal beside the rate too.
            g.indicator = ECONOMY
            economy_opened = True
        elif (
            (g.indicator is None or g.carried)
            and g.growths
            and not g.reference
            and not g.target
            and _a_place_posts_it(g, text, lex)
            and not _named_before_its_rate(g, toks)
            and not _refers_back_in_its_sentence(g, text, lex)
        ):
            # "पहले नौ महीनों में पड़ोसी डोंग नाई ने 9.4 प्रतिशत की वृद्धि दर्ज की": the growth a
            # place posts is its economy's (as "Dong Nai posted growth of"), whatever was carried.
            g.indicator = ECONOMY
        elif (
            g.indicator is None
            and g.growths
            and not g.reference
            and not g.target
            and carry is not None
            and carry.kind == "block"
            and g.carried
            and not _named_before_its_rate(g, toks)
            and not _refers_back_in_its_sentence(g, text, lex)
            and growth_said(g, toks, text, lex)
        ):
            # "GDP grew 8.2% in the third quarter. The processing industry grew 9.1%. For the
            # first nine months, growth reached 7.9%": growth said alone after a sector's
            # sentence is the economy's again (not "the sector's growth", said back).
            g.indicator = ECONOMY
    if economy_goal and not named and len(groups) <= LISTED_GOALS_MAX:
        economy = [g for g in groups if g.indicator == ECONOMY and g.target]
        # (A goal joined to the list lets the next one beside it join: passes until none does,
        # bounded by the sentence's few goals.)
        joined = True
        while joined:
            joined = False
            for g in groups:
                if (
                    g.indicator is None
                    and g.growths
                    and (_listed_beside(g, economy, text, lex, g.target) or _the_rest_it_takes(g, economy))
                ):
                    # ("targets growth of 8.3 per cent this year and at least 10 per cent next
                    # year", "इस वर्ष 8.3 प्रतिशत और अगले वर्ष कम से कम 10 प्रतिशत की वृद्धि का लक्ष्य":
                    # the other goals listed, nothing named, are the economy's too.)
                    g.indicator, g.target = ECONOMY, True
                    economy.append(g)
                    joined = True


SAME_MONTHS_BACK = ("same_period_last_year", "same_period_year")  # "the same period last year"


def _a_base_of_comparison(period: Period | None, toks: list[Token]) -> bool:
    """`period` is the sentence's mention of the same months a year back (looked for only
    while the sentence is short: a run-on one stays linear)."""
    return (
        period is not None
        and len(toks) <= BASE_TOKENS
        and any(
            t.kind == "per" and t.data.get("kind") in SAME_MONTHS_BACK and t.data.get("period") == period
            for t in toks
        )
    )


BASE_TOKENS = 64  # a sentence this short is looked through for the base a goal took


LISTED_GOALS_MAX = 12  # a sentence's goals of the economy listed by period: a handful, not a run-on text


def _first_part_of_a_list_of_goals(
    g: Group, after: list[Group], toks: list[Token], starts: list[int], text: str, lex: Lexicon
) -> Token | None:
    """The part of a year named before the goal's figure in its clause, when the next goal
    (`after`: it alone, or none) is said with a part of its own ("quý I/2026 tỉnh Khánh Hòa phấn
    đấu đạt mức tăng 9%, quý II tăng 10,2%, ..."): the first goal of a list of parts is its
    part's, as the others are."""
    nxt = after[0] if after else None
    if nxt is None or not nxt.target:
        return None
    said = _period_said_right_before(nxt, toks, starts, text, lex)  # (not yet joined to its tokens)
    if not _said_with_a_part(nxt) and not (said is not None and mentions_only(said, PARTS_OF_A_YEAR)):
        return None
    figure = next((t for t in g.tokens if t.kind in NUMERIC), None)
    if figure is None or g.period is None:
        return None
    j = bisect.bisect_left(starts, figure.start) - 1
    while j >= 0 and toks[j].kind == "cue":
        j -= 1
    if j < 0 or toks[j].kind != "per" or toks[j].data.get("period") != g.period:
        return None
    gap = text[toks[j].end : figure.start]
    if any(ch in gap for ch in ",;:()") or any(ch.isdigit() for ch in gap):
        return None
    return toks[j] if mentions_only(toks[j], PARTS_OF_A_YEAR) else None


def _said_with_a_part(g: Group) -> bool:
    return any(t.kind == "per" and mentions_only(t, PARTS_OF_A_YEAR) for t in g.tokens)


def _a_growth_goal_opens(toks: list[Token], lex: Lexicon) -> bool:
    """The sentence opens with words of a goal that say growth ("Theo kịch bản tăng trưởng, quý
    I/2026 tỉnh ... phấn đấu đạt mức tăng 9%, quý II tăng 10,2%, ..."): its goals said with no
    name are the economy's."""
    if not toks or not is_cue(toks[0], ("target",)):
        return False
    return has_word(toks[0].text.lower(), lex.growth_alone)


NAME_AFTER_TOKENS = 3  # "28,000 करोड़ रुपये के [राजस्व संग्रह]": the name this close after its figure


def _before_the_next_figure(toks: list[Token], k: int) -> list[Token]:
    """The few tokens from toks[k] up to the next figure."""
    out: list[Token] = []
    for t in toks[k : k + NAME_AFTER_TOKENS]:
        if t.kind in NUMERIC:
            break
        out.append(t)
    return out


def items_apart(gap: str, lex: Lexicon) -> bool:
    """`gap` parts two items of a list: a comma or a word of "and" in it."""
    return "," in gap or has_conjunction(gap.lower(), lex)


def _the_rest_it_takes(g: Group, goals: list[Group]) -> bool:
    """A goal of the rest of the year said after the economy's goal for the year ("... mục tiêu
    tăng trưởng cả năm 2026 đạt 10%, do đó các quý còn lại phải tăng bình quân trên 13%"): the
    growth the rest of the year must reach for it, the economy's; and the other way round, the
    goal a requirement of the economy's rest of the year is for ("2026 के लिए 10 प्रतिशत के लक्ष्य
    को हासिल करने के लिए शेष तिमाहियों में ... 13 प्रतिशत से अधिक वृद्धि आवश्यक है")."""
    if not g.target or not g.tokens:
        return False
    first = g.tokens[0].start
    if _of_the_rest_of_the_year(g):
        return any(o.tokens and o.tokens[0].start < first for o in goals)
    return any(o.tokens and o.tokens[0].start > first and _of_the_rest_of_the_year(o) for o in goals)


def _of_the_rest_of_the_year(g: Group) -> bool:
    return any(t.kind == "per" and t.data["kind"] == "rest_of_year" for t in g.tokens)


def _listed_beside(g: Group, others: list[Group], text: str, lex: Lexicon, goal: bool) -> bool:
    """The group's figure and one of the others' are listed side by side, a word of "and"
    between them and no clause break ("8.3 per cent this year and at least 10 per cent next
    year", "इस वर्ष 8.3 प्रतिशत और अगले वर्ष 10 प्रतिशत"), or only their periods, commas and "and"
    ("दूसरी तिमाही में 7.9%, तीसरी तिमाही में 8.3% ..."); for a figure the goal's clause did not
    reach (`goal` False), a comma and the list's "and" alone before it ("8% growth this year,
    and 10% next year")."""
    mine = next((t for t in g.tokens if t.kind in NUMERIC), None)
    if mine is None:
        return False
    for o in others:
        theirs = next((t for t in o.tokens if t.kind in NUMERIC), None)
        if theirs is None:
            continue
        a, b = (theirs, mine) if theirs.start < mine.start else (mine, theirs)
        gap = text[a.end : b.start]
        if goal and not any(ch in gap for ch in ",;.()") and has_conjunction(gap.lower(), lex):
            return True
        if goal and only_periods_between(text, a.end, b.start, [*g.tokens, *o.tokens], lex):
            return True  # ("दूसरी तिमाही में 7.9%, तीसरी तिमाही में 8.3% और ...": each with its period)
        head, comma, tail = gap.partition(",")
        if (
            comma
            and a is theirs
            and lex.conjunctions
            and tail.strip().lower() == lex.conjunctions[0]
            and not any(ch.isdigit() or ch in ",;.()" for ch in head)
        ):
            return True
    return False


PERIOD_TO_FIGURE_CUES = ("approx", "growth_up.before", "growth_down.before", "level.before")


def _period_said_right_before(
    g: Group, toks: list[Token], starts: list[int], text: str, lex: Lexicon
) -> Token | None:
    """The mention of the group's period said right before its first figure ("चौथी तिमाही में
    13.5%"), only its own postposition or preposition between, past a bound or a word of change
    ("अगले वर्ष [कम से कम] 10 प्रतिशत", "quý II [tăng] 7,9%"), a word of must after the period and
    a bound before the figure ("quý IV [phải] tăng trưởng [trên] 9%"), the goal's own subject
    ("quý IV [nền kinh tế] cần tăng trưởng 9,9%"); None when there is none."""
    figure = next((t for t in g.tokens if t.kind in NUMERIC), None)
    if figure is None or g.period is None:
        return None
    k = bisect.bisect_left(starts, figure.start) - 1
    skipped: list[Token] = []
    while k >= 0 and (
        toks[k].kind == "cue"
        # ("quý IV/2025 [nền kinh tế] cần tăng trưởng 9,9%": the goal's own subject between.)
        or (toks[k].kind == "ind" and toks[k].data.get("indicator") == g.indicator)
    ):
        if toks[k].kind == "ind" or is_cue(toks[k], PERIOD_TO_FIGURE_CUES):
            skipped.append(toks[k])
        k -= 1
    if k < 0 or toks[k].kind != "per" or toks[k].data.get("period") != g.period:
        return None
    pieces, at = [], toks[k].end
    for c in sorted(skipped, key=lambda c: c.start):
        if c.start >= at:
            pieces.append(text[at : c.start])
            at = c.end
    pieces.append(text[at : figure.start])
    gap = " ".join(" ".join(pieces).lower().split())
    if mentions_only(toks[k], PARTS_OF_A_YEAR):
        # ("quý IV [tỉnh] phải đạt mức tăng trưởng 10,2%": who must reach a part's goal, named
        # between. Not past a year said with the part, "8% năm 2025, quý IV tỉnh cần ...": that
        # year is the goal's before.)
        gap = next(
            (gap[len(w) :].lstrip() for w in lex.goal_subjects if gap == w or gap.startswith(f"{w} ")), gap
        )
    gap = next((gap[len(w) :].lstrip() for w in lex.must_words if gap == w or gap.startswith(f"{w} ")), gap)
    gap = next((gap[: -len(w)].rstrip() for w in lex.bound_before if gap == w or gap.endswith(f" {w}")), gap)
    # ("fourth-quarter growth of [around] 8.4%": a hedge, as a bound, stands between.)
    gap = next((gap[: -len(w)].rstrip() for w in lex.hedges if gap == w or gap.endswith(f" {w}")), gap)
    return toks[k] if gap in lex.period_glue else None


def _rest_of_year_before(g: Group, toks: list[Token], starts: list[int]) -> Token | None:
    """The rest of the year named in the goal's clause before its figure, no other figure
    between ("..., các quý còn lại phải tăng trưởng bình quân trên 11%", "the remaining quarters
    must grow by over 11 percent"): the goal is those months', not the sentence's first period."""
    figure = next((t for t in g.tokens if t.kind in NUMERIC), None)
    if figure is None or g.period is None:
        return None
    k = bisect.bisect_left(starts, figure.start) - 1
    while k >= 0 and toks[k].kind not in NUMERIC and toks[k].kind != "per":
        k -= 1
    if k < 0 or toks[k].kind != "per" or toks[k].data.get("period") != g.period:
        return None
    return toks[k] if mentions_only(toks[k], REST_OF_A_YEAR) else None


# "...; 6 tháng tăng 7,4%, thấp hơn kịch bản đề ra là 8%": the item's semicolon this close.
ITEM_CLAUSE_REACH = 240


def _first_of_its_clause(g: Group, dated: list[Token], dated_starts: list[int], text: str) -> Period | None:
    """The period a goal's own clause opens with, when an item of a semicolon list names one
    ("Quý II tăng 7,8%; 6 tháng tăng 7,4%, thấp hơn kịch bản đề ra là 8%": the six months'
    goal, not the quarter's the sentence began with); None when its clause names none."""
    figure = next((t.start for t in g.tokens if t.kind in NUMERIC), None)
    if figure is None or not dated:
        return None
    opens = text.rfind(";", max(dated[0].end, figure - ITEM_CLAUSE_REACH), figure)
    if opens < 0:
        return None
    # (The first dated mention past the semicolon, found by bisection: a run-on sentence holds
    # thousands of them.)
    k = bisect.bisect_right(dated_starts, opens)
    return dated[k].data["period"] if k < len(dated) and dated[k].start < figure else None


REFER_BACK_REACH = 80  # "For the full year, the sector aims for growth of [12%]": this far back


def _refers_back_in_its_sentence(g: Group, text: str, lex: Lexicon) -> bool:
    """A subject that refers back to what was named before ("the sector", "ngành") stands in
    the group's sentence before its first rate."""
    rate = next((t.start for t in g.tokens if t.kind == "pct"), None)
    if rate is None:
        return False
    lo = max(0, rate - REFER_BACK_REACH)
    head = text[lo:rate]
    cut = max(head.rfind(ch) for ch in ".!?।\n")
    return has_word(head[cut + 1 :].lower(), lex.back_subjects)


PLACE_SUBJECT_REACH = 48  # "[पड़ोसी डोंग नाई ने ]9.4 प्रतिशत": the place's words right before the rate


def _a_place_posts_it(g: Group, text: str, lex: Lexicon) -> bool:
    """The group's first rate comes right after a place said as the one who posts it."""
    if not lex.place_subjects:
        return False
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if rate is None:
        return False
    before = text[max(0, rate.start - PLACE_SUBJECT_REACH) : rate.start].rstrip().lower()
    return ends_with_word(before, lex.place_subjects)


def _named_before_its_rate(g: Group, toks: list[Token]) -> bool:
    rate = next((t.start for t in g.tokens if t.kind == "pct"), None)
    return any(x.kind in ("ind", "block") and (rate is None or x.start < rate) for x in toks)


CLAUSE_REACH = 240  # "...; bám sát kịch bản tăng trưởng cả năm 8%": the clause this short


def _nothing_named_in_its_clause(g: Group, toks: list[Token], text: str) -> bool:
    """The group's first rate is in a clause after a semicolon, close before it, that names
    nothing before it (looked up, not walked: a run-on sentence stays linear)."""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if rate is None or not toks:
        return False
    cut = text.rfind(";", max(toks[0].start, rate.start - CLAUSE_REACH), rate.start)
    if cut < 0:
        return False
    k = bisect.bisect_right(toks, cut, key=_start_of)
    while k < len(toks) and toks[k].start < rate.start:
        if toks[k].kind in ("ind", "block"):
            return False
        k += 1
    return True


LATER_CLAUSE_TOKENS = 16  # a goal said first in its sentence: this few tokens before its rate


def _named_only_in_a_later_clause(g: Group, toks: list[Token], text: str, lex: Lexicon) -> bool:
    """Nothing is named before the group's first rate, and what is named next comes after a
    comma past it, with a figure of its own ("Để đạt mục tiêu tăng trưởng 10,5% năm 2025, 3
    quý còn lại GRDP phải tăng 11%"), or as the next item of a list of goals ("The city plans
    growth of 11 per cent in 2027 and budget revenue of VND 28 trillion"): the goal said alone
    is the economy's; the name is the next clause's, and so is the economy's own named after a
    goal whatever joins them ("... its 8 percent growth target this year after GRDP grew 6.2
    percent"). (Walked no further than a clause's reach: a run-on sentence stays linear.)"""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if rate is None or not toks:
        return False
    k = bisect.bisect_left(toks, rate.start, key=_start_of)
    if k > LATER_CLAUSE_TOKENS or any(t.kind in ("ind", "block") for t in toks[:k]):
        return False
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.start - rate.end > CLAUSE_REACH:
            return False
        if t.kind in ("ind", "block"):
            return (
                t.kind == "ind"
                and (
                    any(ch in text[rate.end : t.start] for ch in ",;:")
                    or (g.target and has_conjunction(text[rate.end : t.start].lower(), lex))
                    # ("... to hit its 8 percent growth target this year after GRDP grew 6.2
                    # percent": the economy named next is the one the goal is of, whatever joins.)
                    or (g.target and t.data["indicator"] == ECONOMY)
                )
                and any(x.kind in NUMERIC for x in toks[j + 1 : j + 6])
            )
        if t.kind in NUMERIC:
            # ("11 प्रतिशत की वृद्धि और 28,000 करोड़ रुपये के राजस्व संग्रह का लक्ष्य": the next item
            # of a list of goals, its name after its figure.)
            return (
                g.target
                and items_apart(text[rate.end : t.start], lex)
                and any(x.kind == "ind" for x in _before_the_next_figure(toks, j + 1))
            )
    return False


def _start_of(t: Token) -> int:
    return t.start
