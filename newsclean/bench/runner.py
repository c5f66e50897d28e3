"""Running systems over labelled pages: scores, time per page, worst pages, and the printed table."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Iterable

from ..document import normalise
from ..errors import NewscleanError
from ..extract import extract
from ..cleaners.placeholders import INLINE_TOKENS
from ..inputs import read_source
from ..pipeline import Pipeline
from .datasets import Page
from .provenance import pieced_from
from .peers import Prediction, System
from .scoring import BodyTotals, QuoteTotals, body_score, byline_right, date_right, headline_right, score_quotes


@dataclass
class Result:
    system: str
    input: str
    pages: int = 0
    body: BodyTotals = field(default_factory=BodyTotals)
    headline: list[bool] = field(default_factory=list)
    byline: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    quotes: QuoteTotals = field(default_factory=QuoteTotals)
    quotes_by_lang: dict[str, QuoteTotals] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    per_page: list[tuple[str, float]] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def ms_per_page(self) -> float:
        return 1000 * statistics.fmean(self.seconds) if self.seconds else 0.0

    @property
    def median_ms(self) -> float:
        return 1000 * statistics.median(self.seconds) if self.seconds else 0.0


def newsclean_system(pipeline: Pipeline | None = None, mode: str = "text", name: str = "newsclean") -> System:
    def prepare(page: Page) -> object:
        return page.text() if mode == "text" else page.html()

    def run(source: object) -> Prediction:
        article = extract(source, format=mode, pipeline=pipeline)  # type: ignore[arg-type]
        return Prediction(article.body, article.headline, article.byline, article.date,
                          tuple((q.text, q.speaker) for q in article.quotes), article.paragraphs)

    return System(name, mode, prepare, run)


def quote_stage_cost(pipeline: Pipeline | None, mode: str, pages: list[Page], repeat: int = 3
                     ) -> tuple[float, float]:
    """Milliseconds per page with the pipeline's quote stage and without it, timed page by page in turn (the
    best of `repeat` each), so that both figures come from the same run on the same machine."""
    from ..html.reading import html_pipeline
    from ..extract import default_pipeline

    with_quotes = pipeline or (default_pipeline() if mode == "text" else html_pipeline())
    without = Pipeline(list(with_quotes), quotes=None)
    totals = [0.0, 0.0]
    for page in pages:
        source = page.text() if mode == "text" else page.html()
        if source is None:
            continue
        for k, pipe in enumerate((with_quotes, without)):
            best = float("inf")
            for _ in range(max(1, repeat)):
                start = time.perf_counter()
                try:
                    extract(source, format=mode, pipeline=pipe)  # type: ignore[arg-type]
                except NewscleanError:
                    pass
                best = min(best, time.perf_counter() - start)
            totals[k] += best
    n = max(len(pages), 1)
    return 1000 * totals[0] / n, 1000 * totals[1] / n


def invented(prediction: Prediction, source: str, mode: str = "text") -> bool:
    """True when a paragraph or quote is not text of the input (after white space is normalised and
    placeholder tokens are stripped; for HTML, of the text of its elements); a joined quote must be parts of
    the input in order."""
    text = html_text_content(source) if mode == "html" else read_source(source)
    flat = normalise(INLINE_TOKENS.sub(" ", text))
    for paragraph in prediction.paragraphs:
        if paragraph not in flat:
            return True
    if prediction.quotes:
        for text, _ in prediction.quotes:
            if not pieced_from(text, flat):
                return True
    return False


def html_text_content(source: str) -> str:
    """The text of a page's elements, as lxml reads it (markup and entities resolved; scripts, styles and hidden
    elements left out)."""
    from ..html.blocks import visible_text
    from ..html.parse import parse_html

    return visible_text(parse_html(source))


def warm_up(system: System, source: object) -> None:
    """Run a system once, untimed: its one-time set-up (imports, compiled patterns, loaded word lists) is no
    page's time, for a corpus of pages pays it once."""
    try:
        system.run(source)
    except Exception:  # the timed run records the failure
        pass


def run_system(system: System, pages: Iterable[Page], repeat: int = 1, check_invented: bool = False) -> Result:
    """Score and time a system page by page (each page's best of `repeat` runs), after one untimed run on the
    first page."""
    result = Result(system.name, system.input)
    warmed = False
    for page in pages:
        source = system.prepare(page)
        if source is None:
            continue
        if not warmed:
            warm_up(system, source)
            warmed = True
        best = float("inf")
        prediction = Prediction()
        for _ in range(max(1, repeat)):
            start = time.perf_counter()
            try:
                prediction = system.run(source)
            except NewscleanError as exc:
                prediction = Prediction()
                result.failures.append(f"{page.id}: {exc}")
            except Exception as exc:  # a peer's crash is its empty answer, counted
                prediction = Prediction()
                result.failures.append(f"{page.id}: {type(exc).__name__}: {exc}")
            best = min(best, time.perf_counter() - start)
        result.seconds.append(best)
        result.pages += 1
        score(result, page, prediction)
        if check_invented and isinstance(source, str) and invented(prediction, source, system.input):
            result.invented.append(page.id)
    return result


def score(result: Result, page: Page, prediction: Prediction) -> None:
    exp = page.expected
    if exp.body is not None:
        s = body_score(prediction.body, exp.body)
        result.body.add(s)
        result.per_page.append((page.id, s.f1))
    if exp.headline:
        result.headline.append(headline_right(prediction.headline, exp.headline))
    if exp.byline:
        result.byline.append(byline_right(prediction.byline, exp.byline))
    if exp.date:
        result.date.append(date_right(prediction.date, exp.date))
    if exp.quotes is not None and prediction.quotes is not None:
        score_quotes(prediction.quotes, exp.quotes, result.quotes)
        lang = exp.lang or "?"
        score_quotes(prediction.quotes, exp.quotes, result.quotes_by_lang.setdefault(lang, QuoteTotals()))


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.1%} ({sum(flags)}/{len(flags)})" if flags else "—"


def table(title: str, results: list[Result], reference: str = "newsclean") -> str:
    """A Markdown table of the results, with each system's speed as a ratio to the reference's."""
    ref = next((r for r in results if r.system == reference), None)
    lines = [f"### {title}", "",
             "| system (input) | pages | body F1 | P | R | headline | byline | date | ms/page | median ms | "
             f"time vs {reference} |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if not r.pages:
            continue
        ratio = f"{r.ms_per_page / ref.ms_per_page:.1f}x" if ref and ref.ms_per_page else "—"
        lines.append(
            f"| {r.system} ({r.input}) | {r.pages} | {r.body.f1:.3f} | {r.body.precision:.3f} | {r.body.recall:.3f} | "
            f"{_share(r.headline)} | {_share(r.byline)} | {_share(r.date)} | {r.ms_per_page:.2f} | "
            f"{r.median_ms:.2f} | {ratio} |"
        )
    return "\n".join(lines)


def quote_table(result: Result) -> str:
    lines = ["| quotes | labelled | predicted | P | R | F1 | speaker right |", "|---|---|---|---|---|---|---|"]
    rows = sorted(result.quotes_by_lang.items()) + [("all", result.quotes)]
    for lang, q in rows:
        if q.expected or q.predicted:
            lines.append(f"| {lang} | {q.expected} | {q.predicted} | {q.precision:.3f} | {q.recall:.3f} | "
                         f"{q.f1:.3f} | {q.speaker_accuracy:.1%} |")
    return "\n".join(lines)


def worst(result: Result, n: int) -> str:
    pages = sorted(result.per_page, key=lambda p: p[1])[:n]
    return "\n".join(f"  {f1:.3f}  {page_id}" for page_id, f1 in pages)
