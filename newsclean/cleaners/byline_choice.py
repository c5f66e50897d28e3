"""byline_choice: picks the article's byline among the names found: an author line nearest the headline, else one
just below the body. A bare name line counts where the page vouches for it: beside a dateline, over a job title
under the headline, twice in a row there, or in an author box ("Jane Doe" over "Jane Doe is a ...")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..document import DIGIT, Decision, Document
from ..names import PEOPLE_SEPARATOR, USER_NAME, is_role_line, looks_like_name, name_of_line, \
    names_organisation, tells_about
from .headline import TITLE_SEPARATORS

ROLE_IN_BRACKETS = re.compile(r"^\([^()]{1,40}\)\s*[–—-]?\s*")
MAX_NAME_LINE_WORDS = 20
"""Longer lines name nobody on their own (four names of three words, or a name and its job title)."""
# Two capitalised words next to a date that are page furniture or a button, not a person.
NOT_NAMES = frozenset({"written by", "posted by", "share this", "read more", "last updated", "table of contents",
                       "get started", "learn more", "contact us", "about us", "sign up", "sign in", "log in",
                       "book now", "buy now", "shop now", "apply now", "join now", "subscribe now", "start now",
                       "see more", "show more", "load more", "read next", "get in touch", "find out more"})


@dataclass(frozen=True)
class BylineChoiceSettings:
    max_lines_above: int = 40
    """How far above the headline (or the body's first line, if that comes first) a byline may stand."""
    max_lines_below: int = 40
    """How far below the body's last line an author line ("Written by ...") may stand."""
    name_line_reach: int = 2
    """How many lines from a dateline a bare name line may stand, when the lines between hold figures
    ("8 min", "5:50 am")."""
    lines_under_headline: int = 2
    """A name line over a job title ("Content Editor") may stand this many lines under the headline."""
    bio_lines_in_body: int = 2
    """An author box ("Jane Doe" over "Jane Doe is a ...") may be among the body's last lines, or below it."""
    max_name_line_words: int = 3
    """Each person on a bare name line, with no "By" to vouch for it, is named in at most this many words."""
    max_time_line_words: int = 3
    """A line under the headline with a time of day and at most this many words ("Today 9:44") dates the article."""
    max_outlet_words: int = 2
    """A bare name line may end with the outlet the person writes for, in this many words ("Jane Doe - Health")."""
    max_copyright_words: int = 40
    """A copyright line below the body ("This site is © 2025 Jane Doe, all rights reserved ...") has at most this
    many words."""
    owner_first_person: float = 0.1
    """A site named after a person ("Headline | Jane Doe") that shows the name in its header or copyright line is
    a one-person site whose owner signs a page naming no other author, when at least this share of the body's
    paragraphs speak in the first person outside quotes."""


TIME_OF_DAY = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
OUTLET_SEPARATOR = re.compile(r"\s[-–—|]\s")
COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
# "I" in the languages that write it apart: a one-person site's posts speak so, a company's or a paper's do not.
FIRST_PERSON = regex.compile(r"(?<!\w)(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Ii]ch|[Jj]e|[Jj]['’]|[Ii]k|[Jj]ag|[Jj]eg|[Яя])(?!\w)")
WORD = regex.compile(r"\w+")
QUOTED = regex.compile(r"[“\"«„][^”\"»“]*[”\"»“]")


class BylineChoice:
    name = "byline_choice"

    def __init__(self, settings: BylineChoiceSettings = BylineChoiceSettings()) -> None:
        self.settings = settings

    @classmethod
    def lines_after(cls, doc: Document, line: int, count: int, step: int = 1) -> Iterator[int]:
        """The next `count` lines with text below `line` (above it if `step` is -1), nearest first."""
        at = line
        for _ in range(count):
            following = cls.neighbour(doc, at, step)
            if following is None:
                return
            yield following
            at = following

    @classmethod
    def name_line_places(cls, doc: Document, line: int, reach: int) -> list[int]:
        """The lines with text next to `line`, above and below, looking past up to `reach` - 1 lines of
        figures ("8 min", "5:50 am") in each direction."""
        found = []
        words = doc.word_counts()  # the page's column: the lines' other stats are not needed
        for step in (-1, 1):
            for at in cls.lines_after(doc, line, reach, step):
                found.append(at)
                if not (words[at] <= 3 and DIGIT.search(doc.texts[at])):
                    break
        return found

    def person(self, doc: Document, line: int, titles: set[int], title_texts: set[str]) -> str | None:
        """The person a short line names on its own (a name, perhaps with a role after a comma), if it is no
        title."""
        text = doc.texts[line]
        if not text or doc.words(line) > MAX_NAME_LINE_WORDS or line in titles:
            return None
        if text.casefold() in title_texts or text.casefold() in NOT_NAMES:
            return None
        name = name_of_line(text)
        if name is None:
            # the name and the outlet it writes for ("Jane Doe - Daily Health")
            parts = OUTLET_SEPARATOR.split(text, maxsplit=1)
            if len(parts) < 2 or len(parts[1].split()) > self.settings.max_outlet_words:
                return None
            name = name_of_line(parts[0])
            if name is None:
                return None
        most = self.settings.max_name_line_words
        return name if all(len(person.split()) <= most for person in PEOPLE_SEPARATOR.split(name)) else None

    @staticmethod
    def is_about(line: str, name: str) -> bool:
        """Does `line` start with `name`, or its first word, after an optional role in brackets?"""
        line = ROLE_IN_BRACKETS.sub("", line, count=1)
        return line.startswith(name + " ") or line.startswith(name.split()[0] + " ")

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
        # and beside a time of day under the headline ("Today 9:44"), where the page writes no year
        timed = {i for i in self.lines_after(doc, headline, s.lines_under_headline)
                 if doc.words(i) <= s.max_time_line_words and TIME_OF_DAY.search(doc.texts[i])} \
            if headline is not None else set()
        anchors = sorted({i for role in ("date", "dateline") for i, _ in doc.role(role)}
                         | {c[0] for c in candidates if c[2] == "dated"} | timed)
        seen = set()
        for anchor in anchors:
            for i in self.name_line_places(doc, anchor, s.name_line_reach):
                name = self.person(doc, i, titles, title_texts)
                if name and i not in seen:
                    seen.add(i)
                    candidates.append((i, name, "name line"))
        # an author box: a name, and a line about that person that starts with the name or its first word
        # ("Jane Doe is a ...", "(Editor) – Jane comes from ...")
        # the body's last lines and those below it, where an author box stands
        tail = range(kept[max(len(kept) - s.bio_lines_in_body, 0)], min(end + 1 + s.max_lines_below, len(doc)))
        for i in tail:
            text = doc.texts[i]
            after = self.neighbour(doc, i, 1) if text else None
            if after is None or doc.words(after) < 6 or not self.is_about(doc.texts[after], text.split()[0]):
                continue
            name = self.person(doc, i, titles, title_texts)
            if name and self.is_about(doc.texts[after], name):
                candidates.append((i, name, "author box"))
        # above the body, a bare name line over a job title ("Content Editor"), twice in a row (a picture's
        # caption and the name), or one that the body's closing lines tell about ("Jane Doe is a freelance writer")
        ends = doc.sentence_ends()
        bios = [i for i in tail if doc.texts[i] and doc.words(i) >= 6 and ends[i]]
        # the words a line about someone may start with, before the word in lower case
        openings = {" ".join(doc.texts[b].split(" ", s.max_name_line_words + 1)[:k]) for b in bios
                    for k in range(1, s.max_name_line_words + 1)}
        by_headline = set(self.lines_after(doc, headline, s.lines_under_headline)) if headline is not None else set()
        for i in range(max(min(start, headline if headline is not None else start) - s.max_lines_above, 0), start):
            if i in seen or not (i in by_headline or doc.texts[i] in openings):
                continue
            name = self.person(doc, i, titles, title_texts)
            if not name:
                continue
            after = self.neighbour(doc, i, 1)
            if (i in by_headline and after is not None
                    and (is_role_line(doc.texts[after]) or doc.texts[after] == doc.texts[i])) or \
                    any(tells_about(doc.texts[b], name) for b in bios):
                candidates.append((i, name, "name line"))
        headline = start if headline is None else headline
        near = [c for c in candidates if min(start, headline) - s.max_lines_above <= c[0] <= end]
        below = [c for c in candidates if end < c[0] <= end + s.max_lines_below and c[2] in ("prefixed", "author box")]
        if near:
            # a name before a user name ("TurboTaxLisa") the page also shows
            line, name, kind = min(near, key=lambda c: (c[2] == "name line", bool(USER_NAME.fullmatch(c[1])),
                                                        abs(c[0] - headline)))
        elif below:
            line, name, kind = min(below, key=lambda c: c[0])
        else:
            owner = self.site_owner(doc, headline, end)
            if owner is None:
                return
            line, name, kind = (*owner, "the site's owner")
        yield Decision(line, "mark", f"the article's byline ({kind}) {name!r}", role="byline", value=name)

    def site_owner(self, doc: Document, headline: int, end: int) -> tuple[int, str] | None:
        """The person a one-person site is named after ("Headline | Jane Doe"), when the page also shows the name
        in its header ("Jane Doe", "Jane Doe about notes") or copyright line ("© 2025 Jane Doe") and speaks in
        the first person, or whose name heads the page and comes back in the copyright line: (the line that
        shows it, the name)."""
        title = next((v for role in ("page_title", "title") for _, v in doc.role(role) if v), None)
        parts = [p.strip() for p in TITLE_SEPARATORS.split(title or "")]
        header = range(max(headline - self.settings.max_lines_above, 0), headline)
        # the site's name ends a title, or starts it; or it heads the page, to come back in the copyright line
        named = [(name, True) for name in (parts[-1], parts[0])] if len(parts) > 1 else []
        named += [(doc.texts[i], False) for i in header if doc.texts[i] and looks_like_name(doc.texts[i])
                  and len(doc.texts[i].split()) <= self.settings.max_name_line_words]
        texts = doc.texts
        body: list[str] | None = None
        first_person = False
        for name, in_title in named:
            if not looks_like_name(name) or names_organisation(name):
                continue
            shown = next((i for i in header if (texts[i] == name or texts[i].startswith(name + " "))
                          and texts[i] != title and doc.words(i) <= MAX_NAME_LINE_WORDS), None) if in_title else None
            if shown is None:
                shown = next((i for i in range(end + 1, len(doc)) if name in texts[i] and COPYRIGHT.search(texts[i])
                              and doc.words(i) <= self.settings.max_copyright_words), None)
            if shown is None:
                continue
            if body is None:  # the body is read once, for the first name the page shows
                body = [texts[i] for i in doc.kept()]
                speaking = sum(FIRST_PERSON.search(QUOTED.sub("", text)) is not None for text in body)
                first_person = speaking >= self.settings.owner_first_person * len(body)
            if first_person and not self.ordinary_words(name, body):
                return shown, name
        return None

    @staticmethod
    def ordinary_words(name: str, body: list[str]) -> bool:
        """Are most of a name's words ones the body writes in lower case ("Talking Home Renovations")?"""
        words = {w.casefold() for w in name.split()}
        found = {w for text in body for w in WORD.findall(text) if w in words}
        return len(found) > len(words) / 2
