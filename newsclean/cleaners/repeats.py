"""repeats: drops a line of the article that repeats an earlier one word for word (a caption shown again by a
slideshow, a pull quote, a teaser that echoes the lead)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from ..document import Decision, Document

if TYPE_CHECKING:
    from ..html.blocks import BlockEvidence

PARAGRAPH_TAGS = frozenset({"p", "li"})


@dataclass(frozen=True)
class RepeatsSettings:
    min_words: int = 6
    """Shorter lines ("Advertisement", a subheading) may repeat for good reasons and are left alone."""
    keep_sibling_paragraphs: bool = True
    """On an HTML page, a repeat that is a paragraph of the same element as its first copy is kept."""
    keep_lone_items: bool = True
    """On an HTML page, a list's item that repeats another's, beside other items of its list and between lines
    that repeat nothing, is kept: lists of the article share items ("Cost: $20 styling fee"); a block shown twice
    repeats its neighbours too, and a copy standing alone is a teaser's."""


class Repeats:
    name = "repeats"

    def __init__(self, settings: RepeatsSettings = RepeatsSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        seen: dict[str, int] = {}
        evidence = doc.evidence
        words = doc.word_counts()
        kept = doc.kept()
        repeats: list[tuple[int, int, int]] = []
        """(line, its first copy, its place among the kept lines)"""
        for k, i in enumerate(kept):
            if words[i] < self.settings.min_words:
                continue
            first = seen.setdefault(doc.texts[i], i)
            if first != i:
                repeats.append((i, first, k))
        repeated = {i for i, _, _ in repeats}
        for i, first, k in repeats:
            if evidence is not None:
                if self.settings.keep_sibling_paragraphs and _siblings(evidence[first], evidence[i]):
                    continue
                if self.settings.keep_lone_items and evidence[i].tag == "li" == evidence[first].tag and \
                        _lone_item(evidence, kept, k, repeated):
                    continue
            yield Decision(i, "drop", f"repeats line {first}")


def _siblings(a: BlockEvidence, b: BlockEvidence) -> bool:
    """Do two lines stand as paragraphs of one element, or as items of lists in one element (an article's text
    that says a thing twice, not a copy shown in a caption, a pull quote or a teaser)?"""
    if a.tag != b.tag or a.tag not in PARAGRAPH_TAGS:
        return False
    up = 2 if a.tag == "li" else 1  # an item's list, then the element holding the lists
    return a.path[:-up] == b.path[:-up]


def _lone_item(evidence: Sequence[BlockEvidence], kept: Sequence[int], k: int, repeated: set[int]) -> bool:
    """Does the k-th kept line, a list's item, stand beside another item of its list, between kept lines that
    repeat nothing?"""
    around = [kept[j] for j in (k - 1, k + 1) if 0 <= j < len(kept)]
    if any(j in repeated for j in around):
        return False
    ev = evidence[kept[k]]
    return any(evidence[j].tag == "li" and evidence[j].path[:-1] == ev.path[:-1] for j in around)
