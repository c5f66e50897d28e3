"""The scores: body by 4-token shingles (the ScrapingHub method), headline, byline, date and quote matches."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from rapidfuzz import fuzz

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i: i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True)
class BodyScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None
        return 1.0 if self.fp == 0 and self.fn == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None
        return 1.0 if self.fp == 0 and self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def body_score(predicted: str, expected: str) -> BodyScore:
    pred, gold = shingles(predicted), shingles(expected)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return BodyScore(0.0, 0.0, 0.0)
    return BodyScore(tp / total, fp / total, fn / total)


@dataclass
class BodyTotals:
    """Precision averaged where something was extracted, recall where something was expected; F1 of the two."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)

    def add(self, score: BodyScore) -> None:
        if score.precision is not None:
            self.precisions.append(score.precision)
        if score.recall is not None:
            self.recalls.append(score.recall)

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def words(text: str) -> list[str]:
    return [w.casefold() for w in _TOKEN.findall(text or "")]


def headline_right(predicted: str | None, expected: str | None) -> bool:
    """Right when the case-folded word sequences are equal or the rapidfuzz ratio is at least 90."""
    if not predicted or not expected:
        return False
    return words(predicted) == words(expected) or fuzz.ratio(predicted, expected) >= 90


def byline_right(predicted: str | None, expected: str | None) -> bool:
    """As a headline; a label with credentials after a comma ("Jane Doe, MD") also matches its name part."""
    if not predicted or not expected:
        return False
    if headline_right(predicted, expected):
        return True
    return headline_right(predicted, expected.split(",")[0])


def date_right(predicted: str | None, expected: str | None) -> bool:
    """Right when the calendar days agree (the first ten characters of the ISO dates)."""
    return bool(predicted and expected and predicted[:10] == expected[:10])


def normalised(text: str) -> str:
    return " ".join(text.split())


@dataclass
class QuoteTotals:
    matched: int = 0
    predicted: int = 0
    expected: int = 0
    speaker_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0


def quotes_match(predicted: str, expected: str) -> bool:
    """partial_ratio of at least 90 on whitespace-normalised texts, the shorter at least 60% of the longer."""
    a, b = normalised(predicted), normalised(expected)
    if not a or not b:
        return False
    if min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False
    return fuzz.partial_ratio(a, b) >= 90


def speaker_right(predicted: str | None, expected: str | None) -> bool:
    """Case-folded equality; no speaker is right only where the label has none."""
    if expected is None or predicted is None:
        return predicted is None and expected is None
    return normalised(predicted).casefold() == normalised(expected).casefold()


def score_quotes(predicted: Sequence[tuple[str, str | None]], expected: Sequence[tuple[str, str | None]],
                 totals: QuoteTotals) -> None:
    """Each labelled quote matches at most one prediction."""
    used: set[int] = set()
    totals.predicted += len(predicted)
    totals.expected += len(expected)
    for text, speaker in expected:
        for k, (ptext, pspeaker) in enumerate(predicted):
            if k not in used and quotes_match(ptext, text):
                used.add(k)
                totals.matched += 1
                totals.speaker_right += speaker_right(pspeaker, speaker)
                break
