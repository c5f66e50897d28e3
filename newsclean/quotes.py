"""The quote stage: finds the direct quotations of the body paragraphs and who said them."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

import re

import regex

from .article import Quote
from .document import UNSPACED
from .wordlist import trie_pattern

# Each pair: opening mark, closing mark. The text between may not hold another opening mark of its kind,
# so a stray mark never swallows the rest of the paragraph.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("„", "”"), ("»", "«"), ("「", "」"), ("『", "』"),
)
HONORIFIC = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sen|Rep|Gov)\.?\s+")
SUBJECT_EDGES = " \"“”«»„‘’'()[]–—-:;"
ADVERBS = frozenset("later also then once again now still previously earlier recently has had have".split())
"""Words that may stand between a speaker's name and the speech verb ("Noem later tweeted")."""
IMPLICIT_SUBJECT = "he"
"""Stands for the subject a verb implies ("afirmou"): like a pronoun, the last named speaker."""
# Pronouns a quote may be attributed to. The singular ones ("he", "elle", "он") point to the last person named
# as a speaker; the others ("we", "they", "I") name nobody the article has named, so the speaker stays unknown.
PERSON_PRONOUNS = frozenset("he she er sie il elle él ella lui lei ele ela он она він вона on ona".split())
PRONOUNS = PERSON_PRONOUNS | frozenset("they i we it ils elles ellos loro eles они вони oni ono".split())
NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]+"
# Words of a name before its last: a capitalised word, an initial ("J."), or a short title ("Dr.", "Gen.");
# a longer word followed by a full stop ends a sentence, not a name part.
NAME_PART = r"(?:\p{Lu}[\p{L}\p{M}'’\-]{0,3}\.|\p{Lu}[\p{L}\p{M}'’\-]+)"
NAME = regex.compile(rf"(?:{NAME_PART}\s+){{0,3}}{NAME_WORD}")
SCARE_PREFIX = regex.compile(r"(?i)so-called\s*$")
SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\"“])")


@lru_cache(maxsize=None)
def speech_verbs(lang: str = "en") -> tuple[str, ...]:
    """The speech verbs of a language, from `data/speech_verbs_<lang>.txt`."""
    try:
        text = resources.files("newsclean").joinpath(f"data/speech_verbs_{lang}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    words = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """The languages with a speech-verb file in `newsclean/data`."""
    names = (p.name for p in resources.files("newsclean").joinpath("data").iterdir())
    return tuple(sorted(n[len("speech_verbs_"):-len(".txt")] for n in names
                        if n.startswith("speech_verbs_") and n.endswith(".txt")))


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
    languages: tuple[str, ...] | None = None
    """Languages whose speech verbs are read (`data/speech_verbs_<lang>.txt`); None reads them all."""
    pairs: tuple[tuple[str, str], ...] = field(default=QUOTE_PAIRS)


class QuoteFinder:
    """Finds quotes paragraph by paragraph, and resolves "he said" to the last named speaker."""

    def __init__(self, settings: QuoteSettings = QuoteSettings()) -> None:
        self.settings = settings
        verbs = [v for lang in (settings.languages or available_languages()) for v in speech_verbs(lang)]
        verb_alt = "|".join(regex.escape(v) for v in sorted(set(verbs), key=len, reverse=True)) or "(?!)"
        # verbs as written or capitalised, as one prefix tree: a case-blind search of a long list is slow
        self.verb = re.compile(rf"\b(?:{trie_pattern({f for v in verbs for f in (v, v[:1].upper() + v[1:])})})\b")
        self.marks = re.compile("[" + "".join(sorted({re.escape(m) for pair in settings.pairs for m in pair})) + "]")
        limit = settings.max_chars
        alts = []
        for opening, closing in settings.pairs:
            o, c = regex.escape(opening), regex.escape(closing)
            inner = f"[^{o}{c}\\n]" if opening != closing else f"[^{o}\\n]"
            alts.append(f"{o}({inner}{{1,{limit}}}){c}")
        self.span = regex.compile("|".join(alts))
        # "said Jane Doe", "said the minister.": a name, or a few words that end the clause
        self.after_verb_name = regex.compile(
            rf"^[\s,–—-]*(?i:{verb_alt})\s+(?P<name>(?:(?i:the)\s+)?{NAME.pattern}(?=[\s,.;:]|$)|"
            rf"\p{{L}}+(?:\s+\p{{L}}+){{0,3}}?(?=[,.;:]|$))")
        # ", afirmou." / ", dijo refiriéndose a...": the verb alone, its subject the last speaker
        self.after_verb = regex.compile(rf"^[\s,–—-]*(?i:{verb_alt})\b")
        pronoun_alt = "|".join(sorted(PRONOUNS, key=len, reverse=True))
        self.after_name_verb = regex.compile(
            rf"^[\s,–—-]*(?P<name>{NAME.pattern}|(?i:{pronoun_alt}))\s+(?i:{verb_alt})\b")

    def __call__(self, paragraphs: Sequence[str]) -> Iterator[Quote]:
        has_marks = [self.marks.search(text) is not None for text in paragraphs]
        if not any(has_marks):
            return
        last_marked = len(has_marks) - 1 - has_marks[::-1].index(True)
        names: dict[str, str] | None = None  # surname -> fullest name the article uses, built when first needed
        last_person: str | None = None
        for index in range(last_marked + 1):
            text = paragraphs[index]
            for m in self.span.finditer(text) if has_marks[index] else ():
                inner = next(g for g in m.groups() if g is not None)
                if SCARE_PREFIX.search(text, max(0, m.start() - 12), m.start()):
                    continue
                speaker, attributed = self._speaker(text, m.start(), m.end())
                if speaker is not None and speaker.casefold() not in PRONOUNS:
                    if names is None:
                        names = self._names(paragraphs)
                    speaker = self._resolve(names, speaker)
                    if speaker[:1].isupper():
                        last_person = speaker
                if not self._long_enough(inner, attributed):
                    continue
                if speaker is not None and speaker.casefold() in PRONOUNS:
                    speaker = last_person if speaker.casefold() in PERSON_PRONOUNS else None
                yield Quote(" ".join(inner.split()), speaker, index)
            # a named subject of a speech verb in this paragraph becomes the one "he said" points to
            if self.verb.search(text):
                for sentence in SENTENCE_BREAK.split(text):
                    verb = self.verb.search(sentence)
                    if verb:
                        subject = self._subject(sentence[: verb.start()])
                        if subject and subject[:1].isupper():
                            if names is None:
                                names = self._names(paragraphs)
                            last_person = self._resolve(names, subject)

    def _names(self, paragraphs: Sequence[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for text in paragraphs:
            for full in NAME.finditer(text):
                self._remember(names, full.group(0))
        return names

    def _long_enough(self, inner: str, attributed: bool) -> bool:
        s = self.settings
        words = len(inner.split())
        if not inner.isascii():
            unspaced = len(UNSPACED.findall(inner))
            if unspaced >= s.min_chars_unspaced:
                return True
        return words >= (s.min_words_attributed if attributed else s.min_words)

    def _speaker(self, text: str, start: int, end: int) -> tuple[str | None, bool]:
        after = text[end: end + self.settings.attribution_chars]
        m = self.after_verb_name.match(after) or self.after_name_verb.match(after)
        if m:
            return m.group("name"), True
        if self.after_verb.match(after):
            return IMPLICIT_SUBJECT, True
        before = text[max(0, start - 300): start]
        sentence = SENTENCE_BREAK.split(before)[-1]
        verbs = list(self.verb.finditer(sentence))
        if verbs:
            return self._subject(sentence[: verbs[-1].start()]), True
        return None, False

    @staticmethod
    def _subject(clause: str) -> str | None:
        """The speaker before a speech verb: the words just before it, or the name an apposition follows.

        "commanding officers said" gives "commanding officers"; "Aleksey Baranovsky, a former lawyer, said"
        gives "Aleksey Baranovsky".
        """
        parts = [p.strip(SUBJECT_EDGES) for p in clause.split(",")]
        tail = parts[-1] if parts else ""
        if tail and len(tail.split()) <= 6:
            name = NAME.match(tail)
            rest = tail[name.end():].split() if name else []
            if name and rest and len(rest) <= 2 and all(w in ADVERBS or w.endswith("ly") for w in rest):
                return name.group(0)  # "Noem later tweeted": the name, not the adverb
            return tail
        for part in reversed(parts[:-1]):
            if part and NAME.fullmatch(part):
                return part
        return None

    @staticmethod
    def _remember(names: dict[str, str], name: str) -> None:
        bare = HONORIFIC.sub("", name)
        words = bare.split()
        if len(words) < 2 or len(set(words)) < len(words):
            return  # one word, or a run of names glued together ("Noem Kristi Lynn Noem")
        key = bare.split()[-1]
        if len(bare) > len(names.get(key, "")):
            names[key] = bare

    @staticmethod
    def _resolve(names: dict[str, str], speaker: str) -> str:
        bare = HONORIFIC.sub("", speaker.strip())
        if bare[:1].isupper():
            return names.get(bare.split()[-1], bare)
        return bare
