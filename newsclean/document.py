"""The page as a document of lines, with the cleaners' decisions beside it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Literal

import re

import regex

from .article import LineDecision

# Scripts written without spaces between words: their characters count towards a line's length in words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_UPPER_START = regex.compile(r"\b\p{Lu}")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = ".!?…。！？؟।॥։።"
_CLOSERS = "\"'”’»«)]」』›‹）"


def normalise(text: str) -> str:
    """Collapse every run of white space (non-breaking spaces too) to one space and trim."""
    return " ".join(text.split())


class LineStats:
    """Language-neutral measures of one line of text, computed once."""

    __slots__ = ("text", "chars", "words", "unspaced", "ends_sentence", "has_digit", "_upper_starts", "_folded")

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = len(text)
        self.words = len(text.split())
        self.unspaced = 0 if text.isascii() else len(_UNSPACED.findall(text))
        stripped = text.rstrip(_CLOSERS + " ")
        self.ends_sentence = bool(stripped) and stripped[-1] in _SENTENCE_END
        self.has_digit = _DIGIT.search(text) is not None
        self._upper_starts = -1
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        """The line case-folded, for case-blind matching."""
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded

    @property
    def size(self) -> float:
        """Length in words; characters of unspaced scripts count as half a word each."""
        return self.words + self.unspaced / 2

    @property
    def title_case(self) -> float:
        """Share of words that start with a capital letter."""
        if self._upper_starts < 0:
            self._upper_starts = len(_UPPER_START.findall(self.text))
        return self._upper_starts / self.words if self.words else 0.0


Action = Literal["drop", "strip", "mark"]


@dataclass(frozen=True)
class Decision:
    """A cleaner's verdict on one line.

    `drop` removes the line; `strip` replaces its text with `text` (a cleaner may only remove characters);
    `mark` keeps the line but gives it a `role`. `role` and `value` carry what the line told about the article
    (`headline`, `byline`, `date` with the value found).
    """

    line: int
    action: Action
    reason: str
    text: str | None = None
    role: str | None = None
    value: str | None = None


class Document:
    """The page's lines, their current text, and what the pipeline decided about each."""

    def __init__(self, text: str) -> None:
        self.raw_lines: list[str] = text.splitlines()
        self.texts: list[str] = [normalise(line) for line in self.raw_lines]
        self.dropped: list[tuple[str, Decision] | None] = [None] * len(self.texts)
        self.stripped: list[tuple[str, Decision] | None] = [None] * len(self.texts)
        self.roles: dict[str, list[tuple[int, str | None]]] = {}
        self.notes: dict[str, object] = {}
        self._stats: dict[int, LineStats] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def stats(self, i: int) -> LineStats:
        found = self._stats.get(i)
        if found is None:
            found = self._stats[i] = LineStats(self.texts[i])
        return found

    def is_kept(self, i: int) -> bool:
        return self.dropped[i] is None and bool(self.texts[i])

    def kept(self) -> Iterator[int]:
        """Indices of the lines still kept that hold text."""
        dropped, texts = self.dropped, self.texts
        return (i for i in range(len(texts)) if dropped[i] is None and texts[i])

    def role(self, name: str) -> list[tuple[int, str | None]]:
        return self.roles.get(name, [])

    @cached_property
    def first_text_line(self) -> int | None:
        return next((i for i, t in enumerate(self.texts) if t), None)

    def apply(self, cleaner: str, decision: Decision) -> None:
        i = decision.line
        if not 0 <= i < len(self.texts):
            raise IndexError(f"line {i} is not in the document")
        if decision.role is not None:
            self.roles.setdefault(decision.role, []).append((i, decision.value))
        if decision.action == "drop":
            if self.dropped[i] is None:
                self.dropped[i] = (cleaner, decision)
        elif decision.action == "strip":
            new = normalise(decision.text or "")
            if new != self.texts[i]:
                self.texts[i] = new
                self.stripped[i] = (cleaner, decision)
                self._stats.pop(i, None)

    def line_decisions(self) -> tuple[LineDecision, ...]:
        out = []
        for i, text in enumerate(self.texts):
            drop = self.dropped[i]
            if drop is not None:
                name, d = drop
                out.append(LineDecision(i, False, name, d.reason, d.role))
            elif not text:
                strip = self.stripped[i]
                if strip is not None:
                    out.append(LineDecision(i, False, strip[0], strip[1].reason))
                else:
                    out.append(LineDecision(i, False, None, "blank"))
            else:
                strip = self.stripped[i]
                if strip is not None:
                    out.append(LineDecision(i, True, strip[0], strip[1].reason))
                else:
                    out.append(LineDecision(i, True))
        return tuple(out)
