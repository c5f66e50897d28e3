"""Every labelled fixture is well formed, and the pipeline's scores on them stay above their floors."""
import json
import re

import pytest

import newsclean
from newsclean.bench.datasets import load
from newsclean.bench.runner import invented, newsclean_system, run_system
from newsclean.cleaners.placeholders import INLINE_TOKENS
from newsclean.document import normalise
from newsclean.inputs import read_source

from .conftest import FIXTURES

FOLDERS = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").exists())
KEYS = {"source", "lang", "headline", "paragraphs", "quotes", "byline", "date"}
# Floors only move up: raise them when the pipeline gets better, never lower them to let a change pass.
FLOORS = {"body_f1": 0.87, "headline": 0.85, "quote_f1": 0.91, "speaker": 0.72}


def test_there_are_enough_fixtures():
    langs = [json.loads((f / "expected.json").read_text(encoding="utf-8"))["lang"] for f in FOLDERS]
    assert len(FOLDERS) >= 41
    assert sum(lang != "en" for lang in langs) >= 10


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_fixture_is_well_formed(folder):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert KEYS <= expected.keys()
    source = read_source((folder / "input.txt").read_bytes())
    lines = {normalise(INLINE_TOKENS.sub(" ", line)) for line in source.splitlines()}
    for paragraph in expected["paragraphs"]:
        assert paragraph == normalise(paragraph)
        assert paragraph in lines, f"not a line of the input: {paragraph[:60]!r}"
    for quote in expected["quotes"]:
        assert 0 <= quote["paragraph"] < len(expected["paragraphs"])
        if not quote.get("joined"):
            following = " ".join(expected["paragraphs"][quote["paragraph"]:])
            assert quote["text"] in following, f"quote not in its paragraphs: {quote['text'][:60]!r}"
    if expected["date"] is not None:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", expected["date"])


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_extraction_invents_nothing(folder):
    source = (folder / "input.txt").read_text(encoding="utf-8")
    article = newsclean.extract(source)
    from newsclean.bench.peers import Prediction

    prediction = Prediction(article.body, paragraphs=article.paragraphs,
                            quotes=tuple((q.text, q.speaker) for q in article.quotes))
    assert not invented(prediction, source)


def test_scores_stay_above_their_floors():
    result = run_system(newsclean_system(), load(FIXTURES))
    assert result.body.f1 >= FLOORS["body_f1"]
    assert sum(result.headline) / len(result.headline) >= FLOORS["headline"]
    assert result.quotes.f1 >= FLOORS["quote_f1"]
    assert result.quotes.speaker_accuracy >= FLOORS["speaker"]


def test_there_are_enough_labelled_quotes():
    quotes = [(json.loads((f / "expected.json").read_text(encoding="utf-8"))["lang"], q) for f in FOLDERS
              for q in json.loads((f / "expected.json").read_text(encoding="utf-8"))["quotes"]]
    assert len(quotes) >= 150
    assert len({lang for lang, _ in quotes}) >= 8
    assert sum(q.get("joined", False) for _, q in quotes) >= 25
    assert sum(q["speaker"] is None for _, q in quotes) >= 20
