"""dateline: finds the short lines that date something ("Published 20 November 2019 09:02"), drops them and
notes their dates; date_choice later picks the article's own."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

import re

import regex

from ..dates import find_date
from ..document import Decision, Document, fold
from ..names import looks_like_name, names_in
from .byline import BYLINE_PREFIX, add_candidate

if TYPE_CHECKING:
    from ..html.blocks import BlockEvidence

TABLE_CELLS = frozenset({"td", "th"})

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""Every date find_date reads holds a year: lines without one are not read further."""
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?!\d)")
LETTERS = regex.compile(r"\p{L}{2,}")
# A figure beside a date makes the line a row of data ("1/1/2013  +13.1%", "Q3 2024  $1,204.50"), not a dateline:
# a share, an amount, a signed or decimal number.
DATA_FIGURE = re.compile(r"\d%|%\s?\d|[$€£¥]\s?\d|\d\s?[$€£¥]|(?<![\w.])[-+−]\d|\d[.,]\d+(?![\d.,/:-])")
SEPARATORS = "·|•-–—"
"""What may stand between a date and the author's name after it."""
SEPARATOR = re.compile(r"\s+[·|•\-–—]\s+")
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
    language_sample_lines: int = 300
    english_min_the: int = 5
    """A page whose first `language_sample_lines` lines hold "the" this often is taken to be in English."""


class Dateline:
    name = "dateline"

    def __init__(self, settings: DatelineSettings = DatelineSettings()) -> None:
        self.settings = settings

    def reads_day_first(self, doc: Document, lines: list[int]) -> bool:
        """Does the page write "02/11/2023" for 2 November? Its unambiguous dates tell ("25/12/2023"); failing
        them, pages in English are taken to write the month first, as the United States does."""
        votes = ambiguous = 0
        for i in lines:
            for first, second in SLASH_DATE.findall(doc.texts[i]):
                votes += (int(first) > 12) - (int(second) > 12)
                ambiguous += int(first) <= 12 and int(second) <= 12
        if votes or not ambiguous:
            return votes > 0  # with no date to read either way, the page's language is not needed
        kept = doc.kept()[: self.settings.language_sample_lines]
        english = sum(f" {fold(doc.texts[i])} ".count(" the ") for i in kept)
        return english < self.settings.english_min_the

    @staticmethod
    def name_beside(text: str, start: int, end: int) -> tuple[str | None, str]:
        """A person named before the date ("Jane Doe, 3 May 2024") or after it with a byline's opening or a
        separator ("Published August 7, 2023 by Jane Doe", "Dec. 19, 2025 · Jane Doe"); and the line without its
        date, and without a name after it and the role after a comma that may follow ("by Jane Doe, Editor")."""
        before, after = text[:start], text[end:]
        if start > 0:
            name = names_in(BYLINE_PREFIX.sub("", before))
            if name and looks_like_name(name):
                return name, before + " " + after  # a section's name stands there too: its words count
        after = TIME.sub(" ", after).strip()
        separated = after[:1] in SEPARATORS
        after = after.strip(" ,·|•-–—")
        prefix = BYLINE_PREFIX.match(after)
        # "by Jane Doe, Senior Editor"; "· Jane Doe"; "• Section • Jane Doe": the author signs last
        parts = [after[prefix.end():]] if prefix is not None else SEPARATOR.split(after) if separated else []
        for k in reversed(range(len(parts))):
            name = names_in(parts[k])
            if name and looks_like_name(name) and parts[k].startswith(name):
                tail = parts[k][len(name):]
                others = parts[:k] + ([] if tail.lstrip().startswith(",") else [tail])
                return name, " ".join([before, *others])
        return None, before + " " + after

    @staticmethod
    def other_words(text: str) -> int:
        """How many words a dateline's text holds besides times and date labels."""
        return len(LETTERS.findall(DATE_LABEL.sub(" ", TIME.sub(" ", text))))

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        # lines other cleaners dropped (a byline with its date) are read too, but only kept ones are dropped
        lines = [i for i in doc.lines_matching(YEAR_HINT, folded=True, dropped_too=True, max_words=s.max_words)
                 if doc.words(i) <= s.max_words and YEAR.search(doc.texts[i])]
        day_first = self.reads_day_first(doc, lines)
        evidence = doc.evidence
        for i in lines:
            if evidence is not None and _quoted_or_tabled(evidence[i]):
                continue
            text = doc.texts[i]
            found = find_date(text, day_first)
            if found is None:
                continue
            iso, start, end = found
            undated = TIME.sub(" ", text[:start] + " " + text[end:])
            if DATA_FIGURE.search(undated):
                continue
            name: str | None = None
            if self.other_words(undated) > s.max_other_words:
                # the words of an author's name after the date, and of the role after it, do not count
                name, rest = self.name_beside(text, start, end)
                if name is None or self.other_words(rest) > s.max_other_words:
                    continue
            doc.date_candidates.append((i, iso, UPDATED.search(text) is not None))
            if not doc.is_kept(i):
                continue
            if name is None:
                name = self.name_beside(text, start, end)[0]
            if name:
                add_candidate(doc, i, name, "dated")
            # dates stand over each teaser and comment: a list of dated items is not the article
            doc.list_marks.add(i)
            yield Decision(i, "drop", f"dateline ({iso})", role="dateline", value=iso)


def _quoted_or_tabled(evidence: BlockEvidence) -> bool:
    """Does an HTML line stand in a quoted post (an embedded tweet's "— Name (@name) date") or a table's cell?
    Its date is the post's or the table's, not the article's."""
    return evidence.tag == "blockquote" or any(r.tag == "blockquote" for r in evidence.regions) or \
        evidence.tag in TABLE_CELLS
