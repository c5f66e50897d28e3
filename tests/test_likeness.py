"""likeness.partial_ratio: rapidfuzz's partial_ratio on short texts, a bounded stand-in on long ones."""
from rapidfuzz import fuzz

from newsclean.likeness import MAX_PARTIAL_CHARS, partial_ratio


def test_short_texts_are_compared_by_partial_ratio():
    short, long_ = "the mayor resigns", "Breaking: the mayor resigns after a vote"
    assert partial_ratio(short, long_) == fuzz.partial_ratio(short, long_) == 100


def test_a_long_text_holding_the_other_whole_is_a_full_match():
    long_ = "word " * MAX_PARTIAL_CHARS
    assert partial_ratio(long_[:-40], long_) == 100


def test_long_texts_that_differ_are_compared_whole():
    a, b = "a" * (MAX_PARTIAL_CHARS + 10), "a" * MAX_PARTIAL_CHARS + "b" * 10
    assert partial_ratio(a, b) == fuzz.ratio(a, b) < 100
