"""A small logistic model of how likely a line is article text, from language-neutral features of the line
and its neighbours. Its weights live in `data/line_model.json`; `benchmarks/train_line_model.py` rebuilds them
from the shared benchmark pages."""
from __future__ import annotations

import bisect
import json
import math
import operator
import re

import regex
from functools import lru_cache
from importlib import resources
from typing import Sequence

from .document import Document, LineStats

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
_DIGIT = re.compile(r"\d")
_UPPER_ASCII = re.compile(r"\b[A-Z]")
_UPPER = regex.compile(r"\b\p{Lu}")
_SEPARATORS = frozenset("|»›•·>/")
_BULLETS = frozenset("-–—•*·►▪●✓✔")
_SENTENCE_GAPS = (". ", "! ", "? ", "。", "！", "？")
SAMPLE_CHARS = 240


def _own_features(text: str, s: LineStats) -> tuple[float, ...]:
    """The features of a line that do not depend on its neighbours. Shares of words are read off the line's
    first `SAMPLE_CHARS` characters: a long line's start tells as much, at a fixed cost."""
    words = max(s.words, 1)
    sample = text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS]
    sample_words = sample.count(" ") + 1
    sentences = sum(map(text.count, _SENTENCE_GAPS))
    return (
        1.0 if text.endswith(":") else 0.0,
        len((_UPPER_ASCII if sample.isascii() else _UPPER).findall(sample)) / sample_words,
        1.0 if _DIGIT.search(sample) or (len(text) > SAMPLE_CHARS and s.has_digit) else 0.0,
        min(text.count(",") / words, 1.0),
        min(len(text) / words, 20.0) / 10.0,
        1.0 if s.words <= 12 and not _SEPARATORS.isdisjoint(text) else 0.0,
        1.0 if text.isupper() else 0.0,
        1.0 if text[:1] in _BULLETS or text[:2].rstrip(".)").isdigit() else 0.0,
        s.unspaced / max(s.chars, 1),
        min(sum(1 for word in sample.split() if len(word) <= 3) / sample_words, 1.0),
        math.log1p(sentences),
        1.0 if any(mark in text for mark in _QUOTE_MARKS) else 0.0,
        1.0 if any(mark in text for mark in _WEB) else 0.0,
        math.log1p(s.chars) / 5.0,
    )


def is_trivial(s: LineStats) -> bool:
    """A line of a few words that does not end like a sentence (a menu entry, a label): nearly never article
    text, so the model is not asked about it."""
    return s.size <= TRIVIAL_MAX_WORDS and not s.ends_sentence


TRIVIAL_MAX_WORDS = 3
TRIVIAL_PROBABILITY = 0.02
"""What the model gives trivial lines (on the shared benches, 99% of them score below 0.36, half below 0.005)."""


def line_features(doc: Document, kept: Sequence[int], headline: int, total: int,
                  breaks: frozenset[int] = frozenset(), skip_trivial: bool = False) -> list[list[float] | None]:
    """One feature vector per kept line, in the order of `FEATURES` (None for trivial lines if `skip_trivial`)."""
    stats = [doc.stats(i) for i in kept]
    texts = [doc.texts[i] for i in kept]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    sizes = [math.log1p(s.size) for s in stats]
    ends = [1.0 if s.ends_sentence else 0.0 for s in stats]
    titles = [s.title_case for s in stats]
    prose = [1.0 if (s.ends_sentence and s.size >= 5) or s.size >= 15 else 0.0 for s in stats]
    n = len(kept)
    # prose share over windows of kept lines around each line, from a prefix sum
    prefix = [0.0]
    for p in prose:
        prefix.append(prefix[-1] + p)
    sorted_breaks = sorted(breaks)
    out: list[list[float] | None] = []
    span = max(total, 1)
    for k, i in enumerate(kept):
        s = stats[k]
        if skip_trivial and is_trivial(s):
            out.append(None)
            continue
        text = texts[k]
        (colon, title_case, digit, commas, word_len, separators, caps, bullet, unspaced, short_words, sentences,
         quotes, web, chars) = _own_features(text, s)
        lo, hi = max(0, k - 3), min(n, k + 4)
        wlo, whi = max(0, k - 10), min(n, k + 11)
        after = i - headline if headline >= 0 else i
        first, last = k == 0, k + 1 == n
        out.append([
            1.0, sizes[k], ends[k], colon, title_case, digit, commas, word_len,
            1.0 if headline >= 0 and i < headline else 0.0,
            math.log1p(after) if after > 0 else 0.0,
            i / span,
            1.0 if counts[text] > 1 else 0.0,
            separators, caps,
            0.0 if first else sizes[k - 1],
            0.0 if first else ends[k - 1],
            0.0 if last else sizes[k + 1],
            0.0 if last else ends[k + 1],
            (prefix[hi] - prefix[lo] - prose[k]) / max(hi - lo - 1, 1),
            1.0 if s.size < 5 else 0.0,
            bullet, unspaced, short_words, sentences,
            (prefix[whi] - prefix[wlo]) / max(whi - wlo, 1),
            quotes, web,
            0.0 if first else titles[k - 1],
            0.0 if last else titles[k + 1],
            1.0 if sorted_breaks and _near(sorted_breaks, kept[k - 3] if k >= 3 else 0, i) else 0.0,
            1.0 if sorted_breaks and _near(sorted_breaks, i, kept[k + 3] if k + 3 < n else total) else 0.0,
            chars,
        ])
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


def probability(features: Sequence[float], weights: Sequence[float]) -> float:
    z = sum(map(operator.mul, features, weights))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
