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


def phrases_by_length(lex: Lexicon) -> dict[int, list[tuple[str, str, int, bool]]]:
    """Indicator phrases grouped by word count (built once per lexicon)."""
    if lex.fuzzy_phrases is None:
        by_len: dict[int, list[tuple[str, str, int, bool]]] = {}
        for phrase, entries in lex.phrases.items():
            for e in entries:
                if e.category == "indicator" and len(phrase.split()) >= MIN_WORDS:
                    key = fold_accents(phrase)  # compared without diacritics: "xuât khấu" ~ "xuất khẩu"
                    by_len.setdefault(len(phrase.split()), []).append((key, e.value, e.sign, e.rate))
        lex.fuzzy_phrases = by_len
    return lex.fuzzy_phrases


def fuzzy_indicator(text: str, start: int, end: int, lex: Lexicon) -> Token | None:
    """The best near-match of an indicator phrase among the words of text[start:end]."""
    span = fold_accents(text[start:end].lower())
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(span)]
    by_len = phrases_by_length(lex)
    best: tuple[float, int, int, str, int, bool] | None = None
    for n, candidates in by_len.items():
        choices = [c[0] for c in candidates]
        for i in range(len(words) - n + 1):
            gram = " ".join(w[2] for w in words[i : i + n])
            hit = process.extractOne(gram, choices, scorer=fuzz.ratio, score_cutoff=MIN_SCORE)
            if hit is None:
                continue
            _, score, k = hit
            phrase, indicator, sign, rate = candidates[k]
            # Word by word too: "reported revenue" is near "export revenue" as a whole, but
            # "reported" is no misspelling of "export".
            if any(fuzz.ratio(a, b) < WORD_SCORE for a, b in zip(gram.split(), phrase.split(), strict=True)):
                continue
            if best is None or score > best[0]:
                best = (score, words[i][0], words[i + n - 1][1], indicator, sign, rate)
    if best is None:
        return None
    score, s, e, indicator, sign, rate = best
    return Token("ind", s, e, text[s:e], {"indicator": indicator, "sign": sign, "rate": rate, "fuzzy": score})
