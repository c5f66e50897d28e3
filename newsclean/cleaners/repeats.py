"""repeats: drops a line of the article that repeats an earlier one word for word (a caption shown again by a
slideshow, a pull quote, a teaser that echoes the lead)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

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


class Repeats:
    name = "repeats"

    def __init__(self, settings: RepeatsSettings = RepeatsSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        seen: dict[str, int] = {}
        evidence = doc.evidence
        words = doc.word_counts()
        for i in doc.kept():
            if words[i] < self.settings.min_words:
                continue
            text = doc.texts[i]
            first = seen.setdefault(text, i)
            if first != i:
                if evidence is not None and self.settings.keep_sibling_paragraphs and \
                        _siblings(evidence[first], evidence[i]):
                    continue
                yield Decision(i, "drop", f"repeats line {first}")


def _siblings(a: BlockEvidence, b: BlockEvidence) -> bool:
    """Do two lines stand as paragraphs of one element, or as items of lists in one element (an article's text
    that says a thing twice, not a copy shown in a caption, a pull quote or a teaser)?"""
    if a.tag != b.tag or a.tag not in PARAGRAPH_TAGS:
        return False
    up = 2 if a.tag == "li" else 1  # an item's list, then the element holding the lists
    return a.path[:-up] == b.path[:-up]
