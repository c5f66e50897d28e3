"""Speaker resolution: a speaker as the article names them most fully ("Mr Baranovsky" -> "Aleksey Baranovsky"),
and which speakers are people, pronouns or nominal ("officials")."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator, Sequence

import regex

from .wordlist import data_words, trie_pattern

# (A name's letters are taken possessively, "++": wherever a name word stands in a pattern, what must follow it
# is never a letter, an apostrophe or a hyphen, so giving letters back could only fail again, slowly.)
NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]++"
# Words of a name before its last: a capitalised word, an initial ("J."), or a short title ("Dr.", "Gen.");
# a longer word followed by a full stop ends a sentence, not a name part.
def _titles_file() -> list[str]:
    return data_words("name_titles.txt")


# A word with a full stop inside a name is an initial ("J.") or a short title ("Dr.", "Gen."); any other word
# before a full stop ends a sentence ("… said Wee. The CDC …").
_DOTTED = trie_pattern(t for t in _titles_file() if len(t) <= 5 and not t.startswith("-"))
NAME_PART = rf"(?:(?:\p{{Lu}}|{_DOTTED})\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]++)"
# Particles inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva")
PARTICLES = frozenset("van von der den de da di del della du dos das bin al ibn ten ter la le".split())
PARTICLE = rf"(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})"


def _capitalised_run(most_words: int) -> regex.Pattern[str]:
    """A run of up to `most_words` capitalised words, particles between them allowed."""
    return regex.compile(rf"(?=\p{{Lu}})(?:{NAME_PART}\s+(?:{PARTICLE}\s+){{0,2}}){{0,{most_words - 1}}}{NAME_WORD}"
                         rf"(?:\s+\p{{Lu}}\.)?")


NAME = _capitalised_run(4)
"""A run of up to four capitalised words, a person's name as an article writes it."""
NAME_RUN = _capitalised_run(8)
"""A run of up to eight capitalised words: a name with the titles and bodies written before it
("US Transport Secretary Pete Buttigieg")."""
ACRONYM = regex.compile(r"\p{Lu}{2,5}")
"""A word in capitals ("US", "NASA", "РФ"): before a name, the body a person speaks for, not part of the name."""

# Pronouns a quote may be attributed to. The singular ones ("he", "elle", "он") point to the last person named
# as a speaker; the others ("we", "they", "I") name nobody the article has named, so the speaker stays unknown.
PERSON_PRONOUNS = frozenset(
    "he she er sie il elle él ella lui lei egli ella ele ela он она він вона on ona hij zij dia beliau han hän".split())
PRONOUNS = PERSON_PRONOUNS | frozenset(
    "they i we it you ils elles ellos ellas loro eles elas они вони oni ony ono wir ich nous je wij ik mereka kami "
    "saya".split())


# Words that start a sentence or clause and are not part of a name or a speaker ("But Smith said", "mas disse")
FUNCTION_WORDS = frozenset(
    "a an the and but or so as if when while that which who whom whose this these those then there here also "
    "after before because since though although however yet still even just only now then meanwhile "
    "e y o mas pero que qui quand mais et ou donc aber und oder dass wenn als ma che quando anche però ed "
    "ale i że gdy lecz а и но что когда і але що коли en maar dat toen ook want dan dan tetapi namun dan "
    "aunque porque também também ainda aí então cuando donde pues así aussi alors puis "
    # prepositions that open a sentence ("Selon Mediapart, …", "Par fair-play, …"); not the particles that
    # begin surnames (de, da, di, van, von)
    "selon pour par dans avec sans sur sous chez après avant depuis pendant contre entre vers según para por "
    "con sin sobre desde hasta segundo com sem em no na nos nas ao aos à per su tra fra nach mit bei für über "
    "unter laut gegen seit in on at by for with from to of into about according during under over within "
    "sowohl auch nicht nur als wie so как так это этот эта также тоже однако поэтому если як це також однак "
    "тому якщо коли "
    "without had has have was were is are be been would will can could may might should did does do "
    "zu im am vom zum zur au aux en w we na z ze do od po przez dla в во на по с со к от для".split())


# Determiners that start a nominal speaker ("the minister", "el periodista"); the definite and demonstrative
# singular ones point back to someone already named ("le magistrat", "ce père de quatre enfants").
DETERMINERS = frozenset(
    "the a an this that these those le la l' l’ les un une ce cet cette ces el los las una este esta ese esa "
    "aquel aquella o os um uma esse essa il lo gli i uno questo questa quel quella der die das ein eine "
    "dieser diese de het een deze dit".split())
BACK_REFERRING = frozenset(
    "the this that le la l' l’ ce cet cette el este esta ese esa aquel aquella o esse essa este esta il lo "
    "questo questa quel quella der die das dieser diese".split())
ELIDED_ARTICLES = tuple(a for a in BACK_REFERRING if a.endswith(("'", "’")))
MAX_BACK_REFERENCE_WORDS = 5
PLURAL_ONLY_JOINERS = frozenset("and et y e und en i и та oraz".split())


def refers_back(speaker: str) -> bool:
    """A singular definite or demonstrative description ("the senator", "ce père de quatre enfants"): in news
    text it names again someone the article has named."""
    return description_head(speaker) is not None


_ELIDED_ARTICLE = regex.compile(r"^([lL][’'])(?=\w)")


def description_head(speaker: str) -> str | None:
    """The noun of a singular definite or demonstrative description ("the senator" -> "senator",
    "l’imam" -> "imam"), or None when the speaker is no such description."""
    bare = speaker.strip()
    # "l’imam": "l’" and "imam" (the pattern is tried only where an apostrophe follows the first letter)
    words = (_ELIDED_ARTICLE.sub(r"\1 ", bare) if bare[1:2] in ("’", "'") else bare).split()
    if not 2 <= len(words) <= MAX_BACK_REFERENCE_WORDS:
        return None
    first = words[0].casefold()
    article = first if first in BACK_REFERRING else next((a for a in ELIDED_ARTICLES if first.startswith(a)), None)
    if article is None or any(w.casefold() in PLURAL_ONLY_JOINERS for w in words):
        return None
    head = words[1] if first == article else words[0][len(article):]
    if not head[:1].islower() or (head.endswith("s") and not head.endswith("ss")):
        return None
    if any(w[:1].isupper() and words[i - 1].casefold() not in FUNCTION_WORDS for i, w in enumerate(words) if i >= 2):
        return None  # "the letter Mike": a name stands in the phrase (not "o comunicado do STF")
    return head


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    """Titles that may stand before a name (`data/name_titles.txt`), case-folded, without full stops."""
    return frozenset(w.casefold() for w in _titles_file() if not w.startswith("-"))


@lru_cache(maxsize=None)
def _title_endings() -> re.Pattern[str]:
    """The endings of compound titles (`-minister` in `data/name_titles.txt`: "Bundesverkehrsminister")."""
    endings = [w[1:].casefold() for w in _titles_file() if w.startswith("-")]
    return re.compile(rf"\w(?:{'|'.join(sorted(endings, key=len, reverse=True))})$")


@lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """Is this word ("Dr.", "Mayor", "EU-Kommissionspräsidentin") a title that may stand before a name?"""
    folded = word.rstrip(".").casefold()
    return folded in titles() or _title_endings().search(folded) is not None


@lru_cache(maxsize=None)
def honorifics() -> regex.Pattern[str]:
    """Honorifics written after a name (`data/name_honorifics.txt`), as one pattern for a name's end."""
    return regex.compile(rf"(?<=\p{{L}})\s+(?:{trie_pattern(data_words('name_honorifics.txt'))})$")


def without_honorifics(name: str) -> str:
    """The name without an honorific after it ("Umar bin Al-Khaththab ra" -> "Umar bin Al-Khaththab")."""
    return honorifics().sub("", name)


def without_titles(name: str) -> str:
    """The name with leading titles and honorifics removed ("Mayor Anna Berg" -> "Anna Berg")."""
    return " ".join(untitled(name.split()))


def untitled(words: list[str]) -> list[str]:
    """The words of a name without the titles before it, and without a body's acronym before two names or more
    ("NASA Administrator Jim Bridenstine" -> "Jim Bridenstine"); "Founder and CEO" is a description, kept."""
    start = 0
    while len(words) - start > 1 and words[start + 1][:1].isupper() and (
            is_title(words[start]) or (len(words) - start > 2 and ACRONYM.fullmatch(words[start]))):
        start += 1
    return words[start:]


def is_pronoun(speaker: str) -> bool:
    return speaker.casefold() in PRONOUNS


def is_person_pronoun(speaker: str) -> bool:
    return speaker.casefold() in PERSON_PRONOUNS


def is_named(speaker: str) -> bool:
    """A speaker written as a name ("Jane Doe", "Ursula von der Leyen"), not a pronoun nor a description
    ("The senator", "También podría ser")."""
    first = speaker.split()[0].casefold() if speaker.split() else ""
    return (speaker[:1].isupper() and not is_pronoun(speaker) and first not in DETERMINERS
            and NAME.fullmatch(speaker) is not None)


@lru_cache(maxsize=4096)
def name_key(word: str) -> str:
    """A surname as looked up: case and accents aside ("Murátov" and "Muratov" are one person)."""
    decomposed = unicodedata.normalize("NFKD", word.rstrip(".").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


COMMON_COMPOUND = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}[\p{L}\-]*")
"""A capitalised compound of common words ("Singer-guitarists"), not a name ("Jean-Marie", "Assor-Doukhan")."""


MULTI_WORD_NAME = regex.compile(rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{M}}])"
                                rf"(?:(?:{NAME_PART}\s+(?:{PARTICLE}\s+){{0,2}}){{1,7}}{NAME_WORD}(?:\s+\p{{Lu}}\.)?|"
                                rf"{NAME_WORD}\s+\p{{Lu}}\.)")
"""A run of two capitalised words or more: a name, perhaps with a title or other names glued to it, which
tells a surname's fuller form."""


@lru_cache(maxsize=None)
def _class_of(pattern: str) -> str:
    """The characters of the Basic Multilingual Plane that `pattern` (one character, `regex` syntax) matches, as
    the ranges of a character class; read off `regex`'s own tables, so both matchers agree."""
    ranges: list[list[int]] = []
    for char in regex.findall(pattern, "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))):
        code = ord(char)
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


@lru_cache(maxsize=None)
def spelled_out(pattern: str) -> re.Pattern[str]:
    r"""A `regex` pattern for the standard library's matcher, which reads text in about half the time: its
    letter classes (`\p{Lu}`, `\p{Ll}`, and `[\p{L}\p{M}` opening a class) spelled out for the Basic
    Multilingual Plane, where names are written. Built at first use."""
    spelled = pattern.replace(r"[\p{L}\p{M}", "[" + _class_of(r"[\p{L}\p{M}]"))
    for name in ("Lu", "Ll"):
        spelled = spelled.replace(rf"\p{{{name}}}", "[" + _class_of(rf"\p{{{name}}}") + "]")
    if r"\p{" in spelled:
        raise ValueError("a letter class newsclean cannot spell out")
    return re.compile(spelled)


def multi_word_names() -> re.Pattern[str]:
    """MULTI_WORD_NAME, spelled out for the quicker matcher."""
    return spelled_out(MULTI_WORD_NAME.pattern)


RUN_START = rf"\p{{Lu}}(?=\S*+\s+(?:\p{{Lu}}|{PARTICLE}\s|{_DOTTED}\.))"
"""Where a run of capitalised words may start: a capital, a word, and another capital, title or particle. The
quick scan for it lets the full pattern be tried at those places only (the word read possessively: a space
must follow it)."""


def name_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of MULTI_WORD_NAME in `text`, as `finditer` gives them."""
    run = multi_word_names()
    end = 0
    for start in spelled_out(RUN_START).finditer(text):
        if start.start() >= end:
            m = run.match(text, start.start())
            if m is not None:
                end = m.end()
                yield m


MAX_NAME_WORDS = 4
"""A run with more capitalised words than this once titles and repeats are cut away is a heading or a list."""
COMPLEMENT_JOINERS = frozenset("of des du del della dello do dos da das der".split())
"""Words that join a title to its complement ("minister of Health", "ministre des Sports")."""
SENTENCE_START = regex.compile(r"(?:[.!?…:][”\"»’)]?\s+|[“\"«„]\s*)$")
"""What stands before a word that starts a sentence (so that its capital tells nothing)..."""
SENTENCE_START_CHARS = 8
"""...read over this many characters before it."""


def _has_word(text: str, word: str) -> bool:
    """Does `word` stand in `text` as a whole word?"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


class NameIndex:
    """The fullest form the article uses for each surname, built from the paragraphs' capitalised word runs."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self._fullest: dict[str, str] | None = None  # read when first needed
        self._first: dict[str, set[str]] | None = None
        self._doubtful: frozenset[str] | None = None
        self._complemented: dict[str, str] = {}
        self._names: list[tuple[str, bool, int, int]] = []
        """Each name the runs hold: (name, whether the run is the name whole, paragraph, position)."""
        self._text: str | None = None
        self._resolved: dict[str, str] = {}
        """Speakers already resolved: a page names the same people again and again."""

    @property
    def fullest(self) -> dict[str, str]:
        if self._fullest is None:
            fullest: dict[str, str] = {}
            found = []
            for index, text in enumerate(self.paragraphs):
                for m in name_runs(text):
                    run = self._after_complement(text, m)
                    if run != m.group(0):
                        self._complemented[m.group(0)] = run
                    found.append((run, index, m.start()))
            # a word the article also writes in lower case is a common word, even where a sentence starts
            # with it before a name ("Suami Donna", "Sports Laura Flessel")
            firsts = {run.split()[0] for run, _, _ in found}
            common = frozenset(w.lower() for w in firsts if w.lower() != w and self.common_word(w))
            remembered: dict[str, str | None] = {}  # a name the article repeats is read once
            for run, index, start in found:
                name = remembered[run] if run in remembered else \
                    remembered.setdefault(run, self._remember(run, common, fullest))
                if name is not None:
                    self._names.append((name, name == run, index, start))
            self._fullest = fullest
        return self._fullest

    @staticmethod
    def _after_complement(text: str, run: regex.Match[str]) -> str:
        """A run of three capitalised words or more after a title and "of"/"des" starts with the title's
        complement ("ministre des Sports Laura Flessel", "Secretary of State Mike Pompeo"): the name follows."""
        whole = run.group(0)
        if whole.count(" ") < 2:
            return whole
        words = whole.split()
        before = text[max(0, run.start() - 40): run.start()].split()
        if len(words) >= 3 and len(before) >= 2 and text[run.start() - 1: run.start()].isspace() \
                and before[-1] in COMPLEMENT_JOINERS and is_title(before[-2]):
            return " ".join(words[1:])
        return whole

    @staticmethod
    def _starts_sentence(text: str, position: int) -> bool:
        """Does a sentence start at `position`? (Only the few characters before it are read.)"""
        before = text[max(0, position - SENTENCE_START_CHARS): position]
        if not before.strip() and position <= SENTENCE_START_CHARS:
            return True  # the paragraph's start
        return SENTENCE_START.search(before) is not None

    @property
    def complemented(self) -> dict[str, str]:
        """Runs that start with a title's complement, and the name in them ("Sports Laura Flessel")."""
        if self._fullest is None:
            self.fullest
        return self._complemented

    @property
    def doubtful(self) -> frozenset[str]:
        """Names written only where a sentence starts, whole: their first word may be a common word."""
        if self._doubtful is None:
            self.fullest
            opening: set[str] = set()
            inside: set[str] = set()
            for name, whole, index, start in self._names:
                (opening if whole and self._starts_sentence(self.paragraphs[index], start) else inside).add(name)
            self._doubtful = frozenset(opening - inside)
        return self._doubtful

    @property
    def first_names(self) -> dict[str, set[str]]:
        """The full names the article writes, by the key of their first word."""
        if self._first is None:
            self._first = {}
            for name in set(self.fullest.values()):
                self._first.setdefault(name_key(name.split()[0]), set()).add(name)
        return self._first

    @staticmethod
    def _remember(name: str, common: frozenset[str], fullest: dict[str, str]) -> str | None:
        """Note a run's name under its surname; the name, or None when the run holds none."""
        words = name.split()
        while words and (words[0].casefold() in FUNCTION_WORDS or words[0].lower() in common
                         or ("-" in words[0] and COMMON_COMPOUND.fullmatch(words[0]))):
            words.pop(0)  # "But Smith", "Singer-guitarists Tom Johnston": the name is what follows
        # a title inside the run starts the name ("South Dakota Gov. Kristi Noem"), where a name follows it
        for i in range(len(words) - 2, 0, -1):
            if is_title(words[i]) and words[i + 1][:1].isupper():
                words = words[i:]
                break
        # particles stand before a name's last word ("Ursula von der Leyen"); before two capitalised words they
        # are a preposition between a name and a place ("Donna King di County Durham")
        for i, word in enumerate(words):
            if word in PARTICLES and sum(w[:1].isupper() for w in words[i + 1:]) > 1:
                NameIndex._remember(" ".join(words[i + 1:]), common, fullest)  # "… der AfD Jens Maier"
                words = words[:i]
                break
        words = untitled(words)
        bare = " ".join(words)
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]  # "Mike Ford’s death": "Mike Ford"
            words = bare.split()
        if len(set(words)) < len(words):
            # names glued together ("Kristi Noem Kristi Lynn Noem"): the first of them
            words = words[: next(i for i, w in enumerate(words) if w in words[:i])]
            bare = " ".join(words)
        if len(words) < 2 or (len(words) > MAX_NAME_WORDS and
                               sum(w not in PARTICLES for w in words) > MAX_NAME_WORDS):
            return None
        key = name_key(words[-2] if len(words[-1]) <= 2 else words[-1])  # "Yassin E." is found under "Yassin"
        if len(bare) > len(fullest.get(key, "")):
            fullest[key] = bare
        return bare

    def common_word(self, word: str) -> bool:
        """Does the article also write this word in lower case (so that capitalised, it starts a sentence)?"""
        if self._text is None:
            self._text = "\n".join(self.paragraphs)
        return _has_word(self._text, word.lower())

    def knows(self, name: str) -> bool:
        """Does the article write this name, or a fuller form of it, in two words or more?"""
        resolved = self.resolve(name)
        return len(resolved.split()) >= 2 and is_named(resolved)

    def resolve(self, speaker: str) -> str:
        """A named speaker in the fullest form the article uses; a nominal one as written."""
        if speaker not in self._resolved:
            self._resolved[speaker] = self._resolve(speaker)
        return self._resolved[speaker]

    def _resolve(self, speaker: str) -> str:
        bare = without_titles(" ".join(speaker.split()))
        bare = without_honorifics(bare) if " " in bare else bare  # (an honorific follows a name and a space)
        if not bare[:1].isupper():
            return bare
        words = bare.split()
        key = name_key(words[-1] if len(words[-1]) > 2 or len(words) == 1 else words[-2])
        full = self.fullest.get(key)
        if len(words) == 1 and (full is None or full in self.doubtful):
            # a first name alone ("Taty"), when it starts just one full name the article writes; also where
            # the name it ends is only ever written at a sentence's start ("Suami Donna" beside "Donna King")
            starting = self.first_names.get(key, set()) - {full}
            full = next(iter(starting)) if len(starting) == 1 else full
        if bare in self.complemented:
            return self.complemented[bare]  # "Sports Laura Flessel" -> "Laura Flessel"
        if full is not None and bare.endswith(" " + full) and any(
                is_title(w) or ACRONYM.fullmatch(w) for w in bare[: -len(full)].split()):
            return full  # "US President Donald Trump", "Interior Minister Jane Roe": a title and what it is of
        if full is not None and (len(words) == 1 or full.endswith(bare) or bare in full
                                 or name_key(full).endswith(name_key(bare))):
            return full
        return bare
