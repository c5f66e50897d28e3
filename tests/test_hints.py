"""Hint words: the combined search (an automaton over every list) finds the lines each list's own pattern finds."""
import glob

import pytest

import newsclean  # noqa: F401  (imports the cleaners, which make their lists)
from newsclean import hints
from newsclean.document import Decision, Document
from newsclean.extract import default_pipeline
from newsclean.hints import HintWords
from newsclean.inputs import read_source

needs_automaton = pytest.mark.skipif(hints.ahocorasick is None, reason="pyahocorasick is not installed")


def _pages() -> list[str]:
    return [read_source(open(path, encoding="utf-8").read()) for path in sorted(glob.glob("fixtures/*/input.txt"))]


def _lists() -> list[HintWords]:
    default_pipeline()  # the cleaners' modules make their lists on import
    return list(HintWords._registered)


def _own_search(doc: Document, words: HintWords, dropped_too: bool, max_words: int) -> list[int]:
    return doc.lines_matching(words.pattern, folded=True, dropped_too=dropped_too, max_words=max_words)


@needs_automaton
@pytest.mark.parametrize("max_words", [6, 12, 30, 40])
def test_the_combined_search_finds_the_lines_each_list_finds_alone(max_words: int) -> None:
    pages = _pages()
    assert pages
    for text in pages:
        doc = Document(text)
        for words in _lists():
            assert doc.lines_holding(words, max_words=max_words) == _own_search(doc, words, False, max_words)


@needs_automaton
def test_the_combined_search_follows_drops_and_stripped_lines() -> None:
    doc = Document("Share this\nRead more: the story\nJane Doe says:\nPhoto: Reuters\nnothing here\nshare")
    lists = _lists()
    doc.apply("test", Decision(0, "drop", "dropped"))
    doc.apply("test", Decision(3, "strip", "emptied", text=""))
    doc.apply("test", Decision(4, "strip", "changed", text="here"))
    for words in lists:
        for dropped_too in (False, True):
            assert doc.lines_holding(words, dropped_too=dropped_too) == _own_search(doc, words, dropped_too, 60)
    doc.apply("test", Decision(5, "strip", "changed again", text="sha"))
    for words in lists:
        assert doc.lines_holding(words) == _own_search(doc, words, False, 60)


def test_without_the_automaton_each_list_is_searched_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hints, "USE_AUTOMATON", False)
    doc = Document("Share this\nnothing\nRead more: here")
    for words in _lists():
        assert doc.lines_holding(words, max_words=30) == _own_search(doc, words, False, 30)


def test_a_hint_word_may_not_hold_a_newline() -> None:
    with pytest.raises(ValueError):
        HintWords(["two\nlines"])
