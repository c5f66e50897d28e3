"""A small logistic model of how likely a line is article text, from language-neutral features of the line
and its neighbours. Its weights live in `data/line_model.json`; `benchmarks/train_line_model.py` rebuilds them
from the shared benchmark pages."""
from __future__ import annotations

import bisect
import json
import math

from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count, repeat
from operator import add, lt, or_
from typing import Sequence

from .document import Document, upper_starts

FEATURES = (
    "bias", "log_size", "ends_sentence", "ends_colon", "title_case", "has_digit", "commas", "avg_word_len",
    "before_headline", "log_lines_after_headline", "relative_position", "repeated", "separators", "all_caps",
    "prev_log_size", "prev_ends_sentence", "next_log_size", "next_ends_sentence", "window_prose", "short",
    "starts_bullet", "unspaced_share", "short_word_share", "log_sentences", "wide_window_prose", "quote_marks",
    "web_marks", "prev_title_case", "next_title_case", "after_break", "before_break", "log_chars",
)
# substring tests: a fast search per mark beats one pattern over a long line
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„", "「", "」")
_WEB = ("http", "www.", "@", "#", ".com")
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
    feature costs less than one call per line."""
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
    counts = Counter(texts)
    sizes = list(map(math.log1p, size))
    ends = list(map(float, ended))
    # prose lines counted in whole numbers (the window shares come out the same), which Python does not make
    # anew for each line as it makes each float
    prose = [0] * n  # a trivial line is no prose
    for k in at:
        if (ended[k] and size[k] >= 5) or size[k] >= 15:
            prose[k] = 1
    prefix = list(accumulate(prose, initial=0))
    st = [doc.stats(kept[k]) for k in at]
    tx = [texts[k] for k in at]
    lines = [kept[k] for k in at]
    words = [max(s.words, 1) for s in st]
    samples = [t if len(t) <= SAMPLE_CHARS else t[:SAMPLE_CHARS] for t in tx]
    sample_words = [x.count(" ") + 1 for x in samples]
    span = max(total, 1)
    sorted_breaks = sorted(breaks)

    def title_share(k: int) -> float:
        # a share: a word may hold several capitals after hyphens or slashes ("Cat-found-in-New-Mexico")
        return min(doc.stats(kept[k]).title_case, 1.0) if 0 <= k < n else 0.0

    columns = [
        [1.0] * len(at),
        [sizes[k] for k in at],
        [ends[k] for k in at],
        [1.0 if t.endswith(":") else 0.0 for t in tx],
        # a line no longer than its sample has the share its stats keep, which its neighbours' columns read too
        [min(s.title_case if len(t) <= SAMPLE_CHARS else upper_starts(x) / w, 1.0)
         for x, t, s, w in zip(samples, tx, st, sample_words)],
        # a digit in the sample, or anywhere in a longer line: a digit in the line
        [1.0 if s.has_digit else 0.0 for s in st],
        [min(t.count(",") / w, 1.0) for t, w in zip(tx, words)],
        [min(len(t) / w, 20.0) / 10.0 for t, w in zip(tx, words)],
        [1.0 if 0 <= headline and i < headline else 0.0 for i in lines],
        [math.log1p(i - headline) if headline >= 0 and i > headline else (math.log1p(i) if headline < 0 and i > 0
                                                                            else 0.0) for i in lines],
        [i / span for i in lines],
        [1.0 if counts[t] > 1 else 0.0 for t in tx],
        [1.0 if s.words <= 12 and not _SEPARATORS.isdisjoint(t) else 0.0 for t, s in zip(tx, st)],
        [1.0 if t.isupper() else 0.0 for t in tx],
        [sizes[k - 1] if k > 0 else 0.0 for k in at],
        [ends[k - 1] if k > 0 else 0.0 for k in at],
        [sizes[k + 1] if k + 1 < n else 0.0 for k in at],
        [ends[k + 1] if k + 1 < n else 0.0 for k in at],
        [(prefix[min(n, k + 4)] - prefix[max(0, k - 3)] - prose[k]) / max(min(n, k + 4) - max(0, k - 3) - 1, 1)
         for k in at],
        [1.0 if s.size < 5 else 0.0 for s in st],
        [1.0 if t[:1] in _BULLETS or t[:2].rstrip(".)").isdigit() else 0.0 for t in tx],
        [s.unspaced / max(s.chars, 1) for s in st],
        [min(len([word for word in x.split() if len(word) <= 3]) / w, 1.0) for x, w in zip(samples, sample_words)],
        [math.log1p(sum(map(t.count, _SENTENCE_GAPS))) for t in tx],
        [(prefix[min(n, k + 11)] - prefix[max(0, k - 10)]) / max(min(n, k + 11) - max(0, k - 10), 1) for k in at],
        [1.0 if any(mark in t for mark in _QUOTE_MARKS) else 0.0 for t in tx],
        [1.0 if any(mark in t for mark in _WEB) else 0.0 for t in tx],
        [title_share(k - 1) for k in at],
        [title_share(k + 1) for k in at],
        [1.0 if sorted_breaks and _near(sorted_breaks, kept[k - 3] if k >= 3 else 0, kept[k]) else 0.0 for k in at],
        [1.0 if sorted_breaks and _near(sorted_breaks, kept[k], kept[k + 3] if k + 3 < n else total) else 0.0
         for k in at],
        [math.log1p(s.chars) / 5.0 for s in st],
    ]
    return at, columns


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
