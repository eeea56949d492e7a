"""Task completion: "hoàn thành 2/3 nhiệm vụ trọng tâm", "completed 26 of 27 tasks",
"2/10 विशिष्ट कार्यों को पूरा". Words come from the lexicon's `tasks` section."""

from __future__ import annotations

import bisect
from datetime import date
from functools import lru_cache

import regex

from schemas.fact import Evidence, TaskFact
from services.extractor.engine.evidence import quote_sentence, quote_span
from services.extractor.engine.lexicon import REGEX_TIMEOUT, Lexicon, deadlines_in
from services.extractor.engine.periods import Period
from services.extractor.engine.resolve import month_number
from services.extractor.engine.trie_regex import trie_pattern

ALL_TASKS = "all"  # the scope of a count said with no word of which tasks


def _alt(words: tuple[str, ...]) -> str:
    """Literal words, the longer one first where one is another's prefix; no words never match.
    As a trie: the words of completion run to dozens of spelt-out phrases, and a plain
    alternation of them is tried word by word at every position of a long sentence."""
    return trie_pattern(words)


# Digits, with thousands grouped as the country writes them ("6.272 nhiệm vụ", "9,831 tasks").
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d{1,5}"


def _count(words: tuple[str, ...]) -> str:
    """A count of tasks: digits, or a number word ("completed eight of the 12 tasks")."""
    return rf"{_DIGITS}|(?<!\w)(?:{_alt(words)})(?!\w)" if words else _DIGITS


# Counts in words are read in sentences up to this long: trying every number word at every
# position of a run-on sentence of a megabyte costs more than such a sentence holds.
WORD_COUNTS_REACH = 2000


QUALIFIERS = 8  # words that may stand between a count and its noun


@lru_cache(maxsize=16)
def _pattern(
    lang: str, nouns: tuple[str, ...], scopes: tuple[str, ...], ofs: tuple[str, ...], counts: tuple[str, ...]
) -> regex.Pattern[str]:
    scope = f"(?:{_alt(scopes)})"
    count = _count(counts)
    return regex.compile(
        # ("17 of the district's 20 targets": a possessive may stand before the total.)
        # ("hoàn thành 46 nhiệm vụ trên tổng số 58 nhiệm vụ": the noun may follow the count done too.)
        rf"(?<![\d/])(?P<done>{count})\s*(?:(?:{_alt(nouns)})\s+)?(?:{_alt(ofs)})\s*(?:[\w-]+['’]s\s+)?(?P<total>{count})(?![\d/])\s+"
        # Words may qualify the noun ("22 major socio-economic targets", "31 out of 36 economic,
        # social and environmental targets").
        rf"(?:(?P<pre>{scope})\s+)?(?:[^\W\d][\w-]*,?\s+){{0,{QUALIFIERS}}}?(?P<noun>{_alt(nouns)})(?:\s+(?P<post>{scope}))?(?!\w)",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=16)
def _total_first(
    patterns: tuple[str, ...],
    nouns: tuple[str, ...],
    scopes: tuple[str, ...],
    done: tuple[str, ...],
    counts: tuple[str, ...],
    fractions: tuple[str, ...] = (),
) -> tuple[regex.Pattern[str], ...]:
    fill = {
        "{NOUN}": f"(?:{_alt(nouns)})",
        "{SCOPE}": f"(?:{_alt(scopes)})",
        "{DONE}": f"(?:{_alt(done)})",
        "{COUNT}": _count(counts),
        "{FRACTION}": f"(?<!\\w)(?:{_alt(fractions)})(?!\\w)",
    }
    out = []
    for p in patterns:
        for k, v in fill.items():
            p = p.replace(k, v)
        out.append(regex.compile(p, regex.IGNORECASE))
    # A total said outright wins over one made of the counts done and under way: it also holds
    # the tasks late ("giao 84 nhiệm vụ, ... hoàn thành 51 nhiệm vụ, 27 nhiệm vụ đang thực hiện
    # và 6 nhiệm vụ chậm tiến độ").
    return tuple(sorted(out, key=lambda p: "rest" in p.groupindex))


def find_tasks(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    period: Period | None,
    deadline_end: int | None = None,
    before: tuple[int, int] | None = None,
) -> list[TaskFact]:
    """Task counts in text[start:end]; a deadline is sought up to `deadline_end` (the end of
    the next sentence when that speaks of the tasks left). `before`: the sentence before, in
    the same paragraph, which may have said the total ("assigned 9,831 tasks ... To date, they
    have completed 7,892 tasks")."""
    nouns, done = lex.task_nouns, lex.task_done
    if not nouns or period is None:
        return []
    sentence = text[start:end]
    low = sentence.lower()
    # A fraction of tasks with no word of completion is not progress; one said only right before
    # the count ("đạt 21/24 chỉ tiêu") counts for the counts it stands before.
    only_before_count = not any(d in low for d in done)
    if only_before_count and not any(w in low for w in lex.task_done_before_count):
        return []
    counts = tuple(lex.number_words) if end - start <= WORD_COUNTS_REACH else ()
    pat = _pattern(lex.language, nouns, tuple(lex.task_scopes), lex.task_of or ("/",), counts)
    out: list[TaskFact] = []
    matches = list(pat.finditer(sentence, timeout=REGEX_TIMEOUT))
    # The spans taken, disjoint and sorted (so their ends are sorted too): an overlap is looked
    # up by bisection, not against every match (a run-on sentence may hold thousands).
    starts, ends = [m.start() for m in matches], [m.end() for m in matches]
    fractions = tuple(lex.task_fractions)
    total_first = lex.task_total_first
    if not any(w in low for w in fractions):
        # (The patterns of a share said as a fraction are not tried where no fraction is said.)
        total_first = tuple(p for p in total_first if "{FRACTION}" not in p)
    for extra in _total_first(total_first, nouns, tuple(lex.task_scopes), done, counts, fractions):
        # The total stated first: only where no "D of T" reading covers the same words.
        for m in extra.finditer(sentence, timeout=REGEX_TIMEOUT):
            k = bisect.bisect_left(starts, m.end())
            if k and ends[k - 1] > m.start():
                continue
            matches.append(m)
            starts.insert(k, m.start())
            ends.insert(k, m.end())
    if not matches and before is None:
        return []
    # (Only once a count may be read: the sentence's deadlines are looked for in all of it.)
    deadline = _deadline(text[start : max(end, deadline_end or end)].lower(), lex, period)
    if not matches and before is not None:
        return _total_said_before(text, start, end, lex, period, deadline, before, counts)
    goal: regex.Match[str] | None = None  # a count set as a goal ("phấn đấu hoàn thành 25/25 công trình")
    for m in matches:
        if _said_not_done(low, m.start(), m.end(), lex):
            continue
        if only_before_count and done_right_before(low, m.start(), lex) is None:
            continue
        groups = m.groupdict()
        done_n = _number(m.group("done"), lex)
        if _set_as_a_goal(low, m.start(), lex) and not _short_of_its_total(groups, done_n, lex):
            goal = goal or m
            continue
        if groups.get("rest") is not None:
            # "18 chỉ tiêu đạt ..., 4 chỉ tiêu chưa đạt": those done and those not, all of them.
            rest = _number(groups["rest"], lex)
            total = None if done_n is None or rest is None else done_n + rest
        else:
            total = _number(m.group("total"), lex)
        share = _fraction_at(low, m.start("done"), lex)
        if share is not None and _hedged(low, m.start("done"), share[2], lex):
            continue  # "more than half of the 30 tasks": a bound, no count
        if share is not None and total is not None:
            # "two-thirds of its 30 key tasks": the count done, when the share of the total is whole.
            done_n = total * share[0] // share[1] if total * share[0] % share[1] == 0 else None
        if done_n is None or total is None or total == 0 or done_n > total:
            continue
        span = (start + m.start(), start + max(m.end(), share[2] if share is not None else 0))
        out.append(_task_fact(text, (start, end), span, done_n, total, groups, lex, period, deadline, 0.85))
    if goal is not None and not out:
        return _done_of_a_goal(text, start, end, goal, lex, period, deadline, counts)
    return out


GOAL_BEFORE_REACH = 24  # "[phấn đấu ]hoàn thành 25/25", "[aims to ]complete all 25"


def _set_as_a_goal(low: str, at: int, lex: Lexicon) -> bool:
    """The count at `at` follows a word of goal: what is to be done, no progress."""
    if not lex.task_goal_before:
        return False
    before = f" {_CLAUSE.split(low[max(0, at - GOAL_BEFORE_REACH) : at])[-1]} "
    return any(f" {w} " in before for w in lex.task_goal_before)


def done_right_before(text: str, at: int, lex: Lexicon) -> int | None:
    """Where a word of completion read only before a count (`tasks.done_before_count`: "đạt
    21/24 chỉ tiêu") ends the words right before `at`; None where none does."""
    lo = max(0, at - GOAL_BEFORE_REACH)
    before = f" {text[lo:at].lower().rstrip()}"
    for w in lex.task_done_before_count:
        if before.endswith(f" {w}"):
            return lo + len(before) - 1 - len(w)
    return None


def _short_of_its_total(groups: dict[str, str | None], done_n: int | None, lex: Lexicon) -> bool:
    """A count done short of its total ("dự kiến hoàn thành 21/24 chỉ tiêu", "expects to meet 21
    of the 24 targets"): no goal sets so many of so many, an estimate does."""
    said = groups.get("total")
    total = _number(said, lex) if said is not None else None
    return done_n is not None and total is not None and 0 < done_n < total


def _done_of_a_goal(
    text: str,
    start: int,
    end: int,
    goal: regex.Match[str],
    lex: Lexicon,
    period: Period,
    deadline: date | None,
    counts: tuple[str, ...],
) -> list[TaskFact]:
    """A count set as a goal, and those done said after it in the sentence ("phấn đấu hoàn thành
    25/25 công trình trọng điểm trước ngày 31/12; đến nay đã hoàn thành 18 công trình"): so many
    done of the goal's total."""
    total = _number(goal.group("total"), lex) if "total" in goal.groupdict() else None
    done = _first_count_done(text, start + goal.end(), end, total, lex, counts) if total is not None else None
    if total is None or done is None:
        return []
    d, done_n = done
    span = (start + goal.start(), d.end())
    return [_task_fact(text, (start, end), span, done_n, total, goal.groupdict(), lex, period, deadline, 0.8)]


def _task_fact(
    text: str,
    sentence: tuple[int, int],
    span: tuple[int, int],
    done_n: int,
    total: int,
    groups: dict[str, str | None],
    lex: Lexicon,
    period: Period,
    deadline: date | None,
    confidence: float,
) -> TaskFact:
    """One count of tasks, its scope read from the groups its pattern names (pre/post)."""
    scope_word = (groups.get("pre") or groups.get("post") or "").lower()
    s, e = span
    return TaskFact(
        scope=lex.task_scopes.get(scope_word, scope_word or ALL_TASKS),
        completed=done_n,
        total=total,
        period=str(period),
        deadline=deadline,
        evidence=Evidence(
            start=s,
            end=e,
            text=quote_span(text, s, e),
            sentence=quote_sentence(text, sentence[0], sentence[1], s, e),
            confidence=confidence,
        ),
    )


def _total_said_before(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    period: Period,
    deadline: date | None,
    before: tuple[int, int],
    counts: tuple[str, ...],
) -> list[TaskFact]:
    """The total said in the sentence before, those done in this one: one count of both."""
    said = _total_first(lex.task_total_said, lex.task_nouns, tuple(lex.task_scopes), lex.task_done, counts)
    if not said:
        return []
    totals = [m for p in said for m in p.finditer(text, before[0], before[1], timeout=REGEX_TIMEOUT)]
    if len(totals) != 1:
        return []  # (several totals: which one the count is of cannot be told)
    t = totals[0]
    total = _number(t.group("total"), lex)
    done = _first_count_done(text, start, end, total, lex, counts) if total is not None else None
    if total is None or done is None:
        return []
    # (Said over two sentences: a little less sure than a count said in one.)
    d, done_n = done
    return [
        _task_fact(
            text,
            (before[0], end),
            (t.start(), d.end()),
            done_n,
            total,
            t.groupdict(),
            lex,
            period,
            deadline,
            0.75,
        )
    ]


def _first_count_done(
    text: str, start: int, end: int, total: int, lex: Lexicon, counts: tuple[str, ...]
) -> tuple[regex.Match[str], int] | None:
    """The first count done said on its own in text[start:end] ("To date, they have completed
    7,892 tasks", "đến nay đã hoàn thành 18 công trình") and its number, when it is one of
    `total` and not said undone."""
    doing = _total_first(lex.task_done_said, lex.task_nouns, tuple(lex.task_scopes), lex.task_done, counts)
    if not doing:
        return None
    dones = [m for p in doing for m in p.finditer(text, start, end, timeout=REGEX_TIMEOUT)]
    if not dones:
        return None
    d = min(dones, key=lambda m: m.start())
    done_n = _number(d.group("done"), lex)
    if done_n is None or not 0 < done_n <= total or _said_not_done(text.lower(), d.start(), d.end(), lex):
        return None
    return d, done_n


NOT_DONE_REACH = 40  # "7/25 chỉ tiêu chưa đạt", "failed to meet 7 of 25 targets": this close
_CLAUSE = regex.compile(r"[,;.।]")


def _said_not_done(low: str, start: int, end: int, lex: Lexicon) -> bool:
    """The count is of tasks not done ("có 7/25 chỉ tiêu chưa hoàn thành", "seven of the 25
    targets were not met", "25 में से 7 लक्ष्य पूरे नहीं हुए"): a word of it in the count's
    clause, right before or after it."""
    if not lex.task_not_done:
        return False
    after = f" {_CLAUSE.split(low[end : end + NOT_DONE_REACH], maxsplit=1)[0]} "
    before = f" {_CLAUSE.split(low[max(0, start - NOT_DONE_REACH) : start])[-1]} "
    # (Up to a word joining another clause: "... were completed and 7 were not".)
    for c in lex.conjunctions:
        after = after.split(f" {c} ", 1)[0] + " "
        before = " " + before.rsplit(f" {c} ", 1)[-1]
    return any(f" {w} " in before or f" {w} " in after for w in lex.task_not_done)


REMAINDER_REACH = 48  # "The remaining three ...", "3 nhiệm vụ còn lại ...": said early in the sentence


def speaks_of_the_rest(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A sentence about the tasks left ("The remaining three will be finished before March 31,
    2027"): its deadline is theirs."""
    head = text[start : min(end, start + REMAINDER_REACH)].lower()
    return any(w in head for w in lex.task_remainder)


def _fraction_at(low: str, at: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """The share of a whole said at `at` ("two-thirds", "दो तिहाई"): numerator, denominator and
    where its words end."""
    for words, (n, d) in lex.task_fractions.items():
        end = at + len(words)
        if low.startswith(words, at) and not low[end : end + 1].isalnum():
            return n, d, end
    return None


HEDGE_REACH = 24  # "[more than] half", "[आधे] से अधिक": the hedge this close either side


def _hedged(low: str, at: int, end: int, lex: Lexicon) -> bool:
    """A hedge right before the share said at low[at:end], or right after it."""
    before = f" {low[max(0, at - HEDGE_REACH) : at]}"
    after = f"{low[end : end + HEDGE_REACH].lstrip()} "
    return any(before.endswith(f" {w} ") or after.startswith(f"{w} ") for w in lex.task_fraction_hedges)


def _number(said: str, lex: Lexicon) -> int | None:
    digits = said.replace(".", "").replace(",", "")  # (grouped thousands: see _DIGITS)
    return int(digits) if digits.isdigit() else lex.number_words.get(said.lower())


def _deadline(low: str, lex: Lexicon, period: Period) -> date | None:
    """A deadline the sentence states, the first still to come after the period counted ("By
    the end of June 2024, ... 4 of 9 tasks, which are due by September 30, 2024": June is
    when they were counted); the year defaults to the period's."""
    for m in deadlines_in(lex, low):
        found = m.groupdict()
        when = deadline_date(found, lex, period.end_year)
        if when is not None and when < period.end_date() and not found.get("y") and period.length % 12 == 0:
            # "trong tháng 3" in a report on the whole year: next year's March (not so the
            # period's own last day, "30 जून तक": when the tasks were counted; nor a month of the
            # year under way, "14 of 25 tasks had been finished by the end of September" in
            # October: when they were counted).
            when = deadline_date(found, lex, period.end_year + 1)
        if when is not None and when > period.end_date():
            return when
    return None


def deadline_date(found: dict[str, str | None], lex: Lexicon, default_year: int) -> date | None:
    """The last day a deadline match's groups name (day, month, quarter, year's end), in
    `default_year` when it names no year; None for no such day."""
    groups = {k: v for k, v in found.items() if v}
    month = month_number(groups.get("m"), lex)
    quarter = lex.ordinals.get(groups.get("q", ""))
    if quarter is not None and 1 <= quarter <= 4:
        month = 3 * quarter  # "trong quý IV": by the quarter's last day
    if "ye" in groups:
        month = 12  # "by the end of the year", "trước cuối năm"
    year = int(groups.get("y") or default_year)
    try:
        if "d" not in groups and month:
            return Period.months(year, int(month), int(month)).end_date()  # "by June 2027"
        return date(year, int(month or 0), int(groups.get("d", 0)))
    except (TypeError, ValueError):
        return None  # "30/2": no such day; no deadline rather than a guessed one
