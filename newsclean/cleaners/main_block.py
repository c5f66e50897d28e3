"""main_block: keeps the article's main run of lines and drops everything outside it.

Every kept line gets a weight: prose lines (long, or sentence-long and ending like a sentence) weigh their
length in words; short lines (menus, labels, sub-heads) cost a little; a related-stories or promo line costs
more, and a comment-thread marker cannot be crossed. The main run is the stretch of lines with the largest
total weight (one linear pass), so a gap of short lines is crossed when there is enough prose on both sides of
it, and sub-heads and one-line quotes between paragraphs stay. Lines before the headline weigh less: the body
follows the headline.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document
from ..line_model import line_features, load_weights, probability


@dataclass(frozen=True)
class MainBlockSettings:
    prose_min_words: float = 5
    """A line that ends like a sentence counts as prose from this many words on."""
    prose_long_words: float = 15
    """A line this long counts as prose however it ends..."""
    unended_weight: float = 0.7
    """...but weighs this share of its length when it does not end like a sentence."""
    max_line_weight: float = 150
    """One line weighs at most this much, so a single huge line (a page's metadata) cannot outweigh the rest."""
    short_line_cost: float = 4
    """What a short line (menu entry, label, sub-head) takes away."""
    section_break_cost: float = 30
    """What a related-stories header or a promo line takes away."""
    before_headline_weight: float = 0.4
    """Prose before the headline is rarely the article's: it weighs this share."""
    line_model: str | None = "line_model.json"
    """Weights of the learned line model (in newsclean/data) that weighs each line; None weighs by the rules above."""
    model_threshold: float = 0.4
    """With the model, a line of probability p weighs its length times (p - threshold) / threshold-side span."""
    body_words_before_comments: float = 40
    """The first comment-thread marker after this much prose (past the headline) ends the article."""


class MainBlock:
    name = "main_block"

    def __init__(self, settings: MainBlockSettings = MainBlockSettings()) -> None:
        self.settings = settings

    def weight(self, doc: Document, i: int) -> float:
        s = self.settings
        stats = doc.stats(i)
        size = stats.size
        if stats.ends_sentence and size >= s.prose_min_words:
            return min(size, s.max_line_weight)
        if size >= s.prose_long_words:
            return min(size * s.unended_weight, s.max_line_weight)
        return -s.short_line_cost

    def comments_start(self, doc: Document, markers: list[int], headline: int) -> int:
        """The first comment-thread marker that follows some of the article's prose, or the document's end."""
        if not markers:
            return len(doc)
        prose = 0.0
        start = max(headline, 0)
        next_marker = bisect.bisect_left(markers, start)
        for i in range(start, len(doc)):
            if next_marker < len(markers) and i == markers[next_marker]:
                if prose >= self.settings.body_words_before_comments:
                    return i
                next_marker += 1
            elif doc.is_kept(i):
                prose += max(self.weight(doc, i), 0.0)
        return len(doc)

    @staticmethod
    def breaks(doc: Document) -> frozenset[int]:
        return frozenset(doc.notes.get("section_breaks", ())) | frozenset(doc.notes.get("comment_markers", ()))  # type: ignore[arg-type]

    def weights(self, doc: Document, headline: int) -> dict[int, float]:
        """Each kept line's weight: by the learned model when there is one, else by the prose rules."""
        kept = list(doc.kept())
        s = self.settings
        if s.line_model is None:
            out = {}
            for i in kept:
                w = self.weight(doc, i)
                out[i] = w * s.before_headline_weight if (i < headline and w > 0) else w
            return out
        coefficients = load_weights(s.line_model)
        t = s.model_threshold
        out = {}
        for i, features in zip(kept, line_features(doc, kept, headline, len(doc), self.breaks(doc))):
            p = probability(features, coefficients)
            size = min(max(doc.stats(i).size, 1.0), s.max_line_weight)
            out[i] = size * ((p - t) / (1 - t) if p >= t else (p - t) / t)
        return out

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        breaks = set(doc.notes.get("section_breaks", ()))  # type: ignore[arg-type]
        walls = set(doc.notes.get("comment_markers", ()))  # type: ignore[arg-type]
        anchor = doc.notes.get("headline_line")
        headline = anchor if isinstance(anchor, int) else -1
        end = self.comments_start(doc, sorted(walls), headline)
        weights = self.weights(doc, headline)
        best_sum, best_start, best_end = 0.0, -1, -1
        run_sum, run_start = 0.0, -1
        for i in range(end):
            if i in walls:
                run_sum, run_start = 0.0, -1
                continue
            if i in breaks:
                w = -s.section_break_cost
            elif i in weights:
                w = weights[i]
            else:
                continue
            if run_start < 0 or run_sum <= 0:
                if w <= 0:
                    continue
                run_sum, run_start = w, i
            else:
                run_sum += w
            if run_sum > best_sum:
                best_sum, best_start, best_end = run_sum, run_start, i
        if best_start < 0:
            for i in doc.kept():
                yield Decision(i, "drop", "no run of prose on the page")
            return
        where = f"lines {best_start}–{best_end}"
        for i in doc.kept():
            if i >= end:
                yield Decision(i, "drop", f"in the comment thread (from line {end})")
            elif i < best_start:
                yield Decision(i, "drop", f"before the main run ({where})")
            elif i > best_end:
                yield Decision(i, "drop", f"after the main run ({where})")
