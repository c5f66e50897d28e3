"""Reading an HTML page into the cleaners' Document (lines with DOM evidence) and its metadata, and the Article
that the pipeline and the page's own metadata make of it."""
from __future__ import annotations

from dataclasses import replace

from ..article import Article
from ..document import Document
from ..pipeline import Pipeline
from .blocks import page_blocks
from .metadata import PageMetadata, page_metadata
from .parse import parse_html

MAX_HEADLINE_WORDS = 40
MAX_BYLINE_WORDS = 20


def html_document(source: str | bytes) -> tuple[Document, PageMetadata]:
    """The page's lines as a Document carrying their evidence, and what the page says about its article."""
    root = parse_html(source)
    blocks = page_blocks(root)
    doc = Document("\n".join(blocks.texts))
    if len(doc) != len(blocks.texts):  # a page of no text at all: one empty line or none
        doc = Document("")
        doc.evidence = ()
    else:
        doc.evidence = blocks.evidence
    return doc, page_metadata(root, blocks)


def html_pipeline() -> Pipeline:
    """The default pipeline with the cleaners that read DOM evidence."""
    from ..cleaners.dom_boilerplate import DomBoilerplate
    from ..extract import default_pipeline

    pipeline = default_pipeline()
    pipeline.add(DomBoilerplate(), after="placeholders")
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
    return with_metadata(article, meta)


def with_metadata(article: Article, meta: PageMetadata) -> Article:
    changes: dict[str, str] = {}
    if meta.headline and len(meta.headline.split()) <= MAX_HEADLINE_WORDS:
        changes["headline"] = meta.headline
    if meta.byline and len(meta.byline.split()) <= MAX_BYLINE_WORDS:
        changes["byline"] = meta.byline
    if meta.date:
        changes["date"] = meta.date
    return replace(article, **changes) if changes else article
