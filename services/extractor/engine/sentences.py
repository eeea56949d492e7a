"""A text cut into sentences, each with the paragraph it is in: the unit the engine reads."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from services.extractor.engine.lexicon import REGEX_TIMEOUT

# Sentence ends: ". " before a capital, digit or another script; "।"; line breaks. (Not after
# an abbreviation: "Rs.", "TP. HCM", "TX. Sơn Tây" name, they end nothing.)
# (A danda ends a sentence even with no space after it: "... औसत 4.4% रही।अगस्त में ...".)
# (Not a decimal point a space fell after, before a percentage or a Hindi scale word: "13. 20
# प्रतिशत", "58. 37 अरब डॉलर".)
_SENTENCE_END = regex.compile(
    r"(?:(?<=\d)\.(?!\s\d{1,2}\s*(?:%|प्रतिशत|फीसदी|फीसद|per\s?cent|अरब|करोड़|करोड|लाख|खरब))|(?<!\d)\.|[!?।|])\s+"
    r"|\n+|[.!?](?=[A-ZĐÀ-Ỹ][a-zà-ỹ])|।"
)
_ABBREV = regex.compile(
    r"(?:\b[A-Z][a-z]?|\b[A-Z]\.[A-Z]|\bT[PX]|\bRs|\bNo|\bMr|\bMrs|\bDr|\bvs|\bSt|\bi\.e|\be\.g|\bviz|\bapprox|(?<!\S)र[ुू])\.$"
)
# "by Nov. 10", "on Sept. 30": a month's short name before its day ends no sentence.
_MONTH_ABBREV = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    start = 0
    for m in _SENTENCE_END.finditer(text, timeout=REGEX_TIMEOUT):
        g = m.group()
        # The sentence keeps its final mark; what follows it (spaces, breaks) separates.
        cut = m.start() + 1 if g[0] in ".!?।|" else m.start()
        if (
            "\n" not in g
            and (
                _ABBREV.search(text[max(0, cut - 5) : cut])
                # ("in the Jan.-Oct. period": nor before a word that goes on in lower case.)
                or (
                    (text[m.end() : m.end() + 1].isdigit() or text[m.end() : m.end() + 1].islower())
                    and _MONTH_ABBREV.search(text[max(0, cut - 6) : cut])
                )
            )
        ):
            continue
        if cut > start:
            out.append(Sentence(start, cut, para))
        if "\n" in g:
            para += 1
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text), para))
    return out
