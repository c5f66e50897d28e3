import pytest

import newsclean
from newsclean import Decision, Document, Pipeline, PipelineError


def drop_shouting(doc: Document):
    for i in doc.kept():
        if doc.texts[i].isupper():
            yield Decision(i, "drop", "all capitals")


def test_default_pipeline_names():
    names = newsclean.default_pipeline().names
    for name in ("placeholders", "nav_junk", "related_stories", "promos", "main_block"):
        assert name in names
    assert len(set(names)) == len(names)


def test_add_before_after_remove_replace():
    pipe = newsclean.default_pipeline()
    pipe.add(drop_shouting, before="main_block")
    assert pipe.names[pipe.names.index("main_block") - 1] == "drop_shouting"
    pipe.remove("drop_shouting").add(drop_shouting, after="placeholders", name="shouting")
    assert pipe.names[1] == "shouting"
    # a plain function put in the place of a named cleaner takes its name
    pipe.replace("shouting", drop_shouting)
    assert pipe.names[1] == "shouting" and pipe["shouting"].func is drop_shouting


def test_duplicate_and_unknown_names_are_errors():
    pipe = newsclean.default_pipeline()
    with pytest.raises(PipelineError, match="already has a cleaner named 'promos'"):
        pipe.add(pipe["promos"])
    with pytest.raises(PipelineError, match="no cleaner named 'nope'"):
        pipe.remove("nope")
    with pytest.raises(PipelineError):
        pipe.add(drop_shouting, before="promos", after="promos")


def test_user_cleaner_decides_and_explains():
    pipe = Pipeline([drop_shouting])
    article = newsclean.extract("Hello there.\nBUY NOW\nGoodbye.", pipeline=pipe)
    assert article.paragraphs == ("Hello there.", "Goodbye.")
    assert "line 1 dropped by drop_shouting: all capitals" in article.explain()


def test_a_failing_cleaner_is_named():
    def broken(doc):
        raise RuntimeError("boom")

    with pytest.raises(PipelineError, match="cleaner 'broken' failed"):
        newsclean.extract("text", pipeline=Pipeline([broken]))


def test_a_cleaner_returning_junk_is_named():
    with pytest.raises(PipelineError, match="not a Decision"):
        newsclean.extract("text", pipeline=Pipeline([lambda doc: ["drop line 0"]]))


def test_a_cleaner_pointing_past_the_page_is_named():
    with pytest.raises(PipelineError, match="line 5 is not in the document"):
        newsclean.extract("text", pipeline=Pipeline([lambda doc: [Decision(5, "drop", "x")]]))


def test_copy_is_independent():
    pipe = newsclean.default_pipeline()
    other = pipe.copy().remove("promos")
    assert "promos" in pipe and "promos" not in other


@pytest.mark.parametrize("decision, problem", [
    (Decision(0, "Drop", "x"), "action"),  # type: ignore[arg-type]
    (Decision(0, "strip", "x"), "needs the text"),
    (Decision(0, "strip", "x", text="Totally invented"), "only remove"),
    (Decision("0", "drop", "x"), "line number"),  # type: ignore[arg-type]
])
def test_bad_decisions_are_named(decision, problem):
    with pytest.raises(PipelineError, match=problem):
        newsclean.extract("Some text of a page.", pipeline=Pipeline([lambda doc: [decision]]))


def test_a_placeholder_before_the_title_does_not_hide_the_headline(seed):
    article = newsclean.extract("Advertisement\n\n" + seed[0])
    assert article.headline == seed[1]["headline"]
