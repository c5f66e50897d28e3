"""dom_main_block: main_block for HTML pages, which keeps the lines of the element holding the article's prose.

main_block weighs lines by how much they read like article text, so it leaves out the lists, tables and short
lines between an article's paragraphs when they are long. On an HTML page the element that holds most of the
prose (see `dom_container`) shows where the article stands: main_block's drops inside that element are not
made. Pages read as text carry no such evidence: it is main_block.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import Decision, Document
from .dom_container import DomContainerSettings, prose_container
from .main_block import MainBlock, MainBlockSettings


@dataclass(frozen=True)
class DomMainBlockSettings:
    main_block: MainBlockSettings = field(default_factory=MainBlockSettings)
    container: DomContainerSettings = field(default_factory=DomContainerSettings)
    """Which element holds the article: the deepest holding this share of the page's prose."""


class DomMainBlock:
    name = "dom_main_block"

    def __init__(self, settings: DomMainBlockSettings = DomMainBlockSettings()) -> None:
        self.settings = settings
        self.main_block = MainBlock(settings.main_block)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        decisions = self.main_block(doc)
        found = prose_container(doc, self.settings.container) if doc.evidence is not None else None
        if found is None:
            yield from decisions
            return
        element, depth = found
        evidence = doc.evidence
        assert evidence is not None
        for decision in decisions:
            path = evidence[decision.line].path
            if len(path) > depth and path[depth] == element and "comment thread" not in decision.reason:
                continue  # inside the article's element
            yield decision
