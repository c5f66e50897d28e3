"""An ordered list of named cleaners, composed by name, and the quote stage that follows them."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Protocol, Sequence, runtime_checkable

from .article import Quote
from .document import Decision, Document
from .errors import PipelineError


@runtime_checkable
class Cleaner(Protocol):
    """Anything with a `name` that reads a Document and returns Decisions about its lines."""

    name: str

    def __call__(self, doc: Document) -> Iterable[Decision]: ...


class FunctionCleaner:
    """A plain function `doc -> decisions` used as a cleaner."""

    def __init__(self, func: Callable[[Document], Iterable[Decision]], name: str | None = None) -> None:
        self.func = func
        self.name = name or getattr(func, "__name__", "") or "cleaner"

    def __call__(self, doc: Document) -> Iterable[Decision]:
        return self.func(doc)

    def __repr__(self) -> str:
        return f"FunctionCleaner({self.name!r})"


def as_cleaner(obj: object, name: str | None = None) -> Cleaner:
    """Accept a cleaner object, or wrap a plain function as one."""
    if name is None and isinstance(getattr(obj, "name", None), str) and callable(obj):
        return obj  # type: ignore[return-value]
    if callable(obj):
        return FunctionCleaner(obj, name)  # type: ignore[arg-type]
    raise PipelineError(f"{obj!r} is not a cleaner: it must be callable as cleaner(doc) -> decisions")


def _problem(decision: object, doc: Document) -> str | None:
    """What is wrong with a cleaner's decision, or None."""
    if not isinstance(decision, Decision):
        return "not a Decision"
    if not isinstance(decision.line, int) or isinstance(decision.line, bool):
        return "its line is not a line number"
    if not 0 <= decision.line < len(doc):
        return f"line {decision.line} is not in the document"
    if decision.action not in ACTIONS:
        return f"its action is not one of {ACTIONS}"
    if decision.action == "strip":
        if decision.text is None:
            return "a strip decision needs the text that remains"
        if not _within(decision.text, doc.texts[decision.line]):
            return "a strip decision may only remove characters"
    return None


def _within(short: str, long: str) -> bool:
    """Is `short` what remains of `long` when characters are removed (white space aside)?"""
    rest = iter(long)
    return all(char in rest for char in short if not char.isspace())


ACTIONS = ("drop", "strip", "mark")


DEFAULT_QUOTES = object()
"""Stands for "newsclean's own quote stage" where a Pipeline is made."""


class Pipeline:
    """Cleaners run in order over a Document; each one's decisions are applied before the next runs.

    `quotes` is the stage that finds the direct quotations of the kept paragraphs: newsclean's `QuoteFinder`
    unless another is given; None switches it off.
    """

    def __init__(self, cleaners: Iterable[object] = (), quotes: object | None = DEFAULT_QUOTES) -> None:
        self._cleaners: list[Cleaner] = []
        for cleaner in cleaners:
            self.append(cleaner)
        if quotes is DEFAULT_QUOTES:
            from .quotes import QuoteFinder

            quotes = QuoteFinder()
        self.quotes = quotes

    # --- composing -------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [c.name for c in self._cleaners]

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self._cleaners)

    def __len__(self) -> int:
        return len(self._cleaners)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __getitem__(self, name: str) -> Cleaner:
        return self._cleaners[self._index(name)]

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def _index(self, name: str) -> int:
        for i, cleaner in enumerate(self._cleaners):
            if cleaner.name == name:
                return i
        raise PipelineError(f"no cleaner named {name!r} in the pipeline; it has {self.names}")

    def _checked(self, cleaner: object, name: str | None, replacing: str | None = None) -> Cleaner:
        made = as_cleaner(cleaner, name)
        if made.name in self.names and made.name != replacing:
            raise PipelineError(f"the pipeline already has a cleaner named {made.name!r}")
        return made

    def append(self, cleaner: object, *, name: str | None = None) -> Pipeline:
        self._cleaners.append(self._checked(cleaner, name))
        return self

    def add(self, cleaner: object, *, before: str | None = None, after: str | None = None,
            name: str | None = None) -> Pipeline:
        """Insert a cleaner before or after a named one (at the end if neither is given)."""
        if before is not None and after is not None:
            raise PipelineError("give `before` or `after`, not both")
        made = self._checked(cleaner, name)
        if before is not None:
            self._cleaners.insert(self._index(before), made)
        elif after is not None:
            self._cleaners.insert(self._index(after) + 1, made)
        else:
            self._cleaners.append(made)
        return self

    def remove(self, name: str) -> Pipeline:
        del self._cleaners[self._index(name)]
        return self

    def replace(self, name: str, cleaner: object) -> Pipeline:
        """Put `cleaner` in the place of the one called `name` (it keeps its own name, or takes `name`)."""
        i = self._index(name)
        made = self._checked(cleaner, None if isinstance(getattr(cleaner, "name", None), str) else name,
                             replacing=name)
        self._cleaners[i] = made
        return self

    def copy(self) -> Pipeline:
        return Pipeline(self._cleaners, quotes=self.quotes)

    # --- running ---------------------------------------------------------------------------------
    def run(self, doc: Document) -> Document:
        for cleaner in self._cleaners:
            try:
                decisions = list(cleaner(doc) or ())
            except Exception as exc:  # a user's cleaner failing must say which one
                raise PipelineError(f"cleaner {cleaner.name!r} failed: {exc!r}") from exc
            # newsclean's own cleaners are tested to decide well; anyone else's decisions are checked
            if type(cleaner).__module__.startswith("newsclean.cleaners."):
                doc.apply_all(cleaner.name, decisions)
                continue
            for decision in decisions:
                problem = _problem(decision, doc)
                if problem:
                    raise PipelineError(f"cleaner {cleaner.name!r} returned {decision!r}: {problem}")
                doc.apply(cleaner.name, decision)
        return doc

    def find_quotes(self, paragraphs: Sequence[str]) -> tuple:
        if self.quotes is None:
            return ()
        try:
            quotes = tuple(self.quotes(paragraphs))  # type: ignore[operator]
        except Exception as exc:  # a user's quote stage failing must say so, as a cleaner's does
            raise PipelineError(f"the quote stage {self.quotes!r} failed: {exc!r}") from exc
        for quote in quotes:
            if not isinstance(quote, Quote):  # the Article's JSON and to_dict read each as a Quote
                raise PipelineError(f"the quote stage {self.quotes!r} returned {quote!r}: not a Quote")
        return quotes
