"""Who an article has been speaking of, at any point: the person "he said" means and the one "the senator"
means. Sentences are read only near the quotes that need them, so the cost follows the quotes, not the page."""
from __future__ import annotations

import bisect
import re
from typing import Callable

import regex

from .speaker_names import FUNCTION_WORDS, NAME, NameIndex, description_head, is_named, is_pronoun, refers_back
from .speakers import Attribution

CONTEXT_PARAGRAPHS = 2
"""Who a paragraph speaks of is read for the paragraph of a quote that needs it and this many before."""
ANCHOR_CHARS = 120
ANCHOR_WORDS = 3
"""A name describes by the noun before it when it stands this near: within so many characters of its sentence,
after a comma or after at most so many lower-case words ("Oscar-winning actress Jane Doe")."""
MAX_ANCHORED_NOUNS = 16
"""At most this many descriptions' nouns are looked for through an article."""
SENTENCE_END = regex.compile(r"[.!?…]\s+(?=\p{Lu}\p{Ll})")
CASE_BLIND_ASCII = ("\u0130", "\u0131", "\u017f")
"""Letters (İ, ı, ſ) that a case-blind pattern takes for an ASCII "i" or "s" and lower() turns into no such
letter: in a paragraph without them, a case-blind ASCII noun matches only where the lower-cased text holds it."""
RECENT_PARAGRAPHS = 1
"""A description ("the senator") points to the last subject if that was this many paragraphs back or fewer,
else to the person most often the subject so far."""


class SpeakerContext:
    """Events (paragraph, position, speaker): the speakers quotes are attributed to, and the subjects the
    sentences near those quotes name."""

    def __init__(self, attribution: Attribution, names: NameIndex, text_of: Callable[[int], str],
                 paragraphs: int = 0) -> None:
        self.attribution = attribution
        self.names = names
        self.text_of = text_of
        self.paragraphs = paragraphs
        """How many paragraphs the article has (`text_of` reads each)."""
        self.events: list[tuple[int, int, str]] = []
        self.read: set[int] = set()
        self._anchors: dict[str, list[tuple[int, int, str]]] = {}
        self._is_named: dict[str, bool] = {}

    def named(self, speaker: str) -> bool:
        """`is_named`, asked once a speaker: the events are read again and again."""
        if speaker not in self._is_named:
            self._is_named[speaker] = is_named(speaker)
        return self._is_named[speaker]

    def note(self, paragraph: int, position: int, speaker: str) -> None:
        bisect.insort(self.events, (paragraph, position, speaker))

    def person(self, paragraph: int, position: int) -> str | None:
        """The last person named before this point. Paragraphs are read from this one back, and only as far
        as the first that names someone: what stands before it is earlier still."""
        end = (paragraph, position, "")
        for index in range(paragraph, max(0, paragraph - CONTEXT_PARAGRAPHS) - 1, -1):
            self._read(index)
            lowest = 0 if index == max(0, paragraph - CONTEXT_PARAGRAPHS) else bisect.bisect_left(self.events, (index,))
            for k in range(bisect.bisect_left(self.events, end) - 1, lowest - 1, -1):
                if self.named(self.events[k][2]):
                    return self.events[k][2]
        return None

    def referent(self, description: str, paragraph: int, position: int) -> str | None:
        """Whom a description means here: the last subject if it is recent, else the person most often the
        subject so far; but where the article names someone with the description's noun ("el periodista
        ruso …, Dmitry Muratov") later than that subject, that person, and in a lead that names nobody
        before, the first one named after."""
        head = description_head(description)
        anchored = self.anchored(head) if head is not None else []
        events = self._before(paragraph, position)
        recent = self._recent(paragraph, events)
        if not anchored or recent in {name for _, _, name in anchored}:
            return recent
        before = [(at_paragraph, at, name) for at_paragraph, at, name in anchored
                  if (at_paragraph, at) < (paragraph, position)]
        if not before:
            return recent or anchored[0][2]  # a lead's "the journalist", named in the next paragraph
        return before[-1][2] if not events or before[-1][:2] > events[-1][:2] else recent

    def anchored(self, head: str) -> list[tuple[int, int, str]]:
        """Where the article writes a name with this noun before it ("actress Jane Doe", "le président du
        tribunal, Jean Dupont"): (paragraph, position, the name in its fullest form), in order."""
        if head not in self._anchors:
            if len(self._anchors) >= MAX_ANCHORED_NOUNS:
                return []  # each noun reads the whole article: a bound keeps the time linear
            found = []
            noun = re.compile(rf"(?i)(?<!\w){re.escape(head)}(?![\w'’])")
            lowered = head.lower() if head.isascii() else None
            for index in range(self.paragraphs):
                text = self.text_of(index)
                if lowered is not None and lowered not in text.lower() \
                        and not any(c in text for c in CASE_BLIND_ASCII):
                    continue  # the case-blind pattern reads a paragraph far more slowly than lower() and `in`
                for m in noun.finditer(text):
                    name = self._named_after(text, m.end())
                    if name is not None:
                        found.append((index, m.start(), name))
            self._anchors[head] = found
        return self._anchors[head]

    def _named_after(self, text: str, start: int) -> str | None:
        """The person a noun at `start` describes: a name right after it and a few lower-case words, or after
        its complement and a comma, in the same sentence."""
        window = SENTENCE_END.split(text[start: start + ANCHOR_CHARS], maxsplit=1)[0]
        for m in NAME.finditer(window):
            between = window[: m.start()]
            words = between.split()
            # not "a statement to Rolling Stone", "In a statement, Acme said": an object or a new clause
            # nor "the new source claims Jane Doe": a verb between
            if ((between.rstrip().endswith(",") and len(words) > 1) or len(words) <= ANCHOR_WORDS and all(
                    w[:1].islower() and w.casefold() not in FUNCTION_WORDS for w in words)) \
                    and not self.attribution.verb.search(between):
                name = self.names.resolve(m.group(0))
                return name if self.named(name) and len(name.split()) >= 2 else None
        return None

    def _recent(self, paragraph: int, events: list[tuple[int, int, str]]) -> str | None:
        if not events:
            return None
        last_paragraph, _, last = events[-1]
        if paragraph - last_paragraph <= RECENT_PARAGRAPHS:
            return last
        counts: dict[str, int] = {}
        for _, _, speaker in events:
            if self.named(speaker):
                counts[speaker] = counts.get(speaker, 0) + 1
        return max(counts, key=lambda name: counts[name]) if counts else last

    def _before(self, paragraph: int, position: int) -> list[tuple[int, int, str]]:
        for index in range(max(0, paragraph - CONTEXT_PARAGRAPHS), paragraph + 1):
            self._read(index)
        end = bisect.bisect_left(self.events, (paragraph, position, ""))
        return self.events[:end]

    def _read(self, index: int) -> None:
        if index not in self.read:
            self.read.add(index)
            for at, subject in self._mentions(self.text_of(index)):
                self.note(index, at, subject)

    def _mentions(self, text: str) -> list[tuple[int, str]]:
        """Who a paragraph's sentences are about, in order: the subject of a speech verb (named or not),
        else the first name that opens a clause, when the article names that person in full."""
        found: list[tuple[int, str]] = []
        sentences_done = set()
        for sentence, position, name, of_verb in self.attribution.mentions(text):
            if sentence in sentences_done or is_pronoun(name) or refers_back(name):
                continue
            resolved = self.names.resolve(name)
            named = self.named(resolved)
            if of_verb and named and len(resolved.split()) == 1 and not self.names.common_word(name):
                found.append((position, resolved))  # "Mediapart révèle …": one word, but a name
                sentences_done.add(sentence)
            elif (of_verb and not named) or (named and len(resolved.split()) >= 2):
                found.append((position, resolved))
                sentences_done.add(sentence)  # the first name of a sentence is its subject
        return found
