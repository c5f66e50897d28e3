"""Compiling a list of words or phrases into one fast pattern: alternatives share their prefixes (a trie), so the
matcher tries one branch per position instead of every word."""
from __future__ import annotations

import re
from importlib import resources
from typing import Iterable


def data_words(name: str) -> list[str]:
    """The words or phrases of a list in `newsclean/data`, one a line ("#" starts a comment line)."""
    text = resources.files("newsclean").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression source matching exactly the given words (no anchors, no word boundaries)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie) if trie else "(?!)"


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
