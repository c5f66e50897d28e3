"""The page that started newsclean must come out exactly as labelled."""
import newsclean


def test_seed_article_is_exact(seed):
    text, expected = seed
    article = newsclean.extract(text)
    assert article.headline == expected["headline"]
    assert list(article.paragraphs) == expected["paragraphs"]
    assert article.byline == expected["byline"]
    assert article.date == expected["date"]
    assert [q.to_dict() for q in article.quotes] == expected["quotes"]


def test_seed_decisions_say_why(seed):
    text, _ = seed
    explained = newsclean.extract(text).explain()
    assert len(explained) == len(text.splitlines())
    assert 'line 10 dropped by related_stories: teaser ending in "..."' in explained
    assert "line 27 dropped by placeholders: placeholder token 'spot_imgspot_img'" in explained
    assert any(line.startswith("line 47 dropped by promos:") for line in explained)
    assert "line 4 dropped by nav_junk: empty field label 'Date:'" in explained
    assert explained[0] == "line 0 dropped by headline: the page title"
    assert explained[2].startswith("line 2 dropped by headline: the headline")
