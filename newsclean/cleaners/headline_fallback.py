"""headline_fallback: when no line repeats the page title, finds the headline among the body's first line and
the lines above it: the title-like line sharing most words with the title, or else the title itself."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from rapidfuzz import fuzz

from ..dates import RELATIVE_TIME
from ..document import Decision, Document
from .byline import BYLINE_PREFIX
from .headline import CLAUSE_ENDS
from .reading_time import READING_TIME

# Lines other cleaners recognised as something else are never the headline.
NOT_HEADLINES = frozenset({"byline", "dateline", "captions", "promos", "related_stories", "comments", "nav_junk",
                           "placeholders"})


@dataclass(frozen=True)
class HeadlineFallbackSettings:
    max_lines_above: int = 40
    """How many lines above the body's first line the headline may stand."""
    min_words: int = 2
    max_words: int = 25
    min_overlap: float = 60.0
    """How alike (rapidfuzz token_sort_ratio) a line's words must be to the title's to be the headline."""


class HeadlineFallback:
    name = "headline_fallback"

    def __init__(self, settings: HeadlineFallbackSettings = HeadlineFallbackSettings()) -> None:
        self.settings = settings

    def candidates(self, doc: Document, body_start: int) -> Iterator[int]:
        s = self.settings
        for i in range(min(body_start, len(doc) - 1), max(body_start - 1 - s.max_lines_above, -1), -1):
            text = doc.texts[i]
            if not text:
                continue
            dropped = doc.dropped[i]
            if dropped is not None and dropped[0] in NOT_HEADLINES:
                continue
            if self.title_like(doc, i):
                yield i

    def title_like(self, doc: Document, i: int) -> bool:
        text = doc.texts[i]
        return self.settings.min_words <= doc.stats(i).words <= self.settings.max_words \
            and not text.endswith(CLAUSE_ENDS) and not BYLINE_PREFIX.match(text) \
            and not READING_TIME.match(doc.stats(i).folded) and not RELATIVE_TIME.match(text)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        if doc.role("headline"):
            return
        kept = doc.kept()
        body_start = kept[0] if kept else None
        title = doc.role("title")
        if body_start is None:
            body_start = len(doc)
        if title:
            title_line, title_text = title[0]
            best, best_score = None, 0.0
            for i in self.candidates(doc, body_start):
                if i == title_line:
                    continue
                score = fuzz.token_sort_ratio(doc.texts[i].casefold(), (title_text or "").casefold())
                if score > best_score:
                    best, best_score = i, score
            if best is not None and best_score >= self.settings.min_overlap:
                if best == body_start:  # the body's first line heads it: the headline, no paragraph
                    yield Decision(best, "drop", f"the headline: the body's first line, {best_score:.0f}% of its "
                                   "words in the page title", role="headline", value=doc.texts[best])
                else:
                    yield Decision(best, "mark", f"the headline: above the body, {best_score:.0f}% of its words "
                                   "in the page title", role="headline", value=doc.texts[best])
            else:
                yield Decision(title_line, "mark", "the page title, taken as the headline", role="headline",
                               value=title_text)
            return
        if body_start < len(doc) and self.title_like(doc, body_start):
            yield Decision(body_start, "mark", "the headline: the body's first line, title-like", role="headline",
                           value=doc.texts[body_start])
            return
        for i in self.candidates(doc, body_start):
            yield Decision(i, "mark", "the headline: the title-like line above the body", role="headline",
                           value=doc.texts[i])
            return
