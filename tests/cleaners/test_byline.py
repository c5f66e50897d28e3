from newsclean.cleaners.byline import Byline
from newsclean.cleaners.byline_choice import BylineChoice
from newsclean.document import Decision, Document
from newsclean.names import looks_like_name, names_in

from ..conftest import dropped, run_cleaner


def test_author_lines_go_and_names_are_noted():
    doc = run_cleaner(Byline(), [
        "By Jane Doe and John Roe | Reuters",
        "Written By",
        "Miguel Zabludovsky",
        "Read more from Liz Cookman here.",
        "By the end of the day, the river had burst its banks in three places and the town was cut off.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3}
    names = [(line, name) for line, name, _ in doc.byline_candidates]
    assert names == [(0, "Jane Doe and John Roe"), (2, "Miguel Zabludovsky"), (3, "Liz Cookman")]


def test_names_stop_at_dates_roles_and_separators():
    assert names_in("Kathryn Giuffrida Mar 5, 2025 | 6 comments") == "Kathryn Giuffrida"
    assert names_in("Catherine Boeckmann Executive Digital Editor") == "Catherine Boeckmann"
    assert names_in("Scott Levine – Updated Sep 9, 2025") == "Scott Levine"
    assert names_in("Marna van der Merwe") == "Marna van der Merwe"
    assert names_in("the end of the day") is None
    assert looks_like_name("Pavlina Petkova")
    assert not looks_like_name("Read the full post")


def test_sentences_starting_with_by_are_not_bylines():
    doc = run_cleaner(Byline(), [
        "By Tuesday, the storm had passed and the roads were open again.",
        "Authors: Jane Doe and John Roe",
    ])
    assert set(dropped(doc)) == {1}


def test_an_author_box_after_the_body_names_the_author():
    doc = Document("\n".join([
        "The council voted on Tuesday to close the old bridge for repairs over the winter months.",
        "Halina Goetz",
        "Halina Goetz is a tutor and writer who has taught mathematics for twenty years.",
    ]))
    for line in (1, 2):
        doc.apply("main_block", Decision(line, "drop", "after the main run"))
    found = list(BylineChoice()(doc))
    assert [(d.line, d.value) for d in found] == [(1, "Halina Goetz")]
