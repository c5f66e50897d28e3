"""dateline: finds the short lines that date the article ("Published 20 November 2019 09:02") and drops them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..dates import find_date
from ..document import Decision, Document
from ..names import looks_like_name, names_in
from .byline import BYLINE_PREFIX, add_candidate

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""Every date find_date reads holds a year: lines without one are not read further."""
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
LETTERS = regex.compile(r"\p{L}{2,}")
UPDATED = regex.compile(r"(?i)\b(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b")
TIME = regex.compile(r"(?i)\b\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?")
# Words that may stand beside a date on a dateline, in any language: labels, weekdays, "updated", "ago".
DATE_LABEL = regex.compile(
    r"(?i)\b(?:published|updated|posted|last|modified|on|at|date[ds]?|created|am|pm|"
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?"
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

    @staticmethod
    def name_beside(text: str, start: int, end: int) -> str | None:
        """A person named before the date ("Jane Doe, 3 May 2024") or after it with a byline's opening
        ("Published August 7, 2023 by Jane Doe")."""
        if start > 0:
            name = names_in(BYLINE_PREFIX.sub("", text[:start]))
            if name and looks_like_name(name):
                return name
        after = TIME.sub(" ", text[end:]).strip(" ,·|•-–—")
        prefix = BYLINE_PREFIX.match(after)
        if prefix is not None:
            name = names_in(after[prefix.end():])
            if name and looks_like_name(name):
                return name
        return None

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        h = doc.headline_line or 0
        best: tuple[tuple[int, int], int, str] | None = None
        # lines other cleaners dropped (a byline with its date) are read too, but only kept ones are dropped
        for i in doc.lines_matching(YEAR_HINT, folded=True, dropped_too=True, max_words=s.max_words):
            text = doc.texts[i]
            if doc.stats(i).words > s.max_words or not YEAR.search(text):
                continue
            found = find_date(text)
            if found is None:
                continue
            iso, start, end = found
            rest = DATE_LABEL.sub(" ", TIME.sub(" ", text[:start] + " " + text[end:]))
            if len(LETTERS.findall(rest)) > s.max_other_words:
                continue
            if h - s.window_before <= i <= h + s.window_after:
                # the article's date: the published one nearest the headline, after it rather than before
                rank = (1 if UPDATED.search(text) else 0, (i - h) if i >= h else s.window_after + h - i)
                if best is None or rank < best[0]:
                    best = (rank, i, iso)
            if not doc.is_kept(i):
                continue
            name = self.name_beside(text, start, end)
            if name:
                add_candidate(doc, i, name, "dated")
            # dates stand over each teaser and comment: a list of dated items is not the article
            doc.list_marks.add(i)
            yield Decision(i, "drop", f"dateline ({iso})", role="dateline", value=iso)
        if best is not None:
            yield Decision(best[1], "mark", f"the article's date ({best[2]})", role="date", value=best[2])
