"""How the figures of one sentence relate, read from positions and the lexicon's words:
lists stated "respectively" (of indicators or of periods), the clause a goal governs, the part
an amount is stated for, the count a rate "in number" refers to, the earlier period a bracketed
figure belongs to, the figure a change stated after a comparison belongs to, accumulated
stocks, what a plain number after an indicator counts, a plan's amount, what visitors earned,
and growth said alone in a goal."""

from __future__ import annotations

import bisect
import itertools
from typing import Any

import regex

from schemas.indicators import INDICATORS
from services.extractor.engine.cues import (
    NUMERIC,
    PERIOD_GAP_WORDS,
    amount_planned_after_a_share,
    compared_right_after,
    ends_with_word,
    growth_base,
    has_conjunction,
    is_cue,
    neighbour,
    only_list_words,
    readings,
    starts_with_word,
)
from services.extractor.engine.figures import COUNT_INDICATORS, PLAN_SHARE_INDICATORS, Group, Growth, money
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word, words_near
from services.extractor.engine.periods import Period
from services.extractor.engine.resolve import Frame, mention_parts, month_number
from services.extractor.engine.tokens import Token, tokens_from

# A list paired in order: each name (or period) with its value and its rate.
Pairs = list[tuple[Token, Token | None, Token | None]]


def in_a_part(toks: list[Token], i: int, val: Token, text: str, lex: Lexicon) -> bool:
    """An amount `val` (a token before toks[i]) stated for a part ("दूरसंचार में 4.22 अरब डॉलर",
    "in telecoms ..."): a word of place right before it, after something that is not a period."""
    head = text[max(0, val.start - 24) : val.start].lower().rstrip()
    marker = next((w for w in lex.part_markers if head.endswith(f" {w}")), None)
    if marker is None:
        return False
    place = head[: -len(marker)].split()
    if place and place[-1] in lex.whole_words:
        return False  # "देश में 16.2 अरब डॉलर": the country is the whole, not a part
    limit = val.start - len(marker) - 1
    # The last token ending before the amount, looked for backwards from i (not the whole
    # list); a period may hold the marker itself ("2023 में 1.6 अरब डॉलर").
    before = next((toks[j] for j in range(i - 1, -1, -1) if toks[j].end <= val.start), None)
    # (Past the bracket a period is said in: "पहले पांच महीनों (अप्रैल-अगस्त) में 48,000 करोड़".)
    return before is None or before.kind != "per" or bool(text[before.end : limit].strip(" )]"))


def rate_of_an_unnamed_part(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """ "इंजीनियरिंग प्रोडक्ट में 13.86 फीसदी, पेट्रोलियम में 7.24 फीसदी": a rate right after
    "<words> में" (past a base said before it), the words naming no indicator, period or the
    whole, is the rate of a part the lexicon does not know."""
    if not lex.part_markers:
        return False
    j = i - 1
    while j >= 0 and (
        (toks[j].kind == "per" and toks[j].data.get("base"))
        or is_cue(toks[j], ("compare", "reference", "yoy"))
    ):
        j -= 1
    if j >= 0 and toks[j].kind == "per":
        return False  # "अप्रैल 2017 से जनवरी 2018 तक की अवधि में": the period's own words
    gap = text[toks[j].end if j >= 0 else 0 : toks[j + 1].start]
    words = [w for w in gap.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or words[-1] not in lex.part_markers or any(c in gap for c in ".;।"):
        return False
    name = [w.strip(",").strip("(") for w in words[:-1] if w.strip(",") not in lex.conjunctions]
    # (Not the indicator's own noun: "पर्यटकों के आगमन में 11.9 प्रतिशत", arrivals of tourists; nor
    # a plan: "(2024 की योजना में 11.50% - 12% की वृद्धि)".)
    return (
        bool(name)
        and name[0] not in lex.of_words
        and name[-1] not in lex.whole_words
        and not any(w.lower() in lex.plan_words for w in name)
    )


def amount_of_an_unnamed_part(
    total: Group | None, toks: list[Token], i: int, text: str, lex: Lexicon
) -> bool:
    """The amount toks[i] follows the total's amount past a word of its parts, naming nothing of
    its own between ("15,905 कंपनियों का पंजीकरण हुआ जिनमें 851 कंपनियां एक व्यक्ति वाली हैं", "có
    15.905 doanh nghiệp thành lập mới, trong đó có 851 doanh nghiệp một thành viên"): a part of
    the total no lexicon names, no figure of the indicator."""
    if total is None or total.indicator is None or total.value is None:
        return False
    amount = next((x for x in reversed(total.tokens) if x.kind == "val"), None)
    t = toks[i]
    if (
        amount is None
        or not 0 <= t.start - amount.end <= PART_AFTER_REACH
        or money(amount.data.get("unit")) != money(t.data.get("unit"))
    ):
        return False
    k = neighbour(toks, i, +1)
    while k < len(toks) and toks[k].kind == "cue":
        k += 1
    if (
        k < len(toks)
        and (
            (
                toks[k].kind in ("ind", "block")
                and len(text[t.end : toks[k].start].split()) <= NAMED_AFTER_WORDS
            )
            or short_name_right_after(toks, i, text, total.indicator)
            # ("including $1.4 billion for 120 new projects": the part named by what it paid for.)
            or (
                toks[k].kind == "val"
                and toks[k].data.get("unit") == "count"
                and len(text[t.end : toks[k].start].split()) == NAMED_AFTER_WORDS
            )
        )
    ):
        # ("including 3.25 million foreign arrivals", "trong số đó chỉ hơn 550 nghìn là khách
        # nước ngoài": a part named after it)
        return False
    if (
        k < len(toks)
        and toks[k].kind == "per"
        and len(text[t.end : toks[k].start].split()) <= NAMED_AFTER_WORDS
    ):
        return False  # ("46.3 billion USD, including 4.75 billion USD in October alone": that month's)
    own = {id(x) for x in total.tokens}  # ("15,905 कंपनियों का पंजीकरण": its name after it)
    k = i - 1  # (the tokens between lie within the reach: no walk of the whole sentence)
    while k >= 0 and toks[k].start >= amount.end:
        if toks[k].kind != "cue" and id(toks[k]) not in own:
            return False  # ("trong đó, khách quốc tế ...", "of which 600 in October": named)
        k -= 1
    return has_word(text[amount.end : t.start].lower(), lex.share_words)


def short_name_right_after(toks: list[Token], i: int, text: str, indicator: str | None) -> bool:
    """A short name of `indicator` follows the amount toks[i], a word or two of which part it is
    between ("US$1.2 billion [of newly] registered capital"; a block may share its words: "82
    करोड़ डॉलर की नई पंजीकृत पूंजी")."""
    k = neighbour(toks, i, +1)
    while k < len(toks) and toks[k].kind == "cue":
        k += 1
    return k < len(toks) and any(
        x.kind == "ellipsis"
        and x.data.get("value") == indicator
        and len(text[toks[i].end : x.start].split()) <= NAMED_AFTER_WORDS + 1
        for x in toks[k : k + 2]
        if x.start == toks[k].start
    )


PART_AFTER_REACH = 80  # "15,905 कंपनियों का पंजीकरण हुआ जिनमें[ ]851": the total's amount this close
NAMED_AFTER_WORDS = 1  # "550 nghìn[ là ]khách nước ngoài"


def rate_of_some_of_them(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] is said of some branches or places right after it ("duy trì mức tăng
    trưởng trên 10% ở một số ngành", "growth of over 10% in some sectors"): not the whole's."""
    after = text[toks[i].end : toks[i].end + SOME_OF_REACH].lstrip().lower()
    return any(after.startswith(w) and not after[len(w) : len(w) + 1].isalnum() for w in lex.some_of)


SOME_OF_REACH = 40


def amount_of_sub_topic(cur: Group, block: Token, text: str, lex: Lexicon) -> bool:
    """Whether the amount the group ends with is the sub-topic's named right after it ("It also
    lured 18 trillion VND of domestic investment", "thu hút 18.000 tỷ đồng vốn đầu tư trong
    nước": money right before its noun), not the indicator carried."""
    if not cur.tokens or cur.tokens[-1].kind != "val" or cur.growths:
        return False
    val = cur.tokens[-1]
    joined = words_between(text, val.end, block.start, lex.bound_after_re) in lex.value_of
    return joined or (money(cur.unit) and val.end == block.start - 1)


def rate_of_indicator_after(
    cur: Group, t: Token, toks: list[Token], i: int, text: str, lex: Lexicon, target_until: int
) -> str:
    """Whether the group's one rate, said just before the indicator toks[i], is that
    indicator's: "change" ("a 2.3% decline in exports ... in the first nine months", whatever
    indicator the sentence named before; its period may follow), or, for a group with no
    indicator yet, "rate" ("targets of 10% GRDP growth"; with no growth word after, a share of
    it: "nợ công khoảng 37% GDP"); "" when neither."""
    if _rate_right_before_its_noun(cur, toks, i, text):
        return "change"
    if cur.value is not None or len(cur.growths) != 1 or not cur.tokens or cur.tokens[-1].kind != "pct":
        return ""
    rate = cur.tokens[-1]
    # ("a 2.3% decline in exports"; "a growth of 23.5 per cent in foreign tourist arrivals": the
    # lexicon's "in" alone.)
    if words_between(text, rate.end, t.start, None) in lex.growth_in:
        return "change"
    if cur.indicator is None and _a_change_opening_before_its_subject(rate, t, toks, text):
        return "change"
    rated = (
        cur.indicator is None
        and words_between(text, rate.end, t.start, lex.or_more_re) in lex.rate_joins
        and bool(t.data.get("rate") or t.start < target_until or goal_named_right_after(toks, i, text))
        and bool(
            text[rate.end : t.start].strip()
            or growth_word_after(toks, i, text)
            # "12 प्रतिशत आर्थिक वृद्धि दर का लक्ष्य": the name itself says growth.
            or any(f" {w} " in f" {t.text.lower()} " for w in lex.growth_alone)
        )
    )
    return "rate" if rated else ""


def _a_change_opening_before_its_subject(rate: Token, t: Token, toks: list[Token], text: str) -> bool:
    """The sentence opens with a change and its rate, a comma, then the indicator ("Up 9%
    year-on-year, exports reached $3.2 billion"): the subject's change, said first."""
    # (Only cues stand before the rate: it is among the sentence's first few tokens, if at all.)
    k = next((j for j, x in enumerate(toks[: OPENING_CUES + 1]) if x is rate), -1)
    if k < 1 or not all(x.kind == "cue" for x in toks[:k]):
        return False
    if not any(is_cue(x, ("growth_up.before", "growth_down.before")) for x in toks[:k]):
        return False
    gap = text[rate.end : t.start]
    for x in toks[k + 1 :]:
        if x.start >= t.start:
            break
        if x.kind != "cue" or not is_cue(x, ("yoy", "prev_base")):
            return False
        gap = gap.replace(x.text, " ", 1)
    return gap.strip() == ","


OPENING_CUES = 6  # "[Up] 9%", "[Down] 4%": the words of change before an opening rate, a few cue readings


def rates_listed_before(groups: list[Group], cur: Group, toks: list[Token], text: str, lex: Lexicon) -> None:
    """Rates listed before the one said right before the indicator's name, each with a period
    of its own and nothing else, are the same indicator's: "पहली तिमाही में 7.8 प्रतिशत और दूसरी
    तिमाही में 8.2 प्रतिशत की जीडीपी वृद्धि", "दूसरी तिमाही में 7.9%, तीसरी तिमाही में 8.3% और चौथी
    तिमाही में 8.6% जीडीपी वृद्धि का लक्ष्य" (`cur`, the last of `groups`, is the one named)."""
    nxt = cur
    for g in reversed(groups[-LISTED_RATES_MAX:-1]):
        if g.indicator is not None or g.value is not None or g.plan is not None or g.reference:
            return
        rates = [t for t in g.tokens if t.kind == "pct"]
        later = [t for t in nxt.tokens if t.kind == "pct"]
        if len(g.growths) != 1 or len(rates) != 1 or not later:
            return
        if not _only_list_words(text, rates[0].end, later[0].start, toks, lex):
            return
        g.indicator, g.rate, g.target = cur.indicator, True, cur.target
        nxt = g


LISTED_RATE_GAP = 48  # "[ और चालू वित्त वर्ष की दूसरी तिमाही में ]8.2 प्रतिशत": an item's own period
LISTED_RATES_MAX = 6  # items of such a list looked through


def _only_list_words(text: str, a: int, b: int, toks: list[Token], lex: Lexicon) -> bool:
    """text[a:b] holds only list words, period glue and period mentions, at least one of these
    (the next item's own period: "[ और दूसरी तिमाही में ]")."""
    if not 0 < b - a <= LISTED_RATE_GAP:
        return False
    k = bisect.bisect_left(toks, a, key=_start)  # (toks are in order of start)
    inside = []
    while k < len(toks) and toks[k].start < b:
        if toks[k].kind == "per" and toks[k].end <= b:
            inside.append(toks[k])
        k += 1
    return bool(inside) and only_periods_between(text, a, b, inside, lex)


def only_periods_between(text: str, a: int, b: int, said: list[Token], lex: Lexicon) -> bool:
    """Between two figures (text[a:b]) only the period mentions among `said`, their glue, commas
    and words of "and"."""
    gap = text[a:b]
    for t in said:
        if t.kind == "per" and a <= t.start and t.end <= b:
            # (Blanked at their own length: mentions that overlap leave the offsets as they were.)
            gap = gap[: t.start - a] + " " * (t.end - t.start) + gap[t.end - a :]
    words = gap.replace(",", " ").lower().split()
    return all(w in lex.period_glue or w in lex.conjunctions for w in words)


def _start(t: Token) -> int:
    return t.start


def listed_before_a_named_rate(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The bare rate toks[i] opens a list of rates, each after a period of its own, whose last
    is said right before an indicator's name ("पहली तिमाही में [7.8 प्रतिशत] और दूसरी तिमाही में 8.2
    प्रतिशत की जीडीपी वृद्धि")."""
    prev = toks[i]
    pers = 0
    for k in range(i + 1, min(len(toks), i + 3 * LISTED_RATES_MAX)):
        t = toks[k]
        if t.kind == "per":
            pers += 1
        elif t.kind == "pct":
            if not pers or not _only_list_words(text, prev.end, t.start, toks, lex):
                return False
            prev, pers = t, 0
        elif t.kind == "ind":
            joins = words_between(text, prev.end, t.start, None)
            return prev is not toks[i] and not pers and joins in lex.rate_joins
        else:
            return False
    return False


def goal_named_right_after(toks: list[Token], i: int, text: str) -> bool:
    """A word of growth goal right after the indicator's name toks[i] ("12% के माल निर्यात कारोबार
    [वृद्धि लक्ष्य]"): a rate said before the name is its growth goal."""
    k = neighbour(toks, i, +1)
    return k < len(toks) and any(
        is_cue(c, ("target_after",)) and not text[toks[i].end : c.start].strip()
        for c in readings(toks, k, +1)
    )


def share_of_its_goal(toks: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """The index of the indicator when the bare rate toks[i] is said right before "of" it and a
    word of goal follows ("reached 23.6% of this year's public investment disbursement target
    and 31.76% of the State budget collection target": the share of that plan reached); else -1.
    A period may stand between, the goal's year ("of this year's"). Not where the goal is said
    after its figure: "12% के माल निर्यात कारोबार वृद्धि लक्ष्य" is a goal of 12%."""
    if lex.target_follows:
        return -1
    rate = toks[i]
    k = i + 1
    while k < len(toks) and toks[k].kind == "per" and toks[k].start - rate.end <= GOAL_SHARE_REACH:
        k += 1
    if k + 1 >= len(toks) or toks[k].kind != "ind" or toks[k].start - rate.end > GOAL_SHARE_REACH:
        return -1
    t, nxt = toks[k], toks[k + 1]
    if not is_cue(nxt, ("target_after",)) or nxt.start - t.end > 1:
        return -1
    between = text[rate.end : t.start]
    for x in toks[i + 1 : k]:
        between = between.replace(x.text, " ")
    return k if " ".join(between.lower().replace("'s", " ").split()) in lex.of_words else -1


def share_of_it_done(toks: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """The index of the indicator when the bare rate toks[i] is said right before "of" an
    indicator spent against a plan and a word of doing it ("About 52.43 percent of public
    investment capital was disbursed"): the share of the plan done; else -1."""
    if i + 2 >= len(toks):
        return -1
    t, done = toks[i + 1], toks[i + 2]
    if t.kind != "ind" or t.data["indicator"] not in PLAN_SHARE_INDICATORS:
        return -1
    if text[toks[i].end : t.start].strip().lower() not in lex.of_words:
        return -1
    if done.kind != "ellipsis" or done.data["value"] != t.data["indicator"]:
        return -1
    return i + 1 if len(text[t.end : done.start].split()) <= DONE_WORDS else -1


def share_of_it_said_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """The index of the indicator when the bare rate toks[i] follows an indicator spent against a
    plan and a word of "of", and a word of doing it comes right after ("सार्वजनिक निवेश पूंजी का 64
    प्रतिशत वितरित कर दिया": the share of the capital disbursed); else -1."""
    if i < 1 or i + 1 >= len(toks):
        return -1
    t, done = toks[i - 1], toks[i + 1]
    if t.kind != "ind" or t.data["indicator"] not in PLAN_SHARE_INDICATORS:
        return -1
    if text[t.end : toks[i].start].strip().lower() not in lex.of_words:
        return -1
    if done.kind != "ellipsis" or done.data["value"] != t.data["indicator"]:
        return -1
    return i - 1 if len(text[toks[i].end : done.start].split()) <= DONE_WORDS else -1


def share_done_said_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """The index of the indicator when the bare rate toks[i] follows a word of doing it and
    comes right before "of" the indicator spent against a plan ("disbursed 45 percent of
    public investment capital", "the disbursement of 100 percent of public investment
    capital"), or before "of it" after a plan named earlier ("has disbursed 42% of it": then the
    index of the word of doing, which names the indicator): the share of the plan done; else -1."""
    if i < 1:
        return -1
    done = toks[i - 1]
    if (
        lex.of_it_words
        and done.kind == "ellipsis"
        and done.data["value"] in PLAN_SHARE_INDICATORS
        and text[done.end : toks[i].start].strip() == ""
        and starts_with_word(text[toks[i].end : toks[i].end + OF_IT_REACH].lower().lstrip(), lex.of_it_words)
    ):
        return i - 1  # "... earmarked VND5.4 trillion ... and has disbursed 42% of it": of the plan named
    if i + 1 >= len(toks):
        return -1
    t = toks[i + 1]
    if t.kind != "ind" or t.data["indicator"] not in PLAN_SHARE_INDICATORS:
        return -1
    if done.kind != "ellipsis" or done.data["value"] != t.data["indicator"]:
        return -1
    between = text[done.end : toks[i].start].strip().lower()
    if between and between not in lex.of_words and between not in lex.hedges:
        return -1  # ("has so far disbursed [only] 48 per cent of ...")
    of = text[toks[i].end : t.start].strip().lower()
    owner = next((a for a in lex.level_articles if of.endswith(f" {a}")), None)
    if owner is not None:
        of = of[: -len(owner)].rstrip()  # ("48 per cent of [its] public investment capital")
    return i + 1 if of in lex.of_words else -1


DONE_WORDS = 2  # "[was] disbursed", "[has been] disbursed"
OF_IT_REACH = 24  # "42%[ of the allocation]"
GOAL_SHARE_REACH = 24  # "23.6%[ of this year's ]public investment ...": the rate this close before


COMPARED_REACH = 40  # "यह देश के कुल कलेक्शन से": the words naming what the rate is over


def rate_over_another_figure(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] says by how much a figure exceeds another named with no period ("यह देश
    के कुल कलेक्शन से तीन प्रतिशत अधिक रहा": more than the country's total), not how it grew."""
    if not lex.comparatives or not lex.than_words or i < 1:
        return False
    t, name = toks[i], toks[i - 1]
    # (Past a word of comparison read as a cue: "देश के 7 प्रतिशत विकास दर की अपेक्षा 1 प्रतिशत ज्यादा".)
    k = i - 1
    while k > 0 and toks[k].kind == "cue" and is_cue(toks[k], ("compare",)):
        k -= 1
    compared = k < i - 1
    name = toks[k]
    after = text[t.end : t.end + 16].split()
    if not after or after[0] not in lex.comparatives or name.kind not in ("ind", "ellipsis"):
        return False
    if not compared and text[name.end : t.start].strip().lower() not in lex.than_words:
        return False
    if compared and text[toks[i - 1].end : t.start].strip():
        return False
    start = max(0, name.start - COMPARED_REACH)
    return not any(x.kind == "per" and x.end > start for x in toks[max(0, i - 4) : i])


def rate_of_a_sub_topic_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i], a word of change and "in", then a sub-topic: "mainly due to a 13.34 per
    cent rise in crude oil imports" is the sub-topic's rate, not the indicator's."""
    k = i + 1
    # (The words of change may be read as a short name too: "10% [growth in] the manufacturing
    # sector".)
    while k < len(toks) and (
        toks[k].kind == "cue" or (toks[k].kind == "ellipsis" and toks[k].text.lower() in lex.growth_in)
    ):
        k += 1
    if k >= len(toks) or not lex.growth_in:
        return False
    if toks[k].kind == "ind":
        # "the highest growth of 48.3 percent in the number of visitors from South Korea": an
        # indicator, a word of origin, then the part it is of (a partner, a market).
        after = k + 1
        while after < len(toks) and toks[after].kind == "cue" and toks[after].start - toks[k].end <= 8:
            after += 1
        if (
            after >= len(toks)
            or toks[after].kind != "block"
            or text[toks[k].end : toks[after].start].strip().lower() not in lex.origin_words
        ):
            return False
        return starts_with_word(words_between(text, toks[i].end, toks[k].start, None), lex.growth_in)
    if toks[k].kind != "block":
        return False
    gap = words_between(text, toks[i].end, toks[k].start, None)
    if gap in lex.growth_in:
        return True
    # A sub-topic named with its "in" ("a 16.8% increase [in services]"): a bare sector's name
    # is no block alone ("goods and services").
    head = toks[k].text.split(maxsplit=1)[0].lower()
    if f"{gap} {head}".strip() in lex.growth_in:
        return True
    # ... or the word of change is the sub-topic's own ("a 10.2% [growth in the tertiary] sector").
    words = toks[k].text.lower().split()
    return not gap and any(" ".join(words[:n]) in lex.growth_in for n in (2, 3))


def _rate_right_before_its_noun(cur: Group, toks: list[Token], i: int, text: str) -> bool:
    """A rate of a group with no indicator yet, with only its growth word between it and the
    indicator toks[i]: "12% अधिक राजस्व संग्रह किया" (collected 12% more revenue), "लक्ष्य का
    21.3% टैक्स वसूल लिया" (collected 21.3% of the goal in tax). Said before its noun, the way
    Hindi puts a figure, so the rate is that noun\x27s."""
    if cur.indicator is not None or cur.value is not None or not cur.tokens or cur.tokens[-1].kind != "pct":
        return False
    if len(cur.growths) + (cur.plan is not None) != 1:
        return False
    rate, pos = cur.tokens[-1], cur.tokens[-1].end
    # Only the tokens between the rate and toks[i]: walking back from i, not the whole sentence.
    first = i
    while first > 0 and toks[first - 1].start >= rate.end:
        first -= 1
    for t in tokens_from(toks, first, i):
        if t.kind != "cue" or not t.data["cue"].endswith(".after") or text[pos : t.start].strip():
            return False
        pos = max(pos, t.end)
    return not text[pos : toks[i].start].strip() and (cur.plan is not None or pos > rate.end)


def included_aside(toks: list[Token], i: int, text: str) -> bool:
    """Whether what toks[i] names is only listed, its clause closed by a comma before any
    figure ("2.8 billion USD in FDI, including new registrations and capital additions, up
    32%": the rate is the whole's), not a part with figures of its own ("trong đó thu nội
    địa 11.000 tỷ đồng")."""
    nxt = next((t for t in tokens_from(toks, i + 1) if t.kind in NUMERIC), None)
    return nxt is not None and "," in text[toks[i].end : nxt.start]


BETWEEN_REACH = 80


def words_between(text: str, start: int, end: int, lead: Any) -> str:
    """The words between two tokens, lower-cased, past a leading phrase the pattern `lead`
    reads: a bound between an amount and its noun ("1.5 अरब डॉलर से अधिक का एफडीआई": "का"), an
    "or more" between a rate and its indicator ("8% या उससे अधिक की जीआरडीपी वृद्धि दर": "की")."""
    if end - start > BETWEEN_REACH:
        return "\x00"  # two tokens this far apart have no joining words (and stay linear)
    words = text[start:end].lower()
    m = lead.match(words) if lead is not None else None
    return (words[m.end() :] if m is not None else words).strip()


CONVERSION_REACH = 60  # "($1.49 billion)", "(nearly US$8 billion at current exchange rate)": this short


def past_conversion(text: str, end: int) -> int:
    """Where an amount's words go on past its conversion in brackets ("VND37.8 trillion
    ($1.49 billion) in public investment": the "in" is the first amount's): after the
    closing bracket, or `end` when no such bracket follows."""
    head = text[end : end + CONVERSION_REACH]
    if not head.lstrip().startswith("("):
        return end
    close = head.find(")")
    inside = head[head.find("(") + 1 : close]
    if close < 0 or "%" in inside or not any(c.isdigit() for c in inside):
        return end
    return end + close + 1


def after_cue(groups: list[Group], toks: list[Token], kind: str | tuple[str, ...]) -> list[Group]:
    """The groups whose figures all come after the sentence's first cue of `kind` (or kinds)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    at = next((t.start for t in toks if is_cue(t, kinds)), None)
    if at is None:
        return []
    out = []
    for g in groups:
        figures = [t.start for t in g.tokens if t.kind in NUMERIC]
        if figures and min(figures) > at:
            out.append(g)
    return out


def _figure_starts(g: Group) -> list[int]:
    """Where the group's own figures begin, in order."""
    return sorted(t.start for t in g.tokens if t.kind in NUMERIC)


def before_cue(groups: list[Group], toks: list[Token], kind: str) -> list[Group]:
    """The groups whose last figure comes right before a cue of `kind`, no figure between."""
    cues = [t.start for t in toks if is_cue(t, (kind,))]
    if not cues:
        return []
    figures = sorted(t.start for t in toks if t.kind in NUMERIC)
    cues.sort()
    out = []
    for g in groups:
        own = _figure_starts(g)
        if not own:
            continue
        last = own[-1]
        # (By bisection: a run-on sentence holds thousands of figures.)
        k = bisect.bisect_right(figures, last)
        nxt = figures[k] if k < len(figures) else None
        c = bisect.bisect_right(cues, last)
        if c < len(cues) and (nxt is None or cues[c] < nxt):
            out.append(g)
    return out


def mark_stocks(groups: list[Group], toks: list[Token], text: str, lex: Lexicon) -> None:
    """ "Lũy kế, toàn tỉnh có 320 dự án FDI còn hiệu lực với tổng vốn đăng ký 8,5 tỷ USD": the
    figures after a word of stock are what has built up over the years, not the period's;
    "Economists polled by Reuters had forecast inflation at 4.42%": the figures after a word of
    forecast are someone's expectation, not the report's figure; "Nếu không tính dầu thô, kim
    ngạch xuất khẩu đạt ...": after a word that leaves a part out, another measure of the total."""
    for g in after_cue(groups, toks, "stock"):
        g.stock = True
    toks = _forecasts_named_after_their_rate(groups, toks, text, lex)
    # (A forecaster named is a word of forecast too, for the figures after it: "विश्व बैंक ने कहा
    # कि ... 6.5 प्रतिशत बढ़ेगी", "According to the ADB, ...".)
    forecasts = ("forecast", "forecaster_after")
    at = next((t.end for t in toks if is_cue(t, forecasts)), None)
    named = next((t.end for t in toks if is_cue(t, ("forecaster_after",))), None)
    semicolons: list[int] | None = None  # where the text's semicolons stand, once
    for g in after_cue(groups, toks, forecasts):
        # (A goal's own figure stays a goal: "Dự báo ... góp phần hoàn thành mục tiêu năm 2023
        # ... tăng trưởng giá trị sản xuất công nghiệp 9,5%"; a range forecast is no goal.)
        # (Not past a clause of contrast: "The index is projected to rise 7.5%, while the value
        # is estimated at ...".)
        # (Unless it names a forecast again: "..., while the retail inflation projection was
        # raised to 3.7 per cent", "..., जबकि खुदरा मुद्रास्फीति का अनुमान ...".)
        first = min(t.start for t in g.tokens if t.kind in NUMERIC)
        if semicolons is None:
            semicolons = _all_of(";", text, at, max(t.start for t in toks)) if at is not None else []
        if (
            at is not None
            and _contrasted_since(text, at, first, semicolons, lex)
            and not _a_forecast_named(g, text, at, first, lex)
        ):
            continue
        g.forecast = g.forecast or not g.target or g.ranged
        g.forecaster = g.forecaster or (named is not None and named <= first)
    for g in before_cue(groups, toks, "forecast_after"):
        g.forecast = True  # "जीडीपी ग्रोथ रेट घटकर 4.6 प्रतिशत रह सकती है": what may be
    for g in before_cue(groups, toks, "forecaster_after"):
        g.forecast = g.forecaster = True  # "..., the World Bank said": its view (see Group)
    for g in after_cue(groups, toks, "excluding"):
        g.excluded = True
    for g in _after_a_day(groups, toks, text, lex):
        g.day = True


def _forecasts_named_after_their_rate(
    groups: list[Group], toks: list[Token], text: str, lex: Lexicon
) -> list[Token]:
    """ "..., slightly below the 7.6% forecast by economists in a Reuters poll and down from 7.8%
    in the previous three months": a noun of forecast right after a rate names that rate a
    forecast, and no figure after it (not "6.9 per cent against the earlier estimate of 6.5 per
    cent", a forecast's words before its own figure). The tokens without those nouns."""
    named: list[Token] = []
    rates: list[Token] = []  # the rates those nouns name
    last: Token | None = None  # the last figure before the token
    for t in toks:
        if t.kind in NUMERIC:
            last = t
        elif (
            is_cue(t, ("forecast",))
            and last is not None
            and last.kind == "pct"
            and not text[last.end : t.start].strip()
            and t.text.lower() in lex.forecast_nouns
        ):
            named.append(t)
            rates.append(last)
    if not named:
        return toks
    forecast = {id(x) for x in rates}
    for g in groups:
        if any(id(x) in forecast for x in g.tokens):
            g.forecast = True
    gone = {id(x) for x in named}
    return [t for t in toks if id(t) not in gone]


FORECAST_NOUN_REACH = 2  # "retail inflation [projection]", "मुद्रास्फीति [का अनुमान]": words this close
FORECAST_NOUN_CHARS = 32  # ... within this many characters


def _a_forecast_named(g: Group, text: str, at: int, end: int, lex: Lexicon) -> bool:
    """The group's indicator, named in text[at:end], has a forecast's noun right beside it."""
    for t in g.tokens:
        if t.kind != "ind" or not at <= t.start < end:
            continue
        # (Windows of a few words: a run-on sentence is not re-read for every group.)
        after = words_near(text, t.end, min(end, t.end + FORECAST_NOUN_CHARS)).split()[:FORECAST_NOUN_REACH]
        before = words_near(text, max(at, t.start - FORECAST_NOUN_CHARS), t.start).split()[
            -FORECAST_NOUN_REACH:
        ]
        if has_word(" ".join(after), lex.forecast_nouns) or has_word(" ".join(before), lex.forecast_nouns):
            return True
    return False


def _all_of(ch: str, text: str, start: int, end: int) -> list[int]:
    """Where `ch` stands in text[start:end], in order."""
    out, k = [], text.find(ch, start, end)
    while k >= 0:
        out.append(k)
        k = text.find(ch, k + 1, end)
    return out


def _contrasted_since(text: str, at: int, end: int, semicolons: list[int], lex: Lexicon) -> bool:
    """A clause of its own opens in text[at:end]: a semicolon (`semicolons`: where the text's
    stand, sorted), or a comma and a word of contrast after it."""
    k = bisect.bisect_left(semicolons, at)
    if k < len(semicolons) and semicolons[k] < end:
        return True
    k = text.rfind(",", at, end)
    return k >= 0 and has_word(text[k:end].lower(), lex.contrast_words)


HORIZON_GAP_WORDS = 3  # "50 tỷ USD [trong] 5 năm tới", "10%[/năm trong] 5 năm tới"


def mark_the_years_ahead(groups: list[Group], toks: list[Token], text: str) -> None:
    """A figure right before a span of years to come ("aims for average growth of 10% over the
    next five years", "GRDP đạt 50 tỷ USD trong 5 năm tới"), or whose nearest period before it
    is one ("अगले पांच वर्षों में राज्य की अर्थव्यवस्था को एक ट्रिलियन डॉलर तक ..."), is of those
    years, no one period's: not the year spoken of, nor the publication's (unless a period is
    named right after it)."""
    pers = [t for t in toks if t.kind == "per"]
    starts = [t.start for t in pers]
    for g in groups:
        own = [t for t in g.tokens if t.kind in NUMERIC]
        if not own or g.period_attached:
            continue
        k = bisect.bisect_left(starts, own[0].start) - 1
        if k >= 0 and pers[k].data["kind"] == "horizon":
            g.horizon = True
            continue
        k = bisect.bisect_left(starts, own[-1].end)
        if k < len(pers) and pers[k].data["kind"] == "horizon":
            gap = text[own[-1].end : pers[k].start]
            g.horizon = len(gap.replace("/", " ").split()) <= HORIZON_GAP_WORDS and not any(
                c.isdigit() for c in gap
            )


def names_a_day(t: Token) -> bool:
    """The period mention t names a day's date (alone or beside a year: "इस वर्ष एक जनवरी को")."""
    return t.kind == "per" and any(p["kind"] in ("date", "day") for p in mention_parts(t.data))


def _a_day_said_as_such(t: Token) -> bool:
    """A day named as the day something happened on ("2 दिसंबर को"), not a dateline's date."""
    return any(p["kind"] == "day" for p in mention_parts(t.data))


def _after_a_day(groups: list[Group], toks: list[Token], text: str, lex: Lexicon) -> list[Group]:
    """The groups whose first figure comes after a day's date and a word of record ("एक जनवरी
    को सर्वाधिक 21 करोड़ यूनिट", "On January 1, a record 215 million units") with no other period
    or figure between: one day's peak, no period's figure."""
    days = [k for k, t in enumerate(toks) if names_a_day(t)]
    if not days:
        return []
    # The periods and figures in order, so the last one before a group's first figure is one
    # bisect away (a scan of the sentence per group went quadratic on megabyte run-on lists).
    marks = [j for j, t in enumerate(toks) if t.kind == "per" or t.kind in NUMERIC]
    starts = [toks[j].start for j in marks]
    day_set = set(days)
    out = []
    for g in groups:
        own = _figure_starts(g)
        if not own:
            continue
        first = own[0]
        at = bisect.bisect_left(starts, first)  # the last period or figure before the first figure
        k = marks[at - 1] if at else -1
        if k in day_set and (
            _a_day_said_as_such(toks[k]) or has_word(text[toks[k].end : first], lex.record_words)
        ):
            out.append(g)
    return out


def rate_aspect(toks: list[Token], i: int, text: str, lex: Lexicon) -> str | None:
    """What the rate toks[i] is said to be "in terms of": "count" ("tăng 15% về số DN", "in
    number"), "other" ("in capital", "về số vốn đăng ký"), None where no aspect is said."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i else None
    if (
        is_cue(prev, ("aspect",))
        and prev is not None
        and toks[i].start - prev.end <= 3
        and prev.text.lower() in lex.count_aspects
    ):
        return "count"  # "संख्या में 8% की वृद्धि": the aspect, said first, is the number itself
    end = toks[i].end
    j = i + 1
    # ("a 20.9% increase in both the number of enterprises": past the word of change after it.)
    while nxt is not None and nxt.kind == "cue" and not is_cue(nxt, ("aspect",)) and nxt.start - end <= 3:
        # (Past a base too: "tăng 21,7% so với cùng kỳ năm trước về số dự án".)
        if not nxt.data["cue"].startswith(("growth_up", "growth_down", "change", "yoy")):
            break
        end, j = nxt.end, j + 1
        nxt = toks[j] if j < len(toks) else None
    if not is_cue(nxt, ("aspect",)) or nxt is None or nxt.start - end > 3:
        return None
    if nxt.text.lower() in lex.count_aspects or text[nxt.start : nxt.start + 24].lower().startswith(
        tuple(lex.count_aspects)
    ):
        return "count"  # "down 8.4% in number but up 12% in capital", "tăng 4,2% về số lượng"
    rest = text[nxt.end : nxt.end + 24].lower()
    aspect = regex.split(r"[,;.।]", rest, maxsplit=1)[0]  # up to the clause's end
    if any(f" {w} " in f" {aspect} " for w, u in lex.units_after.items() if u == "count"):
        return "count"
    return "other"


def aspect_of_count(groups: list[Group]) -> Group | None:
    """The count a rate qualified "in terms of the number of ..." belongs to ("tăng 15% về số DN",
    see rate_aspect): the one stated earlier in the sentence, not the amount it follows."""
    # The count stated just before ("có 120 doanh nghiệp ..., tăng 15% về số doanh nghiệp"), also
    # when it has only a rate against the month before ("giảm 16,1% về số doanh nghiệp so với
    # tháng 10; so với cùng kỳ năm trước tăng 34,9% về số doanh nghiệp").
    return next(
        (
            g
            for g in reversed(groups[-8:])
            if g.unit == "count"
            and g.value is not None
            and not any(x.base in ("yoy", "unspecified") for x in g.growths)
        ),
        None,
    )


def respectively(toks: list[Token], text: str, lex: Lexicon, said: bool) -> tuple[dict[int, Pairs], set[int]]:
    """Lists stated "respectively": a run of indicator names, then as many values (and as many
    rates), paired in order. Without the word, only values themselves joined as a list ("rose
    12% and 8% to 5 billion USD and 4.2 billion USD") pair this way. Returns the pairing by
    the run's first index, and the indices it consumes. `said`: the sentence says
    "respectively"."""
    if not said and not any(
        (a.kind == "ind" and b.kind in ("ind", "block")) or (a.kind == "block" and b.kind == "ind")
        for a, b in itertools.pairwise(toks)
    ):
        return {}, set()  # no two names side by side, one an indicator's: no list to pair
    out: dict[int, Pairs] = {}
    consumed: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i].kind not in ("ind", "block"):
            i += 1
            continue
        # Names of topics not scored ("Mining, Manufacturing and Electricity") take their
        # places in the list; their figures belong to no indicator.
        run = _joined_run(toks, i, text, lex, ("ind", "block"))
        j = run[-1] + 1
        if len(run) < 2 or not any(toks[r].kind == "ind" for r in run):
            i = j
            continue
        stop = j  # the figures up to the next indicator name (each run scans its own stretch)
        while stop < len(toks) and toks[stop].kind not in ("ind", "block"):
            stop += 1
        paired = _paired_figures(toks, j, stop, len(run), text, lex, strict=not said)
        if paired is None:
            i = j
            continue
        values, rates = paired
        out[run[0]] = _pairs(toks, run, values, rates)
        consumed.update(run[1:], values, rates)
        i = j
    return out, consumed


def periods_respectively(
    toks: list[Token], text: str, lex: Lexicon, said: bool
) -> tuple[dict[int, Pairs], set[int]]:
    """ "Tháng 9 và 9 tháng, thu ngân sách đạt lần lượt 900 tỷ đồng và 8.500 tỷ đồng": a run of
    periods, one indicator, then as many figures, paired in order; the indicator may come first
    ("Exports in July and August were 3.1 and 3.4 billion USD, respectively"). Returns the
    pairing (period, value, rate) by the index of the first figure, and the indices of the
    others. Unsaid, the figures must each form one list as long as the run ("In July and
    August, imports rose 4% and 6%")."""
    if sum(t.kind == "per" for t in toks) < 2:
        return {}, set()  # (no run of periods to pair)
    out: dict[int, Pairs] = {}
    consumed: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i].kind != "per":
            i += 1
            continue
        run = _joined_run(toks, i, text, lex)
        j = k = run[-1] + 1
        while k < len(toks) and toks[k].kind == "cue":
            k += 1
        if len(run) < 2 or k >= len(toks):
            i = j
            continue
        # (Words of a rate may stand between the name and its periods: "GRDP growth in the
        # third quarter and the first nine months was ...".)
        named = i - 1
        while named >= 0 and toks[named].kind in ("cue", "ellipsis"):
            named -= 1
        if toks[k].kind == "ind":
            k += 1
        elif not (toks[k].kind in NUMERIC and (said or (named >= 0 and toks[named].kind == "ind"))):
            # (Said "respectively", the figures need no name by them: "... 5.69 प्रतिशत थी, जबकि
            # जनवरी और फरवरी में यह क्रमशः 5.10 प्रतिशत और 5.09 प्रतिशत रही".)
            i = j
            continue
        stop = k
        while stop < len(toks) and toks[stop].kind not in ("ind", "block", "per"):
            stop += 1
        paired = _paired_figures(toks, k, stop, len(run), text, lex, strict=not said)
        if paired is None:
            i = j
            continue
        _by_first_figure(toks, run, paired, out, consumed)
        i = stop
    _periods_after_their_figures(toks, text, lex, out, consumed)
    return out, consumed


def _periods_after_their_figures(
    toks: list[Token],
    text: str,
    lex: Lexicon,
    out: dict[int, Pairs],
    consumed: set[int],
) -> None:
    """ "Exports reached 1.1 and 9.5 billion USD in September and the first nine months,
    respectively": one indicator, its figures, then a run of as many periods, paired in order;
    so too the figures compared with after a word of comparison ("higher than growth rates of
    7% and 7.41% recorded in the first and second quarters, respectively")."""
    for k, t in enumerate(toks):
        if t.kind != "ind" and not is_cue(t, ("reference",)):
            continue
        p = k + 1
        while p < len(toks) and toks[p].kind not in ("per", "ind", "block"):
            p += 1
        if p >= len(toks) or toks[p].kind != "per":
            continue
        run = _joined_run(toks, p, text, lex)
        paired = _paired_figures(toks, k + 1, p, len(run), text, lex, strict=True) if len(run) > 1 else None
        if paired is not None and min([*paired[0], *paired[1]]) not in out.keys() | consumed:
            _by_first_figure(toks, run, paired, out, consumed)


def period_of_list(toks: list[Token], i: int, items: Pairs, text: str) -> Token | None:
    """The period said between a list's names (from toks[i]) and its figures ("Mining,
    Manufacturing and Electricity for September 2025 are 0.4, 4.8 and 3.1 percent
    respectively"), or right after its figures ("... $26.49 billion and $42.72 billion,
    respectively in November 2014"): the period of every figure in the list."""
    names_end = max(name.end for name, _, _ in items)
    figures = [x for _, v, r in items for x in (v, r) if x is not None]
    figures_start = min(x.start for x in figures)
    figures_end = max(x.end for x in figures)
    after: Token | None = None
    gap, pos = [], figures_end  # the words between the figures and a period after them
    for t in tokens_from(toks, i):
        if t.start < figures_start:
            if t.kind == "per" and t.start >= names_end and not t.data.get("base"):
                return t
        elif t.start >= figures_end:
            if not is_cue(t, ("respectively",)):
                after = t
                break
            gap += text[pos : t.start].split()
            pos = max(pos, t.end)
    if after is None or after.kind != "per" or after.data.get("base"):
        return None
    # (Only the word "respectively", commas and a word of time between: "..., respectively, in
    # 2024"; "... in March to lift ... in April" is the list's alone.)
    gap += text[pos : after.start].split()
    return after if len([w for w in gap if w != ","]) <= LIST_PERIOD_GAP else None


LIST_PERIOD_GAP = 1  # "... 42.72 billion, respectively[ in ]November 2014" (the period reads "in")


def _pairs(toks: list[Token], run: list[int], values: list[int], rates: list[int]) -> Pairs:
    """The names (or periods) of a run with their values and rates, in order."""
    return [
        (toks[r], toks[values[n]] if values else None, toks[rates[n]] if rates else None)
        for n, r in enumerate(run)
    ]


def _by_first_figure(
    toks: list[Token],
    run: list[int],
    paired: tuple[list[int], list[int]],
    out: dict[int, Pairs],
    consumed: set[int],
) -> None:
    """A run of periods paired with its figures, kept at the first figure; the others consumed."""
    values, rates = paired
    first = min([*values, *rates])
    out[first] = _pairs(toks, run, values, rates)
    consumed.update(x for x in [*values, *rates] if x != first)


def _joined_run(
    toks: list[Token], i: int, text: str, lex: Lexicon, kinds: tuple[str, ...] | None = None
) -> list[int]:
    """The indices of the tokens of toks[i]'s kind (or of `kinds`) joined to it as a list
    ("exports and imports")."""
    kinds = kinds or (toks[i].kind,)
    run = [i]
    j = i + 1
    while (
        j < len(toks)
        and toks[j].kind in kinds
        and (
            only_list_words(text[toks[run[-1]].end : toks[j].start], lex)
            or (toks[j].kind == "per" and _periods_joined(text[toks[run[-1]].end : toks[j].start], lex))
        )
    ):
        run.append(j)
        j += 1
    return run


def _periods_joined(gap: str, lex: Lexicon) -> bool:
    """Two periods of a list with the word that governs each said again ("सितंबर में और पहले
    नौ महीनों में"): list words and the period glue only, a list word among them."""
    words = gap.replace(",", " ").lower().split()
    return any(w in lex.conjunctions for w in words) and all(
        w in lex.conjunctions or w in lex.period_glue for w in words
    )


def _paired_figures(
    toks: list[Token], lo: int, hi: int, n: int, text: str, lex: Lexicon, strict: bool
) -> tuple[list[int], list[int]] | None:
    """As many values and/or rates in toks[lo:hi] as a run has names; `strict` (no
    "respectively" said): no more than that, each set joined as one list."""
    all_values = [k for k in range(lo, hi) if toks[k].kind in ("val", "num")]
    all_rates = [k for k in range(lo, hi) if toks[k].kind == "pct"]
    values, rates = all_values[:n], all_rates[:n]
    if len(values) not in (0, n) or len(rates) not in (0, n) or not (values or rates):
        return None
    if strict and not (
        len(all_values) == len(values)
        and len(all_rates) == len(rates)
        and all(_joined_list(toks, ks, text, lex) for ks in (values, rates))
    ):
        return None
    return values, rates


RESPECTIVELY_GAP = 24  # "... 23.6% and 50.3% year-on-year respectively": the word this near the run


def rates_respectively(toks: list[Token], text: str, lex: Lexicon) -> list[int]:
    """A run of rates said "respectively" after figures of their own ("24.89 million tourists,
    including 6.35 million international arrivals, up 23.6% and 50.3% respectively"; "tăng lần
    lượt 8,2% và 24,6%"): the indices of the rates, to be paired in order with the figures
    before them; empty where there is none."""
    words = [c for c in toks if is_cue(c, ("respectively",))]
    if not words:
        return []
    ends, starts = [c.end for c in words], [c.start for c in words]  # sorted: tokens are
    figures = 0  # values seen so far (one pass: a run-on sentence stays linear)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind in ("val", "num"):
            figures += 1
        if t.kind != "pct":
            i += 1
            continue
        run = _joined_run(toks, i, text, lex)
        first, last = toks[run[0]], toks[run[-1]]
        said = bisect.bisect_right(ends, first.start) > bisect.bisect_left(
            ends, first.start - RESPECTIVELY_GAP
        ) or (bisect.bisect_right(starts, last.end + RESPECTIVELY_GAP) > bisect.bisect_left(starts, last.end))
        if len(run) >= 2 and said and figures >= len(run):
            return run
        i = run[-1] + 1
    return []


def pair_rates(
    run: list[int], toks: list[Token], text: str, groups: list[Group], lex: Lexicon, frame: Frame
) -> None:
    """The rates of a run said "respectively", in order, to as many figures before it that have
    an amount and no rate yet; none where they are fewer."""
    first = toks[run[0]].start
    # (A figure of no indicator takes its rate too, unread: "1.020 doanh nghiệp thành lập mới với
    # tổng vốn đăng ký 11.500 tỷ đồng, tăng lần lượt 8% và 21%" gives the firms the first.)
    owners = [
        g
        for g in groups
        if g.value is not None and not g.growths and not g.reference and all(x.end <= first for x in g.tokens)
    ][-len(run) :]
    if len(owners) != len(run) or all(g.indicator is None for g in owners):
        return
    for g, k in zip(owners, run, strict=True):
        if g.indicator is None:
            continue
        t = toks[k]
        role = t.data.get("role", "bare")
        value = -t.data["value"] if role == "growth_down" else t.data["value"]
        g.growths.append(Growth(value, growth_base(toks, k, text, g.period, lex, frame)))
        g.tokens.append(t)


def _joined_list(toks: list[Token], ks: list[int], text: str, lex: Lexicon) -> bool:
    """The figures at `ks` stand side by side as one list ("12% and 8%")."""
    return all(only_list_words(text[toks[a].end : toks[b].start], lex) for a, b in itertools.pairwise(ks))


def _month_said(t: Token) -> dict[str, Any] | None:
    """The month a period token names last, said for the figure's own time ("जनवरी", "वर्ष 2025
    में जनवरी"); None for any other."""
    if t.kind != "per" or t.data.get("base"):
        return None
    last = t.data["parts"][-1] if t.data["kind"] == "merged" else t.data
    return last if last["kind"] == "month" and not last.get("base") else None


def months_in_one_stretch(toks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """ "30,800 new businesses were set up in January and February", "जनवरी और फरवरी में":
    consecutive months named in a list, with no "respectively" to pair each with a figure of
    its own, are one stretch of months. Figures in a list of their own ("In July and August,
    imports rose 4% and 6%") are still each month's."""
    if sum(t.kind == "per" and t.data["kind"] in ("month", "merged") for t in toks) < 2:
        return toks  # (most sentences: nothing to fold, and no list of figures to look for)
    if any(
        a.kind == b.kind or {a.kind, b.kind} == {"num", "val"}
        for a, b in itertools.pairwise(t for t in toks if t.kind in ("val", "num", "pct"))
        if only_list_words(text[a.end : b.start], lex)
    ):
        return toks
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if _month_said(t) is None:
            out.append(t)
            i += 1
            continue
        run = _joined_run(toks, i, text, lex)
        months = [_month_said(toks[k]) or {} for k in run]
        numbers = [month_number(d.get("m"), lex) for d in months]
        if (
            len(run) > 1
            and all(d and toks[k].data["kind"] == "month" for d, k in zip(months[1:], run[1:], strict=True))
            and all(d.get("y") is None for d in months[:-1])
            and None not in numbers
            and all(b == a + 1 for a, b in itertools.pairwise(numbers))  # type: ignore[operator]
        ):
            last = toks[run[-1]]
            data: dict[str, Any] = {"kind": "month_range", "m": months[0]["m"], "m2": months[-1]["m"]}
            if months[-1].get("y") is not None:
                data["y"] = months[-1]["y"]
            if t.data["kind"] == "merged":
                # "वर्ष 2025 में जनवरी, फरवरी और मार्च": the first month read with the year before
                # it; the year is the months' (said alone it would keep the month in context).
                before = t.data["parts"][:-1]
                if len(before) == 1 and before[0]["kind"] == "year" and before[0].get("y"):
                    data["y"] = before[0]["y"]
                else:
                    data = {**t.data, "parts": [*before, data]}
            out.append(Token("per", t.start, last.end, text[t.start : last.end], data))
            i = run[-1] + 1
            continue
        out.append(t)
        i += 1
    return out


def list_value(tok: Token, items: Pairs) -> tuple[float, str | None]:
    """A bare number in a list takes the scale and unit of the list's stated amount
    ("50 and 32.8 million USD": 50 million USD)."""
    if tok.kind == "val":
        return tok.data["value"], tok.data.get("unit")
    stated = next((v for _, v, _ in items if v is not None and v.kind == "val"), None)
    if stated is None:
        return tok.data["value"], None
    return float(f"{tok.data['value'] * stated.data.get('scale', 1.0):.12g}"), stated.data.get("unit")


def mark_targets_before(toks: list[Token], text: str, groups: list[Group], lex: Lexicon) -> None:
    """Languages that state the goal after the figure ("10 प्रतिशत वृद्धि का लक्ष्य"): the
    figures of the clause that ends at the cue are targets, and of a list that ends there ("8.5%
    की जीआरडीपी वृद्धि, 15,000 अरब वीएनडी के बजट राजस्व और 3 अरब डॉलर के निर्यात का लक्ष्य")."""
    for cue in toks:
        if cue.kind != "cue" or cue.data["cue"] != "target":
            continue
        # (Within a goal's reach: a run-on sentence of a megabyte is not rescanned per goal.)
        lo = max(toks[0].start, cue.start - GOAL_REACH) - 1
        start = max(lo, *(text.rfind(ch, lo + 1, cue.start) for ch in ";\n।"))
        opened = text.rfind("(", lo + 1, cue.start)
        if opened > start and text.find(")", opened, cue.start) < 0:
            start = opened  # (not a bracket closed before the goal's word: "... (जीआरडीपी) हासिल करना होगा")
        comma = _clause_comma(text, start, cue.start)
        if comma > start and not has_conjunction(text[comma : cue.start], lex):
            start = comma
        # "... 6.8 प्रतिशत रही, जबकि वार्षिक लक्ष्य 8 प्रतिशत है": a word of contrast ends what
        # came before; the goal is not of that clause's figures.
        start = max(start, _last_word(text, start, cue.start, lex.contrast_words))
        start = max(start, _last_word(text, start, cue.start, lex.goal_opens_after))
        compared = _goal_compared_with(cue, text, lex)
        nearest = (
            max(
                (
                    t.start
                    for g in groups
                    for t in g.tokens
                    if t.kind in NUMERIC and start < t.start < cue.start
                ),
                default=None,
            )
            if compared
            else None
        )
        for g in groups:
            nums = [t.start for t in g.tokens if t.kind in NUMERIC]
            if nums and start < nums[0] < cue.start and not (compared and nums[0] != nearest):
                # (A range read as an estimate is the goal's, named after it: "..., जो 7-7.5% की
                # योजना से कम है".)
                g.target, g.forecast = True, False


def _goal_compared_with(cue: Token, text: str, lex: Lexicon) -> bool:
    """The goal is one a figure is compared with ("..., और 30 लाख की योजना से अधिक है"): its own
    figure is the one right before it, no list's."""
    words = f"{cue.text} {text[cue.end : cue.end + GOAL_COMPARED_REACH]}".lower().split()
    return any(w in lex.than_words and nxt in lex.comparatives for w, nxt in itertools.pairwise(words))


GOAL_COMPARED_REACH = 12  # "[लक्ष्य] से कम": the word of comparison right after the goal's


def _last_word(text: str, lo: int, hi: int, words: tuple[str, ...]) -> int:
    """Where the last of `words` said as a whole word in text[lo:hi] starts; lo when none."""
    low = text[max(lo, 0) : hi].lower()
    at = -1
    for w in words:
        k = low.rfind(f" {w} ")
        at = max(at, k + 1 if k >= 0 else -1)
    return max(lo, 0) + at if at >= 0 else lo


def _clause_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no digit group's ("15,000"); lo when none (lo may
    be -1: the text's start)."""
    first = max(lo, 0)
    k = text.rfind(",", first, hi)
    while k > 0 and k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit():
        k = text.rfind(",", first, k)
    return max(k, lo)


# Cues that compare a figure with a goal ("... से कम", "vượt ...").
COMPARING = frozenset({"reference", "compare", "exceed", "plan"})
GOAL_REACH = 800  # a goal's list ends within this many characters of its goal word


def _compared_after(toks: list[Token], k: int, end: int) -> bool:
    """A figure or a word of comparison among toks[k:] before `end` (only those: a run-on
    sentence is not walked to its end per goal)."""
    while k < len(toks) and toks[k].start < end:
        t = toks[k]
        if t.kind in NUMERIC or (t.kind == "cue" and str(t.data["cue"]).split(".")[0] in COMPARING):
            return True
        k += 1
    return False


GOAL_BRACKET = 48  # "(3 tỷ USD)", "(kế hoạch 8%)": a goal's bracket right after its word closes by then


def clause_end(text: str, pos: int, depth: int, lex: Lexicon) -> int:
    """Where a goal's list ends: a semicolon, the sentence's end, the closing bracket it
    opened in, a comma that leads into another clause ("..., while exports rose") or a word
    of contrast ("... but higher than ..."). A goal
    that opens a list with a colon ("đề ra các chỉ tiêu: A; B; C") runs to the sentence's end.
    One regex search over a bounded stretch: a run-on text of goals must stay linear."""
    if text[pos : pos + 2].lstrip().startswith("("):
        # "vượt kế hoạch đề ra (3 tỷ USD), tăng 9,5%": the goal's figure in its bracket, no more.
        close = text.find(")", pos, pos + GOAL_BRACKET)
        if close >= 0 and any(ch.isdigit() for ch in text[pos:close]):
            return close
    colon = text.find(":", pos, pos + 48)
    listed = colon >= 0 and not any(ch.isdigit() for ch in text[pos:colon])
    stop = min(len(text), pos + GOAL_REACH)
    m = _clause_end_re(lex, listed, depth > 0).search(text, pos, stop)
    return m.start() if m is not None else stop


SO_FAR_KINDS = frozenset({"first_n", "through_month", "through_date", "running_total", "ytd", "fiscal_ytd"})
DONE_KINDS = SO_FAR_KINDS | {"month_range"}  # the months a result is of ("January-September")
GOAL_OWN_BEFORE = 4  # tokens back to the figure of a goal named after it


def goal_items_end(
    toks: list[Token], i: int, text: str, end: int, lex: Lexicon, named_by_its_amount: bool = False
) -> int:
    """A goal's list goes on past a semicolon into items that say nothing of their own time or
    of being estimated ("đặt mục tiêu tăng trưởng GRDP 8%; thu ngân sách 15.500 tỷ đồng"); an
    item with its own period, a year-on-year base or a word of estimate is a result. A goal
    named beside a result of its own item ("GRDP ước tăng 7,86%, thấp hơn mục tiêu năm 8,5%;
    ...") is a comparison: the list is of results. `named_by_its_amount`: the goal's amount and
    indicator come before its word ("The $5 billion export target ..."), its own figure there."""
    if (
        i
        and is_cue(toks[i - 1], ("exceed.before", "compare", "reference"))
        and toks[i].start - toks[i - 1].end <= 24
    ):
        # "grew 7.09%, beating the government's target of 6.5%, with fourth-quarter growth of
        # 7.55%": a goal a result is measured against holds its own figure, no list after it.
        for t in tokens_from(toks, i + 1):
            if t.start >= end:
                break  # (not past the clause: a run-on text is not walked per goal)
            if t.kind in NUMERIC:
                return t.end
        return end
    held = _goal_a_result_is_set_against(toks, i, text, end, lex)
    if held >= 0:
        return held
    # "Dự toán thu ngân sách ... năm 2025 là 21.393 tỷ đồng, thực hiện 9 tháng đạt 16.557 tỷ
    # đồng": past the goal's figure, the months done so far open the result.
    figured = False
    # The goal's own figure: its first after the goal's word, or right before it where the goal
    # is named after its figures ("30 लाख पर्यटकों का लक्ष्य रखा है और ...", "The $5 billion export
    # target ...").
    own = next(
        (toks[j].end for j in range(i - 1, max(-1, i - GOAL_OWN_BEFORE), -1) if toks[j].kind in NUMERIC),
        -1,
    )
    own = own if lex.target_follows or named_by_its_amount else -1
    joins = (*lex.conjunctions, *lex.goal_ends)
    # (Within a goal's reach: a run-on text is not walked to its end per goal.)
    reach = min(end, toks[i].end + GOAL_REACH)
    for t in tokens_from(toks, i + 1):
        if t.start >= reach:
            break
        if t.kind == "per" and not t.data.get("base") and t.data.get("kind") in DONE_KINDS and own >= 0:
            # "a target of attracting 3 million visitors this year and welcomed 2.4 million in
            # the first nine months", "... का लक्ष्य रखा है और पहले नौ महीनों में 24 लाख पर्यटक आए",
            # "The $5 billion export target looks within reach after exports hit $3.9 billion in
            # the first nine months": the months done, joined to the goal, open a result.
            at = _last_word(text, own, t.start, joins)
            if at > own and not _another_named_after(toks, i, t, at):
                return at
        if t.kind in NUMERIC:
            own = t.end if own < 0 else own
            if not figured and lex.so_far_words and lex.conjunctions:
                # "aims to attract $1.5 billion in FDI this year and has so far lured $1.1
                # billion", "... và đến nay đã thu hút được", "... और अब तक": what is done by
                # now, joined to the goal, is a result.
                m = _done_so_far_re(lex).search(text, t.end, reach)
                if m is not None:
                    return int(m.start())
            figured = True
        elif figured and t.kind == "per" and not t.data.get("base") and t.data.get("kind") in SO_FAR_KINDS:
            return t.start
    if (
        text.startswith(",", end)
        and text.count(",", toks[i].end, end) >= 2
        and starts_with_word(text[end + 1 : end + 24].lstrip().lower(), lex.conjunctions)
    ):
        # "the province targets a double-digit GRDP growth rate, at least VNĐ55.6 trillion in
        # State budget collection, a rise of over 10% in ..., and at least $3 billion in FDI": the
        # list's last item, after its comma and "and", is a goal too.
        end = clause_end(text, end + 1, 0, lex)
    # (Within a goal's reach: a run-on sentence is not walked back from its start per goal.)
    opened = text.rfind(";", max(0, toks[i].start - GOAL_REACH), toks[i].start)
    opened = max(opened, toks[i].start - GOAL_REACH)
    # (Where the goal is named after its figures, "... 9.5% की जीआरडीपी वृद्धि का लक्ष्य रखता है;
    # ...", those are its own, unless a figure or words of comparison follow the goal word: "...
    # जो 8.5% के लक्ष्य से कम है; ...", "जो वार्षिक लक्ष्य 8% से कम है; ...".)
    own_before = lex.target_follows and not _compared_after(toks, i + 1, end)
    j = i - 1
    while not own_before and j >= 0 and toks[j].start > opened:
        if toks[j].kind in NUMERIC:
            return end
        j -= 1
    k = i + 1
    limit = end + GOAL_REACH  # a list of goals, not a run-on text: bounded, so it stays linear
    while end < min(len(text), limit) and text[end] == ";":
        stop = clause_end(text, end + 1, 0, lex)
        while k < len(toks) and toks[k].start < end:
            k += 1
        j = k
        while j < len(toks) and toks[j].start < stop:
            if (toks[j].kind == "per" and not toks[j].data.get("base")) or is_cue(toks[j], ("yoy", "target")):
                return end  # (a word of goal there opens a list of its own)
            j += 1
        if has_word(text[end + 1 : stop], lex.estimate_words):
            return end
        end, k = stop, j
    return end


def _another_named_after(toks: list[Token], i: int, until: Token, conj: int) -> bool:
    """Between the conjunction at `conj` and `until`, an indicator other than those named with
    the goal at toks[i] (back to GOAL_OWN_BEFORE tokens): a list of goals goes on ("... $5
    billion and import turnover of $4 billion in the first nine months")."""
    named: set[str] = set()
    for t in tokens_from(toks, max(0, i - GOAL_OWN_BEFORE)):
        if t is until:
            break
        if t.kind != "ind":
            continue
        if t.start < conj:
            named.add(str(t.data["indicator"]))
        elif str(t.data["indicator"]) not in named:
            return True
    return False


def _goal_a_result_is_set_against(toks: list[Token], i: int, text: str, end: int, lex: Lexicon) -> int:
    """Where the word of comparison follows what is compared with ("निर्धारित लक्ष्य 145355.12
    करोड़ रुपये [के सापेक्ष] 104397.42 करोड़ की प्राप्ति"), the goal's figure is the one right before
    it and what follows is the result set against it: the goal ends with its figure (-1 if not
    so)."""
    if not lex.compare_follows:
        return -1
    for k in range(i + 1, len(toks) - 1):
        if toks[k].start >= end:
            break
        if toks[k].kind in NUMERIC:
            # (Not a goal raised from one amount to another: "लक्ष्य 200 अरब डॉलर से बढ़ाकर 220 अरब
            # डॉलर", the second is the goal.)
            if compared_right_after(toks, k, text) is not None and not any(
                is_cue(c, ("change.after",)) for c in readings(toks, k + 1, +1)
            ):
                return toks[k].end
            break
    return -1


_DONE_SO_FAR: dict[str, Any] = {}


def _done_so_far_re(lex: Lexicon) -> Any:
    """A conjunction, then within two words a word of "by now" ("and has so far", "và đến nay")."""
    pattern = _DONE_SO_FAR.get(lex.language)
    if pattern is None:
        conj = "|".join(regex.escape(c) for c in sorted(lex.conjunctions, key=len, reverse=True))
        now = "|".join(regex.escape(c) for c in sorted(lex.so_far_words, key=len, reverse=True))
        pattern = _DONE_SO_FAR[lex.language] = regex.compile(
            rf"(?<![\w])(?:{conj})\s+(?:[^\W\d]+\s+){{0,2}}?(?:{now})(?![\w])", regex.IGNORECASE
        )
    return pattern


_CLAUSE_ENDS: dict[tuple[str, bool, bool], Any] = {}


def _clause_end_re(lex: Lexicon, listed: bool, bracketed: bool) -> Any:
    key = (lex.language, listed, bracketed)
    pattern = _CLAUSE_ENDS.get(key)
    if pattern is None:
        ends = [r"\n" if listed else r"[;\n]", r"[.!?।](?=[ \n]|$)"]
        if bracketed:
            ends.append(r"\)")  # the bracket the goal opened in closes
        elif lex.conjunctions or lex.goal_ends:
            # ", while exports rose": another clause; ", after an estimated 7.8% this year":
            # the result the goal follows.
            words = (*lex.conjunctions, *lex.goal_ends)
            joined = "|".join(regex.escape(c) for c in sorted(words, key=len, reverse=True))
            ends.append(rf",(?= (?:{joined}) )")
        if lex.contrast_words:  # "lower than the target of 8% but higher than ...": no comma needed
            contrast = "|".join(regex.escape(c) for c in sorted(lex.contrast_words, key=len, reverse=True))
            ends.append(rf"(?<![\w])(?:{contrast})(?![\w])")
        pattern = _CLAUSE_ENDS[key] = regex.compile("|".join(ends), regex.IGNORECASE)
    return pattern


EARLIER_KINDS = ("same_period_last_year", "same_period_year", "last_year", "year_ago", "last_year_month")


def compared_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A ratio ("bằng 83,2%", "equal to 95%") is growth only against an earlier period said with
    it (see _base_said_with), or, naming none, when listed after a ratio that does ("bằng 105,6%
    so với năm 2023; nhập khẩu ... bằng 92,3%", "equal to 105.6% compared to 2023; import turnover
    ..., equal to 92.3%": set against the same)."""
    if _base_said_with(toks, i, text, lex):
        return True
    j = next((j for j in range(i - 1, -1, -1) if toks[j].kind == "pct"), -1)
    return j >= 0 and toks[j].data.get("role") == "ratio" and _base_said_with(toks, j, text, lex)


def _base_said_with(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] names the earlier period it is set against: after it ("so với cùng kỳ",
    "of the same period last year"), or in the words right before it ("पिछले वर्ष की इसी अवधि का
    98%", past a hedge: "... का केवल 92%", "... का लगभग 92%"; "2023 की तुलना में 105.6% के
    बराबर")."""
    k = i - 1 if i and is_cue(toks[i - 1], ("approx",)) else i
    if (
        k
        and is_cue(toks[k - 1], ("yoy",))
        and (
            toks[k].start - toks[k - 1].end <= 2
            or text[toks[k - 1].end : toks[k].start].strip().lower() in lex.hedges
        )
    ):
        return True
    if (
        k > 1
        and is_cue(toks[k - 1], ("ratio.before",))
        and toks[k - 2].kind == "per"
        and toks[k - 2].data.get("base")
        and toks[k - 2].end > toks[k - 1].start
    ):
        return True  # ("2019 की इसी अवधि का 72%": the earlier months named in the ratio's words.)
    if k > 1 and _compared_with_a_time_right_before(toks, k):
        return True  # ("2023 की तुलना में 105.6% के बराबर": the year compared with, then the ratio.)
    return _earlier_time_named_after(toks, i)


def _compared_with_a_time_right_before(toks: list[Token], k: int) -> bool:
    """Right before toks[k], a word of comparison (read as several cues of one span) after a
    period compared with."""
    if not k or toks[k - 1].kind != "cue":
        return False
    words = toks[k - 1].start
    first = k - 1
    while first > 0 and toks[first - 1].kind == "cue" and toks[first - 1].start == words:
        first -= 1
    compared = any(is_cue(c, ("compare",)) for c in toks[first:k]) and toks[k].start - toks[k - 1].end <= 2
    before = toks[first - 1] if first else None
    return (
        compared
        and before is not None
        and before.kind == "per"
        and (bool(before.data.get("base")) or before.data["kind"] in EARLIER_KINDS)
    )


def _earlier_time_named_after(toks: list[Token], i: int) -> bool:
    """After the rate toks[i], before the next figure or name: a base, or an earlier time."""
    for j in range(i + 1, len(toks)):
        c = toks[j]
        if c.kind in NUMERIC or c.kind in ("ind", "block"):
            return False
        if c.kind == "cue" and c.data["cue"] in ("yoy", "compare"):
            return True
        if c.kind == "per" and (c.data.get("base") or c.data["kind"] in EARLIER_KINDS):
            return True
    return False


BRACKET_WORD = 8  # "(đạt ", "(at ": a short word before a bracketed figure
CURRENCY_BEFORE_RE = regex.compile(r"(?:us\$|\$|₹|rs\.?|usd|inr|vnd|vnđ)$")


def bracketed_base(toks: list[Token], i: int, text: str, own: Period | None) -> Period | None:
    """The earlier period a bracketed figure belongs to: "so với cùng kỳ năm 2022 (35,1%)",
    "so với cùng kỳ năm trước (1,8 tỷ USD)" (the figure's own months a year before)."""
    gap = text[toks[i - 1].end : toks[i].start] if i else ""
    if "(" not in gap:
        return None
    # "(35,1%)", "(đạt 16,6%)": the bracket holds the figure, maybe after one word of being.
    gap = gap.strip()
    # (A currency written before the amount stays inside: "2019-20 (US$ 74.39 billion)".)
    inner = CURRENCY_BEFORE_RE.sub("", gap[1:].replace(" ", "").lower())
    if not gap.startswith("(") or len(gap) > BRACKET_WORD or (inner and not inner.isalpha()):
        return None
    # (One span may read as both a period and a cue of base: "cùng kỳ năm trước (6,13%)" is
    # the period, already resolved.)
    here = readings(toks, i - 1, -1)
    b = next((r for r in here if r.kind == "per"), toks[i - 1])
    if b.kind == "per" and (b.data.get("base") or b.data["kind"] in EARLIER_KINDS):
        period: Period | None = b.data.get("period")
        return period
    if is_cue(b, ("yoy",)) and own is not None:
        return own.shift_years(-1)
    if any(is_cue(r, ("compare",)) for r in here) and own is not None and gap == "(":
        return _base_after_bracket(toks, i, text, own)
    return None


def earlier_period_said_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> Period | None:
    """The earlier period a rate is said of right after it ("đạt 35,2% kế hoạch; cùng kỳ năm
    trước đạt 31,5%"): a year-back period, then at most a word of reaching, then the rate."""
    if i < 1:
        return None
    b = next((r for r in readings(toks, i - 1, -1) if r.kind == "per"), None)
    if b is None or not (b.data.get("base") or b.data["kind"] in EARLIER_KINDS):
        return None
    gap = text[b.end : toks[i].start].strip().lower()
    if gap and gap not in lex.figure_verbs:
        return None
    period: Period | None = b.data.get("period")
    return period


def _base_after_bracket(toks: list[Token], i: int, text: str, own: Period) -> Period | None:
    """ "thấp hơn (16,64%) so với cùng kỳ năm 2024": a figure in brackets right after a word of
    comparison, the base named after the bracket closes, is that base's: the same months then."""
    if not text[toks[i].end : toks[i].end + 2].lstrip().startswith(")"):
        return None
    k = i + 1
    if k < len(toks) and is_cue(toks[k], ("yoy",)):
        k += 1
        while k < len(toks) and toks[k].start < toks[k - 1].end:
            k += 1  # (the same words read as a period too)
    named = next(
        (r for r in toks[k : k + 2] if r.kind == "per" and r.data["kind"] == "same_period_year"), None
    )
    if named is not None and own.start_year == own.end_year:
        return own.with_year(int(named.data["y"]))
    if k > i + 1:
        return own.shift_years(-1)  # "so với cùng kỳ": a year before
    return None


def later_figure(groups: list[Group], cur: Group) -> Group | None:
    """The figure a change stated after its year-earlier comparison belongs to: the latest one
    before it for the same indicator, without a change of its own, whose months a year before
    are `cur`'s (or any, when `cur` is a quoted comparison)."""
    for g in reversed(groups[-4:]):  # the comparison follows its figure closely
        if g is cur or g.reference or g.indicator != cur.indicator or g.growths or g.value is None:
            continue
        if cur.reference or (g.period is not None and cur.period == g.period.shift_years(-1)):
            return g
    return None


def fill_from_list(
    g: Group,
    val_tok: Token | None,
    pct_tok: Token | None,
    items: Pairs,
) -> None:
    """One item of a list paired in order: its value (with the list's scale and unit) and rate."""
    if val_tok is not None:
        g.value, g.unit = list_value(val_tok, items)
        g.tokens.append(val_tok)
    if pct_tok is not None:
        role = pct_tok.data.get("role", "bare")
        if role == "bare":
            # "reached 78% and 61% of the plan, respectively": what the list's last rate is
            # (a plan share, a fall) every rate of it is.
            role = next(
                (
                    p.data["role"]
                    for _, _, p in reversed(items)
                    if p is not None and p.data.get("role", "bare") != "bare"
                ),
                "bare",
            )
        if role == "plan":
            g.plan = pct_tok.data["value"]
        else:
            g.growths.append(
                Growth(
                    -pct_tok.data["value"] if role == "growth_down" else pct_tok.data["value"], "unspecified"
                )
            )
        g.tokens.append(pct_tok)
    g.closed = True


GROWTH_WORDS = (
    "growth_up.before",
    "growth_up.after",
    "growth_down.before",
    "growth_down.after",
    "rate.after",
)


def growth_word_after(toks: list[Token], i: int, text: str) -> bool:
    """The words right after toks[i] say growth ("GRDP growth", "जीआरडीपी वृद्धि")."""
    k = neighbour(toks, i, +1)
    return (
        k < len(toks)
        and toks[k].start - toks[i].end <= 2
        and any(is_cue(c, GROWTH_WORDS) for c in readings(toks, k, +1))
    )


INDEX_LEVEL = (50.0, 1000.0)  # what an index level reads, base 100


def plain_unit(slot: Token | None, t: Token, lex: Lexicon) -> str | None:
    """What a plain number after the indicator in hand counts: people or firms ("count"), or
    the level of an index the indicator names ("index")."""
    if slot is None or slot.kind != "ind":
        return None
    value = t.data["value"]
    if slot.data.get("indicator") in COUNT_INDICATORS:
        return "count" if value >= 100 else None
    if INDEX_LEVEL[0] <= value <= INDEX_LEVEL[1] and any(w in slot.text.lower() for w in lex.index_words):
        return "index"
    return None


ECONOMY = "grdp"


def growth_said(g: Group, toks: list[Token], text: str, lex: Lexicon) -> bool:
    """A rate of the group follows one of the words that say growth alone (right before it, or
    before the period the rate is for: "growth in the fourth quarter must exceed 14.3%")."""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    return rate is not None and growth_said_of(rate, toks, text, lex)


def growth_said_of(rate: Token, toks: list[Token], text: str, lex: Lexicon) -> bool:
    """The rate follows a word that says growth alone, or is joined to one after it."""
    at = rate.start
    befores = [text[max(0, at - GROWTH_REACH) : at].lower()]
    k = bisect.bisect_left(toks, at, key=lambda t: t.start) - 1
    while k >= 0 and toks[k].kind == "cue" and toks[k].start > at - GROWTH_REACH:
        k -= 1  # (past the words of must and bound: "must", "above")
    if k >= 0 and toks[k].kind == "per" and len(text[toks[k].end : at].split()) <= MUST_WORDS:
        befores.append(text[max(0, toks[k].start - GROWTH_REACH) : toks[k].start].lower())
    end = rate.end
    k = bisect.bisect_left(toks, end, key=lambda t: t.start)
    if k < len(toks) and is_cue(toks[k], ("approx",)) and not text[end : toks[k].start].strip():
        end = toks[k].end  # ("13% [से अधिक] की वृद्धि": a bound between the rate and its word)
    after = text[end : end + GROWTH_REACH].lower().lstrip()
    # Before the rate ("growth of 8%"), or after it, joined ("7 प्रतिशत की वृद्धि दर").
    return any(
        any(before.rstrip().endswith(w) or f"{w} " in before for before in befores)
        or any(after.startswith(f"{j} {w}".strip()) for j in lex.rate_joins)
        for w in lex.growth_alone
    )


MUST_WORDS = 4  # "the fourth quarter [should be at least] 14.3%"
GROWTH_REACH = 32  # "tốc độ tăng trưởng GRDP đạt 8%": the words this close before the rate
# "[Growth for the whole year was estimated at more than ]10.2%": a sentence's opening words
GROWTH_OPENS_REACH = 64


def growth_opens(g: Group, text: str, lex: Lexicon) -> bool:
    """The group's first rate follows, closely, a word of growth alone that opens its sentence
    ("Tăng trưởng cả năm ước đạt hơn 10,2%")."""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    return rate is not None and growth_opens_before(rate.start, text, lex)


def growth_of_a_period_opens(g: Group, toks: list[Token], text: str, lex: Lexicon) -> bool:
    """A word of growth "of" a period opens the sentence, the group's rate right after the period
    ("The growth rate of the entire previous fiscal -- at 7.6 per cent"): the economy's growth
    in that period (not "The growth rate of the population ...", of a thing)."""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if rate is None:
        return False
    per = next((t for t in reversed(toks) if t.kind == "per" and t.end <= rate.start), None)
    if per is None or len(text[per.end : rate.start].replace("-", " ").split()) > PERIOD_GAP_WORDS:
        return False
    lo = max(0, per.start - GROWTH_OPENS_REACH)
    before = text[lo : per.start].lower()
    for w in lex.growth_alone:
        if not w.endswith(" of"):
            continue
        k = before.rfind(w)
        if k < 0 or len(before[k + len(w) :].split()) > PERIOD_GAP_WORDS:
            continue
        head = text[max(0, lo + k - 8) : lo + k].rstrip().lower()
        head = head.removesuffix("the").rstrip()
        if not head or head[-1] in ".!?।\n":
            return True
    return False


def growth_opens_before(at: int, text: str, lex: Lexicon) -> bool:
    """A word of growth alone opens the sentence close before `at` ("Growth for the whole year
    is estimated at [10.2%]")."""
    lo = max(0, at - GROWTH_OPENS_REACH)
    before = text[lo:at].lower()
    for w in lex.growth_alone:
        k = before.find(w)
        if k < 0:
            continue
        head = text[max(0, lo + k - 2) : lo + k].strip()
        if lo + k == 0 or not head or head[-1] in ".!?।\n":
            return True
    return False


def plan_amount(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """toks[i], an amount, names the plan a share was just stated of ("80% kế hoạch năm (5 tỷ
    USD)", "80% of the annual plan of 5 billion USD"), or the plan a share is then stated of
    ("49,700 करोड़ रुपए के कुल लक्ष्य का 61.11 प्रतिशत": of the total goal of 49,700 crore)."""
    if amount_planned_after_a_share(toks, i, text, lex):
        return True  # "72.87% of the ₹2.84 lakh crore projected in the budget estimates"
    j = neighbour(toks, i, +1)
    if j >= 0 and any(is_cue(c, ("plan.before",)) for c in readings(toks, j, +1)):
        return text[toks[i].end : toks[j].start].strip().lower() in lex.of_words
    k = neighbour(toks, i, -1)  # the token before the amount
    # ("cao hơn nhiều so với chỉ tiêu 1,765 tỷ USD": the plan compared with, its amount after.)
    if k < 0 or not any(is_cue(c, ("plan.after", "plan_vs.after")) for c in readings(toks, k, -1)):
        return False
    gap = text[toks[k].end : toks[i].start].lower()
    if lex.unit_before_re is not None:
        gap = lex.unit_before_re.sub("", gap)  # "the annual plan (VND 913,216.2 billion)", "($5.2 billion)"
    gap = gap.strip(" (:")
    if not gap or gap in lex.value_of:
        return True
    # "đạt 56,6% kế hoạch Thủ tướng Chính phủ giao (913.216,2 tỷ đồng)": the plan named by who
    # set it, its amount alone in the bracket after.
    raw = text[toks[k].start : toks[i].start]
    opened = raw.rfind("(")
    if opened < 0:
        return False
    inside = raw[opened + 1 :].lower()
    if lex.unit_before_re is not None:
        inside = lex.unit_before_re.sub("", inside)
    return not inside.strip() and ends_with_word(" ".join(raw[:opened].lower().split()), lex.plan_words)


def earnings_after(t: Token, text: str, lex: Lexicon) -> bool:
    """A word of earnings right after the amount t ("... 42.7 trillion VND in revenue") or a verb
    of earning right before it ("earning 2.1 billion USD")."""
    after = text[t.end : t.end + 40].lower().split()
    if after and after[0] in lex.value_of:
        after = after[1:]
    # A word of earnings may be two ("की विदेशी मुद्रा", "in foreign exchange").
    rest = " ".join(after).replace(",", " ").replace(".", " ").replace(";", " ") + " "
    if any(rest.startswith(f"{w} ") for w in lex.earning_words):
        return True
    before = text[max(0, t.start - 32) : t.start].lower().rstrip()
    if lex.unit_before_re is not None:
        before = lex.unit_before_re.sub("", before).rstrip()  # "earning VND9.2 trillion"
    # (Past a bound: "doanh thu đạt hơn 22.157 tỷ đồng", "earning over $2 billion".)
    bound = next((w for w in lex.mark_before if before.endswith(f" {w}")), None)
    if bound is not None:
        before = before[: -len(bound)].rstrip()
    return any(before.endswith(f" {v}") or before == v for v in lex.earning_verbs)


def names_what_is_counted(toks: list[Token], i: int, text: str) -> bool:
    """The name of a money indicator inside the words of a count just given, a rate after it
    ("có 907 lượt dự án đăng ký điều chỉnh [vốn đầu tư], giảm 20,8%", "5.451 lượt góp vốn mua cổ
    phần của nhà [đầu tư nước ngoài], giảm 27,4%"): what the counted did, not a topic of its own;
    the rate is the count's."""
    t = toks[i]
    if t.kind not in ("ind", "ellipsis"):
        return False
    indicator = t.data.get("indicator", t.data.get("value"))
    if INDICATORS.get(str(indicator)) != "money":
        return False
    k = i - 1
    while k >= 0 and toks[k].kind == "block":
        k -= 1  # ("góp vốn mua cổ phần": what the counted are)
    if k < 0 or toks[k].kind != "val" or toks[k].data.get("unit") != "count" or toks[k].end > t.start:
        return False  # (not "2.100 dự án FDI", the name inside the count's own words)
    if any(c in text[toks[k].end : t.start] for c in ",;:()"):
        return False
    nxt = next((x for x in tokens_from(toks, i + 1) if x.kind in ("val", "pct", "num", "ind", "block")), None)
    return nxt is not None and nxt.kind == "pct"


def value_of_the_name(value: Token, name: Token, text: str, lex: Lexicon) -> bool:
    """Only words of "of" stand between an amount and the indicator's name after it ("12 अरब
    डॉलर का एफडीआई", "$39.45 billion from exports")."""
    start = past_conversion(text, value.end)
    words = words_to_the_name(value, name, text, lex)
    # ("1.55 लाख करोड़ रुपये से अधिक जीएसटी संग्रह": the bound alone joins them.)
    return words in lex.value_of or (not words and bool(text[start : name.start].strip()))


def words_to_the_name(value: Token, name: Token, text: str, lex: Lexicon) -> str:
    """The words between an amount (past its conversion in brackets and a bound) and a name."""
    return words_between(text, past_conversion(text, value.end), name.start, lex.bound_after_re)


def given_to_the_name(value: Token, name: Token, text: str, lex: Lexicon) -> bool:
    """Only a word of giving to stands between an amount and the indicator after it ("[the
    domestic sector contributed] $98 billion to exports", "98 tỷ USD vào kim ngạch xuất khẩu")."""
    return words_to_the_name(value, name, text, lex) in lex.given_to
