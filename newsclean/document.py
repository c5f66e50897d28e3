"""The page as a document of lines, with the cleaners' decisions beside it."""
from __future__ import annotations

from itertools import compress, count, repeat
from operator import add, gt, is_, itemgetter
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, NamedTuple, Sequence

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
_SENTENCE_END_CHARS = frozenset(_SENTENCE_END)
_LAST = slice(-1, None)


# Characters that show nothing: a line of nothing else is blank (zero-width space and joiners, word joiner,
# byte-order mark, soft hyphen). Inside a line they stay: joiners shape Persian and Indic words.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SHOWS_NOTHING = INVISIBLE + " "


def normalise(text: str) -> str:
    """Collapse every run of white space (non-breaking spaces too) to one space and trim; a line that shows
    nothing becomes empty."""
    line = " ".join(text.split())
    return line if line.strip(_SHOWS_NOTHING) else ""


def _shown(lines: list[str], page: str) -> list[str]:
    """Each line (white space normalised already), or "" for a line that shows nothing, as `normalise` gives.
    `page` is the lines' text: when it holds no invisible character, a normalised line that shows nothing is
    empty already and the lines are taken as they are (no Python step per line on a page of many short lines)."""
    if not any(char in page for char in INVISIBLE):
        return lines
    return [line if line.strip(_SHOWS_NOTHING) else "" for line in lines]


def fold(text: str) -> str:
    """`text` case-folded (Python lowers an ASCII text as quickly as it would with `str.lower`, the same
    here)."""
    return text.casefold()


def upper_starts(text: str) -> int:
    """How many words of `text` start with a capital letter."""
    return len((_UPPER_START_ASCII if text.isascii() else _UPPER_START).findall(text))


def upper_starts_each(texts: Iterable[str], ascii: bool = False) -> list[int]:
    """`upper_starts` of each text; when all are ASCII (`ascii`), the ASCII pattern is mapped over them without
    a Python step per text."""
    ascii_starts = _UPPER_START_ASCII.findall
    if ascii:
        return list(map(len, map(ascii_starts, texts)))
    starts = _UPPER_START.findall
    return [len(ascii_starts(text) if text.isascii() else starts(text)) for text in texts]


def unspaced_chars(text: str) -> int:
    """How many characters of scripts written without spaces `text` holds."""
    return 0 if text.isascii() or not MAY_BE_UNSPACED.search(text) else len(UNSPACED.findall(text))


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
        unspaced = self.unspaced = unspaced_chars(text)
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


def drops(lines: Iterable[int], reason: str) -> Iterator[Decision]:
    """Decisions that drop each of `lines` for one reason, made without a Python step per line (a cleaner may
    drop most of a page of 100,000 lines)."""
    return map(tuple.__new__, repeat(Decision), zip(lines, repeat("drop"), repeat(reason), repeat(None),
                                                    repeat(None), repeat(None)))


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
    summaries: tuple[str, ...] = ()
    """For a page read from HTML, the article's summary as its metadata gives it (its description)."""

    def __init__(self, text: str) -> None:
        # lines end at "\n" only (read_source has turned "\r\n" and "\r" into it); other separators such as
        # form feeds stay inside lines as white space, so line numbers match the file's
        lines = text.split("\n")
        if lines and not lines[-1]:
            lines.pop()
        # `normalise` of each line, its steps mapped over the lines (one Python call per page, not per line)
        self._start(lines, _shown(list(map(" ".join, map(str.split, lines))), text))

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> Document:
        """The document of lines that are normalised already (white space as `normalise` leaves it, no newline
        in them), such as an HTML page's blocks."""
        doc = cls.__new__(cls)
        lines = list(lines)
        doc._start(lines, _shown(lines.copy(), "".join(lines)))
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
        self._joined: dict[tuple[bool, int | None, bool, bool], tuple[str, Sequence[int], int]] = {}
        self._drops = 0
        """How many lines have been dropped: searches of the kept lines are made anew after more drops."""
        self._folded_texts: list[str] | None = None
        self._spaces: list[int] | None = None
        self._most_spaces: int | None = None
        self._ascii: bool | None = None
        self._sizes: list[float] | None = None
        self._words: list[int] | None = None
        self._unspaced: list[int] | None = None
        self._ends: list[bool] | None = None
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
        # found without a Python step per line: a page may have 100,000 lines
        if self._kept is None:
            shown = tuple(compress(count(), self.texts))
            # before any line is dropped (on a page of many short lines, until main_block drops them), all are kept
            self._kept = tuple(compress(shown, map(is_, map(self.dropped.__getitem__, shown), repeat(None)))) \
                if self._drops else shown
        elif self._kept_stale:
            # a line once dropped or emptied is never kept again: the lines kept before are read again, not all,
            # and those still kept (after a cleaner that drops most lines, few) for their text
            undropped = list(compress(self._kept, map(is_, map(self.dropped.__getitem__, self._kept), repeat(None))))
            self._kept = tuple(compress(undropped, map(self.texts.__getitem__, undropped)))
        self._kept_stale = False
        return self._kept

    def sizes(self) -> list[float]:
        """Every line's length in words (`LineStats.size`), worked out for the whole page at once."""
        if self._sizes is None:
            sizes = list(map(float, self.word_counts()))
            if not self.is_ascii():
                unspaced = self.unspaced_counts()  # the characters of unspaced scripts count too, half a word each
                for i in compress(count(), unspaced):
                    sizes[i] += unspaced[i] / 2
            self._sizes = sizes
        return self._sizes

    def unspaced_counts(self) -> list[int]:
        """Every line's characters of scripts written without spaces (`LineStats.unspaced`), for the whole page at
        once: only the lines that may hold them are read one at a time."""
        if self._unspaced is None:
            texts = self.texts
            counts = [0] * len(texts)
            if not self.is_ascii():
                for i in compress(count(), map(MAY_BE_UNSPACED.search, texts)):
                    counts[i] = unspaced_chars(texts[i])
            self._unspaced = counts
        return self._unspaced

    def word_counts(self) -> list[int]:
        """Every line's words (`LineStats.words`), worked out for the whole page at once."""
        if self._words is None:
            # a line of n words holds n - 1 spaces; an empty line has no words
            self._words = list(map(add, self.spaces_per_line(), map(bool, self.texts)))
        return self._words

    def sentence_ends(self) -> list[bool]:
        """For every line, whether it ends like a sentence (`LineStats.ends_sentence`), for the whole page at once."""
        if self._ends is None:
            last = map(itemgetter(_LAST), map(str.rstrip, self.texts, repeat(_CLOSERS_AND_SPACE)))
            self._ends = list(map(_SENTENCE_END_CHARS.__contains__, last))
        return self._ends

    def lines_matching(self, pattern: re.Pattern[str] | regex.Pattern[str], folded: bool = False,
                       dropped_too: bool = False, max_words: int | None = SCAN_MAX_WORDS,
                       newline_first: bool = False) -> list[int]:
        """The kept lines (all lines with text if `dropped_too`) in which `pattern` matches, searched in the
        case-folded text if `folded`. Lines of more than `max_words` words (rounded up to one of
        `SCAN_WORD_BUCKETS`) are left out, and None leaves none out: a cleaner passes the longest line its rules
        can drop, so the pattern reads little more text than it needs, and checks the lengths it is given.

        The whole page is searched in one pass of the pattern over its lines with text joined by newlines, so a
        cleaner looks in Python only at the few lines that may concern it. Patterns meant for one line must not cross
        a newline; anchor them with `(?m)^` and `$`.

        With `newline_first`, a newline stands before the first line too, and a pattern for the start of a line
        starts with it (`\n(?:by|von)`): the matcher skips from one newline to the next, where it tries `^` at
        every character.
        """
        max_words = _scan_bucket(max_words)
        # once many lines are dropped (on HTML pages, most of them early), a search of the kept lines alone
        # reads much less; with few dropped, the search of all lines made for an earlier cleaner serves
        kept_only = not dropped_too and self._drops >= KEPT_ONLY_SHARE * len(self.texts)
        # a pattern that starts at a newline passes over the text of a long line quickly: the lines of every
        # length are searched (their text joined once for all limits), the long ones left out of what is found
        longest = max_words if newline_first else None
        joined, lines = self._joined_text(folded, None if newline_first else max_words, kept_only, newline_first)
        found: list[int] = []
        if not lines:
            return found
        # the line a match starts in is the number of newlines before it (not counting the one before the first
        # line), counted on from the match before; a match of a pattern starting at a newline starts in the line
        # that newline opens
        first = 1 if newline_first else 0
        pos, k, counted = 0, 0, first
        dropped, spaces = self.dropped, self.spaces_per_line()
        while True:
            m = pattern.search(joined, pos)
            if m is None:
                break
            at = m.start() + first
            k += joined.count("\n", counted, at)
            counted = at
            i = lines[k]
            if (dropped_too or dropped[i] is None) and (longest is None or spaces[i] < longest):
                found.append(i)
            # on from the next line's start (with `newline_first`, from the newline before it)
            pos = joined.find("\n", at)
            if pos < 0:
                break
            pos += 1 - first
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
            joined, lines = self._joined_text(True, COMBINED_HINT_WORDS)
            self._hint_masks = [(lines[k], mask) for k, mask in hint_masks(joined)]
        bit, spaces, dropped = hints.bit, self.spaces_per_line(), self.dropped
        return [i for i, mask in self._hint_masks
                if mask & bit and spaces[i] < bucket and (dropped_too or dropped[i] is None)]

    def contains_any(self, pieces: tuple[str, ...], folded: bool = False) -> bool:
        """Does any line hold one of `pieces` (as written, or in the case-folded text if `folded`)?"""
        joined = self._joined_text(folded, None)[0]
        return any(piece in joined for piece in pieces)

    def _joined_text(self, folded: bool, max_words: int | None, kept_only: bool = False,
                     newline_first: bool = False) -> tuple[str, Sequence[int]]:
        """The lines that hold text (perhaps the kept ones, of at most `max_words` words) joined by newlines,
        perhaps with one before the first, and which line each is. Lines without text are left out: a page may be
        mostly blank lines, which no search needs to read. (Where each line starts is not listed: a search counts
        the newlines before what it finds, which costs no step per line of a page of many short lines.)"""
        key = (folded, max_words, kept_only, newline_first)
        cached = self._joined.get(key)
        if cached is not None and (not kept_only or cached[2] == self._drops):
            return cached[0], cached[1]
        if newline_first:  # the same lines as without the newline before the first line
            joined, lines = self._joined_text(folded, max_words, kept_only)
            joined = "\n" + joined
        elif folded and self.is_ascii():
            # an ASCII text folds to its lower case character for character
            joined, lines = self._joined_text(False, max_words, kept_only)
            joined = joined.lower()
        elif max_words is not None and not kept_only and self.most_spaces() < max_words:
            # no line is too long: the search of every line serves (the page is joined once, not once per limit)
            joined, lines = self._joined_text(folded, None)
        else:
            source = self._folded() if folded else self.texts
            if kept_only:
                lines = self.kept()
            else:
                # the lines with text (a line's text folds to some): all of them, on many pages
                lines = range(len(source)) if all(source) else list(compress(count(), source))
            if max_words is not None:
                # on most pages, few lines are too long: they are left out without a Python step per line
                spaces = self.spaces_per_line()
                lines = list(compress(lines, map(gt, repeat(max_words), map(spaces.__getitem__, lines))))
            joined = "\n".join(source if isinstance(lines, range) else map(source.__getitem__, lines))
        self._joined[key] = (joined, lines, self._drops)
        return joined, lines

    def is_ascii(self) -> bool:
        """Is every line's text ASCII?"""
        if self._ascii is None:
            self._ascii = all(map(str.isascii, self.texts))
        return self._ascii

    def _folded(self) -> list[str]:
        """Every line case-folded, as `fold` folds it."""
        if self._folded_texts is None:
            self._folded_texts = list(map(str.casefold, self.texts))  # `fold` of each, without a call each
        return self._folded_texts

    def most_spaces(self) -> int:
        """The most spaces a line holds (the longest line's words, less one), found once for all search limits."""
        if self._most_spaces is None:
            self._most_spaces = max(self.spaces_per_line(), default=0)
        return self._most_spaces

    def spaces_per_line(self) -> list[int]:
        """How many spaces each line holds: texts are normalised, so a line of n words holds n - 1."""
        if self._spaces is None:
            self._spaces = list(map(str.count, self.texts, repeat(" ")))
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
                self._folded_texts = self._spaces = self._most_spaces = self._hint_masks = self._sizes = self._ends = \
                    self._ascii = self._words = self._unspaced = None
                self._kept_stale = True

    def apply_all(self, cleaner: str, decisions: Iterable[Decision]) -> None:
        """Record decisions in order, as `apply` records each; a drop without a role (most decisions are) is
        recorded without a call."""
        dropped, new_drops = self.dropped, 0
        for decision in decisions:
            i, action, _, _, role, _ = decision
            if action == "drop" and role is None:
                if dropped[i] is None:
                    dropped[i] = (cleaner, decision)
                    new_drops += 1
            else:
                self.apply(cleaner, decision)
        if new_drops:
            self._kept_stale = True
            self._drops += new_drops

    def line_decisions(self) -> tuple[LineDecision, ...]:
        """What became of each line, for the Article (built straight from tuples, in one comprehension: a page
        may have 100,000 lines)."""
        make = tuple.__new__
        return tuple([make(LineDecision, (i, False, drop[0], drop[1].reason, drop[1].role)) if drop is not None
                      else make(LineDecision, (i, bool(text), strip[0], strip[1].reason, None)) if strip is not None
                      else make(LineDecision, (i, True, None, None, None)) if text
                      else make(LineDecision, (i, False, None, "blank", None))
                      for i, text, drop, strip in zip(count(), self.texts, self.dropped, self.stripped)])
