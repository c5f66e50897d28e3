"""dom_main_block: main_block for HTML pages, which keeps the lines of the element holding the article's prose.

main_block weighs lines by how much they read like article text, so it leaves out the lists, tables and short
lines between an article's paragraphs when they are long. On an HTML page the element that holds most of the
prose (see `dom_container`) shows where the article stands, and so does an element its markup names as the
article's body (itemprop="articleBody", class "article-body", "entry-content"...): main_block's drops inside
either are not made. Pages read as text carry no such evidence: it is main_block.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import Decision, Document
from ..html.blocks import Region
from .dom_container import DomContainerSettings, prose_container
from .main_block import MainBlock, MainBlockSettings

BODY_ITEMPROPS = frozenset({"articlebody"})
BODY_CLASSES = frozenset({
    "articlebody", "article-body", "article_body", "article-content", "article_content", "articlecontent",
    "article-text", "article_text", "articletext", "entry-content", "entry_content", "post-content", "post_content",
    "postcontent", "post-body", "post_body", "postbody", "story-body", "story_body", "storybody", "story-content",
    "story-text", "storytext", "body-text", "bodytext", "article__body", "article__content", "entry__content",
    "post__content", "story__body", "story__content",
})
"""Class and id values (whole, case-folded) that publishing systems give the element holding an article's body."""
MIN_BODY_WORDS = 20
"""An element named as the article's body holding fewer words is an empty shell or a teaser's."""


@dataclass(frozen=True)
class DomMainBlockSettings:
    main_block: MainBlockSettings = field(default_factory=MainBlockSettings)
    container: DomContainerSettings = field(default_factory=DomContainerSettings)
    """Which element holds the article: the deepest holding this share of the page's prose."""
    min_body_words: int = MIN_BODY_WORDS
    """An element named as the article's body holding fewer words is an empty shell or a teaser's."""


def names_the_body(region: Region) -> bool:
    """Does the element's markup name it as the article's body?"""
    return region.itemprop in BODY_ITEMPROPS or not region.tokens.isdisjoint(BODY_CLASSES)


def marked_body(doc: Document, min_words: int) -> Region | None:
    """The element named as the article's body that holds the most words of the page's kept lines (at least
    `min_words`), or None."""
    evidence = doc.evidence
    if evidence is None:
        return None
    best: Region | None = None
    seen: set[Region] = set()
    chains: set[int] = set()
    for i in doc.kept():
        regions = evidence[i].regions
        if id(regions) in chains:
            continue  # the lines of an element share its chain
        chains.add(id(regions))
        for region in regions:
            if region in seen:
                continue
            seen.add(region)
            if names_the_body(region) and region.words >= min_words and (best is None or region.words > best.words):
                best = region
    return best


class DomMainBlock:
    name = "dom_main_block"

    def __init__(self, settings: DomMainBlockSettings = DomMainBlockSettings()) -> None:
        self.settings = settings
        self.main_block = MainBlock(settings.main_block)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        decisions = self.main_block(doc)
        evidence = doc.evidence
        if evidence is None:
            yield from decisions
            return
        found = prose_container(doc, self.settings.container)
        body = marked_body(doc, self.settings.min_body_words)
        for decision in decisions:
            if "comment thread" not in decision.reason:
                ev = evidence[decision.line]
                if found is not None and len(ev.path) > found[1] and ev.path[found[1]] == found[0]:
                    continue  # inside the article's element
                if body is not None and any(r is body for r in ev.regions):
                    continue  # inside the element named as the article's body
            yield decision
