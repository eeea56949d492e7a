"""What a sentence names as a part of a total, not the total's own figure: the indicator just
totalled named again after a word of share ("Of the total, retail sales of goods ..."), a
sentence of parts ("Of this, 3,321 new projects ..."), a list's next item named with its figure
in brackets and the names inside a gloss. Token passes run before a sentence is assembled."""

from __future__ import annotations

import bisect

import regex

from services.extractor.engine.cues import (
    NUMERIC,
    ends_with_word,
    has_conjunction,
    is_cue,
    starts_with_word,
    word_right_before,
)
from services.extractor.engine.figures import COUNT_INDICATORS
from services.extractor.engine.lexicon import Lexicon, find_phrases
from services.extractor.engine.normalize import has_word, is_word_char
from services.extractor.engine.tokens import Token, lower_same_length

GLOSS_GAP = 3  # "trade deficit[, ]i.e.": the gloss word right after the name it explains
GLOSS_WORDS = 28  # "or the difference between": the longest words of gloss read after it


def names_in_a_gloss(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """Indicator names inside a gloss of the one named before it ("व्यापार घाटा यानी आयात और
    निर्यात के बीच का अंतर बढ़कर 37.84 अरब डॉलर", "the trade deficit, i.e. the gap between
    imports and exports, ..."): they explain that name, so the figure after stays its own."""
    if not lex.gloss_words:
        return stoks
    out: list[Token] = []
    glossing = False
    for k, t in enumerate(stoks):
        if t.kind in NUMERIC:
            glossing = False
        elif glossing and t.kind == "ind":
            continue
        out.append(t)
        if t.kind == "ind" and k + 1 < len(stoks):
            after = text[t.end : min(stoks[k + 1].start, t.end + GLOSS_GAP + GLOSS_WORDS)].lower()
            gap = len(after) - len(after.lstrip(" ,("))
            glossing = gap <= GLOSS_GAP and starts_with_word(after.lstrip(" ,("), lex.gloss_words)
    return out


SOME_OF_GAP = 2  # "the IIP[ ]of some industries", "IIP 11 tháng[ ]của một số ngành"
PERIOD_GAP = 6  # "the IIP[ in ]the first 11 months of some industries": a word of time between


def names_of_some_branches(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """An indicator named of some of its branches ("the IIP in the first 11 months of some key
    industries rose ...: motor vehicles 22%; ...", "IIP 11 tháng của một số ngành trọng điểm"):
    the figures after are those branches', a sub-topic, not the indicator's."""
    if not lex.some_of:
        return stoks
    out = list(stoks)
    for k, t in enumerate(stoks):
        if t.kind != "ind":
            continue
        end = t.end
        if (
            k + 1 < len(stoks)
            and stoks[k + 1].kind == "per"
            and len(text[end : stoks[k + 1].start].split()) <= 1
            and stoks[k + 1].start - end <= PERIOD_GAP
        ):
            end = stoks[k + 1].end  # the indicator's period between ("IIP 11 tháng năm 2025 của ...")
        after = text[end : end + SOME_OF_GAP + 40]
        if len(after) - len(after.lstrip()) <= SOME_OF_GAP and starts_with_word(
            after.lstrip().lower(), lex.some_of
        ):
            out[k] = _sub_topic(t)
    return out


# Indicators said as a pair, so that a word qualifying the first qualifies the second left bare.
PAIRED = {"exports": "imports", "imports": "exports"}
PAIR_CLAUSE = 120  # "Services exports in May were estimated at $30.16 billion and imports ...": this far


def bare_pair_of_a_qualified_name(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """ "Services exports in May were estimated at $30.16 billion and imports at $17.28 billion":
    the bare name of an indicator's pair, after a conjunction, in a clause a qualified name of
    the pair opened (a sub-topic), shares the qualifier: a sub-topic too."""
    out = stoks
    for k, t in enumerate(stoks):
        pair = PAIRED.get(str(t.data.get("indicator"))) if t.kind == "ind" else None
        if pair is None or k == 0 or len(t.text.split()) != 1:
            continue
        if not has_conjunction(text[stoks[k - 1].end : t.start], lex):
            continue
        opener = None
        for j in range(k - 1, -1, -1):
            x = stoks[j]
            gap = text[x.end : t.start]
            if x.kind == "ind" or t.start - x.end > PAIR_CLAUSE or ";" in gap or "(" in gap or ". " in gap:
                break
            if x.kind == "block":
                opener = x
                break
        if opener is None:
            continue
        name = opener.text.lower()
        if any(
            b == len(name) and a > 0 and any(p.value == pair for p in ps)
            for a, b, ps in find_phrases(lex, name)
        ):
            if out is stoks:
                out = list(stoks)
            out[k] = _sub_topic(t)
    return out


def said_as_the_one_before(stoks: list[Token], text: str, before: Token | None, lex: Lexicon) -> list[Token]:
    """An indicator named with a word that makes it the measure just spoken of ("Housing
    inflation rate for October is 2.91%. Corresponding inflation rate for September was
    2.94%"): after a sub-topic, the sub-topic's."""
    if not lex.same_as_before or before is None or before.kind != "block":
        return stoks
    out = stoks
    for k, t in enumerate(stoks):
        if t.kind == "ind" and word_right_before(text, t.start, lex.same_as_before):
            if out is stoks:
                out = list(stoks)
            out[k] = _sub_topic(t)
    return out


BELONGING_GAP = 24  # "doanh nghiệp thành lập mới[ thuộc ]khu vực nông, lâm nghiệp và thủy sản"


def of_a_sector_named_after(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """An indicator followed by a word of belonging and a sub-topic ("1.682 doanh nghiệp thành
    lập mới thuộc khu vực nông, lâm nghiệp và thủy sản", "new firms in the construction
    sector"): the figures are the sub-topic's."""
    if not lex.belonging_words:
        return stoks
    out = stoks
    for k, t in enumerate(stoks[:-1]):
        nxt = stoks[k + 1]
        if t.kind != "ind" or nxt.kind != "block" or nxt.start - t.end > BELONGING_GAP:
            continue
        gap = " ".join(text[t.end : nxt.start].lower().split())
        if gap in lex.belonging_words:
            if out is stoks:
                out = list(stoks)
            out[k] = _sub_topic(t)
    return out


def of_an_indicator_named_after(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A sub-topic, a word of belonging, then an indicator ("The total number of registered
    employees of newly established enterprises was 426,381"): the indicator only says whose the
    sub-topic is; the figures are the sub-topic's."""
    if not lex.owner_after:
        return stoks
    out = stoks
    for k, t in enumerate(stoks[1:], 1):
        before = stoks[k - 1]
        if t.kind != "ind" or before.kind != "block" or t.start - before.end > BELONGING_GAP:
            continue
        if " ".join(text[before.end : t.start].lower().split()) in lex.owner_after:
            if out is stoks:
                out = list(stoks)
            out[k] = _sub_topic(t)
    return out


# A list item's short name: "..., natural gas (-5%)", "...; Nghệ thuật, vui chơi và giải trí
# (tăng 48,7%)"; the first item's after a colon this close before its bracket.
LIST_ITEM_WORDS = 10
ITEM_NAME_REACH = 160


PLACE_FIGURE_GAP = 16  # "Thái Nguyên tăng 26,6%": the place's figure right after its name
PLACES_LISTED = 3  # so many places each with its figure make a list of places


def places_listed_with_their_figures(
    stoks: list[Token], text: str, places: list[tuple[int, int, str]], lex: Lexicon
) -> list[Token]:
    """A list of provinces or states each with its own figure ("chỉ số sản xuất công nghiệp tỉnh
    Quảng Nam tăng 29,2%; Thái Nguyên tăng 26,6%; Hải Phòng tăng 16,6%"): the figures are the
    places', sub-topics, not the indicator's. (A report's own province, named once or twice
    beside its figures, is no list.)"""
    if len({p[2] for p in places}) < PLACES_LISTED:
        return stoks
    # Each place against the tokens right after and right before it (found by bisection: a
    # run-on sentence of many places and figures stays near linear).
    starts = [t.start for t in stoks]
    listed: list[tuple[int, int]] = []
    said_before: set[int] = set()
    for a, b, _ in places:
        k = bisect.bisect_left(starts, b)
        while k < len(stoks) and stoks[k].kind == "cue" and stoks[k].start - b <= PLACE_FIGURE_GAP:
            k += 1
        if k < len(stoks) and stoks[k].kind in NUMERIC and stoks[k].start - b <= PLACE_FIGURE_GAP:
            listed.append((a, b))
        # ("7 per cent in Jammu and Kashmir, 6.3 per cent in Delhi and 5.9 per cent in Himachal
        # Pradesh": the figure first, then its place; those figures are no one's to read on.)
        before = bisect.bisect_right(starts, a) - 1
        while before >= 0 and stoks[before].kind == "cue":
            before -= 1
        f = stoks[before] if before >= 0 else None
        if (
            f is not None
            and f.kind in NUMERIC
            and f.end <= a
            and f"{text[f.end : a].strip().lower()} " in lex.own_period_words
        ):
            said_before.add(id(f))
    if len(listed) + len(said_before) < PLACES_LISTED:
        return stoks
    # (A place's name inside a token already read is that token's; tokens do not overlap, so
    # the last one starting before the name's end is the only one that can hold it.)
    blocks = [Token("block", a, b, text[a:b]) for a, b in listed if not _held(stoks, starts, a, b)]
    kept = [t for t in stoks if id(t) not in said_before]
    return sorted([*kept, *blocks], key=lambda t: (t.start, t.end))


def _held(stoks: list[Token], starts: list[int], a: int, b: int) -> bool:
    """text[a:b] lies within (or across) a token of `stoks` (in order, none overlapping)."""
    k = bisect.bisect_left(starts, b) - 1
    return k >= 0 and stoks[k].end > a


def items_named_with_their_figures(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """A list's next item named in words the lexicon does not know, its figure in brackets
    after it ("... electricity (-7.6%), natural gas (-5%) and crude oil (-1.2%)", "...: Hoạt
    động dịch vụ khác (tăng 64,4%); Vận tải kho bãi (tăng 44,3%)"): the figure is that item's,
    a sub-topic, not the indicator named before it. The first item is one after a colon."""
    if not stoks or text.find("(", stoks[0].start, stoks[-1].end) < 0:
        return stoks  # (most sentences: no bracket at all)
    out: list[Token] = []
    for k, t in enumerate(stoks):
        name = _item_named_before(stoks, k, text, lex) if t.kind in ("val", "pct") else None
        if name is not None:
            out.append(name)
        out.append(t)
    return out


def _item_named_before(stoks: list[Token], k: int, text: str, lex: Lexicon) -> Token | None:
    """The unknown name of the list item whose bracketed figure stoks[k] is, if it is one."""
    t = stoks[k]
    j = k - 1
    while j >= 0 and stoks[j].kind == "cue":
        j -= 1  # a word of change inside the bracket ("(tăng 64,4%)", "(up 16%)")
    start = stoks[j].end if j >= 0 else stoks[0].start
    opened = text.rfind("(", start, t.start)
    if opened < 0 or any(c.start < opened for c in stoks[j + 1 : k]):
        return None
    inside = text[opened + 1 : t.start]
    for c in stoks[j + 1 : k]:
        inside = inside.replace(c.text, " ")
    if inside.strip(" +-−") != "":
        return None
    if j >= 0 and stoks[j].kind in ("val", "pct"):
        # The item before closed with its own figure: "..., natural gas (-5%)".
        gap = text[stoks[j].end : opened].lstrip(" )")
        words = gap.lstrip(",;").split()
        if words and not gap.startswith((",", ";")) and has_conjunction(words[0], lex):
            words = words[1:]  # "... and crude oil (-1.2%)"
        elif not gap.startswith((",", ";")):
            words = []
    else:
        # The first item, right after the colon that opens the list ("... gồm: Vận tải (tăng 5%)"),
        # even where a word the lexicon knows stands inside its name ("Hoạt động dịch vụ khác").
        # (Looked for a short way back only: a run-on sentence stays linear.)
        colon = text.rfind(":", max(stoks[0].start, opened - ITEM_NAME_REACH), opened)
        inside_ok = True
        for x in reversed(stoks[max(0, j - LIST_ITEM_WORDS) : j + 1]):
            if x.end <= colon:
                break
            inside_ok = inside_ok and x.kind in ("block", "cue")
        words = text[colon + 1 : opened].split() if colon >= 0 and inside_ok else []
        start = colon + 1
    name = " ".join(words)
    if not (
        0 < len(words) <= LIST_ITEM_WORDS
        and all((is_word_char(ch) and not ch.isdigit()) or ch in " -," for ch in name)
    ):
        return None
    at = text.find(name, start, opened)
    return Token("block", at, at + len(name), name) if at >= 0 else None


def part_of_the_total(
    stoks: list[Token], text: str, start: int, carry: Token | None, lex: Lexicon
) -> list[Token]:
    """The indicator just totalled, named again right after a word of share opening the
    sentence, is a part of it ("... retail sales of goods and services rose 10.3% to X. Of the
    total, retail sales of goods were Y"): a sub-topic, not the indicator's own figure."""
    first = next((k for k, t in enumerate(stoks) if t.kind in ("ind", "block")), None)
    if first is None or carry is None or carry.kind != "ind":
        return stoks
    t = stoks[first]
    if (
        t.kind != "ind"
        or t.data["indicator"] != carry.data["indicator"]
        # (Visitors by origin are figures of their own: "Trong đó, khách quốc tế đạt ...".)
        or t.data["indicator"] in COUNT_INDICATORS
        # Right after the word of share: "इनमें से, क्वांग नाम प्रांत ने ... का निर्यात" names a
        # place's own figure, a fact of its own.
        or not (
            # ("Of this, newly registered capital ...": a word of the part's own may stand between.)
            _after_share(text[start : t.start].lower(), lex.share_words)
            # "... retail sales of goods accounted for 76.5 percent of the total": said after.
            or _share_of_the_total_after(stoks, first, text, lex)
        )
    ):
        return stoks
    return [*stoks[:first], _sub_topic(t), *stoks[first + 1 :]]


SHARE_HEAD = 40  # "Of this, newly ": a word of share and a word more before the first token


def opens_with_parts(text: str, start: int, stoks: list[Token], lex: Lexicon) -> bool:
    """The sentence opens with a word of share that refers to no figure by itself ("Of this,
    3,321 new projects ...", "Of this, newly registered capital ..."): its figures are parts of
    the total said before, not that total's (a word that also refers back, "trong đó", is not
    one of these: "Trong đó, tháng 11 đạt ..." is the total's month)."""
    return _opens_with(text, start, stoks, lex.share_only)


def opens_with_a_share_word(text: str, start: int, stoks: list[Token], lex: Lexicon) -> bool:
    """The sentence opens with a word of share, one that may also refer back ("Trong đó,
    khách du lịch quốc tế là ...", "Of which, ...")."""
    return _opens_with(text, start, stoks, lex.share_words)


def _opens_with(text: str, start: int, stoks: list[Token], words: tuple[str, ...]) -> bool:
    if not stoks or not words or stoks[0].start - start > SHARE_HEAD:
        return False
    return _after_share(text[start : stoks[0].start].lower(), words)


def parts_named_short(stoks: list[Token], carry: Token | None) -> list[Token]:
    """In a sentence of parts ("Of this, 3,321 new projects were licensed with $14.07 billion in
    newly registered capital, ... a 7.6 per cent decrease in registered capital"), the total's
    indicator named again, in full or short, names a part's figures: sub-topics."""
    if carry is None or carry.kind != "ind":
        return stoks
    whole = carry.data["indicator"]
    if whole in COUNT_INDICATORS:
        return stoks  # (visitors by origin are figures of their own)
    return [
        _sub_topic(t)
        if (t.kind == "ind" and t.data["indicator"] == whole)
        or (t.kind == "ellipsis" and t.data["value"] == whole)
        else t
        for t in stoks
    ]


def _sub_topic(t: Token) -> Token:
    """The indicator name t read as a sub-topic's (a "block"): its figures are not the indicator's."""
    return Token("block", t.start, t.end, t.text)


def _after_share(head: str, words: tuple[str, ...]) -> bool:
    """`head` ends with one of `words`, or opens with one, its comma and a word of the part's own
    ("Of this, newly registered capital ...")."""
    if ends_with_word(head.rstrip(" ,:;"), words):
        return True
    opening, comma, rest = head.partition(",")
    return bool(comma) and opening.strip() in words and len(rest.split()) <= 1


def _share_of_the_total_after(stoks: list[Token], first: int, text: str, lex: Lexicon) -> bool:
    """The indicator stoks[first] is said, in its own clause, to be a share of the total ("...
    accounted for 76.5 percent of the total")."""
    if not lex.of_the_total:
        return False
    for k in range(first + 1, len(stoks)):
        t = stoks[k]
        if t.kind in ("ind", "block"):
            return False
        if t.kind == "pct" and k and is_cue(stoks[k - 1], ("share.before",)):
            return _total_after_a_share(text[t.end : t.end + COUNTRY_REACH].lower().lstrip(), lex) is not None
    return False


COUNTRY_REACH = 64  # "of total registered FDI in the country": the whole's words after the share


def _total_after_a_share(after: str, lex: Lexicon) -> str | None:
    """`after`, the lower-cased words right after a share's percent, names a total by a word of
    the total ("of total FDI inflow", "tổng vốn FDI"): the words naming it, up to the clause's
    end; None where no such word opens `after`, or where the total is the nation's ("... of
    total registered FDI in the country": a place's share of it is the place's own figure)."""
    word = next((w for w in lex.of_the_total if starts_with_word(after, (w,))), None)
    if word is None:
        return None
    whole = regex.split(r"[.;\n]", after[len(word) :], maxsplit=1)[0]
    return None if has_word(whole, lex.country_words) else whole.lstrip()


SHARE_WINDOW = 96  # "..., accounting for 19.3% of total registered FDI": after the amount
TOTAL_NAMED = 24  # "of total [registered ]FDI": the indicator named this close after
_NUMBER = regex.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?")


def share_of_its_own_total(amount: Token, indicator: str, text: str, lex: Lexicon) -> bool:
    """The amount is said, further on in its clause, to be a share of its own indicator's total
    ("absorbed the largest amount of FDI with more than 12.8 billion USD, accounting for 72.9
    percent of total FDI inflow"); not of another whole ("chiếm 60% tổng kim ngạch xuất nhập
    khẩu" after exports), nor of the nation's (see _total_after_a_share)."""
    if not lex.of_the_total:
        return False
    window = text[amount.end : amount.end + SHARE_WINDOW].lower()
    ends = [window.find(mark) for mark in (". ", ";", "\n") if mark in window]
    window = window[: min(ends)] if ends else window
    for m in _NUMBER.finditer(window):
        after = lex.after_number_re.match(window, m.end())
        if after is None or not after.group("pct"):
            continue
        rest = window[after.end("pct") :].lstrip()
        if not starts_with_word(rest, lex.of_the_total):
            return False
        if any(p.category == "indicator" for _, _, ps in find_phrases(lex, window[: m.start()]) for p in ps):
            return False  # "..., while its trade surplus will make up 6.5 percent of the total": another's
        whole = _total_after_a_share(rest, lex)
        return whole is not None and any(
            a < TOTAL_NAMED and p.category == "indicator" and p.value == indicator
            for a, _, ps in find_phrases(lex, whole[: TOTAL_NAMED + 24])
            for p in ps
        )
    return False


TRADE_TOTALS = frozenset({"exports", "imports", "trade_balance"})


def combined_totals_named_after(toks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """Once the text has said its trade total is of goods and services together ("India's total
    exports (Merchandise and Services combined) for October 2024 is estimated at ..."), a total
    named after it the same way ("Total imports for October 2024 is estimated at USD 83.33
    Billion") is that combined measure too, no goods trade: a name of something else."""
    if not lex.combined_words:
        return toks
    low = lower_same_length(text)  # (offsets stay the text's)
    found = [i for i in (low.find(w) for w in lex.combined_words) if i >= 0]
    if not found:
        return toks
    since = min(found)

    def combined(t: Token) -> bool:
        if t.kind != "ind" or t.data.get("indicator") not in TRADE_TOTALS:
            return False
        if t.start > since and (
            word_right_before(text, t.start, lex.combined_totals)
            or starts_with_word(t.text.lower(), lex.combined_totals)
        ):
            return True
        # (The total the words are said of, in brackets right after it: "कुल निर्यात (वस्तुएं
        # और सेवाएं मिलाकर)".)
        after = low[t.end : t.end + COMBINED_REACH].lstrip()
        return after.startswith("(") and after[1:].lstrip().startswith(lex.combined_words)

    return [Token("block", t.start, t.end, t.text) if combined(t) else t for t in toks]


COMBINED_REACH = 64  # "exports (merchandise and services combined)": the bracket this close after


def origin_of_the_part(name: Token, lex: Lexicon) -> str:
    """Where the part an indicator's name names comes from ("domestic tourists", "khách quốc tế":
    the lexicon's `part_origins`), "" when it says none."""
    words = f" {name.text.lower()} "
    return next((o for w, o in lex.part_origins.items() if f" {w} " in words), "")
