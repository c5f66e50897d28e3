import pytest

import re

from newsclean.document import Decision, Document


def test_lines_matching_reads_kept_lines_before_and_after_most_are_dropped():
    doc = Document("\n".join(["read more", "Read more here", "nothing", "more to read", "the end"]))
    more = re.compile("more")
    assert doc.lines_matching(more) == [0, 1, 3]
    assert doc.lines_matching(more, folded=True) == [0, 1, 3]
    doc.apply("test", Decision(0, "drop", "first"))
    assert doc.lines_matching(more) == [1, 3]
    # once most lines are dropped, searches read the kept lines alone, and still find what they held
    for line in (2, 4):
        doc.apply("test", Decision(line, "drop", "more"))
    assert doc.lines_matching(more) == [1, 3]
    assert doc.lines_matching(more, dropped_too=True) == [0, 1, 3]
    doc.apply("test", Decision(3, "drop", "again"))
    assert doc.lines_matching(more) == [1]
    assert doc.lines_matching(re.compile("end"), dropped_too=True, max_words=None) == [4]


def test_a_line_that_shows_nothing_is_blank_but_joiners_inside_words_stay():
    doc = Document("\u200b\nمی\u200cخواهم\n\u200b \u00ad")
    assert doc.texts == ["", "می\u200cخواهم", ""]


@pytest.mark.parametrize("text, expected", [
    ("", 0), ("The Mayor of New York", 4), ("iPhone x2Go McDonald O'Neil", 3), ("A_B C-D (E) “F”", 5),
    ("Émile über Ölgemälde Ωmega ωMEGA", 3), ("日本 Tōkyō ÅSA", 2),
])
def test_upper_starts_counts_words_that_start_with_a_capital(text, expected):
    from newsclean.document import upper_starts

    assert upper_starts(text) == expected


def test_a_pattern_for_the_start_of_a_line_starts_with_the_newline_before_it():
    doc = Document("By Jane\nwritten by\n\nnot by me\nBy the way")
    by = re.compile(r"\nby\b")
    assert doc.lines_matching(by, folded=True, newline_first=True) == [0, 4]
    assert doc.lines_matching(re.compile(r"(?m)^by\b"), folded=True) == [0, 4]
    doc.apply("test", Decision(0, "drop", "first"))
    assert doc.lines_matching(by, folded=True, newline_first=True) == [4]
    assert doc.lines_matching(by, folded=True, dropped_too=True, newline_first=True) == [0, 4]
