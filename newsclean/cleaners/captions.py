"""captions: drops photo captions and credits ("(AP Photo/Evan Vucci)", "Photo: Getty Images", "Reporting by ..."),
the caption a credit stands under, and that caption's copies (a gallery showing it again)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

from ..document import Decision, Document
from ..hints import HintWords

CREDIT = re.compile(
    r"(?:^|[\s(\[])(?:photo|image|picture|photograph|illustration|video|graphic|foto|bild|imagen|immagine|"
    r"фото|zdjęcie|credit|source|quelle|fuente|fonte|crédit)s?\s*(?:credit)?\s*(?:by|:|/|©)|"
    r"\((?:ap|afp|reuters|epa|getty|photo|file)[^()]{0,80}\)\s*$|"
    r"(?:getty images|shutterstock|istock(?:photo)?|associated press|reuters|afp|epa|alamy|dpa|imago)(?:/[\w .]+)?\s*\)?$|"
    r"^©|©\s*\w|^(?:image|photo|picture) caption\b|"
    r"contributed to this (?:report|story|article)|^\(?(?:additional )?reporting by|editing by|"
    r"mitarbeit:|avec (?:afp|reuters)|con información de"
)
# Captions that run long: the news agencies' ("Mayor X speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las
# Vegas.") and a gallery's numbered ones ("2 of 4 A shopper looks at ...").
LONG_CAPTION = re.compile(
    r", (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), [a-z]{3,9}\.? \d{1,2}, \d{4}, in \w|"
    r"^\d{1,3} of \d{1,3} \w"
)
"""CREDIT and LONG_CAPTION are matched against the case-folded line."""
TEXT_CREDITS = ("reporting by", "editing by", "contributed to this", "mitarbeit", "avec ", "con información")
"""Credits of CREDIT's that credit the text, not a picture: no caption stands over them."""
# Every credit holds one of these: lines without any are not read further. ("Con información de" is looked for by
# its second word, "con" alone being in nearly every line as "second" or "economy"; "avec AFP" by the agency's.)
CREDIT_HINTS = HintWords(
    "photo image pictur graphic video foto bild imag фото zdjęcie credit crédit source quelle fuente fonte getty "
    "shutterstock istock press reuters afp epa alamy dpa imago © (ap (file contributed reporting editing "
    "mitarbeit información".split()
)
# What every long caption holds: a weekday before the date (", Sunday, Nov. 17"), or a gallery's count ("2 of 4").
# Looked for apart from the credits: "of" would bring in nearly every line, and longer lines than credits are read.
# Two patterns that start with a literal, which the matcher skips to (the count's first digit is looked behind for:
# a pattern starting with a digit is tried at every digit).
LONG_CAPTION_HINTS = (re.compile("day, "), re.compile(r" of (?<=\d of )\d"))


@dataclass(frozen=True)
class CaptionsSettings:
    max_words: int = 40
    """Credits longer than this are left alone."""
    max_long_caption_words: int = 70
    """Agency and gallery captions longer than this are left alone."""
    over_credit_max_credit_words: int = 12
    """A credit this short marks the line right above it (no blank line between) as its picture's caption..."""
    over_credit_min_words: int = 5
    over_credit_max_words: int = 70
    """...when that line is this long, does not end in a colon, and the two stand apart from the lines around
    them: a blank line before the caption or after the credit (a picture's caption and credit make a block of
    their own; body lines that run on without blank lines are left alone)."""


class Captions:
    name = "captions"

    def __init__(self, settings: CaptionsSettings = CaptionsSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        # credits dropped already by other cleaners (a credit "Jane Doe | Getty Images" reads like a breadcrumb)
        # still mark the caption above them
        credits = doc.lines_holding(CREDIT_HINTS, max_words=s.max_words, dropped_too=True)
        long_captions = [i for hint in LONG_CAPTION_HINTS
                         for i in doc.lines_matching(hint, folded=True, max_words=s.max_long_caption_words)]
        found: set[int] = set()
        short_credits: list[int] = []
        for i in sorted(set(credits).union(long_captions)):
            stats = doc.stats(i)
            m = CREDIT.search(stats.folded) if stats.words <= s.max_words else None
            if m is not None and stats.words <= s.over_credit_max_credit_words and \
                    not any(words in m.group(0) for words in TEXT_CREDITS):
                short_credits.append(i)
            if m is None and stats.words <= s.max_long_caption_words:
                m = LONG_CAPTION.search(stats.folded)
            if m:
                found.add(i)
                if doc.dropped[i] is None:
                    yield Decision(i, "drop", f"photo caption or credit ({m.group(0).strip()[:30]!r})")
        if doc.evidence is not None:
            return  # in a page read from HTML, the markup tells captions (dom_boilerplate), not blank lines
        captions: dict[str, int] = {}
        for i in short_credits:
            if i - 1 not in found and self.caption_over(doc, i - 1, i):
                captions.setdefault(doc.texts[i - 1], i - 1)
                yield Decision(i - 1, "drop", f"caption over its credit (line {i})")
        if captions:
            for i in doc.kept():
                first = captions.get(doc.texts[i], i)
                if first != i:
                    yield Decision(i, "drop", f"a copy of the caption on line {first}")

    def caption_over(self, doc: Document, line: int, credit: int) -> bool:
        """Is `line`, right above a short credit, that credit's caption (see the settings)?"""
        s = self.settings
        texts = doc.texts
        if line < 0 or not texts[line] or doc.dropped[line] is not None or texts[line].endswith(":"):
            return False
        if not s.over_credit_min_words <= doc.stats(line).words <= s.over_credit_max_words:
            return False
        return line == 0 or not texts[line - 1] or credit + 1 == len(texts) or not texts[credit + 1]
