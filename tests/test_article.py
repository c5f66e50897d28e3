import dataclasses

import pytest

import newsclean
from newsclean import Article, Quote


def test_json_round_trip(seed):
    article = newsclean.extract(seed[0])
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.decisions == article.decisions
    assert Article.from_dict(article.to_dict()) == article


def test_body_joins_paragraphs():
    article = Article(paragraphs=("One.", "Two."))
    assert article.body == "One.\nTwo."


def test_article_is_immutable():
    article = Article(headline="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "y"  # type: ignore[misc]


def test_quote_round_trip():
    quote = Quote("We are here, to stay.", "Jane Doe", 3, joined=True)
    assert Quote.from_dict(quote.to_dict()) == quote


def test_the_line_model_ships_with_the_package():
    from importlib import resources

    assert resources.files("newsclean").joinpath("data/line_model.json").is_file()
    from .conftest import ROOT

    assert '"data/line_model.json"' in (ROOT / "pyproject.toml").read_text()  # so wheels carry it too
