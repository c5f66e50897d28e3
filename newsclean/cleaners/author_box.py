"""author_box: drops the author's box at the body's end: the byline's name on a line of its own (or "About Jane Doe")
over a line about that person ("Jane Doe" over "Jane is a freelance writer ..."), or the two glued ("Jane Doe, CFP
Jane Doe is ..."); or a sentence about the author alone ("Jane Doe is a freelance writer ..."), whose name the
byline gives or a line of the page shows by itself, with the job title right over it; or a note telling how to
reach the author or follow the coverage ("Write to Jane Doe at jane@example.com", "Follow AP's coverage at
https://..."), with what follows it and a rule ("___") right over it.

It runs after byline_choice, which finds whose name the box would bear."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from ..document import Decision, Document
from ..names import PEOPLE_SEPARATOR, is_role_line, looks_like_name, name_of_line, tells_about


ABOUT = re.compile(r"^(?:about|über|sobre|à propos de|a propos de|acerca de|informazioni su|over|om|tentang)\s+",
                   re.IGNORECASE)
"""What may head the box before the name ("About Jane Doe", "Über Jane Doe")."""
BIO_VERBS = frozenset({"is", "was", "has", "writes", "covers", "joined", "lives", "holds", "serves", "leads",
                       "specializes", "specialises", "reports", "works", "teaches", "founded"})
"""Words that follow the author's name in a sentence about the author ("Jane Doe is a freelance writer")."""
MAX_NAME_WORDS = 4
CONTACT_NOTE = re.compile(
    r"^(?:contact|write to|reach|e-?mail|follow|you can reach|send (?:tips|questions) to)\b.{0,300}?"
    r"(?:[\w.+-]+@[\w-]+\.\w|(?<!\w)@\w|https?://|www\.)", re.IGNORECASE)
"""A note on how to reach the author or follow the coverage: its opening, then an e-mail address, a handle or a
web address."""
RULE = re.compile(r"^[-_*=~•·\s]{3,}$")
"""A line drawn across the page ("___", "* * *")."""


@dataclass(frozen=True)
class AuthorBoxSettings:
    max_lines: int = 4
    """How many of the body's last lines the box may take."""
    max_title_words: int = 8
    """A job title between the name and the line about the person has at most this many words."""
    max_words_before_about: int = 6
    """In a glued box, the name may come back within this many words ("Jane Doe, CFP® Jane Doe is ...")."""
    max_note_words: int = 60
    """A note on how to reach the author has at most this many words."""


class AuthorBox:
    name = "author_box"

    def __init__(self, settings: AuthorBoxSettings = AuthorBoxSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        byline = next((value for _, value in doc.role("byline") if value), None)
        kept = doc.kept()
        tail = kept[-self.settings.max_lines:]
        for k, i in enumerate(tail):
            # "About Jane Doe" over a line that names her: the box says whom it is about, byline or not
            header = ABOUT.match(doc.texts[i])
            person = name_of_line(doc.texts[i][header.end():]) if header else None
            if person and k + 1 < len(tail) and _names(doc.texts[tail[k + 1]], person):
                for j in tail[k:]:
                    yield Decision(j, "drop", f"the author's box (about {person!r})")
                return
        people = [p.strip() for p in PEOPLE_SEPARATOR.split(byline) if p.strip()] if byline else []
        if byline and kept:
            found = list(self.named_box(doc, tail, byline, people))
            if found:
                yield from found
                return
        found = list(self.bio_box(doc, tail, people))
        yield from found if found else self.contact_note(doc, tail)

    def contact_note(self, doc: Document, tail: Sequence[int]) -> Iterator[Decision]:
        """A note on how to reach the author or follow the coverage, to the body's end."""
        for k, i in enumerate(tail):
            if doc.words(i) > self.settings.max_note_words or not CONTACT_NOTE.match(doc.texts[i]):
                continue
            start = k - 1 if k > 0 and RULE.match(doc.texts[tail[k - 1]]) else k
            for j in tail[start:]:
                yield Decision(j, "drop", "a note on how to reach the author")
            return

    def named_box(self, doc: Document, tail: Sequence[int], byline: str, people: list[str]) -> Iterator[Decision]:
        """The byline's name over a line about the person, or the two glued, to the body's end."""
        names = people + [p.split()[0] for p in people if len(p.split()) > 1]
        for k, i in enumerate(tail):
            text = doc.texts[i]
            rest = tail[k + 1:]
            # the name over a line about the person, perhaps past a job title; or the two glued on one line
            about = [doc.texts[j] for j in self.about_lines(doc, rest)]
            if (name_of_line(text) in people and any(tells_about(line, name) for line in about for name in names)) \
                    or self.glued(text, people):
                # the box runs to the body's end
                for j in (i, *rest):
                    yield Decision(j, "drop", f"the author's box ({byline!r})")
                return

    def bio_box(self, doc: Document, tail: Sequence[int], people: list[str]) -> Iterator[Decision]:
        """A sentence about the author to the body's end, under the author's job title and name lines."""
        for k, i in enumerate(tail):
            person = bio_subject(doc.texts[i])
            if person is None or not self.signs(doc, i, person, people):
                continue
            start = k
            if start > 0 and is_role_line(doc.texts[tail[start - 1]]):
                start -= 1  # "Contributing Writer"
            if start > 0 and doc.texts[tail[start - 1]] == person:
                start -= 1
            for j in tail[start:]:
                yield Decision(j, "drop", f"the author's box (about {person!r})")
            return

    @staticmethod
    def signs(doc: Document, i: int, person: str, people: list[str]) -> bool:
        """Is `person`, whom line i is about, the article's author: named by the byline (which may give the
        first names alone), or shown by itself on another line of the page (the box's heading)?"""
        if any(person == p or person.startswith(p + " ") for p in people):
            return True
        return any(text == person for j, text in enumerate(doc.texts) if j != i and len(text) == len(person))

    def about_lines(self, doc: Document, rest: Sequence[int]) -> Sequence[int]:
        """The lines that may tell about the person under a name line: the next, or the one after a short line
        (a job title: "Content Writer at Example")."""
        if rest and len(rest) > 1 and doc.stats(rest[0]).words <= self.settings.max_title_words \
                and not doc.stats(rest[0]).ends_sentence:
            return rest[:2]
        return rest[:1]

    def glued(self, text: str, people: list[str]) -> bool:
        """A box on one line: the name (perhaps with credentials), then the name again and a word in lower case."""
        for person in people:
            if not text.startswith(person):
                continue
            again = text.find(" " + person + " ", len(person))
            if again > 0 and len(text[:again].split()) <= len(person.split()) + self.settings.max_words_before_about:
                after = text[again + len(person) + 2:again + len(person) + 3]
                if after.islower():
                    return True
        return False


def _names(line: str, person: str) -> bool:
    """Does `line` name the person (the full name or its last word, as a word)?"""
    last = person.split()[-1]
    return person in line or re.search(rf"(?<!\w){re.escape(last)}(?!\w)", line) is not None


def bio_subject(text: str) -> str | None:
    """The person a sentence about someone starts with ("Jane Doe is a freelance writer ...", in brackets or
    not), or None."""
    words = text.lstrip("(").split(None, MAX_NAME_WORDS + 1)
    for n in range(2, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        if words[n] in BIO_VERBS:
            name = " ".join(words[:n])
            return name if looks_like_name(name) else None
        if not words[n][:1].isupper():
            return None
    return None
