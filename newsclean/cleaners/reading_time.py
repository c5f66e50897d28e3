"""reading_time: drops reading-time notes ("5 min read", "Lesedauer: 8 Min.") left inside the article.

It runs after main_block: before it, such a note is one of the short lines that part a headline's block from the
article's first paragraph, and main_block reads it so."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import ge
from typing import Iterator

import re

from ..document import DIGIT, Decision, Document, fold

_LABEL = (r"(?:reading time|read time|lesedauer|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
          r"tempo de leitura|leestijd|czas czytania|время чтения|час читання|okuma süresi|lästid|læsetid)")
_UNIT = (r"(?:min(?:ute)?s?|minuten|minuti|minutos?|minut(?:y|ów|e)?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dakika|"
         r"分钟?)\.?")
_SUFFIX = r"(?:read|reading|de lecture|de lectura|di lettura|de leitura|lesen|leestijd|czytania|чтения|читання|okuma)"
# "Lesedauer: 8 Min.", "5 min read", "4 min": a label, a reading word, or the short unit alone ("45 minutes" may be
# the article's); matched against the case-folded line
READING_TIME = re.compile(
    rf"^(?:{_LABEL}\s*:?\s*(?:about |ca\.? |~)?\d{{1,3}}\s*{_UNIT}(?:\s*{_SUFFIX})?|"
    rf"(?:about |ca\.? |~)?\d{{1,3}}\s*{_UNIT}\s*{_SUFFIX}|\d{{1,3}}\s*(?:min|мин|хв|分)\.?)$"
)


@dataclass(frozen=True)
class ReadingTimeSettings:
    max_words: int = 8


class ReadingTime:
    name = "reading_time"

    def __init__(self, settings: ReadingTimeSettings = ReadingTimeSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        texts, words, most, kept = doc.texts, doc.word_counts(), self.settings.max_words, doc.kept()
        # the short kept lines picked without a Python step per line, and read without working out their stats
        for i in compress(kept, map(ge, repeat(most), map(words.__getitem__, kept))):
            text = texts[i]
            if DIGIT.search(text) and READING_TIME.match(fold(text)):
                yield Decision(i, "drop", f"reading time {text!r}")
