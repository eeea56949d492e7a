"""What a short aside next to a rate says of it: a word of goal or plan right beside it makes
it the goal ("the 6.8% target", "kế hoạch 7%", "the plan (8%)"); an average before its
bracket, the average's level ("cao hơn mức bình quân cả nước (40,2%)")."""

from __future__ import annotations

from services.extractor.engine.cues import ends_with_word, is_cue, readings
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.tokens import Token


def goal_said_beside(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """The rate toks[i] is a goal by the words right beside it: a word of goal after it ("the
    6.8% target"), a word of plan or goal right before it ("kế hoạch 7%", "kế hoạch: 7%",
    "annual target 8%"), or a plan
    word before the bracket it stands alone in ("vượt kế hoạch (8%)")."""
    t = toks[i]
    behind = toks[i - 1] if i else None
    return (
        any(
            is_cue(c, ("target_after",)) and not text[t.end : c.start].strip()
            for c in readings(toks, i + 1, +1)
        )
        or (
            # "kế hoạch 7%", "(annual target 8%)", "target: 8%"
            behind is not None
            and any(is_cue(c, ("plan.after", "target_after")) for c in readings(toks, i - 1, -1))
            and text[behind.end : t.start].strip() in ("", ":")
        )
        or goal_word_right_before(toks, i, text)
        or _plan_in_brackets(text, t.start, lex)
        or plan_growth_before(toks, i, text)
    )


def goal_word_right_before(toks: list[Token], i: int, text: str) -> bool:
    """The rate toks[i] right after the words comparing with a plan or goal ("thấp hơn nhiều so
    với mục tiêu 8%"): the goal's figure, not a change (the word of change is the comparison's)."""
    return i > 0 and (
        not text[toks[i - 1].end : toks[i].start].strip()
        and any(is_cue(c, ("plan_vs.after",)) for c in readings(toks, i - 1, -1))
    )


def plan_growth_before(toks: list[Token], i: int, text: str) -> bool:
    """A word of plan, maybe its year, and a word of growth right before the rate ("cao hơn
    mức kế hoạch tăng 11,5%-12%", "kế hoạch năm 2024 tăng 11,50% - 12%"): the plan's growth."""
    k, pos = i - 1, toks[i].start
    grew = False
    while k >= 0 and not text[toks[k].end : pos].strip():
        c = toks[k]
        if c.kind == "cue" and c.data["cue"].startswith(("growth_up", "growth_down", "change")):
            grew = True
        elif c.kind == "per" and grew:
            pass  # the plan's year
        elif c.kind == "cue" and c.data["cue"] == "plan.after":
            # (Not the plan a share right before it is of: "đạt 87,38% kế hoạch tăng 9,8% so với
            # cùng kỳ", the result's growth.)
            return grew and not (
                k > 0 and toks[k - 1].kind == "pct" and not text[toks[k - 1].end : c.start].strip()
            )
        else:
            return False
        pos = min(pos, c.start)
        k -= 1
    return False


PLAN_REACH = 64  # the words of plan before a bracket end this close to the rate in it


def _plan_in_brackets(text: str, start: int, lex: Lexicon) -> bool:
    """A rate alone in brackets right after a word of plan ("vượt kế hoạch (8%)", "the plan
    (8%)", "योजना (8%)")."""
    head = text[max(0, start - PLAN_REACH) : start].rstrip()
    if not head.endswith("("):
        return plan_opens_the_bracket(text, start, lex)
    head = head[:-1].rstrip().lower()
    return ends_with_word(head, lex.plan_words)


PLAN_OPENING_WORDS = 4  # "([2024 की योजना में] 11.50% - 12% की वृद्धि)", "([the 2024 plan:] 12%)"


def plan_opens_the_bracket(text: str, start: int, lex: Lexicon) -> bool:
    """The rate at `start` stands in a bracket opened by a few words with a word of plan among
    them, a year at most besides ("(2024 की योजना में 11.50% - 12% की वृद्धि)", "(the 2024 plan:
    12%)"): the plan's rate, whatever word of growth follows it."""
    head = text[max(0, start - PLAN_REACH) : start]
    k = head.rfind("(")
    if k < 0 or ")" in head[k:]:
        return False
    words = head[k + 1 :].lower().replace(":", " ").split()
    if not words or len(words) > PLAN_OPENING_WORDS:
        return False
    if any(any(ch.isdigit() for ch in w) and not (len(w) == 4 and w.isdigit()) for w in words):
        return False
    said = f" {' '.join(words)} "
    return any(f" {w} " in said for w in lex.plan_words)


AVERAGE_REACH = 32  # "... higher than the national average (40.2%)": the average this close before


def average_said_before(toks: list[Token], i: int, text: str, lex: Lexicon) -> bool:
    """A rate right after an average it is the level of, in brackets ("cao hơn mức bình quân
    cả nước (40,2%)", "राष्ट्रीय औसत (5.05%)"), past a word of "of" or a copula ("higher than the
    national average of 60.1%", "cao hơn mức bình quân chung cả nước là 60,1%") or nothing
    ("राष्ट्रीय औसत 60.1% से अधिक")."""
    t = toks[i]
    before = toks[i - 1] if i else None
    if before is None or not is_cue(before, ("average",)) or t.start - before.end > AVERAGE_REACH:
        return False
    gap = text[before.end : t.start].strip()
    if gap.endswith("("):
        return not any(ch in gap[:-1] for ch in ",;.")
    # (The nation may be named between: "mức bình quân [cả nước] là 41,2%".)
    nation = next((w for w in lex.nation_after if gap.lower().startswith(w)), "")
    gap = gap[len(nation) :].strip().lower()
    return not gap or gap in lex.of_words or gap in lex.period_copulas
