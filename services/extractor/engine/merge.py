"""Merges the facts of one report that state the same thing twice (a headline and its
paragraph, a list and its summary). Conflicting figures stay apart for the validator."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from decimal import ROUND_HALF_UP, Context, Decimal

from schemas.fact import IndicatorFact, TargetFact, TaskFact
from services.extractor.engine.periods import YEAR, Period, month_index
from services.extractor.engine.tasks import ALL_TASKS

_BASE_RANK = {"yoy": 0, None: 1, "previous_period": 2, "other": 3}

Fact = IndicatorFact | TaskFact | TargetFact


def _close(a: float | None, b: float | None, rel: float = 0.005) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def _rounded(precise: float | None, rough: float | None) -> bool:
    """A headline rounds: "exports up 17%" over a paragraph's 17.2%, "$39 billion" over
    39.2 billion. True when `rough` is `precise` to fewer significant digits."""
    if precise is None or rough is None:
        return True
    if precise == rough:
        return True
    if precise == 0 or rough == 0 or (precise > 0) != (rough > 0):
        return False
    if not (math.isfinite(precise) and math.isfinite(rough)):
        return False  # (no digits to round; the tokenizer reads no such number)
    # To the whole number ("9%" over 8.7%) or to two or three significant digits; not to one
    # ("20%" is another figure than 17.2%).
    # (Half up, as the decimal digits read: "3.7%" over 3.65, which binary rounding makes 3.6.)
    # (Or to one decimal place, under one: "0.7%" over 0.71, as "17%" over 17.2.)
    return (
        rough == round(precise)
        or any(float(f"{precise:.{k}g}") == rough for k in (2, 3))
        or any(_half_up(precise, k) == rough for k in (0, 2, 3))
        or (abs(precise) < 1 and _tenths(precise) == rough)
    )


def _tenths(x: float) -> float:
    """`x` rounded half up to one decimal place, from its decimal digits."""
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _half_up(x: float, digits: int) -> float:
    """`x` rounded half up from its decimal digits: to `digits` significant digits, or to the
    whole number for 0."""
    d = Decimal(repr(x))
    if digits == 0:
        return float(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return float(Context(prec=digits, rounding=ROUND_HALF_UP).plus(d))


def _rounded_up(precise: float | None, rough: float | None) -> bool:
    """ "exports up nearly 15%" over the body's 14.4: a headline's whole number just above the
    rate, the way "nearly" rounds."""
    if precise is None or rough is None or precise == 0 or (precise > 0) != (rough > 0):
        return False
    return float(rough).is_integer() and abs(rough) == math.ceil(abs(precise))


def _cut_short(precise: float | None, rough: float | None) -> bool:
    """ "1.31 लाख करोड़ के पार" beside 1,31,900 करोड़: `rough` is `precise` cut to the whole
    number or to two or three significant digits (a bound says the digits reached, not the
    nearest)."""
    if precise is None or rough is None or precise <= 0 or rough <= 0 or rough >= precise:
        return False
    if rough == math.floor(precise):
        return True  # to the whole number: "7% वृद्धि" over 7.8
    for k in (2, 3):
        step = 10 ** (math.floor(math.log10(precise)) - k + 1)
        if abs(math.floor(precise / step) * step - rough) <= 1e-9 * precise:
            return True
    return False


def _digits(x: float) -> int:
    """The significant digits an amount is said with (1.31e12: 3; 1.31526e12: 6)."""
    return len(f"{abs(x):.12e}".split("e")[0].replace(".", "").rstrip("0"))


PLAN_NEAR = 2.0  # points: a headline's share of plan this close to the body's is the body's, rounded
ROUND_REACH = 0.1  # "hơn 300 triệu USD" over 307.5 million: a round headline amount this near


ONE_DIGIT_REACH = 0.05  # "छह लाख से ज्यादा" over 6.15 lakh: a one-digit amount this near


def _one_digit_near(precise: float | None, rough: float | None) -> bool:
    """ "छह लाख से ज्यादा विदेशी पर्यटक ... 6.15 लाख पर्यटक": an amount of one significant digit
    this near the precise one, of the same indicator and months, is that amount said roughly
    (two digits are a figure of their own: 2.2 million visitors beside 2.3 million)."""
    if precise is None or rough is None or precise <= 0 or rough <= 0 or precise == rough:
        return False
    return float(f"{rough:.1g}") == rough and abs(precise - rough) <= ONE_DIGIT_REACH * precise


def _about(precise: float, rough: float) -> bool:
    """A headline's amount is the body's rounded, or a round amount near it ("hơn 300 triệu
    USD", "over $1 billion" over 1.08 billion), said with one or two significant digits."""
    if _rounded(precise, rough):
        return True
    return (
        rough > 0
        and precise > 0
        and float(f"{rough:.2g}") == rough
        and abs(precise - rough) <= ROUND_REACH * precise
    )


def merge_facts(
    facts: list[Fact],
    title_end: int = 0,
    parts: Mapping[int, str] | None = None,
    rates: Mapping[tuple[str, str], Collection[float]] | None = None,
    bare: Mapping[int, Collection[float]] | None = None,
) -> list[Fact]:
    """`parts`: the indices of the facts named as a part of their indicator's total
    ("international arrivals"), each with where the part comes from ("" when it says none): a
    part's bare rate is not the total's, and parts of two origins never merge. `rates`: every rate the
    text states of an indicator and period, the ones its facts did not keep included (the
    month-on-month rate beside the year-on-year one). `bare`: for each fact that is a rate said
    with no base and nothing else (by index), the rates the text states with a base of the
    same indicator and months: one of them said bare is that figure's, said short ("Tháng 9:
    CPI tăng 0,51% ... tăng 0,51% so với tháng trước, ... 8,8% so với cùng kỳ")."""
    bare = bare or {}
    # Body facts first: a headline's figure is the body's, said shorter.
    ordered = sorted(range(len(facts)), key=lambda k: facts[k].evidence.start < title_end)
    body = [f for f in facts if f.evidence.start >= title_end and isinstance(f, IndicatorFact)]
    counts = {
        (f.completed, f.total) for f in facts if f.evidence.start >= title_end and isinstance(f, TaskFact)
    }
    scoped = {
        (f.completed, f.total, f.period) for f in facts if isinstance(f, TaskFact) and f.scope != ALL_TASKS
    }
    ordered = [
        k
        for k in ordered
        if not _restated_in_body(facts[k], title_end, body, rates or {})
        # "13/15 chỉ tiêu kinh tế - xã hội đạt" over "13/15 chỉ tiêu chủ yếu": the headline's
        # count, told in other words, is the body's.
        and not (
            isinstance(facts[k], TaskFact)
            and facts[k].evidence.start < title_end
            and _count(facts[k]) in counts
        )
        and not (k in bare and _said_with_its_base(facts[k], bare[k]))
        and not _count_said_again_with_its_scope(facts[k], scoped)
    ]
    out: list[Fact] = []
    out_part: list[bool] = []
    # (So a part's rate said later goes to the part of its own origin counted before.)
    origin_of = parts or {}
    out_origin: list[str] = []
    # Only facts of one kind, indicator and period (or one count of tasks) can merge: each is
    # compared with those alone, so a report of thousands of facts stays linear.
    alike: dict[tuple[object, ...], list[int]] = {}
    for k in ordered:
        f, part = facts[k], k in origin_of
        headline = f.evidence.start < title_end
        same = alike.setdefault(_key(f), [])
        # (A part's rate said alone goes to the part named last: "... 25,25 करोड़ घरेलू पर्यटक ...
        # विदेशी पर्यटकों की संख्या 19,45 लाख ... विदेशी पर्यटकों में 6.14 प्रतिशत की कमी".)
        order = reversed(same) if part and isinstance(f, IndicatorFact) and f.value is None else same
        origin = origin_of.get(k, "")
        for i in order:
            if _part_rate_of_a_total(out[i], out_part[i], f, part):
                continue
            if origin and out_origin[i] and origin != out_origin[i]:
                continue  # "Domestic arrivals rose 6.2%" is no rate of the foreign tourists counted
            merged = _merge(out[i], f, headline and out[i].evidence.start >= title_end)
            if merged is not None:
                out[i] = merged
                out_part[i] = out_part[i] and part
                out_origin[i] = out_origin[i] or origin
                break
        else:
            same.append(len(out))
            out.append(f)
            out_part.append(part)
            out_origin.append(origin)
    return sorted(_without_split_counts(_without_side_rates(out, alike)), key=lambda f: f.evidence.start)


def _without_side_rates(out: list[Fact], alike: Mapping[tuple[object, ...], list[int]]) -> list[Fact]:
    """A rate alone against another base (the month before, last December) beside a fact of the
    same indicator and months with its year-on-year rate: the same figure's other rate, no
    second figure ("CPI tháng 11 tăng 0,45% so với tháng trước ... So với tháng 12/2024, CPI
    tăng 3,28%; còn so với cùng kỳ năm trước tăng 3,58%")."""
    side: set[int] = set()
    for same in alike.values():
        if len(same) < 2:
            continue
        facts = [out[i] for i in same]
        if not any(isinstance(f, IndicatorFact) and f.growth_base == "yoy" for f in facts):
            continue
        for i in same:
            f = out[i]
            if (
                isinstance(f, IndicatorFact)
                and f.value is None
                and f.plan_pct is None
                and f.growth_base in ("previous_period", "other")
            ):
                side.add(i)
    return [f for k, f in enumerate(out) if k not in side] if side else out


SPLIT_LIMIT = 12  # counts of one total compared pairwise: a report states a handful


def _without_split_counts(facts: list[Fact]) -> list[Fact]:
    """ "23/26 chỉ tiêu đạt và vượt kế hoạch ... 13/26 chỉ tiêu vượt; 10/26 chỉ tiêu đạt": two
    counts of one total that add up to a third count of it are that count split, not counts of
    their own."""
    by_total: dict[tuple[int, str], list[TaskFact]] = {}
    for f in facts:
        if isinstance(f, TaskFact) and f.total:
            by_total.setdefault((f.total, str(f.period)), []).append(f)
    split: set[int] = set()
    for counts in by_total.values():
        if len(counts) < 3 or len(counts) > SPLIT_LIMIT:
            continue
        done = {c.completed for c in counts}
        for i, a in enumerate(counts):
            for b in counts[i + 1 :]:
                if a.completed + b.completed in done and a.completed and b.completed:
                    split.update((id(a), id(b)))
    return [f for f in facts if id(f) not in split] if split else facts


def contradicted_in_body(
    f: Fact, title_end: int, body: list[IndicatorFact], rates: Mapping[tuple[str, str], Collection[float]]
) -> bool:
    """A headline's rate, given the months of the body's first figures (it names none), that the
    body states otherwise for its indicator in those months ("राजस्थान का बजट: जीएसडीपी 12
    प्रतिशत बढ़ने का अनुमान" over "2025-26 में ... जीएसडीपी ... 8.3 प्रतिशत बढ़ने का अनुमान"): of
    other months, which the text does not tell. (`body`: the body's facts, parts left out.)"""
    return (
        isinstance(f, IndicatorFact)
        and f.growth_pct is not None
        and any(
            b.indicator == f.indicator and b.period == f.period and b.growth_pct is not None for b in body
        )
        and not _restated_in_body(f, title_end, body, rates)
    )


def _restated_in_body(
    f: Fact, title_end: int, body: list[IndicatorFact], rates: Mapping[tuple[str, str], Collection[float]]
) -> bool:
    """A headline's figure that the body states too adds nothing: the body's facts stand, with
    their base and precision ("Tháng 9: CPI tăng 0,51%" over "... tăng 0,51% so với tháng
    trước ... tăng 8,8% so với cùng kỳ": the month-on-month rate, not a second CPI of the
    month). So does one with no year of its own that the body states for months as long but
    other ones ("India's Q2 GDP growth at 7.6%" over "grew 7.6% in the July-September
    quarter": a fiscal quarter): the body's reading stands, the headline's guess goes."""
    if not isinstance(f, IndicatorFact) or f.evidence.start >= title_end:
        return False
    if f.value is None and f.growth_pct is None and f.plan_pct is None:
        return False

    def agrees(b: IndicatorFact) -> bool:
        return (
            b.indicator == f.indicator
            and (f.value is None or (b.value is not None and _about(b.value, f.value)))
            and (
                f.growth_pct is None
                or any(
                    # ("18% वृद्धि" over the body's 18.6: a headline may cut a rate short, too.)
                    _rounded(r, f.growth_pct) or _cut_short(r, f.growth_pct) or _rounded_up(r, f.growth_pct)
                    for r in (b.growth_pct, *rates.get((b.indicator, b.period), ()))
                    if r is not None
                )
            )
            and (
                f.plan_pct is None
                or (
                    b.plan_pct is not None
                    # "đạt gần 60%" over "đạt 58,3% kế hoạch": a headline's share of plan, rounded.
                    and (_rounded(b.plan_pct, f.plan_pct) or abs(b.plan_pct - f.plan_pct) <= PLAN_NEAR)
                )
            )
        )

    if any(b.period == f.period and agrees(b) for b in body):
        return True
    if YEAR.search(f.evidence.text):
        return False
    if (
        f.growth_pct is not None
        and not float(f.growth_pct).is_integer()
        and any(
            # ("CPI bình quân cả nước tăng 1,72%" over "... bình quân sáu tháng ... là 1,72%": the
            # very rate, to its last digit, is the body's, whatever months the headline was given.)
            b.indicator == f.indicator
            and b.growth_pct == f.growth_pct
            and (f.value is None or f.value == b.value)
            for b in body
        )
    ):
        return True
    if f.value is not None and any(
        # ("Kim ngạch xuất khẩu của tỉnh ước đạt trên 7,2 tỷ USD" over "Lũy kế 4 tháng ... đạt
        # trên 7,2 tỷ USD": the very amount, whatever months the headline was given.)
        b.indicator == f.indicator
        and b.value is not None
        and abs(b.value - f.value) <= SAME_AMOUNT * abs(f.value)
        for b in body
    ):
        return True
    said = Period.parse(f.period)
    return any(
        b.period != f.period
        and (Period.parse(b.period).length == said.length or _a_month_past(said, Period.parse(b.period)))
        and agrees(b)
        for b in body
    )


def _a_month_past(headline: Period, body: Period) -> bool:
    """The headline's months are the body's and the publication's month after them ("GST
    collections up 9% so far this fiscal" in November over the body's April-October)."""
    return (headline.start_year, headline.start_month) == (body.start_year, body.start_month) and (
        month_index(headline.end_year, headline.end_month) == month_index(body.end_year, body.end_month) + 1
    )


SAME_AMOUNT = 0.005  # a headline's amount this close to the body's is the body's


def _said_with_its_base(f: Fact, based: Collection[float]) -> bool:
    """The fact's bare rate is one of `based`, the rates said with a base of its months."""
    return (
        isinstance(f, IndicatorFact)
        and f.growth_pct is not None
        and any(abs(r - f.growth_pct) <= 0.01 for r in based)
    )


def _count(f: Fact) -> tuple[int, int] | None:
    return (f.completed, f.total) if isinstance(f, TaskFact) else None


def _part_rate_of_a_total(a: Fact, a_part: bool, b: Fact, b_part: bool) -> bool:
    """ "12 million visitors. Domestic arrivals grew 9%": a part's rate with no amount of its
    own is no figure of the total."""
    if a_part == b_part or not isinstance(a, IndicatorFact) or not isinstance(b, IndicatorFact):
        return False
    part_fact = b if b_part else a
    whole = a if b_part else b
    if (
        whole.value is not None
        and part_fact.growth_pct is not None
        and whole.growth_pct is not None
        and abs(part_fact.growth_pct - whole.growth_pct) <= SAME_RATE
        and part_fact.growth_base == whole.growth_base
    ):
        # "The foreign tourist arrivals ... have grown by 3.2 percent ... FTAs during January-March
        # were 22.81 lakh - a growth of 3.2 percent": the one rate of the one measure, said twice.
        return False
    return part_fact.value is None


SAME_RATE = 0.01  # the one rate, said twice


def _count_said_again_with_its_scope(f: Fact, scoped: Collection[tuple[object, ...]]) -> bool:
    """ "Expected to complete and exceed 27/28 targets ... 27/28 main targets of the 2024 plan":
    a count of all tasks that is another's of the same months, told with its scope word there."""
    return isinstance(f, TaskFact) and f.scope == ALL_TASKS and (f.completed, f.total, f.period) in scoped


def _key(f: Fact) -> tuple[object, ...]:
    if isinstance(f, TaskFact):
        return ("task", f.completed, f.total, f.scope)
    return (type(f).__name__, f.indicator, str(f.period))


def _merge(a: Fact, b: Fact, rounds: bool = False) -> Fact | None:
    """`rounds`: b is a headline's fact and a the body's, whose figures b may round."""
    if isinstance(a, IndicatorFact) and isinstance(b, IndicatorFact):
        if a.indicator != b.indicator or a.period != b.period:
            return None
        if not (
            _close(a.value, b.value)
            or (rounds and _rounded(a.value, b.value))
            or _cut_short(a.value, b.value)
            or _cut_short(b.value, a.value)
            or _one_digit_near(a.value, b.value)
            or _one_digit_near(b.value, a.value)
        ):
            return None
        plan = a.plan_pct if a.plan_pct is not None else b.plan_pct
        if not _close(a.plan_pct, b.plan_pct, 0.0001):
            # One amount said twice, its share of the plan once rounded ("528.870,2 tỷ đồng, đạt
            # gần 60% kế hoạch" ... "528.870,2 tỷ đồng, đạt 57,9% kế hoạch"): the precise share.
            if a.value is None or a.plan_pct is None or b.plan_pct is None or not _close(a.value, b.value):
                return None
            if _about(a.plan_pct, b.plan_pct):
                plan = a.plan_pct
            elif _about(b.plan_pct, a.plan_pct):
                plan = b.plan_pct
            else:
                return None
        growth, base = a.growth_pct, a.growth_base
        if rounds and a.growth_pct is not None and _rounded(a.growth_pct, b.growth_pct):
            pass  # the headline's rounded rate: the body's stands
        elif (
            a.growth_pct is not None
            and b.growth_pct is not None
            and abs(a.growth_pct - b.growth_pct) <= 0.01
            and a.growth_base != b.growth_base
        ):
            # The same rate said twice, once with its base ("up 0.51%" ... "up 0.51% on the
            # month before"): a rate said bare is read as year on year, the stated base is right.
            base = a.growth_base if b.growth_base == "yoy" else b.growth_base
        elif b.growth_pct is not None and (growth is None or _BASE_RANK[b.growth_base] < _BASE_RANK[base]):
            growth, base = b.growth_pct, b.growth_base
        elif (
            a.growth_pct is not None
            and b.growth_pct is not None
            and a.growth_base == b.growth_base
            and abs(a.growth_pct - b.growth_pct) > 0.01
        ):
            return None
        # "1.31 लाख करोड़ रुपए के पार" ... "1,31,526 करोड़ रुपए": one amount, said precisely once.
        precise = a.value is None or (b.value is not None and _digits(b.value) > _digits(a.value))
        return a.model_copy(
            update={
                "value": b.value if precise else a.value,
                "unit": b.unit if precise else a.unit,
                "growth_pct": growth,
                "growth_base": base,
                "plan_pct": plan,
                # A rate alone that gave way to b's rate: b's words are the evidence.
                "evidence": b.evidence if a.value is None and growth != a.growth_pct else a.evidence,
            }
        )
    if isinstance(a, TargetFact) and isinstance(b, TargetFact):
        if (a.indicator, a.period) != (b.indicator, b.period):
            return None
        if not _close(a.value, b.value) or not _close(a.growth_pct, b.growth_pct, 0.0001):
            return None
        return a.model_copy(
            update={
                "value": a.value if a.value is not None else b.value,
                # (The unit goes with the amount kept.)
                "unit": a.unit if a.value is not None else b.unit,
                "growth_pct": a.growth_pct if a.growth_pct is not None else b.growth_pct,
            }
        )
    if (
        isinstance(a, TaskFact)
        and isinstance(b, TaskFact)
        and (a.completed, a.total, a.scope) == (b.completed, b.total, b.scope)
    ):
        return a
    return None
