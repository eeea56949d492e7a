"""The extraction engine: one raw report in, its facts out. Pure: no I/O, no clock (the
reference date is the report's publication time); the stream service and the batch
command call this same function."""

from __future__ import annotations

import bisect
import itertools
import sys
from typing import Any

import regex

from schemas.base import Reason
from schemas.fact import DroppedFact, Evidence, ExtractedFacts, IndicatorFact, TargetFact, TaskFact
from schemas.indicators import INDICATORS, measured_in
from schemas.raw_report import RawReport
from services.extractor.engine import language as language_mod
from services.extractor.engine import lexicon as lexicon_mod
from services.extractor.engine.amounts import balance_in_deficit, implied_currency
from services.extractor.engine.assemble import (
    assemble_sentence,
)
from services.extractor.engine.cues import (
    NUMERIC,
    ends_with_word,
    has_conjunction,
    is_cue,
    mark_bases,
    mark_rates,
    starts_with_word,
    word_right_before,
)
from services.extractor.engine.dateline import (
    blanked,
    dateline,
    dateline_day_span,
    dateline_month,
    infer_reference_year,
    source_date,
    source_year,
)
from services.extractor.engine.earnings import earned_after_the_amount, earnings_of_the_counted
from services.extractor.engine.evidence import quote_sentence, quote_span
from services.extractor.engine.figures import (
    COUNT_INDICATORS,
    LEVEL_IS_GROWTH,
    PLAN_SHARE_INDICATORS,
    Group,
    money,
    physical,
)
from services.extractor.engine.fuzzy import fuzzy_indicator
from services.extractor.engine.lexicon import Lexicon, Phrase, deadlines_in, find_phrases
from services.extractor.engine.lines import BULLETS, caption_lines, related_lines
from services.extractor.engine.merge import contradicted_in_body, merge_facts
from services.extractor.engine.normalize import has_word, normalize, words_near
from services.extractor.engine.parts import (
    bare_pair_of_a_qualified_name,
    combined_totals_named_after,
    items_named_with_their_figures,
    names_in_a_gloss,
    names_of_some_branches,
    of_a_sector_named_after,
    of_an_indicator_named_after,
    opens_with_a_share_word,
    opens_with_parts,
    origin_of_the_part,
    part_of_the_total,
    parts_named_short,
    places_listed_with_their_figures,
    said_as_the_one_before,
    share_of_its_own_total,
)
from services.extractor.engine.period_mentions import (
    PARTS_OF_A_YEAR,
    REST_OF_A_YEAR,
    absolute,
    fiscal_years_in_full,
    last_years_month,
    mark_release_times,
    mark_since,
    mentions_only,
    merge_adjacent_periods,
    opens_looking_back,
    said_alone,
)
from services.extractor.engine.periods import DECEMBER, Period, month_index
from services.extractor.engine.region import countries_named, find_region, names_provinces, regions_in
from services.extractor.engine.resolve import (
    FISCAL_START,
    Frame,
    counts_fiscal,
    goal_year,
    mention_parts,
    months_so_far,
    resolve,
)
from services.extractor.engine.sentence_relations import ECONOMY, growth_said, growth_said_of
from services.extractor.engine.sentences import Sentence, split_sentences
from services.extractor.engine.streaks import drop_held_marks, said_as_bound
from services.extractor.engine.tasks import deadline_date, done_right_before, find_tasks, speaks_of_the_rest
from services.extractor.engine.tokens import Token, indicator_token, inside, lower_same_length, tokenize
from services.extractor.engine.topics import (
    RECEIVED_REACH,
    capital_of_what_follows,
    indicator_named_by,
    name_around_figure,
    named_by_its_topic,
    refers_to_the_one_before,
    short_name_by_its_unit,
    short_name_opens,
    short_name_received,
    slots_of,
    topic_carried,
    two_short_names,
)

INDEX_LEVELS = measured_in("rate")  # the consumer price index
# Mentions of a time up to a month or a day ("by the end of September", "tính đến 30/9").
UNTIL = ("through_month", "through_date")

# The least an economy's money indicator (a province's month included) plausibly is: a sum
# below it was read without its scale word.
# ("दिसंबर 2020 में जीएसटी कलेक्शन 1,15,174 रुपये रहा": crore left out, 1.15 lakh rupees.)
SMALLEST_SUM = {"VND": 1e8, "INR": 1e6}
SMALLEST_ANY_SUM = 1e4
BODY_FOR_LANGUAGE = 100  # characters of body enough to tell its language without the title
FUZZY_REACH = 64  # the words this close before a sentence's first figure may name its indicator


# Relative times the publication dates by itself ("last month", "the previous quarter", "last year",
# "पिछले वित्त वर्ष").
DATED_BY_PUBLICATION = frozenset(
    {"prev_month", "month_before", "quarter_before", "last_year", "last_fiscal_year"}
)


class BodyTooLarge(ValueError):
    pass


def extract(report: RawReport, max_body_chars: int = 1_048_576) -> ExtractedFacts:
    if len(report.body) > max_body_chars:
        raise BodyTooLarge(f"body of {len(report.body)} characters exceeds {max_body_chars}")
    title = normalize(report.title.strip()) if report.title else ""
    body = normalize(report.body)
    text = f"{title}\n{body}" if title else body
    title_end = len(title) if title else 0
    # The body says what language the report is in; a headline may be another's.
    lang = language_mod.detect(body if len(body) >= BODY_FOR_LANGUAGE else text, report.language)
    lex = lexicon_mod.load(
        lang if lang in lexicon_mod.available_languages() else "en",
        language_mod.without_diacritics(text, lang),
    )
    tokens = tokenize(text, lex)  # the number convention is judged from the text itself
    related = related_lines(text, lex.related_words)
    if related:
        tokens = [t for t in tokens if not inside(t.start, related)]
    written_on = dateline_day_span(text, title_end + 1 if title else 0, lex)
    if written_on is not None:
        tokens = [t for t in tokens if not (t.kind == "per" and written_on[0] <= t.start < written_on[1])]
    tokens = combined_totals_named_after(tokens, text, lex)
    mark_bases(tokens, text, lex)
    mark_rates(tokens, text)
    tokens = merge_adjacent_periods(last_years_month(fiscal_years_in_full(tokens, lex), text, lex), text, lex)
    mark_since(tokens, text, lex)
    mark_release_times(tokens, text, lex)
    # A photo caption's date ("FILE PHOTO: ..., July 15, 2015") is the photo's, not the report's.
    captions = caption_lines(text, lex.caption_words)
    # With no publication time, the dateline's date is when the report was written, else the
    # date its address carries.
    written = (
        report.published_at
        or dateline(blanked(text, captions), lex)
        or source_date(report.url or "")
        or source_date(report.source)
    )
    ref_year, ref_month = infer_reference_year(
        [t for t in tokens if not inside(t.start, captions)] if captions else tokens,
        written,
        text,
        lex,
        dateline_month(text, lex) if written is None else None,
    )
    if ref_year is None:
        # Nothing in the report dates it: the year its address names (".../trade-deficit-
        # october-2024-133912345.html") is the one its figures are of.
        ref_year = source_year(report.url or "") or source_year(report.source)
    if lex.fiscal_years:
        tokens = _fiscal_years_named_by_their_end(report, text, tokens)
    fiscal = any(counts_fiscal(t.data, lex) for t in tokens if t.kind == "per")
    # (A text about India and no other country counts its bare quarters in the fiscal year.)
    quarters = fiscal or (lex.fiscal_years and _about_india_alone(report, text, tokens))
    frame0 = Frame(ref_year, ref_month, None, fiscal, None, quarters)
    # Where the text states deadlines of tasks ("... sẽ hoàn thành trong quý III"): the periods
    # there are when tasks are due, no period of figures or counts.
    due_all = (
        _deadline_spans(text, lex, ref_year, ref_month)
        if _done_said_at(tokens, text, lex) is not None and any(_names_tasks(t, lex) for t in tokens)
        else []
    )
    # The period the text opens with frames figures that precede any explicit mention.
    context: Period | None = None
    spoken: Period | None = None  # the period of the last figures read
    first_figure = next((x.start for x in tokens if x.kind in ("val", "pct")), len(text))
    # (Only a time the publication itself dates: "trong tháng" waits for the text to say which.)
    opened_relative = report.published_at is not None and any(
        x.kind == "per"
        and not x.data.get("base")
        and any(p["kind"] in DATED_BY_PUBLICATION for p in mention_parts(x.data))
        for x in itertools.takewhile(lambda x: x.start < first_figure, tokens)
    )
    for k, t in enumerate(tokens):
        # (Not a part said alone, "In November alone, ...": the text is about a longer time.)
        if (
            absolute(t)
            and not _inside_any(t, due_all)
            and not _ends_in_the_perfect(text, t.end, lex)
            and not said_alone(t, text, lex.alone_words)
            # (Nor one after the first figures when a relative time dated them, from the
            # publication: "पिछली तिमाही में ... 8.4 प्रतिशत ..., जो पिछली यानी अप्रैल-जून की तिमाही
            # की वृद्धि दर से काफी कम है", the quarter compared with.)
            and not (opened_relative and t.start > first_figure)
        ):
            context = resolve(t.data, lex, frame0)
            if context is not None and _deadline(t, context, ref_year, ref_month):
                context = None  # "due by December 31" in July: a deadline, no period of figures
            if context is not None and _begins_after(context, ref_year, ref_month) and first_figure < t.start:
                # ("... 8.5% के आर्थिक विकास लक्ष्य ... 10% के विकास लक्ष्य ... 2026 में प्रांत का
                # लक्ष्य 11% ...": a time to come named after figures is a goal's, no period of
                # those before it.)
                context = None
            if (
                context is not None
                and context.length < 12
                and _after(context, ref_year, ref_month)
                and _after_a_word_of_goal(tokens, k, text)
            ):
                # ("Để hoàn thành mục tiêu tăng trưởng 10% năm 2026, quý IV thành phố phải đạt
                # ..." in October: what a part of the year still running must bring, no period the
                # text's results are of.)
                context = None
            if context is not None:
                break

    groups: list[tuple[Group, Sentence, Period | None]] = []
    task_periods: dict[Sentence, Period | None] = {}
    sentences = split_sentences(text)
    idx = 0
    carry: Token | None = None
    counted: Token | None = None  # the last count indicator, for "numbers"/"số lượng" after it
    named: Token | None = None  # the last indicator named, whatever the paragraph
    last_slot: Token | None = None  # the last topic named (indicator or sub-topic), likewise
    seen: set[str] = set()  # every indicator named so far
    prev_para = -1
    opening: Period | None = None  # the period the text's first figures were of
    goal_list = False  # the items below a heading of goals alone on its line are goals
    goals_said = -1  # the paragraph whose last sentence with figures gave only goals
    for s in sentences:
        while idx < len(tokens) and tokens[idx].start < s.start:
            idx += 1
        j = idx
        while j < len(tokens) and tokens[j].end <= s.end:
            j += 1
        stoks = tokens[idx:j]
        idx = j
        if s.paragraph != prev_para:
            carry = None
            prev_para = s.paragraph
            if (
                opening is not None
                and context is not None
                and context != opening
                and (
                    opening.contains(context)
                    or _same_months_before(context, opening)
                    # ("... Rs 1.77 lakh crore in December ...\nIn November, GST mop-up was Rs 1.82
                    # lakh crore ...\nAfter adjusting refunds, net GST collection ...": a look
                    # back at an earlier month, then the month the report is about again.)
                    or (context.length == opening.length and context.ends_before(opening))
                )
            ):
                # A new paragraph after a detail of the opening period ("... grew 8.02% last
                # year. Growth in the fourth quarter accelerated to 8.46% ...\n\nExports rose
                # 14.3% to a record $459.1 billion") or after its base ("In October 2025, GST
                # mop-up was Rs 1.87 lakh crore.\nRefunds rose ..."): back to the period the
                # text opened on.
                context = opening
        item = goal_list and text.startswith(BULLETS, s.start)
        if item and has_word(text[s.start : s.end], lex.result_verbs):
            item = False  # "- GRDP growth rate reached 7.03% (the plan was 7.0%)": results listed
        goal_list = item
        if not stoks:
            continue
        earner = carry if carry is not None else named
        stoks = short_name_received(short_name_opens(stoks, seen, carry, text, lex, earner), text, lex, carry)
        # (Across a paragraph too: bullets of a list, a line each.)
        stoks = earnings_of_the_counted(stoks, text, s.start, lex, carry if carry is not None else named)
        stoks = earned_after_the_amount(stoks, text, lex)
        stoks = _short_name_repeated_after_an_amount(stoks, text)
        stoks = two_short_names(name_around_figure(short_name_by_its_unit(stoks, text)))
        stoks = _total_named_again(stoks, text, lex)
        stoks = _balance_said_with_its_amount(_pair_said_respectively(stoks, text, lex), text, lex)
        stoks = _plan_naming_its_indicator(stoks, text, s.start)
        stoks = capital_of_what_follows(stoks, text, lex)
        stoks = items_named_with_their_figures(names_in_a_gloss(stoks, text, lex), text, lex)
        stoks = places_listed_with_their_figures(stoks, text, regions_in(text, s.start, s.end), lex)
        stoks = of_a_sector_named_after(names_of_some_branches(stoks, text, lex), text, lex)
        stoks = of_an_indicator_named_after(stoks, text, lex)
        stoks = bare_pair_of_a_qualified_name(said_as_the_one_before(stoks, text, last_slot, lex), text, lex)
        # ("Of the total, ..." reaches back across a paragraph to the topic named last.)
        stoks = part_of_the_total(stoks, text, s.start, carry if carry is not None else last_slot, lex)
        of_parts = opens_with_parts(text, s.start, stoks, lex)
        if of_parts:
            stoks = parts_named_short(stoks, carry if carry is not None else last_slot)
        if item:
            stoks = _goal_item(stoks, text, s)
        else:
            stoks, goal_list = _goal_heading(
                stoks, text, s, lex, Frame(ref_year, ref_month, context, fiscal, None, quarters)
            )
        if lex.topic_labels and stoks:
            stoks = named_by_its_topic(stoks, text, s, lex)
        if not any(t.kind in ("ind", "block") for t in stoks):
            numeric = next((t.start for t in stoks if t.kind in ("val", "pct")), None)
            if numeric is not None:
                # No indicator the lexicon knows: try the words before the first figure for
                # a misspelt or unaccented one.
                found = fuzzy_indicator(text, max(s.start, numeric - FUZZY_REACH), numeric, lex)
                if found is not None:
                    stoks = sorted([*stoks, found], key=lambda t: (t.start, t.end))
        refers_to_last = spoken is not None and any(
            t.kind == "per"
            and mention_parts(t.data)[0]["kind"] == "same_as_said"
            and not _base_of_the_rate_before(stoks, k)
            for k, t in enumerate(stoks)
        )
        # ("... In the first half of November alone, exports totaled ... Imports during the same
        # period hit ...": the period of the figures just given, though it was said as a part.)
        frame = Frame(ref_year, ref_month, spoken if refers_to_last else context, fiscal, opening, quarters)
        refers_back = False
        # A sentence carries on the previous one's indicator only when it refers back to it
        # ("the July figure", "it rose"); otherwise its unnamed figures belong to no indicator.
        if any(t.kind in ("val", "pct", "num") for t in stoks):
            back = carry
            if counted is not None and refers_to_the_one_before(
                text, s, stoks, lex, None, lex.count_anaphora
            ):
                back, refers_back = counted, True  # "Numbers were up 12.4%": the count named before
            elif of_parts:
                refers_back = False  # "Of this, 3,321 new projects ... registered capital": parts
            else:
                refers_back = back is not None and (
                    refers_to_the_one_before(text, s, stoks, lex, back.data.get("indicator"))
                    or _a_year_back_alone(stoks, text, s.end)
                    or _an_amount_of_a_period_alone(stoks, text, lex, back.data.get("indicator"))
                    or _a_goal_in_its_measure_alone(stoks, back.data.get("indicator"), text, lex)
                    or _a_rate_goal_alone(stoks, back.data.get("indicator"), text, lex)
                    or _a_share_of_the_plan_alone(stoks)
                    or _rates_of_periods_alone(stoks, text, s.start, lex)
                )
                if not refers_back and carry is None and named is not None:
                    # A short name or a word referring back reaches across a paragraph to the
                    # indicator named last ("... disbursement of public investment ...\n\nThe
                    # disbursed capital ...", "... GDP grew 7.4% ...\n\nThe figure brought ...").
                    short = (*lex.anaphora, *lex.ellipsis.get(str(named.data.get("indicator")), ()))
                    if refers_to_the_one_before(text, s, stoks, lex, None, short):
                        back, refers_back = named, True
            sgroups, end_period = assemble_sentence(
                stoks, text, lex, frame, back if refers_back else None, None
            )
            drop_held_marks(sgroups, text[s.start : s.end], text, lex)
            _items_named_at_the_end(sgroups, stoks)
            _grown_from_a_year_before(sgroups, stoks, ref_year, ref_month)
            _grown_from_one_time_to_another(sgroups, stoks, text, lex)
            if end_period is not None and not sgroups and _the_tasks_own_period(stoks):
                # ("The province has completed 21 of its 35 key tasks for 2026. Exports rose
                # 14%": the year the tasks were set for, no time the figures after it are of.)
                end_period = None
        else:
            # No figure: the sentence only moves the context on ("Tính chung 9 tháng, ...").
            sgroups, end_period = [], _periods_only(stoks, text, lex, frame)
        if goals_said == s.paragraph and (of_parts or opens_with_a_share_word(text, s.start, stoks, lex)):
            # "Năm 2023, tỉnh đặt mục tiêu đón 8,3 triệu lượt du khách. Trong đó, khách du lịch
            # quốc tế là hơn 350.000 lượt ...": the parts of a goal are goals too.
            for g in sgroups:
                g.target = True
        goals_said = s.paragraph if sgroups and all(g.target for g in sgroups) else -1
        for g in sgroups:
            groups.append((g, s, context))
            if g.period is not None and not g.reference and not g.target:
                spoken = g.period
        done_at = _done_said_at(stoks, text, lex)
        if done_at is not None and any(_names_tasks(t, lex) for t in stoks):
            # Not a month still to come: that is a deadline ("... 30 सितंबर 2025 तक पूरा किया जाना है"),
            # as is one the words of a deadline hold ("... dự kiến hoàn thành trong tháng 10").
            due = _spans_in(due_all, s)
            owns = [
                t
                for t in stoks
                if (absolute(t) or _a_year_back_said(t))
                and t.data.get("period")
                and not _after(t.data["period"], ref_year, ref_month)
                and not _inside_any(t, due)
            ]
            # The one nearest before the word of completion is the count's ("Tại phiên họp
            # tháng 9, ... trong 9 tháng đã hoàn thành 112/150 nhiệm vụ": the meeting's month is
            # not), else the first.
            before = [t for t in owns if t.end <= done_at]
            first_own = (before[-1] if before else owns[0]).data["period"] if owns else None
            task_periods[s] = _task_period(
                first_own, context, ref_year, ref_month, words_near(text, s.start, s.end), lex
            )
        slots = slots_of(stoks, text, lex)
        if slots and not (refers_back and all(t.kind == "block" for t in slots)):
            # (A sentence about the topic carried that names something else in passing stays
            # on the topic: "यह ... आरबीआई के मध्यम अवधि लक्ष्य (4%) से अधिक है। सितंबर में 3.99% थी।")
            carry = topic_carried(slots, sgroups, carry)
        last_slot = slots[-1] if slots else last_slot
        named = next((t for t in reversed(slots) if t.kind == "ind"), named)
        seen.update(str(t.data["indicator"]) for t in slots if t.kind == "ind")
        if slots:
            counted = next(
                (t for t in reversed(slots) if t.kind == "ind" and t.data["indicator"] in COUNT_INDICATORS),
                None,
            )
        end_period = _period_of_the_results(sgroups, end_period, ref_year, ref_month)
        if (
            end_period is not None
            and not (
                # "... in July were 1.96 lakh crore. In June, the figure was 1.85 lakh crore.": a look
                # back at the same figure leaves the text on the months it is about.
                refers_back
                and context is not None
                and (end_period.ends_before(context) or _shorter_from_the_same_start(end_period, context))
            )
            and not _deadline_last(stoks, end_period, ref_year, ref_month)
            # ("GSO also forecast growth of over 6 percent for the whole year. In the period,
            # exports ...": a forecast's time is none the text reports on.)
            and not (sgroups and all(g.forecast for g in sgroups))
            # ("... Rs 1.77 lakh crore in December. The highest-ever collection was in April
            # 2024 at over Rs 2.10 lakh crore.": a record of an earlier time, looked back on.)
            and not (
                sgroups
                and opening is not None
                and end_period.ends_before(opening)
                and has_word(text[s.start : s.end], lex.record_words)
            )
            and not (
                due_all and _inside_any(next((t for t in reversed(stoks) if absolute(t)), None), due_all)
            )
        ):
            context = end_period
            if opening is None and sgroups and not all(g.target for g in sgroups):
                # (Not a goal's year: "2024 में पर्यटन उद्योग का लक्ष्य ... है। ... 2024 के पहले 6
                # महीनों में ...": the text opens on the months its first results are of.)
                opening = end_period

    # With no title given, a short first line with no full stop is the headline the body
    # repeats ("अगस्त 2021 में बिजली की खपत में 18% वृद्धि\n...18.6 प्रतिशत बढ़कर ...").
    # (A photo caption that opens the body tells a figure short, as a headline does: "9 tháng
    # đầu năm, tỉnh đạt tăng trưởng GRDP gần 12%. Ảnh: ..." over the body's 11.67%.)
    headline_end = title_end or _headline_line(text) or _opening_caption(captions, text)
    year = _year_of_a_text_naming_none(tokens, ref_year, ref_month)
    if year is not None:
        groups = [(g, s, ctx or year) for g, s, ctx in groups]
    facts, dropped, parts, rates, bare = _facts_of(
        groups, text, headline_end, ref_year, ref_month, fiscal, lex
    )
    # Task fractions, only where a task noun and a word of completion both occur.
    following = dict(itertools.pairwise(sentences)) if task_periods else {}
    preceding = {b: a for a, b in following.items()}
    for s, period in task_periods.items():
        nxt, prev = following.get(s), preceding.get(s)
        rest = (
            nxt is not None
            and nxt.paragraph == s.paragraph
            and speaks_of_the_rest(text, nxt.start, nxt.end, lex)
        )
        said_before = (prev.start, prev.end) if prev is not None and prev.paragraph == s.paragraph else None
        try:
            facts.extend(
                find_tasks(text, s.start, s.end, lex, period, nxt.end if rest and nxt else None, said_before)
            )
        except TimeoutError:
            # A sentence too long for the task patterns' time limit (a run-on list): its task
            # counts are dropped with the reason, the rest of the report stands.
            quote = quote_sentence(text, s.start, s.end, s.start, s.start)
            _drop(dropped, quote, "too_long_to_read", "task patterns timed out on this sentence")
    region = report.region or find_region(text)
    return ExtractedFacts(
        report_id=report.id,
        language=lang,
        region=region,
        published_at=report.published_at,
        source=report.source,
        facts=merge_facts(facts, headline_end, parts, rates, bare),
        dropped=dropped,
    )


SO_FAR_REACH = 160  # "Da Nang has [so far] disbursed only 48 per cent of ...": this close to the figure


def _words_around(g: Group, s: Sentence, text: str) -> str:
    """The group's words and those this close around them, inside its sentence (a run-on list
    holds thousands of figures: none reads the whole sentence), as `words_near` gives them."""
    start = min(t.start for t in g.tokens)
    end = max(t.end for t in g.tokens)
    return words_near(text, max(s.start, start - SO_FAR_REACH), min(s.end, end + SO_FAR_REACH))


def _done_by_now(g: Group, s: Sentence, text: str, lex: Lexicon) -> bool:
    """A word of "by now" said right before the group's figure, in its clause ("... and has so
    far lured $1.1 billion", "và đến nay đã thu hút được 1,1 tỷ USD"): what is done of the year so
    far."""
    at = next((t.start for t in g.tokens if t.kind in NUMERIC), None)
    if at is None:
        return False
    lo = max(s.start, at - DONE_BY_NOW_REACH)
    lo = max(lo, *(text.rfind(ch, lo, at) + 1 for ch in ",;"))
    return has_word(words_near(text, lo, at), lex.so_far_words)


DONE_BY_NOW_REACH = 40  # "[so far] lured $1.1 billion", "[đến nay] đã thu hút được 1,1 tỷ USD"


def _a_result_of_the_fiscal_year_under_way(
    g: Group,
    period: Period,
    s: Sentence,
    text: str,
    ref_year: int | None,
    ref_month: int | None,
    lex: Lexicon,
) -> bool:
    """The group's period, named in its own sentence, is a whole fiscal year under way at the
    publication ("the current fiscal", "चालू वित्त वर्ष", "2026-27" in November 2026), and its words
    say no figure the year is expected to end with, nor a goal or someone's forecast."""
    if g.target or g.forecast or ref_year is None or ref_month is None or period.start_month != FISCAL_START:
        return False
    # (In its last two months a year's figures are its estimates: "The state's GSDP grew 8.1 per
    # cent in 2022-23" in a budget speech of March 2023.)
    if not _well_under_way(period, ref_year, ref_month):
        return False
    if not g.period_from_sentence:
        return False  # (a year carried from a sentence before may be a goal's or a forecast's)
    return not has_word(_words_around(g, s, text), lex.expected_words)


def _under_way(period: Period, ref_year: int, ref_month: int) -> bool:
    """`period` is a whole (fiscal) year begun by the publication's month and not over."""
    return period.length == 12 and (period.start_year, period.start_month) <= (ref_year, ref_month) <= (
        period.end_year,
        period.end_month,
    )


def _well_under_way(period: Period, ref_year: int, ref_month: int) -> bool:
    """`period` is a whole year under way at the publication, more than its last two months from
    its end (in those a year's figures and counts are its reckoning)."""
    return _under_way(period, ref_year, ref_month) and month_index(ref_year, ref_month) < (
        month_index(period.end_year, period.end_month) - 1
    )


def _the_plan_so_far(
    period: Period | None, ref_year: int | None, ref_month: int | None, fiscal: bool
) -> Period | None:
    """The period of a share of the plan said to be reached by now: with none named ("Giải ngân
    vốn đầu tư công đến nay mới đạt 61% kế hoạch") or the whole year of its goal not over ("a
    target of Rs 2.95 lakh crore for 2026-27, of which 58 per cent has been achieved so far"),
    the months of the (fiscal) year so far."""
    if period is None:
        return months_so_far(ref_year, ref_month, fiscal)
    if ref_year is None or ref_month is None or not _under_way(period, ref_year, ref_month):
        return period
    so_far = months_so_far(ref_year, ref_month, period.start_month == FISCAL_START)
    return so_far if so_far is not None and so_far.start_month == period.start_month else period


def _facts_of(
    groups: list[tuple[Group, Sentence, Period | None]],
    text: str,
    title_end: int,
    ref_year: int | None,
    ref_month: int | None,
    fiscal: bool,
    lex: Lexicon,
) -> tuple[
    list[IndicatorFact | TaskFact | TargetFact],
    list[DroppedFact],
    dict[int, str],
    dict[tuple[str, str], list[float]],
    dict[int, list[float]],
]:
    """The facts the sentence groups state; what cannot be read whole is dropped with a reason.
    Also which of the facts are of a part of their indicator's total, and which are a rate
    said bare and nothing else (by index)."""
    facts: list[IndicatorFact | TaskFact | TargetFact] = []
    dropped: list[DroppedFact] = []
    parts: dict[int, str] = {}  # the facts of a part of their indicator's total, by index: its origin
    rates: dict[tuple[str, str], list[float]] = {}
    bare: list[int] = []  # the facts that are a rate said with no base and nothing else
    borrowed: list[int] = []  # a headline's facts given the months of the text's first figures
    # The facts of another measure, dropped beside the total of the same months: one with a
    # part left out, or a breakdown of the total another way (by index, with the reason).
    excluded: dict[int, str] = {}
    based: dict[tuple[str, str], list[float]] = {}  # the rates said with a base, by indicator and months
    goals: tuple[int, Period] | None = None  # the paragraph and period of the last goal dated
    last_sum: tuple[Group, Sentence, str] | None = None  # the last amount said, its sentence and months
    last_part: Group | None = None  # the last part of it dropped
    for g, s, ctx in groups:
        if g.indicator is None or not g.has_number:
            continue
        period = g.period or ctx
        if (
            g.period is None
            and not g.target
            and period is not None
            and ref_year is not None
            and _begins_after(period, ref_year, ref_month)
            and has_word(text[s.start : s.end], lex.estimate_words)
        ):
            # "In 2025, the province set a target of ...; In the economy, GRDP is estimated to
            # increase by 9.01%": an estimate said with no period, in the time of a goal still to
            # come, is of the same months in the year reported on.
            period = period.with_year(ref_year)
        if g.target:
            if g.period_from_sentence and g.period is not None:
                goals = (s.paragraph, g.period)
            elif goals is not None and goals[0] == s.paragraph:
                # "... earn VND45 trillion in tourism revenue in 2027. State budget revenue is
                # targeted at VND32 trillion.": the goals go on in the year they were set for.
                period = goals[1]
        since_december = False
        if period is not None and period.to_date and g.indicator in INDEX_LEVELS:
            # An index is a level at a time: "since the start of the year, CPI is up 7.3% on
            # December and 8.8% on a year earlier" speaks of the latest month's level; said
            # with no base ("Tính từ đầu năm đến nay, CPI tăng 6,02%"), the rise since December.
            period = period.last_month()
            since_december = True
        if period is None and g.target and ref_year is not None:
            period = Period.year(ref_year)  # a goal with no period named is this year's
        if (
            period is None
            and g.indicator == ECONOMY
            and ref_year is not None
            and ref_month == JANUARY
            and has_word(text[s.start : s.end], lex.estimate_words)
        ):
            # "Vùng Đồng bằng sông Hồng ... Tốc độ tăng GRDP ước đạt 9,74%" in January, no time
            # named anywhere: the year just ended, whose growth estimates January brings.
            period = Period.year(ref_year - 1)
        # ("so far", "đến nay", "अब तक": a share reached by now.)
        if not g.target and (
            (g.plan is not None and has_word(_words_around(g, s, text), lex.so_far_words))
            or _done_by_now(g, s, text, lex)
        ):
            period = _the_plan_so_far(period, ref_year, ref_month, fiscal)
        elif period is not None and _a_result_of_the_fiscal_year_under_way(
            g, period, s, text, ref_year, ref_month, lex
        ):
            # "GST collections have grown 11 per cent in the current fiscal" in November: what
            # has happened of a year under way is of its months so far.
            period = months_so_far(ref_year, ref_month, True) or period
        ev = _evidence(g, s, text, title_end)
        if period is None:
            _drop(dropped, ev.text, "no_period", "the figure's period could not be told")
            continue
        if g.day:
            _drop(dropped, ev.text, "one_day", "a figure of one day, not of a period")
            continue
        if g.horizon:
            _drop(dropped, ev.text, "years_ahead", "a figure of the years ahead, not of one period")
            continue
        if g.stock:
            _drop(dropped, ev.text, "accumulated_stock", "an accumulated total, not the period's figure")
            continue
        if g.nominal:
            _drop(dropped, ev.text, "nominal", "growth at current prices, not the real growth")
            continue
        if _a_bound_looked_back_on(g, period, ctx, text, lex):
            # "पिछले साल इसी महीने में कारखाना उत्पादन में चार प्रतिशत से अधिक की वृद्धि हुई थी": a
            # rate of an earlier time said only as a bound, as the text looks back, no figure.
            _drop(dropped, ev.text, "bound", "a bound of an earlier time, not a figure")
            continue
        if (
            not g.target
            and ref_year is not None
            and (period.end_year, period.end_month) > (ref_year, ref_month or DECEMBER)
            and any(t.kind == "per" and t.data.get("kind") in REST_OF_A_YEAR for t in g.tokens)
        ):
            # "It is expected to stay around 4% for the rest of the year": the months after
            # those reported, still to come, no figure of them (what they must achieve is a goal).
            _drop(dropped, ev.text, "forecast", "a figure of the months still to come, not a result")
            continue
        if g.forecast and g.forecaster and _ended_before(period, ref_year, ref_month):
            # "Vietnam's GDP grew 7.1% in 2024, the World Bank said": a time over, its figure.
            g.forecast = False
        if g.forecast and not _begins_after(period, ref_year, ref_month):
            # (A forecast for a time still to come is kept as a goal, below.)
            _drop(dropped, ev.text, "forecast", "a forecast of a time already begun or past, not a figure")
            continue
        if g.forecast and g.forecaster:
            _drop(dropped, ev.text, "forecast", "an outside forecaster's view of a time to come, no goal")
            continue
        if (
            g.reference
            and not g.period_from_sentence
            and (_named_after_its_rate(g) or _the_nations_figure(g, text, lex))
        ):
            # "lạm phát cơ bản tăng 3,20% ..., thấp hơn mức tăng 3,27% của CPI bình quân chung":
            # another measure's rate of the same months, named after it, compared with; "...,
            # compared with 3.63 percent nationwide": the nation's figure of the same months.
            pass
        elif g.reference and not g.period_from_sentence:
            if g.value is None and g.growths and g.growths[-1].base == "yoy":
                # "grew 7.2%, higher than the 6.5% growth of the same period last year": a rate
                # compared with, measured a year back, is the same months' rate a year before.
                period = period.shift_years(-1)
            else:
                _drop(dropped, ev.text, "reference_without_period", "a comparison figure with no period")
                continue
        best = g.best_growth()
        # (A deficit written with its minus too, "a trade deficit of -$2.1 billion", is one deficit.)
        value = (abs(g.value) * g.sign if g.sign < 0 else g.value) if g.value is not None else None
        if value is not None and value > 0 and balance_in_deficit(g, text, lex):
            value = -value  # "the trade balance showed a deficit of $1.2 billion"
        if value is not None and g.unit == "count" and INDICATORS.get(g.indicator) == "money":
            # "30 lượt dự án điều chỉnh vốn" under FDI: a count of projects, not the money.
            # (So is its rate: "147 lượt dự án, ..., tăng 41,97% về số lượng dự án".)
            _drop(dropped, ev.text, "unit_mismatch", f"{g.indicator} is money; a count is not its amount")
            if not _count_said_after_its_rate(g):
                continue
            # ("... tăng 12% trở lên, thu hút 20 dự án FDI": a count said after the rate, in a
            # clause of its own, takes the rate with it no more than the amount.)
            value = None
        unit = g.unit
        if value is not None and money(unit) and INDICATORS.get(g.indicator) in ("physical", "count"):
            # ("बिजली उत्पादन और वितरण क्षेत्र का हिस्सा 1.25 अरब डॉलर": a sector's share of an
            # investment.) A sum of money is no output nor count; nor is the rate said with it.
            _drop(dropped, ev.text, "unit_mismatch", f"{g.indicator} is no sum of money")
            continue
        if value is not None and unit is None and INDICATORS.get(g.indicator) == "money":
            # "thu ngân sách đạt 5,2 nghìn tỷ", "GST collections of 1.87 lakh crore": the
            # language, or the scale word itself, says the currency of such sums; else
            # ("reached 50 million") half a figure: the rate and plan share stand, the amount
            # is dropped with its reason rather than guessed.
            unit = implied_currency(g, lex)
            if unit is None:
                _drop(dropped, ev.text, "value_without_unit", f"{g.indicator} amount with no currency")
                value = None
                if best is None and g.plan is None:
                    continue
        if value is not None and unit is None and INDICATORS.get(g.indicator) == "physical":
            # "The electricity sector grew 11.2 per cent to 162.2": an index point, no output in
            # kWh; the amount is dropped with its reason, the rate stands.
            _drop(dropped, ev.text, "value_without_unit", f"{g.indicator} amount with no unit of output")
            value = None
            if best is None and g.plan is None:
                continue
        if value is not None and money(unit) and abs(value) < SMALLEST_SUM.get(str(unit), SMALLEST_ANY_SUM):
            # "₹1.73 trn" with a scale word not known: a sum an economy's indicator never is;
            # the amount is dropped with its reason, the rate and plan share stand.
            _drop(
                dropped, ev.text, "implausible_amount", f"{g.indicator} of {value:g} {unit} is no such total"
            )
            value = None
            if best is None and g.plan is None:
                continue
        # A figure for months after the publication cannot have happened: a goal or a forecast
        # ("Dự kiến năm 2025, GRDP đạt 9%" in October 2024). An estimate for the year under
        # way stays a figure ("cả năm 2024 dự kiến đạt ...", as the labelled corpus keeps it).
        if value is not None:
            if last_sum is not None and (
                _part_of_the_amount_before(last_sum, g, s, str(period), text, lex)
                or _next_part_listed(last_sum, last_part, g, s, str(period), text, lex)
                or _a_share_of_the_sum_before(last_sum, g, str(period), text, lex)
            ):
                # "exports reached $20 billion, including $15 billion from the FDI sector": a
                # part of the amount just said, of the same months, is not a second total; nor
                # the next part listed with it ("..., including $170.63 billion for necessary
                # import items, up 22.2% and $11.16 billion for controlled items").
                _drop(dropped, ev.text, "part_of_total", "a part of the amount said before it")
                last_part = g
                continue
            last_sum, last_part = (g, s, str(period)), None
        future = _begins_after(period, ref_year, ref_month) or (
            _barely_begun(period, ref_year, ref_month) and _year_named_before(period, ev, text)
        )
        # "Dự kiến đến cuối năm thu ngân sách đạt hơn 18.000 tỷ đồng, vượt 28,6% dự toán" in the
        # January after: a goal's words, but the year is over and its plan overrun is told.
        over = _ended_before(period, ref_year, ref_month)
        reached = over and g.plan is not None and value is not None
        if (g.target and not reached) or future:
            economy = (
                best is not None
                and value is None
                and g.indicator in PLAN_SHARE_INDICATORS
                and growth_said(g, g.tokens, text, lex)
                and not _named_right_before_its_rate(g)
            )
            if (best is None or g.indicator in PLAN_SHARE_INDICATORS) and value is None and not economy:
                # "aims to raise the disbursement rate to 95%": a share to reach, no growth or
                # amount, which is what the contract scores of a goal ("thấp hơn mục tiêu 55%" of
                # a disbursement: its share, no growth, whatever words of change are near).
                _drop(dropped, ev.text, "target_without_figure", "a goal with no growth rate or amount")
                continue
            facts.append(
                TargetFact(
                    # ("plans to accelerate disbursement ..., and aims to achieve growth of at
                    # least 5% for the full year": growth said alone, no disbursement's, the
                    # economy's.)
                    indicator=ECONOMY if economy else g.indicator,
                    # A goal is for a year (the calendar one, or the fiscal year it names) or for
                    # whole years ("giai đoạn 2026-2030").
                    period=str(
                        _a_part_still_to_come(g, period, ref_year, ref_month)
                        if _a_quarters_goal(g, period, fiscal)
                        or _a_parts_own_goal(g, period, text, ref_year, ref_month, lex)
                        else goal_year(period, fiscal)
                    ),
                    growth_pct=best.value if best else None,
                    value=value,
                    unit=unit if value is not None else None,
                    evidence=ev,
                )
            )
            continue
        amount = next((t for t in g.tokens if t.kind == "val"), None) if value is not None else None
        if (
            amount is not None
            and lex.counted_places_re is not None
            and _bound_of_places_counted(amount, text, lex)
        ):
            # "cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD": a bar the
            # places are counted by, no amount of the indicator.
            _drop(dropped, ev.text, "threshold", "an amount said as a threshold, not a figure")
            continue
        if (
            amount is not None
            and g.indicator is not None
            and not g.target
            and share_of_its_own_total(amount, g.indicator, text, lex)
        ):
            # "The capital city lured US$1.96 billion in FDI in the period, accounting for 19.3% of
            # total registered FDI in the country": a part of the total, not the total.
            _drop(dropped, ev.text, "part_of_total", "a share of the indicator's total, not the total")
            continue
        if (
            value is None
            and g.plan is None
            and period.length < YEARS_SPAN
            and _a_yearly_average(g, text, lex)
        ):
            # "Thu ngân sách tăng bình quân 2,25%/năm", "Average 5-year economic growth reached
            # 5.51%": an average a year over years it does not name, no rate of the months read.
            _drop(dropped, ev.text, "yearly_average", "an average rate a year over years not named")
            continue
        # ("29 localities reported disbursement rate of over 60 percent": a share of plan, too.)
        if value is None and _rates_are_thresholds(g, text, lex):
            # "20/34 localities will achieve GRDP growth of 8% or more", "các tỉnh tăng 10% trở
            # lên": a bar things are counted by, no level of the indicator (a goal keeps it).
            _drop(dropped, ev.text, "threshold", "a rate said as a threshold, not a figure")
            continue
        if g.part or (amount is not None and _said_as_a_share(amount, text, lex)):
            # ("..., trong đó có 2,1 triệu lượt khách quốc tế", "including 2.1 million foreign
            # tourists": a share of the total said before, a part, whose rate may follow alone.)
            named = next((t for t in g.tokens if t.kind == "ind" and t.data.get("part")), None)
            parts[len(facts)] = origin_of_the_part(named, lex) if named is not None else ""
        key = (g.indicator, str(period))
        if value is None and g.plan is None and best is not None and best.base == "unspecified":
            bare.append(len(facts))
        if g.growths:
            based.setdefault(key, []).extend(x.value for x in g.growths if x.base != "unspecified")
        if len(g.growths) > 1 and ev.start >= title_end:
            # The rates a figure's best one stood in for (a headline may quote one of them).
            rates.setdefault(key, []).extend(x.value for x in g.growths)
        if g.excluded or g.breakdown:
            excluded[len(facts)] = "part_left_out" if g.excluded else "breakdown"
        if ev.start < title_end and g.period is None:
            borrowed.append(len(facts))
        facts.append(
            IndicatorFact(
                indicator=g.indicator,
                period=key[1],
                value=value,
                unit=unit if value is not None else None,
                growth_pct=best.value if best else None,
                growth_base=(
                    ("other" if since_december and best.base == "unspecified" else _base(best.base))
                    if best
                    else None
                ),
                plan_pct=g.plan,
                evidence=ev,
            )
        )
    bare_of = {
        k: based.get((f.indicator, f.period), []) for k in bare if isinstance(f := facts[k], IndicatorFact)
    }
    gone: set[int] = set()  # the facts dropped after all were read
    if borrowed:
        body = [
            f
            for k, f in enumerate(facts)
            if isinstance(f, IndicatorFact) and f.evidence.start >= title_end and k not in parts
        ]
        contradicted = {k for k in borrowed if contradicted_in_body(facts[k], title_end, body, rates)}
        for k in sorted(contradicted):
            _drop(dropped, facts[k].evidence.text, "headline_other_months", HEADLINE_OTHER_MONTHS)
        gone |= contradicted
    if excluded:
        # "Nếu không tính dầu thô, kim ngạch xuất khẩu đạt ...", "Lượng khách lưu trú ...": beside
        # the total of the same months another measure; alone ("xuất khẩu (không kể dầu thô) đạt
        # 5,9 tỷ USD", "5,4 triệu lượt khách tham quan") the figure the text gives of the indicator.
        whole: dict[tuple[str, str], tuple[int, int]] = {}  # where the first total of those months is said
        for k, f in enumerate(facts):
            # (Not a part: "... khách lưu trú ... 17,3 triệu lượt. Trong đó, khách quốc tế ...";
            # nor a headline, which quotes the body's figure: "8 tháng đón hơn 8,3 triệu lượt
            # khách" over "tổng lượt khách lưu trú ước đạt hơn 8,3 triệu lượt".)
            if (
                k not in excluded
                and k not in parts
                and isinstance(f, IndicatorFact)
                and f.evidence.start >= title_end
            ):
                whole.setdefault((f.indicator, f.period), (f.evidence.start, f.evidence.end))
        places: list[tuple[int, int, str]] | None = None  # the gazetteer's names in the text, once
        for k in excluded:
            f = facts[k]
            if not isinstance(f, IndicatorFact) or (f.indicator, f.period) not in whole:
                continue
            # A breakdown follows its total ("Tổng lượt khách ... Trong đó, tổng lượt khách lưu
            # trú ..."); a total said after it is of another place when one is named on the way
            # ("Đà Nẵng ... tổng khách lưu trú tháng 10 ... Tại TP Huế, lượng khách ..."), else
            # the same ("Lượng khách lưu trú ... 520 nghìn lượt. Tổng lượt khách du lịch đạt ...").
            total = whole[(f.indicator, f.period)]
            if excluded[k] == "breakdown" and total[0] > f.evidence.start:
                if places is None:
                    places = regions_in(text, 0, len(text))
                if _another_place_on_the_way(text, f.evidence.end, total, places, lex):
                    continue
            gone.add(k)
            _drop(dropped, facts[k].evidence.text, excluded[k], OTHER_MEASURES[excluded[k]])
    if gone:
        keep = [k for k in range(len(facts)) if k not in gone]
        at = {k: n for n, k in enumerate(keep)}
        facts = [facts[k] for k in keep]
        parts = {at[k]: v for k, v in parts.items() if k in at}
        bare_of = {at[k]: v for k, v in bare_of.items() if k in at}
    return facts, dropped, parts, rates, bare_of


HEADLINE_OTHER_MONTHS = "a headline's rate the body states otherwise for the months it was given"
OTHER_MEASURES = {
    "part_left_out": "a measure that leaves a part of the total out",
    "breakdown": "a breakdown of the total beside it",
}


def _periods_only(stoks: list[Token], text: str, lex: Lexicon, frame: Frame) -> Period | None:
    """The context a sentence without figures leaves: its last period standing on its own (or
    a time a year back said first, before a comma: "Last year, the nation's trade ...")."""
    cur, last = None, None
    for k, t in enumerate(stoks):
        if t.kind != "per":
            continue
        p = resolve(t.data, lex, frame.about(cur or frame.context))
        t.data["period"] = p
        if p is None or t.data.get("base") or t.data.get("after_average") or t.data.get("since"):
            continue
        cur = p
        if (absolute(t) or opens_looking_back(stoks, k, text)) and not _of_a_plan(t, stoks):
            last = p
    return last


TASK_PERIOD_GAP = 2  # "key tasks[ ]for 2026", "nhiệm vụ trọng tâm[ ]năm 2026": the period right after


def _the_tasks_own_period(stoks: list[Token]) -> bool:
    """The sentence's last period is said right after its tasks ("completed 21 of its 35 key
    tasks for 2026", "21/35 nhiệm vụ trọng tâm năm 2026"): the year they were set for."""
    k = next((k for k in range(len(stoks) - 1, -1, -1) if stoks[k].kind == "per"), -1)
    return (
        k > 0
        and stoks[k - 1].kind in ("task_noun", "task_scope")
        and stoks[k].start - stoks[k - 1].end <= TASK_PERIOD_GAP
    )


def _of_a_plan(t: Token, stoks: list[Token]) -> bool:
    """The period t is a plan's, named right after its word ("thực hiện tốt nhiệm vụ, kế hoạch
    năm 2023", "the 2023 plan"): no time the figures after are of."""
    return any(
        is_cue(c, ("plan.after", "plan.before", "target")) and c.start < t.start and c.end >= t.start - 2
        for c in stoks
    )


def _items_named_at_the_end(sgroups: list[Group], stoks: list[Token]) -> None:
    """A list of figures by period whose indicator is named after the last one alone ("पहली
    तिमाही में 26.15 लाख, दूसरी तिमाही में 16.48 लाख और तीसरी तिमाही में 19.2 लाख विदेशी
    पर्यटक आए"): every item is that indicator's."""
    named = [t.start for t in stoks if t.kind in ("ind", "block")]  # (in order of start)
    for k, g in enumerate(sgroups):
        if g.indicator is None or g.value is None or k == 0:
            continue
        own = next((t for t in g.tokens if t.kind == "val"), None)
        if own is None:
            continue
        j = k - 1
        while j >= 0:
            item = sgroups[j]
            val = next((t for t in item.tokens if t.kind == "val"), None)
            if (
                item.indicator is not None
                or val is None
                or item.growths
                or not item.period_from_sentence
                or not _same_measure(item.unit, g.unit, g.indicator)
                or bisect.bisect_left(named, val.end) < bisect.bisect_left(named, own.start)
            ):
                break
            item.indicator = g.indicator
            if item.unit is None:
                item.unit = g.unit
            j -= 1


def _grown_from_a_year_before(
    sgroups: list[Group], stoks: list[Token], ref_year: int | None, ref_month: int | None
) -> None:
    """ "India's real GDP grew to Rs 147.36 lakh crore from Rs 135.58 lakh crore in 2020-21": the
    sentence's one time is the figure's it grew from; the figure it grew to, said before it with
    no time of its own, is of the same months a year on (unless those are still to come)."""
    times = [t for t in stoks if absolute(t)]
    if len(times) != 1:
        return
    when = times[0]
    for k, g in enumerate(sgroups[:-1]):
        ref = sgroups[k + 1]
        if (
            g.reference
            or g.value is None
            or not ref.reference
            or ref.value is None
            or ref.indicator != g.indicator
            or ref.period is None
            or g.period not in (None, ref.period)
        ):
            continue
        own = [x for x in g.tokens if x.kind == "val"]
        base = [x for x in ref.tokens if x.kind == "val"]
        if not own or not base or own[-1].end > base[0].start:
            continue
        if when.start < base[-1].end and not (
            # ("..., जो 2022 के 61.9 लाख की तुलना में 13 प्रतिशत अधिक है": the time said right
            # before the amount it grew from, joined to it, is that amount's.)
            own[-1].end <= when.start and _right_before(when, base[0], stoks)
        ):
            continue
        if ref.period.length > 12:
            # ("पिछले 10 वर्षों में ... 640 अरब डॉलर का एफडीआई आया, जो 2004-2014 के 290 अरब डॉलर की
            # तुलना में 120 प्रतिशत अधिक है": a total of years set against another's, whose own
            # years the text does not name.)
            g.stock = True
            continue
        later = ref.period.shift_years(1)
        if not _begins_after(later, ref_year, ref_month):
            g.period, g.period_from_sentence = later, True


def _right_before(a: Token, b: Token, stoks: list[Token]) -> bool:
    """Token `b` is the next after `a` in the sentence's tokens (nothing starts between them)."""
    return not any(a.end <= t.start < b.start for t in stoks)


def _grown_from_one_time_to_another(
    sgroups: list[Group], stoks: list[Token], text: str, lex: Lexicon
) -> None:
    """ "Exports rose 11% from $42.06 billion in 2019 to $46.82 billion in 2020", "tăng 11%, từ
    42,06 tỷ USD năm 2019 lên 46,82 tỷ USD năm 2020", "2019 के 42.06 अरब डॉलर से 11% बढ़कर 2020
    में 46.82 अरब डॉलर": the rate is the later figure's, the one it moved to, not the earlier
    one's (nor the time the sentence names first)."""
    starts = [t.start for t in stoks]
    for k in range(len(sgroups) - 1):
        g, to = sgroups[k], sgroups[k + 1]
        if not g.growths or g.reference or g.target:
            continue
        if g.value is None and g.period is None and k + 2 < len(sgroups):
            # The rate in a group of its own, the figure it grew from after it.
            ref, to = to, sgroups[k + 2]
            if (
                ref.reference
                and ref.value is not None
                and ref.period is not None
                and to.value is not None
                and to.period is not None
                and to.period != ref.period
                and not to.reference
                and not to.target
                and not to.growths
                and g.indicator == ref.indicator == to.indicator
            ):
                g.period, g.period_from_sentence = to.period, True
            continue
        if (
            to.value is None
            or to.period is None
            or to.reference
            or to.target
            or to.growths
            or g.indicator != to.indicator
            or g.value is None
            or g.period is None
            or g.period.end_date() >= to.period.start_date()
        ):
            continue
        own = [x for x in g.tokens if x.kind == "val"]
        later = [x for x in to.tokens if x.kind == "val"]
        if not own or not later or own[-1].end > later[0].start:
            continue
        between = text[own[-1].end : later[0].start].lower()
        lo = bisect.bisect_left(starts, own[-1].end)
        hi = bisect.bisect_left(starts, later[0].start)
        moved = has_word(between, (*lex.level_to, *lex.change_to)) or any(
            is_cue(c, ("level.before",)) and c.end <= later[0].start for c in stoks[lo:hi]
        )
        rates = [x for x in g.tokens if x.kind == "pct"]
        # (The rate said before "from" and the earlier figure, or between the two figures: not
        # "rose 10% to $5 billion in Q1 and to $6 billion in Q2".)
        grew_from = ends_with_word(
            text[max(0, own[0].start - 12) : own[0].start].lower().strip(), lex.grew_from
        )
        if moved and rates and (grew_from or own[-1].end <= rates[-1].start < later[0].start):
            to.growths, g.growths = g.growths, []


def _same_measure(unit: str | None, named: str | None, indicator: str) -> bool:
    """An item's unit beside the named one's: the same, or none said where the indicator counts."""
    return unit == named or (unit is None and indicator in COUNT_INDICATORS)


TOTAL_AMOUNT_GAP = 4  # "tổng vốn đăng ký [ ]2,1 tỷ USD": the amount right after the name


def _total_named_again(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A short name said with a word of total past a sub-topic, right before its amount, names
    again the indicator said before it in the sentence ("thu hút 82 dự án FDI cấp mới và điều
    chỉnh tăng vốn với tổng vốn đăng ký 2,1 tỷ USD"): the amount is the total's, not the
    sub-topic's (`combined_totals`: the words of a total)."""
    out = stoks
    named: set[str] = set()
    past_a_part = False  # a sub-topic said since the last indicator named, and no figure
    for k, t in enumerate(stoks):
        if t.kind == "ind":
            named.add(str(t.data["indicator"]))
            past_a_part = False
        elif t.kind == "block":
            past_a_part = True
        elif t.kind in ("val", "pct"):
            # ("Xuất khẩu đạt 5 tỷ USD; trong đó, mặt hàng dệt may với tổng kim ngạch 1,2 tỷ USD":
            # past the indicator's own figure, a part's total.)
            past_a_part = False
        elif (
            t.kind == "ellipsis"
            and past_a_part
            and str(t.data["value"]) in named
            and starts_with_word(t.text.lower(), lex.combined_totals)
        ):
            amount = next((x for x in stoks[k + 1 :] if x.kind != "cue"), None)
            if amount is not None and amount.kind == "val" and amount.start - t.end <= TOTAL_AMOUNT_GAP:
                if out is stoks:
                    out = list(stoks)
                again = indicator_named_by(t)
                again.data["total_again"] = True  # (not the sub-topic's "with": assemble)
                out[k] = again
    return out


def _short_name_repeated_after_an_amount(stoks: list[Token], text: str) -> list[Token]:
    """A short name right after an amount that repeats the indicator the sentence named before
    ("The trade deficit in July was $27.35 billion, compared with a $18.78 billion deficit in
    June"): the amount's noun, no new topic; dropped, the period after it is the amount's."""
    named: set[str] = set()
    for k, t in enumerate(stoks):
        if t.kind == "ind":
            named.add(str(t.data["indicator"]))
        elif (
            t.kind == "ellipsis"
            and k
            and stoks[k - 1].kind == "val"
            and str(t.data["value"]) in named
            and not text[stoks[k - 1].end : t.start].strip()
        ):
            return [*stoks[:k], *stoks[k + 1 :]]
    return stoks


def _plan_naming_its_indicator(stoks: list[Token], text: str, start: int) -> list[Token]:
    """A word of plan opening a sentence right before an indicator's name ("Dự toán thu ngân
    sách nhà nước ... giao năm 2025 là 21.393 tỷ đồng", "Kế hoạch vốn đầu tư công năm 2026 là
    ..."): the amount after is the plan's, a goal, as after "mục tiêu" (not "Thực hiện kế
    hoạch thu ngân sách năm 2026, 10 tháng tỉnh đã thu được ...", the plan carried out)."""
    out = stoks
    for k, t in enumerate(stoks[:-1]):
        if t.kind != "cue" or t.data.get("cue") != "plan.after":
            continue
        if any(ch.isalnum() for ch in text[start : t.start]):
            break  # (only the sentence's first words)
        nxt = next((x for x in stoks[k + 1 :] if x.start >= t.end), None)
        if nxt is None or nxt.kind != "ind" or text[t.end : nxt.start].strip():
            continue
        before = stoks[k - 1] if k else None
        if (
            before is not None
            and before.kind in ("pct", "val", "num")
            and not text[before.end : t.start].strip(" ,")
        ):
            continue  # "bằng 77,4% dự toán": the plan a share is of
        if out is stoks:
            out = list(stoks)
        out.insert(out.index(t) + 1, Token("cue", t.start, t.end, t.text, {"cue": "target"}))
    return out


def _balance_said_with_its_amount(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """ "cán cân thương mại hàng hóa vẫn duy trì xuất siêu với 2,8 tỷ USD": the words of trade
    with a partner ("xuất siêu với") right before an amount, no partner named between, are the
    balance itself, its amount after them."""
    out = stoks
    for k, t in enumerate(stoks[:-1]):
        nxt = stoks[k + 1]
        if t.kind != "block" or nxt.kind != "val" or text[t.end : nxt.start].strip():
            continue
        words = t.text.lower().split()
        if len(words) < 2:
            continue
        name = " ".join(words[:-1])
        hit = next(
            (
                e
                for a, b, entries in find_phrases(lex, name)
                if a == 0 and b == len(name)
                for e in entries
                if e.category == "indicator"
            ),
            None,
        )
        if hit is None:
            continue
        if out is stoks:
            out = list(stoks)
        out[k] = indicator_token(t.start, t.start + len(name), text[t.start : t.start + len(name)], hit)
    return out


def _pair_said_respectively(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """Two indicators joined in one name that is otherwise their total ("import and export
    revenues were over 19.1 billion USD and 12.7 billion USD, respectively", "kim ngạch xuất,
    nhập khẩu lần lượt đạt ..."), said "respectively": the two, in turn."""
    said = next((t.start for t in stoks if is_cue(t, ("respectively",))), None)
    if said is None:
        return stoks
    out = stoks
    for k, t in enumerate(stoks):
        # (Only the name the word is said of, before it: "...; tổng kim ngạch xuất, nhập khẩu cả
        # năm 2025 đạt 63,1 tỷ USD" after it is the total.)
        if t.kind != "block" or t.start > said:
            continue
        pair = _two_indicators_in(t, lex)
        if pair is None:
            continue
        if out is stoks:
            out = list(stoks)
        out[k : k + 1] = list(pair)
    return out


def _two_indicators_in(t: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The two indicators a name joins with a comma or a conjunction, in their order, the second
    one's head word lent to the first where it goes without ("xuất, nhập khẩu": exports, imports)."""
    lowered = t.text.lower()
    joins = [j for j in (",", *(f" {c} " for c in lex.conjunctions)) if j in lowered]
    if len(joins) != 1 or lowered.count(joins[0]) != 1:
        return None
    cut = lowered.index(joins[0])
    first, second = lowered[:cut].strip(), lowered[cut + len(joins[0]) :].strip()
    found: list[tuple[str, Phrase]] = []
    for name, alt in ((first, f"{first} {second.split()[-1]}" if second else first), (second, second)):
        entry = next(
            (e for n in (name, alt) for e in lex.phrases.get(n, ()) if e.category == "indicator"), None
        )
        if entry is None:
            return None
        found.append((name, entry))
    if found[0][1].value == found[1][1].value:
        return None
    rest = lowered[cut + len(joins[0]) :]
    second_start = t.start + cut + len(joins[0]) + len(rest) - len(rest.lstrip())
    spans = ((t.start, t.start + len(lowered[:cut].rstrip())), (second_start, t.end))
    made = [
        indicator_token(a, b, t.text[a - t.start : b - t.start], e)
        for (a, b), (_, e) in zip(spans, found, strict=True)
    ]
    return made[0], made[1]


GOAL_HEADING = 48  # "Kế hoạch năm 2026:", "Targets for 2026:": a heading this short before its colon


def _goal_heading(
    stoks: list[Token], text: str, s: Sentence, lex: Lexicon, frame: Frame
) -> tuple[list[Token], bool]:
    """A sentence that opens with a heading of plans or targets and a colon ("Kế hoạch năm 2026:
    GRDP tăng 8,5%; ...", "Targets for 2026: ...") lists goals: a word of goal at the colon.
    Also whether the heading stands alone on its line, opening a list of goals in the items
    below it: so when it names no time already over at publication ("Các chỉ tiêu chủ yếu 9
    tháng:" in October heads results)."""
    colon = text.find(":", s.start, s.start + GOAL_HEADING)
    if colon < 0 or any(t.start < colon and t.kind in ("val", "pct") for t in stoks):
        return stoks, False
    head = text[s.start : colon].lower()
    if has_word(head, lex.result_words):
        return stoks, False  # "Kết quả thực hiện kế hoạch 9 tháng:": what was done, not what is aimed at
    # (With no publication month to tell, a whole year's heading is of its goals, a part's of
    # results: "Các chỉ tiêu chủ yếu năm 2026:", "Một số chỉ tiêu chủ yếu 9 tháng năm 2026:".)
    alone = not text[colon + 1 : s.end].strip() and all(
        p is None
        or (_after(p, frame.ref_year, frame.ref_month) if frame.ref_month is not None else p.length == 12)
        for p in (resolve(t.data, lex, frame) for t in stoks if t.kind == "per" and t.start < colon)
    )
    if any(t.start < colon and is_cue(t, ("target",)) for t in stoks):
        return stoks, alone  # "Key targets for 2026:": a word of goal there already
    if not (has_word(head, lex.plan_words) or has_word(head, tuple(f"{w}s" for w in lex.plan_words))):
        return stoks, False
    goal = Token("cue", colon, colon + 1, ":", {"cue": "target"})
    return sorted([*stoks, goal], key=lambda t: (t.start, t.end)), alone


def _goal_item(stoks: list[Token], text: str, s: Sentence) -> list[Token]:
    """An item of a list of goals ("- Tốc độ tăng trưởng GRDP: 8,5%."): a word of goal at its
    bullet."""
    goal = Token("cue", s.start, s.start + 1, text[s.start], {"cue": "target"})
    return [goal, *stoks]


# The same months a year back, named as such (a bare "a year ago" carries no months of its own;
# the assembler's SAME_MONTHS_BACK, for bases, counts it too).
SAME_PERIOD_NAMED_BACK = frozenset({"same_period_last_year", "same_period_year", "fiscal_same_quarter"})
GROWTH_VERB_WORDS = 3  # "[की वृद्धि] देखी गई है": the verb after a word of growth
COPULA_WORDS = 1  # "[थी]": after the rate of a period said alone
YEAR_BACK_WORDS = 3  # "[में] 5.6 प्रतिशत", "[tăng] 6,1%", "[में यह] ...": between the period and its rate


def _shorter_from_the_same_start(p: Period, q: Period) -> bool:
    """ "đến ngày 20/6, tổng vốn FDI ... giảm 4,3%. Trước đó, 5 tháng, mức giảm là 7,3%": the
    months so far at an earlier month, looked back on."""
    return (p.start_year, p.start_month) == (q.start_year, q.start_month) and (p.end_year, p.end_month) < (
        q.end_year,
        q.end_month,
    )


def _base_of_the_rate_before(stoks: list[Token], k: int) -> bool:
    """The mention stoks[k] ("over the same period") is also read as the base of the rate right
    before it ("up 15% over the same period"): a year back, not the period of the figures
    last read."""
    t = stoks[k]
    if not any(x.kind == "cue" and x.data["cue"] == "yoy" and x.start == t.start for x in stoks):
        return False
    before = next((x for x in reversed(stoks[:k]) if x.kind != "cue"), None)
    return before is not None and before.kind == "pct" and t.start - before.end <= BASE_GAP


BASE_GAP = 2  # "15%[ ]over the same period"


def _rates_of_periods_alone(stoks: list[Token], text: str, start: int, lex: Lexicon) -> bool:
    """A sentence that names nothing and gives only rates of growth with their periods ("Quý I
    tăng 5,2%; quý II tăng 6,1%", "पहली तिमाही में 2021-22 के 20.1 प्रतिशत की तुलना में 13.5
    प्रतिशत की वृद्धि दर्शायी गई है"): the rates of the indicator just spoken of."""
    if any(t.kind not in ("pct", "per", "cue") for t in stoks) or not stoks:
        return False
    if any(t.kind == "cue" and t.data["cue"].startswith("target") for t in stoks):
        return False  # ("Để đạt mục tiêu ... 8% cả năm, quý IV phải tăng trưởng trên 9%": a goal's)
    first = next((t for t in stoks if t.kind == "pct"), None)
    if first is None:
        return False
    # ("राष्ट्रीय सांख्यिकी कार्यालय (NSO) के आकड़े के मुताबिक चालू वित्त वर्ष की पहली तिमाही में 13.5
    # प्रतिशत की दर से वृद्धि हुई है": who says so is no subject.)
    start = _past_an_attribution(text, start, first.start, lex)
    if _unread_words(stoks, text, start, first.start) > UNREAD_BEFORE_RATE:
        return False  # ("जनवरी माह में परिवहन उपकरण के उत्पादन समूह में ... 33.1 प्रतिशत": a subject unread)
    return any(t.kind == "per" and not t.data.get("base") for t in stoks) and any(
        t.kind == "cue" and t.data["cue"].startswith(("growth_up", "growth_down")) for t in stoks
    )


UNREAD_BEFORE_RATE = 3  # "पहली तिमाही [में] 2021-22 [के] 20.1 प्रतिशत": short words between readings


def _past_an_attribution(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the words before `end` go on past a phrase saying whose figures they are
    ("... के आकड़े के मुताबिक", "According to the NSO,")."""
    said = text[start:end].lower()
    for w in lex.attribution_after:
        k = said.rfind(f"{w} ")
        if k >= 0:
            start = max(start, text.find(" ", start + k + len(w)))
    if said.lstrip().startswith(lex.attribution_before) and "," in said:
        start = max(start, start + said.find(",") + 1)
    return start


def _unread_words(stoks: list[Token], text: str, start: int, end: int) -> int:
    """How many words between `start` and `end` no token reads."""
    covered = [(t.start, t.end) for t in stoks if t.start < end]
    pos, words = start, 0
    for a, b in sorted(covered):
        if a > pos:
            words += len(text[pos : min(a, end)].split())
        pos = max(pos, b)
    if pos < end:
        words += len(text[pos:end].split())
    return words


MUST_REACH = 96  # "quý IV [phải] tăng trưởng 10,1%": a word of must this close to the goal's figure
SCENARIO_REACH = 32  # "thấp hơn [kịch bản đề ra (]8,1%": the scenario's word this close before
YEARS_SPAN = 24  # a period of two whole years or more is one a yearly average can be of
AVERAGE_REACH = 60  # "[Average 5-year economic growth (GRDP) reached ]5.51%": that close before


def _a_parts_own_goal(
    g: Group, period: Period, text: str, ref_year: int | None, ref_month: int | None, lex: Lexicon
) -> bool:
    """A goal of a part of the year, named by the sentence before the goal's words (not by the
    goal's own figure: "mục tiêu tăng trưởng 8,5% năm 2025, quý IV ..." stays the year's):
    - a growth scenario a part's figure is set against ("Quý I/2026, GRDP ước đạt 7,12%, thấp
      hơn kịch bản đề ra (8,1%)": scenarios are set quarter by quarter, unless the year is
      named, "kịch bản tăng trưởng cả năm 8%");
    - a month's, not yet over ("Tháng 11, tỉnh phấn đấu thu ngân sách đạt 1.200 tỷ đồng");
    - what a quarter or half not yet over must achieve ("Để đạt mục tiêu, quý IV phải tăng
      trưởng 10,1%", "fourth-quarter growth must reach 10.1%"), not the year's goal said in a
      report on that quarter.
    (Words looked for near the goal's figure only: a run-on sentence of many goals stays linear.)"""
    if g.period not in (None, period) or any(t.kind == "per" for t in g.tokens):
        return False
    figure = next((t for t in g.tokens if t.kind in ("pct", "val")), None)
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if (
        rate is not None
        and period.length < 12
        # (Of months the sentence names, or, in brackets right after a result, of the months
        # the text is about: "Số liệu kinh tế 6 tháng ... - Tăng trưởng GRDP: 7,4% (kịch bản 7,8%)".)
        # (Or of the months in context where the sentence names none of its own: "The figure was
        # higher than ... but lower than the scenario of 9.8 percent".)
        and (
            g.period_from_sentence
            or g.period is None
            or "(" in text[max(0, rate.start - SCENARIO_REACH) : rate.start]
        )
        and (
            has_word(words_near(text, rate.start - SCENARIO_REACH, rate.start), lex.scenario_words)
            # ("below the 11 percent scenario": the scenario named right after its rate.)
            or words_near(text, rate.end, rate.end + SCENARIO_REACH).startswith(lex.scenario_words)
        )
    ):
        return True
    if not g.period_from_sentence or g.period != period:
        return False
    if ref_year is None or (period.end_year, period.end_month) < (ref_year, ref_month or 1):
        return False
    if period.length == 1:
        return True
    return (
        figure is not None
        and period.length in (QUARTER, 2 * QUARTER)
        and (period.start_month - 1) % QUARTER == 0
        and has_word(words_near(text, figure.start - MUST_REACH, figure.end + MUST_REACH), lex.must_words)
    )


def _another_place_on_the_way(
    text: str, end: int, whole: tuple[int, int], places: list[tuple[int, int, str]], lex: Lexicon
) -> bool:
    """A place is named between a breakdown ending at `end` and the total said after it (at
    `whole`): a province or state of the gazetteer (`places`, the text's, in order), or a word
    of place before the total ("Tại tỉnh lân cận, lượng khách ..."), so the total is that
    place's."""
    k = bisect.bisect_left(places, (end,))
    named = k < len(places) and places[k][1] <= whole[1]
    return named or has_word(words_near(text, end, whole[0]), lex.place_words)


SHARE_REACH = 20  # "trong đó[ có ]2,1 triệu", "जिनमें[ ]21 लाख": a share word this close before


def _said_as_a_share(amount: Token, text: str, lex: Lexicon) -> bool:
    """The amount follows a word of share right away, a word or so between at most ("trong đó
    có 2,1 triệu lượt khách quốc tế", "including 2.1 million foreign tourists")."""
    before = words_near(text, amount.start - SHARE_REACH, amount.start).split()
    return any(
        " ".join(before[len(before) - n - k : len(before) - k]) in lex.share_words
        for n in (1, 2, 3)
        for k in (0, 1)
        if len(before) >= n + k
    )


LOOKING_BACK_MONTHS = 2  # a report this early in a year may look back on the last one's goals


def _a_part_still_to_come(g: Group, period: Period, ref_year: int | None, ref_month: int | None) -> Period:
    """A part of a year set as a goal with no year said, read as one already past ("phấn đấu
    ... quý III tăng 8,3% và quý IV tăng 8,6%" in April: the fourth quarter read as the last
    one gone), is the one still to come this year; not in a report of the year's first months,
    which may look back on the year just ended's."""
    if (
        ref_year is None
        or ref_month is None
        or ref_month <= LOOKING_BACK_MONTHS
        or period.length >= 12
        or period.end_year >= ref_year
    ):
        return period
    said = [t for t in g.tokens if t.kind == "per" and t.data.get("period") == period]
    if not said or any(part.get("y") for t in said for part in mention_parts(t.data)):
        return period
    return period.with_year(ref_year)


def _a_yearly_average(g: Group, text: str, lex: Lexicon) -> bool:
    """The group's rate is an average a year: said per year ("2,25%/năm", "2.25% per year",
    "2.25% प्रति वर्ष") or of several years ("average 5-year growth", "bình quân 5 năm")."""
    rates = [x for x in g.tokens if x.kind == "pct"]
    if not rates:
        return False
    if any(
        text[x.end : x.end + 16].lower().lstrip().startswith(lex.per_year_after)
        for x in rates
        if lex.per_year_after
    ):
        return True
    return has_word(
        words_near(text, rates[0].start - AVERAGE_REACH, rates[0].start), lex.years_average_before
    )


def _a_quarters_goal(g: Group, period: Period, fiscal: bool) -> bool:
    """A goal said with its quarter or half ("quý IV phải tăng trưởng trên 9,3%", "must grow by
    9.3% in the fourth quarter", "9.3 percent in the first half") or its last months ("the
    target for the last 2 months of the year"): that part's, not the year's (whose own goal is
    said beside it)."""
    if (
        not fiscal
        and not period.to_date
        and 2 <= period.length < 12
        and period.length != QUARTER
        and period.end_month == DECEMBER
    ):
        # The year's last months (not December alone, nor a quarter: the year's goal may be
        # said in a sentence about them; nor a fiscal year's months to December, nor any
        # running total), whose goal is what is left of the year's.
        return True
    return period.length < 12 and any(
        t.kind == "per" and t.data.get("period") == period and mentions_only(t, PARTS_OF_A_YEAR)
        for t in g.tokens
    )


def _a_year_back_alone(stoks: list[Token], text: str, end: int) -> bool:
    """A sentence that is only the same months a year back and a rate, the subject left unsaid
    ("पिछले वित्त वर्ष की इसी अवधि में 5.6 प्रतिशत रही थी", "Cùng kỳ năm 2025 tăng 6,1%"), or
    only another period, its rate and a verb to be ("सितंबर में 3.99% थी"): the rate of the
    indicator just spoken of, then."""
    said = [t for t in stoks if t.kind != "cue"]
    if len(said) != 2 or said[0].kind != "per" or said[1].kind != "pct":
        return False
    # (Words a cue reads count for none: "पूरे वित्त वर्ष 2024-25 के लिए [ग्रोथ रेट] 6.5 फीसदी रहा".)
    if _unread_words(stoks, text, said[0].end, said[1].start) > YEAR_BACK_WORDS:
        return False
    if mention_parts(said[0].data)[0]["kind"] in SAME_PERIOD_NAMED_BACK:
        return True
    # ("अप्रैल महीने में 21.96 फीसदी की वृद्धि देखी गई है": a word of growth and its verb.)
    tail = text[said[1].end : end]
    grown = [
        t for t in stoks if t.kind == "cue" and t.start >= said[1].end and t.data["cue"].startswith("growth_")
    ]
    for c in grown:
        tail = tail.replace(c.text, " ")
    return len(tail.split()) <= (GROWTH_VERB_WORDS if grown else COPULA_WORDS)


def _an_amount_of_a_period_alone(stoks: list[Token], text: str, lex: Lexicon, carried: object) -> bool:
    """A sentence that is only a period and an amount of what the indicator just spoken of is
    measured in, with a verb of receiving after it ("बीते वर्ष अक्तूबर में 17,111 करोड़ रुपये मिले
    थे") or of result before it and its rates after ("Đầu năm đến nay, ước tính đạt 78.591 tỷ
    đồng, tăng 11,43%"): the subject left unsaid, that indicator's figure of the period."""
    said = [t for t in stoks if t.kind != "cue"]
    if len(said) < 2 or said[0].kind != "per" or said[1].kind != "val":
        return False
    if any(t.kind not in ("pct", "per") for t in said[2:]):
        return False  # (after the amount only its rates and the periods they are against)
    unit, measure = said[1].data.get("unit"), INDICATORS.get(str(carried))
    if not ((measure == "money" and money(unit)) or (measure == "count" and unit == "count")):
        return False
    gap = text[said[0].end : said[1].start]
    if len(said) == 2 and len(gap.split()) <= YEAR_BACK_WORDS:
        after = text[said[1].end : said[1].end + RECEIVED_REACH].lstrip().lower()
        if starts_with_word(after, lex.received_words):
            return True
    gap = gap.strip(" ,:").lower()
    alone = next((w for w in lex.alone_words if gap.startswith(f"{w} ")), None)
    if alone is not None:
        gap = gap[len(alone) :].lstrip(" ,")  # ("July alone brought in VND 38.5 trillion")
    return starts_with_word(gap, lex.result_verbs)


def _a_goal_in_its_measure_alone(stoks: list[Token], carried: object, text: str, lex: Lexicon) -> bool:
    """A sentence that names nothing and sets a goal of one amount in what the indicator just
    spoken of is measured in, money or a physical unit, for a period it names ("... tax revenue
    ... stood at Rs 2.45 lakh crore. The state tax department has set a target of Rs 2.8 lakh
    crore for 2026-27", "... के लिए 2.8 लाख करोड़ रुपये का लक्ष्य तय किया गया है", "The power
    company aims for 3.2 billion kWh in 2025"): that indicator's goal. (Not a count: "aims to
    attract 50 projects" counts something else.)"""
    measure = INDICATORS.get(str(carried))
    if measure not in ("money", "physical"):
        return False
    if not any(t.kind == "per" for t in stoks):
        return False  # ("The state aims to become a $1 trillion economy": a vision of no period)
    figure = _a_goal_s_one_figure(stoks)
    if figure is None or figure.kind != "val" or _sizes_the_noun_after(figure, text, lex):
        return False
    unit = figure.data.get("unit")
    return money(unit) if measure == "money" else physical(unit)


def _a_goal_s_one_figure(stoks: list[Token]) -> Token | None:
    """The one figure of a sentence that sets a goal and names nothing (its cues and periods
    aside), else None."""
    if not any(is_cue(t, ("target",)) for t in stoks):
        return None
    said = [t for t in stoks if t.kind not in ("cue", "per")]
    return said[0] if len(said) == 1 else None


def _named_right_before_its_rate(g: Group) -> bool:
    """The group's name stands close before its first rate ("disbursement growth of 20%"), so a
    word of growth between is that indicator's."""
    rate = next((t.start for t in g.tokens if t.kind == "pct"), None)
    return rate is not None and any(
        t.kind == "ind" and 0 <= rate - t.end <= NAME_BEFORE_RATE for t in g.tokens
    )


NAME_BEFORE_RATE = 32  # "disbursement[ growth of ]20%"


def _a_share_of_the_plan_alone(stoks: list[Token]) -> bool:
    """A sentence that names nothing and gives only shares of a plan ("... a GST collection target
    of Rs 65,000 crore for 2026-27. In six months, 45.4 per cent of the target has been achieved",
    "इस हिसाब से छह महीनों में लक्ष्य का 45.4 प्रतिशत हासिल हो गया है"): of the indicator just
    spoken of."""
    if any(t.kind in ("ind", "block", "ellipsis") for t in stoks):
        return False
    numeric = [t for t in stoks if t.kind in NUMERIC]
    return (
        bool(numeric)
        and all(t.kind == "pct" for t in numeric)
        and any(is_cue(t, ("plan.before", "plan.after")) for t in stoks)
    )


def _a_rate_goal_alone(stoks: list[Token], carried: object, text: str, lex: Lexicon) -> bool:
    """A sentence that names nothing and sets one rate as a goal, right after the economy's
    growth or the price index was spoken of ("... grew 6.1% ... Local officials had set a target
    of 8% for this year"): that indicator's goal. (Not after a share of a plan: "a target of 95%"
    is then a share to reach, read nowhere; nor a goal of growth after the price index, "For 2026,
    the government has set a growth target of 10% or more": the economy's.)"""
    if carried not in LEVEL_IS_GROWTH:
        return False
    figure = _a_goal_s_one_figure(stoks)
    if figure is None or figure.kind != "pct":
        return False
    return carried != "cpi" or not growth_said_of(figure, stoks, text, lex)


SIZED_NOUN_REACH = 24  # "a $1 trillion[ economy]": the noun right after the amount


def _sizes_the_noun_after(val: Token, text: str, lex: Lexicon) -> bool:
    """The amount stands between an article and the noun it sizes ("The state aims to become a $1
    trillion economy by 2030", "a $2 billion port"): that noun's size, no figure of an indicator
    (a mark passed or aimed at is one: "a $1 billion mark", and so is a goal: "a $5 billion
    target")."""
    before = text[max(0, val.start - SIZED_NOUN_REACH) : val.start].rstrip().lower()
    unit = next((u for u in lex.units_before if before.endswith(u)), "")  # "a [$]1 trillion"
    if not ends_with_word(before[: len(before) - len(unit)].rstrip(), lex.size_articles):
        return False
    after = text[val.end : val.end + SIZED_NOUN_REACH].lstrip(" -").lower().split(maxsplit=1)
    word = after[0].rstrip(".,;:") if after else ""
    return word.isalpha() and word not in lex.mark_nouns and word not in lex.goal_nouns


def _a_bound_looked_back_on(g: Group, period: Period, ctx: Period | None, text: str, lex: Lexicon) -> bool:
    """The group's one figure is a rate said as a bound ("more than 4%", "चार प्रतिशत से अधिक")
    of a time ending before the months the text is about."""
    if g.value is not None or g.plan is not None or len(g.growths) != 1 or ctx is None:
        return False
    if not period.ends_before(ctx):
        return False
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    if rate is None:
        return False
    said_before = text[max(0, rate.start - POSSESSIVE_REACH) : rate.start].split()
    if g.reference and said_before and said_before[-1].lower() in lex.period_possessives:
        return False  # "जो सितंबर के 3.6 प्रतिशत से अधिक है": more than that month's figure, no bound
    return said_as_bound(rate.start, rate.end, text, lex) and not _compared_with_a_copula(rate, text, lex)


def _compared_with_a_copula(rate: Token, text: str, lex: Lexicon) -> bool:
    """A word of bound right after the rate, then a copula ("... 8.1 प्रतिशत से अधिक है"): the
    rate is compared with, a figure of its own."""
    after = text[rate.end : rate.end + COMPARED_COPULA_REACH].lower()
    for mark in lex.mark_after:
        rest = after.lstrip()
        if rest.startswith(f"{mark} "):
            words = rest[len(mark) :].split()
            return bool(words) and words[0].rstrip(",.;।") in lex.compared_copulas
    return False


COMPARED_COPULA_REACH = 24  # " से अधिक है": the word of bound and the copula right after the rate


POSSESSIVE_REACH = 8  # "सितंबर[ के ]3.6 प्रतिशत"


def _done_said_at(tokens: list[Token], text: str, lex: Lexicon) -> int | None:
    """Where the tokens first say tasks done: a word of completion, else one read only right
    before a count ("tỉnh đạt 21/24 chỉ tiêu"); None where they say none."""
    done = next((t.start for t in tokens if t.kind == "task_done"), None)
    if done is not None or not lex.task_done_before_count:
        return done
    return next(
        (at for t in tokens if t.kind == "num" and (at := done_right_before(text, t.start, lex)) is not None),
        None,
    )


def _names_tasks(t: Token, lex: Lexicon) -> bool:
    """The token names tasks: a task noun, or a longer phrase that ends in one ("15 में से 14
    सामाजिक-आर्थिक विकास लक्ष्य ... पूरे हुए": the words of a growth goal hide the noun)."""
    if t.kind == "task_noun":
        return True
    if t.kind != "cue":
        return False
    # (... or begins with one: "22/25 chỉ tiêu Nghị quyết đề ra", a goal's words after the noun.)
    low = t.text.lower()
    last = low.rsplit(maxsplit=1)[-1:]
    return (bool(last) and last[0] in lex.task_nouns) or low.startswith(lex.task_noun_heads)


OPENING_WORDS = 2  # "Accordingly, by September 30, ...": a linking word or two before the clause
OPENING_REACH = 40  # ... said within this many characters before its comma


def _opens_clause(text: str, pos: int) -> bool:
    """Nothing but spaces (or a linking word and its comma: "Accordingly, ...") stands between
    `pos` and the start of its sentence or clause."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in ".;:\n।!?":
        return True
    if text[k - 1] != ",":
        return False
    head = text[max(0, k - OPENING_REACH) : k - 1]
    cut = max(head.rfind(c) for c in ".;:\n।!?")
    if cut < 0 and k - OPENING_REACH > 0:
        return False  # the clause's start lies further back: more than a linking word
    words = head[cut + 1 :].split()
    return 0 < len(words) <= OPENING_WORDS and not any(ch.isdigit() for w in words for ch in w)


def _deadline_spans(
    text: str, lex: Lexicon, ref_year: int | None, ref_month: int | None
) -> list[tuple[int, int]]:
    """Where the text states a deadline, by the lexicon's deadline patterns, in order of start
    (not one that names its year and is over at publication: "सितंबर 2026 तक 45 कार्य पूरे" in
    October is when the tasks were counted)."""
    out = []
    # (Lower-cased one character for one: the spans are the text's.)
    for m in deadlines_in(lex, lower_same_length(text)):
        found = {k: v for k, v in m.groupdict().items() if v}
        # (From its earliest group: a month said in a look-behind is the deadline's too.)
        first = min(m.start(), *(m.start(g) for g in found))
        # (Nor one that opens its clause and is over at publication, year named or not: "Đến
        # hết tháng 7, tỉnh đã hoàn thành 20/45 nhiệm vụ", "...; by the end of August it had met
        # 11 of them", "अक्टूबर के अंत तक ... पूरे कर लिए": when the tasks were counted.)
        named_or_opening = "y" in found or _opens_clause(text, first)
        when = deadline_date(found, lex, ref_year) if named_or_opening and ref_year is not None else None
        if when is not None and (when.year, when.month) <= (ref_year, ref_month or 12):
            continue
        out.append((first, m.end()))
    return sorted(out)


def _deadline_last(
    stoks: list[Token], end_period: Period, ref_year: int | None, ref_month: int | None
) -> bool:
    """The sentence ends on a deadline still to come ("... बाकी 15 कार्य दिसंबर 2026 तक पूरे
    होंगे", "... must be finished by June 2027"): no period the next figures are of."""
    last = next((t for t in reversed(stoks) if absolute(t)), None)
    return last is not None and _deadline(last, end_period, ref_year, ref_month)


def _deadline(t: Token, p: Period, ref_year: int | None, ref_month: int | None) -> bool:
    """Mention `t`, read as `p`, is a deadline: "by"/"until" a time after the publication."""
    return t.data["kind"] in UNTIL and _after(p, ref_year, ref_month)


def _rates_are_thresholds(g: Group, text: str, lex: Lexicon) -> bool:
    """Every rate of `g` is followed by an inclusive bound ("8% or more", "10% trở lên"), or
    is a bound said of places counted before it ("Six out of 34 provinces recorded GRDP growth
    above 10 per cent")."""
    rates = [t for t in g.tokens if t.kind == "pct"]
    if not rates:
        return False
    if lex.or_more_re is not None and all(
        lex.or_more_re.match(text, t.end, t.end + OR_MORE_REACH) is not None for t in rates
    ):
        return True
    return lex.counted_places_re is not None and all(_bound_of_places_counted(t, text, lex) for t in rates)


OR_MORE_REACH = 24  # "8% or higher": the bound's words stand right after the rate
PLACES_REACH = 120  # "Six out of 34 provinces ... recorded GRDP growth above": this far back


def _named_after_its_rate(g: Group) -> bool:
    """The group's indicator is named right after its one rate ("mức tăng 3,27% của CPI")."""
    rates = [t for t in g.tokens if t.kind == "pct"]
    return (
        g.value is None
        and len(rates) == 1
        and any(t.kind == "ind" and t.start > rates[0].end for t in g.tokens)
        and not any(t.kind == "ind" and t.start < rates[0].start for t in g.tokens)
    )


def _count_said_after_its_rate(g: Group) -> bool:
    """The group's count comes after its first rate ("tăng 12% trở lên, thu hút 20 dự án FDI"),
    not before it ("147 lượt dự án, ..., tăng 41,97%": that rate is the count's)."""
    rate = next((t for t in g.tokens if t.kind == "pct"), None)
    count = next((t for t in g.tokens if t.kind == "val"), None)
    return rate is not None and count is not None and count.start > rate.end


def _the_nations_figure(g: Group, text: str, lex: Lexicon) -> bool:
    """The group's one figure is said of the whole nation right after it ("compared with 3.63
    percent nationwide", "so với 3,63% của cả nước"): a figure of the same months, as the
    national average in brackets is."""
    figures = [t for t in g.tokens if t.kind in ("pct", "val")]
    if len(figures) != 1 or not lex.nation_after:
        return False
    at = figures[0]
    # (Or right before it, as Hindi says it: "जबकि राष्ट्रीय स्तर पर यह 3.63% थी".)
    return starts_with_word(words_near(text, at.end, at.end + NATION_REACH), lex.nation_after) or has_word(
        words_near(text, at.start - NATION_REACH, at.start), lex.nation_after
    )


NATION_REACH = 24  # "3.63 percent[ nationwide]": the nation named this close after the figure


PART_GAP = 32  # ", including VND ": the words between an amount and a part of it


def _a_smaller_sum_of_the_same(before: Group, said_for: str, g: Group, months: str) -> bool:
    """g's sum is smaller than the sum said before it (`said_for` its months) of the same
    indicator, months and unit: it may be a part of it."""
    return (
        before.indicator == g.indicator
        and said_for == months
        and before.unit == g.unit
        and before.value is not None
        and g.value is not None
        and abs(g.value) < abs(before.value)
    )


def _part_of_the_amount_before(
    last_sum: tuple[Group, Sentence, str], g: Group, s: Sentence, months: str, text: str, lex: Lexicon
) -> bool:
    """g's sum follows the sum of the same indicator, months and unit, in the same sentence,
    after a word of share ("..., including", "bao gồm"): a part of it."""
    before, said_in, said_for = last_sum
    if said_in is not s or not _a_smaller_sum_of_the_same(before, said_for, g, months):
        return False
    if g.unit == "count":
        # "including 5.1 million international arrivals": a count's part is named by its noun,
        # a figure of its own.
        return False
    end = next((t.end for t in before.tokens if t.kind == "val"), None)
    amount = next((t for t in g.tokens if t.kind == "val"), None)
    if end is None or amount is None or not 0 < amount.start - end <= PART_GAP:
        return False
    if g.named_short:
        return False  # "including US$820 million of newly registered capital": a part named, kept
    return has_word(text[end : amount.start].replace(",", " "), lex.share_words)


def _a_share_of_the_sum_before(
    last_sum: tuple[Group, Sentence, str], g: Group, months: str, text: str, lex: Lexicon
) -> bool:
    """g's sum, smaller than the sum of the same indicator, months and unit said before it, is
    said "of it" ("Karnataka collected Rs 14,300 crore in taxes in April ... GST accounted for Rs
    8,100 crore of this"): a part of that sum, in this sentence or a later one."""
    before, _, said_for = last_sum
    if not _a_smaller_sum_of_the_same(before, said_for, g, months):
        return False
    amount = next((t for t in g.tokens if t.kind == "val"), None)
    if amount is None:
        return False
    # ("इसमें जीएसटी का हिस्सा 8,100 करोड़ रुपये रहा": the share named before the amount.)
    named = text[max(0, amount.start - OF_IT_REACH) : amount.start].lower().rstrip()
    return starts_with_word(
        text[amount.end : amount.end + OF_IT_REACH].lower().lstrip(), lex.of_it_words
    ) or ends_with_word(named, lex.share_after_whole)


OF_IT_REACH = 24  # "Rs 8,100 crore[ of this]", "[जीएसटी का हिस्सा ]8,100 करोड़"
NEXT_PART_GAP = 48  # "[ for necessary import items, up 22.2% and US $]11.16 billion"


def _next_part_listed(
    last_sum: tuple[Group, Sentence, str],
    last_part: Group | None,
    g: Group,
    s: Sentence,
    months: str,
    text: str,
    lex: Lexicon,
) -> bool:
    """g's sum follows a part just dropped of the same sum, joined to it by a conjunction with
    nothing named between: the next part in the list."""
    before, said_in, said_for = last_sum
    if last_part is None or said_in is not s or not _a_smaller_sum_of_the_same(before, said_for, g, months):
        return False
    end = max(t.end for t in last_part.tokens)
    amount = next((t for t in g.tokens if t.kind == "val"), None)
    if amount is None or not 0 < amount.start - end <= NEXT_PART_GAP:
        return False
    return has_conjunction(text[end : amount.start].lower(), lex) and not any(
        t.kind == "ind" and end <= t.start < amount.start for t in g.tokens
    )


def _bound_of_places_counted(t: Token, text: str, lex: Lexicon) -> bool:
    """A word of bound right before the rate `t`, and places counted before it in its sentence."""
    if not word_right_before(text, t.start, lex.bound_before):
        return False
    start = max(0, t.start - PLACES_REACH)
    # (Within the clause: "the 12 provinces of the Mekong Delta ..., and Can Tho's GRDP grew over
    # 9 per cent" is one place's figure; a comma inside the places' own words, "09 tỉnh, thành
    # phố có ...", is no clause's end.)
    return any(
        not any(ch in text[m.end() : t.start] for ch in (". ", "\n", ",", ";"))
        for m in lex.counted_places_re.finditer(text, start, t.start)
    )


def _drop(dropped: list[DroppedFact], text: str, code: str, message: str) -> None:
    dropped.append(DroppedFact(text=text, reason=Reason(code=code, message=message)))


DEADLINE_WIDTH = 160  # a deadline's words ("chậm nhất đến hết ngày 30/9/2026") are no longer


def _inside_any(t: Token | None, spans: list[tuple[int, int]]) -> bool:
    """`t` stands within one of `spans` (sorted by start; one bisection, so a text of many
    deadlines stays linear)."""
    if t is None or not spans:
        return False
    k = bisect.bisect_right(spans, (t.start, sys.maxsize)) - 1
    # (Spans may overlap: look back over those that start at or before the token.)
    while k >= 0 and spans[k][0] <= t.start:
        if t.start < spans[k][1]:
            return True
        if t.start - spans[k][0] > DEADLINE_WIDTH:
            return False
        k -= 1
    return False


def _spans_in(spans: list[tuple[int, int]], s: Sentence) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start within sentence `s`."""
    lo = bisect.bisect_left(spans, (s.start, -1))
    hi = bisect.bisect_left(spans, (s.end, -1))
    return spans[lo:hi]


def _same_months_before(p: Period, q: Period) -> bool:
    """`p` is `q`'s months in an earlier year (the base a figure of `q` is compared with)."""
    same = (p.start_month, p.end_month, p.length) == (q.start_month, q.end_month, q.length)
    return same and p.end_year < q.end_year


def _after(p: Period, ref_year: int | None, ref_month: int | None) -> bool:
    """`p` ends after the publication month."""
    if ref_year is None or ref_month is None:
        return False
    return (p.end_year, p.end_month) > (ref_year, ref_month)


_CLAUSE_END = regex.compile(r"[।\n;]|\.(?!\d)")  # (not a decimal point: "7.59")


def _ends_in_the_perfect(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause from `pos` to its end closes on a verb of an earlier time ("... रहा था")."""
    if not lex.perfect_after:
        return False
    m = _CLAUSE_END.search(text, pos)
    end = m.start() if m is not None else len(text)
    return ends_with_word(text[pos:end].lower().strip(), lex.perfect_after)


def _period_of_the_results(
    groups: list[Group], end_period: Period | None, ref_year: int | None, ref_month: int | None
) -> Period | None:
    """The period a sentence leaves the text on: its last one, unless that is only its goal's
    ("₹2.07 lakh crore until January end, 72.87% of the ₹2.84 lakh crore projected in the
    2025-26 budget estimates": the months to January, not the fiscal year planned); none when
    all its figures are goals for a time to come ("In 2025, the province set a target of GRDP
    growth of 9.5-10.5%; ... In the economy, GRDP is estimated to increase by 9.01%")."""
    if end_period is None or not any(g.target for g in groups):
        return end_period
    if all(g.target for g in groups) and (
        _begins_after(end_period, ref_year, ref_month)
        # ("..., the city's fourth-quarter growth must reach 14%" in October: what a part of the
        # year still running must bring; the results after it are not of that part.)
        or (end_period.length < 12 and _after(end_period, ref_year, ref_month))
    ):
        return None
    done = [g.period for g in groups if not g.target and g.period is not None and not g.reference]
    return done[-1] if done and end_period not in done else end_period


def _ended_before(p: Period, ref_year: int | None, ref_month: int | None) -> bool:
    """`p` was over before the publication month (before its year, when the month is unknown)."""
    return ref_year is not None and (p.end_year, p.end_month) < (ref_year, ref_month or 1)


YEARS_BACK = frozenset({"last_year", "year_past", "last_fiscal_year"})


def _a_year_back_said(t: Token) -> bool:
    """ "The province achieved 20 out of 22 targets last year": a year back named as the time
    itself (not a base compared with), the period a count is of."""
    return t.kind == "per" and not t.data.get("base") and t.data["kind"] in YEARS_BACK


COUNTRY_SCAN = 4000  # the characters read for the countries a report is about


SENTENCE_ENDS = (". ", "! ", "? ", "।", "\n")  # (not the point of "10.5%")
GOAL_WORD_REACH = 96  # "[Để hoàn thành mục tiêu tăng trưởng 10% năm 2026, ]quý IV ..."


def _after_a_word_of_goal(tokens: list[Token], k: int, text: str) -> bool:
    """A word of goal stands before tokens[k] in its sentence, close by."""
    t = tokens[k]
    for j in range(k - 1, -1, -1):
        x = tokens[j]
        if x.start < t.start - GOAL_WORD_REACH or any(e in text[x.end : t.start] for e in SENTENCE_ENDS):
            return False
        if is_cue(x, ("target", "target_after")):
            return True  # ("To achieve the 7.5% growth target, growth in the last six months ...")
    return False


def _about_india_alone(report: RawReport, text: str, tokens: list[Token]) -> bool:
    """The report names India, or a state of it, and no other country's place, nor sums in a
    currency India does not count in (a bare quarter or half there is a fiscal one)."""
    if not any(
        t.kind == "per" and t.data["kind"] in ("quarter", "half") and not t.data.get("y") for t in tokens
    ):
        return False
    return _names_india_alone(report, text, tokens)


def _fiscal_years_named_by_their_end(report: RawReport, text: str, tokens: list[Token]) -> list[Token]:
    """ "fiscal 2026", "fiscal year 2026" in a text about India, or no country, are the fiscal
    year that ends in March 2026, as "FY2026" is (elsewhere a calendar year: Vietnam's fiscal
    year is one)."""
    named = [
        t
        for t in tokens
        if t.kind == "per" and any(d["kind"] == "year" and d.get("fy") for d in mention_parts(t.data))
    ]
    if not named or not _names_india_alone(report, text, tokens, or_no_country=True):
        return tokens
    for t in named:
        parts = [_fiscal_year_ending(d) for d in mention_parts(t.data)]
        t.data = {**t.data, "parts": parts} if t.data["kind"] == "merged" else parts[0]
    return tokens


def _fiscal_year_ending(d: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "fiscal_year_ending", "n": str(d["y"])[2:]} if d["kind"] == "year" and d.get("fy") else d


def _names_india_alone(
    report: RawReport, text: str, tokens: list[Token], or_no_country: bool = False
) -> bool:
    head = text[:COUNTRY_SCAN]  # (a report names its own places early: a megabyte is not rescanned)
    if names_provinces(head):
        return False  # (India has states: a text of provinces, a translated Vietnamese report)
    named = countries_named(head)
    if report.region:
        named |= countries_named(report.region)
    units = {t.data.get("unit") for t in tokens if t.kind == "val"}
    india = named == {"IN"} or (or_no_country and not named)
    return india and not any(money(u) and u not in ("INR", "USD") for u in units)


def _begins_after(p: Period, ref_year: int | None, ref_month: int | None) -> bool:
    """`p` is wholly to come at publication (next year's plan, a deadline's month)."""
    if ref_year is None:
        return False
    return (p.start_year, p.start_month) > (ref_year, ref_month or 12)


BARELY_BEGUN_MONTHS = 2  # a year's figure told this early in it is what is planned for it


def _barely_begun(p: Period, ref_year: int | None, ref_month: int | None) -> bool:
    """`p` is a whole year of which at most the first two months had passed at publication:
    its figure is what is planned or foreseen for it ("Các chỉ tiêu năm 2018: ... kim ngạch
    nhập khẩu 400 triệu USD" in February 2018), no result."""
    if ref_year is None or ref_month is None or p.length != 12:
        return False
    passed = (ref_year - p.start_year) * 12 + ref_month - p.start_month + 1
    return 0 < passed <= BARELY_BEGUN_MONTHS


def _year_named_before(p: Period, ev: Evidence, text: str) -> bool:
    """The year of `p` is written in the text up to the figure (not one a bare "this year" or
    "cả năm" was read as: in January those mostly mean the year just ended); the figure's
    paragraph may go on with a year an earlier one named ("... 2025 में कम से कम 8% की जीडीपी
    वृद्धि का लक्ष्य ...\n... 30 बिलियन अमेरिकी डॉलर के व्यापार अधिशेष के लिए जिम्मेदार होगा")."""
    return str(p.start_year) in text[: ev.end]


def _year_of_a_text_naming_none(
    tokens: list[Token], ref_year: int | None, ref_month: int | None
) -> Period | None:
    """A report of the year's last month that names no period of its figures and sets them
    against the year's plan ("... 18/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch ... GRDP tăng
    7,61%, vượt so với kế hoạch ..."): its figures are the year's, the one ending."""
    if ref_year is None or ref_month != DECEMBER:
        return None
    # (A period compared with is none of its figures': "up 15.3% compared to 2023".)
    if any(t.kind == "per" and not t.data.get("base") and not t.data.get("since") for t in tokens):
        return None
    if not any(t.kind == "cue" and t.data["cue"].startswith(("plan.", "plan_vs.")) for t in tokens):
        return None
    return Period.year(ref_year)


JANUARY = 1
QUARTER = 3  # months


def _task_period(
    own: Period | None,
    context: Period | None,
    ref_year: int | None,
    ref_month: int | None,
    words: str,
    lex: Lexicon,
) -> Period | None:
    """The period a task count covers (`words`: its sentence's, as `words_near` gives them): the
    sentence's own, else the one the text is about, unless that is still to come (next year's
    plan, a deadline's month): then the year so far at publication. A whole year still under way
    that the count is not expected for is the year the tasks were set for: counted so far ("has
    completed 14 of the 20 key tasks assigned for 2026" in September; not "ước cả năm có 15 chỉ
    tiêu đạt", the year's whole)."""
    said = own if own is not None else context
    if said is not None and (own is not None or not _begins_after(said, ref_year, ref_month)):
        # (In the year's last two months a count of its tasks is the year's reckoning: "2026 के 16
        # में से 13 ... लक्ष्य ... पूरे हुए" in late November.)
        if (
            ref_year is not None
            and ref_month is not None
            and _well_under_way(said, ref_year, ref_month)
            and not has_word(words, lex.expected_words)
        ):
            return Period(said.start_year, said.start_month, ref_year, ref_month)
        return said
    if ref_year is not None and ref_month is not None:
        return Period.months(ref_year, 1, ref_month)
    return context


def _base(b: str) -> str:
    return {"yoy": "yoy", "unspecified": "yoy", "previous_period": "previous_period"}.get(b, "other")


HEADLINE_CHARS = 160  # a first line this short, with no full stop, reads as a headline


def _opening_caption(captions: list[tuple[int, int]], text: str) -> int:
    """Where the body's first line ends, if it is a photo caption with more text after it."""
    if not captions or text[: captions[0][0]].strip() or not text[captions[0][1] :].strip():
        return 0
    return captions[0][1]


def _headline_line(text: str) -> int:
    """Where the body's first line ends, if it is a headline: short, no sentence's end mark,
    and more text after it; else 0."""
    cut = text.find("\n")
    line = text[:cut].strip() if cut > 0 else ""
    if not line or cut > HEADLINE_CHARS or line[-1] in ".!?।:;," or not text[cut:].strip():
        return 0
    return cut


def _evidence(g: Group, s: Sentence, text: str, title_end: int) -> Evidence:
    start = min(t.start for t in g.tokens)
    end = max(t.end for t in g.tokens)
    conf = 0.9
    if g.carried:
        conf -= 0.2
    if not g.period_from_sentence:
        conf -= 0.15
    if start < title_end:
        conf -= 0.1
    return Evidence(
        start=start,
        end=end,
        text=quote_span(text, start, end),
        sentence=quote_sentence(text, s.start, s.end, start, end),
        confidence=round(max(conf, 0.1), 2),
    )
