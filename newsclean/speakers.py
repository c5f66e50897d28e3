"""Speaker finding: who a quote's attribution names, from the words around the quote in its sentence.

Speech verbs come from `data/speech_verbs_<lang>.txt`, one form a line. A line starting with "> " is a phrase
the speaker follows ("> according to", "> selon"); ">> " marks one that is also an everyday preposition, so
only a name or a pronoun after it is a speaker (">> pour": "pour lui, …"); every other line is a verb whose
subject is the speaker.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

import regex

from .document import UNSPACED
from .speaker_names import DETERMINERS, FUNCTION_WORDS, NAME, NAME_RUN, PRONOUNS, is_pronoun, refers_back, spelled_out
from .verb_search import VerbSearch
from .wordlist import data_words, trie_pattern

SPEAKER_FOLLOWS = "> "
NAMES_ONLY = ">> "
IMPLICIT_SUBJECT = "he"
"""Stands for the subject a verb implies ("afirmou", "he added"): like a pronoun, the last named speaker."""
# Words that may stand between a speaker and the speech verb ("Noem later tweeted", "Ele também disse").
ADVERBS = frozenset(
    "later also then once again now still previously earlier recently has had have had was is would will "
    "ainda também já depois então aussi encore ensuite alors auch noch dann nun también luego después ya "
    "anche poi ancora inoltre również jeszcze także też потом также тоже ещё також ще теж ook nog toen juga "
    "lagi pun".split())
SUBJECT_EDGES = " \"“”«»„‘’'()[]–—-:;"
TERMINAL = ".!?…"
TERMINAL_MARKS = tuple(TERMINAL)
SENTENCE_ENDS = TERMINAL + ":”»\"\n"
# (not after an initial: "J. Smith", "W. Brytania")
SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][”\"»’)]?)(?<!(?<!\S)\p{Lu}\.)\s+(?=[\p{Lu}\"“„«»‘'])")
_BREAK_CANDIDATE = spelled_out(r"[.!?…][”\"»’)]?(\s+)(?=\p{Lu}|[\"“„«»‘'])")
LAST_SENTENCE_BREAK = regex.compile(r"(?r)" + SENTENCE_BREAK.pattern)
"""The same, searched from the end: the last sentence of a long clause is found without reading the rest."""
APPOSITION_NAME = regex.compile(rf",\s*(?P<name>{NAME.pattern})(?=\s*[,.;:]|$)")
# A name that opens a clause, perhaps after a role word ("filmmaker Charlie McDowell"), not a possessive, and
# followed by what a subject is followed by: a lower-case word, an apposition or a bracket.
# A name followed by what a subject is followed by (a lower-case word, an apposition, a bracket), not a
# possessive; and what may stand before it at the start of a clause: a comma, a colon, a bracket, and perhaps a
# role word or two ("filmmaker Charlie McDowell", "O senador Lasier Martins").
SUBJECT_NAME = regex.compile(rf"{NAME.pattern}(?<!['’]s)(?=\s+\p{{Ll}}|\s*[,(])")
CLAUSE_LEAD = regex.compile(r"(?:[,;:–—][”»\"’]?\s+|[”»]\s+|\(\s*)(?:(?:\p{L}+\s+)?\p{Ll}[\p{L}\-]*\s+)?$")
SENTENCE_LEAD = regex.compile(r"^\s*(?:(?:\p{L}+\s+)?\p{Ll}[\p{L}\-]*\s+|\p{Lu}\p{Ll}{1,5}\s+)?$")
CLAUSE_LEAD_CHARS = 40


def opens_clause(before: str, at_sentence_start: bool) -> bool:
    """Do the words before a name put it at the start of a clause?"""
    return bool((at_sentence_start and SENTENCE_LEAD.match(before)) or CLAUSE_LEAD.search(before))


CLAUSE_NAME = regex.compile(
    rf"(?:^|(?<=[.!?…][”»\"’)]?\s)|[,;:–—][”»\"’]?\s+|\(\s*)(?:(?:\p{{L}}+\s+)?\p{{Ll}}[\p{{L}}\-]*\s+)?(?P<name>{NAME.pattern})(?<!['’]s)"
    rf"(?=\s+\p{{Ll}}|\s*[,(])")
# Words that start a clause: a phrase holding one is not a speaker's name or description.
CLAUSE_WORDS = frozenset("that which when if because while whether but que qui quand dass weil che когда что "
                         "чтобы że który która które is was are were been being has had have will would can "
                         "could did does est c’est c'est sont era são ist sind это".split())
COORDINATED = regex.compile(r"[,;]\s+(?:but|mas|pero|mais|aber|ma|ale|maar|tapi|но|але)\s+$")
"""What opens a clause of its own after a comma, whose subject the sentence's speaker is not."""
LOCATIVES = frozenset("in at em en dans im w в у nel nella".split())
"""Prepositions of place: a name after one opening a sentence is where it happens, not its subject."""
SUBORDINATORS = frozenset("that que dass che że что що dat bahwa".split())
"""Words after which a name opens a clause of its own, so is its verb's subject ("pour que Mediapart révèle")."""
# Marks inside a phrase that end one clause and start another: the speaker is what follows the last of them
# ("semaglutide or tirzepatide) but—the FDA" → "the FDA").
CLAUSE_BREAK = re.compile(r"[()\[\]—–;]")
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Prepositions that end a speaker phrase: what follows is whom they spoke to, or where ("manifestó el
# funcionario a la agencia Reuters", "said the minister in a statement").
AFTER_SPEAKER = frozenset("to in on at during a à al ao aos aux an en dans lors durante em no na in w во в на у".split())
# Prepositions that cannot start a speaker phrase (not "a", "an", "no": also English determiners)
PREPOSITIONS = (AFTER_SPEAKER - {"a", "an", "no", "na"}) | frozenset(
    "auf aus bei mit nach von vor zu über unter durch für gegen ohne um seit laut dans sur sous avec par pour "
    "sans chez entre vers con por para sobre desde hasta entre com sem per su tra fra da dopo prima po przez "
    "dla podczas od do przy при по для от из за под над после через під від для через після".split())
NOT_BEFORE_A_SPEAKER = FUNCTION_WORDS | PREPOSITIONS
"""Words after which a name before a colon is an object ("collaborating with Smith and York:"), not a speaker."""
CLAUSE_SUBJECT_OPENERS = DETERMINERS | PRONOUNS
"""Words that open a clause's subject after "que", "that" ("que les marcheurs qualifieront")."""
MAX_SUBJECT_WORDS = 6
"""A speaker written out as a phrase ("a senior official in the ministry") has at most this many words."""
APPOSITION_CHARS = 150
"""How long the description between a speaker's name and the speech verb may be ("Jane Doe, a … , said")."""
# "concède-t-elle", "dit-il", "sagte er": a pronoun after its verb
INVERTED_PRONOUN = regex.compile(r"(?:-t)?-(?P<pronoun>il|elle|ils|elles|on)\b|\s+(?P<pronoun>er|sie)\b[,:;.\s]")
# The subject a sentence opens with: a name, or a determiner and a noun ("O senador reiterou …")
SENTENCE_SUBJECT = regex.compile(
    rf"^\s*(?P<subject>(?i:{'|'.join(sorted(DETERMINERS, key=len, reverse=True))})\s+\p{{Ll}}+"
    rf"(?!\s+(?i:{'|'.join(sorted(FUNCTION_WORDS, key=len, reverse=True))})\s)|{NAME.pattern})(?=\s+\p{{Ll}})")
# "Un día después, cuenta Marenco, “…”": a name right after its verb, the clause ending there
INVERTED_NAME = regex.compile(rf"[\s,]+(?P<pronoun>{NAME.pattern})(?=\s*[,.;:]|\s*$)")
DASHES = ("-", "—", "―", "–")
"""What a dash attribution opens with, tested before its pattern is tried."""
DASH_ATTRIBUTION = regex.compile(
    rf"^\s*(?:--|—|―|–)\s*(?P<speaker>{NAME.pattern}|\p{{Lu}}[\p{{L}}\-]*(?:\s+[\p{{L}}\-]+){{0,7}}?)\s*(?:[,(]|$)")
_PRONOUN = "|".join(sorted(PRONOUNS, key=len, reverse=True))
_WORD = r"(?:\p{Lu}\.|[\p{L}\p{M}][\p{L}\p{M}'’\-]*+)"  # (possessive: a space or a mark follows a word)
_PHRASE = rf"{_WORD}(?:\s+{_WORD}){{0,{MAX_SUBJECT_WORDS - 1}}}?"
_ADVERBS = "|".join(sorted(ADVERBS, key=len, reverse=True))
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029" \
    "\u202f\u205f\u3000"
"""The characters the `regex` patterns read as white space."""
LEAD_CHARS = WHITE_SPACE + ",–—-"
"""What stands between a quote's closing mark and its attribution's first word: stripped, not matched."""
SPEAKER_AFTER_VERB = regex.compile(
    rf"(?:-t)?[\s\-]+(?P<speaker>(?i:{_PRONOUN})(?!\w)|{NAME_RUN.pattern}(?=[\s,.;:!?)]|$)|{_PHRASE}(?=\s*[,.;:!?(]|$))")
SPEAKER_BEFORE_VERB = regex.compile(rf"[\s,–—\-]*(?P<speaker>{_PHRASE})(?:\s+(?i:{_ADVERBS}))*\s+")
APPOSED_BEFORE_VERB = regex.compile(
    rf"[\s,–—\-]*(?P<speaker>{NAME.pattern}),[^,“”\"«»„]{{1,{APPOSITION_CHARS}}},\s+(?:(?i:{_ADVERBS})\s+)*")
SPEAKER_AFTER_SOURCE = regex.compile(
    rf"\s+(?P<speaker>{NAME.pattern}|(?i:{_PRONOUN})(?!\w)|{_PHRASE}(?=\s*[,.;:]|$))")
SPEAKER_AFTER_NAMED_SOURCE = regex.compile(
    rf"\s+(?:\p{{Ll}}+\s+){{0,2}}(?P<speaker>{NAME.pattern}|(?i:{_PRONOUN})(?!\w))(?=\s*[,.;:]|$)")
CLOSING_MARKS = "”»“\"」』"
AFTER_CLOSING = regex.compile(rf"[{CLOSING_MARKS}]\s*[,–—\-]?\s*(?:[\p{{L}}\p{{M}}'’.\-]+\s+){{0,4}}$")
CLOSING_MARK = re.compile(rf"[{CLOSING_MARKS}]")


def after_closing(text: str, end: int) -> bool:
    """Do the words before `end` follow a closing quote mark closely (AFTER_CLOSING)? Most sentences have
    no mark at all, and the plain search for one is the quicker test. Only the last mark can be followed by
    nothing but a few words (a mark is no word), so the pattern is tried there alone, not at every place."""
    if CLOSING_MARK.search(text, 0, end) is None:
        return False
    last = max(text.rfind(mark, 0, end) for mark in CLOSING_MARKS)
    return AFTER_CLOSING.match(text, last, end) is not None


# A title that starts with its article and goes on in lower case to the clause's end ("Le Canard enchaîné",
# "La Gazzetta dello Sport"); English titles are capitalised throughout, so "the" is not among the articles.
TITLE_DETERMINERS = frozenset("le la les el la los las il lo der die das de het".split())
TITLE_TAIL = regex.compile(r"(?:\s+\p{Ll}[\p{L}\-]*){1,2}(?=\s*[,.;:!?]|\s*$)")
DESCRIBED_NAME_CHARS = 160
DESCRIBED_NAME_WORDS = 12
"""How long the description between a speech verb and the name it leads to may be."""
# Where a clause ends: a comma or the like, or a full stop that ends a sentence (not one of "Dr. Novák")
CLAUSE_END = regex.compile(r"[,;:!?()]|\.(?=\s*$)|(?<!\b\p{Lu}\p{Ll}{0,3})\.(?=\s)")
NAME_OBJECT_WORDS = PREPOSITIONS | AFTER_SPEAKER | frozenset("of for from de del des du".split())
PLACE_AFTER_NAME = regex.compile(r"\s+(?:of|from)\s+\p{Lu}")
IMPLIED_SUBJECT_WORDS = 2
HAN_RANGE = re.compile("[\u2e80-\U0010ffff]")
"""No Chinese character stands below U+2E80: a text with none above is not read for a Chinese attribution."""
"""A speech verb this near its sentence's start with no subject before it has the subject it implies."""


def _lines(lang: str) -> tuple[str, ...]:
    try:
        return tuple(data_words(f"speech_verbs_{lang}.txt"))
    except FileNotFoundError:
        return ()


@lru_cache(maxsize=None)
def speech_verbs(lang: str = "en") -> tuple[str, ...]:
    """The speech verbs of a language, longest first."""
    words = {w for w in _lines(lang) if not w.startswith(SPEAKER_FOLLOWS.strip())}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def source_phrases(lang: str = "en", names_only: bool = False) -> tuple[str, ...]:
    """Phrases the speaker follows ("according to"), longest first; with `names_only`, those only a name or
    a pronoun may follow (">> pour")."""
    marker = NAMES_ONLY if names_only else SPEAKER_FOLLOWS
    words = {w[len(marker):].strip() for w in _lines(lang) if w.startswith(marker)}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """The languages with a speech-verb file in `newsclean/data`."""
    names = (p.name for p in resources.files("newsclean").joinpath("data").iterdir())
    return tuple(sorted(n[len("speech_verbs_"):-len(".txt")] for n in names
                        if n.startswith("speech_verbs_") and n.endswith(".txt")))


def _forms(words: Iterable[str]) -> set[str]:
    """Each word as written and capitalised, with either apostrophe ("s'étonne", "s’étonne")."""
    forms: set[str] = set()
    for word in words:
        for w in {word, word.replace("'", "’"), word.replace("’", "'")}:
            forms.update((w, w[:1].upper() + w[1:]))
    return forms


def _alternation(words: Iterable[str]) -> str:
    return trie_pattern(_forms(words))


def sentence_starts(text: str) -> list[int]:
    """Where the sentences of `text` start, as SENTENCE_BREAK splits them, found with the quicker matcher."""
    starts = [0]
    for m in _BREAK_CANDIDATE.finditer(text):
        stop = m.start()
        if text[stop] == "." and m.start(1) == stop + 1 and stop and unicodedata.category(text[stop - 1]) == "Lu" \
                and (stop < 2 or text[stop - 2].isspace()):
            continue  # an initial ("J. Smith") ends no sentence
        starts.append(m.end())
    return starts


def used_as_verb(text: str, start: int) -> bool:
    """A capitalised speech verb (the one starting at `start`) is one only where a sentence starts ("Agrega que
    …"); elsewhere it is a name or a title ("the United States", "Field Notes")."""
    if not text[start].isupper():
        return True
    before = text[:start].rstrip()
    return not before or before[-1] in SENTENCE_ENDS


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(words) if words else '(?!)'})(?!\w)")


def _spaced_verbs(languages: tuple[str, ...]) -> list[str]:
    return [v for lang in languages for v in speech_verbs(lang) if not UNSPACED.match(v)]


@lru_cache(maxsize=None)
def verb_pattern(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The speech verbs (written with spaces) of these languages as one quick pattern."""
    return _words_pattern(_spaced_verbs(languages))


@lru_cache(maxsize=None)
def verb_search(languages: tuple[str, ...]) -> VerbSearch:
    """The matches of `verb_pattern(languages)` in a whole text, found the quicker way installed."""
    return VerbSearch(verb_pattern(languages), _forms(_spaced_verbs(languages)))


@lru_cache(maxsize=None)
def attribution_for(languages: tuple[str, ...]) -> Attribution:
    """One Attribution per set of languages: their patterns take a moment to build."""
    return Attribution(languages)


class Attribution:
    """Finds the speaker a quote's own sentence names: after the quote ("…," said Jane Doe), or before it
    (Jane Doe said: "…"; according to Jane Doe, "…")."""

    def __init__(self, languages: Iterable[str]) -> None:
        langs = tuple(languages)
        all_verbs = [v for lang in langs for v in speech_verbs(lang)]
        unspaced = [v for v in all_verbs if UNSPACED.match(v)]
        sources = [v for lang in langs for v in source_phrases(lang)]
        named_sources = [v for lang in langs for v in source_phrases(lang, names_only=True)]
        # the language's words are found with quick patterns; what stands around them, with fixed ones
        self.verb = verb_pattern(langs)
        self.verb_search = verb_search(langs)
        self.source_plain = _words_pattern(sources)
        self.source_named = _words_pattern(named_sources)
        self.source = _words_pattern(sources + named_sources)
        self.source_search = VerbSearch(self.source, _forms(sources + named_sources))
        # scripts without spaces: the speaker is the run of characters right before the verb
        self.unspaced_after = self.unspaced_before = None
        if unspaced:
            unspaced_verb = _alternation(unspaced)
            self.unspaced_after = regex.compile(rf"^[\s，,]*(?P<run>\p{{Han}}{{2,16}}?)(?:{unspaced_verb})")
            self.unspaced_before = regex.compile(rf"(?P<run>\p{{Han}}{{2,16}})(?:{unspaced_verb})[：:，,]?\s*$")

    def source_speaker(self, text: str, position: int) -> str | None:
        """The speaker after a phrase such as "according to" that starts at `position`, or None."""
        if self.source.match(text, position) is None:
            return None  # (one pattern for both kinds of phrase says whether either stands there)
        m = self.source_plain.match(text, position)
        if m:
            named = SPEAKER_AFTER_SOURCE.match(text, m.end())
        else:
            m = self.source_named.match(text, position)
            named = SPEAKER_AFTER_NAMED_SOURCE.match(text, m.end()) if m else None
        return _speaker(named.group("speaker")) if named else None

    def after(self, text: str) -> str | None:
        """The speaker an attribution right after a quote names, IMPLICIT_SUBJECT for a verb alone, or None."""
        lead = len(text) - len(text.lstrip(LEAD_CHARS))  # (LEAD's end, found by a plain strip)
        speaker = self.source_speaker(text, len(text) - len(text.lstrip(" ,–—-")))
        if speaker is not None:
            return speaker
        m = self.unspaced_after.match(text) if self.unspaced_after is not None and HAN_RANGE.search(text) else None
        if m:
            return han_name(m.group("run"))
        m = DASH_ATTRIBUTION.match(text) if text.lstrip()[:1] in DASHES else None
        if m:
            return _speaker(m.group("speaker"))  # '"…" -- Jane Doe, engineer', a block quote's attribution
        verb = self.verb.match(text, lead)
        verb = verb if verb and used_as_verb(text, verb.start()) else None
        if verb:
            # '…," said Jane Doe' / '…», affirme ce père de famille,' / '…», déplore-t-elle'
            m = SPEAKER_AFTER_VERB.match(text, verb.end())
            if m:
                named = APPOSITION_NAME.match(text, m.end())
                if named and not m.group("speaker")[:1].isupper():
                    return named.group("name")  # "rappelle le président du tribunal, Denis Weisbuch"
                titled = TITLE_TAIL.match(text, m.end())
                if titled and m.group("speaker").split()[0].casefold() in TITLE_DETERMINERS:
                    return m.group("speaker") + titled.group(0)  # "écrit Le Canard enchaîné."
                return _speaker(m.group("speaker"))
            described = described_name(text, verb.end())
            if described is not None:
                return described  # '…," wrote 43-year-old Jane Doe of Leeds'
            return IMPLICIT_SUBJECT  # '…", afirmou.', '…», aclara y remarca': its subject the last person named
        # '…," Jane Doe said' / '…," the singer told the audience' / '…," Steve Clarke, deputy …, said'
        for later in self.verb.finditer(text, lead, lead + APPOSITION_CHARS + 60):
            if not used_as_verb(text, later.start()):
                continue
            m = SPEAKER_BEFORE_VERB.fullmatch(text, 0, later.start()) or \
                APPOSED_BEFORE_VERB.fullmatch(text, 0, later.start())
            if m:
                speaker = _speaker(m.group("speaker"))
                if speaker is not None:
                    return speaker
        return None

    def before(self, clause: str, known: Callable[[str], bool] | None = None) -> str | None:
        """The speaker the words of the quote's sentence before its opening mark name, or None. `known` tells
        a name the article writes in full elsewhere (so a one-word name opening the sentence is a subject)."""
        if clause.rstrip().rstrip("”\"»’)").endswith(TERMINAL_MARKS):
            return None  # the quote opens a sentence of its own
        tail = clause[-40:]
        m = self.unspaced_before.search(tail) if self.unspaced_before is not None and HAN_RANGE.search(tail) else None
        if m:
            return han_name(m.group("run"))
        # (the quicker matcher reads a whole clause forwards in less time than `regex` reads its end backwards)
        sentence = clause[sentence_starts(clause)[-1]:]
        source = None
        by_source = None
        for found, _ in reversed(self.source_search.spans(sentence)):
            if after_closing(sentence, found):
                continue  # "« … », peut-on lire dans Le Monde": that earlier quote's source
            speaker = self.source_speaker(sentence, found)
            if speaker is not None:
                source, by_source = found, speaker
                break
        # a verb right after a closing mark attributes that earlier quote ("« … », peut-on lire"), not this one
        verbs = [(start, end) for start, end in self.verb_search.spans(sentence)
                 if used_as_verb(sentence, start) and not after_closing(sentence, start)]
        if by_source is not None and source is not None and (not verbs or source > verbs[-1][0]):
            return by_source
        if verbs:
            # the last verb with a subject of its own ("Ele sustentou que …, mas defendeu que “…”"); a verb
            # whose subject is left out near the sentence start ("E classificou como “…”") means the last
            # person spoken of
            for verb_start, verb_end in reversed(verbs):
                inverted = INVERTED_PRONOUN.match(sentence, verb_end) or INVERTED_NAME.match(sentence, verb_end)
                subject = inverted.group("pronoun") if inverted else self.subject(sentence[: verb_start], known)
                if subject is not None:
                    return subject
            named = self._after_verb(sentence[verbs[-1][1]:])
            if named is not None:
                return named
            if by_source is not None:
                return by_source
            opening = SENTENCE_SUBJECT.match(sentence)
            if opening is not None and (opening.group("subject").split()[0].casefold() in DETERMINERS
                                        or (known is not None and known(opening.group("subject")))):
                return _speaker(opening.group("subject"))  # "O senador reiterou …, e ponderou que “…”"
            # the verb's own clause (after an opening phrase and its comma) has no subject: the one implied
            lead = sentence[: verbs[0][0]].rsplit(",", 1)[-1]
            if all(w.casefold() in FUNCTION_WORDS for w in lead.split()[:IMPLIED_SUBJECT_WORDS]) and \
                    len(lead.split()) <= IMPLIED_SUBJECT_WORDS:
                return IMPLICIT_SUBJECT
            return None
        if sentence.rstrip().endswith(":"):
            m = None
            for m in NAME.finditer(sentence.rstrip()[-80:]):
                pass
            tail = sentence.rstrip()[-80:]
            before_name = tail[: m.start()].split() if m else []
            if m and tail[m.end():].strip() == ":" and (not before_name or before_name[-1][-1:] in ",;:–—(." or (
                    before_name[-1].casefold() not in NOT_BEFORE_A_SPEAKER
                    and before_name[-1][:1].islower())):
                return m.group(0)  # "Jane Doe: “…”", not "collaborating with Smith and York: “…”"
            for m in CLAUSE_NAME.finditer(sentence):
                name = m.group("name")
                if name.split()[0].casefold() not in FUNCTION_WORDS and (
                        len(name.split()) >= 2 or sentence[m.end():].lstrip()[:1] == ","
                        or (known is not None and known(name))):
                    return name  # "Mohammed, a railway worker, heard the sermon: “…”"
        return None

    @staticmethod
    def opening_name(clause: str, known: Callable[[str], bool] | None = None) -> str | None:
        """The name that alone opens the quote's sentence, with a comma ("Ahmet Yılmaz, “…” dedi."): the subject
        of a speech verb after the quote that has no subject of its own."""
        last_break = LAST_SENTENCE_BREAK.search(clause)
        sentence = (clause[last_break.end():] if last_break else clause).strip()
        if not sentence.endswith(","):
            return None
        m = NAME_RUN.fullmatch(sentence[:-1].rstrip())
        if m is None or (len(m.group(0).split()) < 2 and not (known is not None and known(m.group(0)))):
            return None
        return _speaker(m.group(0))

    def _after_verb(self, rest: str) -> str | None:
        m = NAME.match(rest.strip())
        return m.group(0) if m and rest.strip()[m.end():].lstrip()[:1] in (":", ",", "") else None

    def mentions(self, text: str) -> list[tuple[int, int, str, bool]]:
        """Who each sentence names as its subject, as written: the speaker of its speech verb, or else the
        names that open a clause ("As it turned out, Steenburgen had spent…"); where a speech verb has no
        subject of its own, only a name that opens the sentence. Each with the sentence's number (a clause
        of its own after a speech verb's has a number of its own), the position in the text, and whether it
        is a speech verb's subject, in order."""
        starts = sentence_starts(text)
        verbs: dict[int, tuple[int, int]] = {}
        for verb in self.verb_search.spans(text):  # (a whole paragraph: the quicker search)
            if not used_as_verb(text, verb[0]):
                continue
            number = bisect.bisect_right(starts, verb[0]) - 1
            verbs.setdefault(number, verb)
        found = []
        spoken: set[int] = set()
        for number, (verb_start, verb_end) in verbs.items():
            # a sentence with a speech verb is about its speaker, named or not
            start = starts[number]
            inverted = INVERTED_PRONOUN.match(text, verb_end)
            subject = inverted.group("pronoun") if inverted else self.subject(text[start: verb_start])
            if subject is None:
                # "…, too, said Mary E. Lovely, an economist": the name after the verb, its clause ending there
                # (not "said SpaceX would fly …")
                m = SPEAKER_AFTER_VERB.match(text, verb_end)
                named = m.group("speaker") if m and text[m.end():].lstrip()[:1] in (",", ".", ";", "") else None
                subject = named if named and NAME.fullmatch(named) and not is_pronoun(named) else None
            if subject is not None:
                found.append((number, verb_start, subject, True))
                spoken.add(number)
        for m in spelled_out(SUBJECT_NAME.pattern).finditer(text):
            number = bisect.bisect_right(starts, m.start()) - 1
            # the speech verb's subject is the sentence's, but not that of a clause of its own after it
            # ("Pacheco negou …, mas Girão ainda tenta …")
            coordinated = number in verbs and m.start() > verbs[number][1] and \
                COORDINATED.search(text, max(0, m.start() - 12), m.start()) is not None
            if number in spoken and not coordinated:
                continue
            words = m.group(0).split()
            position = m.start()
            where = False
            while len(words) > 1 and words[0].casefold() in FUNCTION_WORDS:  # "Para Jonathan López"
                where = where or words[0].casefold() in LOCATIVES
                position = text.index(words[1], position + len(words[0]))
                words.pop(0)
            if where or words[0].casefold() in FUNCTION_WORDS or words[0].casefold() in DETERMINERS:
                continue  # "Em Minas, o PSD negocia": a place, not who the sentence is about
            lead = text[max(starts[number], position - CLAUSE_LEAD_CHARS): position]
            at_start = position - CLAUSE_LEAD_CHARS <= starts[number]
            if number in verbs and not (at_start and SENTENCE_LEAD.match(lead)) and not coordinated:
                continue  # beside a verb whose subject is implied, only the sentence's own subject counts
            if opens_clause(lead, at_sentence_start=at_start):
                # a clause of its own is numbered apart from the sentences, so its subject counts too
                found.append((len(starts) + position if coordinated else number, position, " ".join(words), False))
        found.sort(key=lambda item: item[1])
        return found

    def subject(self, clause: str, known: Callable[[str], bool] | None = None) -> str | None:
        """The speaker before a speech verb: the words just before it, or the name an apposition follows.

        "commanding officers said" gives "commanding officers"; "Aleksey Baranovsky, a former lawyer, said"
        gives "Aleksey Baranovsky"; "Noem later tweeted" gives "Noem".
        """
        tail = clause[clause.rfind(",") + 1:].strip(SUBJECT_EDGES)  # the last comma's clause
        words = tail.split()
        joins = [i for i, w in enumerate(words[:-1]) if w.casefold() in SUBORDINATORS]
        if joins and (words[joins[-1] + 1].casefold() in CLAUSE_SUBJECT_OPENERS or words[joins[-1] + 1][:1].isupper()):
            # "un scandale que les marcheurs qualifieront de «…»": the subject of the clause "que" opens (not
            # "a surgery that led to …", where "that" is the subject)
            words = words[joins[-1] + 1:]
            tail = " ".join(words)
        while words and (words[-1].casefold() in ADVERBS or words[-1].endswith("ly")):
            words.pop()
        if words and len(words) <= MAX_SUBJECT_WORDS:
            speaker = _speaker(" ".join(words))
            if speaker is not None:
                return speaker
        if not tail or len(tail.split()) > MAX_SUBJECT_WORDS:
            parts = [p.strip(SUBJECT_EDGES) for p in clause.split(",")]
            for part in reversed(parts[:-1]):
                # one word right before the verb's comma with no apposition is an adverb ("Además, reconoce")
                if part and NAME.fullmatch(part) and (len(part.split()) > 1 or (
                        known(part) if known is not None else len(parts) > 2)):
                    return part
            if tail:
                names = list(NAME.finditer(tail))
                last = names[-1] if names else None
                word_before = (tail[: last.start()].split() or [""])[-1] if last is not None else ""
                if last is not None and tail.endswith(last.group(0)) and (
                        len(last.group(0).split()) >= 2 or word_before.casefold() in SUBORDINATORS):
                    return last.group(0)  # "…, the court heard Jane Doe say", "…pour que Mediapart révèle"
            elif len(parts) > 1 and 0 < len(parts[0].split()) <= MAX_SUBJECT_WORDS and not self.verb.search(parts[0]) \
                    and refers_back(parts[0]):
                return _speaker(parts[0])  # "El periodista ruso, cuyo periódico …, advirtió"
        return None


HAN_PERSON_PRONOUNS = ("他", "她")


@lru_cache(maxsize=None)
def han_surnames() -> tuple[str, ...]:
    """Common Chinese surnames (`data/surnames_zh.txt`), longest first."""
    return tuple(sorted(set(data_words("surnames_zh.txt")), key=len, reverse=True))


def han_name(run: str) -> str:
    """The name at the end of a run of Chinese characters before a speech verb: "村民陈福香" -> "陈福香"
    (a common surname and one or two characters after it), else the last three characters."""
    if any(pronoun in run[-3:] for pronoun in HAN_PERSON_PRONOUNS):
        return IMPLICIT_SUBJECT  # "他笑着说": he, the last person named
    for size in (3, 2):
        tail = run[-size:]
        if len(run) >= size and any(tail.startswith(s) and len(tail) > len(s) for s in han_surnames()):
            return tail
    return run[-3:]


def described_name(text: str, start: int) -> str | None:
    """The name of a speaker described before it is named, after a speech verb: the name of two words or more
    that ends the clause ("informoval historik a archivář muzea Jan Novák."), or else one a place follows
    ("wrote 43-year-old Jane Doe of Leeds, England")."""
    clause = CLAUSE_END.split(text[start: start + DESCRIBED_NAME_CHARS], maxsplit=1)[0]
    # not a name a preposition leads to ("dijo refiriéndose a las entregas de Estados Unidos")
    names = [m for m in NAME.finditer(clause) if len(m.group(0).split()) >= 2
             and (clause[: m.start()].split() or [""])[-1].casefold() not in NAME_OBJECT_WORDS]
    if not names or len(clause[: names[0].start()].split()) > DESCRIBED_NAME_WORDS:
        return None
    if not clause[names[-1].end():].strip():
        return names[-1].group(0)
    for m in names:
        if PLACE_AFTER_NAME.match(clause, m.end()):
            return m.group(0)
    return None


_APOSTROPHE = re.compile(r"['’]")


def _speaker(phrase: str) -> str | None:
    """A speaker phrase cleaned of edge punctuation and of the addressee or circumstance after it ("the
    official to Reuters"), or None when it is only function words."""
    if CLAUSE_BREAK.search(phrase):  # (without one, there is no bracket either)
        phrase = CLAUSE_BREAK.split(BRACKETED.sub(" ", phrase))[-1]
    words = phrase.strip(SUBJECT_EDGES).split()
    if words and (words[0].casefold() in CLAUSE_WORDS or is_pronoun(_APOSTROPHE.split(words[0])[0])
                  and len(words) > 1):
        return None  # "dice que les respondían": what follows is what was said, not who said it
    if words and words[0].casefold() in PREPOSITIONS:
        # "На виступі в Раді Венедіктова заявила": a circumstance, then perhaps the name
        names = list(NAME.finditer(" ".join(words)))
        last = names[-1] if names else None
        if last is not None and " ".join(words).endswith(last.group(0)) and last.start() > 0 \
                and len(last.group(0).split()) >= 2:
            return last.group(0)
        return None
    cut = next((i for i, w in enumerate(words) if i > 0 and w.casefold() in AFTER_SPEAKER), None)
    if cut is not None:
        words = words[:cut]
    while words and words[0].casefold() in FUNCTION_WORDS and not is_pronoun(words[0]):
        if len(words) > 1 and words[0].casefold() in DETERMINERS and not words[1][:1].isupper():
            break  # "the minister", "an insider", "o senador": a determiner starts a nominal speaker
        words.pop(0)
    while len(words) > 1 and words[-1].casefold() in FUNCTION_WORDS:
        words.pop()  # "aclara y"
    if not words or all(w.casefold() in FUNCTION_WORDS for w in words) or len(" ".join(words)) < 2:
        return None
    if len(words) == 1 and _APOSTROPHE.split(words[0])[0].casefold() in PRONOUNS and words[0].casefold() not in PRONOUNS:
        return None  # "it’s": a pronoun and a verb, no speaker
    if any(w.casefold() in CLAUSE_WORDS for w in words) or (len(words) > 1 and is_pronoun(words[0])):
        return None  # "ele calcula que não": a clause, not a speaker
    phrase = " ".join(words)
    name = None
    if len(words) > 2 and not phrase.islower():  # (a phrase with no capital holds no name)
        for name in NAME.finditer(phrase):
            pass
    if name and len(name.group(0).split()) >= 2 and phrase.endswith(name.group(0)):
        return name.group(0)  # "Singer-guitarist Tom Johnston", "theCUBE’s Savannah Peterson": the name
    return phrase
