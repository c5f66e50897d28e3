"""The page as a document of lines, with the cleaners' decisions beside it."""
from __future__ import annotations

from itertools import accumulate, count
from operator import add
from typing import TYPE_CHECKING, Iterable, Literal, NamedTuple, Sequence

import bisect
import re

import regex

from .article import LineDecision
from .hints import HintWords, combined_search_available, hint_masks

if TYPE_CHECKING:
    from .html.blocks import BlockEvidence

# Scripts written without spaces between words: their characters count towards a line's length in words.
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
MAY_BE_UNSPACED = re.compile("[\u0e01-\u1fff\u2e80-\U0010ffff]")
"""No script written without spaces has a letter below Thai's first, nor among the punctuation and symbols of
U+2000 to U+2E7F (curly quotes, dashes): a quick test before counting them."""
# A capital that starts a word: no word character before it. The capital is looked for first, so the matcher
# skips to the capitals instead of trying a word boundary at every character.
_UPPER_START = regex.compile(r"\p{Lu}(?<!\w\p{Lu})")
_UPPER_START_ASCII = re.compile(r"[A-Z](?<!\w[A-Z])")
DIGIT = re.compile(r"\d")
_SENTENCE_END = ".!?…。！？؟।॥։።"
_CLOSERS = "\"'”’»«)]」』›‹）"
_CLOSERS_AND_SPACE = _CLOSERS + " "


# Characters that show nothing: a line of nothing else is blank (zero-width space and joiners, word joiner,
# byte-order mark, soft hyphen). Inside a line they stay: joiners shape Persian and Indic words.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SHOWS_NOTHING = INVISIBLE + " "


def normalise(text: str) -> str:
    """Collapse every run of white space (non-breaking spaces too) to one space and trim; a line that shows
    nothing becomes empty."""
    line = " ".join(text.split())
    return line if line.strip(_SHOWS_NOTHING) else ""


def _shown(lines: Iterable[str]) -> list[str]:
    """Each line (white space normalised already), or "" for a line that shows nothing, as `normalise` gives."""
    return [line if line.strip(_SHOWS_NOTHING) else "" for line in lines]


def fold(text: str) -> str:
    """`text` case-folded. An ASCII text is lowered, which is the same and quicker: Python folds text holding
    other characters one character at a time."""
    return text.lower() if text.isascii() else text.casefold()


def upper_starts(text: str) -> int:
    """How many words of `text` start with a capital letter."""
    return len((_UPPER_START_ASCII if text.isascii() else _UPPER_START).findall(text))


def word_count(text: str) -> int:
    """Words of a normalised line (one space between words)."""
    return text.count(" ") + 1 if text else 0


def ends_sentence(text: str) -> bool:
    """Does a line end like a sentence (closing quotes and brackets aside)?"""
    last = text.rstrip(_CLOSERS_AND_SPACE)[-1:]
    return bool(last) and last in _SENTENCE_END


class LineStats:
    """Language-neutral measures of one line of text, computed once."""

    __slots__ = ("text", "chars", "words", "unspaced", "size", "ends_sentence", "_has_digit", "_upper_starts",
                 "_folded")

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = len(text)
        words = self.words = word_count(text)
        unspaced = self.unspaced = 0 if text.isascii() or not MAY_BE_UNSPACED.search(text) else \
            len(UNSPACED.findall(text))
        self.size = words + unspaced / 2
        """Length in words; characters of unspaced scripts count as half a word each."""
        self.ends_sentence = ends_sentence(text)
        self._has_digit: bool | None = None
        self._upper_starts = -1
        self._folded: str | None = None

    @property
    def has_digit(self) -> bool:
        if self._has_digit is None:
            self._has_digit = DIGIT.search(self.text) is not None
        return self._has_digit

    @property
    def folded(self) -> str:
        """The line case-folded, for case-blind matching."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    @property
    def title_case(self) -> float:
        """Share of words that start with a capital letter."""
        if self._upper_starts < 0:
            text = self.text
            self._upper_starts = upper_starts(text)
        return self._upper_starts / self.words if self.words else 0.0


Action = Literal["drop", "strip", "mark"]


class Decision(NamedTuple):
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


SCAN_MAX_WORDS = 60
"""`lines_matching` reads lines of at most this many words unless told otherwise."""
SCAN_WORD_BUCKETS = (12, 30, 40, 70)
"""The line lengths `lines_matching` rounds a limit up to (a limit above them reads every line)."""
KEPT_ONLY_SHARE = 0.3
"""Once this share of a page's lines is dropped, searches read the kept lines alone."""


COMBINED_HINT_WORDS = 40
"""The combined search of hint words reads the lines of up to this many words (one of `SCAN_WORD_BUCKETS`); a
cleaner that asks about longer lines searches for its own words."""


def _scan_bucket(max_words: int | None) -> int | None:
    """The shared length a search's limit is rounded up to, so that cleaners share the joined texts they search."""
    if max_words is None:
        return None
    return next((b for b in SCAN_WORD_BUCKETS if b >= max_words), None)


class Document:
    """The page's lines, their current text, and what the pipeline decided about each."""

    evidence: tuple[BlockEvidence, ...] | None = None
    """For a page read from HTML, what the DOM says about each line (parallel to the lines); None for text."""

    def __init__(self, text: str) -> None:
        # lines end at "\n" only (read_source has turned "\r\n" and "\r" into it); other separators such as
        # form feeds stay inside lines as white space, so line numbers match the file's
        lines = text.split("\n")
        if lines and not lines[-1]:
            lines.pop()
        # `normalise` of each line, its steps mapped over the lines (one Python call per page, not per line)
        self._start(lines, _shown(map(" ".join, map(str.split, lines))))

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> Document:
        """The document of lines that are normalised already (white space as `normalise` leaves it, no newline
        in them), such as an HTML page's blocks."""
        doc = cls.__new__(cls)
        doc._start(list(lines), _shown(lines))
        return doc

    def _start(self, raw_lines: list[str], texts: list[str]) -> None:
        self.raw_lines: list[str] = raw_lines
        self.texts: list[str] = texts
        self.dropped: list[tuple[str, Decision] | None] = [None] * len(self.texts)
        self.stripped: list[tuple[str, Decision] | None] = [None] * len(self.texts)
        self.roles: dict[str, list[tuple[int, str | None]]] = {}
        # what cleaners tell the cleaners after them
        self.headline_line: int | None = None
        """The headline's line (or the page title's, when no line repeats it)."""
        self.section_breaks: set[int] = set()
        """Lines that start another section: related-stories headers, promos."""
        self.list_marks: set[int] = set()
        """Lines that mark an item of a list of other things, such as a teaser's date."""
        self.comment_markers: list[int] = []
        """Lines that mark a comment thread, in order."""
        self.footer_lines: set[int] = set()
        """Lines of the page's footer (copyright, terms): the article does not run across them."""
        self.byline_candidates: list[tuple[int, str, str]] = []
        """(line, names, how they were found) for every author line seen."""
        self.date_candidates: list[tuple[int, str, bool]] = []
        """(line, ISO date, whether it is an "updated" date) for every dateline seen."""
        self.notes: dict[str, object] = {}
        """Free room for users' own cleaners to leave word for each other."""
        self._stats: list[LineStats | None] = [None] * len(self.texts)
        self._kept: tuple[int, ...] | None = None
        self._kept_stale = False
        """Lines were dropped or emptied since `_kept` was listed."""
        self._joined: dict[tuple[bool, int | None, bool, bool], tuple[str, list[int], int]] = {}
        self._drops = 0
        """How many lines have been dropped: searches of the kept lines are made anew after more drops."""
        self._folded_texts: list[str] | None = None
        self._spaces: list[int] | None = None
        self._hint_masks: list[tuple[int, int]] | None = None
        """(line, bits of the hint lists it holds words of), for the lines that hold any; see `lines_holding`."""

    def __len__(self) -> int:
        return len(self.texts)

    def stats(self, i: int) -> LineStats:
        found = self._stats[i]
        if found is None:
            found = self._stats[i] = LineStats(self.texts[i])
            if self._folded_texts is not None:
                found._folded = self._folded_texts[i]  # the page's lines were folded for a search already
        return found

    def words(self, i: int) -> int:
        """Words of line i, as its stats count them, without working out the rest of its stats."""
        found = self._stats[i]
        return word_count(self.texts[i]) if found is None else found.words

    def is_kept(self, i: int) -> bool:
        return self.dropped[i] is None and bool(self.texts[i])

    def kept(self) -> tuple[int, ...]:
        """Indices of the lines still kept that hold text, as they are now (later decisions leave it as it is)."""
        if self._kept is None:
            self._kept = tuple([i for i, (drop, text) in enumerate(zip(self.dropped, self.texts))
                                if drop is None and text])
        elif self._kept_stale:
            # a line once dropped or emptied is never kept again: the lines kept before are read again, not all
            dropped, texts = self.dropped, self.texts
            self._kept = tuple([i for i in self._kept if dropped[i] is None and texts[i]])
        self._kept_stale = False
        return self._kept

    def lines_matching(self, pattern: re.Pattern[str] | regex.Pattern[str], folded: bool = False,
                       dropped_too: bool = False, max_words: int | None = SCAN_MAX_WORDS,
                       newline_first: bool = False) -> list[int]:
        """The kept lines (all lines with text if `dropped_too`) in which `pattern` matches, searched in the
        case-folded text if `folded`. Lines of more than `max_words` words (rounded up to one of
        `SCAN_WORD_BUCKETS`) are left out, and None leaves none out: a cleaner passes the longest line its rules
        can drop, so the pattern reads little more text than it needs, and checks the lengths it is given.

        The whole page is searched in one pass of the pattern over its lines joined by newlines, so a cleaner
        looks in Python only at the few lines that may concern it. Patterns meant for one line must not cross
        a newline; anchor them with `(?m)^` and `$`.

        With `newline_first`, a newline stands before the first line too, and a pattern for the start of a line
        starts with it (`\n(?:by|von)`): the matcher skips from one newline to the next, where it tries `^` at
        every character.
        """
        max_words = _scan_bucket(max_words)
        # once many lines are dropped (on HTML pages, most of them early), a search of the kept lines alone
        # reads much less; with few dropped, the search of all lines made for an earlier cleaner serves
        kept_only = not dropped_too and self._drops >= KEPT_ONLY_SHARE * len(self.texts)
        joined, starts = self._joined_text(folded, max_words, kept_only, newline_first)
        found = []
        pos, end = 0, len(joined)
        dropped, texts = self.dropped, self.texts
        while pos <= end:
            m = pattern.search(joined, pos)
            if m is None:
                break
            i = max(bisect.bisect_right(starts, m.start()) - 1, 0)
            if i < len(texts) and texts[i] and (dropped_too or dropped[i] is None):
                found.append(i)
            if i + 1 >= len(starts):
                break
            pos = starts[i + 1]
        return found

    def lines_holding(self, hints: HintWords, dropped_too: bool = False,
                      max_words: int | None = SCAN_MAX_WORDS) -> list[int]:
        """The kept lines (all lines with text if `dropped_too`) whose case-folded text holds a word of `hints`,
        lines longer than `max_words` left out as `lines_matching` leaves them out.

        With the hint automaton installed, every list of hint words is searched for at the first call, in one
        pass over the page's lines of up to `COMBINED_HINT_WORDS` words, and later calls read what it found."""
        bucket = _scan_bucket(max_words)
        if bucket is None or bucket > COMBINED_HINT_WORDS or not combined_search_available():
            return self.lines_matching(hints.pattern, folded=True, dropped_too=dropped_too, max_words=max_words)
        if self._hint_masks is None:
            joined, starts = self._joined_text(True, COMBINED_HINT_WORDS)
            self._hint_masks = hint_masks(joined, starts)
        bit, spaces, dropped = hints.bit, self._spaces_per_line(), self.dropped
        return [i for i, mask in self._hint_masks
                if mask & bit and spaces[i] < bucket and (dropped_too or dropped[i] is None)]

    def contains_any(self, pieces: tuple[str, ...], folded: bool = False) -> bool:
        """Does any line hold one of `pieces` (as written, or in the case-folded text if `folded`)?"""
        joined = self._joined_text(folded, None)[0]
        return any(piece in joined for piece in pieces)

    def _joined_text(self, folded: bool, max_words: int | None, kept_only: bool = False,
                     newline_first: bool = False) -> tuple[str, list[int]]:
        """The lines joined by newlines (perhaps with one before the first) and where each starts, without
        that newline: a match of a pattern starting with it starts where its line does."""
        key = (folded, max_words, kept_only, newline_first)
        cached = self._joined.get(key)
        if cached is not None and (not kept_only or cached[2] == self._drops):
            return cached[0], cached[1]
        if folded:
            if self._folded_texts is None:
                # most lines of a page are ASCII even where some are not: each is folded as what it is
                self._folded_texts = list(map(fold, self.texts))
            source = self._folded_texts
        else:
            source = self.texts
        spaces = self._spaces_per_line() if max_words is not None else []
        if kept_only:
            # few lines are left by now: the rest are blanked at once
            texts = [""] * len(source)
            for i in self.kept():
                if max_words is None or spaces[i] < max_words:
                    texts[i] = source[i]
        elif max_words is not None:
            texts = [t if n < max_words else "" for t, n in zip(source, spaces)]
        else:
            texts = source
        # a line starts one newline after the end of the one before
        starts = list(map(add, accumulate(map(len, texts), initial=0), count()))
        starts.pop()
        joined = "\n".join(texts)
        if newline_first:
            joined = "\n" + joined
        self._joined[key] = (joined, starts, self._drops)
        return joined, starts

    def _spaces_per_line(self) -> list[int]:
        """How many spaces each line holds: texts are normalised, so a line of n words holds n - 1."""
        if self._spaces is None:
            self._spaces = [t.count(" ") for t in self.texts]
        return self._spaces

    def role(self, name: str) -> list[tuple[int, str | None]]:
        return self.roles.get(name, [])

    def first_kept(self) -> int | None:
        """The first line still kept, as it is now."""
        kept = self.kept()
        return kept[0] if kept else None

    def apply(self, cleaner: str, decision: Decision) -> None:
        """Record a decision (the pipeline has checked it)."""
        i = decision.line
        if decision.role is not None:
            self.roles.setdefault(decision.role, []).append((i, decision.value))
        if decision.action == "drop":
            if self.dropped[i] is None:
                self.dropped[i] = (cleaner, decision)
                self._kept_stale = True
                self._drops += 1
        elif decision.action == "strip":
            new = normalise(decision.text or "")
            if new != self.texts[i]:
                self.texts[i] = new
                self.stripped[i] = (cleaner, decision)
                self._stats[i] = None
                self._joined.clear()
                self._folded_texts = self._spaces = self._hint_masks = None
                self._kept_stale = True

    def line_decisions(self) -> tuple[LineDecision, ...]:
        """What became of each line, for the Article (built straight from tuples: pages have many lines)."""
        make = tuple.__new__
        out = []
        for i, (text, drop, strip) in enumerate(zip(self.texts, self.dropped, self.stripped)):
            if drop is not None:
                out.append(make(LineDecision, (i, False, drop[0], drop[1].reason, drop[1].role)))
            elif strip is not None:
                out.append(make(LineDecision, (i, bool(text), strip[0], strip[1].reason, None)))
            elif text:
                out.append(make(LineDecision, (i, True, None, None, None)))
            else:
                out.append(make(LineDecision, (i, False, None, "blank", None)))
        return tuple(out)
