"""Turns one normalised text into a sorted stream of typed tokens: indicator mentions,
cues, amounts, percentages and period mentions. No interpretation beyond reading numbers."""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from services.extractor.engine.lexicon import REGEX_TIMEOUT, YEAR_ANCHOR, Lexicon, Phrase, find_phrases
from services.extractor.engine.normalize import is_word_char
from services.extractor.engine.numbers import NUMBER_RE, convention_of, parse_number
from services.extractor.engine.periods import YEAR

# Kinds: "ind", "block", "cue", "val", "pct", "per", "task_noun", "task_done", "task_scope".
_PRIORITY = {"per": 4, "val": 3, "pct": 3, "ind": 2, "block": 2}


class Token:
    """One typed span of the text. A plain class, not a dataclass: compiled by mypyc, a
    dataclass's __init__ is the interpreted one the dataclasses module writes, and a text makes
    many tokens."""

    __slots__ = ("data", "end", "kind", "start", "text")

    def __init__(
        self, kind: str, start: int, end: int, text: str, data: dict[str, Any] | None = None
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.data: dict[str, Any] = {} if data is None else data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.kind, self.start, self.end, self.text, self.data) == (
            other.kind,
            other.start,
            other.end,
            other.text,
            other.data,
        )

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.start}, {self.end}, {self.text!r}, {self.data!r})"


def tokens_from(toks: list[Token], first: int, stop: int | None = None) -> Iterator[Token]:
    """toks[first:stop] without copying or skipping: a scan ahead from one token costs what it
    reads, not the sentence before it (a slice or islice per token went quadratic on run-on text)."""
    for j in range(first, len(toks) if stop is None else stop):
        yield toks[j]


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def indicator_token(start: int, end: int, text: str, e: Phrase) -> Token:
    """The token of an indicator's name, with what its lexicon entry says of it."""
    return Token(
        "ind",
        start,
        end,
        text,
        {
            "indicator": e.value,
            "sign": e.sign,
            "rate": e.rate,
            "plan_share": e.plan_share,
            "part": e.part,
            "breakdown": e.breakdown,
            "subject": e.subject,
        },
    )


SHORT_FORMS_MAX = 8  # short forms a text defines that are looked for again
SHORT_FORM_CHARS = 8  # "(SOTR)": a short form is this long at most


def _short_form_after(text: str, end: int) -> tuple[int, str] | None:
    """ "own tax revenue[ (SOTR)]": where a bracketed short form in capitals right after `end`
    starts, and the form."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if text[i : i + 1] != "(":
        return None
    close = text.find(")", i + 1, i + 2 + SHORT_FORM_CHARS)
    form = text[i + 1 : close].strip() if close > 0 else ""
    if len(form) < 2 or not (form.isascii() and form.isalpha() and form.isupper()):
        return None
    return text.index(form, i + 1), form


def _short_forms_defined(cands: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A short form a text defines in brackets right after an indicator's name ("Karnataka's
    own tax revenue (SOTR) grew 11% ... had budgeted SOTR of Rs 2.1 lakh crore") names that
    indicator wherever the text uses it again (one the lexicon knows, "(IIP)", is read already)."""
    known = {t.start for t in cands}
    defined: dict[str, Token] = {}
    for t in cands:
        if t.kind != "ind" or text[t.end : t.end + 1] not in (" ", "("):
            continue
        found = _short_form_after(text, t.end)
        if found is None or found[0] in known or found[1] in defined:
            continue
        low = found[1].lower()
        if low in lex.units_after or low in lex.units_before or low in lex.unit_factors:
            continue  # "exports (USD)": the unit, no name
        defined[found[1]] = t
        if len(defined) >= SHORT_FORMS_MAX:
            break
    out: list[Token] = []
    for abbr, name in defined.items():
        at = text.find(abbr, name.end)
        while at >= 0:
            end = at + len(abbr)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and at not in known and text[at - 1 : at] != "(":
                out.append(Token("ind", at, end, abbr, dict(name.data)))
            at = text.find(abbr, end)
    return out


OWNER_REACH = 12  # "Exports[ of ]the province grew": the word right before the place


def _owned_by_the_word_before(lowered: str, start: int, lex: Lexicon) -> bool:
    """The word right before `start` makes what follows an owner, not a subject."""
    before = lowered[max(0, start - OWNER_REACH) : start].split()
    return bool(before) and before[-1] in lex.owners_before


def tokenize(text: str, lex: Lexicon, thousands_sep: str | None = None) -> list[Token]:
    """`thousands_sep`: the document's convention for a lone separator before three digits;
    None judges it from the document's own unambiguous numbers."""
    lowered = lower_same_length(text)
    cands: list[Token] = []
    for start, end, entries in find_phrases(lex, lowered):
        for e in entries:
            if e.category == "indicator":
                if e.subject and _owned_by_the_word_before(lowered, start, lex):
                    continue  # "Exports [of] the province grew"
                cands.append(indicator_token(start, end, text[start:end], e))
            elif e.category in ("block", "plain"):
                cands.append(Token(e.category, start, end, text[start:end]))
            elif e.category == "cue":
                cands.append(Token("cue", start, end, text[start:end], {"cue": e.value}))
            elif e.category == "ellipsis":
                cands.append(
                    Token("ellipsis", start, end, text[start:end], {"value": e.value, "rate": e.rate})
                )
            else:
                cands.append(Token(e.category, start, end, text[start:end], {"value": e.value}))
    if "(" in text:
        cands.extend(_short_forms_defined(cands, text, lex))
    pairs: list[tuple[int, int]] = []
    periods: list[Token] = []
    for m in _period_matches(lowered, lex):
        kinds, fields = _layout(m.re)
        values = m.groups()
        data = {"kind": next(kind for idx, kind in kinds if values[idx] is not None)}
        for name, idx in fields:
            if values[idx] is not None:
                data[name] = values[idx]
        if "ny" in data and int(data["ny"]) != (int(data["y"]) + 1) % 100:
            continue  # "2021-25": a span of years, no fiscal year said bare
        if "mm" in data and "M" not in text[m.start() : m.end()]:
            continue  # "in 9m.": a sum in millions; the months are written "9M"
        if len(data.get("y", "1900")) == 2:
            data["y"] = f"20{data['y']}"  # "1H25", "Q2'25": a year said by its last two digits
        if data["kind"] == "quarter_pair":
            # (Matches come in order of their start: a pair inside an earlier one is inside the
            # last one kept.)
            if not pairs or not (pairs[-1][0] <= m.start() and m.end() <= pairs[-1][1]):
                cands.extend(_quarter_pair(m, text, data, lex))
                pairs.append((m.start(), m.end()))
            continue
        periods.append(Token("per", m.start(), m.end(), text[m.start() : m.end()], data))
    if pairs:
        # A quarter named inside a pair ("2026 की पहली और [दूसरी तिमाही]") is the pair's own.
        periods = [t for t in periods if not _inside_pair(t, pairs)]
    if lex.ordinal_quarter_re is not None and periods:
        periods = _quarters_said_by_ordinal(periods, text, lowered, lex)
    cands.extend(periods)
    cands.extend(_numbers(text, lowered, lex, thousands_sep, periods))
    cands = _no_base_before_a_word(cands, text, lex)
    # (Plain words have done their work by hiding the shorter words inside them.)
    out = _percent_said_once([t for t in _resolve(cands) if t.kind != "plain"], text, lex)
    drop = _subjects_of_another_name(out, text)
    if drop:
        # (Read again without them: the words of growth they held are read as they would be.)
        cands = [t for t in cands if not any(t is d for d in drop)]
        out = _percent_said_once([t for t in _resolve(cands) if t.kind != "plain"], text, lex)
    return out


SUBJECT_GAP_WORDS = 1  # "tỉnh đạt mức tăng trưởng [về] xuất khẩu 12%": a word at most between


def _subjects_of_another_name(toks: list[Token], text: str) -> list[Token]:
    """The places said as what grows right before another indicator's name ("tỉnh đạt mức tăng
    trưởng xuất khẩu 12%"): the growth is of that one; the place's name is no indicator."""
    drop: list[Token] = []
    if not any(t.kind == "ind" and t.data.get("subject") for t in toks):
        return drop
    for i, t in enumerate(toks):
        if t.kind != "ind" or not t.data.get("subject"):
            continue
        k = i + 1
        while k < len(toks) and toks[k].kind == "cue" and toks[k].start < t.end:
            k += 1  # (the words of growth inside the place's phrase)
        while k < len(toks) and toks[k].kind == "cue" and toks[k].data.get("cue") == "aspect":
            k += 1
        if (
            k < len(toks)
            and toks[k].kind == "ind"
            and len(text[t.end : toks[k].start].split()) <= SUBJECT_GAP_WORDS
        ):
            drop.append(t)
    return drop


SHARED_PERCENT_REACH = 64  # "6.7 और अगले वित्तीय वर्ष (2025-26) में 7.5 प्रतिशत": the list this short


def _percent_said_once(toks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A bare number listed before a percentage, the word of percent said once for both ("...
    (2024-25) में 6.7 और अगले वित्तीय वर्ष (2025-26) में 7.5 प्रतिशत", "6.7 and 7.5 per cent"):
    a percentage too."""
    out = toks
    for k, t in enumerate(toks):
        if t.kind != "num" or not 0 < t.data["value"] < 100:
            continue
        nxt = next((x for x in toks[k + 1 : k + 6] if x.kind in ("num", "val", "pct")), None)
        if (
            nxt is None
            or nxt.kind != "pct"
            or nxt.start - t.end > SHARED_PERCENT_REACH
            # (The list word right after the number: "a 2.3-fold rise and ... 98.2%" lists none.)
            or (text[t.end : nxt.start].replace(",", " ").split() or [""])[0].lower() not in lex.conjunctions
            or any(ch in text[t.end : nxt.start] for ch in ";.।")
        ):
            continue
        if out is toks:
            out = list(toks)
        out[k] = Token("pct", t.start, t.end, t.text, {"value": t.data["value"]})
    for k, t in enumerate(out):
        if t.kind == "num" and _moved_to_or_from_a_percentage(out, k, text):
            if out is toks:
                out = list(toks)
            out[k] = Token("pct", t.start, t.end, t.text, {"value": t.data["value"]})
    return out


MOVED_REACH = 40  # "rose to 6.3[ from ]5.7 per cent", "5.7 प्रतिशत[ से बढ़कर जीडीपी ]6.3 हो गई"
MOVED_CUES = ("compare", "reference", "growth_up", "growth_down", "change", "level")
MOVED_UNREAD_WORDS = 2  # "rose to 6.3 from 5.7[ per cent]": the words no token reads, past the percent


def _moved_to_or_from_a_percentage(toks: list[Token], k: int, text: str) -> bool:
    """The bare number toks[k] and a percentage of like size stand on either side of words of
    change or comparison alone ("GDP growth rose to 6.3 from 5.7 per cent", "5.7 प्रतिशत से बढ़कर
    जीडीपी 6.3 हो गई"): the figure moved to or from, a percentage as well."""
    t = toks[k]
    value = t.data["value"]
    if not 0 < value < 100:
        return False
    for step in (-1, +1):
        j, cues, names = k + step, 0, 0
        # (A period may stand between: "from 5.7 per cent in April-June to 6.3 in July-September".)
        while (
            0 <= j < len(toks)
            and toks[j].kind in ("cue", "ind", "per")
            # (within reach: a run-on list is not walked from every number)
            and (t.start - toks[j].end if step < 0 else toks[j].start - t.end) <= MOVED_REACH
        ):
            if toks[j].kind == "cue" and toks[j].data["cue"] == "multiple":
                break  # ("1.54 times higher than the country's 2.12 percent": a multiple)
            if toks[j].kind == "cue":
                cues += toks[j].data["cue"].split(".")[0] in MOVED_CUES
            elif toks[j].kind == "ind":
                names += 1
            j += step
        if not (0 <= j < len(toks)) or toks[j].kind != "pct" or not cues or names > 1:
            continue
        other = toks[j]
        lo, hi = (other.end, t.start) if step < 0 else (t.end, other.start)
        gap = text[lo:hi]
        if hi - lo > MOVED_REACH or any(ch in gap for ch in ";.।(),"):
            continue
        # (Only the words read between: "..., जो देश में 5वें स्थान पर है" is another clause.)
        read = [(x.start, x.end) for x in toks[min(j, k) + 1 : max(j, k)]]
        unread = text[lo:hi]
        for start, end in sorted(read, reverse=True):
            unread = unread[: start - lo] + " " + unread[end - lo :]
        if len(unread.split()) > MOVED_UNREAD_WORDS:
            continue
        other_value = other.data["value"]
        if other_value and 1 / 3 <= value / other_value <= 3:  # (of like size: no index level)
            return True
    return False


_FIELDS = (
    "n",
    "nq",  # a count of quarters ("the remaining three quarters")
    "ny",  # a fiscal year said bare: its second year's last two digits
    "mm",  # "9M" said alone: the first months, with a capital M
    "m",
    "m2",
    "y",
    "y2",
    "q0",
    "q",
    "q2",
    "h",
    "this",
    "fy",
    "before",
    "y0",
    "year_ending",
    "whole",
    "current",
    "sameq",  # "the same quarter a year ago": the quarter spoken of, a year back
)
_LAYOUTS: dict[Any, tuple[list[tuple[int, str]], list[tuple[str, int]]]] = {}


def _layout(pattern: Any) -> tuple[list[tuple[int, str]], list[tuple[str, int]]]:
    """Where a period pattern keeps its kind (the branch group "k<i>_<kind>") and its fields,
    as indices into match.groups(): one tuple per match instead of a dict of every group."""
    layout = _LAYOUTS.get(pattern)
    if layout is None:
        kinds = [(i - 1, name.split("_", 1)[1]) for name, i in pattern.groupindex.items() if name[0] == "k"]
        fields = [(name, pattern.groupindex[name] - 1) for name in _FIELDS if name in pattern.groupindex]
        layout = _LAYOUTS[pattern] = (sorted(kinds), fields)
    return layout


PERIOD_TAIL = 64  # a period mention ends within this many characters of its anchor


def _period_matches(lowered: str, lex: Lexicon) -> list[Any]:
    """Period mentions. Every one contains an anchor (a month name, "tháng", "quarter", a
    year...), so only the patterns that hold an anchor are tried, and only at the word starts
    shortly before it: the same matches as a full overlapped scan, for a fraction of the work."""
    hits = [
        (end - size + 1, family)
        for end, (size, families) in lex.period_anchors.iter(lowered)
        for family in families
    ]
    hits += [(m.start(), YEAR_ANCHOR) for m in YEAR.finditer(lowered)]
    if not hits:
        return []
    tried: set[tuple[int, str]] = set()
    best: dict[int, Any] = {}
    for a, family in hits:
        lead = lex.period_leading.get(family)
        if lead is not None:
            m = lead.match(lowered, a, a + PERIOD_TAIL)
            if m is not None and (a not in best or m.end() > best[a].end()):
                best[a] = m
        pattern = lex.period_families.get(family)
        if pattern is None:
            continue
        # Only the word starts whose first character a pattern of the family can begin with.
        for ws in lex.period_starts[family].finditer(lowered, max(0, a - lex.period_reach[family]), a + 1):
            pos = ws.start()
            if (pos, family) in tried:
                continue
            tried.add((pos, family))
            # Bounded by endpos instead of a timeout: a window of a few dozen characters
            # cannot stall, and a per-call timeout would cost more than the match itself.
            m = pattern.match(lowered, pos, a + PERIOD_TAIL)
            if m is not None and m.end() > a and (pos not in best or m.end() > best[pos].end()):
                best[pos] = m
    return [best[p] for p in sorted(best)]


ORDINAL_QUARTER_REACH = 48  # "[, 8.3% in ]the third": the next quarter this close to the last


def _quarters_said_by_ordinal(periods: list[Token], text: str, lowered: str, lex: Lexicon) -> list[Token]:
    """Quarters said by their ordinal alone after one named in full ("7.9% in the second
    quarter, 8.3% in the third and 8.6% in the fourth", "दूसरी तिमाही में 7.9%, तीसरी में 8.3%
    और चौथी में 8.6%"): each a quarter mention, later than the one before, with its year; the
    chain ends at a sentence's end or another period mention."""
    added: dict[int, Token] = {}
    starts = sorted(t.start for t in periods)
    for t in periods:
        if t.data.get("kind") != "quarter":
            continue
        last, q = t, lex.ordinals.get(str(t.data.get("q", "")).lower())
        # (Candidates overlap: the next mention is the first to start past this one.)
        k = bisect.bisect_left(starts, t.end)
        limit = starts[k] if k < len(starts) else len(text)
        while q is not None and q < 4:
            m = lex.ordinal_quarter_re.search(lowered, last.end, min(limit, last.end + ORDINAL_QUARTER_REACH))
            if m is None or sentence_ends(text, last.end, m.start("p")):
                break
            nq = lex.ordinals.get(m.group("q"))
            if nq is None or nq <= q:
                break
            data = {"kind": "quarter", "q": m.group("q"), **({"y": t.data["y"]} if "y" in t.data else {})}
            last, q = Token("per", m.start("p"), m.end("p"), text[m.start("p") : m.end("p")], data), nq
            added.setdefault(last.start, last)
    return sorted([*periods, *added.values()], key=lambda x: x.start) if added else periods


def sentence_ends(text: str, a: int, b: int) -> bool:
    """A sentence ends between `a` and `b` (a full stop before a space, not a decimal point)."""
    gap = text[a:b]
    return any(ch in gap for ch in ";।!?") or ". " in gap or gap.endswith(".")


def _quarter_pair(m: Any, text: str, data: dict[str, Any], lex: Lexicon) -> list[Token]:
    """ "the first and second quarters", "the first, second and third quarters", "quý I và quý
    II": two or three quarter mentions, the year (if any) every one's, so a list stated
    "respectively" pairs them with its figures."""
    year = {"y": data["y"]} if "y" in data else {}
    # Where each mention starts and ends: the first from the match's start, the last to its end,
    # the others from the first word after the list's words ("và [quý II]").
    names = ["q0", "q", "q2"] if "q0" in data else ["q", "q2"]
    ends = [m.end(g) for g in names[:-1]] + [m.end()]
    starts = [m.start()] + [_past_list_words(text, e, lex) for e in ends[:-1]]
    return [
        Token("per", a, b, text[a:b], {"kind": "quarter", "q": data[g], **year})
        for g, a, b in zip(names, starts, ends, strict=True)
    ]


def _inside_pair(t: Token, pairs: list[tuple[int, int]]) -> bool:
    """`t` lies within a pair (`pairs` in order of start, none inside another): the last pair
    that starts at or before it is the one that can hold it."""
    k = bisect.bisect_right(pairs, (t.start, sys.maxsize)) - 1
    return k >= 0 and t.end <= pairs[k][1]


def _past_list_words(text: str, pos: int, lex: Lexicon) -> int:
    """Where the next item of a list begins after `pos`: past spaces, commas and list words."""
    while True:
        while pos < len(text) and text[pos] in " ,&":
            pos += 1
        word = next((w for w in lex.conjunctions if text.startswith(f"{w} ", pos)), None)
        if word is None:
            return pos
        pos += len(word)


PARTICLE = 4  # "[पिछले वर्ष की इसी अवधि] का": a particle this long past a period mention


def _no_base_before_a_word(cands: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """Words of a base or ratio that are a period mention and a particle ("पिछले वर्ष की इसी
    अवधि का 82%") followed by a word, not a figure ("पिछले वर्ष की इसी अवधि का निर्यात 10
    बिलियन डॉलर था"): the period of the figure after, no base (which, longer, would hide it).
    A hedge may stand before the figure ("... इसी अवधि का केवल 92 प्रतिशत")."""
    pers = sorted((t.start, t.end) for t in cands if t.kind == "per")
    if not pers:
        return cands

    def past_a_period(t: Token) -> bool:
        # (The period the cue starts in, if any: the last one starting at or before it.)
        k = bisect.bisect_right(pers, (t.start, sys.maxsize)) - 1
        return k >= 0 and t.start < pers[k][1] and 0 < t.end - pers[k][1] <= PARTICLE

    drop = {
        id(t)
        for t in cands
        if t.kind == "cue"
        and t.data["cue"] in ("yoy", "ratio.before")
        and not _a_figure_next(text, t.end, lex)
        and past_a_period(t)
    }
    return [t for t in cands if id(t) not in drop] if drop else cands


HEDGE_REACH = 24  # "[ केवल ]92": a hedge this long before the figure


def _a_figure_next(text: str, pos: int, lex: Lexicon) -> bool:
    """A figure comes next after `pos`, past one hedge ("only", "केवल") at most."""
    after = text[pos : pos + HEDGE_REACH].lstrip()
    if after[:1].isdigit():
        return True
    lowered = after.lower()
    return any(
        lowered.startswith(f"{h} ") and lowered[len(h) + 1 :].lstrip()[:1].isdigit() for h in lex.hedges
    )


def _resolve(cands: list[Token]) -> list[Token]:
    """Keep the leftmost-longest tokens; several cue/phrase readings of one span all stay."""
    cands.sort(key=lambda t: (t.start, -(t.end - t.start), -_PRIORITY.get(t.kind, 1)))
    kept: list[Token] = []
    frontier = -1
    last: Token | None = None
    for t in cands:
        core_end = t.data.get("core_end", t.end)
        if (
            t.kind == "ellipsis"
            and t.data.get("rate")
            and last is not None
            and last.kind == "ind"
            and 0 <= t.start - last.end <= 1
        ):
            # "Retail sales growth was 4.2%": right after a name, the words of growth are its
            # rate's (read by the cues inside them), no short name of another indicator.
            continue
        if t.start >= frontier:
            kept.append(t)
            frontier = core_end
            last = t
        elif last is not None and last.kind == "ellipsis" and t.kind == "ind" and t.end > last.end:
            # "lượng khách du lịch": a short name ("lượng khách") must not hide the indicator
            # that starts inside it and says more.
            kept[-1] = last = t
            frontier = t.end
        elif (
            last is not None
            and t.start == last.start
            and t.end == last.end
            and t.data != last.data
            # (Not a period that is also a sum: "9M" is nine months, no nine million.)
            and not (last.kind == "per" and t.kind in ("val", "num", "pct"))
        ):
            kept.append(t)  # the same words read two ways (an indicator that is also a cue)
            if t.kind == "cue" and last.kind == "ellipsis":
                last = t  # "growth in 2027": what overlaps the words is judged as by their cue
        elif last is not None and last.kind == "cue" and t.kind == "ellipsis" and t.start == last.start:
            # "Growth in the April-June quarter": the words of a rate ("growth in the ...") also
            # open the economy's growth, said short; both readings stay.
            kept.append(t)
        elif last is not None and last.kind == "cue" and t.kind == "ellipsis" and t.end == last.end:
            # "पहली छमाही में वृद्धि दर 8 प्रतिशत रही": the words of a rate "in" something end with
            # the economy's growth said short, whose "in" is the period's; both readings stay.
            kept.append(t)
        elif (
            last is not None
            and last.kind == "per"
            and t.kind == "cue"
            and t.data["cue"] == "ratio.before"
            and t.end > last.end
        ):
            # "2019 की [इसी अवधि] का 72%": the words of a ratio go on past the period it is of,
            # which is the base the ratio is set against, no period of the figures.
            last.data["base"] = True
            kept.append(t)
            frontier = t.end
        elif (
            last is not None
            and last.kind == "cue"
            and t.kind in ("cue", "per", "ind", "ellipsis")
            and t.end > last.end
        ):
            # Overlapping cue words ("short of the target of 10%") both say something; so does
            # a period that goes on past a cue ("so với [cùng kỳ] năm 2022": the year it names)
            # and an indicator ("[mức tăng trưởng] kinh tế": the rate of the economy's growth).
            kept.append(t)
            if t.kind in ("per", "ind", "ellipsis"):
                # ("aims [to collect] VND26 trillion": a short name past the word of a goal.)
                frontier, last = t.end, t
        elif (
            last is not None
            and last.kind == "ind"
            and t.kind == "cue"
            and t.end == last.end
            and str(t.data.get("cue", "")).startswith("growth_")
        ):
            # A verb of change that ends an indicator's name ("economy contracted", "economy
            # shrank") still says which way its rate went.
            kept.append(t)
        elif last is not None and last.kind == "ind" and t.kind == "cue" and t.data.get("cue") == "target":
            kept.append(t)  # a word of a goal inside an indicator's name ("economy must grow")
        elif (
            last is not None
            and last.kind == "val"
            and t.kind == "ind"
            and t.start >= last.data.get("core_end", last.end)
        ):
            kept.append(t)  # a count unit that is also the indicator ("420 new enterprises")
            frontier = max(frontier, t.end)
    kept.sort(key=lambda t: (t.start, t.end))
    return kept


def _word_numbers(lowered: str, lex: Lexicon) -> list[tuple[int, int, float, bool]]:
    """Numbers written as words, whole words only, leftmost-longest and not overlapping."""
    if lex.number_automaton is None:
        return []
    n = len(lowered)
    hits: list[tuple[int, int]] = []
    for last, size in lex.number_automaton.iter(lowered):
        start, end = last - size + 1, last + 1
        if (start > 0 and is_word_char(lowered[start - 1])) or (end < n and is_word_char(lowered[end])):
            continue
        hits.append((start, -end))
    hits.sort()
    out: list[tuple[int, int, float, bool]] = []
    frontier = -1
    for start, neg_end in hits:
        end = -neg_end
        if start < frontier:
            continue
        if lex.decimal_re is not None:
            dm = lex.decimal_re.match(lowered, end, end + 48)
            if dm is not None:
                end = dm.end()
        wv = _word_number(lowered[start:end], lex)
        if wv is not None:
            out.append((start, end, wv, True))
            frontier = end
    return out


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """`pos` lies in one of the sorted, disjoint spans."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _spoken_decimals(
    found: list[tuple[int, int, float, bool]], lowered: str, lex: Lexicon
) -> list[tuple[int, int, float, bool]]:
    """ "11 दशमलव 7" is 11.7, "13 दशमलव एक" 13.1: a whole number in digits, the word for the
    decimal point, then its fraction (in digits or a word), read as one number."""
    out: list[tuple[int, int, float, bool]] = []
    frontier = -1
    for start, end, value, in_words in found:
        if start < frontier:
            continue  # the fraction of the number before
        if not in_words and value.is_integer():
            dm = lex.decimal_re.match(lowered, end, end + 48)
            if dm is not None:
                digits = _fraction_digits(dm.group(), lex)
                if digits is not None:
                    out.append((start, dm.end(), float(f"{int(value)}.{digits}"), False))
                    frontier = dm.end()
                    continue
        out.append((start, end, value, in_words))
    return out


def _spaced_decimals(
    found: list[tuple[int, int, float, bool]], lowered: str, lex: Lexicon
) -> list[tuple[int, int, float, bool]]:
    """ "13. 20 प्रतिशत", "11. 8 फीसदी", "58. 37 अरब डॉलर": a decimal point that a space fell after
    (wire copy), read as one number when a percentage follows, or in Hindi a scale word (not a
    sentence's end before the next number)."""
    out: list[tuple[int, int, float, bool]] = []
    k = 0
    while k < len(found):
        start, end, value, in_words = found[k]
        if k + 1 < len(found) and not in_words and value.is_integer() and value < 1000:
            nstart, nend, _, nwords = found[k + 1]
            after = lex.after_number_re.match(lowered, nend, nend + 48)
            if (
                not nwords
                and lowered[end:nstart] == ". "
                and 1 <= nend - nstart <= 2
                and lowered[nstart:nend].isdigit()
                and after is not None
                # ("58. 37 अरब डॉलर": in Devanagari text, where a sentence ends with "।", before
                # a scale word too.)
                and (after.group("pct") or (after.group("scale") and lex.language == "hi"))
            ):
                out.append((start, nend, float(f"{int(value)}.{lowered[nstart:nend]}"), False))
                k += 2
                continue
        out.append((start, end, value, in_words))
        k += 1
    return out


def _leading_decimals(
    found: list[tuple[int, int, float, bool]], lowered: str, lex: Lexicon
) -> list[tuple[int, int, float, bool]]:
    """ "अगस्त में दशमलव एक प्रतिशत की गिरावट" is 0.1%: the word for the decimal point with no
    whole number before it, then its digits."""
    out: list[tuple[int, int, float, bool]] = []
    for start, end, value, in_words in found:
        point = next(
            (start - len(d) - 1 for d in lex.decimal_words if lowered.endswith(f"{d} ", 0, start)),
            None,
        )
        if point is not None and value.is_integer() and not (out and out[-1][1] >= point - 1):
            digits = _fraction_digits(lowered[point:end], lex)
            if digits is not None:
                out.append((point, end, float(f"0.{digits}"), True))
                continue
        out.append((start, end, value, in_words))
    return out


def _with_prefixes(
    found: list[tuple[int, int, float, bool]], lowered: str, lex: Lexicon
) -> list[tuple[int, int, float, bool]]:
    """ "साढ़े तीन" is 3.5, "पौने पांच" 4.75; before a scale word with no number, the word is
    the number itself ("सवा लाख" is 1.25 lakh)."""
    starts = {start: k for k, (start, _, _, _) in enumerate(found)}
    out = list(found)
    for m in lex.prefix_re.finditer(lowered):
        delta = lex.prefixes[m.group().strip()]
        k = starts.get(m.end())
        if k is not None:
            _, end, value, in_words = out[k]
            out[k] = (m.start(), end, value + delta, in_words)
        elif lex.scale_re.match(lowered, m.end() - 1, m.end() + 24):
            word_end = len(m.group().rstrip()) + m.start()
            out.append((m.start(), word_end, 1.0 + delta, True))
    out.sort()
    return out


HUNDRED = 100.0


def _hundreds(found: list[tuple[int, int, float, bool]], lowered: str) -> list[tuple[int, int, float, bool]]:
    """ "6 सौ 83" is 683, "पांच सौ" 500, "ढाई सौ" 250: a number under a hundred right before the
    word for a hundred counts hundreds, and one under a hundred right after adds to them (so "2
    लाख 49 हजार 6 सौ 83 करोड़" reads whole)."""
    out: list[tuple[int, int, float, bool]] = []
    k = 0
    while k < len(found):
        start, end, value, in_words = found[k]
        prev = out[-1] if out else None
        if (
            in_words
            and value == HUNDRED
            and prev is not None
            and 0 < prev[2] < HUNDRED
            and not lowered[prev[1] : start].strip()
        ):
            start, value = prev[0], prev[2] * HUNDRED
            out.pop()
            nxt = found[k + 1] if k + 1 < len(found) else None
            if (
                nxt is not None
                and nxt[2] < HUNDRED
                and nxt[2].is_integer()
                and not lowered[end : nxt[0]].strip()
            ):
                end, value = nxt[1], value + nxt[2]
                k += 1
            out.append((start, end, value, False))
        else:
            out.append((start, end, value, in_words))
        k += 1
    return out


def _fraction_digits(said: str, lex: Lexicon) -> str | None:
    """The digits after a spoken decimal point: " दशमलव 7" is "7", " दशमलव सात-एक" "71"."""
    for dec in lex.decimal_words:
        if dec in said:
            said = said.partition(dec)[2]
            break
    digits = ""
    for piece in said.split("-"):
        piece = piece.strip()
        if piece.isdigit():
            digits += piece  # ("दशमलव 07": the zero stays)
            continue
        value = lex.word_values.get(piece)
        if value is None:
            return None
        digits += str(int(value))
    return digits or None


def _word_number(s: str, lex: Lexicon) -> float | None:
    s = s.lower().strip()
    for dec in lex.decimal_words:
        if dec in s:
            a, _, b = s.partition(dec)
            ia, digits = _word_number(a, lex), _fraction_digits(b, lex)
            if ia is None or digits is None:
                return None
            return float(f"{int(ia)}.{digits}")
    v = lex.word_values.get(s)
    return None if v is None else float(v)


def _years(*values: float) -> bool:
    """Whether every value could be a year ("2021-2025 doanh nghiệp" is no range of amounts)."""
    return all(v.is_integer() and 1900 <= v <= 2100 for v in values)


THOUSAND = 1000.0
SIGN_MARK = " (-) "
LAKH = 1.0e5  # "4 लाख 61 करोड़": lakhs of the crore after, like thousands (4,00,061 crore)
BETWEEN_REACH = 16  # "between" this close before a range's first number
RANGE_GAP = 8  # " đến ", " to ", " से ": what may join the two ends of a range


CHANGE_FROM_REACH = 24  # "संशोधित कर[ ]8.7 प्रतिशत से 9.1 प्रतिशत": the words right before the first


def _said_after(before: str, words: tuple[str, ...]) -> bool:
    """`before` ends with one of `words`, whole."""
    before = before.rstrip()
    return any(before.endswith(w) and (len(before) == len(w) or before[-len(w) - 1] == " ") for w in words)


def _range_high(
    found: list[tuple[int, int, float, bool]], i: int, start: int, pos: int, lowered: str, lex: Lexicon
) -> Any:
    """What follows found[i], the next number, when it closes a range begun at `start` and
    said up to `pos` ("8-8,5%", "7.1%-7.5%", "22-23 million", "between 6.5% and 7%"): a percent
    sign, a scale word or a unit; None when it closes no range or nothing follows it."""
    if i >= len(found) or found[i][0] - pos > RANGE_GAP:
        return None
    if lex.change_from and _said_after(lowered[max(0, start - CHANGE_FROM_REACH) : start], lex.change_from):
        return None  # "raised its growth target from 5.5% to 8%": from one figure to another
    if not lex.range_re.fullmatch(lowered, pos, found[i][0]) and not (
        lex.between_re is not None
        and lex.between_join_re.fullmatch(lowered, pos, found[i][0])
        and lex.between_re.search(lowered, max(0, start - BETWEEN_REACH), start)
    ):
        return None
    return lex.after_number_re.match(lowered, found[i][1], found[i][1] + 48)


def _numbers(
    text: str, lowered: str, lex: Lexicon, sep: str | None, periods: Sequence[Token] = ()
) -> list[Token]:
    found: list[tuple[int, int, float, bool]] = []  # start, end, value, written in words
    digits = [(m.start(), m.end(), m.group()) for m in NUMBER_RE.finditer(text, timeout=REGEX_TIMEOUT)]
    if sep is None:
        # (Not the numbers of a date: "đến ngày 14.4" is the 14th of April, no decimal point.)
        dates = [(p.start, p.end) for p in periods]
        sep = convention_of((s for a, _, s in digits if not inside(a, dates)), lex.thousands_sep)
    for start, end, s in digits:
        v = parse_number(s, sep)
        if v is not None:
            found.append((start, end, v, False))
    found.extend(_word_numbers(lowered, lex))
    found.sort()
    if lex.decimal_re is not None and digits:
        found = _spoken_decimals(found, lowered, lex)
    if lex.decimal_words and found:
        found = _leading_decimals(found, lowered, lex)
    if len(found) > 1:
        found = _spaced_decimals(found, lowered, lex)
    if lex.prefix_re is not None:
        found = _with_prefixes(found, lowered, lex)
    if lex.number_automaton is not None and len(found) > 1:
        found = _hundreds(found, lowered)
    out: list[Token] = []
    i = 0
    while i < len(found):
        start, end, value, in_words = found[i]
        i += 1
        # Short anchored matches, bounded by endpos (see _period_matches).
        after = lex.after_number_re.match(lowered, end, end + 48)
        if after is None and lex.bound_after_re is not None:
            # "3,200 से अधिक नए उद्यम": "more than" between a number and its unit.
            bound = lex.bound_after_re.match(lowered, end, end + 24)
            if bound is not None:
                after = lex.after_number_re.match(lowered, bound.end(), bound.end() + 48)
                if after is not None and after.group("pct") is not None:
                    after = None
        is_pct = after is not None and after.group("pct") is not None
        if is_pct or after is None:
            # "phấn đấu tăng 8-8,5%", "6 to 6.5 per cent", "7.1%-7.5%": a range of rates reads
            # as its low end, the least it promises.
            high = _range_high(found, i, start, after.end() if after is not None else end, lowered, lex)
            if high is not None and high.group("pct") is not None and value <= found[i][2]:
                if in_words and value == 0:
                    # "शून्य से 0.4 प्रतिशत नीचे": below zero by so much, no range from nothing (the
                    # rate after is read alone, its word of fall after it).
                    continue
                out.append(
                    Token(
                        "pct",
                        start,
                        high.end(),
                        text[start : high.end()],
                        {"value": value, "high": found[i][2]},
                    )
                )
                i += 1
                continue
            if after is None and high is not None and value < found[i][2] and not _years(value, found[i][2]):
                # "22-23 million arrivals", "3-3,5 triệu lượt": a range of amounts reads, like
                # one of rates, as its low end, in the high end's scale and unit.
                end, after = found[i][1], high
                i += 1
        if is_pct:
            assert after is not None
            out.append(Token("pct", start, after.end(), text[start : after.end()], {"value": value}))
            continue
        amount, pos, scaled = value, end, False
        last_scale = float("inf")
        first_scale = 0.0  # the first scale word of a compound amount
        sm = after if after is not None and after.group("scale") is not None else None
        while sm is not None:
            mult = lex.scales[sm.group("scale" if sm is after else 1).lower()]
            amount *= mult  # consecutive scale words multiply: "nghìn tỷ", "lakh crore"
            last_scale = mult if not scaled else last_scale * mult
            first_scale = first_scale or last_scale
            pos, scaled = sm.end(), True
            compound = False
            # Compound amounts: "1 खरब 68 अरब 5 करोड़", "10 lakh 37 thousand": a further
            # number with a smaller scale adds to the amount.
            while i < len(found) and not text[pos : found[i][0]].strip():
                nxt = lex.scale_re.match(lowered, found[i][1], found[i][1] + 24)
                if nxt and (compound or last_scale in (THOUSAND, LAKH)) and found[i][2] < last_scale:
                    bigger = lex.scales[nxt.group(1).lower()]
                    if bigger > first_scale:
                        # "3 nghìn 450 tỷ đồng", "3 हजार 450 करोड़", "1 लाख 60 हजार 122 करोड़":
                        # the amount so far counts the bigger scale (3,450 of them; 1,60,122).
                        amount = (amount + found[i][2]) * bigger
                        last_scale, pos, i, compound = bigger, nxt.end(), i + 1, True
                        break
                if not nxt or lex.scales[nxt.group(1).lower()] >= last_scale:
                    break
                last_scale = lex.scales[nxt.group(1).lower()]
                amount += found[i][2] * last_scale
                pos = nxt.end()
                i += 1
                compound = True
            if compound:
                # "147 लाख 54 हजार करोड़": a bigger scale right after the compound counts it whole.
                tail = lex.scale_re.match(lowered, pos, pos + 24)
                whole = lex.scales[tail.group(1).lower()] if tail is not None else 0.0
                if tail is not None and whole > first_scale:
                    amount *= whole
                    last_scale, pos = whole, tail.end()
                break
            sm = lex.scale_re.match(lowered, pos, pos + 24)
        if (
            scaled
            and last_scale in (THOUSAND, LAKH)
            and i < len(found)
            and not text[pos : found[i][0]].strip()
        ):
            # "25 करोड़ 44 लाख 48,500 पर्यटक", "19 लाख 45,068", "1 लाख 27 हजार 339": the last
            # part of a compound amount written in digits, no scale word of its own (grouped,
            # or under a thousand: not a year, "10 लाख 2024 में").
            rest = found[i]
            written = text[rest[0] : rest[1]]
            if (
                rest[2] < last_scale
                and float(rest[2]).is_integer()
                and ("," in written or rest[2] < THOUSAND)
                and lex.scale_re.match(lowered, rest[1], rest[1] + 24) is None
            ):
                amount += rest[2]
                pos = rest[1]
                i += 1
        if scaled and lex.half_re is not None:
            half = lex.half_re.match(lowered, pos, pos + 16)
            if half is not None:  # "1 triệu rưỡi": and a half of the last scale
                amount += 0.5 * last_scale
                pos = half.end()
        core_end = pos
        unit = None
        word = None
        if after is not None and after.group("unit") is not None:  # "50 USD": the unit at once
            word, pos = after.group("unit").lower(), after.end()
        elif scaled:  # "50 triệu USD": the unit after the scale words
            um = lex.unit_after_re.match(lowered, pos, pos + 48)
            if um is None and lex.bound_after_re is not None:
                bound = lex.bound_after_re.match(lowered, pos, pos + 24)
                um = (
                    None if bound is None else lex.unit_after_re.match(lowered, bound.end(), bound.end() + 48)
                )
            if um is not None:
                word, pos = um.group(1).lower(), um.end()
        elif lex.count_copula_re is not None and not _a_year(value, text[start:end]):
            # "of which 140,000 were international visitors": a count whose noun follows a copula.
            cm = lex.count_copula_re.match(lowered, pos, pos + 64)
            if cm is not None:
                word, pos = cm.group(1).lower(), cm.end()
        if word is not None:
            unit = lex.units_after[word]
            if word in lex.unit_factors:  # "150 GWh": 150 million kWh
                amount *= lex.unit_factors[word]
        signed = False
        if unit is None and lex.unit_before_re is not None:
            lo, hi = max(0, start - 8), start
            window = lowered[lo:hi]
            if window.endswith(SIGN_MARK):
                # "USD (-) 10.97 billion": a sign in brackets between the currency and the amount.
                lo, hi, signed = max(0, start - 8 - len(SIGN_MARK)), start - len(SIGN_MARK), True
                window = lowered[lo:hi]
            if window.rstrip()[-1:] in lex.unit_before_ends:
                # (Searched in the text itself, so the word the unit would end is seen: "visitors
                # 3.1 million" names no rupees.)
                bm = lex.unit_before_re.search(lowered, lo, hi)
                if bm:
                    unit = lex.units_before[bm.group().strip().lower()]
        if unit is None and not scaled:
            # A bare number (a rank, a count of projects, a year): kept apart as "num", which
            # only counts as a figure right after a count indicator.
            if not _a_year(value, text[start:end]) and not in_words:
                out.append(Token("num", start, end, text[start:end], {"value": value}))
            continue
        amount = float(f"{amount:.12g}")  # 32.8 * 1e6 is 32800000, not 32799999.999999996
        if (
            unit is not None
            and len(unit) == 3
            and unit.isupper()
            and (
                signed
                or _minus_before(text, start)
                or _negative_word_before(lowered, start, lex.negative_before)
            )
        ):
            # "the trade balance stood at -$2.1 billion", "-2.1 अरब डॉलर", "नकारात्मक $1.17 बिलियन"
            amount = -amount
        data = {
            "value": amount,
            "unit": unit,
            "core_end": core_end,
            "scaled": scaled,
            "scale": amount / value if value else 1.0,
        }
        out.append(Token("val", start, pos, text[start:pos], data))
    return _done_of_planned(out, text)


def _a_year(value: float, written: str) -> bool:
    return 1900 <= value <= 2100 and float(value).is_integer() and written.isdigit()


def _minus_before(text: str, start: int) -> bool:
    """A minus sign written right before an amount (its currency's letters or sign may stand
    between: "-$2.1 billion", "-VND3 trillion"), itself after a space, a bracket or a colon: the
    amount is negative (not "2-3 billion", a range, nor "this year - $1.39 billion", a dash)."""
    k = start
    while (
        k > 0
        and k > start - 5
        and text[k - 1] != "-"
        and not text[k - 1].isspace()
        and not text[k - 1].isdigit()
    ):
        k -= 1  # back over "$", "US$", "VND"
    if k == 0 or text[k - 1] != "-":
        return False
    return k - 1 == 0 or text[k - 2] in " (:\n\t"


def _negative_word_before(lowered: str, start: int, words: frozenset[str]) -> bool:
    """A word saying the amount is below zero right before it, past its currency's letters or
    sign ("यह नकारात्मक $1.17 बिलियन था", "net FDI was negative $2.37 billion")."""
    if not words:
        return False
    k = start
    while k > 0 and k > start - 5 and not lowered[k - 1].isspace() and not lowered[k - 1].isdigit():
        k -= 1  # back over "$", "US$", "VND"
    before = lowered[max(0, k - 16) : k].split()
    return bool(before) and before[-1] in words


def _done_of_planned(toks: list[Token], text: str) -> list[Token]:
    """ "đạt 2.340/5.120 tỷ đồng", "2.340 tỷ đồng/5.120 tỷ đồng": so much done of so much
    planned, the first in the second one's scale and unit when it says none. The first is the
    figure; the planned amount after the slash is no figure of the period."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            t.kind == "num"
            and nxt is not None
            and nxt.kind == "val"
            and text[t.end : nxt.start].strip() == "/"
            and nxt.data["unit"] is not None
        ):
            scale = nxt.data["scale"]
            value = float(f"{t.data['value'] * scale:.12g}")
            data = {
                "value": value,
                "unit": nxt.data["unit"],
                "core_end": t.end,
                "scaled": nxt.data["scaled"],
                "scale": scale,
            }
            out.append(Token("val", t.start, t.end, t.text, data))
            k += 2
            continue
        if (
            t.kind == "val"
            and nxt is not None
            and nxt.kind == "val"
            and text[t.end : nxt.start].strip() == "/"
            and nxt.data["unit"] == t.data["unit"]
        ):
            out.append(t)
            k += 2
            continue
        out.append(t)
        k += 1
    return out
