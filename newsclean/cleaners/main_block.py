"""main_block: keeps the article's main run of lines and drops everything outside it.

Every kept line gets a weight: its length in words, times how sure the line model is that it is article text
(negative when it is more likely not). Related-stories, promo and footer lines cost more, and the article ends at the
first comment-thread marker after its prose began. The main run is the stretch of lines with the largest total
weight (one linear pass), so a gap of short lines is crossed when there is enough prose on both sides, and
sub-heads and one-line quotes between paragraphs stay. The items of a list that a line ending in a colon
introduces ("Tour dates:" over one date a line, or short lines each set as a paragraph) weigh a little instead of
costing: they belong to the text that introduces them, short and unended as they are. Rows of data set one to a
line ("Connecticut 91.0", "Carrots 4 8 16"), several together, cost nothing: a table inside the article is crossed,
one beside it is not taken in.

Without a model (`line_model=None`) lines are weighed by plain rules: prose lines (long, or sentence-long and
ending like a sentence) by their length, short lines by a small cost.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import chain, compress, count, repeat
from operator import gt, le, mul
from typing import Iterator, Sequence

from ..document import Decision, Document, drops
from ..line_model import line_probabilities, load_model


DIGIT = re.compile(r"\d")
FIGURE = re.compile(r"(?<![^\s(])[-+−]?[$€£¥]?\d[\d.,:/%]*(?:[^\W\d]{1,3})?(?![^\s)])")
"""A figure standing as a word of its own: "91.0", "+13.1%", "$1,204", "1/1/2013", "320g"."""
COLONS = (":", "：")
"""The colons that end a line introducing a list (the full-width one of Chinese and Japanese too)."""


@dataclass(frozen=True)
class MainBlockSettings:
    line_model: str | None = "line_model.json"
    """Weights of the learned line model (in newsclean/data); None weighs lines by the rules below."""
    model_threshold: float = 0.35
    """A line the model rates above this probability adds to a run, below it takes away."""
    max_line_weight: float = 150
    """One line weighs at most this much, so a single huge line (a page's metadata) cannot outweigh the rest."""
    section_break_cost: float = 30
    """What a related-stories header or a promo line takes away."""
    list_mark_cost: float = 30
    """What a line that marks an item of a list (a teaser's or comment's date) takes away."""
    footer_cost: float = 30
    """What a footer line (copyright, terms) takes away: the disclaimers under it are not the article's."""
    body_words_before_comments: float = 40
    """The first comment-thread marker after this much prose (past the headline) ends the article..."""
    body_share_before_comments: float = 0.03
    """...and after this share of the page's prose past the headline: a comment count in the article's header
    ("124 Comments" under the standfirst) links to the thread below the article, it does not start it."""
    prose_min_words: float = 5
    """Rules: a line that ends like a sentence counts as prose from this many words on."""
    prose_long_words: float = 15
    """Rules: a line this long counts as prose however it ends..."""
    unended_weight: float = 0.7
    """...but weighs this share of its length when it does not end like a sentence."""
    short_line_cost: float = 4
    """Rules: what a short line (menu entry, label, sub-head) takes away."""
    before_headline_weight: float = 0.4
    """Rules: prose before the headline is rarely the article's, so it weighs this share."""
    list_item_weight: float = 0.3
    """An item of a list introduced by a kept line ending in a colon weighs this share of its length (at most
    `list_item_max_words`), where it would cost..."""
    list_item_max_words: float = 20
    list_min_items: int = 2
    """...when the list has at least this many items: lines that follow the colon line one after another, with
    no blank line between them (a page's text puts one around each paragraph, none between a list's items; in a
    page read from HTML, items of a list or table),..."""
    list_max_items: int = 60
    """...and at most this many of them count."""
    list_spaced_item_min_words: int = 3
    list_spaced_item_max_words: int = 10
    """Items set as paragraphs of their own (a blank line after each) count while they are this long, and do not
    end like sentences (a footer's one- and two-word links are no items)."""
    data_min_rows: int = 3
    data_row_max_words: int = 12
    """Lines one after another with no blank line between them (a table's rows in a page's text), at least
    `data_min_rows` of them, each at most `data_row_max_words` words long and reading like one (`is_data_row`),
    are rows of data."""


class MainBlock:
    name = "main_block"

    def __init__(self, settings: MainBlockSettings = MainBlockSettings()) -> None:
        self.settings = settings

    # --- weights -----------------------------------------------------------------------------------
    def rule_weight(self, doc: Document, i: int, headline: int) -> float:
        s = self.settings
        size = doc.sizes()[i]  # the page's columns: the line's other stats are not needed
        if doc.sentence_ends()[i] and size >= s.prose_min_words:
            w = min(size, s.max_line_weight)
        elif size >= s.prose_long_words:
            w = min(size * s.unended_weight, s.max_line_weight)
        else:
            return -s.short_line_cost
        return w * s.before_headline_weight if i < headline else w

    def rule_weights(self, doc: Document, kept: Sequence[int], headline: int) -> list[float]:
        """`rule_weight` of each kept line. Lines too short to be prose (on a page of many short lines, nearly
        all) cost the same and are weighed at once: only the others are weighed one at a time."""
        s = self.settings
        weights = [-s.short_line_cost] * len(kept)
        sizes = map(doc.sizes().__getitem__, kept)
        for k in compress(count(), map(le, repeat(min(s.prose_min_words, s.prose_long_words)), sizes)):
            weights[k] = self.rule_weight(doc, kept[k], headline)
        return weights

    @staticmethod
    def feature_breaks(doc: Document) -> frozenset[int]:
        """Related-stories and promo lines. Comment markers are not among them: the article ends at the first."""
        return frozenset(doc.section_breaks)

    def breaks(self, doc: Document) -> dict[int, float]:
        """Dropped lines that cost a run crossing them: section breaks, footers, and the dates that mark list
        items."""
        s = self.settings
        costs = {i: s.list_mark_cost for i in doc.list_marks}
        for i in doc.footer_lines:
            costs[i] = s.footer_cost
        for i in doc.section_breaks:
            costs[i] = s.section_break_cost
        for i in doc.comment_markers:
            costs[i] = s.section_break_cost
        return costs

    def introduced_items(self, doc: Document, kept: Sequence[int]) -> set[int]:
        """The lines that are items of a list introduced by a kept line ending in a colon (see the settings)."""
        s = self.settings
        texts, n = doc.texts, len(doc)
        items: set[int] = set()
        if not doc.contains_any(COLONS):
            return items  # one search of the page: no line of it ends in a colon
        for i in compress(kept, map(str.endswith, map(texts.__getitem__, kept), repeat(COLONS))):
            if i in items:
                continue  # a colon line inside a list found already goes on with that list: no line is read twice
            start = i + 1
            if start < n and not texts[start]:
                start += 1  # one blank line may stand between the colon line and its list
            found = self.list_block(doc, start, items)
            if len(found) < s.list_min_items and doc.evidence is None:
                found = self.spaced_list(doc, start, items)
            if len(found) >= s.list_min_items:
                items.update(found)
        return items

    def list_block(self, doc: Document, start: int, taken: set[int]) -> Sequence[int]:
        """The lines from `start` on with no blank line between them (on an HTML page, items of a list or table)."""
        texts, evidence, n, most = doc.texts, doc.evidence, len(doc), self.settings.list_max_items
        end = start
        while end < n and end - start < most and end not in taken and texts[end] and \
                (evidence is None or evidence[end].in_list or evidence[end].in_table):
            end += 1
        return range(start, end)

    def spaced_list(self, doc: Document, start: int, taken: set[int]) -> list[int]:
        """The lines from `start` on that stand each between blank lines and are short and unended, like a list's
        items set as paragraphs of their own."""
        s = self.settings
        texts, n = doc.texts, len(doc)
        found: list[int] = []
        j = start
        while j < n and texts[j] and j not in taken and len(found) < s.list_max_items:
            stats = doc.stats(j)
            if stats.ends_sentence or (j + 1 < n and texts[j + 1]) or \
                    not s.list_spaced_item_min_words <= stats.words <= s.list_spaced_item_max_words:
                break
            found.append(j)
            j += 2
        return found

    @staticmethod
    def is_data_row(text: str) -> bool:
        """Does a line read like a row of data: two figures or more ("Carrots 4 8 16"), or a label and the figure
        it ends in ("Connecticut 91.0")? A title with one number in it ("15 Amazing Images of Stars") does not."""
        figures = FIGURE.findall(text)
        return len(figures) >= 2 or (len(figures) == 1 and text.endswith(figures[0]))

    def data_rows(self, doc: Document, kept: Sequence[int]) -> list[int]:
        """Positions (in `kept`) of the lines that are rows of data (see the settings). Only the lines holding a
        digit are read, found in one search of the page."""
        s = self.settings
        sizes, texts = doc.sizes(), doc.texts
        found: list[int] = []
        block: list[int] = []  # positions in `kept` of lines one after another
        for i in doc.lines_matching(DIGIT, max_words=s.data_row_max_words):
            k = bisect.bisect_left(kept, i)
            if k == len(kept) or kept[k] != i or sizes[i] > s.data_row_max_words or not self.is_data_row(texts[i]):
                continue
            if block and kept[block[-1]] != i - 1:
                if len(block) >= s.data_min_rows:
                    found.extend(block)
                block = []
            block.append(k)
        if len(block) >= s.data_min_rows:
            found.extend(block)
        return found

    def list_weights(self, doc: Document, kept: Sequence[int], weights: list[float],
                     items: set[int] | None = None) -> list[float]:
        """`weights` with the items of introduced lists (`introduced_items`, unless given) weighing
        `list_item_weight` of their length where they cost."""
        if items is None:
            items = self.introduced_items(doc, kept)
        share, most = self.settings.list_item_weight, self.settings.list_item_max_words
        for i in items:
            k = bisect.bisect_left(kept, i)  # an item may be a line that is not kept
            if k < len(kept) and kept[k] == i and weights[k] < 0:
                weights[k] = share * min(doc.sizes()[i], most)
        return weights

    # --- the run -------------------------------------------------------------------------------------
    @staticmethod
    def heaviest_run(kept: Sequence[int], weights: Sequence[float], breaks: dict[int, float]) -> tuple[int, int]:
        """Positions (in `kept`) of the first and last line of the run of largest total weight; (-1, -1) if none.
        A run that crosses a break pays its cost."""
        if not weights or max(weights) <= 0:
            return -1, -1  # no line adds to a run (a page of nothing but short lines): no run
        lines = sorted(breaks)
        # only a line that adds to a run starts one: where no run goes on, the search skips to the next of them
        # (on a page of many short lines, it steps through the few lines after each prose line, not all)
        starters = list(compress(count(), map(gt, weights, repeat(0))))
        best, best_start, best_end = 0.0, -1, -1
        run, run_start = 0.0, -1
        b, k, n = 0, 0, len(kept)
        while k < n:
            i = kept[k]
            gap_cost = 0.0
            while b < len(lines) and lines[b] < i:
                gap_cost += breaks[lines[b]]
                b += 1
            if gap_cost and run_start >= 0:
                run -= gap_cost
            w = weights[k]
            if run_start < 0 or run <= 0:
                if w <= 0:
                    run_start = -1
                    s = bisect.bisect_right(starters, k)
                    if s == len(starters):
                        break
                    # no run crosses the breaks passed over: they cost nothing
                    k = starters[s]
                    b = bisect.bisect_left(lines, kept[k])
                    continue
                run, run_start = w, k
            else:
                run += w
            if run > best:
                best, best_start, best_end = run, run_start, k
            k += 1
        return best_start, best_end

    def comments_start(self, doc: Document, markers: Sequence[int], headline: int) -> int:
        """The first comment-thread marker that follows some of the article's prose, or the document's end."""
        if not markers:
            return len(doc)
        s = self.settings
        start = max(headline, 0)
        weights = [max(self.rule_weight(doc, i, -1), 0.0) if doc.is_kept(i) else 0.0 for i in range(start, len(doc))]
        total = sum(weights)
        prose = 0.0
        m = bisect.bisect_left(markers, start)
        for i in range(start, len(doc)):
            if m < len(markers) and i == markers[m]:
                if prose >= s.body_words_before_comments and prose >= s.body_share_before_comments * total:
                    return i
                m += 1
            else:
                prose += weights[i - start]
        return len(doc)

    def choose(self, doc: Document, kept: list[int], headline: int, breaks: dict[int, float]) -> tuple[int, int]:
        s = self.settings
        if s.line_model is None:
            weights = self.list_weights(doc, kept, self.rule_weights(doc, kept, headline))
            return self.heaviest_run(kept, weights, breaks)
        probabilities = line_probabilities(doc, kept, headline, len(doc), self.feature_breaks(doc),
                                           load_model(s.line_model).weights)
        # a line weighs its length times how far its probability stands above the threshold (scaled to -1..1)
        t, most = s.model_threshold, s.max_line_weight
        items = self.introduced_items(doc, kept)
        if max(probabilities) <= t and not items:
            run = (-1, -1)  # every line costs (a page of nothing but short lines): no run, however they weigh
        else:
            # a page's lines have few distinct lengths, and its many short lines one probability: each length's
            # and probability's share is worked out once and looked up for every line
            sizes = list(map(doc.sizes().__getitem__, kept))
            length = {size: min(max(size, 1.0), most) for size in set(sizes)}
            scale = {p: (p - t) / (1 - t) if p >= t else (p - t) / t for p in set(probabilities)}
            weights = list(map(mul, map(length.__getitem__, sizes), map(scale.__getitem__, probabilities)))
            weights = self.list_weights(doc, kept, weights, items)
            if doc.evidence is None:
                for k in self.data_rows(doc, kept):
                    weights[k] = max(weights[k], 0.0)
            run = self.heaviest_run(kept, weights, breaks)
        if run[0] < 0:
            # the model doubts every line (a page of a few lines, unlike the pages it learned from): plain
            # rules decide, so a short clean text is not lost
            weights = self.list_weights(doc, kept, self.rule_weights(doc, kept, headline), items)
            return self.heaviest_run(kept, weights, breaks)
        return run

    def __call__(self, doc: Document) -> Iterator[Decision]:
        headline = -1 if doc.headline_line is None else doc.headline_line
        breaks = self.breaks(doc)
        end = self.comments_start(doc, sorted(doc.comment_markers), headline)
        all_kept = doc.kept()
        kept = list(all_kept[:bisect.bisect_left(all_kept, end)])
        first, last = self.choose(doc, kept, headline, breaks) if kept else (-1, -1)
        if first < 0:
            return drops(all_kept, "no run of prose on the page")
        start_line, end_line = kept[first], kept[last]
        where = f"lines {start_line}–{end_line}"
        # most of a page's lines go, for one of three reasons: each written once, the lines dropped for it in bulk
        return chain(drops(kept[:first], f"before the main run ({where})"),
                     drops(kept[last + 1:], f"after the main run ({where})"),
                     drops(all_kept[len(kept):], f"in the comment thread (from line {end})"))
