"""The quote stage: finds the direct quotations of the body paragraphs and who said them.

Marks are found by `quote_marks`, attributions by `speakers`, names resolved by `speaker_names`; this module
puts a quote's pieces together (a quote split by its attribution, a quote running over several paragraphs),
drops what is not speech (titles, one- or two-word terms) and carries speakers from sentence to sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import regex

from .article import Quote
from .document import MAY_BE_UNSPACED, UNSPACED
from .quote_marks import QUOTE_PAIRS, QuoteMarks, Span
from .speaker_names import NAME, NameIndex, is_person_pronoun, is_pronoun, refers_back
from .speaker_context import SpeakerContext
from .speakers import IMPLICIT_SUBJECT, Attribution, attribution_for, available_languages, speech_verbs, verb_search

__all__ = ["QuoteFinder", "QuoteSettings", "QUOTE_PAIRS", "available_languages", "speech_verbs"]

SCARE_PREFIX = regex.compile(r"(?i)(?:so-called|sogenannte[nmrs]?|so genannte[nmrs]?|dits?|dites?|"
                             r"llamad[oa]s?|chamad[oa]s?|cosiddett[oaie]|так называем\w+|так зван\w+|tzw\.)\s*$")
SCARE_HINT = re.compile("so-called|genannte|dit|llamad|chamad|cosiddett|так|tzw\\.|[ſᲀᲄᲅ]|i\u0307")
"""A piece of every scare prefix, lower-cased, or a letter the case-blind pattern reads as one of theirs and
lower() does not ("ſ", "İ" lowered): the slower pattern is tried only after a quote whose lead holds one."""
TERMINAL = ".!?…"
SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")
BORROW_WORDS = 6
HEADING_WORDS = 12
LABEL_WORDS = 2
"""A quote after this many words or fewer, ending its paragraph, with no attribution, is a label or a link."""
"""A quoted paragraph of this many words or fewer with no full stop is a sub-heading."""
"""A quote this few words after an attributed one ('“a disaster” and “a shame”') shares its speaker."""
UNSPACED_PUNCTUATION = regex.compile(r"[\p{P}--[\-+・]]", flags=regex.V1)
CITATION = regex.compile(r"^\s*\[(?P<source>\p{Lu}[^\[\]\d]{1,60}?)\s*\d[\d:.,\s\-–]*\]")
"""A source in brackets with a chapter or verse number right after a quote: '“…” [Al-Baqarah 2:8]'."""
INSERTED_ATTRIBUTION = regex.compile(r"\s[–—]\s+(?P<clause>[^–—]{3,80}?)\s+[–—]\s")
"""An attribution between dashes inside a quote."""
QUOTED_NAME_WORDS = 3
"""A name in quote marks (a pseudonym) has at most this many words."""
OPENING_MARKS = frozenset(opening for opening, _ in QUOTE_PAIRS)
TITLE_WORD = regex.compile(r"[\p{Lu}\p{N}]")


def _title_word(word: str) -> bool:
    """Does the word start with a capital or a digit (TITLE_WORD)? An ASCII one is told without the pattern."""
    first = word[:1]
    return first.isupper() or first.isdigit() if first.isascii() else TITLE_WORD.match(word) is not None


@dataclass(frozen=True)
class QuoteSettings:
    min_words: int = 3
    """A quote holds at least this many words..."""
    min_words_attributed: int = 2
    """...or this many when a speech verb attributes it."""
    min_chars_unspaced: int = 6
    """For scripts without spaces: characters instead of words."""
    max_term_chars_unspaced: int = 12
    """...and an unattributed one of this many characters or fewer with no punctuation is a term."""
    max_chars: int = 3000
    """A quote longer than this is a stray mark, not a quotation."""
    attribution_chars: int = 120
    """How far after a quote (in the same sentence) its attribution may stand."""
    context_chars: int = 600
    """How far before a quote its sentence's attribution may stand."""
    split_attribution_words: int = 12
    """A quote's two parts are one quote when no more than this many words of attribution stand between."""
    max_paragraphs: int = 8
    """A quote left open at a paragraph's end runs on over at most this many paragraphs."""
    max_title_words: int = 8
    """A quote of this many words or fewer, every word capitalised, is a title or a name."""
    max_quotes: int = 1000
    """A page with more quotes than this (articles hold a hundred at most) is a list or data: the marks past this
    many are not read, so a page of nothing but quote marks costs time linear in its length, not a reading of
    the text around each of its marks."""
    languages: tuple[str, ...] | None = None
    """Languages whose speech verbs are read (`data/speech_verbs_<lang>.txt`); None reads them all."""
    pairs: tuple[tuple[str, str], ...] = field(default=QUOTE_PAIRS)


@dataclass(slots=True)
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
    start: int
    """Where its opening mark stands in its first paragraph."""
    end: int = 0
    """Where its closing mark ends in its last paragraph."""
    speaker: str | None = None
    attributed: bool = False
    followed: bool = False
    borrowed: bool = False
    """The speaker is that of an attributed quote before it in the paragraph."""
    """Another quote of the paragraph opens where `after` ends."""

    @property
    def text(self) -> str:
        """The parts' words, each run of white space made one space (a space also joins the parts)."""
        return " ".join(" ".join(self.parts).split())

    @property
    def joined(self) -> bool:
        return len(self.parts) > 1


LANGUAGE_PARAGRAPHS = 6
"""The page's language is read from the speech verbs of this many paragraphs with quote marks..."""
LANGUAGE_VOTES = 4
"""...or until one language's verbs have been seen this many times."""
@dataclass
class _Open:
    """A quote still open at the end of a paragraph."""

    candidate: Candidate
    opening: str
    paragraphs: int = 1
    head: Candidate | None = None
    """The quote this one continues past a split attribution, if any: the two become one when it closes."""
    split_speaker: str | None = None


class QuoteFinder:
    """Finds quotes paragraph by paragraph, and resolves "he said" to the last named speaker."""

    def __init__(self, settings: QuoteSettings = QuoteSettings()) -> None:
        self.settings = settings
        self.marks = QuoteMarks(settings.pairs, settings.max_chars)
        self.languages = tuple(settings.languages or available_languages())
        self.verbs = verb_search(self.languages)
        self._verb_languages: dict[str, set[str]] = {}
        for lang in self.languages:
            for verb in speech_verbs(lang):
                self._verb_languages.setdefault(verb.casefold(), set()).add(lang)

    def attribution_for(self, paragraphs: Sequence[str]) -> Attribution:
        """The attribution finder for the page's language: the one whose speech verbs the page uses most
        (a word that is a speech verb in one language is often a plain word in another: "note", "dice")."""
        counts: dict[str, int] = {}
        for text in paragraphs:
            for start, end in self.verbs.spans(text):
                for lang in self._verb_languages.get(text[start:end].casefold(), ()):
                    counts[lang] = counts.get(lang, 0) + 1
            if counts and max(counts.values()) >= LANGUAGE_VOTES:
                break
        if not counts:
            return self.attribution
        top = max(counts.values())
        return attribution_for(tuple(sorted(lang for lang, n in counts.items() if 2 * n >= top)))

    @property
    def attribution(self) -> Attribution:
        """The attribution finder of all the languages read, for a page whose language is not known."""
        return attribution_for(self.languages)

    def __call__(self, paragraphs: Sequence[str]) -> Iterator[Quote]:
        has_marks = [self.marks.has_marks(text) for text in paragraphs]
        if not any(has_marks):
            return
        attribution = self.attribution_for([t for t, marked in zip(paragraphs, has_marks) if marked]
                                           [: LANGUAGE_PARAGRAPHS])
        candidates, masked, unquoted = self._candidates(paragraphs, has_marks, attribution)
        if not candidates:
            return
        # names as the article writes them, not as a speaker addresses someone ("“Wahai Aslam, …”")
        names = NameIndex([unquoted.get(i, paragraphs[i]) for i in range(max(candidates) + 1)])
        context = SpeakerContext(attribution, names, lambda i: masked.get(i, paragraphs[i]), len(paragraphs))
        previous: Candidate | None = None
        for index in sorted(candidates):
            here = candidates[index]
            # each quote's text, read once: its parts are all found by now, and several checks below read it
            texts = [cand.text for cand in here]
            for k, cand in enumerate(here):
                # whether quotes stand before it, not a slice of them: a paragraph of 30,000 quotes would
                # copy half a billion list items
                self._attribute(attribution, names.knows, cand, texts[k], k > 0, paragraphs, previous)
            for k, cand in enumerate(here):
                if cand.speaker is None and not cand.attributed:
                    self._borrow(cand, here, k, masked[index])
                cand.speaker = self._resolve(cand, names, context)
                if self._is_quote(cand, texts[k]):
                    yield Quote(texts[k], cand.speaker, cand.paragraph, cand.joined)
                elif self._quoted_subject(cand, texts[k]):
                    context.note(cand.paragraph, cand.start, texts[k])
                previous = cand

    @staticmethod
    def _resolve(cand: Candidate, names: NameIndex, context: SpeakerContext) -> str | None:
        """The speaker as the article names them; "he" and "the senator" as the one they point back to."""
        speaker = cand.speaker
        if speaker is None:
            return None
        if speaker == IMPLICIT_SUBJECT or is_person_pronoun(speaker):
            return context.person(cand.paragraph, cand.start)
        if is_pronoun(speaker):
            return None
        if refers_back(speaker):
            return context.referent(speaker, cand.paragraph, cand.start) or speaker  # "the journalist"
        resolved = names.resolve(speaker)
        context.note(cand.paragraph, cand.start, resolved)
        return resolved

    # --- finding the quotes ----------------------------------------------------------------------------
    def _candidates(self, paragraphs: Sequence[str], has_marks: list[bool], attribution: Attribution
                    ) -> tuple[dict[int, list[Candidate]], dict[int, str], dict[int, str]]:
        """The quote candidates of each paragraph; each marked paragraph with its quotes blanked out (so that
        the words of one quote are never read as another's attribution); and with only its closed quotes
        blanked out (a mark left open may be a stray one, so the words after it still name people)."""
        found: dict[int, list[Candidate]] = {}
        masked: dict[int, str] = {}
        unquoted: dict[int, str] = {}
        still_open: _Open | None = None
        left = self.settings.max_quotes
        for index, text in enumerate(paragraphs):
            if left <= 0:
                break
            if not has_marks[index]:
                still_open = None
                continue
            spans = self.marks.spans(text, left)
            left -= len(spans)
            if still_open is not None:
                spans, still_open = self._continue(still_open, text, spans, index, found)
            blank = self._blank(text, spans)
            masked[index] = unquoted[index] = blank
            lead = len(text) - len(text.lstrip())  # a quote opening at or before it opens the paragraph
            here = [Candidate(index, [span.inner(text)], self._context(blank, span.start), "", index,
                              span.start <= lead, span.start, span.end) for span in spans]
            self._set_after(here, spans, text)
            here = self._join_split(here, spans, text, attribution)
            found.setdefault(index, []).extend(here)
            if still_open is None and left > 0:  # (past the last quote read, the rest is not read)
                tail = self.marks.unclosed_tail(text, spans[-1].end if spans else 0)
                if tail is not None:
                    position, opening = tail
                    cand = Candidate(index, [text[position + 1:]], self._context(blank, position), "", index,
                                     position <= lead, position)
                    head = None
                    split = self._split_speaker(spans[-1].inner(text), text[spans[-1].end: position],
                                                attribution) if spans and spans[-1].opening == opening else None
                    if here and split is not None:
                        head = here[-1]  # '"…," Taylor wrote. " The course …' runs on into the next paragraph
                    still_open = _Open(cand, opening, head=head, split_speaker=split)
                    masked[index] = blank[:position + 1] + " " * (len(text) - position - 1)
        return {k: v for k, v in found.items() if v}, masked, unquoted

    def _context(self, blank: str, position: int) -> str:
        """The text before a quote that its attribution is looked for in, from a word's start."""
        start = position - self.settings.context_chars
        if start <= 0:
            return blank[:position]
        space = blank.find(" ", start, position)
        return blank[space + 1 if space >= 0 else start: position]

    @staticmethod
    def _blank(text: str, spans: list[Span]) -> str:
        """The text with each quote's words blanked out; a full stop that ends a quote stays, so the
        sentence around it still ends there."""
        if not spans:
            return text
        pieces = []
        last = 0
        for span in spans:
            inner = text[span.inner_start: span.inner_end]
            keep = 1 if inner.rstrip()[-1:] in TERMINAL else 0
            pieces.append(text[last: span.inner_start])
            pieces.append(" " * (len(inner) - keep) + inner[len(inner) - keep:])
            last = span.inner_end
        pieces.append(text[last:])
        return "".join(pieces)

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
            cand.end = first.end
            following = spans[1].start if len(spans) > 1 else len(text)
            cand.after = text[first.end: following]
            if still_open.head is not None:
                head = still_open.head
                head.parts.extend(cand.parts)
                head.last_paragraph, head.end, head.after = index, cand.end, cand.after
                head.speaker, head.attributed = still_open.split_speaker, True
            else:
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
            cand.followed = spans[k].end + len(cand.after) == following < len(text)

    def _join_split(self, here: list[Candidate], spans: list[Span], text: str,
                    attribution: Attribution) -> list[Candidate]:
        """'"We are here," he said, "to stay."' is one quote: a part ending in a comma, a short attribution,
        and the next part of the same paragraph."""
        joined: list[Candidate] = []
        for k, cand in enumerate(here):
            speaker = self._split_by(text, spans, k, attribution) if joined else None
            if speaker is not None:
                first = joined[-1]
                first.parts.extend(cand.parts)
                first.end = cand.end
                first.speaker = speaker
                first.attributed = True
                first.after = cand.after
                continue
            joined.append(cand)
        return joined

    def _split_by(self, text: str, spans: list[Span], k: int, attribution: Attribution) -> str | None:
        """If the quote at `spans[k]` is the rest of the one before it, the speaker the attribution between
        them names; else None. The attribution between splits them, and the second part has no attribution
        of its own, unless that one splits it from a third part ('“…,” he said. “…,” Smith laughed. “…”')."""
        a, b = spans[k - 1], spans[k]
        speaker = self._split_speaker(a.inner(text), text[a.end: b.start], attribution) if a.opening == b.opening \
            else None
        if speaker is None:
            return None
        following = spans[k + 1].start if k + 1 < len(spans) else len(text)
        after = text[b.end: min(following, b.end + self.settings.attribution_chars)]
        if self._after_speaker(b.inner(text), after, attribution) is None:
            return speaker
        splits_again = k + 1 < len(spans) and \
            self._split_speaker(b.inner(text), text[b.end: following], attribution) is not None
        return speaker if splits_again else None

    def _split_speaker(self, inner: str, between: str, attribution: Attribution) -> str | None:
        """The speaker of `between` when it is a split quote's attribution: the part before runs on (a
        comma), and `between` is one short attribution and nothing more."""
        ends = inner.rstrip().rstrip("'’”»")
        continues = ends.endswith((",", "،", "，")) or (between.lstrip()[:1] in (",", "،") and ends[-1:] not in TERMINAL)
        if not continues or len(between.split()) > self.settings.split_attribution_words:
            return None
        bare = between.strip().rstrip(",.:;–—-").strip()
        if between.rstrip()[-1:] not in (",", ".", ":", "–", "—", "-", ";") or SENTENCE_INSIDE.search(bare):
            return None
        return self._after_speaker(ends, between, attribution)

    # --- speakers ----------------------------------------------------------------------------------------
    def _after_speaker(self, inner: str, after: str, attribution: Attribution | None = None,
                       followed: bool = False) -> str | None:
        """The attribution right after a quote; after a quote that ends its sentence, only one that is
        plainly about it ('"…." Smith said.'), not the next sentence's subject, nor one that introduces the
        quote that follows it ('“….” Aslam berkata, “…”')."""
        attribution = attribution or self.attribution
        opens = after.lstrip()[:1]
        cited = CITATION.match(after) if opens == "[" else None
        if cited:
            return cited.group("source")  # '“…” [Al-Baqarah 2:8]': a passage and where it is from
        if opens == "(" and ")" in after:
            after = after[after.index(")") + 1:]  # '“Errare humanum est” (a translation), says …'
        speaker = attribution.after(after)
        if speaker is None:
            return None
        ends_sentence = inner.rstrip().rstrip("\"'’”»")[-1:] in TERMINAL
        if ends_sentence and after.lstrip()[:1].isupper():
            rest = after.lstrip()
            verb = attribution.verb.search(rest)
            if verb is None or rest[verb.end():].lstrip()[:1] not in (".", ",", ""):
                return None
            tail = rest[verb.end():].strip()
            if tail[:1] in (",", ":") and ((followed and len(tail) == 1) or tail[1:].lstrip()[:1] in OPENING_MARKS):
                return None
        return speaker

    def _attribute(self, attribution: Attribution, known: Callable[[str], bool], cand: Candidate, text: str,
                   after_others: bool, paragraphs: Sequence[str], previous: Candidate | None) -> None:
        """Set the candidate's speaker from its attribution, or from the paragraph before when it opens its paragraph
        (`after_others`: other quotes of the paragraph stand before it)."""
        if cand.attributed:
            return
        inner = cand.parts[-1]
        speaker = self._after_speaker(inner, cand.after, attribution, cand.followed)
        if speaker is None or speaker == IMPLICIT_SUBJECT:
            # a verb after the quote with no subject of its own ("…», peut-on lire") has the subject of
            # the sentence's words before the quote, when they name one
            speaker = attribution.before(cand.before, known) or (
                speaker and attribution.opening_name(cand.before, known)) or speaker
        if speaker is None:
            speaker = self._inserted_speaker(text, attribution)
        if speaker is not None:
            cand.speaker, cand.attributed = speaker, True
            return
        if cand.opens_paragraph and not after_others and cand.paragraph > 0:
            # a quote that opens its paragraph: introduced by the paragraph before ("Jane Doe said:"),
            # or the same speaker going on from a quote that ended it
            before = paragraphs[cand.paragraph - 1].rstrip()
            if before.endswith(":"):
                cand.speaker = attribution.before(before)
            elif previous is not None and previous.last_paragraph == cand.paragraph - 1 and previous.attributed \
                    and not self._heading(paragraphs[cand.paragraph]):
                cand.speaker = previous.speaker

    @staticmethod
    def _inserted_speaker(text: str, attribution: Attribution) -> str | None:
        """The speaker of an attribution set between dashes inside the quote ('“Questi orologi – scrivono gli
        attivisti – attirano …”')."""
        m = INSERTED_ATTRIBUTION.search(text) if "–" in text or "—" in text else None
        if m is None or attribution.verb.search(m.group("clause")) is None:
            return None
        speaker = attribution.after(" " + m.group("clause"))
        return None if speaker == IMPLICIT_SUBJECT else speaker

    @staticmethod
    def _quoted_subject(cand: Candidate, text: str) -> bool:
        """Is the quote a name in quote marks that opens a sentence as its subject, as a pseudonym is written
        ('“Maritza”, a student who …, joined')? Then "she said" may mean that person."""
        lead = cand.before.rstrip()
        follows = cand.after.lstrip()
        return (NAME.fullmatch(text) is not None and len(text.split()) <= QUOTED_NAME_WORDS
                and (not lead or lead[-1] in TERMINAL) and (follows[:1] == "," or follows[:1].islower()))

    @staticmethod
    def _labelled(cand: Candidate) -> bool:
        """Is the quote the whole rest of a paragraph after a word or three with no sentence of their own?"""
        lead = cand.before.strip()
        return (not cand.after.strip(" .!?…") and cand.last_paragraph == cand.paragraph and
                0 < len(lead.split()) <= LABEL_WORDS and lead[-1:] not in TERMINAL + ":,;：，。" and
                len(cand.before) < 60 and not UNSPACED.search(lead))

    @staticmethod
    def _heading(text: str) -> bool:
        """A paragraph that is one short quote with no full stop: a sub-heading, not the speaker going on."""
        bare = text.strip().strip("“”\"«»„‘’'「」『』 ")
        return len(bare.split()) <= HEADING_WORDS and bare[-1:] not in TERMINAL

    @staticmethod
    def _borrow(cand: Candidate, here: list[Candidate], k: int, text: str) -> None:
        """An unattributed quote takes the speaker of the quote before it in the paragraph when it opens a
        sentence of its own (the speaker goes on), or when few words of the same sentence stand between (Jane
        Doe called it "a disaster" and "a shame"); a speaker borrowed so in the paragraph goes on too
        ('«…», déplore-t-elle, en rappelant les «…». «…»')."""
        if k == 0:
            return
        other = here[k - 1]
        if other.speaker is None or not (other.attributed or other.borrowed):
            return
        between = text[other.end: cand.start]
        opens_sentence = between.strip() == "" or between.rstrip()[-1:] in TERMINAL
        if opens_sentence or (len(between.split()) <= BORROW_WORDS and not SENTENCE_INSIDE.search(between)):
            cand.speaker, cand.borrowed = other.speaker, True

    # --- what counts as a quote --------------------------------------------------------------------------
    def _is_quote(self, cand: Candidate, text: str) -> bool:
        if not text:
            return False
        lead = cand.before[-30:]
        if (SCARE_HINT.search(lead.lower()) and SCARE_PREFIX.search(lead)) or cand.before.rstrip().endswith("="):
            return False  # "so-called “reforms”"; style="…", a value in markup
        s = self.settings
        words = text.split()
        if not cand.attributed and cand.speaker is None and self._labelled(cand):
            return False  # 'Read more "…"', 'Читайте материал "…"': a link to another story, not speech
        if len(words) <= s.max_title_words and all(
                len(w) <= 3 or _title_word(w) for w in words) and sum(_title_word(w) for w in words) >= 2:
            return False  # "Takin’ It to the Streets": a title or a name
        unspaced = 0 if text.isascii() or not MAY_BE_UNSPACED.search(text) else len(UNSPACED.findall(text))
        if unspaced >= s.min_chars_unspaced:
            # a short unattributed run with no punctuation is a term or a name ("中国虾稻米之乡"), not speech
            return cand.speaker is not None or len(text) > s.max_term_chars_unspaced or \
                UNSPACED_PUNCTUATION.search(text) is not None
        return len(words) >= (s.min_words_attributed if cand.attributed else s.min_words)
