"""byline_choice: picks the article's byline among the names found: the one nearest above the body, else an
author line just after it; a bare name line next to the headline or the dateline counts too."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

from ..document import Decision, Document
from ..names import looks_like_name

ROLE_IN_BRACKETS = re.compile(r"^\([^()]{1,40}\)\s*[–—-]?\s*")
# Two capitalised words next to a date that are page furniture, not a person.
NOT_NAMES = frozenset({"written by", "posted by", "share this", "read more", "last updated", "table of contents"})


@dataclass(frozen=True)
class BylineChoiceSettings:
    max_lines_above: int = 40
    """How far above the headline (or the body's first line, if that comes first) a byline may stand."""
    max_lines_below: int = 40
    """How far below the body's last line an author line ("Written by ...") may stand."""
    name_line_reach: int = 2
    """How many lines from a dateline a bare name line may stand, when the lines between hold figures
    ("8 min", "5:50 am")."""
    bio_lines_in_body: int = 2
    """A line about the author ("Jane Doe is a ...") may be among the body's last lines, or below it."""
    max_name_line_words: int = 3
    """A bare name line, with no "By" to vouch for it, has at most this many words."""


class BylineChoice:
    name = "byline_choice"

    def __init__(self, settings: BylineChoiceSettings = BylineChoiceSettings()) -> None:
        self.settings = settings

    @classmethod
    def name_line_places(cls, doc: Document, line: int, reach: int) -> list[int]:
        """The lines with text next to `line`, above and below, looking past up to `reach` - 1 lines of
        figures ("8 min", "5:50 am") in each direction."""
        found = []
        for step in (-1, 1):
            at: int | None = line
            for _ in range(reach):
                at = cls.neighbour(doc, at, step)
                if at is None:
                    break
                found.append(at)
                stats = doc.stats(at)
                if not (stats.has_digit and stats.words <= 3):
                    break
        return found

    @staticmethod
    def is_about(line: str, name: str) -> bool:
        """Does `line` start with `name`, or its first word, after an optional role in brackets?"""
        line = ROLE_IN_BRACKETS.sub("", line, count=1)
        return line.startswith(name + " ") or line.startswith(name.split()[0] + " ")

    @staticmethod
    def tells_about(line: str, name: str) -> bool:
        """Is `line` a sentence about `name`: the name, then a word in lower case ("Jane Doe is a ...")?"""
        return line.startswith(name + " ") and line[len(name) + 1:len(name) + 2].islower()

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
        titles = {i for role in ("headline", "title", "page_title") for i, _ in doc.role(role)}
        title_texts = {(v or "").casefold() for role in ("headline", "title") for _, v in doc.role(role)}
        headline = next((i for i, _ in doc.role("headline")), None)
        # a name on a line of its own beside a dateline is the author's
        anchors = sorted({i for role in ("date", "dateline") for i, _ in doc.role(role)}
                         | {c[0] for c in candidates if c[2] == "dated"})
        seen = set()
        for anchor in anchors:
            for i in self.name_line_places(doc, anchor, s.name_line_reach):
                text = doc.texts[i]
                if i not in seen and i not in titles and text.casefold() not in title_texts \
                        and len(text.split()) <= s.max_name_line_words and looks_like_name(text) \
                        and text.casefold() not in NOT_NAMES:
                    seen.add(i)
                    candidates.append((i, text.rstrip(".,:;"), "name line"))
        # an author box: a name, and a line about that person that starts with the name or its first word
        # ("Jane Doe is a ...", "(Editor) – Jane comes from ...")
        for i in range(end + 1, min(end + 1 + s.max_lines_below, len(doc))):
            text = doc.texts[i]
            if text and looks_like_name(text):
                after = self.neighbour(doc, i, 1)
                if after is not None and self.is_about(doc.texts[after], text) and doc.stats(after).words >= 6:
                    candidates.append((i, text, "author box"))
        # a bare name line above the body that a later line tells about ("Jane Doe is a freelance writer")
        last_lines = kept[-s.bio_lines_in_body:]
        bios = [i for i in range(last_lines[0], min(end + 1 + s.max_lines_below, len(doc)))
                if doc.texts[i] and doc.stats(i).words >= 6 and doc.stats(i).ends_sentence]
        for i in range(max(min(start, headline if headline is not None else start) - s.max_lines_above, 0), start):
            text = doc.texts[i]
            if text and i not in titles and len(text.split()) <= s.max_name_line_words and looks_like_name(text) \
                    and any(self.tells_about(doc.texts[b], text) for b in bios):
                candidates.append((i, text, "name line"))
        headline = start if headline is None else headline
        near = [c for c in candidates if min(start, headline) - s.max_lines_above <= c[0] <= end]
        below = [c for c in candidates if end < c[0] <= end + s.max_lines_below and c[2] in ("prefixed", "author box")]
        if near:
            line, name, kind = min(near, key=lambda c: (c[2] == "name line", abs(c[0] - headline)))
        elif below:
            line, name, kind = min(below, key=lambda c: c[0])
        else:
            return
        yield Decision(line, "mark", f"the article's byline ({kind}) {name!r}", role="byline", value=name)
