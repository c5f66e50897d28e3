"""Where a line stands: among the paragraphs of running text, or on its own (for an HTML page read from the DOM
evidence the cleaners find on `doc.evidence`, text cleaners using it without loading the HTML reader; for a page's
text, from the blank lines that set its paragraphs apart)."""
from __future__ import annotations

from .document import Document

PROSE_MIN_WORDS = 8
"""A line of at least this many words that ends like a sentence counts as prose."""

FLOW_SPAN = 4
"""How many lines before and after a line are read for its neighbours."""
MAX_PROSE_LINK_DENSITY = 0.3


def among_prose(doc: Document, i: int, span: int = FLOW_SPAN) -> bool:
    """Is line `i` a paragraph among paragraphs of running text (long lines that end like sentences and, on an
    HTML page, are not mostly links)? Such a line is part of the text, whatever it looks like on its own; teasers
    and prompts stand in elements of their own.

    On an HTML page: a paragraph (<p>) of an element whose other paragraphs nearby are running text. In a page's
    text: a paragraph of its own (a blank line before and after it) whose nearest lines on both sides, a blank
    line away, are running text; teasers come in runs of lines with no blank line between."""
    evidence = doc.evidence
    if evidence is None:
        return _between_prose_paragraphs(doc, i)
    if evidence[i].tag != "p":
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


def _between_prose_paragraphs(doc: Document, i: int) -> bool:
    texts, n = doc.texts, len(doc)
    if i < 2 or i + 2 >= n or texts[i - 1] or texts[i + 1]:
        return False
    return _is_prose(doc, i - 2) and _is_prose(doc, i + 2)


def _is_prose(doc: Document, j: int) -> bool:
    if not doc.texts[j]:
        return False
    stats = doc.stats(j)
    return stats.words >= PROSE_MIN_WORDS and stats.ends_sentence


def cell_of_a_row(doc: Document, i: int) -> bool:
    """On an HTML page, is line i a table's cell beside another cell of its row (the line before or after it)? A
    row's cells are data, whatever they read like alone; a table laid out to frame a page's parts holds lone
    cells."""
    evidence = doc.evidence
    if evidence is None or not evidence[i].in_table:
        return False
    row = evidence[i].path[:-1]
    return any(0 <= j < len(evidence) and evidence[j].in_table and evidence[j].path[:-1] == row for j in (i - 1, i + 1))
