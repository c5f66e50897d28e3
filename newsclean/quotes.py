"""The quote stage: finds the direct quotations of the body paragraphs and who said them.

Marks are found by `quote_marks`, attributions by `speakers`, names resolved by `speaker_names`; this module
puts a quote's pieces together (a quote split by its attribution, a quote running over several paragraphs),
drops what is not speech (titles, one- or two-word terms) and carries speakers from sentence to sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Sequence

import regex

from .article import Quote
from .document import UNSPACED
from .quote_marks import QUOTE_PAIRS, QuoteMarks, Span
from .speaker_names import NameIndex, is_named, is_person_pronoun, is_pronoun
from .speakers import IMPLICIT_SUBJECT, Attribution, available_languages, speech_verbs

__all__ = ["QuoteFinder", "QuoteSettings", "QUOTE_PAIRS", "available_languages", "speech_verbs"]

SCARE_PREFIX = regex.compile(r"(?i)(?:so-called|sogenannte[nmrs]?|so genannte[nmrs]?|dits?|dites?|"
                             r"llamad[oa]s?|chamad[oa]s?|cosiddett[oaie]|так называем\w+|так зван\w+|tzw\.)\s*$")
TERMINAL = ".!?…"
TITLE_WORD = regex.compile(r"[\p{Lu}\p{N}]")


@dataclass(frozen=True)
class QuoteSettings:
    min_words: int = 3
    """A quote holds at least this many words..."""
    min_words_attributed: int = 2
    """...or this many when a speech verb attributes it."""
    min_chars_unspaced: int = 6
    """For scripts without spaces: characters instead of words."""
    max_chars: int = 3000
    """A quote longer than this is a stray mark, not a quotation."""
    attribution_chars: int = 120
    """How far after a quote (in the same sentence) its attribution may stand."""
    split_attribution_words: int = 12
    """A quote's two parts are one quote when no more than this many words of attribution stand between."""
    max_paragraphs: int = 8
    """A quote left open at a paragraph's end runs on over at most this many paragraphs."""
    max_title_words: int = 8
    """An unattributed quote of this many words or fewer, every word capitalised, is a title or a name."""
    languages: tuple[str, ...] | None = None
    """Languages whose speech verbs are read (`data/speech_verbs_<lang>.txt`); None reads them all."""
    pairs: tuple[tuple[str, str], ...] = field(default=QUOTE_PAIRS)


@dataclass
class Candidate:
    """A quote before its speaker is known: its parts and where it stands."""

    paragraph: int
    parts: list[str]
    before: str
    """The text of its first paragraph before the opening mark (back to the quote before, if any)."""
    after: str
    """The text of its last paragraph after the closing mark (up to the next quote, if any)."""
    last_paragraph: int
    opens_paragraph: bool
    speaker: str | None = None
    attributed: bool = False

    @property
    def text(self) -> str:
        return " ".join(" ".join(part.split()) for part in self.parts if part.strip())

    @property
    def joined(self) -> bool:
        return len(self.parts) > 1


@dataclass
class _Open:
    """A quote still open at the end of a paragraph."""

    candidate: Candidate
    opening: str
    paragraphs: int = 1


class QuoteFinder:
    """Finds quotes paragraph by paragraph, and resolves "he said" to the last named speaker."""

    def __init__(self, settings: QuoteSettings = QuoteSettings()) -> None:
        self.settings = settings
        self.marks = QuoteMarks(settings.pairs, settings.max_chars)
        self.languages = settings.languages or available_languages()
        self.attribution = Attribution(self.languages)
        self._by_language: dict[tuple[str, ...], Attribution] = {}
        self._verb_languages: dict[str, set[str]] = {}
        for lang in self.languages:
            for verb in speech_verbs(lang):
                self._verb_languages.setdefault(verb.casefold(), set()).add(lang)

    def attribution_for(self, paragraphs: Sequence[str]) -> Attribution:
        """The attribution finder for the page's language: the one whose speech verbs the page uses most
        (a word that is a speech verb in one language is often a plain word in another: "note", "dice")."""
        counts: dict[str, int] = {}
        for text in paragraphs:
            for m in self.attribution.verb.finditer(text):
                for lang in self._verb_languages.get(m.group(0).casefold(), ()):
                    counts[lang] = counts.get(lang, 0) + 1
        if not counts:
            return self.attribution
        top = max(counts.values())
        langs = tuple(sorted(lang for lang, n in counts.items() if 2 * n >= top))
        if langs not in self._by_language:
            self._by_language[langs] = Attribution(langs)
        return self._by_language[langs]

    def __call__(self, paragraphs: Sequence[str]) -> Iterator[Quote]:
        has_marks = [self.marks.has_marks(text) for text in paragraphs]
        if not any(has_marks):
            return
        attribution = self.attribution_for(paragraphs)
        candidates = self._candidates(paragraphs, has_marks, attribution)
        if not candidates:
            return
        names: NameIndex | None = None  # built when first needed
        last_person: str | None = None
        previous: Candidate | None = None
        for index, text in enumerate(paragraphs):
            here = [c for c in candidates.get(index, ())]
            for k, cand in enumerate(here):
                self._attribute(attribution, cand, here[:k], paragraphs, previous)
            for k, cand in enumerate(here):
                if cand.speaker is None and not cand.attributed:
                    self._borrow(cand, here, k)
                speaker = cand.speaker
                if speaker is not None and speaker == IMPLICIT_SUBJECT or (speaker and is_person_pronoun(speaker)):
                    speaker = last_person
                elif speaker is not None and is_pronoun(speaker):
                    speaker = None
                elif speaker is not None:
                    if names is None:
                        names = NameIndex(paragraphs)
                    speaker = names.resolve(speaker)
                    if is_named(speaker):
                        last_person = speaker
                cand.speaker = speaker
                if self._is_quote(cand):
                    yield Quote(cand.text, speaker, cand.paragraph, cand.joined)
                previous = cand
            if has_marks[index] or attribution.verb.search(text):
                # a named subject of a speech verb becomes the one "he said" points to
                for subject in attribution.subjects(text):
                    if is_named(subject):
                        if names is None:
                            names = NameIndex(paragraphs)
                        last_person = names.resolve(subject)
            if index > max(candidates, default=-1):
                break

    # --- finding the quotes ----------------------------------------------------------------------------
    def _candidates(self, paragraphs: Sequence[str], has_marks: list[bool],
                    attribution: Attribution) -> dict[int, list[Candidate]]:
        found: dict[int, list[Candidate]] = {}
        still_open: _Open | None = None
        for index, text in enumerate(paragraphs):
            if not has_marks[index]:
                still_open = None
                continue
            spans = self.marks.spans(text)
            if still_open is not None:
                spans, still_open = self._continue(still_open, text, spans, index, found)
            here: list[Candidate] = []
            previous_end = 0
            for span in spans:
                here.append(Candidate(index, [span.inner(text)], text[previous_end: span.start], "",
                                      index, not text[: span.start].strip()))
                previous_end = span.end
            self._set_after(here, spans, text)
            here = self._join_split(here, spans, text, attribution)
            found.setdefault(index, []).extend(here)
            if still_open is None:
                tail = self.marks.unclosed_tail(text, previous_end)
                if tail is not None:
                    position, opening = tail
                    cand = Candidate(index, [text[position + 1:]], text[previous_end: position], "", index,
                                     not text[:position].strip())
                    still_open = _Open(cand, opening)
        return {k: v for k, v in found.items() if v}

    def _continue(self, still_open: _Open, text: str, spans: list[Span], index: int,
                  found: dict[int, list[Candidate]]) -> tuple[list[Span], _Open | None]:
        """A quote left open in the paragraph before goes on here if this paragraph reopens it."""
        if not self.marks.reopens(text, still_open.opening) or still_open.paragraphs >= self.settings.max_paragraphs:
            return spans, None
        cand = still_open.candidate
        lead = len(text) - len(text.lstrip())
        if spans and spans[0].start == lead and spans[0].opening == still_open.opening:
            first = spans[0]
            cand.parts.append(first.inner(text))
            cand.last_paragraph = index
            following = spans[1].start if len(spans) > 1 else len(text)
            cand.after = text[first.end: following]
            found.setdefault(cand.paragraph, []).append(cand)
            return spans[1:], None
        tail = self.marks.unclosed_tail(text, lead)
        if tail is not None and tail[0] == lead and not spans:
            cand.parts.append(text[lead + 1:])
            still_open.paragraphs += 1
            return [], still_open
        return spans, None

    def _set_after(self, here: list[Candidate], spans: list[Span], text: str) -> None:
        for k, cand in enumerate(here):
            following = spans[k + 1].start if k + 1 < len(spans) else len(text)
            cand.after = text[spans[k].end: min(following, spans[k].end + self.settings.attribution_chars)]

    def _join_split(self, here: list[Candidate], spans: list[Span], text: str,
                    attribution: Attribution) -> list[Candidate]:
        """'"We are here," he said, "to stay."' is one quote: a part ending in a comma, a short attribution,
        and the next part of the same paragraph."""
        joined: list[Candidate] = []
        for k, cand in enumerate(here):
            if joined and self._splits(joined[-1], cand, spans[k - 1], spans[k], attribution):
                first = joined[-1]
                first.parts.extend(cand.parts)
                first.speaker = self._after_speaker(first.parts[-2], cand.before, attribution)
                first.attributed = True
                first.after = cand.after
                continue
            joined.append(cand)
        return joined

    def _splits(self, first: Candidate, second: Candidate, a: Span, b: Span, attribution: Attribution) -> bool:
        between = second.before
        ends = first.parts[-1].rstrip()
        continues = ends.endswith((",", "،", "，")) or (between.lstrip()[:1] in (",", "،") and ends[-1:] not in TERMINAL)
        if not continues or a.opening != b.opening or len(between.split()) > self.settings.split_attribution_words:
            return False
        if between.rstrip()[-1:] not in (",", ".", ":", "–", "—", "-", ";"):
            return False
        return self._after_speaker(ends, between, attribution) is not None

    # --- speakers ----------------------------------------------------------------------------------------
    def _after_speaker(self, inner: str, after: str, attribution: Attribution | None = None) -> str | None:
        """The attribution right after a quote; after a quote that ends its sentence, only one that is
        plainly about it ('"…." Smith said.'), not the next sentence's subject."""
        attribution = attribution or self.attribution
        speaker = attribution.after(after)
        if speaker is None:
            return None
        ends_sentence = inner.rstrip().rstrip("\"'’”»")[-1:] in TERMINAL
        if ends_sentence and after.lstrip()[:1].isupper():
            rest = after.lstrip()
            verb = attribution.verb.search(rest)
            if verb is None or rest[verb.end():].lstrip()[:1] not in (".", ",", ""):
                return None
        return speaker

    def _attribute(self, attribution: Attribution, cand: Candidate, earlier: list[Candidate], paragraphs: Sequence[str],
                   previous: Candidate | None) -> None:
        if cand.attributed:
            return
        inner = cand.parts[-1]
        speaker = self._after_speaker(inner, cand.after, attribution)
        if speaker is None:
            speaker = attribution.before(cand.before)
        if speaker is not None:
            cand.speaker, cand.attributed = speaker, True
            return
        if cand.opens_paragraph and not earlier and cand.paragraph > 0:
            # a quote that opens its paragraph: introduced by the paragraph before ("Jane Doe said:"),
            # or the same speaker going on from a quote that ended it
            before = paragraphs[cand.paragraph - 1].rstrip()
            if before.endswith(":"):
                cand.speaker = attribution.before(before)
            elif previous is not None and previous.last_paragraph == cand.paragraph - 1 and previous.attributed:
                cand.speaker = previous.speaker

    @staticmethod
    def _borrow(cand: Candidate, here: list[Candidate], k: int) -> None:
        """A quote of a paragraph where a quote before it is attributed takes that quote's speaker."""
        for other in reversed(here[:k]):
            if other.attributed and other.speaker is not None:
                cand.speaker = other.speaker
                return

    # --- what counts as a quote --------------------------------------------------------------------------
    def _is_quote(self, cand: Candidate) -> bool:
        text = cand.text
        if not text:
            return False
        if SCARE_PREFIX.search(cand.before[-30:]):
            return False
        s = self.settings
        words = text.split()
        if not cand.attributed and len(words) <= s.max_title_words and all(
                TITLE_WORD.match(w) or len(w) <= 3 for w in words) and sum(bool(TITLE_WORD.match(w)) for w in words) >= 2:
            return False  # "Takin’ It to the Streets": a title or a name
        if not text.isascii() and len(UNSPACED.findall(text)) >= s.min_chars_unspaced:
            return True
        return len(words) >= (s.min_words_attributed if cand.attributed else s.min_words)
