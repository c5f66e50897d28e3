"""byline_choice: picks the article's byline among the names found: the one nearest above the body, else an
author line just after it; a bare name line next to the headline or the dateline counts too."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document
from ..names import looks_like_name

# Two capitalised words next to a date that are page furniture, not a person.
NOT_NAMES = frozenset({"written by", "posted by", "share this", "read more", "last updated", "table of contents"})


@dataclass(frozen=True)
class BylineChoiceSettings:
    max_lines_above: int = 40
    """How far above the headline (or the body's first line, if that comes first) a byline may stand."""
    max_lines_below: int = 40
    """How far below the body's last line an author line ("Written by ...") may stand."""


class BylineChoice:
    name = "byline_choice"

    def __init__(self, settings: BylineChoiceSettings = BylineChoiceSettings()) -> None:
        self.settings = settings

    @staticmethod
    def neighbour(doc: Document, line: int, step: int) -> int | None:
        """The nearest line with text above (step -1) or below (step 1) `line`."""
        i = line + step
        while 0 <= i < len(doc) and not doc.texts[i]:
            i += step
        return i if 0 <= i < len(doc) else None

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        kept = list(doc.kept())
        if not kept:
            return
        start, end = kept[0], kept[-1]
        candidates = list(doc.byline_candidates)
        dates = [i for i, _ in doc.role("date")] + [c[0] for c in candidates if c[2] == "dated"]
        titles = {i for role in ("headline", "title", "page_title") for i, _ in doc.role(role)}
        title_texts = {(v or "").casefold() for role in ("headline", "title") for _, v in doc.role(role)}
        for anchor in dates:
            for i in (self.neighbour(doc, anchor, -1), self.neighbour(doc, anchor, 1)):
                if i is not None and i not in titles and doc.texts[i].casefold() not in title_texts \
                        and looks_like_name(doc.texts[i]) \
                        and doc.texts[i].casefold() not in NOT_NAMES:
                    candidates.append((i, doc.texts[i].rstrip(".,:;"), "name line"))
        # an author box: a name, and a line about that person that starts with the name ("Jane Doe is a ...")
        for i in range(end + 1, min(end + 1 + s.max_lines_below, len(doc))):
            text = doc.texts[i]
            if text and looks_like_name(text):
                after = self.neighbour(doc, i, 1)
                if after is not None and doc.texts[after].startswith(text + " ") and doc.stats(after).words >= 6:
                    candidates.append((i, text, "author box"))
        headline = next((i for i, _ in doc.role("headline")), start)
        near = [c for c in candidates if min(start, headline) - s.max_lines_above <= c[0] <= end]
        below = [c for c in candidates if end < c[0] <= end + s.max_lines_below and c[2] in ("prefixed", "author box")]
        if near:
            line, name, kind = min(near, key=lambda c: (c[2] == "name line", abs(c[0] - headline)))
        elif below:
            line, name, kind = min(below, key=lambda c: c[0])
        else:
            return
        yield Decision(line, "mark", f"the article's byline ({kind}) {name!r}", role="byline", value=name)
