"""dateline: finds the short lines that date the article ("Published 20 November 2019 09:02") and drops them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..dates import find_date
from ..document import Decision, Document

TIME = regex.compile(r"(?i)\b\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?")
# Words that may stand beside a date on a dateline, in any language: labels, weekdays, "updated", "ago".
DATE_LABEL = regex.compile(
    r"(?i)\b(?:published|updated|posted|last|modified|on|at|date|created|am|pm|"
    r"mon|tue|wed|thu|fri|sat|sun)\w*\b"
)


@dataclass(frozen=True)
class DatelineSettings:
    max_words: int = 12
    """A dateline has at most this many words."""
    max_other_words: int = 5
    """Words besides the date, time and labels that a dateline may hold (a name, a place, an agency)."""
    window_before: int = 40
    window_after: int = 80


class Dateline:
    name = "dateline"

    def __init__(self, settings: DatelineSettings = DatelineSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        anchor = doc.notes.get("headline_line")
        h = anchor if isinstance(anchor, int) else 0
        for i in doc.kept():
            stats = doc.stats(i)
            if stats.words > s.max_words or not stats.has_digit:
                continue
            text = doc.texts[i]
            found = find_date(text)
            if found is None:
                continue
            iso, start, end = found
            rest = TIME.sub(" ", text[:start] + " " + text[end:])
            rest = DATE_LABEL.sub(" ", rest)
            other = len(regex.findall(r"\p{L}{2,}", rest))
            if other > s.max_other_words:
                continue
            near = h - s.window_before <= i <= h + s.window_after
            # dates stand over each teaser and comment: a list of dated items is not the article
            doc.notes.setdefault("list_marks", set()).add(i)  # type: ignore[union-attr]
            yield Decision(i, "drop", f"dateline ({iso})", role="date" if near else None, value=iso)
