"""date_choice: picks the article's date among the datelines found: the one nearest the top of the article (its
headline, or the body's first line), a published date before an updated one."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document


@dataclass(frozen=True)
class DateChoiceSettings:
    max_lines_above: int = 40
    """How far above the article's top (its headline, or the body's first line) its date may stand."""
    max_lines_below_top: int = 200
    """How far below the article's top its date may stand (inside a long body's first part, or just after it)."""
    above_cost: float = 2.0
    """A line above the top counts as this many lines below it: dates under the headline come first."""


class DateChoice:
    name = "date_choice"

    def __init__(self, settings: DateChoiceSettings = DateChoiceSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        if not doc.date_candidates:
            return
        kept = doc.kept()
        top = doc.headline_line if doc.headline_line is not None else (kept[0] if kept else 0)
        tops = [top]
        if kept and doc.headline_line is not None and kept[0] < top:
            tops = [kept[0]]  # a page title taken for the headline can stand below the body's start
        elif kept and doc.headline_line in {i for role in ("title", "page_title") for i, _ in doc.role(role)}:
            # under a page title taken for the headline stands the site's header (with today's date): the dates
            # about the body's start come first
            tops.insert(0, kept[0])
        best: tuple[tuple[bool, float], int, str] | None = None
        for top in tops:
            for line, iso, updated in doc.date_candidates:
                if not top - s.max_lines_above <= line <= top + s.max_lines_below_top:
                    continue
                distance = line - top if line >= top else s.above_cost * (top - line)
                rank = (updated, distance)
                if best is None or rank < best[0]:
                    best = (rank, line, iso)
            if best is not None:
                break
        if best is not None:
            yield Decision(best[1], "mark", f"the article's date ({best[2]})", role="date", value=best[2])
