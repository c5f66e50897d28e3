"""byline: drops author lines ("By Jane Doe", "Von Max Muster", "Written by ...") and notes the names in them;
byline_choice later picks the article's own."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..dates import find_date
from ..document import Decision, Document
from ..names import names_in

BYLINE_PREFIX = regex.compile(
    r"(?i)^(?:(?:(?:(?:article|story|post)\s+)?(?:written|posted|reported|published)\s+by|story\s+by|article\s+by|by|"
    r"von|par|por|di|door|av|af|przez|(?:read )?more (?:from|by))(?:\s*[:\-]?\s+|\s*:?$)|"
    r"(?:author(?:s|ed by)?(?: of (?:this|the) (?:article|story|post))?|reporter|words|text|texto|tekst|"
    r"autor(?:a|es|en|i|zy|ka)?|auteurs?|автор(?:ы|и|ка)?|від)\s*:\s*)"
)
# The same openings, to find the lines that may hold a byline in one pass over the page (from the newline before
# each line: see Document.lines_matching).
HINTS = re.compile(
    r"\n(?:written|posted|reported|words|text|story|article|post|published|by|author(?:s|ed)?|reporter|von|par|"
    r"por|di|door|av|af|przez|autor(?:a|es|en|i|zy|ka)?|auteurs?|texto|tekst|автор(?:ы|и|ка)?|від|"
    r"read more|more (?:from|by))\b"
)
# East Asian papers sign with the word for reporter: after the name in Korean ("최윤호 기자 name@paper.com"), before
# it in Chinese ("半月谈记者 史卫燕", "聯合報 記者林宸誼／即時報導"); a line with kana is Japanese, which signs otherwise.
REPORTER_WORDS = ("기자", "记者", "記者")
REPORTER_WORD_ENDS = ("자", "者")
"""The last characters of `REPORTER_WORDS`: a page holds one of the words only if it holds one of these, which
are looked for much faster than words of two characters in a page of wide characters."""
REPORTER_WORD = re.compile("|".join(REPORTER_WORDS))
REPORTER_LINE = regex.compile(
    r"^(?:(?P<name>\p{Hangul}{2,4})\s?기자(?:\s+\S+@\S+)?|"
    r"(?!.*[\p{Hiragana}\p{Katakana}]).{0,25}?[记記]者\s*(?P<han>\p{Han}{2,3})(?:\s*[／/|].{0,12})?)$"
)
BARE_BY = regex.compile(r"(?i)by\s*")
# After "By": a desk or a team that signs the article ("By News Desk", "By Staff Reporters"), not a person.
DESK = regex.compile(r"(?:\p{Lu}[\p{L}\-]*\s+){0,3}(?i:desk|newsdesk|newsroom|staff|team|editors|reporters)")


@dataclass(frozen=True)
class BylineSettings:
    max_words: int = 20
    """A byline line has at most this many words."""
    max_reporter_line_chars: int = 60
    """A line signed with the word for reporter ("최윤호 기자") has at most this many characters."""


def add_candidate(doc: Document, line: int, name: str, kind: str) -> None:
    doc.byline_candidates.append((line, name, kind))


class Byline:
    name = "byline"

    def __init__(self, settings: BylineSettings = BylineSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        # lines other cleaners dropped (a dateline with its author) are read too
        for i in doc.lines_matching(HINTS, folded=True, dropped_too=True, max_words=self.settings.max_words,
                                    newline_first=True):
            text = doc.texts[i]
            if doc.stats(i).words > self.settings.max_words:
                continue
            prefix = BYLINE_PREFIX.match(text)
            if prefix is None:
                continue
            rest = text[prefix.end():]
            following = next((k for k in range(i + 1, min(i + 3, len(doc))) if doc.texts[k]), None)
            if not rest.strip() and following is not None:
                name = names_in(doc.texts[following])
                if name and len(name.split()) >= 2:  # a label on its own line, then a person's full name
                    add_candidate(doc, following, name, "prefixed")
                    yield Decision(i, "drop", "byline label")
                    yield Decision(following, "drop", f"byline {name!r}")
                continue
            name = names_in(rest)
            if name and len(name.split()) == 1 and doc.stats(i).ends_sentence and len(rest.split()) > 3:
                continue  # "By Tuesday, the storm had passed." is a sentence
            if name and rest.strip() == name and len(name.split()) == 1 and BARE_BY.fullmatch(text[:prefix.end()]) \
                    and not self.dated_beside(doc, i):
                continue  # "By Industry", "By Role": a menu's heading, where a one-word byline has its date
            if name is None and (desk := DESK.fullmatch(rest.strip().rstrip("."))) is not None:
                name = desk.group(0)
            if name:
                add_candidate(doc, i, name, "prefixed")
                yield Decision(i, "drop", f"byline {name!r}")
        yield from self.reporter_lines(doc)

    @staticmethod
    def dated_beside(doc: Document, line: int) -> bool:
        """Does the line next to `line` (above or below, past blank lines) hold a date?"""
        for step in (-1, 1):
            k = line + step
            while 0 <= k < len(doc) and not doc.texts[k]:
                k += step
            if 0 <= k < len(doc) and find_date(doc.texts[k]) is not None:
                return True
        return False

    def reporter_lines(self, doc: Document) -> Iterator[Decision]:
        """Lines signed with the word for reporter ("최윤호 기자"), on the pages that hold it."""
        if not doc.contains_any(REPORTER_WORD_ENDS):
            return
        for i in doc.lines_matching(REPORTER_WORD, dropped_too=True, max_words=self.settings.max_words):
            text = doc.texts[i]
            if len(text) <= self.settings.max_reporter_line_chars:
                m = REPORTER_LINE.match(text)
                if m is not None:
                    name = m.group("name") or m.group("han")
                    add_candidate(doc, i, name, "prefixed")
                    yield Decision(i, "drop", f"byline {name!r}")
