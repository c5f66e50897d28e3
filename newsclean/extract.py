"""extract(): raw page text in, Article out."""
from __future__ import annotations

from . import collector
from .article import Article
from .document import Document
from .errors import InputError
from .inputs import read_source
from .pipeline import Pipeline

FORMATS = ("auto", "text", "html")


def default_pipeline() -> Pipeline:
    """The cleaners newsclean runs by default, in order, and its quote stage."""
    from .cleaners.author_box import AuthorBox
    from .cleaners.byline import Byline
    from .cleaners.byline_choice import BylineChoice
    from .cleaners.captions import Captions
    from .cleaners.comments import Comments
    from .cleaners.date_choice import DateChoice
    from .cleaners.dateline import Dateline
    from .cleaners.headline import Headline
    from .cleaners.headline_fallback import HeadlineFallback
    from .cleaners.main_block import MainBlock
    from .cleaners.nav_junk import NavJunk
    from .cleaners.placeholders import Placeholders
    from .cleaners.promos import Promos
    from .cleaners.reading_time import ReadingTime
    from .cleaners.repeats import Repeats
    from .cleaners.related_stories import RelatedStories
    from .quotes import QuoteFinder

    return Pipeline(
        [Placeholders(), Headline(), Dateline(), Byline(), Comments(), NavJunk(), RelatedStories(), Promos(),
         Captions(), MainBlock(), ReadingTime(), Repeats(), HeadlineFallback(), DateChoice(), BylineChoice(),
         AuthorBox()],
        quotes=QuoteFinder(),
    )


_DEFAULT: Pipeline | None = None


def _default() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = default_pipeline()
    return _DEFAULT


def extract(source: str | bytes, *, format: str = "auto", pipeline: Pipeline | None = None) -> Article:
    """Extract the article from a page's raw text or its HTML.

    `format` is "text", "html" or "auto" (HTML when the input looks like markup, see
    `newsclean.html.detect.looks_like_html`). Raises `InputError` for input that is not a page (not text,
    binary data, more than `newsclean.inputs.MAX_LINES` lines, a `pipeline` that is not a Pipeline); a cleaner
    or quote stage of the pipeline that fails raises `PipelineError`.
    """
    if not isinstance(format, str) or format not in FORMATS:
        raise InputError(f"format must be one of {FORMATS}, not {format!r}")
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise InputError(f"pipeline must be a newsclean.Pipeline or None, not {type(pipeline).__name__}")
    if format == "html" or (format == "auto" and _is_html(source)):
        from .html.reading import extract_html

        return extract_html(source, pipeline)
    text = read_source(source)
    doc = Document(text)
    pipe = pipeline if pipeline is not None else _default()
    with collector.paused_for(len(doc)):
        pipe.run(doc)
        return assemble(doc, pipe)


def _is_html(source: object) -> bool:
    from .html.detect import source_looks_like_html

    return source_looks_like_html(source)


def assemble(doc: Document, pipeline: Pipeline) -> Article:
    """The Article a cleaned Document holds."""
    paragraphs = tuple(doc.texts[i] for i in doc.kept())
    headline = _first_value(doc, "headline")
    return Article(
        headline=headline,
        paragraphs=paragraphs,
        quotes=pipeline.find_quotes(paragraphs),
        byline=_first_value(doc, "byline"),
        date=_first_value(doc, "date"),
        decisions=doc.line_decisions(),
    )


def _first_value(doc: Document, role: str) -> str | None:
    for _, value in doc.role(role):
        if value:
            return value
    return None
