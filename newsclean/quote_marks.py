"""Quote marks: the spans of text between a pair of marks in one paragraph, in every common style.

Double marks: “…” "…" «…» „…“ „…” »…« ”…” 「…」 『…』. Single marks ‘…’ and '…' count only where they
cannot be apostrophes: the opening mark starts a word, the closing one ends it, and a mark between two letters
("it's", "Ukraine’s") is part of the text. A span never holds another opening mark of its own kind and never
runs past the paragraph or `max_chars`, so a stray mark cannot swallow the rest of the text, and each search
step moves on from the next mark: time stays linear in the paragraph.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

DOUBLE_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("»", "«"), ("”", "”"), ('"', '"'), ("「", "」"), ("『", "』"),
)
SINGLE_PAIRS: tuple[tuple[str, str], ...] = (("‘", "’"), ("'", "'"))
QUOTE_PAIRS: tuple[tuple[str, str], ...] = DOUBLE_PAIRS + SINGLE_PAIRS
# Marks that also serve as apostrophes: between two letters they are text, not marks.
APOSTROPHES = frozenset("'’")


class Span(NamedTuple):
    """A quoted span of a paragraph: `start`/`end` around the marks, `inner_start`/`inner_end` within them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    opening: str
    closing: str

    def inner(self, text: str) -> str:
        return text[self.inner_start: self.inner_end]


def _pair_pattern(opening: str, closing: str, limit: int) -> str:
    o, c = regex.escape(opening), regex.escape(closing)
    if closing in APOSTROPHES:
        # an apostrophe inside a word is text; the marks stand at word edges
        word_inner = rf"(?<=[\p{{L}}\p{{N}}]){c}(?=\p{{L}})"
        body = rf"(?:[^{o}{c}\n]|{word_inner})"
        return (rf"(?<![\p{{L}}\p{{N}}]){o}(?=[\p{{L}}\p{{N}}])({body}{{1,{limit}}}?)"
                rf"(?<=[\p{{L}}\p{{N}}.,!?…\-–—)\]]){c}(?![\p{{L}}\p{{N}}])")
    if opening == closing:
        # a straight or same-shape mark opens before a word and closes after one
        return rf"(?<![\p{{L}}\p{{N}}]){o}(?=\s?\S)([^{o}\n]{{1,{limit}}}?)(?<=\S){c}(?![\p{{L}}\p{{N}}])"
    return rf"{o}([^{o}{c}\n]{{1,{limit}}}){c}"


STRAIGHT = '"'
OPENS_AFTER = frozenset("([{/—–-:")
CLOSES_BEFORE = frozenset(".,;:!?)]}/—–-…")


def _straight_spans(text: str, max_chars: int, limit: int | None = None) -> list[Span]:
    """Straight double marks paired by their place: one that starts a word opens, one that ends a word
    closes, so a quote may hold another ("Новый участок возле станции "Звенигород" откроют", - отметили).
    Stops once `limit` spans are found."""
    spans = []
    stack: list[int] = []
    position = text.find(STRAIGHT)
    while position >= 0 and (limit is None or len(spans) < limit):
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        closes = not before.isspace() and (after.isspace() or after in CLOSES_BEFORE)
        opens = (before.isspace() or before in OPENS_AFTER) and not (after.isspace() and position + 2 >= len(text))
        if closes and stack:
            start = stack.pop()
            if position - start <= max_chars and text[start + 1: position].strip():
                spans.append(Span(start, position + 1, start + 1, position, STRAIGHT, STRAIGHT))
        elif opens:
            stack.append(position)
        position = text.find(STRAIGHT, position + 1)
    return spans


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans that no earlier span holds or crosses, in order."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


class QuoteMarks:
    """Finds quoted spans in a paragraph, and quotes left open at its end to be reopened in the next one."""

    def __init__(self, pairs: tuple[tuple[str, str], ...] = QUOTE_PAIRS, max_chars: int = 3000) -> None:
        self.max_chars = max_chars
        self.straight = (STRAIGHT, STRAIGHT) in pairs
        self.pairs = tuple(pair for pair in pairs if pair != (STRAIGHT, STRAIGHT))
        # the pairs each opening mark may open, in order: a pair of two different marks neither of which is an
        # apostrophe is closed by the first of its marks to follow, found by plain search (no pattern); the
        # others are read by their pattern
        self.pairs_at: dict[str, list[tuple[str, str, regex.Pattern[str] | None]]] = {}
        for o, c in self.pairs:
            pattern = None if o != c and c not in APOSTROPHES else regex.compile(_pair_pattern(o, c, max_chars))
            self.pairs_at.setdefault(o, []).append((o, c, pattern))
        # each span starts at an opening mark: the pattern is tried only there
        openings = sorted({re.escape(o) for o, _ in self.pairs})
        self.opening = re.compile("[" + "".join(openings) + "]" if openings else "(?!)")
        # every mark, the commonest first (apostrophes): looked for one by one, which is quicker than a pattern
        # reading each character against the whole set
        self.marks = tuple(sorted({m for p in pairs for m in p}, key=lambda m: (m not in APOSTROPHES, m)))
        closers: dict[str, set[str]] = {}
        for opening, closing in pairs:
            closers.setdefault(opening, set()).add(closing)
        self.closers = {o: frozenset(c) for o, c in closers.items()}
        double = sorted({o for o, _ in pairs if o not in APOSTROPHES})
        double_openers = "".join(regex.escape(o) for o in double)
        # a paragraph with no double opening mark left (most of them) is not read with the full pattern
        self.double_opening = re.compile("[" + "".join(re.escape(o) for o in double) + "]" if double else "(?!)")
        # a quote that runs on into the next paragraph opens at a word and is not closed before the end
        self.open_tail = regex.compile(rf"(?:^|(?<=[\s(:–—\-]))([{double_openers}])(?=\s?\p{{L}})") \
            if double_openers else regex.compile("(?!)")

    def has_marks(self, text: str) -> bool:
        for mark in self.marks:
            if mark in text:
                return True
        return False

    def spans(self, text: str, limit: int | None = None) -> list[Span]:
        """The quoted spans of the paragraph, in order; with a `limit`, the marks are read only until that many
        spans of each kind (curly, straight) are found, and the first `limit` are given."""
        found: list[Span] = []
        mark = self.opening.search(text)
        while mark is not None and (limit is None or len(found) < limit):
            span = self._span_at(text, mark.start())
            if span is None:
                mark = self.opening.search(text, mark.start() + 1)
                continue
            found.append(span)
            mark = self.opening.search(text, span.end)
        if self.straight and STRAIGHT in text:
            return _outermost(found + _straight_spans(text, self.max_chars, limit))[:limit]
        return found

    def _span_at(self, text: str, start: int) -> Span | None:
        """The span of the first pair that opens at `start` and is closed in time, as `_pair_pattern` reads it."""
        before = text[start - 1] if start else " "
        for opening, closing, pattern in self.pairs_at[text[start]]:
            if pattern is None:
                # the text up to the first of the two marks or a line break: the closing mark, not too far
                end = stop = start + 2 + self.max_chars
                for mark in (opening, closing, "\n"):
                    at = text.find(mark, start + 1, stop)
                    stop = at if at >= 0 else stop
                if stop < end and text[stop] == closing and stop > start + 1:
                    return Span(start, stop + 1, start + 1, stop, opening, closing)
                continue
            if before.isascii() and before.isalnum():
                continue  # an apostrophe or a mark after a letter or digit opens nothing (its pattern says so too)
            m = pattern.match(text, start)
            if m is not None:
                return Span(m.start(), m.end(), m.start(1), m.end(1), opening, closing)
        return None

    def unclosed_tail(self, text: str, start: int) -> tuple[int, str] | None:
        """Where a quote opens after `start` and is still open at the paragraph's end: (position, mark)."""
        if self.double_opening.search(text, start) is None:
            return None
        last_close: dict[str, int] = {}
        for m in self.open_tail.finditer(text, start):
            opening = m.group(1)
            closers = self.closers.get(opening, ())
            for closing in closers:
                if closing not in last_close:
                    last_close[closing] = text.rfind(closing)
            if all(last_close[c] < m.end() for c in closers):
                return m.start(), opening
        return None

    def reopens(self, text: str, opening: str) -> bool:
        """Does the paragraph open with the mark a quote of the paragraph before was left open with?"""
        return text.lstrip()[:1] == opening
