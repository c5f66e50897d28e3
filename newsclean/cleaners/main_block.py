"""main_block: keeps the article's main run of prose lines and drops everything outside it.

Lines are prose when they are long, or sentence-long and end like a sentence. Prose lines close together form
blocks; the block with the most prose wins, weighted up when it starts soon after the headline. Neighbouring
blocks join it when the gap is small or the neighbour is large, but never across a comment-thread marker or a
promo or related-stories line. Short lines between prose lines (sub-heads, one-line quotes) stay.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document


@dataclass(frozen=True)
class MainBlockSettings:
    prose_min_words: float = 6
    """A line that ends like a sentence is prose from this many words on."""
    prose_long_words: float = 15
    """A line this long is prose however it ends."""
    max_gap_lines: int = 4
    """At most this many non-prose lines may stand between two prose lines of one block."""
    anchor_window: int = 25
    """A block starting at most this many lines after the headline counts extra."""
    anchor_weight: float = 1.6
    before_headline_weight: float = 0.5
    """A block that ends before the headline is rarely the article."""
    merge_gap_lines: int = 10
    """Blocks at most this many lines apart join the main block..."""
    merge_min_share: float = 0.25
    """...and so do farther ones (up to `merge_max_gap_lines`) that hold at least this share of its prose."""
    merge_max_gap_lines: int = 40


@dataclass
class Block:
    start: int
    end: int
    prose: float
    lines: int


class MainBlock:
    name = "main_block"

    def __init__(self, settings: MainBlockSettings = MainBlockSettings()) -> None:
        self.settings = settings

    def is_prose(self, doc: Document, i: int) -> bool:
        stats = doc.stats(i)
        size = stats.size
        return size >= self.settings.prose_long_words or (stats.ends_sentence and size >= self.settings.prose_min_words)

    def blocks(self, doc: Document) -> tuple[list[Block], list[int]]:
        """The blocks of prose, and for each gap between consecutive blocks whether a break lies in it."""
        s = self.settings
        breaks = set(doc.notes.get("section_breaks", ())) | set(doc.notes.get("comment_markers", ()))  # type: ignore[arg-type]
        blocks: list[Block] = []
        broken: list[int] = []
        current: Block | None = None
        gap = 0
        saw_break = False
        for i in range(len(doc)):
            if i in breaks:
                saw_break = True
                continue
            if not doc.is_kept(i):
                continue
            if self.is_prose(doc, i):
                if current is not None and gap <= s.max_gap_lines and not saw_break:
                    current.end = i
                    current.prose += doc.stats(i).size
                    current.lines += 1
                else:
                    if current is not None:
                        blocks.append(current)
                        broken.append(int(saw_break))
                    current = Block(i, i, doc.stats(i).size, 1)
                gap = 0
                saw_break = False
            elif current is not None:
                gap += 1
        if current is not None:
            blocks.append(current)
        return blocks, broken

    def score(self, block: Block, headline: int | None) -> float:
        s = self.settings
        if headline is None:
            return block.prose
        if headline <= block.start <= headline + s.anchor_window:
            return block.prose * s.anchor_weight
        if block.end < headline:
            return block.prose * s.before_headline_weight
        return block.prose

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        blocks, broken = self.blocks(doc)
        if not blocks:
            return
        anchor = doc.notes.get("headline_line")
        headline = anchor if isinstance(anchor, int) else None
        best = max(range(len(blocks)), key=lambda k: self.score(blocks[k], headline))
        main = blocks[best]
        first, last = best, best
        kept_between = _kept_counter(doc)
        while last + 1 < len(blocks) and not broken[last]:
            nxt = blocks[last + 1]
            gap = kept_between(blocks[last].end, nxt.start)
            if gap <= s.merge_gap_lines or (gap <= s.merge_max_gap_lines and nxt.prose >= s.merge_min_share * main.prose):
                last += 1
            else:
                break
        while first > 0 and not broken[first - 1]:
            prev = blocks[first - 1]
            if headline is not None and prev.end < headline:
                break
            gap = kept_between(prev.end, blocks[first].start)
            if gap <= s.merge_gap_lines or (gap <= s.merge_max_gap_lines and prev.prose >= s.merge_min_share * main.prose):
                first -= 1
            else:
                break
        start, end = blocks[first].start, blocks[last].end
        where = f"lines {start}–{end}"
        for i in doc.kept():
            if i < start:
                yield Decision(i, "drop", f"before the main block ({where})")
            elif i > end:
                yield Decision(i, "drop", f"after the main block ({where})")


def _kept_counter(doc: Document):
    """Counts kept lines strictly between two line numbers, from a prefix sum built once."""
    prefix = [0]
    for i in range(len(doc)):
        prefix.append(prefix[-1] + (1 if doc.is_kept(i) else 0))

    def between(a: int, b: int) -> int:
        return prefix[b] - prefix[a + 1] if b > a else 0

    return between
