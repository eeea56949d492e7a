"""Reads one sentence's tokens the way an analyst does: each indicator mention opens a slot;
inside it, figures (amounts, growth, plan shares) group around a value and a period.

Everything here is positional reasoning over tokens; words come from the lexicon."""

from __future__ import annotations

import bisect
import itertools

import regex

from services.extractor.engine.asides import (
    average_said_before,
    goal_said_beside,
    goal_word_right_before,
    plan_growth_before,
    plan_opens_the_bracket,
)
from services.extractor.engine.cues import (
    NUMERIC,
    classify_percentages,
    compared_right_after,
    ends_with_word,
    growth_base,
    has_conjunction,
    is_cue,
    is_reference,
    neighbour,
    one_word_at_most,
    possessive_between,
    readings,
    skip_value,
    starts_with_word,
    than_after,
    token_before,
    word_right_before,
)
from services.extractor.engine.figures import (
    COUNT_INDICATORS,
    LEVEL_IS_GROWTH,
    PHYSICAL_INDICATORS,
    PLAN_SHARE_INDICATORS,
    Group,
    Growth,
    money,
    physical,
)
from services.extractor.engine.goal_nouns import (
    amount_of_a_goal,
    goal_noun_after,
    mark_goals_named_after_their_indicator,
    mark_goals_named_before_their_indicator,
    mark_goals_set_against,
)
from services.extractor.engine.goals import items_apart, settle_goals_and_the_economy
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word, words_near
from services.extractor.engine.parts import origin_of_the_part
from services.extractor.engine.period_mentions import (
    REST_OF_A_YEAR,
    absolute,
    is_aside,
    opens_looking_back,
    said_alone,
)
from services.extractor.engine.periods import Period, previous_month
from services.extractor.engine.resolve import Frame, mention_parts, month_number, resolve
from services.extractor.engine.sentence_relations import (
    ECONOMY,
    amount_of_an_unnamed_part,
    amount_of_sub_topic,
    aspect_of_count,
    bracketed_base,
    clause_end,
    compared_after,
    earlier_period_said_before,
    earnings_after,
    fill_from_list,
    given_to_the_name,
    goal_items_end,
    goal_named_right_after,
    growth_opens_before,
    in_a_part,
    included_aside,
    later_figure,
    listed_before_a_named_rate,
    mark_stocks,
    mark_targets_before,
    mark_the_years_ahead,
    months_in_one_stretch,
    names_a_day,
    names_what_is_counted,
    pair_rates,
    past_conversion,
    period_of_list,
    periods_respectively,
    plain_unit,
    plan_amount,
    rate_aspect,
    rate_of_a_sub_topic_after,
    rate_of_an_unnamed_part,
    rate_of_indicator_after,
    rate_of_some_of_them,
    rate_over_another_figure,
    rates_listed_before,
    rates_respectively,
    respectively,
    share_done_said_before,
    share_of_it_done,
    share_of_it_said_before,
    share_of_its_goal,
    short_name_right_after,
    value_of_the_name,
    words_between,
)
from services.extractor.engine.tokens import SIGN_MARK, Token, tokens_from

SHARE_GAP = 20  # "giải ngân vốn đầu tư công của tỉnh đạt 95%": a share of plan right after its name
EARNING_GAP = 6  # "6.85 trillion VND in revenue": the word of earnings right after the amount
ATTACH_GAP = 60  # a period this close after a figure belongs to it ("... 50 USD in June")
# A plain number this close after a count indicator is its count ("new businesses in the
# January-October period reached 138,000").
COUNT_REACH = 60
ANAPHORA_COUNT_MIN = 1000  # a plain number this large after "the figure" is the count (not "5 years")
# How far back a word that governs a token is looked for ("including", "as"): in a run-on
# sentence the stretch since an indicator far back is not read again at every token.
WORDS_REACH = 200
# Periods said as earlier than the one spoken of.
EARLIER_KINDS = frozenset(
    {"same_period_last_year", "last_year", "year_ago", "last_year_month", "last_fiscal_year"}
)
# A period said as the same months of an earlier year: a bare year listed after one is as much.
SAME_MONTHS_BACK = frozenset({"same_period_last_year", "last_year_month", "same_period_year", "year_ago"})
SHARE_OF_GAP = 16  # "जीडीपी का 4.8 प्रतिशत": a share is said right after the indicator's name


def _names_a_goal(toks: list[Token], i: int, text: str) -> bool:
    """The period toks[i] is said of a goal named right after it ("its full-year target of
    $1.2 billion", "the 2026 plan")."""
    goal_cues = ("target", "target_after", "plan.after")
    if i > 0 and toks[i - 1].kind == "cue":
        # ("closely follow the GRDP growth scenario of the province in 2025 to achieve ...": the
        # goal's word a few words before, nothing else between.)
        gap = text[toks[i - 1].end : toks[i].start]
        if (
            "," not in gap
            and len(gap.split()) <= GOAL_PERIOD_WORDS
            and any(is_cue(c, goal_cues) for c in readings(toks, i - 1, -1))
        ):
            return True
    if _a_goal_named_right_after(toks, i, text, goal_cues):
        return True  # "this year's growth target": the year's own goal, said with its possessive
    if i + 1 >= len(toks) or toks[i + 1].kind != "cue":
        return False
    # ("in 2025 to achieve the growth target of 8%": a few words of aiming between.)
    return any(
        is_cue(c, ("target_after",))
        and "," not in text[toks[i].end : c.start]
        and len(text[toks[i].end : c.start].split()) <= GOAL_PERIOD_WORDS
        for c in readings(toks, i + 1, +1)
    )


def _a_goal_named_right_after(
    toks: list[Token], i: int, text: str, cues: tuple[str, ...] = ("target", "target_after")
) -> bool:
    """The period toks[i] is followed right away by a word of goal ("its full-year target of
    8%", "this year's target"): the goal's period."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].kind == "cue"
        and any(
            is_cue(c, cues) and text[toks[i].end : c.start].strip() in ("", "'s")
            for c in readings(toks, i + 1, +1)
        )
    )


GOAL_PERIOD_WORDS = 3  # "scenario [of the province] in 2025", "in 2025 [to achieve the] growth target"


def assemble_sentence(
    toks: list[Token],
    text: str,
    lex: Lexicon,
    frame: Frame,
    carry: Token | None,
    sentence_period: Period | None,
) -> tuple[list[Group], Period | None]:
    """Groups of one sentence, and the period the sentence leaves as context."""
    classify_percentages(toks, text, lex)  # bases ("so với ...") are marked over the whole text first
    groups: list[Group] = []
    slot: Token | None = carry
    last_ind: Token | None = carry if carry is not None and carry.kind == "ind" else None
    cur: Group | None = None
    cur_period = sentence_period  # the latest period the sentence named
    period_before: Period | None = cur_period  # the one it named before that
    compared: Period | None = None  # the period of a figure compared with, named last
    last_per: Token | None = None  # the last period mention read
    last_absolute: Period | None = None  # what the sentence leaves as context
    period_from_sentence = False
    target_until = -1
    depth = 0
    last_end = toks[0].start if toks else 0

    def new_group(tok: Token, reference: bool = False) -> Group:
        nonlocal cur
        # A comparison figure's period is unknown until the text names it.
        g = Group(
            reference=reference,
            indicator=slot.data.get("indicator") if slot is not None and slot.kind == "ind" else None,
            sign=slot.data.get("sign", 1) if slot is not None else 1,
            rate=slot.data.get("rate", False) if slot is not None else False,
            period=cur_period,
            period_from_sentence=period_from_sentence and not reference,
            carried=slot is carry and carry is not None,
            part=bool(slot.data.get("part")) if slot is not None and slot.kind == "ind" else False,
            target=tok.start < target_until,
        )
        if slot is not None:
            g.breakdown = bool(slot.data.get("breakdown")) and slot.kind == "ind"
            g.tokens.append(slot)
        groups.append(g)
        cur = g
        return g

    cue_kinds = {t.data["cue"] for t in toks if t.kind == "cue"}  # which cues the sentence has
    said = "respectively" in cue_kinds
    if not said:
        toks = months_in_one_stretch(toks, text, lex)
    lists, consumed = respectively(toks, text, lex, said)
    # Rates said "respectively" after figures of their own: set aside, paired at the end.
    rate_run = rates_respectively(toks, text, lex) if said and not lists else []
    consumed |= set(rate_run)
    by_period, by_period_consumed = periods_respectively(toks, text, lex, said)
    consumed |= by_period_consumed
    # Running facts about the tokens before i, kept as the loop goes (no rescans per token).
    last_figure = max((k for k, x in enumerate(toks) if x.kind in NUMERIC), default=-1)
    figure_end = -1  # where the latest figure before i ends
    prev_pct: Token | None = None
    last_physical: Token | None = None  # the latest indicator measured in kWh, tonnes...
    last_name: Token | None = None  # the latest words naming an indicator, short names included
    reference_end = -1  # where the latest comparison word ("जबकि", "compared with") ends
    value_head = False  # "production value" was named: sectors after it are outputs
    awaiting_period: Group | None = None  # a change named before its indicator, its period to come
    aside_period: tuple[Period | None, bool] | None = None  # before a period in brackets; a figure there?
    before_brackets: Group | None = None  # the figure a bracket opened after
    bracket_opened = -1  # where (after which token) that bracket opened
    slot_at_open: Token | None = None  # and the topic named then
    brackets_closed = False  # a bracket closed since the last figure
    running_from: tuple[Period | None] | None = None  # the period before a running total after a figure
    looked_back_from: tuple[Period | None, int] | None = None  # the period before a look back, and where
    for i, t in enumerate(toks):
        if i:
            done = toks[i - 1]
            if done.kind in NUMERIC:
                figure_end = max(figure_end, done.end)
            if done.kind == "pct":
                prev_pct = done
            if done.kind == "ind" and done.data["indicator"] in PHYSICAL_INDICATORS:
                last_physical = done
            if done.kind in ("ind", "ellipsis"):
                last_name = done
            if done.kind == "cue" and done.data["cue"] in ("reference", "compare"):
                reference_end = done.end
        between = text[last_end : t.start]
        depth_before = depth
        depth += between.count("(") - between.count(")")
        if depth_before <= 0 < depth:
            before_brackets, bracket_opened, slot_at_open = cur, last_end, slot
        elif depth_before > 0 >= depth:
            brackets_closed = True
            if (
                slot is not slot_at_open
                and slot is not None
                and slot.kind == "ind"
                and slot.data.get("part")
                and cur in (None, before_brackets)
                and before_brackets is not None
                and not before_brackets.growths
                and before_brackets.indicator == slot.data["indicator"]
            ):
                # "4.5 million (including 520,000 foreign visitors), up 12.5%": a part named in
                # brackets after the figure, its own number set aside; what follows is the
                # figure's again.
                slot, cur, before_brackets.closed = slot_at_open, before_brackets, False
        if brackets_closed and t.kind in NUMERIC:
            brackets_closed = False
            if (
                t.kind == "pct"
                and before_brackets is not None
                and cur is not before_brackets
                and cur is not None
                and (
                    cur.indicator is None
                    or (
                        (cur.part or cur.indicator == before_brackets.indicator)
                        and all(x.start >= bracket_opened for x in cur.tokens if x.kind in NUMERIC)
                    )
                )
                and before_brackets.indicator is not None
                and not before_brackets.growths
            ):
                # "... 13,966 billion, reaching 104.24% of the estimate (central budget: VND
                # 13,398 billion; ...), up 24.94%": past brackets of figures of no indicator's,
                # or of a part of the figure's own ("4,5 triệu lượt (trong đó khách quốc tế đạt
                # 520 nghìn lượt), tăng 12,5%"), the rate is the figure's the brackets were opened
                # after.
                cur, before_brackets.closed = before_brackets, False
        if aside_period is not None and depth <= 0:
            # "tăng 9% (cùng kỳ năm 2024 tăng 10%); ngành ... tăng 6,8%": a period said in
            # brackets with a figure of its own dates that figure only.
            if aside_period[1]:
                cur_period = aside_period[0]
            aside_period = None
        elif aside_period is not None and t.kind in NUMERIC:
            aside_period = (aside_period[0], True)
        if looked_back_from is not None and t.kind in ("ind", "block") and figure_end > looked_back_from[1]:
            # "..., जो सितंबर में 0.9 प्रतिशत थी, जबकि खुदरा महंगाई घटकर 0.6 प्रतिशत रह गई": past the
            # figure looked back on, the next topic is of the period spoken of before.
            cur_period, looked_back_from = looked_back_from[0], None
        if running_from is not None and _semicolon_outside_brackets(between, depth_before):
            # "tháng 10 ... đạt 897,7 tỷ đồng, lũy kế đạt 8.678,8 tỷ đồng; kim ngạch xuất khẩu ước
            # đạt 7,23 triệu USD": the running total's clause is over, back to the month.
            cur_period, running_from = running_from[0], None
        if cur is not None and (
            _semicolon_outside_brackets(between, depth_before)
            or (
                "(" in between
                and t.kind == "val"
                and cur.value is not None
                and not skip_value(toks, i, text, lex)
            )
        ):
            cur.closed = True
        if target_until >= 0 and t.start > target_until:
            target_until = -1
        last_end = max(last_end, t.end)
        if i in consumed:
            continue
        if i in lists:
            # "exports and imports reached 50 and 32.8 million USD respectively"
            own = period_of_list(toks, i, lists[i], text)
            if own is not None:
                cur_period = resolve(own.data, lex, frame.about(cur_period or frame.context)) or cur_period
            for ind_tok, val_tok, pct_tok in lists[i]:
                slot = ind_tok
                fill_from_list(new_group(ind_tok), val_tok, pct_tok, lists[i])
            continue
        if i in by_period:
            # "Tháng 9 và 9 tháng, thu ngân sách đạt lần lượt 900 tỷ đồng và 8.500 tỷ đồng"
            for per_tok, val_tok, pct_tok in by_period[i]:
                g = new_group(val_tok or per_tok)
                if "period" not in per_tok.data:  # named after its figures: not read yet
                    per_tok.data["period"] = resolve(
                        per_tok.data, lex, frame.about(cur_period or frame.context)
                    )
                g.period = per_tok.data.get("period")
                g.period_from_sentence = g.period_attached = g.period is not None
                fill_from_list(g, val_tok, pct_tok, by_period[i])
            continue
        if t.kind == "ellipsis":
            if total_a_share_is_of(toks, i, text, lex):
                continue  # "chiếm gần 71,3% tổng vốn đầu tư đăng ký": the whole, said short
            if (
                cur is not None
                and cur.tokens
                and cur.tokens[-1].kind == "val"
                and cur.tokens[-1].start < t.start
                and t.end <= cur.tokens[-1].end
            ):
                continue  # "Visitors by air ..., with 14.6 million arrivals": the figure's own noun
            if (
                t.data["value"] == "trade_balance"
                and slot is not None
                and slot.kind == "ind"
                and (
                    slot.data["indicator"] in ("exports", "imports")
                    # (After a surplus, "... as compared to the deficit of $54.83 billion": the
                    # short name says its own sign.)
                    or (slot.data["indicator"] == "trade_balance" and t.text.lower() in lex.deficit_words)
                )
            ):
                # "exports ... while imports ..., for a surplus of USD 3.5 billion": the
                # balance of the trade just named.
                sign = -1 if t.text.lower() in lex.deficit_words else 1
                if cur is not None:
                    cur.closed = True
                slot, cur = (
                    Token("ind", t.start, t.end, t.text, {"indicator": "trade_balance", "sign": sign}),
                    None,
                )
                continue
            # "... FDI ..., số dự án ..., vốn đầu tư tăng 49%": a short name of the indicator
            # named earlier in the sentence takes the figures back from a sub-topic.
            if (
                slot is not None
                and slot.kind == "block"
                and last_ind is not None
                and last_ind.data["indicator"] == t.data["value"]
                # (Not after a word of having: "ngành chế biến, chế tạo dẫn đầu với tổng vốn đầu
                # tư đạt 3,09 tỷ USD" is the sector's capital.)
                # (Its abbreviation in brackets may stand between: "dự án đầu tư trong nước (DDI) với
                # tổng vốn đăng ký ...".)
                and _past_an_aside(text[slot.end : t.start]).lower() not in lex.having_words
                # (Nor right after it, past its abbreviation in brackets: "Oceania arrivals
                # rose 11.2%", "केंद्रीय GST (CGST) संग्रह" name the sub-topic's own.)
                and not _only_an_aside(text[slot.end : t.start])
                # (Nor said "of" it: "स्थानीय बजट पूंजी का वितरण 1,820 अरब VND रहा" is the local budget
                # capital's disbursement, a part.)
                and text[slot.end : t.start].strip().lower() not in lex.of_words
            ):
                slot = last_ind
                if cur is not None:
                    cur.closed = True
                cur = None
            elif (
                slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] in COUNT_INDICATORS
                and slot.data["indicator"] != t.data["value"]
            ):
                slot_indicator = slot.data["indicator"]
                # The short name of an amount's indicator after a count ("1.200 doanh nghiệp
                # thành lập mới với tổng vốn đầu tư ..."): the capital of those firms, a
                # sub-topic whose figures belong to no indicator.
                if (
                    cur is not None
                    and cur.value is not None
                    and cur.indicator is not None
                    and cur.indicator == lex.earned_by.get(slot.data["indicator"])
                    and 0 <= t.start - cur.tokens[-1].end <= EARNING_GAP
                ):
                    continue  # "generating 6.85 trillion VND in revenue, up 23%": its word of earnings
                if cur is not None:
                    cur.closed = True
                slot, cur = t, None
                earned = lex.earned_by.get(slot_indicator)
                if earned is not None and t.text.lower() in lex.earning_words:
                    # "welcomed 3.2 million visitors, with total revenue of 3.3 trillion VND":
                    # what the counted earned.
                    slot = Token("ind", t.start, t.end, t.text, {"indicator": earned, "sign": 1})
            continue
        if t.kind == "block" and t.text.lower() in lex.value_heads:
            value_head = True
        elif t.kind == "block" and value_head and t.text.lower() in lex.sector_values:
            # "the production value of the services sector up 9%, the industry sector up 5.4%":
            # the industry sector's output value is industrial production.
            t = Token(
                "ind", t.start, t.end, t.text, {"indicator": lex.sector_values[t.text.lower()], "sign": 1}
            )
        if (
            t.kind == "ind"
            and slot is not None
            and slot.kind == "block"
            and slot.text.lower() not in lex.sector_values
            and not _a_side_of_the_trade(slot, t, lex)
            # ("... cấp mới và điều chỉnh tăng vốn với tổng vốn đăng ký 2,1 tỷ USD": the total, named
            # again, not the sub-topic's own.)
            and not t.data.get("total_again")
            and (
                text[slot.end : t.start].strip().lower() in lex.having_words
                # (Past the sub-topic's own figures: "Silver imports ... registered a growth of
                # 138%, with a total import value of $5.9 billion".)
                or _having_right_before(text, t.start, slot.end, lex)
                # (Right after it, nothing between, in a sentence listing parts: "trong đó khu vực
                # kinh tế trong nước nhập siêu 18,4 tỷ USD; khu vực có vốn đầu tư nước ngoài xuất
                # siêu ..." are the sectors' own balances; not "Local firms exported 9.42 billion
                # USD", the province's firms.)
                # (Past an aside in brackets: "khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) xuất
                # siêu ...".)
                or (
                    slot.end <= t.start
                    and _only_an_aside(text[slot.end : t.start])
                    and has_word(
                        text[max(toks[0].start, slot.start - WORDS_REACH) : slot.start].lower(),
                        lex.share_words,
                    )
                )
            )
        ):
            continue  # "nhiều mặt hàng có kim ngạch xuất khẩu tăng": the goods' trade, still the goods
        if (
            t.kind == "ind"
            and slot is not None
            and slot.kind == "block"
            and slot is not carry
            and cur is not None
            and cur.tokens
            and cur.tokens[-1].kind == "val"
            and cur.tokens[-1].start < t.start
            and t.end <= cur.tokens[-1].end
            # (A count of things of a money indicator names that indicator anew: "... 45 dự án
            # đầu tư trong nước ... và 18 dự án FDI với tổng vốn đăng ký 420 triệu USD"; not a
            # count of the indicator itself, the block's part: "Australia ... 1.2 million visitors".)
            and not (
                cur.tokens[-1].data.get("unit") == "count" and t.data["indicator"] not in COUNT_INDICATORS
            )
            # (Nor the next item after a semicolon: "seafood exports reached $185 million, up 12.3%;
            # 320 new enterprises were established" counts firms of their own.)
            and ";" not in text[slot.end : cur.tokens[-1].start]
        ):
            continue  # "Hydro projects generated 11.9 billion units of electricity": the unit's words
        if (
            t.kind == "ind"
            and t.data.get("rate")
            and slot is not None
            and slot.kind == "block"
            and not text[slot.end : t.start].strip()
            and i >= 2
            and toks[i - 1] is slot
            and toks[i - 2].kind == "ind"
            and toks[i - 2].data["indicator"] == t.data["indicator"]
            and toks[i - 2].end <= slot.start
        ):
            continue  # "जीएसडीपी (प्रचलित भावों पर) विकास दर 13.60 प्रतिशत": the rate of what it qualifies
        if names_what_is_counted(toks, i, text):
            continue  # "có 907 lượt dự án đăng ký điều chỉnh vốn đầu tư, giảm 20,8%": the count's rate
        if (
            t.kind == "ind"
            and slot is not None
            and slot.kind == "block"
            and _share_of_it_after(toks, i, text, lex)
        ):
            continue  # "राजस्व अधिशेष जीएसडीपी का 0.1% (1,700 करोड़ रुपए)": the surplus's, a share of GSDP
        if (
            t.kind == "ind"
            and total_a_share_is_of(toks, i, text, lex)
            and not _the_wholes_own_rate_after(toks, i, text, lex)
        ):
            continue  # "chiếm khoảng 17% tổng kim ngạch xuất khẩu": the whole, no new topic
        if t.kind == "ind" and _capital_of_the_counted(toks, i, text, lex):
            # "Vốn đăng ký của doanh nghiệp thành lập mới tăng 113%", "Registered capital of new
            # enterprises rose 113%": the money of the things counted, a sub-topic of its own.
            if cur is not None:
                cur.closed = True
            start = toks[i - 1].start
            slot, cur = Token("block", start, t.end, text[start : t.end], {}), None
            continue
        if t.kind == "ind" and goal_noun_after(toks, i, text, lex):
            # "The export target for this fiscal is $220 billion", "निर्यात लक्ष्य 200 अरब डॉलर
            # से बढ़ाकर 220 अरब डॉलर": the indicator's goal; its figures up to the clause's end.
            target_until = goal_items_end(
                toks,
                i,
                text,
                clause_end(text, t.end, depth, lex),
                lex,
                _named_by_its_amount(toks, i, text, lex),
            )
            if cur is not None:
                cur.closed = True
        if (
            t.kind == "ind"
            and last_ind is not None
            and last_ind.data["indicator"] == t.data["indicator"]
            and text[last_ind.end : t.start].strip() == "("
            and text[t.end : t.end + 1] == ")"
            and cur is not None
            and cur.has_number
            and last_ind in cur.tokens
        ):
            # "... 12.64% growth in gross regional domestic product (GRDP) this year": the short
            # form of the name the figure before is of.
            continue
        if t.kind == "ind":
            last_ind = t
        if (
            t.kind == "block"
            and slot is not None
            and slot is not carry
            and slot.kind == "ind"
            and (cur is None or (cur.indicator == slot.data["indicator"] and included_aside(toks, i, text)))
            and has_word(text[max(slot.end, t.start - WORDS_REACH) : t.start], lex.share_words)
        ):
            # "Total registered FDI, including new projects, capital adjustments and capital
            # contributions, reached ...": what the indicator includes, not a topic of its own;
            # so after its figures when the list ends in a comma ("..., including ..., up 32%").
            continue
        if (
            t.kind == "ind"
            and slot is not None
            and slot.kind == "block"
            and slot is not carry
            and _in_what_it_includes(toks, i, text, lex)
        ):
            # "The eight core industries that include sectors such as coal, cement, steel and
            # electricity posted a 6.2 per cent growth": what the sub-topic includes, no topic.
            continue
        if (
            t.kind == "block"
            and t.text.lower() == "capital"
            and slot is not None
            and slot is not carry
            and slot.kind == "ind"
            and slot.data["indicator"] in CAPITAL_INDICATORS
            # (Not a word of a compound: "425 adjusted-capital projects brought in ...".)
            and text[t.start - 1 : t.start] != "-"
            and not text[t.end : t.end + 10].lower().lstrip().startswith("project")
        ):
            # "Foreign direct investment (FDI) attraction remains a highlight, with a total newly
            # invested and adjusted capital of USD 725.4 million": the capital of the indicator named.
            continue
        if (
            (
                t.kind == "block"
                or (
                    t.kind == "ind" and slot is not None and slot.data.get("indicator") != t.data["indicator"]
                )
            )
            and depth > 0
            and in_an_aside_without_figures(toks, i, text, slot)
        ):
            # "FDI inflows (which include ... other capital) declined to ...", "The trade
            # deficit (gap between imports and exports) narrowed ...": a description
            continue
        if (
            t.kind == "ind"
            and slot is not None
            and total_a_share_is_of(toks, i, text, lex)
            and not _the_wholes_own_rate_after(toks, i, text, lex)
        ):
            # "Phone exports ..., accounting for 17% of total exports, up 10%", "मैन्युफैक्चरिंग
            # सेक्टर, जो कुल GDP में 14% का योगदान देता है, ... 9.1% बढ़ा": the whole a share
            # is of; the figures after stay the topic's.
            continue
        if t.kind in ("ind", "block"):
            if (
                t.kind == "block"
                and cur is not None
                and cur.unit == "count"
                and not cur.growths
                and cur.tokens
                and cur.tokens[-1].kind == "val"
                and t.start - cur.tokens[-1].end <= 2
                # (Not the next item after a semicolon: "thành lập mới 1.800 doanh nghiệp; tỷ lệ hộ
                # nghèo giảm 1%".)
                and not any(ch in ",;" for ch in text[cur.tokens[-1].end : t.start])
            ):
                # "420 doanh nghiệp quay trở lại hoạt động": the firms counted are the topic's
                # right after them, not the indicator named before.
                cur.indicator = None
            if t.kind == "block" and cur is not None and amount_of_sub_topic(cur, t, text, lex):
                cur.indicator = None
            if (
                t.kind == "ind"
                and cur is not None
                and cur.indicator == t.data["indicator"]
                and cur.tokens
                and cur.tokens[-1].kind == "val"
                and cur.tokens[-1].start < t.start
                and t.end <= cur.tokens[-1].end
            ):
                if _another_part(cur, t, lex):
                    # ("1.62 करोड़ घरेलू पर्यटक और 6.5 लाख विदेशी पर्यटक": the part counted names it.)
                    cur.tokens = [t if x.kind == "ind" else x for x in cur.tokens]
                    slot = t
                continue  # "5.42 लाख पर्यटकों से ...": the counted noun of the figure in hand, no new topic
            if (
                t.kind == "ind"
                and cur is not None
                and cur.indicator is None
                and cur.tokens
                and cur.tokens[0].kind == "block"
                and cur.tokens[-1].kind == "val"
                # (Not the counted noun of the figure itself: "45 dự án đầu tư trong nước ... và
                # 18 dự án FDI với tổng vốn đăng ký 420 triệu USD" names FDI anew.)
                and t.start >= cur.tokens[-1].end
                # (Not an item after a comma: "a rise of over 10% in total investment in society,
                # and at least $3 billion in FDI" names the amount's own.)
                and not _next_list_item(text[cur.tokens[0].end : cur.tokens[-1].start], lex)
                and (
                    value_of_the_name(cur.tokens[-1], t, text, lex)
                    or given_to_the_name(cur.tokens[-1], t, text, lex)
                )
                # (Not a sub-topic that names the amount before it: "11.4 trillion VND in domestic
                # investment and over 718 million USD in FDI".)
                and not _names_the_amount_before(toks, i, cur.tokens[0], text, lex)
                # (Nor the capital of what is named next: "निवेश आकर्षण के संबंध में, ... 320 मिलियन
                # डॉलर की कुल पंजीकृत पूंजी के साथ 12 नई एफडीआई परियोजनाओं": the projects'.)
                and not t.data.get("capital_of_next")
            ):
                # "FDI firms fetched $39.45 billion from exports", "the domestic sector
                # contributed $98 billion to exports": the sub-topic's part of it.
                continue
            said_of = (
                rate_of_indicator_after(cur, t, toks, i, text, lex, target_until)
                if cur and t.kind == "ind"
                else ""
            )
            if said_of:
                assert cur is not None
                # The rate said just before the indicator is its own (see rate_of_indicator_after).
                cur.tokens = [t, *(x for x in cur.tokens if x.kind != "ind")]
                cur.indicator, cur.rate, slot = t.data["indicator"], True, t
                cur.closed = True
                if said_of == "rate" and goal_named_right_after(toks, i, text):
                    cur.target = True  # "12% के माल निर्यात कारोबार वृद्धि लक्ष्य": its growth goal
                if said_of == "rate":
                    rates_listed_before(groups, cur, toks, text, lex)
                # "... a 12% rise in FDI in the first nine months": its period may follow.
                awaiting_period = cur if said_of == "change" else None
                continue
            if cur is not None:
                cur.closed = True
            # A figure right before its own noun belongs to it: "420 new enterprises",
            # "12.75 अरब डॉलर का एफडीआई" (the amount of FDI).
            if (
                t.kind == "ind"
                and cur is not None
                and cur.value is not None
                and len(cur.tokens)
                and cur.tokens[-1].kind == "val"
                and (
                    (
                        cur.unit == "count"
                        and (
                            cur.tokens[-1].end >= t.start
                            or _only_an_abbreviation(text[cur.tokens[-1].end : t.start])
                            # (Right before it, nothing between: a name of another part, or a
                            # counted indicator's after a money one's figures, "...; có 1.180
                            # doanh nghiệp được cấp giấy chứng nhận ...".)
                            or (
                                not text[cur.tokens[-1].end : t.start].strip()
                                and (
                                    _another_part(cur, t, lex)
                                    or (
                                        t.data["indicator"] in COUNT_INDICATORS
                                        and cur.indicator not in COUNT_INDICATORS
                                    )
                                )
                            )
                        )
                        and not cur.growths
                        # The words counted name their own indicator ("... और 8 लाख पर्यटक"), or
                        # another part of it ("1.62 crore domestic tourists and 6.5 lakh foreign
                        # tourists").
                        and (
                            cur.indicator is None
                            or cur.carried
                            or cur.indicator != t.data["indicator"]
                            or _another_part(cur, t, lex)
                        )
                    )
                    or (
                        (
                            value_of_the_name(cur.tokens[-1], t, text, lex)
                            # ("Total social investment ... to reach 104.1 trillion VND to meet
                            # the economic growth target": the amount of the topic named before.)
                            or (
                                amount_of_a_goal(cur.tokens[-1], t, text, lex)
                                and cur.tokens[0].kind != "block"
                            )
                        )
                        and not in_a_part(toks, i, cur.tokens[-1], text, lex)
                    )
                    # "thu hút được 320 triệu USD vốn FDI": an amount with no indicator yet,
                    # right before the noun it is of (not a sub-topic's: "Singapore ... with $10
                    # billion FDI" is its part).
                    # ("collected around VND185 trillion (nearly US$8 billion at current exchange
                    # rate) for the State budget": past the amount's conversion.)
                    or (
                        cur.indicator is None
                        and not text[past_conversion(text, cur.tokens[-1].end) : t.start].strip()
                        and cur.tokens[0].kind != "block"
                    )
                    # "..., with 4.5 million tourist arrivals", "1.2 मिलियन से अधिक अंतरराष्ट्रीय
                    # पर्यटकों": a bare amount (past a bound) before a counted noun.
                    or (
                        cur.unit is None
                        and t.data["indicator"] in COUNT_INDICATORS
                        and one_word_at_most(
                            words_between(text, cur.tokens[-1].end, t.start, lex.bound_after_re)
                        )
                    )
                )
            ):
                val_tok, old = cur.tokens[-1], cur
                if (
                    old.indicator is None
                    and old.growths
                    and old.plan is None
                    and old.tokens[0].kind != "block"
                    # (Not a rate listed apart before it: "11 प्रतिशत की वृद्धि और 28,000 करोड़
                    # रुपये के राजस्व संग्रह का लक्ष्य", the economy's growth and the takings.)
                    and not _listed_apart(old, val_tok, text, lex)
                ):
                    # "9.1 प्रतिशत बढ़कर 1.89 लाख करोड़ रुपये पहुंचा जीएसटी संग्रह": a figure named by
                    # nothing yet, its change too, is the noun's after it.
                    slot = t
                    old.indicator, old.sign = t.data["indicator"], t.data.get("sign", 1)
                    old.tokens.insert(0, t)
                    continue
                if old.has_number and (old.growths or old.plan is not None):
                    old.value, old.unit = None, None  # the rest of the old figure stays
                    old.tokens.remove(val_tok)
                else:
                    # `old` is one of the last groups: look from the end, not from the start.
                    del groups[next(k for k in range(len(groups) - 1, -1, -1) if groups[k] is old)]
                slot = t
                g = new_group(val_tok)
                g.value, g.unit = val_tok.data["value"], val_tok.data.get("unit")
                if g.unit is None and g.indicator in COUNT_INDICATORS:
                    g.unit = "count"  # "2.5 million tourist arrivals"
                g.tokens.append(val_tok)
                continue
            if not (
                t.kind == "ind"
                and slot is not None
                and slot is not carry
                and slot.kind == "ind"
                and slot.data.get("rate")
                and slot.data["indicator"] == t.data["indicator"]
            ):
                # "industrial output growth, measured by the IIP, slowed to 3.2%": naming the
                # indicator again keeps it the growth rate it was said to be.
                slot = t
            cur = None
            continue
        if t.kind == "cue":
            cue = t.data["cue"]
            before = token_before(toks, i)
            if (
                cue == "target"
                and not (
                    before is not None and before.kind == "pct" and not text[before.end : t.start].strip()
                )
                and not _counted(t, text, lex)
                and not _share_of_the_goal(toks, i)
                # ("5,000 बिलियन वीएनडी के लक्ष्य की तुलना में 5,400 बिलियन वीएनडी तक पहुंच गया": the
                # goal is what the figure after is compared with, no goal of that figure.)
                and not (lex.compare_follows and _compared_right_after_the_goal(toks, i, text))
                # ("vượt mức kế hoạch đề ra, trong đó, sản xuất công nghiệp ... tăng 15,43%": the
                # plan exceeded, results after it, no goal set.)
                and not (
                    before is not None
                    and is_cue(before, ("exceed.before",))
                    and not text[before.end : t.start].strip()
                    # (Its own figure right after is the goal's: "vượt mục tiêu đề ra tăng 9%".)
                    and text[t.end : t.end + GOAL_FIGURE_REACH].lstrip().startswith((",", ";"))
                )
            ):
                # A goal: the figures that follow, up to the clause's end, are targets (not so
                # right after a share of it: "đạt 48% mục tiêu năm, tăng 10%").
                target_until = goal_items_end(
                    toks,
                    i,
                    text,
                    clause_end(text, t.end, depth, lex),
                    lex,
                    _named_by_its_amount(toks, i, text, lex),
                )
                if cur is not None:
                    cur.closed = True
            continue
        if t.data.get("read_with_share"):
            continue  # the words of what a share was just given of (below)
        if t.kind == "per":
            # ("... reached $4.3 billion last month": with no month named before it in the
            # sentence, last month is the one before the publication's, whatever month the
            # text went on to speak of.)
            about = cur_period if t.data["kind"] == "prev_month" else cur_period or frame.context
            if t.data["kind"] == "rest_of_year":
                # ("mục tiêu 10,5% năm 2025, các quý còn lại ...": after the months reported on,
                # not a goal's year.)
                about = last_absolute or frame.context
            if t.data["kind"] in EARLIER_KINDS and compared is not None and compared is cur_period:
                # "यह ग्रोथ पहली तिमाही के 7.8% और पिछले साल इसी समय के 5.6% के मुकाबले ...":
                # a year back from the period spoken of, not from another compared figure's
                # (with none before it, from the only one named).
                about = period_before or frame.context or cur_period
            p = resolve(t.data, lex, frame.about(about))
            if p is not None and t.data["kind"] == "prev_month" and cur_period is None:
                # "पिछले महीने के 6.2 प्रतिशत से घटकर नवम्बर में 5.4 प्रतिशत", "from last month's
                # 6.2% to 5.4% in November": before the very month the figure after it is of, the
                # month before that.
                ahead = _next_period(toks, i, text)
                if (
                    ahead is not None
                    # (Not "last month" said again as the base: "पिछले महीने 8,000 बिलियन वीएनडी
                    # ..., जो पिछले महीने की तुलना में 2.23% ... है".)
                    and ahead.data["kind"] not in ("prev_month", "month_before")
                    and resolve(ahead.data, lex, frame.about(about)) == p
                ):
                    p = previous_month(p)
            if (
                p is not None
                and t.data["kind"] == "year"
                and last_per is not None
                and last_per.data["kind"] in SAME_MONTHS_BACK
                and cur_period is not None
                and cur_period.length < 12
                and figure_end > last_per.end
                and has_conjunction(text[figure_end : t.start], lex)
            ):
                # "पिछले साल इसी अवधि में 5.99 लाख और 2014 में 5.76 लाख", "599,000 in the same
                # month last year and 576,000 in 2014": the same months, that year.
                p = cur_period.with_year(p.start_year)
            t.data["period"] = p
            last_per = t
            of_next = bool(lex.period_copulas) and _copula_then_figure(toks, i, text, lex)
            if (t.data.get("base") and not of_next) or p is None:
                continue
            if t.data.get("after_average"):
                continue  # "on average 1 month": a unit of the average, not a period
            if t.data.get("since"):
                continue  # "the lowest since June 2017": a time long before the figure's
            if (
                i > last_figure
                and figure_end >= 0
                and has_word(text[max(figure_end, t.start - WORDS_REACH) : t.start], lex.clause_words)
            ):
                continue  # "... jumped 42% as the holiday fell in February": the clause's period
            if (
                cur is not None
                and cur is awaiting_period
                and not cur.period_attached
                and 0 <= t.start - cur.tokens[0].end <= ATTACH_GAP
                and not any(ch in ALIAS_RE.sub("", text[cur.tokens[0].end : t.start]) for ch in ",(;")
            ):
                cur.period, cur.period_from_sentence, cur.period_attached = p, True, True
                cur.tokens.append(t)
            awaiting_period = None
            last_num = max((x.end for x in cur.tokens if x.kind in NUMERIC), default=-1) if cur else -1
            # A bracket holding the period alone dates the figure: "US$ 46.82 billion (April, 2020
            # to October, 2020)" (no conversion of the amount to pass over).
            bracketed = last_num >= 0 and _period_alone_in_brackets(text, last_num, t)
            if last_num >= 0:
                last_num = past_conversion(text, last_num)  # "... trillion ($1.49 billion) by Nov. 10"
            if (
                cur is not None
                and cur.has_number
                and not cur.closed
                and not cur.period_attached
                and (bracketed or 0 <= t.start - last_num <= ATTACH_GAP)
                # (A short name in brackets is no break: "growth in gross regional domestic
                # product (GRDP) this year". A bracket the figure is in, closed before the period,
                # is: "(2M 2025: +7.2% YoY) after slightly declining in January".)
                and (bracketed or not any(ch in ALIAS_RE.sub("", text[last_num : t.start]) for ch in ",();"))
                and not has_conjunction(text[last_num : t.start], lex)
                # "जून के 2.1% से बढ़कर जुलाई में 2.8%": past a word of comparison the period is
                # the next figure's.
                and not (
                    lex.compare_follows
                    and any(is_cue(x, ("compare",)) and x.start >= last_num for x in toks[max(0, i - 4) : i])
                )
                # "... 155.93 अरब डॉलर रहा जो पिछले वित्त वर्ष की इसी अवधि में 136.25 अरब डॉलर
                # रहा था": where a period is said before its figure, one right before another
                # figure is that figure's.
                and not (lex.compare_follows and _figure_right_after(toks, i, text))
                and not of_next
                # ("must grow by at least 10% for the country to meet its full-year target of 8%":
                # the period of the goal named right after it.)
                and not _a_goal_named_right_after(toks, i, text)
            ):
                if (
                    cur.reference
                    and frame.ref_month is None
                    and last_absolute is not None
                    and p.length == 1
                    and p.start_year == last_absolute.end_year
                    and p.start_month > last_absolute.end_month
                    and not any(part.get("y") for part in mention_parts(t.data))
                ):
                    # "grew 4.6% in January, up from 3.1% in December", undated: the month
                    # compared with came before, in the year before.
                    p = p.shift_years(-1)
                cur.period = p
                cur.period_from_sentence = True
                cur.period_attached = True
                cur.tokens.append(t)
                if cur.reference or (last_absolute is not None and p.end_date() < last_absolute.end_date()):
                    # "..., thấp hơn mức tăng 0,6% của tháng 8": a comparison's own, earlier
                    # month; the sentence is still about the period it named first.
                    continue
            elif cur is not None and cur.has_number:
                cur.closed = True
            if depth > 0 and aside_period is None:
                aside_period = (cur_period, False)
            if _of_a_figure_compared_from(toks, i, text, lex):
                # "Wholesale price-based inflation rose to 1.8 per cent in October from 0.9 per
                # cent in September, while retail inflation eased to 2.1 per cent": the time of a
                # figure compared with is no context of the clause after.
                continue
            # (A running total said after a figure dates its own clause only.)
            running_from = (cur_period,) if t.data["kind"] == "running_total" and figure_end >= 0 else None
            if figure_end >= 0 and cur_period is not None and _said_looking_back(toks, i, text, lex):
                looked_back_from = (cur_period, t.end)
            period_before, cur_period = cur_period, p
            # (Said right before a figure after the figures spoken of, or of the indicator this
            # sentence refers back to: the period of a figure compared with.)
            compared = (
                p
                if lex.compare_follows
                and (figure_end >= 0 or carry is not None)
                and _figure_right_after(toks, i, text)
                else None
            )
            figured = any(g.has_number for g in groups)  # (a dateline's day is no figure)
            if (
                (
                    is_aside(t, p, last_absolute, frame.context, reference_end > figure_end >= 0, figured)
                    # ("Last year, the nation's foreign trade ... Exports amounted to ...": a time
                    # said first, before a comma, is what the sentence and those after go on about.)
                    and not opens_looking_back(toks, i, text)
                )
                or said_alone(t, text, lex.alone_words)
                or _a_part_named_as_a_modifier(toks, i, p, frame.context, text, lex)
            ):
                t.data["aside"] = True
            elif (
                (
                    absolute(t)
                    or t.data["kind"]
                    in (
                        "this_year",
                        "whole_year",
                        "year_past",
                        "last_year",
                        "next_year",
                        "next_fiscal_year",
                        "under_review",
                    )
                )
                and t.start >= target_until
                # ("GDP grew 7.85% (Q3: 8.12%). Exports ...": a part said in brackets after the
                # figures dates its own figure only.)
                and not (depth > 0 and figure_end >= 0)
                and not _names_a_goal(toks, i, text)
                # ("..., जो सितंबर में 0.9 प्रतिशत थी": the figure after is that month's, but the
                # text goes on about the month before.)
                and not _said_looking_back(toks, i, text, lex)
                and not (lex.compare_follows and _figure_compared_with_after(toks, i, text))
            ):
                # "GRDP is estimated to grow 7.45% this year", "Last year, ... budget collection
                # ...": the year the text goes on about, unless a look back (above). (A goal's own
                # period, "aims for 8% growth for the full year", "its full-year target", is no
                # context.)
                last_absolute = p
            period_from_sentence = True
            continue
        if t.kind == "num":
            # A plain number right after a count indicator is its count ("arrivals
            # reached 310,000"), right after an index its level ("the index of industrial
            # production stood at 152.3"); anywhere else a plain number is not a figure.
            unit = plain_unit(slot, t, lex)
            if (
                unit is not None
                and slot is not None
                and (cur is None or cur.closed or cur.value is None)
                # An index's level comes first, not after its change ("tăng 8,6% và tăng ở 61 địa
                # phương": a count of places).
                and (
                    unit != "index"
                    or cur is None
                    or cur.closed
                    or not cur.has_number
                    # ("3.1% बढ़कर 133.5 हो गया", "rose 3.1% to 133.5": the level it reached.)
                    or any(
                        is_cue(c, ("level.before",)) and t.start - c.end <= 2
                        for c in readings(toks, i - 1, -1)
                    )
                )
                and (
                    t.start - slot.end <= COUNT_REACH
                    # ("... 4.8 million international arrivals ... The figure in July is nearly
                    # 565,000": the count the word referring back names.)
                    or (
                        slot is carry
                        and t.data["value"] >= ANAPHORA_COUNT_MIN
                        and has_word(text[max(0, t.start - COUNT_REACH) : t.start].lower(), lex.anaphora)
                    )
                )
                and not skip_value(toks, i, text, lex)
            ):
                if cur is None or cur.closed:
                    new_group(t)
                assert cur is not None
                cur.value, cur.unit = t.data["value"], unit
                cur.tokens.append(t)
            elif (
                cur is not None
                and cur.unit in ("count", "index")
                and cur.value is not None
                and plain_unit(slot, t, lex) == cur.unit
                and is_reference(toks, i, text, lex)
            ):
                # "... climbed to 820,000 from 700,000 a year ago", "152.3 ... compared with
                # 145.6 in June 2024": the count or level it is compared with.
                unit = cur.unit
                new_group(t, reference=True)
                cur.value, cur.unit = t.data["value"], unit
                cur.tokens.append(t)
            elif _counts_the_noun_after(toks, i, text) and not skip_value(toks, i, text, lex):
                # "More than 600,000 foreign tourists travelled ...": a plain number right
                # before the counted noun is its count (taken up by the noun, see above).
                if cur is not None:
                    cur.closed = True
                g = new_group(t)
                g.value = t.data["value"]
                g.tokens.append(Token("val", t.start, t.end, t.text, {"value": t.data["value"]}))
            continue
        if t.kind == "val":
            if any(is_cue(c, ("rise_from",)) and t.start - c.end <= 2 for c in readings(toks, i - 1, -1)):
                new_group(t, reference=True)
                assert cur is not None
                cur.value, cur.unit = t.data["value"], t.data.get("unit")
                cur.tokens.append(t)
                continue
            if skip_value(toks, i, text, lex):
                continue
            if plan_amount(toks, i, text, lex) and slot is not None and slot.kind == "ind":
                # "bằng 80% kế hoạch năm (5 tỷ USD)", "80% of the annual plan of 5 billion USD":
                # the amount planned, a goal for the year.
                g = new_group(t)
                g.value, g.unit, g.target, g.closed = t.data["value"], t.data.get("unit"), True, True
                g.tokens.append(t)
                continue
            if (
                physical(t.data.get("unit"))
                and slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] not in PHYSICAL_INDICATORS
            ):
                # "sản lượng điện sản xuất và nhập khẩu ... 286,5 tỷ kWh": kWh are not an
                # import value; they belong to the latest indicator measured so, if any.
                if last_physical is None:
                    continue
                slot, cur = last_physical, None
            if (
                money(t.data.get("unit"))
                and slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] in COUNT_INDICATORS
                and t.start > slot.end
            ):
                # "welcomed 2.5 million tourist arrivals, earning 1.5 trillion VND": not a count.
                # It stays unclaimed unless the noun after it claims it ("पर्यटकों से 25 हजार
                # करोड़ रुपये की विदेशी मुद्रा आय").
                g = new_group(t)
                g.indicator, g.value, g.unit, g.tokens = None, t.data["value"], t.data.get("unit"), [t]
                # "welcomed 15 million tourists, generating 42.7 trillion VND in revenue": what
                # the counted earned, named by a word of earnings right after the amount.
                earned = lex.earned_by.get(slot.data["indicator"])
                if earned is not None and earnings_after(t, text, lex):
                    g.indicator = earned
                continue
            base_period = bracketed_base(
                toks, i, text, (cur.period if cur is not None else cur_period) or frame.context
            )
            if base_period is not None and slot is not None and slot.kind == "ind":
                # "tăng 10% so với cùng kỳ năm trước (1,8 tỷ USD)": the amount of that period.
                g = new_group(t, reference=True)
                g.period, g.period_from_sentence, g.closed = base_period, True, True
                g.value, g.unit = t.data["value"], t.data.get("unit")
                g.tokens.append(t)
                continue
            # (A goal's amount a result is set against stays the goal: "निर्धारित लक्ष्य 145355.12
            # करोड़ रुपये के सापेक्ष 104397.42 करोड़ की प्राप्ति".)
            ref = is_reference(toks, i, text, lex) and not t.start < target_until
            total = cur
            if cur is None or cur.closed or cur.value is not None or ref:
                new_group(t, reference=ref)
            assert cur is not None
            if cur is not total and amount_of_an_unnamed_part(total, toks, i, text, lex):
                cur.breakdown = True  # dropped beside the total, as a breakdown named
            before = token_before(toks, i)
            if ref and before is not None and before.kind == "ellipsis":
                # ("पिछले साल के इसी महीने में एकत्र 28,964 करोड़ रुपये से": past the word of what
                # was counted, a short name too.)
                before = token_before(toks, neighbour(toks, i, -1))
            if ref and before is not None and _period_of_the_compared(before, t, text, lex):
                # "2022 के 61.9 लाख की तुलना में", "पिछले साल जुलाई के 6.8 लाख की तुलना में": the
                # amount compared with is of the period named right before it, which is no
                # period of the figures after it ("... से बढ़कर 7.2 अरब डॉलर").
                _dated_by(cur, before)
                if cur_period == before.data["period"] and (
                    before.data.get("aside") or period_before is not None or frame.context is not None
                ):
                    # ("कैलेंडर वर्ष 2025 की दूसरी तिमाही ... जनवरी-मार्च अवधि के 26.15 लाख से घटकर
                    # 16.48 लाख": back to the period spoken of, or to the text's when this
                    # sentence named none before: "जून 2026 में ...। ... मई के 21.3 अरब डॉलर से घटकर
                    # 19.8 अरब डॉलर".)
                    cur_period = period_before
            cur.value = t.data["value"]
            cur.named_short = short_name_right_after(toks, i, text, cur.indicator)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.kind == "ind"
                and nxt.data.get("breakdown")
                and nxt.data["indicator"] == cur.indicator
                and nxt.start <= t.end + 1
            ):
                # "trong đó có 30,2 triệu lượt khách lưu trú": the count of a breakdown named
                # right after it.
                cur.breakdown = True
            cur.unit = t.data.get("unit")
            if cur.unit is None and cur.indicator in COUNT_INDICATORS:
                cur.unit = "count"  # "10 lakh 37 thousand" visitors
            cur.reference = cur.reference or ref
            cur.tokens.append(t)
            continue
        if t.kind == "pct":
            role = t.data["role"]
            # "About 52.43 percent of public investment capital was disbursed in the first 11
            # months": the share of the plan done (its period may follow); "reached 23.6% of this
            # year's public investment disbursement target": the share of that indicator's plan
            # reached, its year the goal's.
            done_of = share_of_it_done(toks, i, text, lex) if role == "bare" else -1
            goal_of = share_of_its_goal(toks, i, text, lex) if role == "bare" and done_of < 0 else -1
            # ("disbursed 45 percent of public investment capital": the word of doing before it.)
            done_before = (
                share_done_said_before(toks, i, text, lex)
                if role == "bare" and max(done_of, goal_of) < 0
                else -1
            )
            # ("सार्वजनिक निवेश पूंजी का 64 प्रतिशत वितरित कर दिया": the capital named first.)
            named_before = (
                share_of_it_said_before(toks, i, text, lex)
                if role in ("bare", "share") and max(done_of, goal_of, done_before) < 0
                else -1
            )
            if max(done_of, goal_of, done_before, named_before) >= 0:
                slot = toks[max(done_of, goal_of, done_before, named_before)]
                if slot.kind == "ellipsis":
                    # (The word of doing names the indicator: "has disbursed 42% of it".)
                    of_done = {"indicator": slot.data["value"], "sign": 1}
                    slot = Token("ind", slot.start, slot.end, slot.text, of_done)
                g = new_group(t)
                g.plan = t.data["value"]
                if max(goal_of, done_before, named_before) >= 0:
                    g.closed, g.target = True, False  # (a share done is no goal's figure)
                g.tokens.append(t)
                # (The words of the plan, its year, and the word of doing are read with the share.)
                last = (
                    done_of + 1 if done_of >= 0 else i + 1 if named_before >= 0 else max(goal_of, done_before)
                )
                for x in toks[i + 1 : last + 1]:
                    x.data["read_with_share"] = True
                continue
            if (
                target_until >= 0
                and t.start < target_until
                and role.startswith("growth")
                and cur is not None
                and cur.target
                and cur.has_number
                and cur.tokens
                and any(
                    is_cue(c, ("growth_up.before", "growth_down.before", "change.before"))
                    for c in readings(toks, i - 1, -1)
                )
                and t.start - cur.tokens[-1].end <= GOAL_RESULT_REACH
                and "," in text[cur.tokens[-1].end : t.start]
                and not _named_since(toks, i, cur.tokens[-1].end)
                # (Not past a word of goal of its own: "..., the province needs growth of 11
                # percent in the remaining nine months".)
                and not any(
                    is_cue(x, ("target",)) for x in toks[max(0, i - 8) : i] if x.start >= cur.tokens[-1].end
                )
                # (Nor past a period of its own: "phấn đấu GRDP quý II tăng 7,9%, quý III tăng 8,3%
                # và quý IV tăng 8,6%", the goals of the quarters listed.)
                and not any(
                    x.kind == "per" and not x.data.get("base")
                    for x in toks[max(0, i - 8) : i]
                    if x.start >= cur.tokens[-1].end
                )
            ):
                # "... achieve the GDP growth target of over 8 per cent for 2025 as a whole, with
                # an increase of 8.02 per cent": past the goal's own figure, the change said of
                # the same indicator is the result.
                target_until = -1
            if (
                role == "share"
                or _share_of_tasks(toks, i)
                or rate_of_a_sub_topic_after(toks, i, text, lex)
                or rate_over_another_figure(toks, i, text, lex)
                or rate_of_an_unnamed_part(toks, i, text, lex)
                or rate_of_some_of_them(toks, i, text, lex)
            ):
                continue
            if t.data.get("rate_compared"):
                continue  # (the rate the change of a rate was set against, below)
            if (
                t.data.get("vs_rate")
                and cur is not None
                and cur.growths
                and not cur.reference
                # (Not a rate of a clause of its own, past a semicolon or a period it names: "GDP
                # grew 7.8% in Q2; in the first half, it grew 7.4%, below the 8% target".)
                and not _a_clause_of_its_own(cur, toks, i, text)
            ):
                # "tăng 0,51% so với tháng trước, giảm 0,04% so với mức tăng 0,55% của tháng 8":
                # after the figure's own rate, a rate set against another rate is how the rate
                # itself changed, not a growth of the indicator; nor is the rate it is set
                # against one to report (said only as the measure of that change).
                k = next(
                    (
                        m
                        for m in range(i + 1, min(len(toks), i + RATE_COMPARED_TOKENS))
                        if toks[m].kind == "pct"
                    ),
                    -1,
                )
                if k > 0:
                    toks[k].data["rate_compared"] = True
                continue
            aspect = rate_aspect(toks, i, text, lex)
            counted = aspect_of_count(groups) if aspect == "count" else None
            if (
                aspect == "other"
                and slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] in COUNT_INDICATORS
                and (cur is None or cur.unit == "count" or cur.value is None)
            ):
                continue  # "giảm 47,4% về số vốn đăng ký" after the firms counted: another measure
            if counted is not None and role.startswith("growth"):
                # "tăng 15% về số DN": the growth of the count stated earlier in the sentence.
                counted.growths.append(
                    Growth(
                        -t.data["value"] if role == "growth_down" else t.data["value"],
                        growth_base(toks, i, text, counted.period or cur_period, lex, frame),
                    )
                )
                counted.tokens.append(t)
                continue
            if aspect == "count" and cur is not None and cur.value is not None and cur.unit != "count":
                continue  # "39.300 tỷ đồng, tăng 41,97% về số lượng dự án": a count's rate
            if (
                aspect is not None
                and counted is None
                and slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] in LEVEL_IS_GROWTH
            ):
                continue  # "giảm 16,1% về số lượng và 6,9% về vốn": no rate of the economy or an index
            base_period = bracketed_base(
                toks, i, text, (cur.period if cur is not None else cur_period) or frame.context
            )
            if (
                base_period is None
                and prev_pct is not None
                and (
                    prev_pct.data.get("role") == "plan"
                    # ("tỷ lệ giải ngân ... đạt 48,5%, cao hơn bình quân cả nước (42,3%)": a bare
                    # rate of a disbursement rate is its plan share.)
                    or (
                        prev_pct.data.get("role", "bare") == "bare"
                        and slot is not None
                        and slot.kind == "ind"
                        and (
                            bool(slot.data.get("plan_share"))
                            # ("giải ngân vốn đầu tư công ... đạt 15,2%, cao hơn bình quân chung cả
                            # nước (9,5%)": a bare rate of disbursement is its plan share too.)
                            or slot.data.get("indicator") in PLAN_SHARE_INDICATORS
                        )
                    )
                )
                and average_said_before(toks, i, text, lex)
            ):
                # "đạt 45,6% kế hoạch, cao hơn mức bình quân cả nước (40,2%)": the average's share
                # of its plan, in the same months (an average growth rate beside a growth rate is
                # read as one, as it stands).
                base_period = cur_period
            if (
                base_period is None
                and role == "bare"
                and prev_pct is not None
                and prev_pct.data.get("role") == "plan"
            ):
                # "đạt 35,2% kế hoạch; cùng kỳ năm trước đạt 31,5%": the share of the year before.
                base_period = earlier_period_said_before(toks, i, text, lex)
            if base_period is not None:
                # "đạt 28,4% kế hoạch, thấp hơn cùng kỳ năm 2022 (35,1%)": the same measure
                # for the period compared with, read the way the figure before it was.
                like = prev_pct.data.get("role", "bare") if prev_pct is not None else "bare"
                if prev_pct is not None and prev_pct.data.get("read_as"):
                    # "higher than the first quarter (8.3%) and the second quarter (9.3%)": a
                    # list of such figures, each read as the first was.
                    like = prev_pct.data["read_as"]
                if (
                    like == "bare"
                    and slot is not None
                    and slot.kind == "ind"
                    and (
                        slot.data.get("plan_share")
                        # (A bare rate of disbursement read before it in the sentence, too.)
                        or (prev_pct is not None and slot.data.get("indicator") in PLAN_SHARE_INDICATORS)
                    )
                ):
                    # "Tỷ lệ giải ngân ... đạt 58,2%, cao hơn cùng kỳ năm trước (50,1%)": a bare
                    # rate of a disbursement rate is its plan share, the one compared with too.
                    like = "plan"
                rate_slot = slot is not None and slot.kind == "ind" and slot.data.get("rate")
                if like == "plan" or like.startswith("growth") or rate_slot:
                    g = new_group(t, reference=True)
                    g.period, g.period_from_sentence, g.closed = base_period, True, True
                    if like == "plan":
                        g.plan = t.data["value"]
                    else:
                        sign = -1 if like == "growth_down" else 1
                        g.growths.append(Growth(sign * t.data["value"], "unspecified"))
                    g.tokens.append(t)
                    t.data["read_as"] = like
                continue
            ref = is_reference(toks, i, text, lex)
            if cur is not None and _share_of_the_goals_amount(cur, toks, i, text, lex):
                # "84,515 करोड़ रुपये रहीं, जो 1.93 लाख करोड़ के लक्ष्य का 43.78% है", "... वर्ष के लिए
                # अनुमानित ₹42,189 करोड़ का 55.39%": the goal's amount said before the share; the
                # share is of the figure read before it, and ends the goal.
                reached = _reading_before(groups, cur)
                if reached is not None:
                    reached.plan = t.data["value"]
                    reached.tokens.append(t)
                    target_until = -1
                    # ("... का 51.8% है और 2023 की इसी अवधि की तुलना में 2.5% अधिक है": what
                    # follows is the figure's again.)
                    cur.closed, reached.closed, cur = True, False, reached
                    continue
                if role == "bare":
                    continue  # (of a figure read in a sentence before: no growth of the goal)
            if role == "plan":
                if cur is not None and not cur.closed and cur.plan is not None and cur.value is not None:
                    # "bằng 87% dự toán trung ương giao, bằng 82% dự toán HĐND tỉnh giao": the
                    # same amount against a second plan; the first one stated stands.
                    continue
                if cur is None or cur.closed or cur.plan is not None:
                    new_group(t)
                assert cur is not None
                # "vượt 12% dự toán", "exceeding the plan by 12%": 112% of the plan.
                # (Past a word of about: "योजना से लगभग 47% अधिक".)
                behind = i - 2 if i >= 2 and is_cue(toks[i - 1], ("approx",)) else i - 1
                word = next((c for c in readings(toks, behind, -1) if is_cue(c, ("exceed.before",))), None)
                # ("लक्ष्य के सापेक्ष 12 प्रतिशत कम": a word of more or less after the share of a
                # plan makes it the amount over or under it, as "अनुमान से 10% कम".)
                exceeded = (
                    t.data.get("exceeded")
                    or word is not None
                    or t.data.get("after_role") in ("growth_up", "growth_down")
                )
                if (
                    word is not None
                    and not t.data.get("exceeded")
                    and t.data["value"] >= 100
                    and not word.text.lower().endswith(" by")
                ):
                    # "vượt 132% dự toán": past a whole plan again no report says so; the share
                    # reached, said loosely (not "exceeding the plan by 132%").
                    exceeded = False
                if (
                    word is not None
                    and not t.data.get("exceeded")
                    and t.data["value"] >= SHARE_PASSED_LEAST
                    and _a_share_of_the_plan(toks, i, lex)
                ):
                    # "surpassing 85 per cent of the yearly estimate": past that share of it, the
                    # share reached (not 185%). (Translated Vietnamese says "exceeding 42.3% of the
                    # estimate" for "vượt 42,3% dự toán", 142.3%: a smaller rate stays the excess.)
                    exceeded = False
                # "अनुमान से 10% कम": short of the plan by 10%, i.e. 90% of it.
                sign = -1 if t.data.get("after_role") == "growth_down" else 1
                cur.plan = 100.0 + sign * t.data["value"] if exceeded else t.data["value"]
                cur.tokens.append(t)
                continue
            rate_like = slot is not None and slot.kind == "ind" and slot.data.get("rate")
            if (
                role in ("bare", "level")
                and t.data["value"] >= 50
                and _right_before_a_year_back(toks, i)
                # (Not "higher than the 50.1 percent of the same period last year": the rate that
                # period had, named with its article; see _the_rate_of_a_year_back.)
                and not word_right_before(text, t.start, lex.level_articles)
            ):
                # "đạt 107,7% so với cùng kỳ", "108.3% of the same month last year": an index
                # against the year before, i.e. growth of 7.7%.
                role = "ratio"
            if role == "ratio" and not compared_after(toks, i, text, lex):
                continue  # "equal to 51.5% of the year's estimate": a share, not a change
            if role == "bare" and cur is not None and _share_done_of_the_plan(cur, toks, i, text, lex):
                # "the total public investment capital plan was over VND 3,580 billion, of which
                # 62% has been disbursed", "... जिसमें से 62% का वितरण हो चुका है": the share of
                # the plan done, the indicator's figure.
                plan_of = cur
                cur = new_group(t)
                cur.indicator, cur.period, cur.plan = plan_of.indicator, plan_of.period, t.data["value"]
                # ("..., of which 42 per cent has been achieved till July": the months done so
                # far, said after the plan's amount, before or right after the share.)
                done_by = next(
                    (
                        x
                        for x in toks[i - 2 : i + 1 + DONE_AFTER_TOKENS]
                        if x.kind == "per"
                        and x.start > plan_of.tokens[-1].end
                        and x.data.get("kind") in ("through_month", "through_date", "fiscal_ytd")
                    ),
                    None,
                )
                if done_by is not None:
                    done_period = done_by.data.get("period") or resolve(
                        done_by.data, lex, frame.about(plan_of.period or frame.context)
                    )
                    if done_period is not None:
                        cur.period = done_period
                cur.tokens.append(t)
                cur.closed, cur.target = True, False
                continue
            if (
                role == "bare"
                and cur is not None
                and cur.target
                and _share_of_the_goal_reached(cur, t, text, lex)
            ):
                continue  # "mục tiêu đón 6,5 triệu lượt khách ... đã đạt hơn 82%": done of it, no growth
            ahead = toks[i + 1] if i + 1 < len(toks) else None
            if (
                (
                    role == "bare"
                    or (
                        role.startswith("growth")
                        and (
                            plan_growth_before(toks, i, text)
                            or plan_opens_the_bracket(text, t.start, lex)
                            or goal_word_right_before(toks, i, text)
                        )
                    )
                )
                and (slot is None or slot.kind == "ind")
                and goal_said_beside(toks, i, text, lex)
            ):
                # "lower than the 6.8% target", "tăng 6,5% (kế hoạch 7%)", "exceeding the plan
                # (8%)": the goal set for the indicator in hand; with none named, "its 8% growth
                # target" is the economy's (see the end).
                if (slot is not None and slot.data.get("indicator") in PLAN_SHARE_INDICATORS) or (
                    cur is not None and cur.indicator in PLAN_SHARE_INDICATORS
                ):
                    # "... or 38% of the plan, far below the 55% target for the period": a share
                    # of the plan set as the goal, no growth of the disbursement.
                    continue
                g = new_group(t)
                g.target, g.closed = True, True
                g.growths.append(Growth(t.data["value"], "unspecified"))
                g.tokens.append(t)
                continue
            # "8% या उससे अधिक की जीआरडीपी वृद्धि दर": past an "or more".
            r = i + 2 if is_cue(ahead, ("approx",)) and i + 2 < len(toks) else i + 1
            rated = toks[r] if r < len(toks) else None
            if (
                role == "bare"
                and rated is not None
                and rated.kind == "ind"
                and (rated.data.get("rate") or goal_named_right_after(toks, r, text))
                and words_between(text, t.end, rated.start, lex.or_more_re) in lex.rate_joins
            ):
                # "8% जीआरडीपी वृद्धि का लक्ष्य", "10.3% की आर्थिक विकास दर": the rate of the
                # indicator right after it.
                g = new_group(t)
                g.indicator = None
                g.growths.append(Growth(t.data["value"], "unspecified"))
                g.tokens = [t]
                continue
            if (
                role in ("bare", "level")
                and slot is not None
                and (
                    slot.data.get("plan_share")
                    # "giải ngân đạt 95%", "disbursement reached 38%": said right after the name
                    # (further on, a bare rate is more often one compared with).
                    or (
                        slot.data.get("indicator") in PLAN_SHARE_INDICATORS
                        and last_name is not None
                        and slot.data["indicator"]
                        == last_name.data.get("indicator", last_name.data.get("value"))
                        and 0 <= t.start - last_name.end <= SHARE_GAP
                        and not any(ch in text[last_name.end : t.start] for ch in ",;()")
                    )
                    # "đã giải ngân 1.930 tỷ đồng, đạt 42,1%": after the amount spent, the share.
                    or (
                        cur is not None
                        and not cur.closed
                        and cur.indicator in PLAN_SHARE_INDICATORS
                        and cur.value is not None
                        and cur.plan is None
                        and not cur.growths
                    )
                )
            ):
                # "tỷ lệ giải ngân vốn đầu tư công đạt 35%": the disbursement rate is the share of
                # the plan disbursed.
                if cur is None or cur.closed or cur.plan is not None:
                    new_group(t)
                assert cur is not None
                cur.plan = t.data["value"]
                cur.tokens.append(t)
                continue
            # "... compared with 3% in the previous quarter and 4% a year earlier": the next
            # rate of a list compared with.
            listed = (
                prev_pct is not None
                and prev_pct.data.get("compared")
                and ";" not in text[prev_pct.end : t.start]
                and has_conjunction(text[prev_pct.end : t.start], lex)
            )
            prev_role = prev_pct.data.get("role", "bare") if prev_pct is not None else "bare"
            contrasted = role == "bare" and not ref and _rate_of_the_period_contrasted(toks, i, text, lex)
            if (
                role == "bare"
                and (ref or contrasted or depth > 0)
                and prev_role == "plan"
                and cur is not None
                and cur.plan is not None
                # (Any indicator's when named with its article: "meeting 48% of the plan, lower
                # than the 52% of the same period last year".)
                and (
                    cur.indicator in PLAN_SHARE_INDICATORS
                    or (lex.level_articles and word_right_before(text, t.start, lex.level_articles))
                )
                and (
                    (earlier := _an_earlier_period_beside(toks, i)) is not None
                    or _right_before_a_year_back(toks, i)
                )
            ):
                # "đạt 44,2% kế hoạch (cùng kỳ năm trước đạt 38,5%)", "44.2% of the plan, compared
                # with 38.5% in the same period last year", "..., जबकि पिछले वर्ष की इसी अवधि में यह
                # 38.5% था", "higher than the 27.8% of the same period last year": the share of the
                # plan an earlier period had, compared with.
                g = new_group(t, reference=True)
                g.plan = t.data["value"]
                g.tokens.append(t)
                if earlier is None:
                    # (The year back said by a base's words, no mention of its own to attach.)
                    this = cur.period or frame.context
                    if this is not None:
                        g.period = this.shift_years(-1)
                        g.period_from_sentence = g.period_attached = True
                elif earlier.start < t.start and earlier.data.get("period") is not None:
                    _dated_by(g, earlier)  # (said before it; one said after it attaches as it comes)
                continue
            if (
                role == "bare"
                and (ref or listed or contrasted)
                and (
                    prev_role.startswith("growth")
                    # "IIP slipped to 3.8 per cent in September, compared with 4.5 per cent the
                    # previous month": a level that is the growth, compared with another.
                    or (
                        prev_role == "level"
                        and slot is not None
                        and slot.data.get("indicator") in LEVEL_IS_GROWTH
                    )
                )
                and cur is not None
                and cur.growths
            ):
                # "grew 4.4%, compared with 2.9% in the year-ago period": the rate compared
                # with is the same measure, of the earlier period.
                role = t.data["role"] = "growth_up" if prev_role == "level" else prev_role
                t.data["compared"] = ref = True
            elif role in ("bare", "level"):
                if (
                    slot is not None
                    and t.start - slot.end <= SHARE_OF_GAP
                    and text[slot.end : t.start].strip().lower() in lex.share_of
                ):
                    continue  # "जीडीपी का 4.8 प्रतिशत": a share of the indicator, not its growth
                # A bare rate, or a rate that "rose to"/"fell to" a level: for a rate
                # indicator (CPI, GRDP, "growth rate") the level is the growth; so it is for an
                # index or product that is never a percentage ("industrial output slowed to
                # 3.1 percent", "IIP stood at 3.4 percent").
                level_is_growth = (
                    # ("औद्योगिक उत्पादन सूचकांक 0.4% रहा": where the verb comes last, the rate
                    # the index "was" is said bare, the verb right after it.)
                    (role == "level" or starts_with_word(text[t.end : t.end + 24].lstrip(), lex.level_after))
                    and slot is not None
                    and slot.kind == "ind"
                    and slot.data["indicator"] in LEVEL_IS_GROWTH
                )
                if (
                    not rate_like
                    and not level_is_growth
                    and not (t.start < target_until)
                    # ("Growth for the whole year is estimated at 10.2%": growth said alone, the
                    # sentence opening with it, naming nothing.)
                    and not (slot is None and carry is None and growth_opens_before(t.start, text, lex))
                    # ("पहली तिमाही में 7.8 प्रतिशत और दूसरी तिमाही में 8.2 प्रतिशत की जीडीपी वृद्धि": the
                    # first item of rates listed before the indicator's name.)
                    and not (slot is None and listed_before_a_named_rate(toks, i, text, lex))
                ):
                    continue
                role = "growth_up"
            value = t.data["value"]
            if role == "growth_down":
                value = -value
            elif role == "ratio":
                value = round(value - 100.0, 6)
            if cur is not None and not ref and not cur.growths:
                # "were 7.1 lakh as compared to 6.8 lakh in April 2023, registering a growth
                # of 4.4%", "अप्रैल 2024 में 7.1 लाख रहा, जबकि अप्रैल 2023 में यह 6.8 लाख था,
                # इस प्रकार इसमें 4.4% की वृद्धि": the change is the later figure's.
                main = later_figure(groups, cur)
                if main is not None:
                    main.growths.append(Growth(value, growth_base(toks, i, text, main.period, lex, frame)))
                    main.tokens.append(t)
                    continue
            base = growth_base(toks, i, text, cur.period if cur else cur_period, lex, frame)
            if base == "other" and depth > 0 and _after_another_measure(toks, prev_pct):
                # "nếu loại trừ yếu tố giá giảm 3,6% (cùng kỳ năm 2019 tăng 10,8%)": the same other
                # measure a year back, no rate of the indicator.
                continue
            if role == "ratio":
                base = "yoy" if base == "unspecified" else base
                if base == "other":
                    continue  # "95% of the pre-pandemic level in 2019": a share of another year, no growth
            # "228.9 अरब डॉलर से 46.53 प्रतिशत बढ़कर 335.44 अरब डॉलर": the change leads to the
            # figure after it; the one before is what it grew from, compared with (of its own
            # period if it names one).
            if (
                lex.compare_follows
                and period_before is not None
                and prev_pct is not None
                and _rate_fallen_from(toks, i, prev_pct, text, lex, cur_period)
            ):
                # "अगस्त 2020 में ... जुलाई के 6.73 फीसदी से घटकर 6.69 फीसदी": the rate it fell to,
                # with no period of its own, is of the period spoken of before the one compared.
                cur_period = period_before
            grown_from = cur is not None and _change_from_figure_to_next(cur, toks, i, text, lex)
            if grown_from and cur is not None and not any(x.kind == "per" for x in cur.tokens):
                cur.reference, cur.period_from_sentence = True, False
            if (
                cur is not None
                and not cur.closed
                and cur.rate
                and cur.value is None
                and not ref
                and base == "yoy"
                and role.startswith("growth")
                and [x.base for x in cur.growths] == ["unspecified"]
            ):
                # "the economic growth rate of the province is estimated at 6.5 percent, rising
                # 2.74 percent compared to the same period last year": the rate's own rise, in
                # points; the rate said is the growth.
                cur.closed = True
                continue
            if (
                cur is None
                or cur.closed
                or ref
                or grown_from
                # A second rate with the same base is another figure (a sub-item or
                # another period); a rate with a new base qualifies the same figure.
                or (cur.growths and base in (cur.growths[-1].base, "unspecified"))
            ):
                new_group(t, reference=ref)
                assert cur is not None
                if contrasted:
                    cur.period_from_sentence = True  # the period said right before it
                before = token_before(toks, i)
                if ref and before is not None and _period_of_the_compared(before, t, text, lex):
                    _dated_by(cur, before)  # "जुलाई के 6.73 फीसदी से घटकर ...": the rate moved from
            cur.growths.append(Growth(value, base))
            cur.tokens.append(t)
            if "high" in t.data and not cur.reference and not cur.target:
                cur.ranged = True
                since = max(_last_figure_end(toks, i), t.start - WORDS_REACH)
                if has_word(text[since : t.start], lex.estimate_words) or any(
                    is_cue(c, ("average",)) and c.start >= since for c in toks[max(0, i - 4) : i]
                ):
                    # "GRDP growth rate estimated at 7-7.3%", "the national average growth rate
                    # of 6.8-7%": an estimate of a result, half-read; no goal.
                    cur.forecast = True
                else:
                    cur.target = True  # "tăng từ 10 đến 12%": a range is what is aimed at, not a result
            continue
    if rate_run:
        pair_rates(rate_run, toks, text, groups, lex, frame)
    if lex.target_follows:
        mark_targets_before(toks, text, groups, lex)
    mark_goals_named_after_their_indicator(toks, text, groups, lex)
    mark_goals_set_against(toks, text, groups, lex)
    mark_goals_named_before_their_indicator(toks, text, groups, lex)
    # A goal is for the period the sentence is about (its first), not for a year quoted
    # in passing before it ("... 2023 reached X, meeting the target of +8%").
    dated = [
        t
        for t in toks
        if t.kind == "per"
        and not t.data.get("base")
        and not t.data.get("aside")
        and t.data.get("period") is not None
        # (A goal is never for a year gone: "(the plan: 7.5% and last year' same period: 7.1%)".)
        and t.data["kind"] not in EARLIER_KINDS
        # (Nor for the rest of the year unless said before its own figure, read below.)
        and t.data["kind"] not in REST_OF_A_YEAR
    ]
    first = dated[0].data["period"] if dated else None
    for g in groups:
        period = g.period if g.period is not None else first
        if g.ranged and period is not None and period.length < 12:
            # "GRDP 9 tháng dự kiến đạt khoảng 7,5-8%": a range for part of a year is an
            # estimate of a result, not a goal, and a result half-read: no fact.
            g.target, g.forecast = False, True
    _last_year_of_a_part_of_it(toks, groups, frame, text, lex)
    if lex.level_articles:
        _the_rate_of_a_year_back(toks, groups, text, lex)
    if lex.than_words:
        _the_rate_of_a_year_back_named_before(toks, groups, text, lex, first or frame.context)
    if lex.nominal_words:
        _growth_at_current_prices(toks, groups, text, lex)
    _the_year_before_the_one_compared(toks, groups)
    if len(groups) > 1:
        _count_shares_its_capital_s_period(groups, text, lex)
        _gapped_clause_shares_its_period(groups, text, lex)
    settle_goals_and_the_economy(groups, toks, text, lex, carry, dated)
    if cue_kinds & {"stock", "forecast", "forecast_after", "forecaster_after", "excluding"} or any(
        map(names_a_day, toks)
    ):
        mark_stocks(groups, toks, text, lex)
    if any(t.kind == "per" and t.data["kind"] == "horizon" for t in toks):
        mark_the_years_ahead(groups, toks, text)  # "... in the next five years"
    if any(g.period is None and not g.target for g in groups):
        _expected_by_a_time_to_come(groups, toks, text, lex, frame)
    _the_year_set_against_its_goal(groups, toks)
    ctx = frame.context
    if ctx is not None and ctx.length > 1:
        for g in groups:
            if g.period is None and not g.target and _against_the_month_before(g, toks, ctx):
                # "... first eight months ... The city's export turnover is estimated at $224.9
                # million, up 5.1% from the previous month": a month's figure, the last of them.
                g.period = ctx.last_month()
    return groups, last_absolute


DAY_DATES = ("date", "day", "through_date")  # mentions that name a day


def _expected_by_a_time_to_come(
    groups: list[Group], toks: list[Token], text: str, lex: Lexicon, frame: Frame
) -> None:
    """A sentence that names a day after the publication month and says its figures are
    expected ("Disbursement is expected to reach 95% of the plan by the end of the budget year
    (January 31, 2027)", "31 जनवरी 2027 तक वितरण योजना के 95% तक पहुंचने की उम्मीद है"): its
    figures with no period of their own are a forecast, not of the months in context."""
    if frame.ref_year is None or frame.ref_month is None:
        return
    now = (frame.ref_year, frame.ref_month)
    for t in toks:
        # (A day's date, alone or held by a deadline's words: "31 जनवरी 2027 तक"; not a year a
        # plan is for, "वर्ष 2023-24 के बजट अनुमान में तय लक्ष्य का 61.5 फीसदी".)
        if t.kind != "per" or t.data["kind"] not in DAY_DATES or not t.data.get("y"):
            continue
        m = month_number(t.data.get("m"), lex)
        if m is not None and (int(t.data["y"]), m) > now:
            break
    else:
        return
    if not has_word(words_near(text, toks[0].start, toks[-1].end), lex.expected_words):
        return
    for g in groups:
        if g.period is None and not g.target:
            g.forecast = True


DONE_AFTER_TOKENS = 3  # "62%[ ]has been disbursed", "62%[ का ]वितरण"


def _share_done_of_the_plan(plan: Group, toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The bare rate toks[i] follows a plan's amount past a word of its parts, and the word of
    doing the indicator follows it ("..., of which 62% has been disbursed", "जिसमें से 62% का
    वितरण हो चुका है"): the share of the plan done."""
    if plan.value is None or plan.indicator is None or not plan.tokens:
        return False
    end = plan.tokens[-1].end
    # (A goal named after its amount is not marked yet: "1.5 लाख करोड़ रुपये के राजस्व संग्रह का
    # लक्ष्य रखा है, जिसमें से ...".)
    if not plan.target and not any(
        is_cue(x, ("target",)) and end <= x.start < toks[i].start
        for x in toks[max(0, i - DONE_AFTER_TOKENS - 4) : i]
    ):
        return False
    if not 0 < toks[i].start - end <= WORDS_REACH:
        return False
    # ("Of the total public investment plan of over 3.58 trillion VND, 62% has been disbursed":
    # the word of parts before the plan.)
    opening = text[max(0, plan.tokens[0].start - PLAN_OPENING_REACH) : plan.tokens[0].start].lower()
    if not has_word(text[end : toks[i].start].lower(), lex.share_words) and not has_word(
        opening, lex.share_words
    ):
        return False
    # ("..., of which 42 per cent has been achieved till July", "जिसमें से जुलाई तक 42 प्रतिशत
    # हासिल कर लिया गया है": a word of achieving, of any indicator.)
    return any(
        (x.kind == "ellipsis" and x.data.get("value") == plan.indicator) or x.kind == "task_done"
        for x in toks[i + 1 : i + 1 + DONE_AFTER_TOKENS]
    )


PLAN_OPENING_REACH = 24  # "[Of the total ]public investment plan": a word of parts this close before it
NAME_BACK_TOKENS = 12  # the tokens looked back over from the name after an amount to the sub-topic


def _names_the_amount_before(toks: list[Token], i: int, name: Token, text: str, lex: Lexicon) -> bool:
    """The sub-topic `name` (before toks[i]) follows an amount and a word joining it to its name
    ("11.4 trillion VND in domestic investment"): it names that amount, no subject of what follows."""
    k = i - 1
    while k >= max(0, i - NAME_BACK_TOKENS) and toks[k] is not name:
        k -= 1
    if k < 0 or toks[k] is not name:
        return False
    k -= 1
    while k >= 0 and toks[k].kind == "cue":
        k -= 1
    return k >= 0 and toks[k].kind == "val" and value_of_the_name(toks[k], name, text, lex)


RATE_COMPARED_TOKENS = 6  # "giảm 0,04%[ so với mức tăng ]0,55%": the readings between the two rates


INCLUDES_REACH = 120  # "core industries[ that include sectors such as coal, cement, steel and ]electricity"


def _in_what_it_includes(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The name toks[i] is in a list after a sub-topic and a word of including (or a dash: "Eight
    infrastructure sectors - coal, ... and electricity - grew"), with only names between and
    nothing that ends the clause: one of what the sub-topic includes."""
    t = toks[i]
    for k in range(i - 1, -1, -1):
        b = toks[k]
        if b.kind not in ("block", "ind") or t.start - b.end > INCLUDES_REACH:
            return False
        gap = text[b.end : t.start]
        if any(ch in gap for ch in ".;:\n") or any(ch.isdigit() for ch in gap):
            return False
        if b.kind == "block":
            between = text[b.end : toks[k + 1].start].lower()
            if between.lstrip()[:1] in ("-", "\u2013", "\u2014") or has_word(between, lex.include_words):
                return True
    return False


MONTH_BEFORE_REACH = 24  # "5.1%[ from ]the previous month"


def _against_the_month_before(g: Group, toks: list[Token], ctx: Period) -> bool:
    """One of the group's rates is measured against the month before ("up 5.1% from the
    previous month", "tăng 5,1% so với tháng trước"), or against the month named that is the one
    before the last of the months spoken of ("Tính chung 11 tháng ... Trong khi đó, kim ngạch xuất
    khẩu ước đạt 13,2 tỉ USD, giảm 6,2% so với tháng 10": November's)."""
    rates = [x.end for x in g.tokens if x.kind == "pct"]
    before_last = previous_month(ctx.last_month())
    return any(
        t.kind == "per"
        and t.data.get("base")
        and (
            (
                t.data.get("kind") in ("prev_month", "month_before")
                and any(x.base == "previous_period" for x in g.growths)
            )
            or t.data.get("period") == before_last
        )
        and any(0 <= t.start - end <= MONTH_BEFORE_REACH for end in rates)
        for t in toks
    )


TASK_SHARE_GAP = 16  # "100% of the key tasks": the tasks named this close after the rate


def _share_of_it_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The indicator toks[i] is followed by a word of "of" and a rate ("जीएसडीपी का 0.1%"): a
    share of it is said, not a figure of its own."""
    j = neighbour(toks, i, +1)
    if j >= len(toks) or toks[j].kind != "pct":
        return False
    gap = text[toks[i].end : toks[j].start]
    return len(gap) <= SHARE_OF_GAP and gap.strip().lower() in lex.share_of


SHARE_TOTAL_GAP = 16  # "accounting for 17% [of total] exports": the words between share and whole


def _the_wholes_own_rate_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The whole a share is of, a rate indicator, is said with its own rate right after it
    ("contributing 46% of the province's growth of 8.2%", "đóng góp 46% vào mức tăng trưởng chung
    8,2% của tỉnh"): that rate is the whole's."""
    if not toks[i].data.get("rate"):
        return False
    k = i + 1
    while k < len(toks) and toks[k].kind == "cue" and toks[k].start < toks[i].end:
        k += 1  # (cues inside the name: "growth")
    if k >= len(toks) or toks[k].kind != "pct":
        return False
    gap = text[toks[i].end : toks[k].start].strip().lower()
    return not gap or gap in lex.of_words


def total_a_share_is_of(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The indicator toks[i] right after a share of it ("chiếm khoảng 17% tổng kim ngạch xuất
    khẩu", "accounting for 17% of total exports", "or 9.8 per cent of Jan-Sep exports") names the
    whole the share is of."""
    if _share_said_after_its_whole(toks, i, text, lex):
        return True
    k = neighbour(toks, i, -1)
    if k >= 0 and any(is_cue(c, ("share.before",)) for c in readings(toks, k, -1)):
        # "the city's index industrial production, largely contributing to the overall economic
        # growth, increased by 8.05%": what the subject contributes to, in an aside, no topic.
        gap = text[toks[k].end : toks[i].start]
        after = text[toks[i].end : toks[i].end + 2]
        plain = len(gap.split()) <= SHARE_OF_WORDS and not any(ch in gap for ch in ",;.()")
        if plain and after.startswith(","):
            return True
    months = None
    if k >= 1 and toks[k].kind == "per":
        months, k = toks[k], neighbour(toks, k, -1)  # (the months of the whole may stand between)
    if k < 1 or toks[k].kind != "pct":
        return False
    gap = text[toks[k].end : toks[i].start]
    if any(ch in gap for ch in ",;.()"):
        return False
    share = next((c for c in readings(toks, k - 1, -1) if is_cue(c, ("share.before",))), None)
    if share is not None:
        return len(gap) <= SHARE_TOTAL_GAP and toks[k].start - share.end <= SHARE_TOTAL_GAP
    # With no word of share, a rate of no change followed by "of" and a word or two ("9.8 per
    # cent of Jan-Sep exports", "2.7% of their combined GSDP").
    of = text[toks[k].end : months.start if months is not None else toks[i].start].lower().split()
    words = of or (months.text.lower().split()[:1] if months is not None else [])
    return (
        toks[k].data.get("role") == "bare"
        and bool(words)
        and words[0] in lex.rate_of
        and len(words) <= SHARE_OF_WORDS
        and len(gap) <= SHARE_OF_REACH
    )


GOAL_REACHED_WORDS = 4  # "[đã đạt hơn] 82%", "[has reached] 82%": after the goal's figure
GOAL_REACHED_GAP = 10  # "..., [đến hết tháng 7 đã thu được] 42%": with the time so far said between


OTHER_BASE_TOKENS = 4  # "[nếu loại trừ yếu tố giá] giảm 3,6%": the words of another measure, then its rate


def _after_another_measure(toks: list[Token], rate: Token | None) -> bool:
    """The words of another measure ("nếu loại trừ yếu tố giá", "at constant prices") right
    before `rate`."""
    if rate is None:
        return False
    k = next((n for n, x in enumerate(toks) if x is rate), -1)
    return k > 0 and any(is_cue(x, ("other_base",)) for x in toks[max(0, k - OTHER_BASE_TOKENS) : k])


def _another_part(cur: Group, t: Token, lex: Lexicon) -> bool:
    """The indicator's name `t` is of a part of another origin than the one the group was named
    by ("domestic tourists", then "foreign tourists"), as merge_facts tells parts apart."""
    named = next((x for x in cur.tokens if x.kind == "ind"), None)
    if not t.data.get("part") or named is None or not named.data.get("part"):
        return False
    origin = origin_of_the_part(t, lex)
    return bool(origin) and origin != origin_of_the_part(named, lex)


def _period_of_the_compared(before: Token, t: Token, text: str, lex: Lexicon) -> bool:
    """Where the word of comparison follows what is compared with, the period named right
    before that figure (or a few words of what was counted then before it) is its own; so is a
    period whose possessive the figure follows ("lower than September's 4.0 per cent")."""
    if before.kind != "per" or before.data.get("period") is None:
        return False
    if possessive_between(text, before.end, t.start, lex):
        return True
    if not lex.compare_follows:
        return False
    gap = text[before.end : t.start]
    return gap.strip().lower() in lex.period_glue or (
        # "जो सितंबर 2015 में यात्रा करने वाले 5.42 लाख पर्यटकों से": a few words may stand between.
        len(gap.split()) <= REFERENCE_PERIOD_WORDS
        # (A sign in brackets is the amount's own: "में USD (-) 4.83 बिलियन".)
        and not any(ch in gap.replace(SIGN_MARK.strip(), "") for ch in ",;:()")
    )


def _semicolon_outside_brackets(between: str, depth: int) -> bool:
    """A semicolon in `between` not inside brackets (`depth`: those open before it): one inside
    ("(central budget: VND 13,398 billion; ... VND 16,310 billion), up 24.94%") parts no
    figure from the rate after the brackets."""
    if ";" not in between:
        return False
    for ch in between:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == ";" and depth <= 0:
            return True
    return False


def _of_a_figure_compared_from(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The period toks[i] follows a figure said after "from" ("from 0.9 per cent in
    September"), in a language that says the base after the word of comparison."""
    if lex.compare_follows or i < 2 or toks[i - 1].kind not in ("pct", "val") or not lex.change_from:
        return False
    gap = text[toks[i - 1].end : toks[i].start].strip().lower()
    if gap and gap not in lex.own_period_words:
        return False
    return any(
        is_cue(c, ("compare", "reference"))
        and c.text.lower() in lex.change_from
        and not text[c.end : toks[i - 1].start].strip()
        for c in readings(toks, i - 2, -1)
    )


def _said_looking_back(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The period toks[i] opens a clause looking back at a figure ("..., जो सितंबर में 0.9
    प्रतिशत थी"): a figure compared with, no context of what follows."""
    if not lex.looking_back_before or i + 1 >= len(toks) or toks[i + 1].kind not in ("pct", "val"):
        return False
    opener = text[max(0, toks[i].start - 8) : toks[i].start].split()
    if not opener or opener[-1].lower() not in lex.looking_back_before:
        return False
    after = text[toks[i + 1].end : toks[i + 1].end + 12].split()
    return bool(after) and after[0].strip("।.,") in lex.looking_back_after


def _a_part_named_as_a_modifier(
    toks: list[Token], i: int, p: Period, context: Period | None, text: str, lex: Lexicon
) -> bool:
    """A part of the period spoken of opening a sentence as a modifier of the growth right after
    it ("Vietnam's economy expanded 7.09% in 2024 ... Fourth-quarter growth accelerated to 7.55%
    ... Exports rose 14.3% to a record $405.53 billion"): an aside on the part, after which the
    text goes on about the whole (not "In the fourth quarter, ...", which frames what follows)."""
    if (
        context is None
        or p == context
        or not (context.start_date() <= p.start_date() and p.end_date() <= context.end_date())
    ):
        return False
    if i + 1 >= len(toks):
        return False
    # (The economy's growth said short only: "December exports rose 10% ... Imports ..." may go
    # on about December. Its name may come first, as Vietnamese puts it: "GDP quý IV tăng 7,55%".)
    named_first = (
        i >= 1
        and toks[i - 1].kind == "ind"
        and toks[i - 1].data["indicator"] == ECONOMY
        and bool(toks[i - 1].data.get("rate"))
        and not text[toks[i - 1].end : toks[i].start].strip()
    )
    if any(toks[j].kind != "cue" for j in range(i - 1 if named_first else i)):
        return False
    if named_first:
        return True
    nxt = toks[i + 1]
    if text[toks[i].end : nxt.start].strip().lower() not in lex.period_glue:
        return False
    return (
        (nxt.kind == "cue" and nxt.text.lower() in lex.growth_alone)
        or (nxt.kind == "ellipsis" and nxt.data["value"] == ECONOMY and bool(nxt.data.get("rate")))
        # ("चौथी तिमाही में वृद्धि दर 7.55% रही": the postposition and the growth rate's words.)
        or (is_cue(nxt, ("rate.after",)) and has_word(nxt.text.lower(), lex.growth_alone))
    )


EARLIER_BESIDE = 3  # tokens either side of a rate looked at for the earlier period it is of


def _an_earlier_period_beside(toks: list[Token], i: int) -> Token | None:
    """The mention of a period earlier than the one spoken of named next to the rate toks[i], no
    other figure between ("cùng kỳ năm trước đạt 38,5%", "38.5% in the same period last year")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(toks) and abs(j - i) <= EARLIER_BESIDE and toks[j].kind not in NUMERIC:
            if toks[j].kind == "per" and toks[j].data.get("kind") in EARLIER_KINDS:
                return toks[j]
            j += step
    return None


def _listed_apart(g: Group, val_tok: Token, text: str, lex: Lexicon) -> bool:
    """The group's last rate and the amount after it are items of a list."""
    rate = next((t for t in reversed(g.tokens) if t.kind == "pct" and t.end <= val_tok.start), None)
    return rate is not None and items_apart(text[rate.end : val_tok.start], lex)


PRICED_INDICATORS = (ECONOMY,)  # whose growth is the real one, at constant prices


def _growth_at_current_prices(toks: list[Token], groups: list[Group], text: str, lex: Lexicon) -> None:
    """The economy's growth said at current prices in the rate's own clause ("GRDP 6 tháng ...
    theo giá hiện hành tăng 10,2%; theo giá so sánh tăng 6,5%") is nominal, no real growth; its
    rate at constant prices, said so, is the year-on-year one (not another measure, as a retail
    rate "theo giá so sánh" is beside the sales at current prices)."""
    starts = [t.start for t in toks]
    nominal: Group | None = None
    for g in groups:
        if g.indicator not in PRICED_INDICATORS or len(g.growths) != 1:
            continue
        rates = [t for t in g.tokens if t.kind == "pct"]
        if len(rates) != 1:
            continue
        rate = rates[0]
        k = bisect.bisect_left(starts, rate.start) - 1
        while k >= 0 and toks[k].kind not in NUMERIC:
            k -= 1
        if k >= 0:
            # (Past the figure before and the words after it that are its own: "12.4 per cent
            # at current price, and by 7.1 per cent at constant prices".)
            gap = text[toks[k].end : rate.start]
            stops = [x for x in (gap.find(","), gap.find(";")) if x >= 0]
            words = words_near(text, toks[k].end + min(stops) + 1, rate.start) if stops else ""
        else:
            clause = text[toks[0].start if toks else 0 : rate.start]
            cut = max(clause.rfind(";"), clause.rfind("("))
            words = words_near(clause, cut + 1, len(clause))
        if has_word(words, lex.nominal_words) or has_word(
            _own_words_after(toks, starts, rate, text), lex.nominal_words
        ):
            # (Said after it too: "is estimated to grow 11.6% in 2025-26 at current prices, while
            # real growth is pegged at 7.9%".)
            g.nominal, nominal = True, g
        elif g.growths[0].base == "other" and has_word(words, lex.real_words):
            g.growths[0].base = "yoy"
            if g.reference and nominal is not None and nominal.indicator == g.indicator:
                # ("... मौजूदा कीमतों पर 10.2% बढ़ा, जबकि स्थिर कीमतों पर इसमें 6.5% की वृद्धि हुई":
                # the same months' real rate set beside the nominal one, no earlier figure.)
                g.reference, g.period = False, nominal.period


def _own_words_after(toks: list[Token], starts: list[int], rate: Token, text: str) -> str:
    """The words after a rate up to the end of its clause (a comma, a semicolon, the sentence's
    end) or the next figure."""
    k = bisect.bisect_right(starts, rate.start)
    while k < len(toks) and toks[k].kind not in NUMERIC:
        k += 1
    end = toks[k].start if k < len(toks) else min(len(text), rate.end + CLAUSE_AFTER_CHARS)
    gap = text[rate.end : end]
    stops = [x for x in (gap.find(stop) for stop in CLAUSE_STOPS) if x >= 0]
    return words_near(text, rate.end, rate.end + min(stops)) if stops else words_near(text, rate.end, end)


CLAUSE_AFTER_CHARS = 120  # with no figure after it, the words this far after a rate
CLAUSE_STOPS = (",", ";", ". ", "।", "\n")  # where a rate's own clause ends after it


def _the_rate_of_a_year_back(toks: list[Token], groups: list[Group], text: str, lex: Lexicon) -> None:
    """ "..., higher than the 50.1 percent of the same period last year": a rate named with its
    article right before the words of a year-back base is the same measure of that period, a
    figure compared with (not a ratio to it, nor a second figure of the months read)."""
    starts = [t.start for t in toks]
    for g in groups:
        rates = [t for t in g.tokens if t.kind == "pct"]
        # (A growth rate compared with is dated a year back where the figures are made.)
        if len(rates) != 1 or g.period is None or g.value is not None or g.target or g.growths or g.reference:
            continue  # (a reference group is dated already)
        rate = rates[0]
        if _right_before_a_year_back(toks, bisect.bisect_left(starts, rate.start)) and word_right_before(
            text, rate.start, lex.level_articles
        ):
            g.period, g.reference = g.period.shift_years(-1), True


def _the_rate_of_a_year_back_named_before(
    toks: list[Token], groups: list[Group], text: str, lex: Lexicon, first: Period | None
) -> None:
    """ "..., जो पिछले वर्ष की समान अवधि के 8.1 प्रतिशत से अधिक है": a rate right after the words
    of the same period a year back, compared with ("than" and a comparative after it), is that
    period's figure (no ratio to it, nor a second figure of the months read: `first`, the
    sentence's months or the text's, where the rate has none of its own)."""
    starts = [t.start for t in toks]
    for g in groups:
        rates = [t for t in g.tokens if t.kind == "pct"]
        period = g.period or first
        if len(rates) != 1 or period is None or g.value is not None or g.target or g.reference:
            continue
        i = bisect.bisect_left(starts, rates[0].start)
        if (
            i
            and any(is_cue(c, ("ratio.before",)) for c in readings(toks, i - 1, -1))
            and any(is_cue(c, ("yoy",)) for c in readings(toks, i - 1, -1))
            and not text[toks[i - 1].end : rates[0].start].strip()
            and than_after(text, rates[0].end, lex)
        ):
            g.period, g.reference = period.shift_years(-1), True


YEAR_BACK_GAP = 3  # "108.3%[ ]of the same month last year": the base this close after the rate
PERIOD_BASE_GAP = 24  # "92 percent[ of the figure in ]the same period of 2023"


def _right_before_a_year_back(toks: list[Token], i: int) -> bool:
    """The words of a year-back base follow the rate toks[i] right away ("108.3% of the same
    month last year", "the 50.1 percent of the same period last year")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.kind == "per":
        # ("92 percent of the figure in the same period of 2023": the same months of a year
        # named, joined to the rate by words cues.py has checked when it marked them a base.)
        return (
            bool(nxt.data.get("base"))
            and nxt.data.get("kind") in ("same_period_last_year", "same_period_year")
            and nxt.start - toks[i].end <= PERIOD_BASE_GAP
        )
    return is_cue(nxt, ("yoy",)) and nxt.start - toks[i].end <= YEAR_BACK_GAP


def _named_by_its_amount(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The goal's word at toks[i], the indicator or right after it, follows the goal's amount
    ("The $5 billion [export] target", "The $5 billion export [target for]")."""
    k = i if toks[i].kind == "ind" else i - 1
    return (
        k >= 1
        and toks[k].kind == "ind"
        and toks[k - 1].kind == "val"
        and amount_of_a_goal(toks[k - 1], toks[k], text, lex)
    )


def _compared_right_after_the_goal(toks: list[Token], i: int, text: str) -> bool:
    """A word of comparison right after the goal's word toks[i] ("के लक्ष्य की तुलना में")."""
    k = i + 1
    while k < len(toks) and toks[k].start < toks[i].end:
        k += 1  # (the goal word's other readings)
    return (
        k < len(toks)
        and is_cue(toks[k], ("compare", "reference"))
        and not text[toks[i].end : toks[k].start].strip()
    )


def _a_clause_of_its_own(cur: Group, toks: list[Token], i: int, text: str) -> bool:
    """Between the group's last token and the rate toks[i], a semicolon or a period of their own."""
    end = cur.tokens[-1].end
    return ";" in text[end : toks[i].start] or any(
        x.kind == "per" and x.start >= end and not x.data.get("base") for x in toks[max(0, i - 6) : i]
    )


def _period_alone_in_brackets(text: str, figure_end: int, t: Token) -> bool:
    """The period t is all a bracket right after a figure holds ("$9.28 billion (January-March
    2023)")."""
    return text[figure_end : t.start].strip() == "(" and text[t.end : t.end + 3].lstrip().startswith(")")


def _the_year_set_against_its_goal(groups: list[Group], toks: list[Token]) -> None:
    """ "In 2025, GRDP growth is estimated at 7.18% (plan is 8%)" in a text about the months so
    far: a year named alone stands for those months (resolve), but a figure set beside the
    year's goal is the whole year's estimate."""
    goals = {g.indicator for g in groups if g.target and g.growths}
    if not goals:
        return
    # (The year the sentence's only time: not "9 tháng ... kế hoạch đề ra đầu năm 2022", where
    # the year is the plan's and the months the figure's.)
    said = [t for t in toks if t.kind == "per" and not t.data.get("base") and not t.data.get("since")]
    if len(said) != 1:
        return
    year = said[0]
    if (
        year.data["kind"] != "year"
        or not year.data.get("y")
        or year.data.get("period") is None
        or year.data["period"].length >= 12
    ):
        return
    whole = Period.year(int(year.data["y"]))
    for g in groups:
        if not g.target and not g.reference and g.indicator in goals and g.period == year.data["period"]:
            g.period = whole


def _dated_by(g: Group, per: Token) -> None:
    """The group's period is the one `per` names, said with it."""
    g.period = per.data["period"]
    g.period_from_sentence = g.period_attached = True


SHARE_PASSED_LEAST = 50.0  # "exceeding 85% of the plan" is a share: past half again, rarely said


def _a_share_of_the_plan(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """The words of plan right after the rate say a share of it ("85 per cent [of the yearly
    estimate]"): they open with a word of "of"."""
    if i + 1 >= len(toks) or not is_cue(toks[i + 1], ("plan.after",)):
        return False
    words = toks[i + 1].text.lower().split()
    return bool(words) and words[0] in lex.of_words


def _share_of_the_goals_amount(cur: Group, toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A share of the plan right after the goal's own amount and its words of plan ("1.93 लाख
    करोड़ के लक्ष्य का 43.78%"), or after the amount of a goal and a word of "of" ("... के लिए
    अनुमानित ₹42,189 करोड़ का 55.39%")."""
    role = toks[i].data["role"]
    if role not in ("plan", "bare") or toks[i].data.get("exceeded"):
        return False
    if cur.value is None or cur.growths or cur.plan is not None:
        return False
    amount = next((k for k in range(i - 1, -1, -1) if toks[k].kind == "val"), -1)
    if amount < 0 or not any(t is toks[amount] for t in cur.tokens):
        return False
    between = toks[amount + 1 : i]
    if role == "bare":
        return (
            not between
            and cur.target
            and text[toks[amount].end : toks[i].start].strip().lower() in lex.value_of
        )
    if any(t.kind != "cue" or is_cue(t, ("exceed.before",)) for t in between):
        return False
    # (The goal's words may be read after its amount: "के लक्ष्य" here.)
    return cur.target or any(is_cue(t, ("target",)) for t in between)


def _reading_before(groups: list[Group], cur: Group) -> Group | None:
    """The indicator's figure read before the goal `cur` in the sentence."""
    return next(
        (
            g
            for g in reversed(groups)
            if g is not cur
            and not g.target
            and not g.reference
            and g.indicator == cur.indicator
            and g.plan is None
            and (g.value is not None or g.growths)
        ),
        None,
    )


def _share_of_the_goal_reached(cur: Group, t: Token, text: str, lex: Lexicon) -> bool:
    """A bare rate right after a goal's amount and the words that say how much of it is done
    ("mục tiêu đón 6,5 triệu lượt khách quốc tế năm nay đã đạt hơn 82%"): the share reached."""
    if cur.value is None or cur.growths or not cur.tokens:
        return False
    gap = text[cur.tokens[-1].end : t.start].lower()
    # (A time said between: "mục tiêu thu ngân sách ... 15.000 tỷ đồng, đến hết tháng 7 đã thu
    # được 42%"; the words of reaching right before the rate.)
    words = gap.split()
    return len(words) <= GOAL_REACHED_GAP and has_word(
        " ".join(words[-GOAL_REACHED_WORDS:]), lex.goal_reached
    )


CONTRASTED_WORDS = 4  # "... a year earlier [it was] 17.1 per cent", "... [con số này là] 7,4%"
CONTRAST_REACH = 16  # ", while in ", ", trong khi ": the word of contrast right before the period


def _rate_of_the_period_contrasted(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A bare rate right after an earlier period that a word of contrast opens, with at most a
    word referring back between ("while in the same period a year earlier it was 17.1 per
    cent", "जबकि जुलाई में यह 7.4 प्रतिशत था", "trong khi cùng kỳ năm trước con số này là
    7,4%"): the rate before it, of that period."""
    prev = i - 1
    # (The period's own words may read as a cue too: "cùng kỳ năm trước".)
    k = next((j for j in range(prev, neighbour(toks, prev, -1), -1) if toks[j].kind == "per"), prev)
    if k < 0 or toks[k].kind != "per" or not toks[k].data.get("aside"):
        return False
    gap = text[toks[k].end : toks[i].start]
    if len(gap.split()) > CONTRASTED_WORDS or any(ch in gap for ch in ",;()"):
        return False
    return has_word(text[max(0, toks[k].start - CONTRAST_REACH) : toks[k].start], lex.contrast_words)


CAPITAL_INDICATORS = frozenset({"fdi"})  # what "capital" alone is of, said after it
ALIAS_RE = regex.compile(r"\(\s*[^\d(),;]{1,16}\s*\)")  # "(GRDP)", "(IIP)": a name's short form
GOAL_FIGURE_REACH = 8  # "vượt mức kế hoạch đề ra[, ]trong đó": a clause break right after the goal's words
WHOLE_GAP = 6  # "कुल GDP[ में ]14% का योगदान"


def _share_said_after_its_whole(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The indicator toks[i] followed by a share of it, in languages that name the whole first
    ("कुल GDP में 14% का योगदान", "कुल बिजली उत्पादन में 110 अरब यूनिट का योगदान")."""
    if not lex.share_after_whole:
        return False
    k = neighbour(toks, i, 1)
    if k >= len(toks) or toks[k].kind not in ("num", "pct", "val") or toks[k].start - toks[i].end > WHOLE_GAP:
        return False
    return starts_with_word(text[toks[k].end : toks[k].end + 24].lstrip(" %").lower(), lex.share_after_whole)


SHARE_OF_WORDS = 3  # "of their combined [GSDP]": "of" and the words qualifying the whole
SHARE_OF_REACH = 24


_ABBREVIATION = regex.compile(r"\s*\([^()\d]{1,8}\)\s*")


def _only_an_abbreviation(gap: str) -> bool:
    """ "10.300 doanh nghiệp (DN) thành lập mới": a short name in brackets between a count and
    what it counts."""
    return _ABBREVIATION.fullmatch(gap) is not None


def _share_of_the_goal(toks: list[Token], i: int) -> bool:
    """The word of goal toks[i] is what a share is of, said in words that overlap it
    ("वसूली [के लक्ष्य] का 8.71 प्रतिशत"): a result against the goal, not the goal."""
    end = toks[i].end
    return any(
        is_cue(c, ("plan.before",))
        for c in itertools.takewhile(lambda c: c.start < end, tokens_from(toks, i + 1))
    )


def _share_of_tasks(toks: list[Token], i: int) -> bool:
    """A rate of tasks ("complete 100% of the key tasks", "hoàn thành 100% nhiệm vụ") is no
    figure of an indicator."""
    t = toks[i]
    for nxt in toks[i + 1 : i + 3]:
        if nxt.start - t.end > TASK_SHARE_GAP:
            return False
        if nxt.kind == "task_noun":
            return True
        if nxt.kind != "task_scope":
            return False
    return False


CAPITAL_GAP_CHARS = 16  # "1,200 new firms [with a total] registered capital ..."
CAPITAL_GAP_WORDS = 2  # "vốn đăng ký [thành lập] doanh nghiệp mới", "registered capital [of] new firms"


def _capital_of_the_counted(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """toks[i] names a count indicator right after words of capital (lexicon key
    capital_words), with a word or two and no figure between."""
    t = toks[i]
    if i == 0 or t.data.get("indicator") not in COUNT_INDICATORS:
        return False
    prev = toks[i - 1]
    if prev.text.lower() not in lex.capital_words:
        return False
    gap = text[prev.end : t.start]
    return len(gap.split()) <= CAPITAL_GAP_WORDS and not any(c.isdigit() or c in ",;:.(" for c in gap)


COUNTED_REACH = 40  # "7/9 [main socio-economic] targets": the count this close before its noun
# (Not a year: "The province's 2027 plan targets GRDP growth of 8.5-9%".)
_COUNT_BEFORE = regex.compile(
    r"(?<![\d.,/])(?!(?:19|20)\d\d(?!\d))\d(?:[\d.,]*\d)?(?:/\d+)?(?:\s+[\w-]+){0,3}\s*$"
)


def _counted(t: Token, text: str, lex: Lexicon) -> bool:
    """The word of goal t is a noun of counted tasks ("7/9 targets will be achieved", "out of
    the total 18 targets"), not the verb of one ("It targets growth of 8%")."""
    if t.text.lower() not in lex.task_nouns:
        return False
    return _COUNT_BEFORE.search(text, max(0, t.start - COUNTED_REACH), t.start) is not None


def _next_list_item(gap: str, lex: Lexicon) -> bool:
    """`gap` opens the next item of a list: a comma, then a list word (", and at least ..."); in
    Hindi, where an amount's noun follows it, a list word alone ("... घरेलू निवेश परियोजनाएं और
    27 करोड़ डॉलर की कुल पूंजी ...")."""
    g = gap.lstrip()
    if lex.compare_follows and has_conjunction(g.lower(), lex):
        return True
    return g.startswith(",") and starts_with_word(g[1:].lstrip().lower(), lex.conjunctions)


NEXT_PERIOD_REACH = 80  # "... के 6.2 प्रतिशत से घटकर [नवम्बर] में": the figure's own period, this near


def _next_period(toks: list[Token], i: int, text: str) -> Token | None:
    """The next period mention after toks[i] in the same clause, if near."""
    t = toks[i]
    for k in range(i + 1, len(toks)):
        x = toks[k]
        gap = text[t.end : x.start]
        if x.start - t.end > NEXT_PERIOD_REACH or ". " in gap or any(ch in gap for ch in ";।\n"):
            return None
        if x.kind == "per":
            return x
    return None


def _last_figure_end(toks: list[Token], i: int) -> int:
    """Where the figure before toks[i] in its sentence ends (else where the sentence's first
    token starts)."""
    return next((toks[k].end for k in range(i - 1, -1, -1) if toks[k].kind in NUMERIC), toks[0].start)


def in_an_aside_without_figures(toks: list[Token], i: int, text: str, slot: Token | None) -> bool:
    """The sub-topic toks[i] stands in brackets after an indicator or a sub-topic, and the
    brackets close before any figure: it describes it ("(which includes equity inflows, ... and
    other capital)", "revenues from domestic transaction (including import of services)"), it
    names no topic of its own."""
    if slot is None or slot.kind not in ("ind", "block"):
        return False
    opened = text.rfind("(", slot.end, toks[i].start)
    closed = text.find(")", toks[i].end)
    if opened < 0 or closed < 0 or ")" in text[opened : toks[i].start]:
        return False
    for x in tokens_from(toks, i + 1):
        if x.start >= closed:
            break  # past the brackets: the scan stays within them, not the rest of the sentence
        if x.kind in NUMERIC and x.start > opened:
            return False
    return True


def _count_shares_its_capital_s_period(groups: list[Group], text: str, lex: Lexicon) -> None:
    """ "13,000 new enterprises with registered capital of VND 106.9 trillion in October": the
    period after the firms' capital is the count's too, not a period carried from before."""
    for count, capital in itertools.pairwise(groups):
        if not (capital.tokens and capital.period_attached and capital.indicator is None):
            continue
        opens = capital.tokens[0].start
        end = max((t.end for t in count.tokens if t.end <= opens), default=-1)
        if (
            count.period is None
            and count.unit == "count"
            and count.indicator in COUNT_INDICATORS
            and capital.tokens[0].text.lower() in lex.capital_words
            and end >= 0
            and opens - end <= CAPITAL_GAP_CHARS
            and not any(c in ",;:.()" for c in text[end:opens])
        ):
            count.period, count.period_from_sentence = capital.period, True


def _gapped_clause_shares_its_period(groups: list[Group], text: str, lex: Lexicon) -> None:
    """ "Exports reached $5 billion and imports $4 billion in October": the second clause has no
    verb of its own, so the period said at its end is the first clause's too, not a period
    carried from before."""
    for first, second in itertools.pairwise(groups):
        if (
            first.period is not None
            or first.period_from_sentence
            or not first.has_number
            or not second.period_attached
            or len(second.tokens) < 3
            or second.tokens[0].kind != "ind"
            or second.tokens[1].kind not in ("val", "pct")
        ):
            continue
        name, figure = second.tokens[0], second.tokens[1]
        end = max((t.end for t in first.tokens if t.end <= name.start), default=-1)
        if (
            end >= 0
            and text[end : name.start].strip(" ,").lower() in lex.conjunctions
            # Nothing but a currency sign between the name and its figure: no verb.
            and not any(c.isalnum() for c in text[name.end : figure.start])
        ):
            first.period, first.period_from_sentence = second.period, True


def _counts_the_noun_after(toks: list[Token], i: int, text: str) -> bool:
    """The plain number toks[i] stands right before the name of a count indicator."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        nxt.kind == "ind"
        and nxt.data.get("indicator") in COUNT_INDICATORS
        and not text[toks[i].end : nxt.start].strip()
        and toks[i].data["value"] >= 1
    )


REFERENCE_PERIOD_WORDS = 5  # "[सितंबर 2015] में यात्रा करने वाले [5.42 लाख पर्यटकों] से"
FIGURE_AFTER_GAP = 48  # "... की इसी अवधि में [136.25 अरब डॉलर]": the figure right after its period


def _figure_after(toks: list[Token], i: int, text: str) -> int:
    """The index of the figure that follows the period toks[i] closely, within its clause; -1
    when none does."""
    t = toks[i]
    for j in range(i + 1, len(toks)):
        x = toks[j]
        if x.start - t.end > FIGURE_AFTER_GAP or any(ch in text[t.end : x.start] for ch in ".;।\n"):
            return -1
        if x.kind in NUMERIC:
            return j
        if x.kind in ("ind", "block", "per"):
            return -1
    return -1


def _figure_right_after(toks: list[Token], i: int, text: str) -> bool:
    """A figure follows the period toks[i] closely, within its clause."""
    return _figure_after(toks, i, text) >= 0


def _figure_compared_with_after(toks: list[Token], i: int, text: str) -> bool:
    """The period toks[i] is of a figure said right after it that a word of comparison follows
    ("जुलाई 2020 में 4.83 अरब डॉलर के मुकाबले ..."): the period compared with, not the one the
    text goes on about."""
    j = _figure_after(toks, i, text)
    return j >= 0 and compared_right_after(toks, j, text) is not None


def _copula_then_figure(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The period toks[i] is followed by a copula and a figure ("cùng kỳ 2023 là 4,4%"): that
    figure's period."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or text[toks[i].end : nxt.start].strip(" ,").lower() not in lex.period_copulas:
        return False
    if nxt.kind in ("ind", "ellipsis") and i + 2 < len(toks):
        # "September's collection of Rs 94,442 crore": the period's figure of the name after it.
        figure = toks[i + 2]
        gap = text[nxt.end : figure.start].split()
        # (A currency sign may stand before the amount: "of Rs", "of $".)
        return figure.kind in NUMERIC and any(
            " ".join(gap[:n]).lower() in lex.value_of and len(gap) - n <= 1 for n in (1, 2)
        )
    return nxt.kind in NUMERIC


def _after_whereas(before: Group, g: Group, whereas: list[int]) -> bool:
    """A word of comparison stands between the figure `before` and the figure `g` (`whereas`:
    where such words stand, sorted)."""
    if not before.tokens or not g.tokens:
        return False
    lo = max(t.end for t in before.tokens)
    hi = min((t.start for t in g.tokens if t.kind in NUMERIC), default=-1)
    k = bisect.bisect_left(whereas, lo)
    return k < len(whereas) and whereas[k] <= hi


RELATIVE_REACH = 16  # "..., जो [पिछले साल]": the relative word right before the period


def _last_year_of_a_part_of_it(
    toks: list[Token], groups: list[Group], frame: Frame, text: str, lex: Lexicon
) -> None:
    """ "The deficit widened to $26.72 billion from $22.47 billion last year", "व्यापार घाटा
    पिछले साल के 22.47 अरब डॉलर से बढ़कर 26.72 अरब डॉलर": beside a figure of part of a year,
    last year's figure it is compared with is of the same months last year."""
    said = [t.data.get("period") for t in toks if t.kind == "per" and t.data.get("kind") == "last_year"]
    # ("The collection stood at ₹175 crore, ₹5 crore lower than the ₹180 crore collected in
    # 2021", of November 2022: the year before named by its number is as much.)
    named = [
        t.data.get("period")
        for t in toks
        if t.kind == "per" and t.data.get("kind") == "year" and not t.data.get("whole")
    ]
    said += named
    if not said:
        return
    # (Only a figure compared with, or said after a word of comparison that follows the figure
    # ("... 27.6 लाख पर्यटक आए, जबकि पिछले वर्ष 24.7 लाख"): "पिछले साल 48 करोड़ पर्यटक आए थे,
    # जबकि इस साल जनवरी से जून तक ..." states last year's whole.)
    whereas = [t.end for t in toks if t.kind == "cue" and t.data["cue"] == "reference"]
    # (Or a relative word right before last year: "25.35 अरब डॉलर हो गई, जो पिछले साल 21.62 अरब
    # डॉलर थी", "..., which was $21.62 billion last year".)
    if lex.relative_words:
        for t in toks:
            if t.kind == "per" and t.data.get("kind") == "last_year":
                before = text[max(0, t.start - RELATIVE_REACH) : t.start].lower().rstrip(" ,")
                if ends_with_word(before, lex.relative_words):
                    whereas.append(t.start)
    whereas.sort()
    periods_said = set(said)  # (a run-on sentence may name thousands)
    marked = [
        g
        for k, g in enumerate(groups)
        if g.period is not None
        and g.period.length == 12
        and g.period in periods_said
        and (
            g.reference or (k > 0 and groups[k - 1].has_number and _after_whereas(groups[k - 1], g, whereas))
        )
    ]
    if not marked:
        return
    own = next((g.period for g in groups if g.period is not None and g not in marked), None)
    ctx = own if own is not None else frame.context
    for k, g in enumerate(groups):
        if g not in marked:
            continue
        # (The months of its own figure right before it, where there is one: "exports ... from
        # $27.63 billion a year earlier, while imports rose to $55.45 billion in February from
        # $40.75 billion last year" is February's, not the year-earlier figure's months.)
        mine = next(
            (
                h.period
                for h in reversed(groups[:k])
                if h.indicator == g.indicator
                and h.has_number
                and h.period is not None
                and h not in marked
                and not h.reference
            ),
            None,
        )
        months = mine if mine is not None and mine.length < 12 else ctx
        if months is None or months.length >= 12:
            continue
        if g.period is not None and g.period in named and g.period.start_year != months.end_year - 1:
            continue  # (a year named by its number: only the one right before the months')
        if any(h is not g and h.indicator == g.indicator and h.has_number for h in groups):
            g.period = months.shift_years(-1)


def _the_year_before_the_one_compared(toks: list[Token], groups: list[Group]) -> None:
    """ "exports for the last fiscal at $302.84 billion grew 9.78 per cent over the previous year
    at $275.85 billion": last year, read from the publication, is the very year of the figure it
    is compared with, said just before; it is the year before that one."""
    said = [t for t in toks if t.kind == "per" and t.data.get("kind") == "last_year"]
    if not said or len(groups) < 2:
        return
    for k in range(1, len(groups)):
        g, h = groups[k], groups[k - 1]
        if (
            g.period is None
            or g.period.length != 12
            or g.period != h.period
            or g.indicator != h.indicator
            or g.value is None
            or h.value is None
            or g.growths
        ):
            continue
        end = max(t.end for t in h.tokens)
        start = min(t.start for t in g.tokens if t.kind in NUMERIC)
        if any(t.kind == "per" and end <= t.start < start for t in said) and any(
            t.kind == "cue" and t.data["cue"] == "compare" and end <= t.start < start for t in toks
        ):
            g.period = g.period.shift_years(-1)


def _only_an_aside(gap: str) -> bool:
    """Nothing, or one bracketed aside ("[ (CGST) ]संग्रह")."""
    gap = gap.strip()
    return not gap or (gap[0] == "(" and gap[-1] == ")" and gap.count("(") == 1 and gap.count(")") == 1)


def _past_an_aside(gap: str) -> str:
    """The words of `gap` after the one bracketed aside it may open with ("(DDI) với": "với")."""
    gap = gap.strip()
    if gap.startswith("("):
        close = gap.find(")")
        if close > 0:
            return gap[close + 1 :].strip(" ,")
    return gap.strip(" ,")


HAVING_FILLERS = frozenset({"a", "an", "the", "total", "its", "their"})


TRADE_SIDES = frozenset({"exports", "imports", "trade_balance"})


def _a_side_of_the_trade(block: Token, t: Token, lex: Lexicon) -> bool:
    """ "Import and export activities grew sharply, with exports up 66 per cent ...": exports or
    imports named after total trade are its sides, each its own indicator."""
    return t.data["indicator"] in TRADE_SIDES and block.text.lower().startswith(lex.trade_wholes)


def _having_right_before(text: str, at: int, since: int, lex: Lexicon) -> bool:
    """A word of having, and at most a couple of fillers, right before `at` in the clause that
    goes on from `since` ("..., with a total [import value]")."""
    words = text[max(since, at - 24) : at].lower().split()[-3:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in lex.having_words:
            return all(w in HAVING_FILLERS for w in words[k + 1 :]) and not any(
                c in ";." for c in text[since:at]
            )
    return False


GOAL_RESULT_REACH = 80  # "... for 2025 as a whole, with an increase of 8.02 per cent": that close


def _named_since(toks: list[Token], i: int, since: int) -> bool:
    """An indicator or sub-topic is named between `since` and toks[i] (walked back from i, so
    a long sentence is not scanned whole per figure)."""
    for j in range(i - 1, -1, -1):
        if toks[j].start < since:
            return False
        if toks[j].kind in ("ind", "block"):
            return True
    return False


FROM_TO_GAP = 24  # "से 46.53 प्रतिशत बढ़कर 335.44": the words between the change and the figure it leads to


def _rate_fallen_from(
    toks: list[Token], i: int, prev: Token, text: str, lex: Lexicon, cur_period: Period | None
) -> bool:
    """The rate toks[i] comes after "<period> के <rate> से घटकर/बढ़कर" (`prev` that rate, the
    period the one now spoken of), with no period named between."""
    k = i - 1
    while k >= 0 and toks[k].kind == "cue":
        k -= 1  # (only words between: the rate before them must be `prev`)
    if k < 1 or toks[k] is not prev:
        return False
    if not any(is_cue(x, ("compare",)) and not text[prev.end : x.start].strip() for x in toks[k + 1 : i]):
        return False
    per = toks[k - 1]
    return (
        per.kind == "per"
        and per.data.get("period") is not None
        and per.data["period"] == cur_period
        and text[per.end : prev.start].strip().lower() in lex.period_glue
    )


def _change_from_figure_to_next(cur: Group, toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] follows the group's amount and a word of "from" ("228.9 अरब डॉलर से
    46.53 प्रतिशत बढ़कर 335.44 अरब डॉलर"), and only words of change stand between it and the
    next amount: the amount before is what the figure grew from; the rate is the next one's."""
    if cur.value is None or cur.growths or not cur.tokens or cur.tokens[-1].kind != "val":
        return False
    last = cur.tokens[-1]
    if text[last.end : toks[i].start].strip().lower() not in lex.than_words:
        return False
    # (Only the few words right after the rate are looked at: a run-on sentence stays linear.)
    changed = False
    for k in range(i + 1, len(toks)):
        x = toks[k]
        if x.start - toks[i].end > FROM_TO_GAP:
            return False
        if x.kind != "cue":
            return x.kind == "val" and changed
        changed = changed or is_cue(x, ("level.before", "growth_up.after", "growth_down.after"))
    return False
