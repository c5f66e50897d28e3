from newsclean.bench.provenance import pieced_from

SOURCE = "“We are here,” he said, “to stay.” Then he left. “Next part.”"


def test_a_quote_is_text_of_the_input_or_its_parts_in_order():
    assert pieced_from("We are here,", SOURCE)
    assert pieced_from("We are here, to stay.", SOURCE)
    assert pieced_from("We are here, to stay. Next part.", SOURCE)
    assert not pieced_from("to stay. We are here,", SOURCE)
    assert not pieced_from("We are not here", SOURCE)
