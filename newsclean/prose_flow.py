"""Where an HTML page's line stands: among the paragraphs of running text, or on its own (read from the DOM
evidence the cleaners find on `doc.evidence`; text cleaners use it without loading the HTML reader)."""
from __future__ import annotations

from .document import Document

PROSE_MIN_WORDS = 8
"""A line of at least this many words that ends like a sentence counts as prose."""

FLOW_SPAN = 4
"""How many lines before and after a line are read for its neighbours."""
MAX_PROSE_LINK_DENSITY = 0.3


def among_prose(doc: Document, i: int, span: int = FLOW_SPAN) -> bool:
    """Is line `i` a paragraph (<p>) of an element whose other paragraphs nearby are running text (long lines
    that end like sentences and are not mostly links)? Such a line is part of the text, whatever it looks like
    on its own; teasers and prompts stand in elements of their own. False for a page read as text."""
    evidence = doc.evidence
    if evidence is None or evidence[i].tag != "p":
        return False
    parent = evidence[i].path[:-1]
    for j in range(max(0, i - span), min(len(doc), i + span + 1)):
        if j == i or not doc.texts[j] or evidence[j].path[:-1] != parent:
            continue
        stats = doc.stats(j)
        if stats.words >= PROSE_MIN_WORDS and stats.ends_sentence and \
                evidence[j].link_density < MAX_PROSE_LINK_DENSITY:
            return True
    return False
