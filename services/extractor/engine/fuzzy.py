"""The fallback for spelling and accent variants of indicator names ("xuất khấu", "exprots"):
where a sentence states figures but names no indicator the lexicon knows, the words before
its first figure are compared with the lexicon's phrases (rapidfuzz). Only then: it is the
exception, and exact matching stays the rule."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz, process

from services.extractor.engine.lexicon import Lexicon
from services.extractor.engine.normalize import fold_accents
from services.extractor.engine.tokens import Token

MIN_SCORE = 85.0  # ratio over whole word n-grams; below this, variants are other words
WORD_SCORE = 75.0  # each word of the n-gram against its counterpart in the phrase
MIN_WORDS = 2  # one word is too easy to mistake ("experts" is one letter from "exports")
_WORD = regex.compile(r"\w+(?:[-']\w+)*")

Candidate = tuple[str, str, int, bool]  # folded phrase, indicator, sign, rate


def candidates(lex: Lexicon) -> list[Candidate]:
    """Multi-word indicator phrases written out whole, without diacritics (built once per
    lexicon)."""
    if lex.fuzzy_phrases is None:
        lex.fuzzy_phrases = [
            # Compared without diacritics: "xuât khấu" ~ "xuất khẩu".
            (fold_accents(phrase), e.value, e.sign, e.rate)
            for phrase, entries in lex.phrases.items()
            for e in entries
            if e.category == "indicator" and len(phrase.split()) >= MIN_WORDS and phrase in lex.literal
        ]
        lex.fuzzy_keys = [c[0] for c in lex.fuzzy_phrases]
    return lex.fuzzy_phrases


def fuzzy_indicator(text: str, start: int, end: int, lex: Lexicon) -> Token | None:
    """The best near-match of an indicator phrase among the words of text[start:end]."""
    every = candidates(lex)
    span = fold_accents(text[start:end].lower())
    # One pass over all phrases finds the few that could be in the span at all...
    shortlist = process.extract(
        span, lex.fuzzy_keys, scorer=fuzz.partial_ratio, score_cutoff=MIN_SCORE, limit=3
    )
    if not shortlist:
        return None
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(span)]
    best: tuple[float, int, int, str, int, bool] | None = None
    # ... then each is checked against the span's word n-grams of its own length.
    for _, _, k in shortlist:
        phrase, indicator, sign, rate = every[k]
        parts = phrase.split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            gram = [w[2] for w in words[i : i + n]]
            score = fuzz.ratio(" ".join(gram), phrase)
            # Word by word too: "reported revenue" is near "export revenue" as a whole, but
            # "reported" is no misspelling of "export".
            if score < MIN_SCORE or any(
                fuzz.ratio(a, b) < WORD_SCORE for a, b in zip(gram, parts, strict=True)
            ):
                continue
            if best is None or score > best[0]:
                best = (score, words[i][0], words[i + n - 1][1], indicator, sign, rate)
    if best is None:
        return None
    score, s, e, indicator, sign, rate = best
    return Token("ind", s, e, text[s:e], {"indicator": indicator, "sign": sign, "rate": rate, "fuzzy": score})
