from newsclean.cleaners.byline import Byline
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
