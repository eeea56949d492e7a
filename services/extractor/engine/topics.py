"""What a sentence is about where it does not name it in full: a topic's label opening it, short
names of an indicator (around its figure, by its unit, two of them, one before a verb of
receiving), and the indicator carried from the sentence before when it refers back.

Positional reasoning over tokens; words come from the lexicon."""

from __future__ import annotations

from schemas.indicators import INDICATORS
from services.extractor.engine.assemble import (
    in_an_aside_without_figures,
    total_a_share_is_of,
)
from services.extractor.engine.cues import (
    NUMERIC,
    is_cue,
    starts_with_word,
)
from services.extractor.engine.figures import (
    COUNT_INDICATORS,
    PLAN_SHARE_INDICATORS,
    Group,
    money,
)
from services.extractor.engine.lexicon import Lexicon, Phrase, find_phrases
from services.extractor.engine.sentence_relations import words_between
from services.extractor.engine.sentences import Sentence
from services.extractor.engine.tokens import Token, indicator_token


def named_by_its_topic(stoks: list[Token], text: str, s: Sentence, lex: Lexicon) -> list[Token]:
    """A sentence opening with a topic's label ("Về du lịch, lượng khách 9 tháng ước đạt ...",
    "Du lịch: lượng khách ..."): its short names of that topic's indicators name them, before
    anything is named in full."""
    first = next((t.start for t in stoks if t.kind != "cue"), s.end)  # ("[Về] du lịch": a cue)
    head = text[s.start : first]
    label = _topic_label(head, lex)
    if label is None:
        return stoks
    named = lex.topic_labels[label]
    # (Those before anything named in full: "Du lịch: lượng khách ...; trong đó khách lưu trú ...".)
    until = next((t.start for t in stoks if t.kind in ("ind", "block")), s.end)
    return [
        indicator_token(t.start, t.end, t.text, Phrase("indicator", t.data["value"]))
        if t.kind == "ellipsis" and t.start < until and t.data.get("value") in named
        else t
        for t in stoks
    ]


def _topic_label(head: str, lex: Lexicon) -> str | None:
    """The label of a topic the words before a sentence's first token open with, then a colon
    or comma ("- Về du lịch:", "Hoạt động du lịch,")."""
    words = head.strip(" \t-+*•").lower()
    # (The longest opener first, as the lexicon orders them: "về lĩnh vực du lịch," past "về".)
    for opener in lex.topic_openers:
        if words.startswith(f"{opener} "):
            words = words[len(opener) + 1 :].lstrip()
            break
    label = words.rstrip(" ,:")
    return label if label in lex.topic_labels and words.rstrip()[-1:] in (",", ":") else None


def short_name_opens(
    stoks: list[Token],
    seen: set[str],
    carry: Token | None,
    text: str,
    lex: Lexicon,
    earner: Token | None = None,
) -> list[Token]:
    """A short name that opens a sentence names the indicator it is short for when that was
    named earlier in the text and is not the one carried ("... Tổng thu từ khách du lịch ...
    Riêng tháng 9, lượng khách đạt 650.000 lượt": the visitors, not the revenue), or when the
    amount before it is of it ("1.25 लाख करोड़ रुपये के राजस्व का लक्ष्य")."""
    first = next((k for k, t in enumerate(stoks) if t.kind in ("ind", "block", "ellipsis")), None)
    if first is None or stoks[first].kind != "ellipsis":
        return stoks
    t = stoks[first]
    indicator = t.data["value"]
    # ("9.83 lakh FTAs": the amount right before the name, nothing between, is of it too.)
    amount_of = (
        first > 0
        and stoks[first - 1].kind == "val"
        and _of_or_nothing(words_between(text, stoks[first - 1].end, t.start, lex.bound_after_re), lex)
        and not any(c in text[stoks[first - 1].end : t.start] for c in ",;:()")
    )
    # ("GST rose 8.5% to Rs 1.82 lakh crore", "नवंबर में जीएसटी ... 1.82 लाख करोड़ रुपये हो गया": a
    # short name that is the tax's own, said with an amount of money, names its takings.)
    said_next = next((x for x in stoks[first + 1 :] if x.kind != "cue"), None)
    amount_of = amount_of or (
        t.text.lower() in lex.own_short_names
        and said_next is not None
        and said_next.kind in ("val", "pct")
        and len(text[t.end : said_next.start].split()) <= OWN_NAME_WORDS
        and not any(ch in text[t.end : said_next.start] for ch in ",;:()")
        and any(x.kind == "val" and money(x.data.get("unit")) for x in stoks[first + 1 :])
    )
    # (An amount of it right before names it even if it was not named before: "The state
    # collected Rs 2,000 crore in GST"; not the earnings of visitors just counted, "इनसे 6,850
    # अरब डोंग का राजस्व प्राप्त हुआ", which are theirs.)
    earned = carry is not None and str(carry.data.get("indicator")) in lex.earned_by
    # ("The Foreign Tourist Arrivals (FTAs) during October were 7.54 lakh ... Meanwhile, FEEs
    # during the month were Rs. 12,303 crore": the short name of what the visitors earned.)
    theirs = earner is not None and lex.earned_by.get(str(earner.data.get("indicator"))) == indicator
    # ("The growth rate in FEEs during October, 2016 ... was 16.6 per cent": named as a rate.)
    rated = any(
        x.kind == "cue" and x.data.get("cue") == "rate.before" and not text[x.end : t.start].strip()
        for x in stoks[:first]
    )
    if rated and (theirs or indicator in seen):
        return [*stoks[:first], indicator_named_by(t, lex, True), *stoks[first + 1 :]]
    # ("By July 31, the city had disbursed VND12.4 trillion, or 38% of its public investment
    # plan": the plan its share is of names what the short name is short for.)
    # ("toàn tỉnh giải ngân được 2.150 tỷ đồng, đạt 38,4% kế hoạch vốn": the money spent and its
    # share of a plan, what only the disbursement of a plan is.)
    spent = next((v.start for v in stoks if v.kind == "val" and v.start > t.end), None)
    plan_names_it = any(
        x.kind == "cue"
        and x.start > t.end
        and is_cue(x, ("plan.after",))
        and (
            (indicator in PLAN_SHARE_INDICATORS and spent is not None and spent < x.start)
            or any(
                e.category == "indicator" and e.value == indicator
                for _, _, entries in find_phrases(lex, x.text.lower())
                for e in entries
            )
        )
        for x in stoks
    )
    if (
        (indicator not in seen and (not amount_of or earned) and not theirs and not plan_names_it)
        or (carry is not None and carry.data.get("indicator") == indicator and not amount_of)
        or any(x.kind == "ind" and x.start == t.start and x.end == t.end for x in stoks)
        # ("... cấp mới đăng ký doanh nghiệp cho 318 doanh nghiệp ... Tính chung 7 tháng, tỉnh cấp
        # mới 4.074 doanh nghiệp ... với vốn đăng ký đạt hơn 46,8 nghìn tỷ đồng": after a count of
        # the firms carried, the capital of those counted, no short name of the investment's.)
        or (
            not amount_of
            and carry is not None
            and carry.data.get("indicator") in COUNT_INDICATORS
            and carry.data.get("indicator") != indicator
            and any(x.kind == "val" and x.data.get("unit") == "count" for x in stoks[:first])
        )
        # ("18,450 अरब VND की कुल पंजीकृत पूंजी के साथ 1,245 नए उद्यम स्थापित हुए": the capital of the
        # firms the sentence counts, of any origin.)
        or (
            indicator in SHARED_SHORT_NAMES
            and any(
                x.kind == "ind" and x.data.get("indicator") in COUNT_INDICATORS - {indicator} for x in stoks
            )
        )
    ):
        return stoks
    figure = next((x.start for x in stoks if x.kind in ("val", "pct")), None)
    if any(x.kind == "ind" and x.start >= t.end and (figure is None or x.start < figure) for x in stoks):
        return stoks  # "Growth in exports was 5%": the rate of the indicator it names
    # A short name that is itself a word of growth ("Growth in January-September was 7.9%")
    # names the indicator's rate: its bare percentage is the growth.
    rate = bool(t.data.get("rate")) or any(
        x.kind == "cue" and x.data.get("cue") == "rate.before" and x.start == t.start for x in stoks
    )
    return [*stoks[:first], indicator_named_by(t, lex, rate), *stoks[first + 1 :]]


OWN_NAME_WORDS = 2  # "GST [rose] 8.5%", "जीएसटी [से] 1.82 लाख करोड़"
RECEIVED_REACH = 24  # "53124.54 करोड़ रुपए राजस्व[ मिला]": the verb of receiving right after the name


def short_name_received(stoks: list[Token], text: str, lex: Lexicon, carry: Token | None) -> list[Token]:
    """A short name between its amount and a verb of receiving, in a sentence that names no
    indicator ("अप्रैल से जून के अंत राज्य को 53124.54 करोड़ रुपए राजस्व मिला", "कुल रू० 18997.86
    करोड़ का राजस्व प्राप्त हुआ"): the amount received is of the indicator it is short for."""
    if not lex.received_words or any(t.kind in ("ind", "block") for t in stoks):
        return stoks
    if carry is not None and str(carry.data.get("indicator")) in lex.earned_by:
        return stoks  # "... 24 लाख पर्यटक आए। इनसे 3,600 करोड़ रुपये का राजस्व प्राप्त हुआ": what they brought
    for k, t in enumerate(stoks):
        if (
            t.kind == "ellipsis"
            and k
            and stoks[k - 1].kind == "val"
            and money(stoks[k - 1].data.get("unit"))
            and INDICATORS.get(str(t.data["value"])) == "money"
            and _of_or_nothing(words_between(text, stoks[k - 1].end, t.start, None), lex)
            and starts_with_word(text[t.end : t.end + RECEIVED_REACH].lstrip().lower(), lex.received_words)
        ):
            return [*stoks[:k], indicator_named_by(t, lex), *stoks[k + 1 :]]
    return stoks


def _of_or_nothing(words: str, lex: Lexicon) -> bool:
    return not words or words in lex.value_of


def short_name_by_its_unit(stoks: list[Token], text: str) -> list[Token]:
    """A short name opening a clause after a semicolon, whose amount is in its indicator's
    measure and not in that of the indicator named before it, names its own ("doanh thu du lịch
    đạt 1.250 tỷ đồng, ...; lượng khách đạt 680 nghìn lượt": the visitors, not the revenue).
    Not an amount of money: after new firms counted, "...; vốn đăng ký 560 tỷ đồng" is their
    capital, no foreign investment."""
    out = stoks
    named: str | None = None
    for k, t in enumerate(stoks):
        if t.kind == "ind":
            named = str(t.data["indicator"])
            continue
        if t.kind != "ellipsis" or named is None or k == 0:
            continue
        own = str(t.data["value"])
        amount = next((x for x in stoks[k + 1 : k + 4] if x.kind == "val"), None)
        unit = amount.data.get("unit") if amount is not None else None
        if (
            own != named
            and ";" in text[stoks[k - 1].end : t.start]
            and unit is not None
            and _measure(unit) == INDICATORS.get(own) != "money"
            and _measure(unit) != INDICATORS.get(named)
        ):
            if out is stoks:
                out = list(stoks)
            out[k] = indicator_named_by(t)
            named = own
    return out


def _measure(unit: str) -> str:
    return "money" if money(unit) else "count" if unit == "count" else "physical"


NAME_AROUND_GAP = 4  # "giải ngân được 5.120 tỷ đồng vốn đầu tư công": the second half right after


def name_around_figure(stoks: list[Token]) -> list[Token]:
    """An indicator said in two halves around its amount, each a short name of it ("đã giải
    ngân được 5.120 tỷ đồng vốn đầu tư công", also after another indicator's figures: "Thành
    phố thu ngân sách ..., và giải ngân 9,8 nghìn tỷ đồng vốn đầu tư công"), or the second its
    full name ("..., thu hút 1 tỷ USD vốn FDI"), is named."""
    out = stoks
    for k, t in enumerate(stoks):
        if t.kind != "ellipsis":
            continue
        # The next two tokens past the cues right after the short name: its amount and the
        # second half of its name.
        rest: list[Token] = []
        j = k + 1
        while j < len(stoks) and len(rest) < 2:
            if stoks[j].kind != "cue":
                rest.append(stoks[j])
            j += 1
        if (
            len(rest) == 2
            and rest[0].kind == "val"
            and (
                (rest[1].kind == "ellipsis" and rest[1].data["value"] == t.data["value"])
                or (rest[1].kind == "ind" and rest[1].data["indicator"] == t.data["value"])
            )
            and 0 <= rest[1].start - rest[0].end <= NAME_AROUND_GAP
        ):
            if out is stoks:
                out = list(stoks)
            out[k] = indicator_named_by(t)
    return out


# Indicators whose short names other topics share: "thu hút", "vốn đầu tư", "vốn đăng ký" say
# investment, domestic or foreign, so two of them in a sentence name no foreign investment (the
# labelled corpus leaves "Thu hút đầu tư trong nước ... tổng vốn đăng ký" out of FDI).
SHARED_SHORT_NAMES = frozenset({"fdi"})


def two_short_names(stoks: list[Token]) -> list[Token]:
    """Two different short names of one indicator in a sentence that names no other ("đã giải
    ngân 4.210 tỷ đồng, đạt 45,3% kế hoạch vốn đầu tư công") name it, unless the first is a
    plan's name ("Kế hoạch vốn đầu tư công năm 2024 ... là 5.000 tỷ đồng"). Also two short names
    before the sentence's first figure when no other is named before it ("... टैक्स (GST)
    कलेक्शन 1.70 लाख करोड़ रुपये रहा, जो पिछले साल नवंबर के जीएसटी कलेक्शन ...")."""
    figure = next((k for k, t in enumerate(stoks) if t.kind in ("val", "pct")), len(stoks))
    if any(t.kind in ("ind", "block") for t in stoks[:figure]):
        return stoks
    named_after = any(t.kind in ("ind", "block") for t in stoks[figure:])
    shorts = [k for k, t in enumerate(stoks[:figure] if named_after else stoks) if t.kind == "ellipsis"]
    if named_after and (len(shorts) != 2 or shorts[1] != shorts[0] + 1):
        return stoks  # (then only a name said in two halves side by side)
    if len(shorts) < 2:
        return stoks
    first = stoks[shorts[0]]
    same = [stoks[k] for k in shorts if stoks[k].data["value"] == first.data["value"]]
    planned = shorts[0] > 0 and is_cue(stoks[shorts[0] - 1], ("plan.after", "plan.before", "target"))
    if len(same) < len(shorts) or len({t.text.lower() for t in same}) < 2:
        return stoks
    if first.data["value"] in SHARED_SHORT_NAMES:
        return stoks  # "Thu hút đầu tư ..., tổng số vốn đầu tư ...": investment of any origin
    out = list(stoks)
    if planned:
        # "Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%": past the
        # plan's own amount, the second name is of what was done against it.
        # ("Về kế hoạch đầu tư công, giải ngân của tỉnh đạt 51,2%": no amount, only its share.)
        second = shorts[1]
        rates_only = all(t.kind != "val" for t in stoks[second:]) and any(
            t.kind == "pct" for t in stoks[second:]
        )
        if len(shorts) != 2 or not (rates_only or any(t.kind == "val" for t in stoks[shorts[0] : second])):
            return stoks
        out[second] = indicator_named_by(stoks[second])
        return out
    out[shorts[0]] = indicator_named_by(first)
    return out


def slots_of(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """The sentence's indicators and sub-topics, less those only describing the one before in
    brackets ("The trade deficit (gap between imports and exports) narrowed ..."): the next
    sentence's "it" is the deficit; nor the whole a share is of ("the fiscal deficit was 2.8%
    of their combined GSDP. ... it was 3.3%": "it" is the deficit, not the GSDP)."""
    out: list[Token] = []
    for k, t in enumerate(stoks):
        if t.kind not in ("ind", "block"):
            continue
        if t.kind == "ind" and total_a_share_is_of(stoks, k, text, lex):
            continue
        prev = out[-1] if out else None
        if (
            t.kind == "ind"
            and prev is not None
            and prev.kind == "ind"
            and prev.data["indicator"] != t.data["indicator"]
            and in_an_aside_without_figures(stoks, k, text, prev)
        ):
            continue
        out.append(t)
    return out


def refers_to_the_one_before(
    text: str,
    s: Sentence,
    stoks: list[Token],
    lex: Lexicon,
    carry_indicator: object,
    only: tuple[str, ...] | None = None,
) -> bool:
    lead = next((t for t in stoks if t.kind in ("ind", "block", "val", "pct", "num")), None)
    first = lead.start if lead is not None else s.end
    goal = next((t for t in stoks if is_cue(t, ("target",)) and t.start < first), None)
    # "The figure is below the government's target of 8 per cent", "... short of the target":
    # the figure before, compared with a goal (words of comparison before it), is referred to.
    compared = goal is not None and any(
        t.kind == "cue" and t.start < goal.start and not is_cue(t, ("target",)) for t in stoks
    )
    if goal is not None and not compared and not _in_its_own_measure(lead, carry_indicator):
        # "It targets growth of 8 percent": the place sets a goal, no figure of the indicator
        # before is meant; but an amount in the indicator's own money is its goal ("... export
        # turnover hit 2 billion USD. This year, it aims to reach 2.3 billion USD"), and so is a
        # bare count of a counted one ("... 125 million tourists in 2025. The government aims
        # to raise the number to 200 million by 2030", "सरकार का लक्ष्य 2030 तक इसे 20 करोड़ तक
        # पहुंचाने का है").
        return False
    head = f" {text[s.start : first].lower()} "
    words = only if only is not None else (*lex.anaphora, *lex.ellipsis.get(str(carry_indicator), ()))
    return any(_said_unowned(head, s, lex) for w in words for s in (f" {w} ", f" {w},") if s in head)


def _in_its_own_measure(lead: Token | None, indicator: object) -> bool:
    """The sentence's first figure is an amount in the measure of `indicator`: its money, or a
    bare number (no unit, no noun of its own) of a count."""
    if lead is None or lead.kind != "val":
        return False
    unit, measure = lead.data.get("unit"), INDICATORS.get(str(indicator))
    return (measure == "money" and money(unit)) or (measure == "count" and unit is None)


def topic_carried(slots: list[Token], sgroups: list[Group], carry: Token | None) -> Token:
    """What the next sentence refers back to: the last topic named, unless it was named without
    a figure after one that has them ("IIP grew 3.1% in September, supported by a double-digit
    increase in electricity generation. This is compared with ...": the IIP's figure), or a
    sentence of no figure named the topic carried again and other things only after it, in
    passing ("यह लगातार छठा महीना है जब महंगाई दर रिजर्व बैंक के 6 फीसदी के ऊपरी संतोषजनक स्तर से
    ऊपर बनी हुई है। मई में यह 7.04 फीसदी ...": still inflation)."""
    return _as_a_rate_if_only_rates(_topic_named(slots, sgroups, carry), sgroups)


def _as_a_rate_if_only_rates(topic: Token, sgroups: list[Group]) -> Token:
    """A topic whose figures in the sentence were only rates of change is carried as a rate:
    "Industrial output grew 4.3 per cent in August. It was 4.6 per cent in September last
    year" (the rate, as after "IIP growth slowed to 3.1 per cent")."""
    if topic.kind != "ind" or topic.data.get("rate"):
        return topic
    own = [g for g in sgroups if g.indicator == topic.data["indicator"] and g.has_number and not g.reference]
    if not own or any(g.value is not None or g.plan is not None or not g.growths for g in own):
        return topic
    return Token(topic.kind, topic.start, topic.end, topic.text, {**topic.data, "rate": True})


def _topic_named(slots: list[Token], sgroups: list[Group], carry: Token | None) -> Token:
    last = slots[-1]
    figured = {g.indicator for g in sgroups if g.has_number and not g.reference}
    if (
        not figured
        and last.kind == "block"
        and carry is not None
        and carry.kind == "ind"
        and slots[0].kind == "ind"
        and slots[0].data["indicator"] == carry.data["indicator"]
        and all(t.kind == "block" for t in slots[1:])
    ):
        return slots[0]
    # ("Retail inflation eased to 0.25 per cent in October on lower food prices. It was 1.44 per
    # cent in September": a sub-topic named in passing after the figures is no topic either.)
    in_passing = (
        last.kind == "block"
        and bool(figured)
        and not any(t.kind in NUMERIC and t.start > last.end for g in sgroups for t in g.tokens)
    )
    if not in_passing and (last.kind != "ind" or last.data["indicator"] in figured or not figured):
        return last
    return next((t for t in reversed(slots) if t.kind == "ind" and t.data["indicator"] in figured), last)


def _said_unowned(head: str, said: str, lex: Lexicon) -> bool:
    """`said` stands in `head` somewhere not right after a word of "of" ("आठ प्रमुख बुनियादी
    उद्योगों की वृद्धि दर": a short name after it is another's), nor right before one ("The
    number of newly registered and re-operated enterprises ...": the number of what follows,
    named before the figure). A year before the "of" owns nothing: "वित्त वर्ष 2021-22 की वृद्धि
    दर" is the growth of that year, the indicator's."""
    at = head.find(said)
    while at >= 0:
        after = head[at + len(said) :] if said.endswith(" ") else ""
        # (Not before the figure itself: "the July figure of VND57.6 trillion" is the figure.)
        if not any(
            head[:at].endswith(f" {w}") and not _a_number_ends(head[: at - len(w) - 1]) for w in lex.of_words
        ) and (
            not any(
                after.startswith(f"{w} ") and _names_a_thing(after[len(w) + 1 :], lex) for w in lex.of_words
            )
            or _through(after, lex)
        ):
            return True
        at = head.find(said, at + 1)
    return False


def _a_number_ends(words: str) -> bool:
    """The last word of `words` ends in a digit (a year: "2021-22")."""
    return words[-1:].isdigit()


def _through(after: str, lex: Lexicon) -> bool:
    """ "जीएसटी [के जरिए] सरकारी खजाने में ... आए": an "of" that, with the word after it, says by
    what means ("through GST"), leaves the short name before it the sentence's own."""
    return any(after.startswith(f"{w} {p} ") for w in lex.of_words for p in lex.postpositions)


def _names_a_thing(words: str, lex: Lexicon) -> bool:
    """Words that name something, not the currency of the figure right after them, nor the
    estimate of what was named ("वृद्धि दर के अनुमान को 7.3 प्रतिशत से बढ़ाकर 7.6 प्रतिशत": the
    growth rate's estimate is the growth rate)."""
    words = words.strip()
    return bool(words) and words not in lex.units_before and not starts_with_word(words, lex.estimate_nouns)


def indicator_named_by(short: Token, lex: Lexicon | None = None, rate: bool = False) -> Token:
    """The indicator a short name stands for, named by its words (with the lexicon, a balance's
    sign too: "The deficit during the seven-month period was $164.65 billion")."""
    deficit = (
        lex is not None and short.data["value"] == "trade_balance" and short.text.lower() in lex.deficit_words
    )
    sign = -1 if deficit else 1
    return Token(
        "ind",
        short.start,
        short.end,
        short.text,
        {"indicator": short.data["value"], "sign": sign, "rate": rate},
    )


CAPITAL_OF_REACH = 4  # "... पूंजी वाली [15 घरेलू निवेश] परियोजनाएं": the thing's name this few tokens on


def capital_of_what_follows(stoks: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """An amount "of" a capital said before the word of having and the thing that has it ("8,200
    अरब VND की कुल पंजीकृत पूंजी वाली 15 घरेलू निवेश परियोजनाएं", "31 करोड़ डॉलर की कुल पूंजी वाली 9
    एफडीआई परियोजनाएं", "... की कुल पंजीकृत पूंजी के साथ 12 नई एफडीआई परियोजनाओं"): the capital is
    that thing's, named next (a sub-topic's, or FDI's), so its name takes the place of the
    capital's."""
    if not lex.having_after:
        return stoks
    out = stoks
    for k, t in enumerate(stoks):
        said_after = text[t.end : t.end + HAVING_REACH].lstrip().lower()
        # (Its name said short too: "निवेश आकर्षण के संबंध में, ... 320 मिलियन डॉलर की कुल पंजीकृत
        # पूंजी के साथ 12 नई एफडीआई परियोजनाओं को": the projects' named next, not the topic's.)
        if t.kind not in ("ind", "block", "ellipsis") or not starts_with_word(said_after, lex.having_after):
            continue
        owner = next(
            (x for x in stoks[k + 1 : k + 1 + CAPITAL_OF_REACH] if x.kind in ("ind", "block")),
            None,
        )
        if owner is None or (owner.kind == t.kind and owner.data == t.data):
            continue
        if out is stoks:
            out = list(stoks)
        out[k] = Token(owner.kind, t.start, t.end, t.text, {**owner.data, "capital_of_next": True})
    return out


HAVING_REACH = 12  # " वाली": the word of having right after the capital's name
