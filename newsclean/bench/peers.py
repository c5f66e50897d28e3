"""Other extractors, timed and scored on the same pages' HTML when they are installed (the `bench` extra)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .datasets import Page


@dataclass(frozen=True)
class Prediction:
    body: str = ""
    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    quotes: tuple[tuple[str, str | None], ...] | None = None
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class System:
    name: str
    input: str  # "text" or "html"
    prepare: Callable[[Page], object]
    run: Callable[[object], Prediction]


def _trafilatura() -> System | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: object) -> Prediction:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        if doc is None:
            return Prediction()
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        return Prediction(get("text") or "", get("title"), get("author"), get("date"))

    return System("trafilatura", "html", Page.html, run)


def _readability() -> System | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return None

    def run(html: object) -> Prediction:
        doc = Document(html)
        summary = doc.summary()
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        return Prediction(text, doc.short_title())

    return System("readability-lxml", "html", Page.html, run)


def _resiliparse() -> System | None:
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return None

    def run(html: object) -> Prediction:
        return Prediction(extract_plain_text(str(html), main_content=True))

    return System("resiliparse", "html", Page.html, run)


def _html_text() -> System | None:
    try:
        import html_text
    except ImportError:
        return None

    def run(html: object) -> Prediction:
        return Prediction(html_text.extract_text(html))

    return System("html-text (all page text)", "html", Page.html, run)


def available_peers() -> list[System]:
    return [s for s in (_trafilatura(), _readability(), _resiliparse(), _html_text()) if s is not None]
