"""A word of goal right after an indicator's name ("export [target]", "निर्यात [लक्ष्य]"): the
figure said with it is a goal, whether the figure comes before the name ("its $400 billion
export target") or after it ("The export target for 2026 is $220 billion"). Pure."""

from __future__ import annotations

import itertools

from services.extractor.engine.cues import NUMERIC, ends_with_word, is_cue, starts_with_word, token_before
from services.extractor.engine.figures import PLAN_SHARE_INDICATORS, Group
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.sentence_relations import value_of_the_name
from services.extractor.engine.tokens import Token, tokens_from

GOAL_NOUN_REACH = 24  # "export [target]": the word of goal right after the indicator's name


def _goal_noun_follows(text: str, end: int, lex: Lexicon) -> bool:
    return starts_with_word(text[end : end + GOAL_NOUN_REACH].lower().lstrip(), lex.goal_nouns)


def mark_goals_named_after_their_indicator(
    toks: list[Token], text: str, groups: list[Group], lex: Lexicon
) -> None:
    """ "its $400 billion export target", "325 अरब डॉलर का निर्यात लक्ष्य": an amount, its
    indicator and a word of goal right after it, or the word of goal right after the amount
    ("the $5 billion target"): the amount is the goal's."""
    if not lex.goal_nouns:
        return
    for k in range(len(toks)):
        val = toks[k]
        if val.kind != "val":
            continue
        ind = toks[k + 1] if k + 1 < len(toks) else None
        if ind is not None and ind.kind == "ind":
            if not amount_of_a_goal(val, ind, text, lex):
                continue
        elif not _goal_noun_follows(text, val.end, lex):
            # ("exports hit $3.9 billion, well short of the $5 billion target": the word of goal
            # right after the amount, its indicator the one spoken of.)
            continue
        for g in groups:
            if g.value is not None and any(t is val for t in g.tokens):
                g.target = True


def mark_goals_set_against(toks: list[Token], text: str, groups: list[Group], lex: Lexicon) -> None:
    """ "64771 करोड के वार्षिक लक्ष्य के मुकाबले ... 64395.25 करोड का राजस्व मिला", "against the
    annual target of ...": an amount, "of", a word or two and a word of goal, then a word of
    comparison: the amount is the goal a result is set against."""
    if not lex.goal_nouns:
        return
    for k in range(len(toks) - 1):
        val = toks[k]
        if val.kind != "val" or not any(is_cue(c, ("compare", "reference")) for c in toks[k + 1 : k + 4]):
            continue
        words = text[val.end : val.end + GOAL_NOUN_REACH * 2].lower().split()
        if not words or words[0] not in lex.of_words:
            continue
        noun = next((j for j, w in enumerate(words[1 : GOAL_QUALIFIERS + 2], 1) if w in lex.goal_nouns), None)
        if noun is None:
            continue
        rest = " ".join(words[noun + 1 :])
        compare = next((c for c in toks[k + 1 : k + 4] if is_cue(c, ("compare", "reference"))), None)
        if compare is None or not rest.startswith(compare.text.lower()):
            continue
        for g in groups:
            if g.value is not None and any(t is val for t in g.tokens):
                g.target = True


GOAL_QUALIFIERS = 3  # words between an amount and the indicator its goal is of


def _qualifiers(gap: str, lex: Lexicon) -> bool:
    """Nothing, a word of "of", or a few plain words (no figure, no clause) between them."""
    if not gap or gap in lex.value_of:
        return True
    words = gap.split()
    return len(words) <= GOAL_QUALIFIERS and not any(ch.isdigit() or ch in ",;.()" for ch in gap)


def amount_of_a_goal(val: Token, ind: Token, text: str, lex: Lexicon) -> bool:
    """ "400 अरब डॉलर के अपने माल निर्यात लक्ष्य", "its $400 billion merchandise export target":
    the amount, a word or two qualifying the indicator, the indicator and a word of goal: the
    amount is the goal's."""
    return (
        bool(lex.goal_nouns)
        and _qualifiers(text[val.end : ind.start].strip().lower(), lex)
        and _goal_noun_follows(text, ind.end, lex)
    )


def goal_noun_after(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A word of goal right after the indicator toks[i], not as what a share is of ("90% of
    the export target", "राजस्व वसूली के लक्ष्य का 8.71 प्रतिशत")."""
    if not lex.goal_nouns or not _goal_noun_follows(text, toks[i].end, lex):
        return False
    reach = toks[i].end + GOAL_NOUN_REACH
    ahead = itertools.takewhile(lambda t: t.start < reach, tokens_from(toks, i + 1))
    if any(is_cue(t, ("plan.before",)) for t in ahead):
        return False  # the goal a share is of, said after it
    before = token_before(toks, i)
    if before is not None and before.kind in NUMERIC and len(text[before.end : toks[i].start].split()) <= 2:
        # ("90% of the export target": what a share is of. An amount said so is the goal's own,
        # "6,850 अरब VND की सार्वजनिक निवेश पूंजी योजना", "a $35 billion export target".)
        return before.kind != "pct" and value_of_the_name(before, toks[i], text, lex)
    if _months_so_far_against_a_year_back(toks, i, text):
        return False
    # "the total public investment plan has disbursed VND5,022 billion, reaching 54.14%": a word
    # of what was done of it before the figure makes the figure what was done against the plan.
    for t in tokens_from(toks, i + 1):
        if t.kind in NUMERIC or t.kind in ("ind", "block", "per"):
            break
        if t.kind == "ellipsis" and t.data["value"] == toks[i].data["indicator"]:
            return False
    return True


PART_OF_A_YEAR = frozenset({"first_n", "half", "quarter", "month", "month_range", "ytd", "through_month"})
RESULT_REACH = 120  # the clause of a goal's figures, looked through for a year-ago base


def _months_so_far_against_a_year_back(toks: list[Token], i: int, text: str) -> bool:
    """ "the budget revenue target in the first six months increased by 11.81 percent over the
    same period, reaching VND 7,240 billion": the months of part of a year named after the word
    of goal, and a rate against the same months a year back: what was done, not a goal."""
    part = year_back = False
    for t in tokens_from(toks, i + 1):
        gap = text[toks[i].end : t.start]
        if t.start - toks[i].end > RESULT_REACH or ";" in gap or ". " in gap:
            break
        if t.kind == "per" and not any(x.kind in NUMERIC for x in toks[i + 1 : toks.index(t)]):
            part = part or t.data.get("kind") in PART_OF_A_YEAR
        if is_cue(t, ("yoy",)):
            year_back = True
    return part and year_back


PLAN_NOUN_REACH = 16  # "[Dự toán] thu ngân sách": the word of plan right before the name


def _copula_ends_after(val: Token, text: str, lex: Lexicon) -> bool:
    """A word of "is" right after the amount ends its clause ("7,140 अरब वीएनडी है;")."""
    words = text[val.end : val.end + PLAN_NOUN_REACH].replace("।", " । ").split()
    return (
        bool(words)
        and words[0].rstrip(",;") in lex.goal_copulas_after
        and (words[0][-1] in ",;" or len(words) == 1 or words[1][0] in ",;।.")
    )


def mark_goals_named_before_their_indicator(
    toks: list[Token], text: str, groups: list[Group], lex: Lexicon
) -> None:
    """ "Dự toán thu ngân sách năm 2024 là 15.000 tỷ đồng", "Kế hoạch vốn đầu tư công giao 5.000 tỷ
    đồng": a word of plan, the indicator's name, its period and a word of "is", then an amount:
    the amount is the plan's, a goal."""
    if not lex.goal_nouns_before and not lex.capital_allotted:
        return
    for k, ind in enumerate(toks):
        # (The capital planned said short, "Kế hoạch vốn đầu tư công năm 2024 là 6.500 tỷ đồng":
        # the word of plan names what it is of.)
        short = ind.kind == "ellipsis" and ind.data.get("value") in PLAN_SHARE_INDICATORS
        if ind.kind != "ind" and not short:
            continue
        # ("Kế hoạch năm 2026, tổng thu ngân sách là ...": the plan's period may stand between.)
        named_at = [ind.start]
        prev = toks[k - 1] if k else None
        if prev is not None and prev.kind == "per" and text[prev.end : ind.start].strip() in ("", ","):
            named_at.append(prev.start)
        by_plan_word = any(
            ends_with_word(text[max(0, a - PLAN_NOUN_REACH) : a].lower().rstrip(), lex.goal_nouns_before)
            for a in named_at
        )
        if not by_plan_word and not (
            # ("Tổng vốn đầu tư công năm 2026 của tỉnh là 6.250 tỷ đồng", "Total public investment
            # capital for 2026 is ...": the capital allotted, the plan its disbursement is set
            # against.)
            ind.data.get("value", ind.data.get("indicator")) in PLAN_SHARE_INDICATORS
            and (
                " ".join(ind.text.lower().split()) in lex.capital_allotted
                or ends_with_word(
                    text[max(0, ind.start - PLAN_NOUN_REACH) : ind.start].lower().rstrip(),
                    lex.capital_allotted,
                )
            )
        ):
            continue
        j, last = k + 1, ind
        while j < len(toks) and toks[j].kind in ("per", "cue") and toks[j].start < last.end + PLAN_NOUN_REACH:
            if toks[j].kind == "per":
                last = toks[j]
            j += 1
        if j >= len(toks) or toks[j].kind != "val":
            continue
        gap = text[last.end : toks[j].start].lower()
        if lex.unit_before_re is not None:
            gap = lex.unit_before_re.sub("", gap)  # "... for 2026 is [VND]7.14 trillion"
        if gap.strip() not in lex.goal_copulas:
            continue
        if (
            not by_plan_word
            and last is ind
            and len(named_at) == 1
            and not gap.strip()
            and not lex.goal_copulas_after
        ):
            # ("Trong đó, vốn đầu tư công 2.100 tỷ đồng; ...": the capital named with its amount
            # alone, with neither its year nor a word of "is", is a part of a total spent.)
            continue
        if lex.goal_copulas_after and not _copula_ends_after(toks[j], text, lex):
            continue  # ("... 7,140 अरब वीएनडी है;": the word of "is" after the amount, its clause's last)
        for g in groups:
            if any(t is toks[j] for t in g.tokens):
                g.target = True
                if short and g.indicator is None:
                    g.indicator = str(ind.data["value"])
