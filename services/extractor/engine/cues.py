"""What the words next to a figure say about it: which percentage is growth, a plan share,
a ratio or a level; what a rate is compared with; which amounts are not levels (averages,
conversions, changes) and which figures are quoted for comparison. Words from the lexicon."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection

import regex

from services.extractor.engine.figures import money
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import has_word, is_word_char, words_near
from services.extractor.engine.periods import Period, month_index
from services.extractor.engine.resolve import Frame, count_of, resolve
from services.extractor.engine.tokens import Token, sentence_ends, tokens_from

NUMERIC = ("val", "pct", "num")
BEFORE_GAP = 32  # characters between a cue and the percentage it qualifies
AFTER_GAP = 16
AFTER_CUES = (
    "plan.after",
    "plan_over.after",
    "plan_under.after",
    "plan_vs.after",
    "growth_up.after",
    "growth_down.after",
    "ratio.after",
)
BEFORE_CUES = (
    "plan.before",
    "ratio.before",
    "share.before",
    "growth_up.before",
    "growth_down.before",
    "level.before",
)


THAN_AFTER_REACH = 24  # "27.8%[ से अधिक है]"


def than_after(text: str, end: int, lex: Lexicon) -> bool:
    """The figure ending at `end` is followed by "than" and a comparative, ending the clause
    ("... के 27.8% से अधिक है", not "... के 80% से अधिक के बराबर", a bound): the figure is
    what another is compared with."""
    if not lex.than_words or not lex.comparatives:
        return False
    words = text[end : end + THAN_AFTER_REACH].lower().replace("।", " । ").split()
    return (
        len(words) >= 2
        and words[0] in lex.than_words
        and words[1] in lex.comparatives
        and (len(words) == 2 or words[2] not in lex.of_words)
    )


def _nearest_cue(
    toks: list[Token], i: int, step: int, kinds: tuple[str, ...], gap: int, used: set[int], text: str
) -> int | None:
    """The closest unused cue of `kinds` next to token i (step +1: after it, -1: before it),
    stopping at the neighbouring figure or indicator or past `gap` characters; after it, not
    inside a bracket opened since ("tăng 6,5% (kế hoạch 7%)": the plan's own figure) nor past
    a comma."""
    t = toks[i]
    j = i + step
    while 0 <= j < len(toks):
        c = toks[j]
        distance = c.start - t.end if step > 0 else t.start - c.end
        if c.kind in NUMERIC or c.kind in ("ind", "block") or distance > gap:
            return None
        if step > 0 and ("(" in text[t.end : c.start] or "," in text[t.end : c.start]):
            return None  # "ước đạt 8,2%, vượt kế hoạch": the plan word is the next clause's
        if step > 0 and c.kind == "cue" and c.data["cue"] == "compare" and not text[t.end : c.start].strip():
            return None  # "4.0 प्रतिशत की तुलना में कम": the word past the comparison is the other figure's
        if step < 0 and ";" in text[c.end : t.start]:
            return None  # "जो योजना से कम है; वर्ष के लिए लक्ष्य 8.5% है": the word is the clause before's
        if step < 0 and c.kind == "cue" and c.data["cue"] == "target":
            return None  # "lower than the target of 8%": the words before the goal are not its sign
        if (
            step < 0
            and c.kind == "cue"
            and c.data["cue"] == "compare"
            and not text[c.end : t.start].strip()
            and not any(r.data["cue"] in kinds for r in readings(toks, j, -1) + readings(toks, j, +1))
        ):
            return None  # "down from 2.92%": the level compared with (not "cao hơn 5%", a change)
        if c.kind == "cue" and j not in used and c.data["cue"] in kinds:
            return j
        j += step
    return None


def _before_a_growth_base(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """A bare rate said right before a year-ago base in a language that writes growth so
    ("$2 billion (5% yoy)") is a growth; not so in one where it is a ratio ("95% so với cùng
    kỳ")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "cue" or nxt.start - toks[i].end > 2:
        return None
    return "growth_up" if nxt.text.lower() in lex.growth_bases else None


def _after_a_growth_rate_word(toks: list[Token], i: int, text: str) -> str | None:
    """A rate right after the words of a growth rate with no name between ("recorded a growth
    rate of 7 percent in gross regional domestic product"): the growth, of whatever is named
    after it."""
    before = any(
        is_cue(c, ("rate.before",)) and not text[c.end : toks[i].start].strip()
        for c in readings(toks, i - 1, -1)
    )
    if not before and i >= 2 and toks[i - 1].kind == "per":
        # "The growth rate of the entire previous fiscal -- at 7.6 per cent": its period between,
        # a word or two either side of it.
        per = toks[i - 1]
        gap = text[per.end : toks[i].start].replace("-", " ")
        before = len(gap.split()) <= PERIOD_GAP_WORDS and not any(ch.isdigit() or ch in ",;()" for ch in gap)
        before = before and any(
            is_cue(c, ("rate.before",)) and len(text[c.end : per.start].split()) <= PERIOD_GAP_WORDS
            for c in readings(toks, i - 2, -1)
        )
    return "growth_up" if before else None


PERIOD_GAP_WORDS = 2  # "growth rate of the [entire] previous fiscal [-- at] 7.6 per cent"


NAMED_RATE_TOKENS = 4  # cue readings between a rate's name and the rate ("export growth[ rate of ]7.5%")
NAMED_RATE_WORDS = 2


def _a_growth_rate_compared(toks: list[Token], i: int, j: int, text: str) -> bool:
    """The rate toks[i] is named a growth rate right before it, and the word of change after it,
    toks[j], is followed by a word of comparison ("growth rate of 7.5 per cent is much lower than
    the target"): the rate compared with another figure, not its direction."""
    if not toks[j].data["cue"].startswith(("growth_up", "growth_down")):
        return False
    named = next((x for x in reversed(toks[max(0, i - NAMED_RATE_TOKENS) : i]) if x.kind != "cue"), None)
    if _after_a_growth_rate_word(toks, i, text) is None and not (
        named is not None
        and named.kind == "ind"
        and named.data.get("rate")
        and len(text[named.end : toks[i].start].split()) <= NAMED_RATE_WORDS
    ):
        return False
    k = neighbour(toks, j, +1)
    return k < len(toks) and any(
        is_cue(c, ("reference",)) and c.start - toks[j].end <= 2 for c in readings(toks, k, +1)
    )


def _said_as_reached(text: str, start: int, lex: Lexicon) -> bool:
    """A word of "to" right before the rate ("... fell in May to [5.2%]"): the level reached,
    with the verb of change further back."""
    if not lex.level_to:
        return False
    head = f" {text[max(0, start - 8) : start].lower()}"
    return any(head.endswith(f" {w} ") for w in lex.level_to)


SHORT_FORM_RE = regex.compile(r"\(\s*[^\d(),;]{1,16}\s*\)")  # "(IIP)": a name's short form


def classify_percentages(toks: list[Token], text: str, lex: Lexicon) -> None:
    """Tag each percentage with what it measures (growth up/down, plan, share, ratio, level)
    from the cue words next to it. A cue serves one percentage."""
    used: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind != "pct":
            continue
        role = None
        # After: "14.45% की वृद्धि", "49.65% of the plan", "a 6.1% increase".
        j = _nearest_cue(toks, i, +1, AFTER_CUES, AFTER_GAP, used, text)
        if j is not None and _a_growth_rate_compared(toks, i, j, text):
            j = None  # "The 2016 export growth rate of 7.5 per cent is much lower than ...": the rate's own
        if j is not None:
            role = toks[j].data["cue"].split(".")[0]
            t.data["after_role"] = role  # "अनुमान से 10% कम": the direction of a plan overrun
            used.add(j)
            if role == "plan_vs":
                # "tăng 8% so với kế hoạch": over the plan by so much, or under it after a fall.
                # ("bằng 108% so với dự toán", with no word of change, is the share itself.)
                k = _nearest_cue(toks, i, -1, BEFORE_CUES, BEFORE_GAP, used, text)
                before = toks[k].data["cue"] if k is not None else ""
                role = {"growth_up.before": "plan_over", "growth_down.before": "plan_under"}.get(
                    before, "plan"
                )
                if role != "plan":
                    used.add(k)  # type: ignore[arg-type]
            if role in ("plan_over", "plan_under"):
                # "12% higher than the estimate" is 112% of it, "8% below the plan" 92%.
                t.data["after_role"] = "growth_up" if role == "plan_over" else "growth_down"
                t.data["exceeded"], role = True, "plan"
        if role is None and i and toks[i - 1].kind == "cue" and _bound_after_a_change(toks, i - 1, text, lex):
            # "up over 19%", "up more than 19%": past the words of bound, the word of change is
            # the rate's.
            growth = next(
                (x for x in reversed(toks[max(0, i - BOUND_TOKENS) : i]) if is_cue(x, BOUNDED_CHANGES[:2])),
                None,
            )
            if growth is not None:
                role = growth.data["cue"].split(".")[0]
        if role is None or role.startswith("growth") or role == "ratio":
            # Before: "tăng 14,45%", "up 6.1 percent", "accounting for 49.65%"; a plan, share,
            # ratio or level word before outranks a growth word after, and a plan word a ratio
            # word after ("वार्षिक अनुमान के 128.3% के बराबर": of the plan; "accounting for 108.3
            # percent of that in the same period last year" stays a ratio).
            j = _nearest_cue(toks, i, -1, BEFORE_CUES, BEFORE_GAP, used, text)
            if j is not None and toks[j].data["cue"] == "ratio.before" and than_after(text, t.end, lex):
                j = None  # "पिछले वर्ष की इसी अवधि के 27.8% से अधिक है": that period's figure, compared with
            if j is not None:
                r = toks[j].data["cue"].split(".")[0]
                if (
                    role is None
                    or (role != "ratio" and r in ("plan", "share", "ratio", "level"))
                    or (role == "ratio" and r == "plan")
                ):
                    role = r
                    used.add(j)
        if (
            role is not None
            and role.startswith("growth")
            and _said_as_reached(text, t.start, lex)
            # (Not the end of a cue of its own: "compared to 0.8% contraction".)
            and not (i and toks[i - 1].kind == "cue" and t.start - toks[i - 1].end <= 2)
        ):
            role = "level"  # "dropped in December 2025 to 5.2 per cent": the level reached
        if role is None and amount_planned_after_a_share(toks, i + 1, text, lex):
            role = "plan"  # "72.87% of the ₹2.84 lakh crore projected in the budget estimates"
        if role is None and _share_of_the_name_before(toks, i, text, lex):
            role = "share"  # "प्रांत के निर्यात कारोबार का 62% है": 62% of the exports
        if role is None and _share_of_a_goal_in_brackets(toks, i, text, lex):
            role = "plan"  # "निर्धारित लक्ष्य (23,600 बिलियन वीएनडी) का 51.8%"
        signed = _signed(text, t.start)
        if (signed is not None and role == "level") or (signed == "growth_down" and role == "growth_up"):
            # "chỉ còn giảm ở mức một con số (-5,89%)", "mức giảm lại tăng lên (-7,56%)": the sign
            # written is the change's.
            role = signed
        t.data["role"] = (
            role
            or signed
            or _before_a_growth_base(toks, i, lex)
            or _after_a_growth_rate_word(toks, i, text)
            or "bare"
        )
        # "giảm 0,04% so với mức tăng 0,55% của tháng 8": a rate compared with another rate
        # may be the change of the rate itself (the assembler decides, knowing the figure).
        t.data["vs_rate"] = _compared_with_a_rate(toks, i)
    # "A में 4.1% और B में 3.8% की वृद्धि", "rose 2.2% against June and 8.1% year on year": a
    # bare rate joined to a neighbouring growth rate shares its role.
    pcts = [i for i, t in enumerate(toks) if t.kind in NUMERIC]
    pairs = list(itertools.pairwise(pcts))
    if lex.compare_follows:
        # (Where the verb comes last, its word of change reaches back over a list: "उद्यमों की
        # संख्या में 49.8%, पंजीकृत पूंजी में 78.6% और ... 53.9% की वृद्धि हुई".)
        pairs.reverse()
    for a, b in pairs:
        ta, tb = toks[a], toks[b]
        if ta.kind != "pct" or tb.kind != "pct":
            continue
        gap = text[ta.end : tb.start].lower()
        # (So does a comma before a name alone: "manufacturing grew 4.8%, mining 0.4% and
        # electricity 3.1%", its short form in brackets too: "..., the industrial production
        # index (IIP) by 15.4 per cent".)
        between = toks[a + 1 : b]
        joined = (
            has_conjunction(gap, lex)
            or (
                "(" not in SHORT_FORM_RE.sub("", gap)
                and bool(between)
                and all(x.kind in ("ind", "block", "ellipsis") for x in between)
                and (
                    gap.lstrip().startswith(",")
                    # "increases of 4.81% in the index of industrial production, 13.42% in total
                    # retail sales ...": each rate before the name it is of, a comma between items.
                    or (
                        gap.rstrip().endswith(",")
                        and text[ta.end : between[0].start].strip().lower() in lex.growth_in
                    )
                )
            )
            # "declined 8.7 per cent in March, 23.2 per cent in April, ...": each rate with its
            # own period right after it, a comma between items.
            or (
                "(" not in gap
                and bool(between)
                and all(x.kind == "per" for x in between)
                and gap.rstrip().endswith(",")
                and not text[ta.end : between[0].start].strip()
            )
        )
        contrast = has_word(gap, lex.contrast_words)
        if (
            contrast
            and lex.compare_follows
            and ta.data["role"] == "bare"
            and tb.data["role"].startswith("growth")
            and len(gap) <= 60
            and ";" not in gap
            # (Not a clause with a verb of its own: "जो मई में 2.8 प्रतिशत थी, जबकि ... 0.4 प्रतिशत
            # नीचे रही".)
            and not _a_verb_of_its_own(text, ta.end, lex)
        ):
            # "वस्तु निर्यात में 0.62% जबकि आयात में 6.37% की वृद्धि हुई": where the verb comes
            # last, the first clause, with none of its own, shares the one after the contrast.
            ta.data["role"] = tb.data["role"]
            continue
        # (The names between count for nothing: "13.42% in total retail sales of goods and
        # consumer service revenue, and 7.1% in export earnings".)
        named = sum(x.end - x.start for x in between if x.kind in ("ind", "block", "ellipsis"))
        if len(gap) - named > 60 or ";" in gap or not joined or contrast:
            continue  # (not across a contrast: "..., rolled steel (15.3%), while cement dropped 2.1%")
        if ta.data["role"] == "bare" and tb.data["role"].startswith("growth"):
            ta.data["role"] = tb.data["role"]
        elif (
            tb.data["role"] == "bare"
            and ta.data["role"].startswith("growth")
            # "up 39.5% and reaching 98% of the 2019 level": a part or ratio, no change.
            and _first_word(text, tb.end) not in lex.rate_of
        ):
            tb.data["role"] = ta.data["role"]  # "rose 2.2% against June and 8.1% year on year"
    if lex.gapped_change:
        _gapped_rates(toks, text, lex)
    # A period right after "on average" is the average's unit ("bình quân 1 tháng"); one of
    # several months is the span averaged over ("bình quân 9 tháng", "bình quân quý III").
    for i, t in enumerate(toks):
        if (
            t.kind == "per"
            and i
            and toks[i - 1].kind == "cue"
            and toks[i - 1].data["cue"] == "average"
            and t.start - toks[i - 1].end <= 3
            and _one_month(t, lex)
        ):
            t.data["after_average"] = True


GAPPED_REACH = 80  # "rose 3.5% to $258.6 billion, and imports by 5.1%": the clause before


def _gapped_rates(toks: list[Token], text: str, lex: Lexicon) -> None:
    """ "exports increased by 3.5 per cent to $258.6 billion, and imports by 5.1 per cent to
    $416.9 billion": the verb said once serves the clause after the conjunction, which keeps
    only its indicator and "by"."""
    last: Token | None = None
    for i, t in enumerate(toks):
        if t.kind != "pct":
            continue
        if t.data["role"].startswith("growth"):
            last = t
            continue
        ind = toks[i - 1] if i else None
        if t.data["role"] == "bare" and ind is not None and ind.kind == "ind":
            changed = _change_in_named_before(toks, i, text, lex)
            if changed is not None:
                t.data["role"], last = changed, t
                continue
        if t.data["role"] != "bare" or last is None or ind is None or ind.kind != "ind":
            continue
        gap = text[last.end : ind.start]
        if (
            text[ind.end : t.start].strip().lower() in lex.gapped_change
            and len(gap) <= GAPPED_REACH
            and ";" not in gap
            and has_conjunction(gap, lex)
        ):
            t.data["role"] = last.data["role"]


def _share_of_the_name_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] follows an indicator's name and a word of "of" alone ("निर्यात कारोबार का
    62%"), in a language that names the whole first: a share of that indicator."""
    if not lex.share_of_whole:
        return False
    k = neighbour(toks, i, -1)
    return (
        k >= 0
        and toks[k].kind == "ind"
        and text[toks[k].end : toks[i].start].strip().lower() in lex.share_of_whole
    )


def _share_of_a_goal_in_brackets(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] follows a goal's word, its amount in brackets and a word of "of" ("जो
    प्रस्ताव में निर्धारित लक्ष्य (23,600 बिलियन वीएनडी) का 51.8% है"): the share of the goal done."""
    if not lex.share_of_whole or i < 2:
        return False
    amount, goal = toks[i - 1], toks[i - 2]
    if amount.kind != "val" or not is_cue(goal, ("target",)) or text[goal.end : amount.start].strip() != "(":
        return False
    after = text[amount.end : toks[i].start].strip()
    return after.startswith(")") and after[1:].strip().lower() in lex.share_of_whole


def _change_in_named_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> str | None:
    """ "July also saw a drop in exports by 1.5 per cent", "a rise in imports of 4%": the word of
    change before the indicator, joined to it as its change ("drop in"), is the rate's after it."""
    ind = toks[i - 1]
    if text[ind.end : toks[i].start].strip().lower() not in lex.gapped_change:
        return None
    for c in readings(toks, neighbour(toks, i - 1, -1), -1):
        direction = c.data.get("cue", "").split(".")[0] if c.kind == "cue" else ""
        joined = f"{c.text} {text[c.end : ind.start].strip()}".strip().lower()
        if direction in ("growth_up", "growth_down") and joined in lex.growth_in:
            return direction
    return None


def starts_with_word(s: str, words: Collection[str]) -> bool:
    """`s` begins with one of `words`, as whole words."""
    return any(s.startswith(w) and (len(s) == len(w) or not is_word_char(s[len(w)])) for w in words)


def _a_verb_of_its_own(text: str, pos: int, lex: Lexicon) -> bool:
    """The figure ending at `pos` is followed by its clause's own verb ("2.8 प्रतिशत थी, ...")."""
    word = _first_word(text, pos).rstrip(",;।")
    return word in lex.level_after or word in lex.looking_back_after


def _first_word(text: str, pos: int) -> str:
    words = text[pos : pos + 16].split(maxsplit=1)
    return words[0].lower() if words else ""


def _signed(text: str, start: int) -> str | None:
    """ "(+11.5% y/y)", "(-3.2%)": a rate written with its sign is a change; so is one after a
    sign in brackets ("are (-) 1.8 percent, 1.8 percent and (-) 6.9 percent")."""
    if text[start - 4 : start] in ("(-) ", "(+) ") and text[start - 5 : start - 4] in ("", " ", "\n"):
        return "growth_up" if text[start - 3] == "+" else "growth_down"
    sign = text[start - 1 : start]
    if sign not in ("+", "-", "−") or text[start - 2 : start - 1] not in ("", " ", "(", "\n", ":"):
        return None  # not "7.1%-7.5%", "5-6%": a range
    return "growth_up" if sign == "+" else "growth_down"


RATE_REACH = 24  # "so với mức tăng 0,55%": the compared rate within this many characters


def _compared_with_a_rate(toks: list[Token], i: int) -> bool:
    """toks[i], a percentage, is followed at once by a comparison word and, past only cue
    words, another percentage."""
    if i + 1 >= len(toks):
        return False
    ref = toks[i + 1]
    if ref.kind != "cue" or ref.data["cue"] != "reference" or ref.start - toks[i].end > 3:
        return False
    k = i + 2
    while k < len(toks) and toks[k].kind == "cue" and toks[k].start - ref.end <= RATE_REACH:
        k += 1
    return k < len(toks) and toks[k].kind == "pct" and toks[k].start - ref.end <= RATE_REACH


def _one_month(t: Token, lex: Lexicon) -> bool:
    return t.data["kind"] in ("first_n", "n_months") and count_of(t.data.get("n"), lex) == 1


def _opening_during(c: Token, text: str, lex: Lexicon) -> bool:
    """The word c ("over") opens its sentence or clause: there it says when ("Over the first 10
    months of 2025, ..."), not what a figure is compared with."""
    if c.text.lower() not in lex.opening_during:
        return False
    k = c.start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in ".!?;:\n"


BASE_NAME_WORDS = 3  # "पिछले साल इसी महीने [में आए] पर्यटकों की संख्या की तुलना में"


def _compared_past_its_name(toks: list[Token], i: int, text: str) -> bool:
    """The period toks[i], a few words and the indicator's name, then the word of comparison
    ("पिछले साल इसी महीने में आए पर्यटकों की संख्या की तुलना में"): what is compared with."""
    j = i + 1
    if j + 1 >= len(toks) or toks[j].kind != "ind":
        return False
    c = toks[j + 1]
    return (
        is_cue(c, ("compare",))
        and not text[toks[j].end : c.start].strip()
        and len(text[toks[i].end : toks[j].start].split()) <= BASE_NAME_WORDS
    )


BASE_WORDS = 5  # "मई, 2017[ में दर्ज किए गए सूचकांक ]के मुकाबले"


def _compared_past_its_words(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The period toks[i], a few plain words, then the word of comparison ("मई, 2017 में दर्ज
    किए गए सूचकांक के मुकाबले"): what is compared with, its figure named without a name the
    lexicon knows."""
    j = i + 1
    if j >= len(toks) or not is_cue(toks[j], ("compare",)):
        return False
    gap = text[toks[i].end : toks[j].start]
    return (
        not any(ch in gap for ch in ",;:।()\n")
        and 1 <= len(gap.split()) <= BASE_WORDS
        # (Not past a word of time: "साल 2025 में इसी अर्से के दौरान पहले साल के मुकाबले" names the
        # base in those words, the period before them is the figure's own.)
        and (lex.period_anchors is None or next(lex.period_anchors.iter(gap.lower()), None) is None)
    )


def _amount_of_the_name(toks: list[Token], k: int, text: str, lex: Lexicon) -> bool:
    """The word toks[k] ("from") joins an amount right before it to the name after it ("earned
    USD 13 billion from exports in the past 11 months"): the amount's, no word of comparison."""
    before = neighbour(toks, k, -1) if k >= 0 else -1
    return (
        before >= 0
        and toks[before].kind == "val"
        and not text[toks[before].end : toks[k].start].strip()
        and toks[k].text.lower() in lex.value_of
    )


def possessive_between(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """text[a:b] is a possessive glued to the word before ("September['s] 4.0 per cent"): the
    period named owns the figure after it."""
    gap = text[a:b]
    return gap[:1] in ("'", "’") and gap.strip() in lex.period_copulas


def mark_bases(toks: list[Token], text: str, lex: Lexicon) -> None:
    """A period right after "so với"/"compared with" (or, in Hindi, right before "की तुलना में")
    is what a figure is compared with, not the figure's own period."""
    last_per: Token | None = None  # the period before this one
    for i, t in enumerate(toks):
        if t.kind != "per":
            continue
        # "in May", "trong 6 tháng": the figure's own period, unless a comparison word stands
        # right before it ("12% higher than in February 2022").
        own = t.text.lower().startswith(lex.own_period_words)
        # (Past a word of average: "so với bình quân cùng kỳ năm 2017", "compared with the
        # average of the same period".)
        j = i - 1
        while j >= 0 and is_cue(toks[j], ("average",)):
            j -= 1
        before = readings(toks, j, -1)
        skipped = (toks[j + 1].start, toks[i - 1].end) if j < i - 1 else None
        after = readings(toks, i + 1, +1)
        # "so với cuối tháng 12": a comparison word may take a few filler words before its
        # period; a complete "year on year" phrase is followed by the figure's own period.
        compared = any(
            c.kind == "cue"
            # (Not across a line: a headline's "tăng gấp 2 lần" is no comparison with the
            # period that opens the body.)
            and "\n" not in text[c.end : t.start]
            and (
                (
                    # ("thấp hơn quý I (8,65%)": a word of comparison with a figure said after.)
                    c.data["cue"] in ("compare", "reference")
                    # (Where the comparison word follows what is compared with, a period after
                    # it is the figure's own: "जून के 2.1% से बढ़कर जुलाई में 2.8%".)
                    and not lex.compare_follows
                    # ("Over the first 10 months of 2025, the country saw ...": at an opening,
                    # the words say when, not what is compared with.)
                    and not _opening_during(c, text, lex)
                    and _words_up_to_its_period(_gap_past(text, c.end, t.start, skipped), own, lex)
                )
                # (Not where the comparison follows what is compared with: "सालाना आधार पर
                # जुलाई 2019 में" is July 2019 measured year on year.)
                or (
                    c.data["cue"] == "yoy"
                    and not own
                    and not lex.compare_follows
                    and not text[c.end : t.start].strip()
                )
                # "tăng gấp 2,5 lần cùng kỳ": so many times the period compared with.
                or (c.data["cue"] == "multiple" and not own and not text[c.end : t.start].strip())
            )
            for c in before
        )
        # "higher than the collection for the same period in FY23", "than the GST revenue
        # collected during the same period last year": a comparison word, the name of what is
        # compared, a few words, then its period.
        compared_by_name = (
            not lex.compare_follows
            and j >= 1
            and toks[j].kind in ("ind", "ellipsis")
            and _few_words(text[toks[j].end : t.start])
            and any(
                c.kind == "cue"
                and c.data["cue"] == "compare"
                and _filler(text[c.end : toks[j].start], lex)
                and not _amount_of_the_name(toks, neighbour(toks, j, -1), text, lex)
                for c in readings(toks, neighbour(toks, j, -1), -1)
            )
        )
        compared_after = (
            not own
            and lex.compare_follows
            and (
                any(
                    c.kind == "cue"
                    and c.data["cue"] == "compare"
                    and c.start - t.end <= 4
                    and not text[t.end : c.start].strip()
                    for c in after
                )
                or _compared_past_its_name(toks, i, text)
                or _compared_past_its_words(toks, i, text, lex)
            )
        )
        # "đạt 73,2% kế hoạch năm 2024", "đạt 45,3% kế hoạch vốn đầu tư công năm 2026": the
        # plan's year (the plan's name may stand between), not the figure's period.
        p = i - 1
        while (
            p >= 0
            and toks[p].kind in ("ind", "ellipsis")
            and not text[toks[p].end : toks[p + 1].start].strip()
        ):
            p -= 1
        k = neighbour(toks, p, -1) if p >= 0 else -1  # the token before the plan's words
        planned = (
            (
                # ("38% of the budget estimate for the full year", "... for this fiscal": the
                # plan's whole year too.)
                t.data["kind"]
                in ("year", "fiscal_year", "whole_year", "whole_fiscal_year", "current_fiscal_year")
                and k >= 0
                and toks[k].kind == "pct"
                and any(
                    c.kind == "cue"
                    # ("đạt 73,5% so với kế hoạch năm 2022": set against the plan, as well.)
                    and c.data["cue"] in ("plan.after", "plan_vs.after")
                    # ("kế hoạch vốn năm 2026": one word of what is planned may stand between; "of
                    # the target set in the budget estimates for 2015-16": words the lexicon lists.)
                    and _plan_link(text[c.end : toks[p + 1].start], lex)
                    for c in readings(toks, p, -1)
                )
            )
            or _year_of_the_plan_after(toks, i, text, lex)
        )
        # "पिछले वर्ष से 11.6 प्रतिशत अधिक": a period, a word of "than", then the difference.
        than = (
            not own
            and (
                (
                    any(text[t.end : t.end + 8].lstrip().startswith(f"{w} ") for w in lex.than_words)
                    and i + 1 < len(toks)
                    and toks[i + 1].kind in NUMERIC
                    # ("पिछले वर्ष से करीब सात फीसदी अधिक": a word of about may stand between.)
                    and (
                        toks[i + 1].start - t.end <= 8
                        or (
                            toks[i + 1].start - t.end <= THAN_REACH
                            and len(text[t.end : toks[i + 1].start].split()) == 2
                        )
                    )
                )
                or _than_past_its_figure(toks, i, text, lex)
                # ("..., जो पिछले वर्ष की समान अवधि से अधिक है; ...": more than then, no figure.)
                or than_after(text, t.end, lex)
            )
        )
        # "bằng 105% cùng kỳ": "the same period" right after a rate is what it is set against.
        # ("equivalent to 92.3% of the same period in 2025", "down 24 per cent on the same period
        # last year": a word of the lexicon's may join them.)
        set_against = t.data["kind"] in ("same_period_last_year", "same_period_year") and any(
            c.kind == "pct"
            and text[c.end : t.start].strip().lower() in lex.against_period_joins
            and "\n" not in text[c.end : t.start]
            for c in before
        )
        # "from the previous month and a year earlier": a period listed after a base is one
        # (not one past a word of contrast: "from a year before while the first quarter saw").
        gap = text[toks[i - 1].end : t.start] if i > 0 else ""
        listed = (
            i > 0
            and toks[i - 1].kind == "per"
            and bool(toks[i - 1].data.get("base"))
            and _joined(gap, lex)
            and not has_word(gap, lex.contrast_words)
        ) or (
            # "higher than the first quarter (8.3%) and the second quarter (9.3%)": past the
            # first one's figure in brackets.
            i > 1
            and toks[i - 2].kind == "per"
            and bool(toks[i - 2].data.get("base"))
            and toks[i - 1].kind in NUMERIC
            and text[toks[i - 2].end : toks[i - 1].start].strip() == "("
            and gap.lstrip().startswith(")")
            and _joined(gap.lstrip()[1:], lex)
        )
        # "cao nhất so với quý I các năm giai đoạn 2020-2025": the years a base part is taken
        # from, a base too.
        years_of_base = (
            i > 0
            and toks[i - 1].kind == "per"
            and bool(toks[i - 1].data.get("base"))
            and " ".join(gap.lower().split()) in lex.base_years_links
        )
        # "so với cùng kỳ năm trước (tháng 7/2024)": a base named again in brackets.
        glossed = (
            last_per is not None
            and bool(last_per.data.get("base"))
            and text[last_per.end : t.start].strip() == "("
            and text[t.end : t.end + 3].lstrip().startswith(")")
        )
        # "8.999 tỷ đồng, bằng tháng trước và tăng 13,4%": a period right after a word of ratio,
        # the figure said equal to the one of that time.
        equalled = (
            i > 0
            and toks[i - 1].kind == "cue"
            and toks[i - 1].data["cue"] == "ratio.before"
            and not text[toks[i - 1].end : t.start].strip()
        )
        # "lower than September's 4.0 per cent", "from last month's 6.2%": the period owns the
        # figure after it, which is compared with; the period itself is no base of the first.
        possessed = (
            i + 1 < len(toks)
            and toks[i + 1].kind in NUMERIC
            and possessive_between(text, t.end, toks[i + 1].start, lex)
        )
        if not possessed and (
            compared
            or equalled
            or compared_by_name
            or compared_after
            or planned
            or than
            or set_against
            or listed
            or years_of_base
            or glossed
        ):
            t.data["base"] = True
            if (
                i > 0
                and toks[i - 1].kind == "per"
                and text[toks[i - 1].end : t.start].strip().lower() in lex.gloss_words
            ):
                # "पिछले वर्ष की समान अवधि यानी अक्टूबर 2020 के मुकाबले": one base, named twice.
                toks[i - 1].data["base"] = True
        last_per = t
        if (
            (than or compared_after)
            and i > 0
            and toks[i - 1].kind == "per"
            and all(w in lex.of_words for w in text[toks[i - 1].end : t.start].lower().split())
        ):
            # "[पिछले वित्तीय वर्ष] की पहली तिमाही से", "[पिछले वर्ष] की पहली तिमाही के मुकाबले":
            # one mention.
            toks[i - 1].data["base"] = True
        if planned:
            t.data["plan_year"] = True  # the year under way, not one before it


THAN_AMOUNT_REACH = 16  # "... करोड़ रुपये[ से अधिक ]है": the comparative this close after the amount
THAN_REACH = 16  # "पिछले वर्ष[ से करीब ]सात फीसदी": a word of "than" and one more


def mark_rates(toks: list[Token], text: str) -> None:
    """An indicator named as a growth rate ("निर्यात की वृद्धि दर", "the growth rate of
    exports", "tốc độ tăng trưởng xuất khẩu") is read as a rate: the level it "fell to" is
    the growth. An abbreviation's bracket may stand between ("the Index of Industrial Production
    (IIP) growth rate")."""
    for i, t in enumerate(toks):
        if t.kind != "ind" or t.data.get("rate"):
            continue
        k, end = i + 1, t.end
        if (
            k < len(toks)
            and toks[k].kind == "ellipsis"
            and toks[k].data["value"] == t.data["indicator"]
            and not text[end : toks[k].start].strip()
        ):
            k, end = k + 1, toks[k].end  # "GST [collection] growth": the name's own short word between
        after = any(
            is_cue(c, ("rate.after",)) and not text[end : c.start].strip(" )") for c in readings(toks, k, +1)
        )
        before = any(
            is_cue(c, ("rate.before",)) and not text[c.end : t.start].strip()
            for c in readings(toks, i - 1, -1)
        )
        if after or before:
            t.data["rate"] = True


def readings(toks: list[Token], j: int, step: int) -> list[Token]:
    """The token at j and every other reading of the same words (one span, several cues)."""
    if not 0 <= j < len(toks):
        return []
    first = toks[j]
    out = []
    while 0 <= j < len(toks) and toks[j].start == first.start and toks[j].end == first.end:
        out.append(toks[j])
        j += step
    return out


def neighbour(toks: list[Token], j: int, step: int) -> int:
    """The index of the token before (step -1) or after (+1) the words of toks[j], past the
    other readings of the same words; -1 or len(toks) when there is none."""
    k = j + step
    while 0 <= k < len(toks) and toks[k].start == toks[j].start and toks[k].end == toks[j].end:
        k += step
    return k


def token_before(toks: list[Token], j: int) -> Token | None:
    """The token before the words of toks[j] (past the other readings of the same words)."""
    k = neighbour(toks, j, -1)
    return toks[k] if k >= 0 else None


def has_conjunction(gap: str, lex: Lexicon) -> bool:
    return has_word(gap, lex.conjunctions)


def ends_with_word(s: str, words: tuple[str, ...]) -> bool:
    """`s` is one of `words` or ends with one as a whole word ("vượt kế hoạch", "of the total")."""
    return any(s == w or s.endswith(f" {w}") for w in words)


WORD_BEFORE_REACH = 24  # a word or short phrase: "dưới ngưỡng", "released"


def word_right_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """One of `words` ends the text right before `at` (spacing and case aside)."""
    return ends_with_word(" ".join(text[max(0, at - WORD_BEFORE_REACH) : at].lower().split()), words)


def _plan_link(gap: str, lex: Lexicon) -> bool:
    """The words between a plan's words and its year: one plain word, or a link the lexicon lists."""
    words = " ".join(gap.lower().split())
    return one_word_at_most(words) or words in lex.plan_year_links


def _year_of_the_plan_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The year toks[i] names the plan said right after it, before the share of it ("वर्ष
    2015-16 के लक्ष्य का 67.8 फीसदी", "2015-16 के बजट अनुमान में तय लक्ष्य का 60%"): the plan's
    year, not the figure's."""
    t = toks[i]
    if t.data["kind"] not in ("year", "fiscal_year") or not lex.plan_year_links:
        return False
    k = neighbour(toks, i, +1)
    while k < len(toks) and toks[k].kind == "cue":
        if toks[k].data["cue"] == "plan.before":
            after = neighbour(toks, k, +1)
            return (
                after < len(toks)
                and toks[after].kind == "pct"
                and " ".join(text[t.end : toks[k].start].lower().split()) in lex.plan_year_links
            )
        k += 1
    return False


def one_word_at_most(words: str) -> bool:
    """Nothing, or one plain word ("5.2 million [new] visitors", "kế hoạch [vốn] năm 2026")."""
    return not words or (" " not in words and words.replace("-", "").isalpha())


def _gap_past(text: str, start: int, end: int, skipped: tuple[int, int] | None) -> str:
    """The words from start to end, less the span skipped (a word of average between)."""
    if skipped is None:
        return text[start:end]
    return f"{text[start : skipped[0]]} {text[skipped[1] : end]}"


NAMED_GAP = 40  # "[collected during the same period in] FY23": the words after a name compared with


def _few_words(gap: str) -> bool:
    """At most six words, no figure or punctuation, between a name and the period it is of."""
    g = gap.strip()
    return (
        len(g) <= NAMED_GAP
        and len(g.split()) <= 6
        and not any(ch in g for ch in ",;().!?।:\n")
        and not any(ch.isdigit() for ch in g)
    )


PLANNED_REACH = 24  # "₹2.84 lakh crore [projected]": the word of plan right after the amount


def amount_planned_after_a_share(toks: list[Token], j: int, text: str, lex: Lexicon) -> bool:
    """toks[j], an amount, follows a rate and "of [the]", and a word of plan follows it ("72.87%
    of the ₹2.84 lakh crore projected in the budget estimates", "24.87% of the ₹31,618 crore
    estimate"): the amount is the plan's, the rate the share reached of it."""
    if not lex.planned_after or not 0 < j < len(toks) or toks[j].kind != "val" or toks[j - 1].kind != "pct":
        return False
    gap = text[toks[j - 1].end : toks[j].start].lower()
    if lex.unit_before_re is not None:
        gap = lex.unit_before_re.sub("", gap)  # "of the ₹2.84 lakh crore"
    if gap.strip() not in lex.of_words:
        return False
    return starts_with_word(
        text[toks[j].end : toks[j].end + PLANNED_REACH].lower().lstrip(), lex.planned_after
    )


def _words_up_to_its_period(gap: str, own: bool, lex: Lexicon) -> bool:
    """The words between a comparison word and a period are filler, and none at all before a
    period said as the figure's own ("in May"), unless they are a result's ("compared to the
    implementation in 2023")."""
    return _filler(gap, lex) and (not own or not gap.strip() or _words_of_a_result(gap, lex))


def _filler(gap: str, lex: Lexicon) -> bool:
    """Only spaces or a couple of short words ("the end of", "cuối") between a comparison
    word and the period it compares with, or words of a result and their glue ("compared to
    the implementation in 2023")."""
    g = gap.strip()
    if any(ch in g for ch in ",;().!?।:\n") or any(ch.isdigit() for ch in g):
        return False
    return len(g) <= 12 or _words_of_a_result(g, lex)


def _words_of_a_result(gap: str, lex: Lexicon) -> bool:
    """A word of result or of an estimate and its glue only ("the implementation", "the results
    of the", "the revised estimates")."""
    words = gap.lower().split()
    return (
        len(words) <= RESULT_GAP_WORDS
        and any(w in lex.result_words or w in lex.compared_estimates for w in words)
        and all(w in lex.result_words or w in lex.compared_estimates or w in lex.period_glue for w in words)
    )


RESULT_GAP_WORDS = 4  # "the implementation in", "the results of the"


def _other_measure_before(toks: list[Token], i: int, text: str) -> bool:
    """Words of another measure open the rate's clause, no figure between ("; excluding price
    factors, they rose 7.1% year-on-year"): the rate is of that measure, whatever its base."""
    k = i - 1
    while (
        k >= 0 and toks[k].kind == "cue" and not any(c in text[toks[k].end : toks[k + 1].start] for c in ";.")
    ):
        if toks[k].data["cue"] == "other_base":
            return True
        k -= 1
    return False


def growth_base(
    toks: list[Token], i: int, text: str, fact_period: Period | None, lex: Lexicon, frame: Frame
) -> str:
    """What a growth rate is measured against: the nearest base phrase after it (or, failing
    that, before it) up to the neighbouring figure, within its clause ("tăng 36,7%; so với
    tháng trước tăng 15,2%": the base after the semicolon is the next rate's)."""

    def judge(c: Token) -> str | None:
        if c.kind == "cue" and c.data["cue"] == "yoy":
            return "yoy"
        if (
            c.kind == "cue"
            and c.data["cue"].startswith("growth_")
            and has_word(c.text.lower(), lex.growth_bases)
        ):
            return "yoy"  # "a year-on-year increase of 29.9%": the word of change says its base
        if c.kind == "cue" and c.data["cue"] == "prev_base":
            return "previous_period"  # "0.8% month-on-month", "मासिक आधार पर"
        if c.kind == "cue" and c.data["cue"] == "other_base":
            return "other"  # "98% of the pre-pandemic level": neither a year ago nor a period before
        if c.kind == "per" and c.data.get("base"):
            if "period" not in c.data:
                c.data["period"] = resolve(c.data, lex, frame.about(fact_period or frame.context))
            bp = c.data.get("period")
            if bp is None:
                return "other"
            # (A figure with no period of its own yet is of the one the text is about: "Năm 2021,
            # ... Giá trị sản xuất ... tăng 14% so với năm 2020".)
            owner = fact_period or frame.context
            if owner is not None and bp == owner.shift_years(-1):
                return "yoy"
            if c.data["kind"] == "same_period_year" and fact_period is not None:
                return "other"  # "bằng 112% so với cùng kỳ năm 2019": set against a year long past
            if c.data["kind"] in ("same_period_last_year", "same_period_year", "last_year", "year_ago"):
                return "yoy"
            if c.data["kind"] == "last_year_month" and fact_period is None:
                return "yoy"  # "पिछले साल जुलाई की तुलना में इस बार 28% अधिक": this July's
            if c.data["kind"] in ("prev_month", "month_before", "quarter_before"):
                return "previous_period"  # "so với tháng trước": the month before the figure's
            if fact_period is not None and not _just_before(bp, fact_period):
                return "other"  # "so với tháng 12 năm trước" of September: neither
            return "previous_period"
        return None

    # ("a month-on-month increase of 0.58% and a year-on-year growth of 2.65%": a base said right
    # before the word of change right before the rate is the rate's own.)
    k, near = i - 1, toks[i].start
    while k >= 0 and toks[k].kind == "cue" and not text[toks[k].end : near].strip():
        own = judge(toks[k])
        if own is not None:
            return own
        near = min(near, toks[k].start)
        k -= 1
    if _other_measure_before(toks, i, text):
        return "other"
    listed = None if lex.compare_follows else _listed_base(toks, i, text, lex, judge)
    if listed is not None:
        return listed
    bracketed = _base_inside_brackets(toks, i, text, judge)
    if bracketed is not None:
        inner, outer = bracketed
        if inner is not None:
            return inner
        if outer is not None:
            # "tăng 9,3% so với cùng kỳ năm trước (cùng kỳ năm 2024 tăng 8,8%)", "nếu loại trừ
            # yếu tố giá tăng 7% (cùng kỳ năm 2024 tăng 4,8%)": a rate in brackets that names
            # no base of its own is measured as the rate the brackets follow.
            return growth_base(toks, outer, text, None, lex, frame)
    # After the rate first ("tăng 5% so với cùng kỳ"), then before it ("so với cùng kỳ, ... tăng 5%");
    # where the comparison comes first ("अगस्त की तुलना में 3.6 प्रतिशत"), before it first.
    after, before = range(i + 1, len(toks)), range(i - 1, -1, -1)
    fronted = False  # the next rate's own base follows: this one is measured against another
    aspects = False  # "tăng 44,6% về số doanh nghiệp, tăng 38% về vốn đăng ký so với tháng 10"
    for order in (before, after) if lex.compare_follows else (after, before):
        for j in order:
            c = toks[j]
            if c.kind == "ind" and j < i:
                opening = _opening_base(toks, j, text, judge, lex.compare_follows)
                if opening is not None:
                    return opening
            if j > i and c.kind == "cue" and c.data["cue"] == "aspect":
                aspects = True
            if aspects and j > i and c.kind == "pct":
                continue  # rates of a list of aspects share the base said after the last one
            if c.kind in NUMERIC or c.kind in ("ind", "block"):
                break
            if ";" in (text[toks[i].end : c.start] if j > i else text[c.end : toks[i].start]):
                break
            b = judge(c)
            if b == "yoy" and c.kind == "cue":
                # "so với cùng kỳ năm 2019": the year said on after the words decides.
                named = next(
                    (
                        d
                        for d in toks[j + 1 : j + 4]
                        if d.kind == "per"
                        and d.start < c.end < d.end
                        and d.data["kind"] == "same_period_year"
                    ),
                    None,
                )
                if named is not None:
                    b = judge(named) or b
            if b and j > i and _fronts_next_rate(toks, i, j, text, lex):
                # (Another measure fronting the next rate, "tăng 9,4%, nếu loại trừ yếu tố giá
                # tăng 6,9%", leaves this one's base unsaid, unless this one is of a measure
                # named too: "theo giá hiện hành tăng 10,2%, theo giá so sánh tăng 6,5%".)
                fronted = b != "other" or _said_at_current_prices(toks, i, text, lex)
                break
            if b:
                return b
    return "other" if fronted else "unspecified"


BRACKET_REACH = 160  # how far back an open bracket may hold a rate


def _base_inside_brackets(
    toks: list[Token], i: int, text: str, judge: Callable[[Token], str | None]
) -> tuple[str | None, int | None] | None:
    """For a rate inside round brackets: the base said inside them (a base outside belongs to
    the sentence's other figures), and failing that the index of the rate right before the
    brackets, if one is. None where the rate is in no brackets."""
    t = toks[i]
    opening = text.rfind("(", max(0, t.start - BRACKET_REACH), t.start)
    if opening < 0 or ")" in text[opening : t.start]:
        return None
    closing = text.find(")", t.end, t.end + BRACKET_REACH)
    if closing < 0:
        return None
    for order in (range(i + 1, len(toks)), range(i - 1, -1, -1)):
        for j in order:
            c = toks[j]
            if c.start >= closing or c.end <= opening or c.kind in NUMERIC or c.kind in ("ind", "block"):
                break
            b = judge(c)
            if b is not None:
                return b, None
    for j in range(i - 1, -1, -1):
        c = toks[j]
        if c.end > opening:
            continue
        if opening - c.end > BRACKET_REACH:
            break  # (bounded: a run of period words before many brackets is not rescanned)
        if c.kind in NUMERIC:
            between = text[c.end : opening]
            return None, (j if c.kind == "pct" and not any(ch in between for ch in ";.") else None)
        if c.kind in ("ind", "block"):
            break
    return None, None


CURRENT_PRICES_CHARS = 64  # "[GRDP 6 tháng theo giá hiện hành ]tăng 10,2%": the words looked at


def _said_at_current_prices(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """Words of current prices stand between the figure before the rate toks[i] and it."""
    k = next((k for k in range(i - 1, -1, -1) if toks[k].kind in NUMERIC), -1)
    start = toks[k].end if k >= 0 else (toks[0].start if toks else 0)
    # (Within a few words: a run-on sentence is not re-read for every rate.)
    return has_word(
        words_near(text, max(start, toks[i].start - CURRENT_PRICES_CHARS), toks[i].start), lex.nominal_words
    )


def _fronts_next_rate(toks: list[Token], i: int, j: int, text: str, lex: Lexicon) -> bool:
    """ "CPI tăng 1,08% và so với cùng kỳ năm trước tăng 3,66%", "tăng 9,4%, nếu loại trừ yếu tố
    giá tăng 6,9%": a base after the rate toks[i] and a conjunction or a comma, with a verb of
    change and a rate of its own after it, is that rate's."""
    raw = text[toks[i].end : toks[j].start]
    if not raw.strip() or not all(w in lex.conjunctions for w in raw.replace(",", " ").lower().split()):
        return False
    verb = False
    for d in tokens_from(toks, j + 1):
        if d.kind in NUMERIC:
            return verb and d.kind == "pct"
        if d.kind in ("ind", "block"):
            return False
        if d.kind == "cue" and d.data["cue"].startswith(("growth_up", "growth_down")):
            verb = True
    return False


def _opening_base(
    toks: list[Token], upto: int, text: str, judge: Callable[[Token], str | None], postposed: bool
) -> str | None:
    """ "So với tháng 12/2025, CPI tháng 8 tăng 2,54%": a base said first in the sentence,
    before a comma and the indicator toks[upto], is what the rates after it are measured
    against (the opening words are the sentence's, no other figure's). Where the comparison
    word follows what is compared with (`postposed`), it closes the opening without a comma:
    "अक्टूबर 2019 की तुलना में कुल निर्यात में 29.13 फीसदी की वृद्धि"."""
    for k in range(upto):
        c = toks[k]
        if c.kind in NUMERIC or c.kind in ("ind", "block"):
            return None
        b = judge(c)
        if b is not None:
            if "," in text[c.end : toks[upto].start]:
                return b
            between = toks[k + 1 : upto]
            # (A base phrase that is whole by itself needs no word of comparison after it:
            # "मासिक आधार पर बिजली उत्पादन में 2% की गिरावट".)
            closed = postposed and (
                any(is_cue(d, ("compare",)) for d in between) or is_cue(c, ("yoy", "prev_base"))
            )
            return b if closed and all(d.kind == "cue" for d in between) else None
    return None


LISTED_BASE_REACH = 120  # "... so với tháng trước và cùng kỳ năm trước": the bases' list ends by then


def _listed_base(
    toks: list[Token], i: int, text: str, lex: Lexicon, judge: Callable[[Token], str | None]
) -> str | None:
    """ "tăng 2,1% và 9,4% so với tháng trước và cùng kỳ năm trước", "rose 0.3% and 3.1% from
    the previous month and a year earlier": rates in a list, then as many bases in a list; each
    rate is measured against the base in its place. None where the sentence has no such lists."""
    if toks[i].kind != "pct":
        return None
    # The list is of neighbouring rates (nothing but list words between them): found from i
    # outwards, so a sentence of many rates is not rescanned per rate.
    lo = hi = i
    while lo > 0 and toks[lo - 1].kind == "pct" and _joined(text[toks[lo - 1].end : toks[lo].start], lex):
        lo -= 1
    while (
        hi + 1 < len(toks)
        and toks[hi + 1].kind == "pct"
        and _joined(text[toks[hi].end : toks[hi + 1].start], lex)
    ):
        hi += 1
    if lo == hi:
        return None
    last = hi
    bases: list[str] = []
    spans: set[tuple[int, int]] = set()
    for j in range(last + 1, len(toks)):
        c = toks[j]
        if (
            c.kind in NUMERIC
            or c.kind in ("ind", "block")
            or c.start - toks[last].end > LISTED_BASE_REACH
            or ";" in text[toks[last].end : c.start]
        ):
            break
        b = judge(c)
        if b is not None and (c.start, c.end) not in spans:
            spans.add((c.start, c.end))
            bases.append(b)
    if len(bases) == hi - lo + 1:
        return bases[i - lo]
    before = _bases_listed_before(toks, lo, text, lex, judge)
    return before[i - lo] if len(before) == hi - lo + 1 else None


def _bases_listed_before(
    toks: list[Token], lo: int, text: str, lex: Lexicon, judge: Callable[[Token], str | None]
) -> list[str]:
    """ "recording respective month-on-month and year-on-year increases of 18.3% and 17.2%": the
    bases in a list of their own before the list of rates, in order (none unless joined as one)."""
    found: list[Token] = []
    for j in range(lo - 1, -1, -1):
        c = toks[j]
        if (
            c.kind in NUMERIC
            or c.kind in ("ind", "block")
            or toks[lo].start - c.end > LISTED_BASE_REACH
            or ";" in text[c.end : toks[lo].start]
        ):
            break
        if judge(c) is not None and not any((x.start, x.end) == (c.start, c.end) for x in found):
            found.append(c)
    found.reverse()
    if any(not _joined(text[a.end : b.start], lex) for a, b in itertools.pairwise(found)):
        return []
    return [b for b in map(judge, found) if b is not None]


def only_list_words(gap: str, lex: Lexicon) -> bool:
    """Nothing but list words ("and", "và", commas, spaces) in `gap`."""
    return all(w.lower() in lex.conjunctions for w in gap.replace(",", " ").split())


def _joined(gap: str, lex: Lexicon) -> bool:
    """Two items of one list: list words, and at least one, between them."""
    return bool(gap.replace(",", " ").split()) and only_list_words(gap, lex)


def _just_before(base: Period, fact: Period) -> bool:
    """The period right before `fact` and as long ("tháng trước" of September is August)."""
    return base.length == fact.length and month_index(base.end_year, base.end_month) + 1 == month_index(
        fact.start_year, fact.start_month
    )


def skip_value(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """Amounts that are not the indicator's level: conversions in brackets right after an
    amount, per-month averages, changes ("up 2 billion")."""
    t = toks[i]
    if text[max(0, t.start - 3) : t.start].rstrip().endswith("=") or text[
        t.end : t.end + 3
    ].lstrip().startswith("="):
        return True  # "(1 USD = 25,400 VND)": an exchange rate, not an amount of anything
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _mark_passed(toks, i, text, lex):
        return True
    # ("VND542 trillion (over US$23 billion)": a word of bound inside the bracket is read too.)
    k = i - 1
    while k > 0 and toks[k].kind == "cue" and "(" in text[toks[k - 1].end : toks[k].start]:
        k -= 1
    held = toks[k] if k >= 0 and i else None
    between = text[held.end : t.start] if held is not None else ""
    if (
        held is not None
        and held.kind == "val"
        and "(" in between
        and not between.split("(")[0].strip()
        and len(between) <= 16
    ):
        return True  # "50 million USD (about 1,200 billion VND)"
    between = text[prev.end : t.start] if prev is not None else ""
    if _converted(toks, i, text):
        return True  # "528,65 triệu USD, tương đương 13.460 tỷ đồng": the same sum converted
    if (
        prev is not None
        and prev.kind == "per"
        and prev.data.get("base")
        and text[prev.end : t.start].strip().lower() in lex.than_words
        and has_word(text[t.end : t.end + THAN_AMOUNT_REACH].lower(), lex.comparatives)
    ):
        return True  # "जो पिछले वित्तीय वर्ष से एक हजार करोड़ रुपये से अधिक है": by how much, no level
    if prev is not None and prev.kind == "val" and between.strip(" )").lower() in lex.whole_after_part:
        return True  # "disbursed 4.4 trillion VND (189 million USD) of the 16.28 trillion VND": the whole
    if is_cue(nxt, ("per_unit",)) and nxt.start - t.end <= 3:  # type: ignore[union-attr]
        return True  # "2 billion USD a month"
    # ("140 करोड़ यूनिट बिजली अधिक": the noun of the amount may stand before the word.)
    after = (
        nxt.end if nxt is not None and nxt.kind == "ind" and not text[t.end : nxt.start].strip() else t.end
    )
    if starts_with_word(text[after : after + 24].lstrip().lower(), lex.change_after) and not (
        # "एक साल पहले के 6.8 अरब डॉलर से बढ़कर": the amount risen from, of the period named
        # right before it, is that period's figure (read as the one compared with).
        prev is not None
        and prev.kind == "per"
        and text[prev.end : t.start].strip().lower() in lex.period_glue
        and is_cue(nxt, ("compare",))
    ):
        return True  # "2 billion USD more", "300 million USD more than a year earlier", "... अधिक"
    # (Every reading of the words before it: "cao hơn" is also a comparison.)
    # (A currency may stand between: "an increase of VNĐ34.6 trillion".)
    if any(
        is_cue(c, ("average", "change.before"))
        and (t.start - c.end <= 2 or text[c.end : t.start].strip().lower() in lex.units_before)
        for c in readings(toks, i - 1, -1)
    ):
        return True  # "an average 2 billion", "up 2 billion", "cao hơn 300 triệu USD"
    if _change_past_a_bound(toks, i, text, lex):
        return True  # "an increase of more than $100 million": a change, said as a bound
    if _than_something_by(toks, i, text, lex):
        return True  # "thấp hơn Bắc Ninh khoảng 870 triệu USD", "cao hơn cùng kỳ 870 triệu USD"
    if (
        lex.threshold_after
        and starts_with_word(text[t.end : t.end + 24].lstrip().lower(), lex.threshold_after)
        # (Not in a goal: "phấn đấu thu ngân sách đạt 20.000 tỷ đồng trở lên" is its least, the
        # goal; unless places are counted by it: "Mục tiêu ... có 15 tỉnh đạt ... từ 10 tỷ USD trở lên".)
        and not (
            any(is_cue(x, ("target",)) for x in tokens_from(toks, max(0, i - GOAL_CUE_TOKENS), i))
            and not (
                lex.counted_places_re is not None
                and lex.counted_places_re.search(text, max(0, t.start - PLACES_BEFORE_REACH), t.start)
            )
        )
    ):
        return True  # "9 tỉnh có kim ngạch xuất khẩu đạt từ 1 tỷ USD trở lên": a threshold
    if lex.threshold_before and word_right_before(text, t.start, lex.threshold_before):
        return True  # "4 tỉnh có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD": a threshold
    # "on average (1 month) X": the figure is an average, not the level.
    for j in range(i - 1, -1, -1):
        c = toks[j]
        if t.start - c.end > 24 or c.kind in ("val", "pct", "ind", "block"):
            return False
        if c.kind == "cue" and c.data["cue"] == "average":
            return True
    return False


GOAL_CUE_TOKENS = 40  # the word of a goal looked for this many tokens back (a long sentence stays linear)
PLACES_BEFORE_REACH = 120  # "có 15 tỉnh, thành phố đạt kim ngạch xuất khẩu từ ": places counted this close
THAN_WHAT_WORDS = 4  # "thấp hơn [Bắc Ninh khoảng] 870 triệu USD": this many words between at most


def _than_something_by(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The amount toks[i] follows a comparative and what is compared with ("thấp hơn Bắc Ninh
    khoảng 870 triệu USD", "cao hơn cùng kỳ 870 triệu USD"): by how much, no level."""
    if not lex.comparative_before:
        return False
    k = i - 1
    while k >= 0 and toks[k].kind == "per" and toks[k].data.get("base"):
        k -= 1  # (the period compared with: "cao hơn [cùng kỳ] 870 triệu USD")
    if k < 0 or toks[k].kind != "cue":
        return False
    for c in readings(toks, k, -1):
        if not is_cue(c, ("change.before",)) or c.text.lower() not in lex.comparative_before:
            continue
        gap = text[c.end : toks[i].start]
        if len(gap.split()) <= THAN_WHAT_WORDS and not any(ch.isdigit() or ch in ",;.()" for ch in gap):
            return True
    return False


CONVERSION_GAP = 24  # "528,65 triệu USD[, tương đương ]13.460 tỷ đồng"


def _converted(toks: list[Token], i: int, text: str) -> bool:
    """The amount toks[i] is the one just before it in another currency, said equal to it."""
    k, ratio = i - 1, False
    while k >= 0 and toks[k].kind == "cue":
        ratio = ratio or toks[k].data["cue"] == "ratio.before"
        k -= 1
    if not ratio or k < 0 or toks[k].kind != "val":
        return False
    before, unit = toks[k].data.get("unit"), toks[i].data.get("unit")
    return (
        money(before)
        and money(unit)
        and before != unit
        and toks[i].start - toks[k].end <= CONVERSION_GAP
        and "(" not in text[toks[k].end : toks[i].start]
    )


BOUND_GAP = 24  # "an increase of [more than $]100 million": a bound's words this short


def _change_past_a_bound(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A word of change, then words of a bound, then the amount toks[i]."""
    if not lex.mark_before and not lex.hedges:
        return False
    t = toks[i]
    for j in range(i - 1, -1, -1):
        c = toks[j]
        if t.start - c.end > BOUND_GAP or c.kind != "cue":
            return False
        if c.data["cue"] == "change.before":
            # ("having increased by only over 14,000 billion VND": words hedging the change too.)
            said = " ".join(words_before_amount(text[c.end : t.start], lex))
            return said in lex.mark_before or said in lex.hedges
    return False


MARK_GAP = 6  # "surpassed $450 billion", "vượt mốc 450 tỷ USD": the mark right after the word
MARK_REACH = 80  # "..., reaching $472.5 billion": the figure reached follows the mark this closely


MARK_NOUN_REACH = 16  # "₹1.5 lakh crore[ mark]": the noun right after the amount


MARK_BACK_TOKENS = 12  # tokens looked back over for the figure a mark said after it was passed by


def _mark_passed(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A mark passed on the way to the figure ("surpassed $450 billion for the first time,
    reaching $472.5 billion", "vượt mốc 450 tỷ USD, đạt 472,5 tỷ USD", "450 अरब डॉलर के पार
    पहुंचकर 472.5 अरब डॉलर"): a bound, when a larger amount in the same unit follows before
    another indicator is named."""
    t = toks[i]
    if not ((i > 0 and toks[i - 1].kind == "cue") or (i + 1 < len(toks) and toks[i + 1].kind == "cue")):
        return False  # (most figures: no word beside them at all)
    before = any(
        is_cue(c, ("threshold",))
        and 0 <= t.start - c.end <= MARK_GAP
        and not any(ch.isdigit() for ch in text[c.end : t.start])
        for c in readings(toks, i - 1, -1)
    )
    after = any(
        is_cue(c, ("threshold",)) and not text[t.end : c.start].strip() for c in readings(toks, i + 1, +1)
    )
    if not (before or after):
        return False
    if before and starts_with_word(text[t.end : t.end + MARK_NOUN_REACH].lstrip().lower(), lex.mark_nouns):
        return True  # "has crossed ₹1.5 lakh crore mark": a mark, whatever follows
    value = t.data.get("value")
    if after and isinstance(value, float) and value > 0 and float(f"{value:.1g}") == value:
        # "यह आंकड़ा एक लाख करोड़ के पार रहा": a round mark said passed after it, the figure
        # itself left unsaid; but with its change said in its sentence ("2 लाख करोड़ रुपये के पार
        # पहुंच गया, जो ... 9 प्रतिशत अधिक है") the mark is the figure given, as en "crossed Rs 2
        # lakh crore, up 9 per cent" and vi "vượt mốc" with its change read it.
        return not _a_rate_later_in_its_sentence(toks, i, text)
    # ("... GST revenue crossed the ₹1.5 lakh crore mark ..., reaching all time high gross GST
    # revenue of ₹1.67 lakh crore": the same indicator named again is no other one.)
    named = next((toks[j] for j in range(i - 1, max(-1, i - 8), -1) if toks[j].kind == "ind"), None)
    # ("đạt 2,15 tỷ USD, tăng 12,6%, lần đầu tiên vượt mốc 2 tỷ USD", "472.5 अरब डॉलर रहा और
    # पहली बार 450 अरब डॉलर के पार": the mark passed, said after the larger figure reached.)
    for j in range(i - 1, max(-1, i - MARK_BACK_TOKENS), -1):
        c = toks[j]
        if t.start - c.end > MARK_REACH or c.kind in ("ind", "block"):
            break
        if c.kind == "val" and c.data.get("unit") == t.data.get("unit") and c.data["value"] > t.data["value"]:
            return True
    for c in tokens_from(toks, i + 1):
        if c.start - t.end > MARK_REACH:
            return False
        if c.kind == "ind" and named is not None and c.data["indicator"] == named.data["indicator"]:
            continue
        if c.kind in ("ind", "block"):
            return False
        if c.kind == "val" and c.data.get("unit") == t.data.get("unit") and c.data["value"] > t.data["value"]:
            return True
    return False


def _a_rate_later_in_its_sentence(toks: list[Token], i: int, text: str) -> bool:
    for c in tokens_from(toks, i + 1):
        if sentence_ends(text, toks[i].end, c.start):
            return False
        if c.kind == "pct":
            return True
    return False


def is_cue(t: Token | None, kinds: tuple[str, ...]) -> bool:
    return t is not None and t.kind == "cue" and t.data["cue"] in kinds


def words_before_amount(gap: str, lex: Lexicon) -> list[str]:
    """The words of `gap`, the text right before an amount, lower-cased and less a currency
    written before the amount ("of $", "above Rs", "more than US$")."""
    words = gap.lower().split()
    return words[:-1] if words and words[-1] in lex.units_before else words


def _of_before_amount(gap: str, lex: Lexicon) -> bool:
    """ "of", "of $", "of Rs": a word of value, then perhaps the amount's currency written before it."""
    words = words_before_amount(gap, lex)
    return len(words) == 1 and words[0] in lex.value_of


def _bound_not_comparison(toks: list[Token], j: int, text: str, lex: Lexicon) -> bool:
    """The cue toks[j] ends a bound ("more than") that no figure stands right before: "at more
    than $1 billion" bounds the amount after it; "$10 billion, more than $9 billion" compares."""
    c = toks[j]
    head = text[max(0, c.end - 24) : c.end].lower()
    bound = next((w for w in lex.mark_before if " " in w and head.endswith(f" {w}")), None)
    if bound is None:
        return False
    start = c.end - len(bound)
    k = j - 1
    while k >= 0 and toks[k].end > start:
        k -= 1
    return k < 0 or toks[k].kind not in NUMERIC or start - toks[k].end > BOUND_GAP


def _bound_after_a_change(toks: list[Token], j: int, text: str, lex: Lexicon) -> bool:
    """The cue toks[j] is a word of bound ("over", "more than") said right after a word of change
    ("up over 19%"): a bound on the change, no figure compared with."""
    c = toks[j]
    head = f" {text[max(0, c.end - 24) : c.end].lower()}"
    bound = next((w for w in lex.mark_before if head.endswith(f" {w}")), None)
    if bound is None:
        return False
    start = c.end - len(bound)  # ("more than": two tokens, the bound's words)
    k = j
    while k >= 0 and toks[k].end > start:
        k -= 1
    return (
        k >= 0
        and not text[toks[k].end : start].strip()
        and any(is_cue(x, BOUNDED_CHANGES) for x in readings(toks, k, -1))
    )


BOUNDED_CHANGES = ("growth_up.before", "growth_down.before", "change.before")
BOUND_TOKENS = 6  # "up[ more than ]19%": the readings between the word of change and the rate


THAN_WORDS = 3  # "[10,415 करोड़ रुपये] की आमदनी से": the amount's noun, then "than"


def _than_before_a_rate(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """toks[i] is followed by a word of "than" (its noun may stand between) and a rate with a
    comparative after it: "5.42 लाख पर्यटकों से 13.4 प्रतिशत अधिक"."""
    t = toks[i]
    rate = next((x for x in tokens_from(toks, i + 1) if x.kind in NUMERIC), None)
    if rate is None or rate.kind != "pct":
        return False
    words = text[t.end : rate.start].split()
    if not words or len(words) > THAN_WORDS or words[-1] not in lex.than_words:
        return False
    after = text[rate.end : rate.end + 16].split()
    return bool(after) and after[0] in lex.comparatives


THAN_PERIOD_WORDS = 5  # "[period] में हुई वसूली से": in it, a verb, the figure\x27s noun, "than"


def _than_past_its_figure(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The period toks[i], the figure of it named, a word of "than" and a rate with a
    comparative after it: "पिछले वित्तीय वर्ष की पहली तिमाही में हुई वसूली से 7.89% ज्यादा"
    (7.89% more than the collection made in that quarter): the period is the one compared with."""
    k = i + 1
    while k < len(toks) and toks[k].kind in ("ind", "ellipsis"):
        k += 1
    if k == i + 1 or k >= len(toks) or toks[k].kind != "pct":
        return False
    gap = text[toks[i].end : toks[k].start]
    words = gap.split()
    if len(words) > THAN_PERIOD_WORDS or any(ch in gap for ch in ",.;:।()"):
        return False
    return _than_before_a_rate(toks, k - 1, text, lex)


def compared_right_after(toks: list[Token], i: int, text: str) -> Token | None:
    """The word of comparison right after toks[i], only spaces between ("2022 के 61.9 लाख [की
    तुलना में]", "लक्ष्य 145355.12 करोड़ रुपये [के सापेक्ष]"), where the language says what is
    compared with first; None when there is none."""
    return next(
        (
            c
            for c in readings(toks, i + 1, +1)
            if is_cue(c, ("compare",)) and not text[toks[i].end : c.start].strip()
        ),
        None,
    )


def is_reference(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A figure introduced as the comparison ("as against $13.25 billion", "than 3.55%"), or,
    where the comparison word follows what is compared with, a figure right before it ("2022 के
    61.9 लाख की तुलना में")."""
    t = toks[i]
    if (
        lex.change_to
        and t.kind in ("val", "pct")
        and i + 1 < len(toks)
        and toks[i + 1].kind == t.kind
        and text[t.end : toks[i + 1].start].strip().lower() in lex.change_to
    ):
        return True  # "điều chỉnh mục tiêu tăng trưởng từ 5,5% lên 8%": the figure moved from
    if lex.compare_follows and t.kind in ("val", "pct") and compared_right_after(toks, i, text) is not None:
        return True  # ("6.73 फीसदी से घटकर 6.69 फीसदी": a rate too, the one it moved from.)
    if (
        lex.compare_follows
        and t.kind == "val"
        and lex.comparatives
        and _than_before_a_rate(toks, i, text, lex)
    ):
        return True
    if (
        lex.compare_follows
        and t.kind in ("val", "pct")
        and 0 < i < len(toks) - 1
        and toks[i - 1].kind == "per"
        and text[toks[i - 1].end : t.start].strip().lower() in lex.period_possessives
        and is_cue(toks[i + 1], ("approx",))
        and not text[t.end : toks[i + 1].start].strip()
        and toks[i + 1].text.lower().split()[0] in lex.than_words
    ):
        return True  # "जो सितंबर के 4.0 प्रतिशत से कम है": than that period's figure, no bound
    near = t.start  # where the figure's words begin
    for j in range(i - 1, -1, -1):
        c = toks[j]
        if near - c.end > 24:
            return False
        if j == i - 1 and c.kind == "ind" and _of_before_amount(text[c.end : t.start], lex):
            # "as compared to a trade deficit of $11.67 billion": the figure named again.
            near = c.start
            continue
        if j == i - 1 and c.kind == "per" and possessive_between(text, c.end, t.start, lex):
            # "lower than September's 4.0 per cent": the period's own figure, compared with.
            near = c.start
            continue
        if c.kind == "cue" and c.data["cue"] == "target":
            return False  # "against the target of Rs 23.5 lakh crore": the goal, not a comparison
        if c.kind == "cue" and c.data["cue"] == "average":
            # "so với mức bình quân cả nước (6,4%)": the average of the same months, a figure
            # of its own period as "the national average of 6.4%" is.
            return False
        if c.kind == "cue" and c.data["cue"] in ("reference",) and _bound_not_comparison(toks, j, text, lex):
            return False  # "is estimated at more than VND1 quadrillion": a bound, no figure compared
        if c.kind == "cue" and j == i - 1 and _bound_after_a_change(toks, j, text, lex):
            return False  # "up over 19%", "rose more than 6%": the change, bounded
        if j == i - 1 and is_cue(c, ("level.before",)):
            # "Exports from Gujarat fell to $6.8 billion": the level its own verb says, whatever
            # word of comparison stands before the verb.
            return False
        if (
            c.kind == "cue"
            and c.data["cue"] in ("reference",)
            and j + 1 < i
            and is_cue(toks[j + 1], ("yoy", "prev_base"))
            and not text[c.end : toks[j + 1].start].strip(" ,")
        ):
            # "मासिक आधार पर ... 5% की गिरावट आई, जबकि सालाना आधार पर इसमें 5.0% की कमी आई": the
            # same figure against another base, no figure compared with.
            return False
        if c.kind == "cue" and c.data["cue"] in ("reference",):
            # "2022 की तुलना में 5% कम": what is compared with is the period before the cue,
            # and the figure after it is the change, not a quoted comparison.
            before = token_before(toks, j)
            if (
                lex.compare_follows
                and before is not None
                and (
                    before.kind in ("val", "ind")
                    # ("5,000 बिलियन वीएनडी के लक्ष्य की तुलना में 5,400 बिलियन वीएनडी": a goal compared with.)
                    or is_cue(before, ("target", "target_after"))
                )
            ):
                # "61.9 लाख की तुलना में 49.3% अधिक", "... पर्यटकों की संख्या की तुलना में 7.4%
                # अधिक": the change, after what it is compared with.
                return False
            # (Where the comparison word comes first, a base period before it ends the figure
            # in hand: "a decline of 4.3% over October 2014 as compared to growth of 16.1%" quotes
            # another figure.)
            return not (
                lex.compare_follows
                and before is not None
                and before.kind == "per"
                and before.data.get("base")
            )
        if c.kind != "cue":
            return False
    return False
