"""Reading an HTML page into the cleaners' Document (lines with DOM evidence) and its metadata, and the Article
that the pipeline and the page's own metadata make of it."""
from __future__ import annotations

import re
from dataclasses import replace

from ..article import Article
from ..dates import find_date
from ..cleaners.dateline import UPDATED
from ..document import Document
from ..names import PEOPLE_SEPARATOR
from ..pipeline import Pipeline
from .blocks import page_blocks
from .metadata import PageMetadata, page_metadata
from .parse import parse_html

MAX_HEADLINE_WORDS = 40
MAX_BYLINE_WORDS = 20
MAX_DATELINE_ABOVE = 1
MAX_DATELINE_BELOW = 8
"""A date from the line above the headline to this many lines below it stands beside it (past the byline, the
reading time, the standfirst)."""
MAX_DATE_LINE_WORDS = 15
"""Lines this short are read for the dates the page shows."""
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def html_document(source: str | bytes) -> tuple[Document, PageMetadata]:
    """The page's lines as a Document carrying their evidence, and what the page says about its article."""
    root = parse_html(source)
    blocks = page_blocks(root)
    doc = Document.from_lines(blocks.texts)
    doc.evidence = blocks.evidence
    meta = page_metadata(root, blocks)
    doc.summaries = meta.summaries
    return doc, meta


def html_pipeline() -> Pipeline:
    """The default pipeline with the cleaners that read DOM evidence: dom_boilerplate after placeholders,
    dom_container before the main run is chosen, and dom_main_block in main_block's place."""
    from ..cleaners.dom_boilerplate import DomBoilerplate
    from ..cleaners.dom_container import DomContainer
    from ..cleaners.dom_main_block import DomMainBlock
    from ..extract import default_pipeline

    pipeline = default_pipeline()
    pipeline.add(DomBoilerplate(), after="placeholders")
    pipeline.add(DomContainer(), before="main_block")
    pipeline.replace("main_block", DomMainBlock())
    return pipeline


_DEFAULT: Pipeline | None = None


def _default() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = html_pipeline()
    return _DEFAULT


def extract_html(source: str | bytes, pipeline: Pipeline | None = None) -> Article:
    """The Article of an HTML page: the pipeline over its lines, with the page's metadata preferred to what the
    cleaners read off the lines."""
    from ..extract import assemble

    doc, meta = html_document(source)
    pipe = pipeline if pipeline is not None else _default()
    pipe.run(doc)
    article = assemble(doc, pipe)
    return with_metadata(article, meta, doc)


def _dateline_by_headline(doc: Document, stated: str) -> bool:
    """Did the cleaners find the article's date beside its headline (or over the body's first line, when the
    headline is the page's title), where the page does not show the metadata's date `stated` as its publication
    date? A "last updated" date there does not say when the article was published."""
    dates = doc.role("date")
    if not dates or doc.headline_line is None:
        return False
    first, last = doc.headline_line - MAX_DATELINE_ABOVE, doc.headline_line + MAX_DATELINE_BELOW
    if doc.evidence is not None and doc.evidence[doc.headline_line].in_head:
        # a page title for headline: the lines under it are the site's header (with today's date); the dateline
        # stands over the body's first line
        kept = doc.kept()
        if not kept:
            return False
        first, last = kept[0] - MAX_DATELINE_BELOW, kept[0] + MAX_DATELINE_ABOVE
    line = dates[0][0]
    if not first <= line <= last or any(at == line and updated for at, _, updated in doc.date_candidates):
        return False
    for i in range(max(first, 0), min(last + 1, len(doc))):
        text = doc.texts[i]
        if text and doc.stats(i).words <= MAX_DATE_LINE_WORDS and YEAR.search(text) and not UPDATED.search(text):
            found = find_date(text)
            if found is not None and found[0] == stated:
                return False
    return True


def _signed_instead(doc: Document, stated: str) -> bool:
    """Does the page sign its article "By ..." while showing none of the people its metadata names? (The
    metadata then names whoever put the page online.)"""
    chosen = doc.role("byline")
    if not chosen or chosen[0][1] == stated or \
            not any(c[0] == chosen[0][0] and c[2] == "prefixed" for c in doc.byline_candidates):
        return False
    people = tuple(p.strip().casefold() for p in PEOPLE_SEPARATOR.split(stated) if p.strip())
    return bool(people) and not doc.contains_any(people, folded=True)


def with_metadata(article: Article, meta: PageMetadata, doc: Document | None = None) -> Article:
    """The Article with the page's metadata in the place of what the cleaners read off its lines, where the
    metadata holds a usable value. A metadata date that the page does not show beside its headline gives way to
    the date the cleaners found there (a date stored in UTC can be the next day where the page is written, and a
    page's metadata may hold the date of its last edit or of its template)."""
    headline, byline, date = article.headline, article.byline, article.date
    if meta.headline and len(meta.headline.split()) <= MAX_HEADLINE_WORDS:
        headline = meta.headline
    if meta.byline and len(meta.byline.split()) <= MAX_BYLINE_WORDS and (meta.byline_is_firm or not byline) \
            and not (doc is not None and _signed_instead(doc, meta.byline)):
        byline = meta.byline
    if meta.date and meta.date != date and (date is None or doc is None or not _dateline_by_headline(doc, meta.date)):
        date = meta.date
    return replace(article, headline=headline, byline=byline, date=date)
