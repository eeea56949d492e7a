"""Region named by a text, from the gazetteer data file (provinces and states first,
countries as the fallback). The first province named wins: reports lead with their own."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from services.extractor.engine.normalize import is_word_char


@lru_cache(maxsize=1)
def _automata() -> tuple[Any, Any]:
    text = resources.files("services.extractor.lexicons").joinpath("_gazetteer.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    regions, countries = ahocorasick.Automaton(), ahocorasick.Automaton()
    for name, entry in (data.get("regions") or {}).items():
        for n in entry["names"]:
            regions.add_word(n.lower(), (n.lower(), name))
    for name, entry in (data.get("countries") or {}).items():
        for n in entry["names"]:
            countries.add_word(n.lower(), (n.lower(), name))
    regions.make_automaton()
    countries.make_automaton()
    return regions, countries


def find_region(text: str) -> str | None:
    low = text.lower()
    for automaton in _automata():
        best: tuple[int, int, str] | None = None
        for end, (key, name) in automaton.iter(low):
            start = end - len(key) + 1
            if start > 0 and is_word_char(low[start - 1]):
                continue
            if end + 1 < len(low) and is_word_char(low[end + 1]):
                continue
            cand = (start, -len(key), name)
            if best is None or cand < best:
                best = cand
        if best is not None:
            return best[2]
    return None


def regions_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every province or state named whole-word in text[start:end]: (start, end, region), in
    order, the longest name where two overlap."""
    low = text[start:end].lower()
    found: list[tuple[int, int, str]] = []
    for last, (key, name) in _automata()[0].iter(low):
        a, b = last - len(key) + 1, last + 1
        if (a > 0 and is_word_char(low[a - 1])) or (b < len(low) and is_word_char(low[b])):
            continue
        found.append((start + a, start + b, name))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, str]] = []
    for hit in found:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out
