"""Who an article has been speaking of, at any point: the person "he said" means and the one "the senator"
means. Sentences are read only near the quotes that need them, so the cost follows the quotes, not the page."""
from __future__ import annotations

import bisect
from typing import Callable

from .speaker_names import NameIndex, is_named, is_pronoun, refers_back
from .speakers import Attribution

CONTEXT_PARAGRAPHS = 2
"""Who a paragraph speaks of is read for the paragraph of a quote that needs it and this many before."""
RECENT_PARAGRAPHS = 1
"""A description ("the senator") points to the last subject if that was this many paragraphs back or fewer,
else to the person most often the subject so far."""


class SpeakerContext:
    """Events (paragraph, position, speaker): the speakers quotes are attributed to, and the subjects the
    sentences near those quotes name."""

    def __init__(self, attribution: Attribution, names: NameIndex, text_of: Callable[[int], str]) -> None:
        self.attribution = attribution
        self.names = names
        self.text_of = text_of
        self.events: list[tuple[int, int, str]] = []
        self.read: set[int] = set()

    def note(self, paragraph: int, position: int, speaker: str) -> None:
        bisect.insort(self.events, (paragraph, position, speaker))

    def person(self, paragraph: int, position: int) -> str | None:
        """The last person named before this point."""
        for _, _, speaker in reversed(self._before(paragraph, position)):
            if is_named(speaker):
                return speaker
        return None

    def referent(self, paragraph: int, position: int) -> str | None:
        """Whom a description means here: the last subject if it is recent, else the person most often the
        subject so far."""
        events = self._before(paragraph, position)
        if not events:
            return None
        last_paragraph, _, last = events[-1]
        if paragraph - last_paragraph <= RECENT_PARAGRAPHS:
            return last
        counts: dict[str, int] = {}
        for _, _, speaker in events:
            if is_named(speaker):
                counts[speaker] = counts.get(speaker, 0) + 1
        return max(counts, key=lambda name: counts[name]) if counts else last

    def _before(self, paragraph: int, position: int) -> list[tuple[int, int, str]]:
        for index in range(max(0, paragraph - CONTEXT_PARAGRAPHS), paragraph + 1):
            if index not in self.read:
                self.read.add(index)
                for at, subject in self._mentions(self.text_of(index)):
                    self.note(index, at, subject)
        end = bisect.bisect_left(self.events, (paragraph, position, ""))
        return self.events[:end]

    def _mentions(self, text: str) -> list[tuple[int, str]]:
        """Who a paragraph's sentences are about, in order: the subject of a speech verb (named or not),
        else the first name that opens a clause, when the article names that person in full."""
        found: list[tuple[int, str]] = []
        sentences_done = set()
        for sentence, position, name, of_verb in self.attribution.mentions(text):
            if sentence in sentences_done or is_pronoun(name) or refers_back(name):
                continue
            resolved = self.names.resolve(name)
            if of_verb and is_named(resolved) and len(resolved.split()) == 1 and not self.names.common_word(name):
                found.append((position, resolved))  # "Mediapart révèle …": one word, but a name
                sentences_done.add(sentence)
            elif (of_verb and not is_named(resolved)) or (is_named(resolved) and len(resolved.split()) >= 2):
                found.append((position, resolved))
                sentences_done.add(sentence)  # the first name of a sentence is its subject
        return found
