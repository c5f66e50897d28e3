"""headline: finds the article's headline (the line most like the page title) and drops its copies."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex
from rapidfuzz import fuzz

from ..document import Decision, Document

# Separators between a headline and the site's name in a page title ("Headline | Site", "Site - Headline").
TITLE_SEPARATORS = regex.compile(r"\s+[|\-–—:·•«»~/]{1,2}\s+|\s*::\s*|\s+\|\s*|\s*\|\s+")
TRUNCATION = regex.compile(r"\s*(?:\.\.\.|…)$")


@dataclass(frozen=True)
class HeadlineSettings:
    min_similarity: float = 80.0
    """How alike (rapidfuzz ratio, 0–100) a line must be to the page title to be taken as the headline."""
    copy_similarity: float = 90.0
    """Lines at least this alike to the headline are copies of it (breadcrumbs, repeated titles) and go."""
    max_length_ratio: float = 3.0
    """A candidate line may be at most this many times longer than the title's headline part."""
    max_words: int = 40
    """A headline has at most this many words."""


def title_parts(title: str) -> list[str]:
    """The parts of a page title between its separators, longest first, with the whole title last."""
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p and p.strip()]
    parts.sort(key=len, reverse=True)
    if title not in parts:
        parts.append(title)
    return parts


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """How alike two short texts are, 0–100, forgiving a truncated or prefixed copy; 0 below `cutoff`."""
    a, b = a.casefold(), b.casefold()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    partial = len(short) >= 0.6 * len(long_) and len(short) >= 12
    score = fuzz.ratio(a, b, score_cutoff=cutoff * 0.6 if partial else cutoff)
    if partial and score:
        score = max(score, 0.97 * fuzz.partial_ratio(short, long_, score_cutoff=cutoff))
    return score if score >= cutoff else 0.0


class Headline:
    name = "headline"

    def __init__(self, settings: HeadlineSettings = HeadlineSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        first = doc.first_text_line
        if first is None:
            return
        title = doc.texts[first]
        if len(title) > 1000:
            return
        cores = [TRUNCATION.sub("", p) for p in title_parts(title)[:3]]
        core_len = max((len(c) for c in cores), default=0)
        best, best_score = None, 0.0
        for i in doc.kept():
            if i == first:
                continue
            text = doc.texts[i]
            if len(text) > s.max_length_ratio * core_len + 20 or len(text) < 0.3 * core_len:
                continue
            if doc.stats(i).words > s.max_words:
                continue
            score = max(similarity(text, c, s.min_similarity) for c in cores)
            if score > best_score + 0.5:  # the first of equals wins: headlines come before their copies
                best, best_score = i, score
        if best is not None and best_score >= s.min_similarity:
            headline = doc.texts[best]
            yield Decision(best, "drop", f"the headline ({best_score:.0f}% like the page title)",
                           role="headline", value=headline)
            yield Decision(first, "drop", "the page title", role="title", value=title)
            doc.notes["headline_line"] = best
            for i in doc.kept():
                if i in (best, first):
                    continue
                text = doc.texts[i]
                if abs(len(text) - len(headline)) <= 0.5 * len(headline) + 5:
                    score = similarity(text, headline, s.copy_similarity)
                    if score >= s.copy_similarity:
                        yield Decision(i, "drop", f"a copy of the headline ({score:.0f}% alike)")
        elif cores and cores[0]:
            yield Decision(first, "drop", "the page title, taken as the headline", role="headline", value=cores[0])
            doc.notes["headline_line"] = first
