"""Hostile input for the quote stage: runs of unmatched marks, a megabyte inside one pair, marks nested in
every style. Time stays linear and the result is a valid Article."""
import time

import newsclean
from newsclean import Article
from newsclean.quote_marks import QUOTE_PAIRS
from newsclean.quotes import QuoteFinder

FINDER = QuoteFinder()
MARKS = sorted({mark for pair in QUOTE_PAIRS for mark in pair})


def seconds(paragraphs: list[str], runs: int = 1) -> float:
    """The best of a few runs: the machine may be busy with other work."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        list(FINDER(paragraphs))
        best = min(best, time.process_time() - start)
    return best


def page(body: str) -> str:
    return "Headline of the page\n\nBy Jane Doe\n\n" + body + "\n\nAbout us\nContact\n"


def test_ten_thousand_unmatched_marks_in_linear_time():
    for mark in MARKS:
        small = seconds([f"Word {mark}word " * 5_000], runs=2)
        large = seconds([f"Word {mark}word " * 10_000], runs=2)
        assert large < 1.0, mark
        assert large < 4 * max(small, 0.05), mark
    spread = ["“Said and never closed, «this line» goes „on and on." for _ in range(10_000)]
    assert seconds(spread) < 2.0
    assert isinstance(newsclean.extract(page("\n\n".join(spread[:1_000]))), Article)


def test_a_megabyte_inside_one_pair():
    inside = "all these words stay inside one pair of marks " * 22_000
    for opening, closing in QUOTE_PAIRS:
        text = f"She said {opening}{inside}{closing} and left."
        assert seconds([text]) < 2.0, opening
        assert all(len(q.text) <= FINDER.settings.max_chars for q in FINDER([text]))
    assert isinstance(newsclean.extract(page(f"She said “{inside}” and left.")), Article)


def test_marks_nested_in_every_style():
    nested = "".join(f"{o}level {i} " for i, (o, _) in enumerate(QUOTE_PAIRS))
    nested += "".join(f" end {c}" for _, c in reversed(QUOTE_PAIRS))
    paragraphs = [f"The minister said {nested} today." for _ in range(2_000)]
    assert seconds(paragraphs) < 3.0
    for quote in FINDER(paragraphs[:1]):
        assert quote.text in " ".join(paragraphs[0].split())
    assert isinstance(newsclean.extract(page("\n\n".join(paragraphs[:200]))), Article)


def test_paragraphs_that_reopen_forever_stop_at_the_limit():
    paragraphs = ["“This quote is opened and never closed, paragraph after paragraph."] * 5_000
    assert seconds(paragraphs) < 2.0
    limit = FINDER.settings.max_paragraphs
    assert all(len(q.text) <= limit * len(paragraphs[0]) for q in FINDER(paragraphs))


def test_many_distinct_descriptions_stay_linear():
    def described(count: int) -> list[str]:
        nouns = [f"noun{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(count)]
        return [f'"We will look into this matter today," said the {noun}.' for noun in nouns] * 2

    small = seconds(described(300), runs=2)
    large = seconds(described(600), runs=2)
    assert large < 3 * max(small, 0.05)  # twice the input, not four times the time


def test_a_paragraph_of_nothing_but_short_quotes_in_linear_time():
    # each quote is attributed by a reading of the text around it, so quotes four characters apart would read
    # the paragraph hundreds of times over: only the first `max_quotes` marks of a page are read
    for quote in ('"a" ', "«a» ", "「中」"):
        paragraph = quote * (300_000 // len(quote.encode()))
        assert seconds([paragraph]) < 2.0, quote
    many = [f"“Quote number {k} of the page,” said Jane Doe." for k in range(3 * FINDER.settings.max_quotes)]
    assert len(list(FINDER(many))) == FINDER.settings.max_quotes
