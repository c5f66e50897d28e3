"""Speech verbs (and the phrases a speaker follows) found in a text: the places where a pattern of the words, whole
words each, matches (`finditer`'s matches, as start and end).

A pattern of thousands of alternatives is tried at nearly every character. When pyahocorasick is installed
(`newsclean[fast]`), one pass of an automaton of the words finds every place one is written instead, and the same
matches are picked from those: at the first place a whole word starts, the longest of the words there that ends
a word, then on from its end.
"""
from __future__ import annotations

import re
from typing import Iterable

from . import hints


def _word_char(char: str) -> bool:
    """Is the character one the standard matcher's `\\w` matches?"""
    return char.isalnum() or char == "_"


class VerbSearch:
    """The matches of a whole-word pattern of `words` (every form as written) in a text."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        """The words as one pattern, `(?<!\\w)(?:…)(?!\\w)`: what the automaton's matches must equal."""
        self.words = frozenset(words)
        self._automaton: object | None = None

    def _built(self) -> object:
        if self._automaton is None:
            automaton = hints.ahocorasick.Automaton()  # type: ignore[union-attr]
            for word in self.words:
                automaton.add_word(word, len(word))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern's matches start and end, in order."""
        if not hints.combined_search_available() or not self.words:
            return [m.span() for m in self.pattern.finditer(text)]
        longest: dict[int, int] = {}
        size = len(text)
        for last, length in self._built().iter(text):  # type: ignore[attr-defined]
            start = last - length + 1
            if (start and _word_char(text[start - 1])) or (last + 1 < size and _word_char(text[last + 1])):
                continue  # not a whole word
            if length > longest.get(start, 0):
                longest[start] = length
        found: list[tuple[int, int]] = []
        end = 0
        for start in sorted(longest):
            if start >= end:
                end = start + longest[start]
                found.append((start, end))
        return found

