"""Speech verb search: the automaton's matches are the verb pattern's, word for word."""
import glob
import re

import pytest

from newsclean import hints
from newsclean.speakers import attribution_for, available_languages, verb_pattern, verb_search
from newsclean.verb_search import VerbSearch

needs_automaton = pytest.mark.skipif(hints.ahocorasick is None, reason="pyahocorasick is not installed")

TRICKY = [
    "“We are here,” said Jane Doe. Essays say nothing; she said_ it; Said Smith said.",
    "« Rien », a déclaré-t-il, s’étonne s'étonne dit-il; dites-le. Sagte er: „Nein“.",
    "He told reporters he told, toldx xtold 2said said2 — said",
    "",
    "said",
]


def _paragraphs() -> list[str]:
    paragraphs = list(TRICKY)
    for path in sorted(glob.glob("fixtures/*/input.txt"))[:40]:
        paragraphs.extend(open(path, encoding="utf-8").read().split("\n"))
    return paragraphs


@needs_automaton
@pytest.mark.parametrize("languages", [tuple(available_languages()), ("en",), ("fr", "de", "es")])
def test_the_automaton_finds_what_the_pattern_finds(languages: tuple[str, ...]) -> None:
    search = verb_search(languages)
    pattern = verb_pattern(languages)
    for text in _paragraphs():
        assert search.spans(text) == [m.span() for m in pattern.finditer(text)], text


@needs_automaton
@pytest.mark.parametrize("languages", [tuple(available_languages()), ("en",), ("fr", "es")])
def test_the_phrases_a_speaker_follows_are_found_as_their_pattern_finds_them(languages: tuple[str, ...]) -> None:
    attribution = attribution_for(languages)
    texts = _paragraphs() + ["According to Jane Doe, selon lui, según fuentes, according to… accordingly"]
    for text in texts:
        assert attribution.source_search.spans(text) == [m.span() for m in attribution.source.finditer(text)], text


@needs_automaton
def test_at_one_place_the_longest_whole_word_counts() -> None:
    words = ["say", "say so", "say something"]
    search = VerbSearch(re.compile(r"(?<!\w)(?:say(?: so(?:mething)?)?)(?!\w)"), words)
    text = "say somethingx, say so. say something; essay say"
    assert search.spans(text) == [m.span() for m in search.pattern.finditer(text)]
    assert [text[a:b] for a, b in search.spans(text)] == ["say", "say so", "say something", "say"]


def test_without_the_automaton_the_pattern_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hints, "USE_AUTOMATON", False)
    search = verb_search(("en",))
    text = "“Yes,” said Jane Doe, who told reporters more."
    assert search.spans(text) == [m.span() for m in verb_pattern(("en",)).finditer(text)]
    assert search.spans(text)
