"""A small logistic model of how likely a line is article text, from language-neutral features of the line
and its neighbours. Its weights live in `data/line_model.json`; `benchmarks/train_line_model.py` rebuilds them
from the shared benchmark pages."""
from __future__ import annotations

import bisect
import json
import math
from functools import lru_cache
from importlib import resources
from typing import Sequence

import regex

from .document import Document

FEATURES = (
    "bias", "log_size", "ends_sentence", "ends_colon", "title_case", "has_digit", "commas", "avg_word_len",
    "before_headline", "log_lines_after_headline", "relative_position", "repeated", "separators", "all_caps",
    "prev_log_size", "prev_ends_sentence", "next_log_size", "next_ends_sentence", "window_prose", "short",
    "starts_bullet", "unspaced_share", "short_word_share", "log_sentences", "wide_window_prose", "quote_marks",
    "web_marks", "prev_title_case", "next_title_case", "after_break", "before_break", "log_chars",
)
_QUOTES = set('"“”«»„「」')
_WEB = ("http", "www.", "@", "#", ".com")
_SEPARATORS = set("|»›•·>/")
_BULLETS = set("-–—•*·►▪●✓✔")


def line_features(doc: Document, kept: Sequence[int], headline: int, total: int,
                  breaks: frozenset[int] = frozenset()) -> list[list[float]]:
    """One feature vector per kept line, in the order of `FEATURES`."""
    stats = [doc.stats(i) for i in kept]
    texts = [doc.texts[i] for i in kept]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    sizes = [math.log1p(s.size) for s in stats]
    ends = [1.0 if s.ends_sentence else 0.0 for s in stats]
    prose = [1.0 if (s.ends_sentence and s.size >= 5) or s.size >= 15 else 0.0 for s in stats]
    n = len(kept)
    # prose share over a window of 3 kept lines on each side, from a prefix sum
    prefix = [0.0]
    for p in prose:
        prefix.append(prefix[-1] + p)
    # for each kept line: was there a section break among the lines just before it, or just after it
    sorted_breaks = sorted(breaks)
    out = []
    span = max(total, 1)
    for k, i in enumerate(kept):
        s = stats[k]
        text = texts[k]
        words = max(s.words, 1)
        lo, hi = max(0, k - 3), min(n, k + 4)
        after = i - headline if headline >= 0 else i
        out.append([
            1.0,
            sizes[k],
            ends[k],
            1.0 if text.endswith(":") else 0.0,
            s.title_case,
            1.0 if s.has_digit else 0.0,
            min(text.count(",") / words, 1.0),
            min(len(text) / words, 20.0) / 10.0,
            1.0 if headline >= 0 and i < headline else 0.0,
            math.log1p(after) if after > 0 else 0.0,
            i / span,
            1.0 if counts[text] > 1 else 0.0,
            1.0 if any(c in _SEPARATORS for c in text) and s.words <= 12 else 0.0,
            1.0 if text.isupper() else 0.0,
            sizes[k - 1] if k > 0 else 0.0,
            ends[k - 1] if k > 0 else 0.0,
            sizes[k + 1] if k + 1 < n else 0.0,
            ends[k + 1] if k + 1 < n else 0.0,
            (prefix[hi] - prefix[lo] - prose[k]) / max(hi - lo - 1, 1),
            1.0 if s.size < 5 else 0.0,
            1.0 if text[:1] in _BULLETS or text[:2].rstrip(".)").isdigit() else 0.0,
            s.unspaced / max(s.chars, 1),
            _short_word_share(text, words),
            math.log1p(_SENTENCE_GAP.findall(text).__len__()),
            (prefix[min(n, k + 11)] - prefix[max(0, k - 10)]) / max(min(n, k + 11) - max(0, k - 10), 1),
            1.0 if any(c in _QUOTES for c in text) else 0.0,
            1.0 if any(m in text for m in _WEB) else 0.0,
            stats[k - 1].title_case if k > 0 else 0.0,
            stats[k + 1].title_case if k + 1 < n else 0.0,
            1.0 if _near(sorted_breaks, kept[k - 3] if k >= 3 else 0, i) else 0.0,
            1.0 if _near(sorted_breaks, i, kept[k + 3] if k + 3 < n else total) else 0.0,
            math.log1p(s.chars) / 5.0,
        ])
    return out


_SENTENCE_GAP = regex.compile(r"[.!?。！？]\s")


def _short_word_share(text: str, words: int) -> float:
    """Share of words of at most three letters: function words, common in prose in most languages."""
    return sum(1 for w in text.split() if len(w) <= 3) / words


def _near(breaks: list[int], lo: int, hi: int) -> bool:
    """Is there a break strictly between lines lo and hi?"""
    k = bisect.bisect_right(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


CONTEXT_FEATURES = (
    "bias", "logit", "near_mean", "wide_mean", "in_run", "log_before_run", "log_after_run", "log_size",
    "ends_sentence", "short",
)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def context_features(first: Sequence[float], run: tuple[int, int], base: Sequence[Sequence[float]]) -> list[list[float]]:
    """Second-stage features: a line's first-stage probability, its neighbours', and where it stands to the
    first-stage run (`run` as positions in the kept lines)."""
    n = len(first)
    prefix = [0.0]
    for p in first:
        prefix.append(prefix[-1] + p)
    start, end = run
    size_at, ends_at, short_at = FEATURES.index("log_size"), FEATURES.index("ends_sentence"), FEATURES.index("short")
    out = []
    for k in range(n):
        lo, hi = max(0, k - 2), min(n, k + 3)
        wlo, whi = max(0, k - 6), min(n, k + 7)
        row = base[k]
        out.append([
            1.0,
            _logit(first[k]),
            (prefix[hi] - prefix[lo] - first[k]) / max(hi - lo - 1, 1),
            (prefix[whi] - prefix[wlo] - first[k]) / max(whi - wlo - 1, 1),
            1.0 if start <= k <= end else 0.0,
            math.log1p(start - k) if k < start else 0.0,
            math.log1p(k - end) if k > end else 0.0,
            row[size_at],
            row[ends_at],
            row[short_at],
        ])
    return out


class LineModel:
    """The two stages' weights, from `data/<name>`."""

    def __init__(self, name: str = "line_model.json") -> None:
        data = json.loads(resources.files("newsclean").joinpath(f"data/{name}").read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES or tuple(data.get("context_features", CONTEXT_FEATURES)) != CONTEXT_FEATURES:
            raise ValueError(f"data/{name} was trained on other features; rebuild it")
        self.weights = tuple(float(w) for w in data["weights"])
        context = data.get("context_weights")
        self.context_weights = tuple(float(w) for w in context) if context else None


@lru_cache(maxsize=None)
def load_model(name: str = "line_model.json") -> LineModel:
    return LineModel(name)


def probability(features: Sequence[float], weights: Sequence[float]) -> float:
    z = sum(f * w for f, w in zip(features, weights))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
