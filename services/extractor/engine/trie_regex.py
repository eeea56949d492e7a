"""Alternations of many words as a trie-shaped regex ("j(?:anuary|u(?:ne|ly))"), so the
regex engine tries one branch per character instead of every word in turn."""

from __future__ import annotations

from collections.abc import Iterable

import regex

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"
    return _render(trie)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    ends = _END in node
    branches = [regex.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    # Longer continuations first, so a longer word wins over its prefix.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
