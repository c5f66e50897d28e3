"""author_box: drops the author's box at the body's end: the byline's name on a line of its own over a line about
that person ("Jane Doe" over "Jane is a freelance writer ..."), or the two glued ("Jane Doe, CFP Jane Doe is ...").

It runs after byline_choice, which finds whose name the box would bear."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document
from ..names import PEOPLE_SEPARATOR, name_of_line, tells_about


@dataclass(frozen=True)
class AuthorBoxSettings:
    max_lines: int = 4
    """How many of the body's last lines the box may take."""
    max_title_words: int = 8
    """A job title between the name and the line about the person has at most this many words."""
    max_words_before_about: int = 6
    """In a glued box, the name may come back within this many words ("Jane Doe, CFP® Jane Doe is ...")."""


class AuthorBox:
    name = "author_box"

    def __init__(self, settings: AuthorBoxSettings = AuthorBoxSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        byline = next((value for _, value in doc.role("byline") if value), None)
        kept = doc.kept()
        if not byline or not kept:
            return
        people = [p.strip() for p in PEOPLE_SEPARATOR.split(byline) if p.strip()]
        names = people + [p.split()[0] for p in people if len(p.split()) > 1]
        tail = kept[-self.settings.max_lines:]
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

    def about_lines(self, doc: Document, rest: list[int]) -> list[int]:
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
