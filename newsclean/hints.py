"""Hint words: the words or phrases one of which every line a cleaner drops holds, so that it reads only the lines
that hold one.

Every list is also a pattern that finds its lines alone. When pyahocorasick is installed (`newsclean[fast]`), the
lists of all cleaners are instead searched for together, in one pass of one automaton over the page: a regular
expression of many alternatives costs a try at nearly every character, once per list. Both ways find the same
lines: a line holds a word of a list, or does not.
"""
from __future__ import annotations

import re
import threading
from typing import Iterable

from .wordlist import trie_pattern

try:  # the automaton is optional: without it, each list's pattern is searched on its own
    import ahocorasick
except ImportError:  # pragma: no cover - depends on what is installed
    ahocorasick = None


class HintWords:
    """A list of hint words, matched anywhere in a line's case-folded text (no word boundaries)."""

    _registered: list[HintWords] = []
    _lock = threading.Lock()

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))
        if any(not word or "\n" in word for word in self.words):
            raise ValueError("a hint word is not empty and holds no newline")
        self.pattern = re.compile(trie_pattern(self.words))
        """The list as one pattern, for a search of this list alone."""
        with HintWords._lock:
            self.bit = 1 << len(HintWords._registered)
            """This list's place among all lists, as a bit of the masks the combined search gives."""
            HintWords._registered.append(self)

    def __repr__(self) -> str:
        return f"HintWords({len(self.words)} words)"


USE_AUTOMATON = ahocorasick is not None and bool(getattr(ahocorasick, "unicode", False))
"""Whether `hint_masks` may be used; tests switch it off to check that both ways agree."""

_automaton: tuple[int, object] | None = None
"""The automaton over the words of all lists registered so far, and how many lists that was."""


def combined_search_available() -> bool:
    """Is the automaton installed (built for text, not bytes) and not switched off?"""
    return USE_AUTOMATON and ahocorasick is not None


def _current_automaton() -> object:
    """The automaton for all lists made so far (made anew once more lists are made: they are made on import)."""
    global _automaton
    lists = HintWords._registered
    if _automaton is None or _automaton[0] != len(lists):
        masks: dict[str, int] = {}
        for hints in list(lists):
            for word in hints.words:
                masks[word] = masks.get(word, 0) | hints.bit
        automaton = ahocorasick.Automaton()
        for word, mask in masks.items():
            automaton.add_word(word, mask)
        automaton.make_automaton()
        _automaton = (len(lists), automaton)
    return _automaton[1]


def hint_masks(joined: str) -> list[tuple[int, int]]:
    """For the lines joined by newlines in `joined`, the lines (their places, counted from 0) that hold any hint
    word, in order, each with the bits of the lists whose words it holds."""
    found: list[tuple[int, int]] = []
    line, counted, next_start, bits = 0, 0, -1, 0
    # the automaton reports the words in the order they end; no hint word holds a newline, so a word ends in the
    # line it starts in, and the words of one line come one after another. A word's line is the number of
    # newlines before it, counted on from the word before.
    for end, mask in _current_automaton().iter(joined):  # type: ignore[attr-defined]
        if end < next_start:
            bits |= mask
            continue
        if bits:
            found.append((line, bits))
        line += joined.count("\n", counted, end)
        counted = end
        next_start = joined.find("\n", end) + 1 or len(joined) + 1
        bits = mask
    if bits:
        found.append((line, bits))
    return found
