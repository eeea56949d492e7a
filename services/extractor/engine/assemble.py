"""Reads one sentence's tokens the way an analyst does: each indicator mention opens a slot;
inside it, figures (amounts, growth, plan shares) group around a value and a period.

Everything here is positional reasoning over tokens; words come from the lexicon."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from schemas.indicators import measured_in
from services.extractor.engine.cues import (
    NUMERIC,
    classify_percentages,
    growth_base,
    has_conjunction,
    has_word,
    is_cue,
    is_reference,
    readings,
    skip_value,
)
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.period_mentions import absolute
from services.extractor.engine.periods import Period
from services.extractor.engine.resolve import Frame, resolve
from services.extractor.engine.tokens import Token

# Indicators measured in counts (contract-level meaning, the same in every language).
COUNT_INDICATORS = measured_in("count")
PHYSICAL_INDICATORS = measured_in("physical")
ATTACH_GAP = 60  # a period this close after a figure belongs to it ("... 50 USD in June")


@dataclass
class Growth:
    value: float
    base: str  # "yoy", "unspecified", "previous_period", "other"


@dataclass(eq=False)  # a group is itself: removing one from a long list must not compare fields
class Group:
    indicator: str | None
    sign: int = 1
    rate: bool = False
    value: float | None = None
    unit: str | None = None
    growths: list[Growth] = field(default_factory=list)
    plan: float | None = None
    period: Period | None = None
    period_from_sentence: bool = False
    period_attached: bool = False  # a period named right after the figure ("... in June")
    reference: bool = False  # a figure quoted for comparison ("as against 13.25 billion")
    target: bool = False
    carried: bool = False  # the indicator came from the previous sentence
    tokens: list[Token] = field(default_factory=list)
    closed: bool = False

    @property
    def has_number(self) -> bool:
        return self.value is not None or bool(self.growths) or self.plan is not None

    def best_growth(self) -> Growth | None:
        rank = {"yoy": 0, "unspecified": 1, "previous_period": 2, "other": 3}
        return min(self.growths, key=lambda g: rank[g.base]) if self.growths else None


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
            target=tok.start < target_until,
        )
        if slot is not None:
            g.tokens.append(slot)
        groups.append(g)
        cur = g
        return g

    lists, consumed = _respectively(toks, text, lex)
    # Running facts about the tokens before i, kept as the loop goes (no rescans per token).
    last_figure = max((k for k, x in enumerate(toks) if x.kind in NUMERIC), default=-1)
    figure_end = -1  # where the latest figure before i ends
    prev_pct: Token | None = None
    last_physical: Token | None = None  # the latest indicator measured in kWh, tonnes...
    for i, t in enumerate(toks):
        if i:
            done = toks[i - 1]
            if done.kind in NUMERIC:
                figure_end = max(figure_end, done.end)
            if done.kind == "pct":
                prev_pct = done
            if done.kind == "ind" and done.data["indicator"] in PHYSICAL_INDICATORS:
                last_physical = done
        between = text[last_end : t.start]
        depth += between.count("(") - between.count(")")
        if cur is not None and (
            ";" in between
            or (
                "(" in between and t.kind == "val" and cur.value is not None and not skip_value(toks, i, text)
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
            for ind_tok, val_tok, pct_tok in lists[i]:
                slot = ind_tok
                g = new_group(ind_tok)
                if val_tok is not None:
                    g.value, g.unit = _list_value(val_tok, lists[i])
                    g.tokens.append(val_tok)
                if pct_tok is not None:
                    role = pct_tok.data.get("role", "bare")
                    v = -pct_tok.data["value"] if role == "growth_down" else pct_tok.data["value"]
                    g.growths.append(Growth(v, "unspecified"))
                    g.tokens.append(pct_tok)
                g.closed = True
            continue
        if t.kind == "ellipsis":
            # "... FDI ..., số dự án ..., vốn đầu tư tăng 49%": a short name of the indicator
            # named earlier in the sentence takes the figures back from a sub-topic.
            if (
                slot is not None
                and slot.kind == "block"
                and last_ind is not None
                and last_ind.data["indicator"] == t.data["value"]
            ):
                slot = last_ind
                if cur is not None:
                    cur.closed = True
                cur = None
            continue
        if t.kind == "ind":
            last_ind = t
        if t.kind in ("ind", "block"):
            if (
                t.kind == "ind"
                and cur is not None
                and cur.indicator is None
                and cur.value is None
                and len(cur.growths) == 1
                and cur.tokens
                and cur.tokens[-1].kind == "pct"
                and not text[cur.tokens[-1].end : t.start].strip()
                and (t.data.get("rate") or t.start < target_until)
            ):
                # "targets of 10% GRDP growth": a rate right before the indicator it is of.
                cur.indicator, cur.rate, slot = t.data["indicator"], True, t
                cur.tokens.insert(0, t)
                cur.closed = True
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
                        and cur.tokens[-1].end >= t.start
                        and not cur.growths
                        # The words counted name their own indicator ("... और 8 लाख पर्यटक").
                        and (cur.indicator is None or cur.carried or cur.indicator != t.data["indicator"])
                    )
                    or (
                        text[cur.tokens[-1].end : t.start].strip().lower() in lex.value_of
                        and not _in_a_part(toks, cur.tokens[-1], text, lex)
                    )
                    # "thu hút được 320 triệu USD vốn FDI": an amount with no indicator yet,
                    # right before the noun it is of.
                    or (cur.indicator is None and not text[cur.tokens[-1].end : t.start].strip())
                )
            ):
                val_tok, old = cur.tokens[-1], cur
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
            slot = t
            cur = None
            continue
        if t.kind == "cue":
            cue = t.data["cue"]
            before = next((x for x in reversed(toks[max(0, i - 4) : i]) if x.start < t.start), None)
            if cue == "target" and not (
                before is not None and before.kind == "pct" and not text[before.end : t.start].strip()
            ):
                # A goal: the figures that follow, up to the clause's end, are targets (not so
                # right after a share of it: "đạt 48% mục tiêu năm, tăng 10%").
                end = _clause_end(text, t.end, depth, lex)
                target_until = end
                if cur is not None:
                    cur.closed = True
            continue
        if t.kind == "per":
            p = resolve(t.data, lex, Frame(frame.ref_year, frame.ref_month, cur_period or frame.context))
            t.data["period"] = p
            if t.data.get("base") or p is None:
                continue
            if t.data.get("after_average"):
                continue  # "on average 1 month": a unit of the average, not a period
            if i > last_figure and figure_end >= 0 and has_word(text[figure_end : t.start], lex.clause_words):
                continue  # "... jumped 42% as the holiday fell in February": the clause's period
            last_num = max((x.end for x in cur.tokens if x.kind in NUMERIC), default=-1) if cur else -1
            if (
                cur is not None
                and cur.has_number
                and not cur.closed
                and not cur.period_attached
                and 0 <= t.start - last_num <= ATTACH_GAP
                and not any(ch in text[last_num : t.start] for ch in ",(;")
                and not has_conjunction(text[last_num : t.start], lex)
            ):
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
            cur_period = p
            if absolute(t):
                last_absolute = p
            period_from_sentence = True
            continue
        if t.kind == "num":
            # A plain number right after a count indicator is its count ("arrivals
            # reached 310,000"); anywhere else a plain number is not a figure.
            if (
                slot is not None
                and slot.kind == "ind"
                and slot.data.get("indicator") in COUNT_INDICATORS
                and (cur is None or cur.closed or cur.value is None)
                and t.start - slot.end <= 30
                and t.data["value"] >= 100
                and not skip_value(toks, i, text)
            ):
                if cur is None or cur.closed:
                    new_group(t)
                assert cur is not None
                cur.value, cur.unit = t.data["value"], "count"
                cur.tokens.append(t)
            elif (
                cur is not None
                and cur.unit == "count"
                and cur.value is not None
                and t.data["value"] >= 100
                and is_reference(toks, i, text)
            ):
                # "... climbed to 820,000 from 700,000 a year ago": the count it is compared with.
                new_group(t, reference=True)
                cur.value, cur.unit = t.data["value"], "count"
                cur.tokens.append(t)
            continue
        if t.kind == "val":
            if skip_value(toks, i, text):
                continue
            if (
                _physical(t.data.get("unit"))
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
                _money(t.data.get("unit"))
                and slot is not None
                and slot.kind == "ind"
                and slot.data["indicator"] in COUNT_INDICATORS
                and t.start > slot.end
            ):
                continue  # "welcomed 2.5 million tourist arrivals, earning 1.5 trillion VND": not a count
            base_period = _bracketed_base(toks, i, text, cur.period if cur is not None else cur_period)
            if base_period is not None and slot is not None and slot.kind == "ind":
                # "tăng 10% so với cùng kỳ năm trước (1,8 tỷ USD)": the amount of that period.
                g = new_group(t, reference=True)
                g.period, g.period_from_sentence, g.closed = base_period, True, True
                g.value, g.unit = t.data["value"], t.data.get("unit")
                g.tokens.append(t)
                continue
            ref = is_reference(toks, i, text)
            if cur is None or cur.closed or cur.value is not None or ref:
                new_group(t, reference=ref)
            assert cur is not None
            cur.value = t.data["value"]
            cur.unit = t.data.get("unit")
            if cur.unit is None and cur.indicator in COUNT_INDICATORS:
                cur.unit = "count"  # "10 lakh 37 thousand" visitors
            cur.reference = cur.reference or ref
            cur.tokens.append(t)
            continue
        if t.kind == "pct":
            role = t.data["role"]
            if role == "share":
                continue
            counted = _aspect_of_count(toks, i, text, lex, groups)
            if counted is not None and role.startswith("growth"):
                # "tăng 15% về số DN": the growth of the count stated earlier in the sentence.
                counted.growths.append(
                    Growth(-t.data["value"] if role == "growth_down" else t.data["value"], "unspecified")
                )
                counted.tokens.append(t)
                continue
            base_period = _bracketed_base(toks, i, text, cur.period if cur is not None else cur_period)
            if base_period is not None:
                # "đạt 28,4% kế hoạch, thấp hơn cùng kỳ năm 2022 (35,1%)": the same measure
                # for the period compared with, read the way the figure before it was.
                like = prev_pct.data.get("role", "bare") if prev_pct is not None else "bare"
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
                continue
            ref = is_reference(toks, i, text)
            if role == "plan":
                if cur is not None and not cur.closed and cur.plan is not None and cur.value is not None:
                    # "bằng 87% dự toán trung ương giao, bằng 82% dự toán HĐND tỉnh giao": the
                    # same amount against a second plan; the first one stated stands.
                    continue
                if cur is None or cur.closed or cur.plan is not None:
                    new_group(t)
                assert cur is not None
                # "vượt 12% dự toán", "exceeding the plan by 12%": 112% of the plan.
                exceeded = any(is_cue(c, ("exceed.before",)) for c in readings(toks, i - 1, -1))
                # "अनुमान से 10% कम": short of the plan by 10%, i.e. 90% of it.
                sign = -1 if t.data.get("after_role") == "growth_down" else 1
                cur.plan = 100.0 + sign * t.data["value"] if exceeded else t.data["value"]
                cur.tokens.append(t)
                continue
            rate_like = slot is not None and slot.kind == "ind" and slot.data.get("rate")
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                role in ("bare", "level")
                and t.data["value"] >= 50
                and is_cue(nxt, ("yoy",))
                and nxt is not None
                and nxt.start - t.end <= 3
            ):
                # "đạt 107,7% so với cùng kỳ", "108.3% of the same month last year": an index
                # against the year before, i.e. growth of 7.7%.
                role = "ratio"
            if role == "ratio" and not _compared_after(toks, i):
                continue  # "equal to 51.5% of the year's estimate": a share, not a change
            ahead = toks[i + 1] if i + 1 < len(toks) else None
            if (
                role == "bare"
                and slot is not None
                and slot.kind == "ind"
                and any(
                    is_cue(c, ("target_after",)) and not text[t.end : c.start].strip()
                    for c in readings(toks, i + 1, +1)
                )
            ):
                # "lower than the 6.8% target": the goal set for the indicator in hand.
                g = new_group(t)
                g.target, g.closed = True, True
                g.growths.append(Growth(t.data["value"], "unspecified"))
                g.tokens.append(t)
                continue
            if (
                role == "bare"
                and ahead is not None
                and ahead.kind == "ind"
                and ahead.data.get("rate")
                and not text[t.end : ahead.start].strip()
            ):
                # "8% जीआरडीपी वृद्धि का लक्ष्य": the rate of the indicator right after it.
                g = new_group(t)
                g.indicator = None
                g.growths.append(Growth(t.data["value"], "unspecified"))
                g.tokens = [t]
                continue
            if role in ("bare", "level"):
                # A bare rate, or a rate that "rose to"/"fell to" a level: for a rate
                # indicator (CPI, GRDP, "growth rate") the level is the growth.
                if not rate_like and not (t.start < target_until):
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
                main = _later_figure(groups, cur)
                if main is not None:
                    main.growths.append(Growth(value, growth_base(toks, i, main.period, lex, frame)))
                    main.tokens.append(t)
                    continue
            base = growth_base(toks, i, cur.period if cur else cur_period, lex, frame)
            if role == "ratio":
                base = "yoy" if base == "unspecified" else base
            if (
                cur is None
                or cur.closed
                or ref
                # A second rate with the same base is another figure (a sub-item or
                # another period); a rate with a new base qualifies the same figure.
                or (cur.growths and base in (cur.growths[-1].base, "unspecified"))
            ):
                new_group(t, reference=ref)
                assert cur is not None
            cur.growths.append(Growth(value, base))
            cur.tokens.append(t)
            continue
    if lex.target_follows:
        _mark_targets_before(toks, text, groups)
    # A goal is for the period the sentence is about (its first), not for a year quoted
    # in passing before it ("... 2023 reached X, meeting the target of +8%").
    first = next(
        (
            t.data.get("period")
            for t in toks
            if t.kind == "per" and not t.data.get("base") and t.data.get("period") is not None
        ),
        None,
    )
    for g in groups:
        if g.target and first is not None and not g.period_attached:
            g.period = first
    return groups, last_absolute


def _in_a_part(toks: list[Token], val: Token, text: str, lex: Lexicon) -> bool:
    """An amount stated for a part ("दूरसंचार में 4.22 अरब डॉलर", "in telecoms ..."): a word of
    place right before it, after something that is not a period."""
    head = text[max(0, val.start - 24) : val.start].lower().rstrip()
    marker = next((w for w in lex.part_markers if head.endswith(f" {w}")), None)
    if marker is None:
        return False
    place = head[: -len(marker)].split()
    if place and place[-1] in lex.whole_words:
        return False  # "देश में 16.2 अरब डॉलर": the country is the whole, not a part
    before = [x for x in toks if x.end <= val.start - len(marker) - 1]
    return not before or before[-1].kind != "per" or before[-1].end < val.start - len(marker) - 2


def _aspect_of_count(toks: list[Token], i: int, text: str, lex: Lexicon, groups: list[Group]) -> Group | None:
    """A rate qualified "in terms of the number of ..." ("tăng 15% về số DN") belongs to the
    count stated earlier in the sentence, not to the amount it follows."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not is_cue(nxt, ("aspect",)) or nxt is None or nxt.start - toks[i].end > 3:
        return None
    rest = text[nxt.end : nxt.end + 24].lower()
    aspect = rest.split(",")[0].split(";")[0]
    if not any(f" {w} " in f" {aspect} " for w, u in lex.units_after.items() if u == "count"):
        return None
    # The count stated just before ("có 120 doanh nghiệp ..., tăng 15% về số doanh nghiệp").
    return next(
        (g for g in reversed(groups[-8:]) if g.unit == "count" and g.value is not None and not g.growths),
        None,
    )


def _respectively(
    toks: list[Token], text: str, lex: Lexicon
) -> tuple[dict[int, list[tuple[Token, Token | None, Token | None]]], set[int]]:
    """Lists stated "respectively": a run of indicator names, then as many values (and as many
    rates), paired in order. Returns the pairing by the run's first index, and the indices it
    consumes."""
    if not any(t.kind == "cue" and t.data["cue"] == "respectively" for t in toks):
        return {}, set()
    out: dict[int, list[tuple[Token, Token | None, Token | None]]] = {}
    consumed: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i].kind != "ind":
            i += 1
            continue
        run = [i]
        j = i + 1
        while (
            j < len(toks)
            and toks[j].kind == "ind"
            and _only_joined(text[toks[run[-1]].end : toks[j].start], lex)
        ):
            run.append(j)
            j += 1
        if len(run) < 2:
            i += 1
            continue
        stop = j  # the figures up to the next indicator name (each run scans its own stretch)
        while stop < len(toks) and toks[stop].kind not in ("ind", "block"):
            stop += 1
        values = [k for k in range(j, stop) if toks[k].kind in ("val", "num")][: len(run)]
        rates = [k for k in range(j, stop) if toks[k].kind == "pct"][: len(run)]
        if len(values) not in (0, len(run)) or len(rates) not in (0, len(run)) or not (values or rates):
            i = j
            continue
        out[run[0]] = [
            (toks[r], toks[values[n]] if values else None, toks[rates[n]] if rates else None)
            for n, r in enumerate(run)
        ]
        consumed.update(run[1:], values, rates)
        i = j
    return out, consumed


def _only_joined(gap: str, lex: Lexicon) -> bool:
    words = [w for w in gap.replace(",", " ").split() if w]
    return all(w.lower() in lex.conjunctions for w in words)


def _list_value(
    tok: Token, items: list[tuple[Token, Token | None, Token | None]]
) -> tuple[float, str | None]:
    """A bare number in a list takes the scale and unit of the list's stated amount
    ("50 and 32.8 million USD": 50 million USD)."""
    if tok.kind == "val":
        return tok.data["value"], tok.data.get("unit")
    stated = next((v for _, v, _ in items if v is not None and v.kind == "val"), None)
    if stated is None:
        return tok.data["value"], None
    return float(f"{tok.data['value'] * stated.data.get('scale', 1.0):.12g}"), stated.data.get("unit")


def _mark_targets_before(toks: list[Token], text: str, groups: list[Group]) -> None:
    """Languages that state the goal after the figure ("10 प्रतिशत वृद्धि का लक्ष्य"): the
    figures of the clause that ends at the cue are targets."""
    for cue in toks:
        if cue.kind != "cue" or cue.data["cue"] != "target":
            continue
        start = max(text.rfind(ch, 0, cue.start) for ch in ",;(\n।")
        for g in groups:
            nums = [t.start for t in g.tokens if t.kind in NUMERIC]
            if nums and start < nums[0] < cue.start:
                g.target = True


GOAL_REACH = 800  # a goal's list ends within this many characters of its goal word


def _clause_end(text: str, pos: int, depth: int, lex: Lexicon) -> int:
    """Where a goal's list ends: a semicolon, the sentence's end, the closing bracket it
    opened in, or a comma that leads into another clause ("..., while exports rose"). A goal
    that opens a list with a colon ("đề ra các chỉ tiêu: A; B; C") runs to the sentence's end.
    One regex search over a bounded stretch: a run-on text of goals must stay linear."""
    colon = text.find(":", pos, pos + 48)
    listed = colon >= 0 and not any(ch.isdigit() for ch in text[pos:colon])
    stop = min(len(text), pos + GOAL_REACH)
    m = _clause_end_re(lex, listed, depth > 0).search(text, pos, stop)
    return m.start() if m is not None else stop


_CLAUSE_ENDS: dict[tuple[str, bool, bool], Any] = {}


def _clause_end_re(lex: Lexicon, listed: bool, bracketed: bool) -> Any:
    key = (lex.language, listed, bracketed)
    pattern = _CLAUSE_ENDS.get(key)
    if pattern is None:
        ends = [r"\n" if listed else r"[;\n]", r"[.!?।](?=[ \n]|$)"]
        if bracketed:
            ends.append(r"\)")  # the bracket the goal opened in closes
        elif lex.conjunctions:  # ", while exports rose": another clause
            joined = "|".join(regex.escape(c) for c in sorted(lex.conjunctions, key=len, reverse=True))
            ends.append(rf",(?= (?:{joined}) )")
        pattern = _CLAUSE_ENDS[key] = regex.compile("|".join(ends), regex.IGNORECASE)
    return pattern


_EARLIER_KINDS = ("same_period_last_year", "same_period_year", "last_year", "year_ago", "last_year_month")


def _compared_after(toks: list[Token], i: int) -> bool:
    """A ratio ("bằng 83,2%", "equal to 95%") is growth only against an earlier period
    named after it ("so với cùng kỳ", "of the same period last year")."""
    for j in range(i + 1, len(toks)):
        c = toks[j]
        if c.kind in NUMERIC or c.kind in ("ind", "block"):
            return False
        if c.kind == "cue" and c.data["cue"] in ("yoy", "compare"):
            return True
        if c.kind == "per" and (c.data.get("base") or c.data["kind"] in _EARLIER_KINDS):
            return True
    return False


def _bracketed_base(toks: list[Token], i: int, text: str, own: Period | None) -> Period | None:
    """The earlier period a bracketed figure belongs to: "so với cùng kỳ năm 2022 (35,1%)",
    "so với cùng kỳ năm trước (1,8 tỷ USD)" (the figure's own months a year before)."""
    if i < 1 or text[toks[i - 1].end : toks[i].start].strip() != "(":
        return None
    b = toks[i - 1]
    if b.kind == "per" and (b.data.get("base") or b.data["kind"] in _EARLIER_KINDS):
        period: Period | None = b.data.get("period")
        return period
    if is_cue(b, ("yoy",)) and own is not None:
        return own.shift_years(-1)
    return None


def _money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()  # an ISO 4217 code


def _physical(unit: str | None) -> bool:
    """kWh, tonnes...: neither money, nor a count, nor an index."""
    return unit is not None and unit not in ("count", "index") and not _money(unit)


def _later_figure(groups: list[Group], cur: Group) -> Group | None:
    """The figure a change stated after its year-earlier comparison belongs to: the latest one
    before it for the same indicator, without a change of its own, whose months a year before
    are `cur`'s (or any, when `cur` is a quoted comparison)."""
    for g in reversed(groups[-4:]):  # the comparison follows its figure closely
        if g is cur or g.reference or g.indicator != cur.indicator or g.growths or g.value is None:
            continue
        if cur.reference or (g.period is not None and cur.period == g.period.shift_years(-1)):
            return g
    return None
