from newsclean.bench.scoring import (BodyTotals, QuoteTotals, body_score, byline_right, date_right, headline_right,
                                     score_quotes)


def test_body_score_by_shingles():
    perfect = body_score("one two three four five", "one two three four five")
    assert perfect.precision == perfect.recall == 1.0
    half = body_score("one two three four five", "one two three four five six seven eight")
    assert half.precision == 1.0 and 0 < half.recall < 1
    empty = body_score("", "one two three four")
    assert empty.precision is None and empty.recall == 0.0


def test_totals_average_over_pages_that_count():
    totals = BodyTotals()
    totals.add(body_score("", "a b c d e"))  # nothing extracted: counts for recall only
    totals.add(body_score("a b c d e", "a b c d e"))
    assert totals.precision == 1.0 and totals.recall == 0.5


def test_headline_byline_date_rules():
    assert headline_right("Russia shuts schools!", "russia shuts schools")
    assert not headline_right("Russia shuts schools", "Russia opens schools near the border today")
    assert byline_right("Dylan Bailey", "Dylan Bailey, MS, RD, FAND")
    assert date_right("2019-11-20T10:00:00", "2019-11-20") and not date_right(None, "2019-11-20")


def test_quote_matching():
    totals = QuoteTotals()
    score_quotes([("We are here to stay,", "Jane Doe"), ("unrelated words here", None)],
                 [("We are here to stay", "Jane Doe")], totals)
    assert (totals.matched, totals.predicted, totals.expected, totals.speaker_right) == (1, 2, 1, 1)
