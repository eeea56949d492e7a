"""Period mentions as tokens: which stand on their own, which are asides (a comparison's, a look
back), and mentions side by side folded into one ("the first six months of this year",
"पहली छमाही (अप्रैल-सितंबर)")."""

from __future__ import annotations

from services.extractor.engine.cues import word_right_before
from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.periods import Period
from services.extractor.engine.resolve import ABSOLUTE, counts_fiscal, mention_parts
from services.extractor.engine.tokens import Token

# Mentions of months, quarters or halves: two of one kind side by side are a list, not one period.
LISTED_KINDS = frozenset({"month", "quarter", "half"})
MAX_PARTS = 4  # a real mention folds two or three; a longer chain is a list, not one period


def mark_since(toks: list[Token], text: str, lex: Lexicon) -> None:
    """A time named with its year since which something is so ("the lowest since June 2017",
    "kể từ tháng 6/2017", "जून 2017 के बाद से") is neither a figure's period nor the report's
    year: it is long before both."""
    words = (*lex.since_before, *lex.since_after, *lex.record_words, *lex.superlatives)
    low = text.lower()
    if not any(w in low for w in words):
        return  # the common case: no such word anywhere, no mention to look at
    for t in toks:
        if t.kind == "per" and t.data["kind"] == "this_year" and _said_with_a_superlative(low, t, lex):
            # "recorded the fastest quarterly growth this year at 7.2 per cent in October-December",
            # "the highest this year and 9% more than a year earlier", "इस वर्ष का सर्वोच्च स्तर":
            # the stretch the figure is the highest of, not the figure's period.
            t.data["since"] = True
            continue
        if (
            t.kind == "per"
            and t.data["kind"] == "ytd"
            and f" {text[max(0, t.start - 16) : t.start].lower()}".rstrip().endswith(
                tuple(f" {w}" for w in lex.record_words)
            )
        ):
            # "1,7 triệu lượt, cao nhất từ đầu năm đến nay": the stretch a record is the highest
            # of, not the figure's period.
            t.data["since"] = True
            continue
        if t.kind != "per" or t.data["kind"] == "ytd" or not any(p.get("y") for p in mention_parts(t.data)):
            continue  # ("Since the beginning of 2020": the year so far, not a time long before.)
        before = f" {text[max(0, t.start - 16) : t.start].lower()}"
        own = f" {text[t.start : t.end].lower()}"  # the word may be the mention's own: "[since June 2017]"
        after = f"{text[t.end : t.end + 16].lower()} "
        since = any(before.endswith(f" {w} ") or own.startswith(f" {w} ") for w in lex.since_before) or any(
            after.startswith((f" {w} ", f" {w},", f" {w}.")) for w in lex.since_after
        )
        # ("the highest since May 2025, when it was 6.5%": the clause after is of that time.)
        if since and not any(after.startswith((f", {w} ", f" {w} ")) for w in lex.since_when):
            t.data["since"] = True


SUPERLATIVE_WORDS = 4  # "the [fastest quarterly growth] this year": that close before the year


def _said_with_a_superlative(low: str, t: Token, lex: Lexicon) -> bool:
    """A superlative a few words before the mention, in its clause ("the highest this year"), or
    right after it and a word of "of" ("इस वर्ष का सर्वोच्च स्तर")."""
    head = low[max(0, t.start - 48) : t.start]
    clause = head[max(head.rfind(c) for c in ",;.") + 1 :]
    if any(w in lex.superlatives for w in clause.split()[-SUPERLATIVE_WORDS:]):
        return True
    after = low[t.end : t.end + 32].split()
    return len(after) >= 2 and after[0] in lex.of_words and after[1] in lex.superlatives


def mark_release_times(toks: list[Token], text: str, lex: Lexicon) -> None:
    """A time right after a word of releasing ("the provisional estimate of 4 per cent released
    last month", "công bố ngày 6/10") is when a figure was said, not the period it is of: read
    as a time long past, like one "since" names."""
    if not lex.released_before:
        return
    for t in toks:
        if t.kind != "per":
            continue
        if word_right_before(text, t.start, lex.released_before):
            t.data["since"] = True


POSSESSIVE_REACH = 60  # "The last year's [GST collection] during September": its month this close after


def fiscal_years_in_full(toks: list[Token], lex: Lexicon) -> list[Token]:
    """Two years in a row written in full ("in 2022-2023", "2022-2023 में") in a text about
    India (its fiscal years named, or rupees) are one fiscal year, April to March, as "2022-23"
    is; elsewhere they stay a span of two years. And in a text of rupees, a running total "till
    September 2021" runs from April, the fiscal year's start."""
    if not lex.fiscal_years or not any(
        t.kind == "per"
        and (t.data["kind"] == "through_month" or (t.data["kind"] == "year_range" and _consecutive(t.data)))
        for t in toks
    ):
        return toks
    if any(t.kind == "val" and t.data.get("unit") == "INR" for t in toks):
        # (New tokens: a mention's data may be shared by every text that says it.)
        toks = [
            Token("per", t.start, t.end, t.text, {**t.data, "from_april": True})
            if t.kind == "per" and t.data["kind"] == "through_month"
            else t
            for t in toks
        ]
    if not any(
        (t.kind == "per" and counts_fiscal(t.data, lex)) or (t.kind == "val" and t.data.get("unit") == "INR")
        for t in toks
    ):
        return toks
    return [
        Token("per", t.start, t.end, t.text, {"kind": "fiscal_year", "y": t.data["y"]})
        if t.kind == "per" and t.data["kind"] == "year_range" and _consecutive(t.data)
        else t
        for t in toks
    ]


def _consecutive(data: dict[str, object]) -> bool:
    y, y2 = data.get("y"), data.get("y2")
    return (
        isinstance(y, str) and isinstance(y2, str) and y2.isdigit() and y.isdigit() and int(y2) == int(y) + 1
    )


def last_years_month(toks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """ "The last year's GST collection during September was ...": last year, said as the
    owner of the figure, and a month named after it with no year of its own are that month
    last year."""
    if not lex.year_possessive:
        return toks
    out = toks
    for k, t in enumerate(toks):
        if (
            t.kind != "per"
            or t.data["kind"] != "last_year"
            or not text.startswith(lex.year_possessive, t.end)
        ):
            continue
        for j in range(k + 1, len(toks)):
            m = toks[j]
            if m.start - t.end > POSSESSIVE_REACH or m.kind in ("val", "pct", "num"):
                break
            if m.kind == "per":
                if m.data["kind"] == "month" and not m.data.get("y"):
                    out = [x for x in out if x is not t]
                    out[out.index(m)] = Token(
                        "per", m.start, m.end, m.text, {"kind": "last_year_month", "m": m.data["m"]}
                    )
                break
    return out


def merge_adjacent_periods(toks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """Fold period mentions separated only by glue words into one mention."""
    out: list[Token] = []
    for t in toks:
        prev = out[-1] if out else None
        if (
            t.kind == "per"
            and prev is not None
            and prev.kind == "per"
            and len(prev.data.get("parts", ())) < MAX_PARTS
            and (
                bool(prev.data.get("base")) == bool(t.data.get("base"))
                # "so với tháng 12 năm trước": the compared month's year, right after it (not
                # the figure's own period: "from the previous month in August").
                or (
                    prev.data.get("base")
                    and not text[prev.end : t.start].strip()
                    and not t.text.lower().startswith(lex.own_period_words)
                )
                # "than the April-September period of last year": the year of the months
                # compared with, after a word of glue.
                or (
                    prev.data.get("base")
                    and t.data["kind"] in LOOKING_BACK
                    and not t.text.lower().startswith(lex.own_period_words)
                )
            )
            and text[prev.end : t.start].strip(" ,()-").lower() in lex.period_glue
            # ("mục tiêu tăng trưởng 8,5% cả năm, quý IV phải tăng 9,3%": the whole year's, then
            # the quarter's; a comma parts them.)
            and not (prev.data["kind"] == "whole_year" and "," in text[prev.end : t.start])
            # ("mục tiêu 10,5% năm 2025, các quý còn lại phải tăng 11%": the rest of the year
            # after a comma is the next clause's, not the goal's year.)
            and not (t.data["kind"] in REST_OF_A_YEAR and "," in text[prev.end : t.start])
            # "quý I, quý II và quý III", "in July, August and September": mentions of one kind
            # side by side are a list of periods, not one.
            and not (
                t.data["kind"] in LISTED_KINDS and mention_parts(prev.data)[-1]["kind"] == t.data["kind"]
            )
        ):
            parts = mention_parts(prev.data)
            out[-1] = Token(
                "per",
                prev.start,
                t.end,
                text[prev.start : t.end],
                {"kind": "merged", "parts": [*parts, t.data], "base": prev.data.get("base", False)},
            )
            continue
        out.append(t)
    return out


# Mentions of the year's months after those spoken of ("các quý còn lại", "the remaining nine months"),
# or its last months by count ("6 tháng cuối năm", "the last three months of the year").
REST_OF_A_YEAR = frozenset({"rest_of_year", "last_n"})
# Mentions of a part of a year: a goal said with one is that part's.
PARTS_OF_A_YEAR = frozenset({"quarter", "fiscal_quarter", "half", *REST_OF_A_YEAR})


def mentions_only(t: Token, kinds: frozenset[str]) -> bool:
    """The period mention is made only of mentions of these kinds (a merged one, of its parts)."""
    return all(p["kind"] in kinds for p in mention_parts(t.data))


# Mentions of a time a year or so back ("in June last year", "a year ago").
LOOKING_BACK = {
    "last_year",
    "last_year_month",
    "last_year_range",
    "year_ago",
    "last_fiscal_year",
    "fiscal_year_before",
}


def looks_back(t: Token) -> bool:
    return any(p["kind"] in LOOKING_BACK for p in mention_parts(t.data))


def opens_looking_back(toks: list[Token], i: int, text: str) -> bool:
    """A time a year or so back said first in the sentence, before a comma ("Last year, the
    nation's foreign trade ..."): what the sentence and those after go on about, no look back."""
    t = toks[i]
    return i == 0 and looks_back(t) and text[t.end : t.end + 1] == ","


def absolute(t: Token) -> bool:
    if t.kind != "per" or t.data.get("base") or t.data.get("since"):
        return False
    return any(p["kind"] in ABSOLUTE for p in mention_parts(t.data))


def is_aside(
    t: Token,
    p: Period,
    last_absolute: Period | None,
    context: Period | None,
    compared: bool,
    after_figure: bool,
) -> bool:
    """Whether the period `p` of mention `t` dates a comparison or a look back rather than what
    the sentence is about (which the next sentence carries on):
    - an earlier period after a comparison word that follows the figure ("... अगस्त में चार
      प्रतिशत बढ़ी, जबकि जुलाई में यह ... थी"); before any period of its own the sentence is
      about the text's ("Năm 2026, ... GRDP tăng 7,45%, ... cao hơn mức tăng của năm 2025");
    - a look back a year before the period the text is about ("Collections had stood at Rs
      1.74 lakh crore in June last year": the next sentence is about June again);
    - after a figure, a period over before the sentence's own began ("... is 4.0 percent,
      which was 3.2 percent in September 2024", "..., जो जुलाई में 4.3 प्रतिशत थी")."""
    if after_figure and last_absolute is not None and p.end_date() < last_absolute.start_date():
        return True
    about = last_absolute or context
    if (
        compared
        and about is not None
        and p.end_date() < (about.end_date() if last_absolute else about.start_date())
    ):
        return True
    return looks_back(t) and context is not None and p.end_date() < context.start_date()


def said_alone(t: Token, text: str, words: tuple[str, ...]) -> bool:
    """The mention has a word beside it that makes its period a part of the one the text is
    about ("in June alone", "Riêng tháng 6", "अकेले अक्टूबर में"): an aside, like a look back."""
    before = text[max(0, t.start - 16) : t.start].lower().split()
    after = text[t.end : t.end + 16].lower().split()
    return bool(before and before[-1] in words) or bool(after and after[0].strip(",.;:") in words)
