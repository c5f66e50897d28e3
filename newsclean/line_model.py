"""A small logistic model of how likely a line is article text, from language-neutral features of the line
and its neighbours. Its weights live in `data/line_model.json`; `benchmarks/train_line_model.py` rebuilds them
from the shared benchmark pages."""
from __future__ import annotations

import bisect
import json
import math
import re

from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count, repeat
from operator import add, gt, lt, or_, sub, truediv
from typing import Sequence

from .document import DIGIT, Document, upper_starts, upper_starts_each

FEATURES = (
    "bias", "log_size", "ends_sentence", "ends_colon", "title_case", "has_digit", "commas", "avg_word_len",
    "before_headline", "log_lines_after_headline", "relative_position", "repeated", "separators", "all_caps",
    "prev_log_size", "prev_ends_sentence", "next_log_size", "next_ends_sentence", "window_prose", "short",
    "starts_bullet", "unspaced_share", "short_word_share", "log_sentences", "wide_window_prose", "quote_marks",
    "web_marks", "prev_title_case", "next_title_case", "after_break", "before_break", "log_chars",
)
_QUOTE_MARK = re.compile('["“”«»„「」]')
_SEPARATORS = frozenset("|»›•·>/")
_BULLETS = frozenset("-–—•*·►▪●✓✔")
_SENTENCE_GAPS = (". ", "! ", "? ", "。", "！", "？")
SAMPLE_CHARS = 240


TRIVIAL_MAX_WORDS = 4
"""A line of at most this many words that does not end like a sentence (a menu entry, a label) is trivial:
nearly never article text, so the model is not asked about it."""
TRIVIAL_PROBABILITY = 0.02
"""What the model gives trivial lines (on the shared benches, nearly all of them score far below the threshold)."""


def feature_columns(doc: Document, kept: Sequence[int], headline: int, total: int,
                    breaks: frozenset[int] = frozenset(), skip_trivial: bool = False
                    ) -> tuple[list[int], list[list[float]]]:
    """The features of the kept lines (all, or the non-trivial ones if `skip_trivial`) as columns in the order
    of `FEATURES`, with the positions in `kept` they describe. Computed a column at a time: one tight loop per
    feature costs less than one call per line, and a loop mapped over builtins (no Python step per line) less
    still. The measures come from the page's columns and the texts, not from each line's `LineStats`, which
    would be made for every line described."""
    if not kept:
        return [], [[] for _ in FEATURES]
    # the lengths and ends of all kept lines, which the columns of their neighbours read, are taken from the
    # page's columns; the other measures are worked out for the lines described alone (on a page of many short
    # lines, few or none of them)
    size = list(map(doc.sizes().__getitem__, kept))
    ended = list(map(doc.sentence_ends().__getitem__, kept))
    n = len(kept)
    if skip_trivial:  # not trivial: longer than a few words, or ending like a sentence
        at = list(compress(count(), map(or_, map(lt, repeat(TRIVIAL_MAX_WORDS), size), ended)))
    else:
        at = list(range(n))
    if not at:
        return at, [[] for _ in FEATURES]
    texts = list(map(doc.texts.__getitem__, kept))
    # a page's lines have few distinct lengths: each one's logarithm is taken once and looked up for every line
    log_sizes = {words: math.log1p(words) for words in set(size)}
    sizes = list(map(log_sizes.__getitem__, size))
    ends = list(map(_FLOAT_OF.__getitem__, ended))
    # prose lines counted in whole numbers (the window shares come out the same), which Python does not make
    # anew for each line as it makes each float
    prose = [0] * n  # a trivial line is no prose
    for k in at:
        if (ended[k] and size[k] >= 5) or size[k] >= 15:
            prose[k] = 1
    prefix = list(accumulate(prose, initial=0))
    tx = list(map(texts.__getitem__, at))
    lines = list(map(kept.__getitem__, at))
    # a line of n words holds n - 1 spaces (at least one word counted, as for an empty line)
    words = list(map((1).__add__, map(doc.spaces_per_line().__getitem__, lines)))
    chars = list(map(len, tx))
    samples = [t if len(t) <= SAMPLE_CHARS else t[:SAMPLE_CHARS] for t in tx]
    sample_words = [x.count(" ") + 1 for x in samples]
    span = max(total, 1)
    sorted_breaks = sorted(breaks)
    shares = _title_shares(doc, kept, texts, at)
    zeros = [0.0] * len(at)
    columns = [
        [1.0] * len(at),
        list(map(sizes.__getitem__, at)),
        list(map(ends.__getitem__, at)),
        list(map(float, map(str.endswith, tx, repeat(":")))),
        # a line no longer than its sample has its whole text's share, which its neighbours' columns read too
        [shares[k] if len(t) <= SAMPLE_CHARS else min(upper_starts(x) / w, 1.0)
         for k, x, t, w in zip(at, samples, tx, sample_words)],
        list(map(float, map(_holds_digit, tx))),
        list(map(min, map(truediv, map(str.count, tx, repeat(",")), words), repeat(1.0))),
        [min(c / w, 20.0) / 10.0 for c, w in zip(chars, words)],
        list(map(float, map(headline.__gt__, lines))) if headline >= 0 else zeros.copy(),
        [math.log1p(i - headline) if headline >= 0 and i > headline else (math.log1p(i) if headline < 0 and i > 0
                                                                            else 0.0) for i in lines],
        list(map(truediv, lines, repeat(span))),
        _repeated(texts, tx),
        [1.0 if w <= 12 and not _SEPARATORS.isdisjoint(t) else 0.0 for t, w in zip(tx, words)],
        list(map(float, map(str.isupper, tx))),
        [sizes[k - 1] if k > 0 else 0.0 for k in at],
        [ends[k - 1] if k > 0 else 0.0 for k in at],
        [sizes[k + 1] if k + 1 < n else 0.0 for k in at],
        [ends[k + 1] if k + 1 < n else 0.0 for k in at],
        _window_shares(prefix, at, n, 3, 4, prose),
        list(map(float, map(gt, repeat(5), map(size.__getitem__, at)))),
        [1.0 if t[:1] in _BULLETS or t[:2].rstrip(".)").isdigit() else 0.0 for t in tx],
        zeros.copy() if doc.is_ascii() else
        list(map(truediv, map(doc.unspaced_counts().__getitem__, lines), map(max, chars, repeat(1)))),
        [min(len([word for word in x.split() if len(word) <= 3]) / w, 1.0) for x, w in zip(samples, sample_words)],
        [math.log1p(sum(map(t.count, _SENTENCE_GAPS))) for t in tx],
        _window_shares(prefix, at, n, 10, 11),
        list(map(float, map(bool, map(_QUOTE_MARK.search, tx)))),
        list(map(float, map(_has_web_mark, tx))),
        [shares[k - 1] if k > 0 else 0.0 for k in at],
        [shares[k + 1] if k + 1 < n else 0.0 for k in at],
        [1.0 if _near(sorted_breaks, kept[k - 3] if k >= 3 else 0, kept[k]) else 0.0 for k in at]
        if sorted_breaks else zeros.copy(),
        [1.0 if _near(sorted_breaks, kept[k], kept[k + 3] if k + 3 < n else total) else 0.0 for k in at]
        if sorted_breaks else zeros.copy(),
        [math.log1p(c) / 5.0 for c in chars],
    ]
    return at, columns


_FLOAT_OF = {False: 0.0, True: 1.0}
"""`float` of a bool, looked up (quicker than a call of `float` for each line)."""


REPEATS_COUNTED_EACH = 8
"""Up to this many distinct lines described, each one's copies are counted by a search of the kept lines (quicker
than counting every kept line's, when the page is many short lines and few are described)."""


def _repeated(texts: list[str], described: list[str]) -> list[float]:
    """For each of the `described` texts, 1.0 if it stands more than once among `texts`, else 0.0."""
    wanted = set(described)
    counts = {t: texts.count(t) for t in wanted} if len(wanted) <= REPEATS_COUNTED_EACH else Counter(texts)
    return list(map(float, map(lt, repeat(1), map(counts.__getitem__, described))))


def _window_shares(prefix: list[int], at: list[int], n: int, before: int, after: int,
                   own: list[int] | None = None) -> list[float]:
    """For each position k of `at`, the share of prose lines among the kept lines from k - `before` to
    k + `after` - 1 (those there are), `prefix` counting the prose lines before each position; with `own`, the
    line at k itself is left out of the count and the lines. Mapped over builtins, without a Python step per line
    (a page may have 100,000 lines)."""
    starts = list(map(max, repeat(0), map((-before).__add__, at)))
    ends = list(map(min, repeat(n), map(after.__add__, at)))
    prose = map(sub, map(prefix.__getitem__, ends), map(prefix.__getitem__, starts))
    lines = map(sub, ends, starts)
    if own is not None:
        prose = map(sub, prose, map(own.__getitem__, at))
        lines = map(sub, lines, repeat(1))
    return list(map(truediv, prose, map(max, lines, repeat(1))))


def _title_shares(doc: Document, kept: Sequence[int], texts: list[str], at: list[int]) -> list[float]:
    """The share of words that start with a capital (`LineStats.title_case`) of the kept lines, whose texts are
    `texts`, at most 1 (a word may hold several capitals after hyphens or slashes: "Cat-found-in-New-Mexico").
    Worked out for the lines at the positions `at` and their neighbours alone (0 for the others): the trivial
    lines between them are many."""
    n = len(kept)
    wanted = set(at)
    wanted.update(map((-1).__add__, at), map((1).__add__, at))
    wanted.discard(-1)
    wanted.discard(n)
    where = sorted(wanted)
    lines = list(map(kept.__getitem__, where))
    wanted_texts = list(map(texts.__getitem__, where))
    uppers = upper_starts_each(wanted_texts, doc.is_ascii())
    # a line of n words holds n - 1 spaces; an empty line has no words, and no share
    words = map(add, map(doc.spaces_per_line().__getitem__, lines), map(bool, wanted_texts))
    shares = [0.0] * n
    for k, u, w in zip(where, uppers, words):
        shares[k] = min(u / w, 1.0) if w else 0.0
    return shares


def _holds_digit(text: str) -> bool:
    """Does a line hold a digit (`DIGIT`)? The ASCII digits are looked for first, each by a quick search for one
    character (the pattern tries every character of a long line); the pattern looks for others."""
    return "0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or \
        "6" in text or "7" in text or "8" in text or "9" in text or \
        (not text.isascii() and DIGIT.search(text) is not None)


def _has_web_mark(text: str) -> bool:
    """Does a line hold a web address or handle? (plain substring tests: a fast search per mark beats one
    pattern over a long line)"""
    return "http" in text or "www." in text or "@" in text or "#" in text or ".com" in text


def line_features(doc: Document, kept: Sequence[int], headline: int, total: int,
                  breaks: frozenset[int] = frozenset(), skip_trivial: bool = False) -> list[list[float] | None]:
    """One feature vector per kept line, in the order of `FEATURES` (None for trivial lines if `skip_trivial`)."""
    at, columns = feature_columns(doc, kept, headline, total, breaks, skip_trivial)
    rows: list[list[float] | None] = [None] * len(kept)
    for k, row in zip(at, zip(*columns)):
        rows[k] = list(row)
    return rows


def line_probabilities(doc: Document, kept: Sequence[int], headline: int, total: int, breaks: frozenset[int],
                       weights: Sequence[float]) -> list[float]:
    """The model's probability that each kept line is article text (`TRIVIAL_PROBABILITY` for trivial lines)."""
    at, columns = feature_columns(doc, kept, headline, total, breaks, skip_trivial=True)
    scores = [0.0] * len(at)
    for weight, column in zip(weights, columns):
        if weight:
            # each line's score summed in the order of the features, as before, so the sums stay exactly the same
            scores = list(map(add, scores, map(weight.__mul__, column)))
    out = [TRIVIAL_PROBABILITY] * len(kept)
    for k, z in zip(at, scores):
        out[k] = 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))
    return out


def _near(breaks: list[int], lo: int, hi: int) -> bool:
    """Is there a break strictly between lines lo and hi?"""
    k = bisect.bisect_right(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


class LineModel:
    """The model's weights, from `data/<name>`."""

    def __init__(self, name: str = "line_model.json") -> None:
        data = json.loads(resources.files("newsclean").joinpath(f"data/{name}").read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"data/{name} was trained on other features; rebuild it")
        self.weights = tuple(float(w) for w in data["weights"])


@lru_cache(maxsize=None)
def load_model(name: str = "line_model.json") -> LineModel:
    return LineModel(name)
