"""Region named by a text, from the gazetteer data file (provinces and states first,
countries as the fallback). The first province named wins: reports lead with their own."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from services.extractor.engine.normalize import is_word_char


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Any]:
    text = resources.files("services.extractor.lexicons").joinpath("_gazetteer.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@lru_cache(maxsize=1)
def _automata() -> tuple[Any, Any]:
    data = _gazetteer()
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


@lru_cache(maxsize=1)
def _country_codes() -> tuple[dict[str, str], frozenset[str]]:
    """Each region's and country's country code; the generic names ("देश", "cả nước")."""
    data = _gazetteer()
    codes = {
        name: str(e.get("country", ""))
        for part in ("regions", "countries")
        for name, e in (data.get(part) or {}).items()
    }
    generic = frozenset(
        n.lower() for e in (data.get("countries") or {}).values() for n in e.get("generic", ())
    )
    return codes, generic


def names_provinces(text: str) -> bool:
    """The text speaks of provinces (India has states)."""
    low = text.lower()
    return any(w in low for w in _gazetteer().get("province_words", ()))


def countries_named(text: str) -> set[str]:
    """The codes of the countries a text names, by themselves or by a province or state of
    theirs ("Karnataka": IN); a name that says only "the country" tells none."""
    low = text.lower()
    codes, generic = _country_codes()
    out: set[str] = set()
    regions, countries = _automata()
    for _a, _b, name in _named(regions, low):
        out.add(codes.get(name, ""))
    for a, b, name in _named(countries, low):
        if low[a:b] not in generic:
            out.add(codes.get(name, ""))
    out.discard("")
    return out


def _named(automaton: Any, low: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every name of the automaton standing whole-word in `low`."""
    for last, (key, name) in automaton.iter(low):
        a, b = last - len(key) + 1, last + 1
        if (a > 0 and is_word_char(low[a - 1])) or (b < len(low) and is_word_char(low[b])):
            continue
        yield a, b, name


def find_region(text: str) -> str | None:
    low = text.lower()
    for automaton in _automata():
        # The first named, the longest where two start together.
        best = min(((a, a - b, name) for a, b, name in _named(automaton, low)), default=None)
        if best is not None:
            return best[2]
    return None


def regions_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every province or state named whole-word in text[start:end]: (start, end, region), in
    order, the longest name where two overlap."""
    found = [(start + a, start + b, name) for a, b, name in _named(_automata()[0], text[start:end].lower())]
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, str]] = []
    for hit in found:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out
