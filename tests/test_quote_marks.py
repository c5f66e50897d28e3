from newsclean.quote_marks import QuoteMarks

MARKS = QuoteMarks()


def inner(text: str) -> list[str]:
    return [span.inner(text) for span in MARKS.spans(text)]


def test_every_double_style():
    assert inner("“curly” and \"straight\" and « guillemets » and „unten oben“ and „unten rechts” "
                 "and »umgekehrt« and ”svenska” and 「かぎ」 and 『二重』") == [
        "curly", "straight", " guillemets ", "unten oben", "unten rechts", "umgekehrt", "svenska", "かぎ", "二重"]


def test_single_marks_are_quotes_only_where_they_cannot_be_apostrophes():
    assert inner("It's the '90s, and Ukraine’s army isn’t done.") == []
    assert inner("She said ‘we’ll be back soon’ and left; he said 'it's over now' too.") == [
        "we’ll be back soon", "it's over now"]


def test_nested_marks_give_the_outer_quote():
    assert inner("“He told me ‘never again’ and «non» twice,” she said.") == [
        "He told me ‘never again’ and «non» twice,"]


def test_a_stray_mark_does_not_swallow_the_paragraph():
    text = "He is 6'2\" tall. “A real quote is here,” she said. The “end"
    assert inner(text) == ["A real quote is here,"]


def test_a_quote_left_open_at_the_end_and_reopened():
    first = "He went on: “We will stay here for as long as it takes."
    position, mark = MARKS.unclosed_tail(first, 0)
    assert first[position] == "“" and mark == "“"
    assert MARKS.reopens("“And we will win,” he said.", mark)
    assert MARKS.unclosed_tail("“Closed here,” he said.", 0) is None


def test_a_span_never_runs_past_its_limit():
    marks = QuoteMarks(max_chars=50)
    assert marks.spans("“" + "a" * 60 + "”") == []
    assert [s.inner("“" + "a" * 50 + "”") for s in marks.spans("“" + "a" * 50 + "”")] == ["a" * 50]
    assert marks.spans("“" + "a" * 51 + "”") == []


def test_a_pair_closes_at_the_first_of_its_marks():
    # "“one „two“": the first of “ and ” after "“one" is an opening one, so that quote stays open
    text = "“one „two“ and “three” «four» »five« “six"
    assert [(s.inner(text), s.opening) for s in MARKS.spans(text)] == [
        ("two", "„"), ("three", "“"), ("four", "«"), ("five", "»")]
    assert MARKS.spans("“”") == [] and MARKS.spans("“a\nb”") == []
