"""Hostile and broken input: a valid Article or InputError, never another exception, never a hang."""
import time

import pytest

import newsclean
from newsclean import Article, InputError


def timed(source, **kwargs) -> tuple[Article, float]:
    """The Article and the processor time it took (other work on the machine does not count)."""
    start = time.process_time()
    article = newsclean.extract(source, **kwargs)
    return article, time.process_time() - start


@pytest.mark.parametrize("source", ["", "   \n\t\n  ", b"", "\n" * 1000, "\x00"])
def test_empty_gives_an_empty_article(source):
    article = newsclean.extract(source)
    assert article.paragraphs == () and article.quotes == ()


def test_binary_is_an_input_error():
    with pytest.raises(InputError, match="binary"):
        newsclean.extract(bytes(range(256)) * 100)


@pytest.mark.parametrize("source", [None, 12, ["a"], {"text": "a"}])
def test_wrong_types_are_input_errors(source):
    with pytest.raises(InputError):
        newsclean.extract(source)  # type: ignore[arg-type]


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="format"):
        newsclean.extract("text", format="pdf")


def test_bytes_in_other_encodings_are_read():
    text = "Überall in Köln sprach man über den Dom, sagte der Bürgermeister am Montag den Journalisten."
    assert newsclean.extract(text.encode("cp1252")).paragraphs == (text,)
    assert newsclean.extract(text.encode("utf-16")).paragraphs == (text,)
    assert newsclean.extract(b"\xef\xbb\xbf" + text.encode()).paragraphs == (text,)


def test_a_twenty_megabyte_line_is_linear():
    line = ("word " * 4_000_000)[:20_000_000]
    article, seconds = timed(line)
    assert isinstance(article, Article)
    assert seconds < 40  # 2 s per MB


def test_a_million_short_lines_is_a_clear_error():
    start = time.process_time()
    with pytest.raises(InputError, match="1,000,000 lines"):
        newsclean.extract("menu item\n" * 999_999 + "end")
    assert time.process_time() - start < 2


PROSE_LINE = "The council met on Tuesday to discuss the budget for the coming year, and it agreed on most of it.\n"


@pytest.mark.parametrize("source", [
    "\n" * 99_000,
    "x\n" * 99_000,
    "a b\n" * 99_000,
    "menu item\n" * 99_000,
    "A short sentence here.\n" * 99_000,
    # the prose line starts a main run: the model is asked about it, the run search reads on past it, and the
    # short lines go as after the run, not as a page without prose
    PROSE_LINE + "x\n" * 99_000,
], ids=["blank", "one-letter", "tiny", "menu", "sentence", "prose-then-one-letter"])
def test_as_many_lines_as_a_page_may_have_is_linear(source):
    article, seconds = timed(source)
    assert len(article.decisions) == source.count("\n")
    # the best of five runs: other work on a busy machine slows some
    seconds = min(seconds, *(timed(source)[1] for _ in range(4)))
    # 2 s per MB however little each line holds (each line's share of the work is small)
    assert seconds < 2 * len(source.encode()) / 1e6


@pytest.mark.parametrize("line", [
    "“" * 100_000,
    "\"" + "a" * 200_000,
    "By " + "A" * 100_000,
    "Photo: " + "(" * 100_000,
    "a " * 100_000 + "!",
    ("1" * 50 + "/") * 2_000 + "2019",
    "«" * 50_000 + "»" * 50_000,
    "„" + "x „ " * 30_000,
    " > ".join(["Home"] * 20_000),
    ("Mr " * 30_000) + "said",
], ids=["curly-opens", "straight-open", "by-capitals", "photo-parens", "words-bang", "digits-slashes",
        "guillemets", "low-quotes", "breadcrumbs", "honorifics"])
def test_lines_built_to_backtrack_are_linear(line):
    page = "Title of the page\n" + (line + "\n") * 3 + "The end of the page is a normal sentence with words.\n"
    article, seconds = timed(page)
    assert isinstance(article, Article)
    assert seconds < 2 * max(1.0, len(page.encode()) / 1e6)


def test_a_long_run_of_capitals_after_more_is_linear():
    article, seconds = timed("Title of the page\n" + "More " + "A" * 5000 + " x\n")
    assert seconds < 2


def test_line_ends_of_every_kind_count_once():
    with pytest.raises(InputError, match="lines"):
        newsclean.extract("menu item\r" * 150_000)
    article = newsclean.extract("Title line here\r\n\r\nA first sentence of the body that is long enough.\x0c Still.\r\n")
    assert len(article.decisions) == 3


@pytest.mark.parametrize("filler", [".", "“", "ab "], ids=["dots", "quote-marks", "words"])
def test_long_lines_alike_to_a_long_title_are_linear(filler):
    # every line is as long as the first (the page title) and alike to it: comparing each with the title must
    # not cost more than the lines' length (rapidfuzz's partial_ratio grows with the cube of it)
    line = "Mr Smith said “" + filler * (3000 // len(filler)) + "” today."
    page = (line + "\n") * 40
    article, seconds = timed(page)
    assert isinstance(article, Article)
    assert seconds < 2 * max(1.0, len(page.encode()) / 1e6)


@pytest.mark.parametrize("pipeline", ["default", 1, [], newsclean.default_pipeline], ids=["str", "int", "list", "function"])
def test_a_pipeline_of_the_wrong_type_is_an_input_error(pipeline):
    for format in ("text", "html"):
        with pytest.raises(InputError, match="pipeline"):
            newsclean.extract("Title line here\nA first sentence of the body.\n", format=format, pipeline=pipeline)


@pytest.mark.parametrize("stage", [lambda paragraphs: 1 / 0, lambda paragraphs: ["not a quote"]],
                         ids=["raises", "returns-junk"])
def test_a_quote_stage_that_fails_is_a_pipeline_error(stage):
    pipeline = newsclean.Pipeline(newsclean.default_pipeline(), quotes=stage)
    with pytest.raises(newsclean.PipelineError, match="quote stage"):
        newsclean.extract("Title line here\n“We will stay here for good,” said Jane Doe.\n", pipeline=pipeline)


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_byte_order_mark_is_read(encoding):
    text = "Überall in Köln sprach man über den Dom, sagte der Bürgermeister am Montag den Journalisten."
    assert newsclean.extract(text.encode(encoding)).paragraphs == (text,)
    page = f"<html><body><p>{text}</p></body></html>".encode(encoding)
    assert newsclean.extract(page, format="html").paragraphs == (text,)


@pytest.mark.parametrize("unit", ["Related stories\n", "Related stories\nRelated stories\nfour words of summary\n"],
                         ids=["headers", "headers-over-pairs"])
def test_a_page_of_related_stories_headers_is_linear(unit):
    # each header reads the teasers below it: a header among the teasers of one above must not read them again
    page = "The title of the page\n" + unit * (300_000 // len(unit)) + "The end of the page is a sentence.\n"
    article, seconds = timed(page)
    assert isinstance(article, Article)
    assert seconds < 2 * max(1.0, len(page.encode()) / 1e6)


def test_lone_surrogates_in_text_become_replacement_characters():
    # a str may hold half of a UTF-16 pair (a JSON "\ud800" escape); the Article must still encode as UTF-8
    page = "Council backs the budget\nThe council met on Tuesday \ud800 to agree the budget for the coming year, " \
           "as it said it would.\n"
    article = newsclean.extract(page, format="text")
    assert article.paragraphs and "\ufffd" in article.paragraphs[0]
    article.to_json().encode("utf-8")
