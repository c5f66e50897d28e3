from newsclean.cleaners.byline import REPORTER_WORD_ENDS, REPORTER_WORDS, Byline
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
        "By News Desk",
        "By Team USA standards, it was a slow race.",
        "By the end of the day, the river had burst its banks in three places and the town was cut off.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4}
    names = [(line, name) for line, name, _ in doc.byline_candidates]
    assert names == [(0, "Jane Doe and John Roe"), (2, "Miguel Zabludovsky"), (3, "Liz Cookman"), (4, "News Desk")]


def test_author_labels_in_the_plural_and_post_openings():
    doc = run_cleaner(Byline(), [
        "Авторы:",
        "Дмитрий Попов",
        "Autoren: Jane Doe und John Roe",
        "Post written by Ann Poe",
        "Autoridades da China recomendam quarentena",
    ])
    assert [name for _, name, _ in doc.byline_candidates] == ["Дмитрий Попов", "Jane Doe und John Roe", "Ann Poe"]


def test_a_one_word_by_line_is_a_menus_heading_unless_dated():
    doc = run_cleaner(Byline(), ["Solutions", "By Industry", "Retail", "Banking", "", "By Clay", "", "Mar 14, 2024",
                                 "Written by Kristin", "By Jane Doe"])
    assert [name for _, name, _ in doc.byline_candidates] == ["Clay", "Kristin", "Jane Doe"]


def test_lines_signed_with_the_word_for_reporter():
    doc = run_cleaner(Byline(), [
        "최윤호 기자 reporter@example.com",
        "김준일 기자의 핫플레이스",
        "半月谈记者 史卫燕",
        "2020-10-04 15:05 聯合報 記者林宸誼／即時報導",
        "キャリア採用 記者募集",
        "经营者告诉半月谈记者，经智慧技术提升过的特色种植业",
    ])
    assert set(dropped(doc)) == {0, 2, 3}
    assert [name for _, name, _ in doc.byline_candidates] == ["최윤호", "史卫燕", "林宸誼"]


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


def _chosen_byline(lines: list[str], body: set[int], headline: int | None = None) -> list[tuple[int, str | None]]:
    """Run dateline, then byline_choice as if main_block had kept only the `body` lines."""
    from newsclean.cleaners.dateline import Dateline

    doc = Document("\n".join(lines))
    if headline is not None:
        doc.apply("headline", Decision(headline, "drop", "the headline", role="headline", value=lines[headline]))
        doc.headline_line = headline
    for decision in list(Dateline()(doc)):
        doc.apply("dateline", decision)
    for i in range(len(lines)):
        if i not in body:
            doc.apply("main_block", Decision(i, "drop", "outside the main run"))
    return [(d.line, d.value) for d in BylineChoice()(doc)]


BODY = "The council voted on Tuesday to close the old bridge for repairs over the winter months."


def test_a_name_line_beside_a_dateline_past_a_reading_time():
    lines = ["Why the bridge is closing", "Gopal Singh Panwar", "8 min", "29th August, 2023", BODY, BODY]
    assert _chosen_byline(lines, {4, 5}, headline=0) == [(1, "Gopal Singh Panwar")]
    # a menu entry two lines away, past a word that is not a figure, is nobody
    lines = ["Why the bridge is closing", "Research and Innovation", "Nutrition", "29th August, 2023", BODY, BODY]
    assert _chosen_byline(lines, {4, 5}, headline=0) == []
    # nor is a button beside the date
    lines = ["Get Started", "December 17, 2025 • 8 minutes", "Why the bridge is closing", BODY, BODY]
    assert _chosen_byline(lines, {3, 4}, headline=2) == []


def test_a_name_line_with_its_outlet_beside_a_dateline():
    lines = ["Why the bridge is closing", "Vidya Pinandhita - detikHealth", "Kamis, 02 Nov 2023 20:59 WIB", BODY, BODY]
    assert _chosen_byline(lines, {3, 4}, headline=0) == [(1, "Vidya Pinandhita")]
    lines = ["Why the bridge is closing", "Vidya Pinandhita - the health desk of a paper", "02 Nov 2023", BODY, BODY]
    assert _chosen_byline(lines, {3, 4}, headline=0) == []


def test_a_name_line_beside_a_time_of_day_under_the_headline():
    lines = ["Why the bridge is closing", "Dnes 9:44", "Hana Jakubčíková", "Facebook Twitter", BODY, BODY]
    assert _chosen_byline(lines, {4, 5}, headline=0) == [(2, "Hana Jakubčíková")]
    # a time far from the headline dates nothing of the article
    lines = ["Why the bridge is closing", BODY, BODY, "Dnes 9:44", "Hana Jakubčíková", BODY]
    assert _chosen_byline(lines, {1, 2, 5}, headline=0) == []


def test_a_name_after_the_date_on_a_dateline():
    lines = ["Why the bridge is closing", "Published August 7, 2023 by Nicole Burke", BODY, BODY]
    assert _chosen_byline(lines, {2, 3}, headline=0) == [(1, "Nicole Burke")]


def test_a_dateline_signed_after_a_separator_or_with_a_role():
    lines = ["Why the bridge is closing", "Dec. 19, 2025 · Nicole Burke on behalf of the council", BODY, BODY]
    assert _chosen_byline(lines, {2, 3}, headline=0) == [(1, "Nicole Burke")]
    lines = ["Why the bridge is closing", "12/19/2025 • Weekly Review • Nicole Burke", BODY, BODY]
    assert _chosen_byline(lines, {2, 3}, headline=0) == [(1, "Nicole Burke")]
    lines = ["Why the bridge is closing", "03/01/2017 by Nicole Burke, Representative to the Liaison Committee",
             BODY, BODY]
    assert _chosen_byline(lines, {2, 3}, headline=0) == [(1, "Nicole Burke")]
    # a sentence that holds a date and a name is no dateline
    lines = ["Why the bridge is closing", "On 3 May 2024 Nicole Burke said the bridge would close for many weeks",
             BODY, BODY]
    assert _chosen_byline(lines, {1, 2, 3}, headline=0) == []


def test_a_name_line_above_the_body_that_its_closing_lines_tell_about():
    lines = ["Julia Gralberg", "Hotel travel hacks", BODY, BODY,
             "Julia Gralberg is a freelance travel writer and the editor of a hotel guide."]
    assert _chosen_byline(lines, {2, 3, 4}, headline=1) == [(0, "Julia Gralberg")]
    # a menu entry that a footer line repeats is not an author
    lines = ["Tablet Consolidation", "Hotel travel hacks", BODY, BODY, "Tablet Consolidation Centralized Reporting."]
    assert _chosen_byline(lines, {2, 3}, headline=1) == []


def test_name_lines_with_roles_credentials_or_several_people():
    from newsclean.names import is_role_line, name_of_line

    assert name_of_line("Audrey Huang, Print Managing Editor") == "Audrey Huang"
    assert name_of_line("Dylan Bailey, MS, RD, FAND") == "Dylan Bailey"
    assert name_of_line("Rui Ma, Heba Ledwon & Suparn Patra") == "Rui Ma, Heba Ledwon & Suparn Patra"
    assert name_of_line("Patients and Families, Technology, Treatment") is None  # tags, not a role
    assert name_of_line("Chris Radich,") == "Chris Radich"
    assert is_role_line("Content Editor") and is_role_line("Senior Staff Writer")
    assert not is_role_line("Book now") and not is_role_line("Contents")


def test_a_name_line_under_the_headline_over_a_job_title():
    lines = ["Why the bridge is closing", "What the council decided", "Juliette Carreiro", "Tech Writer", BODY, BODY]
    assert _chosen_byline(lines, {4, 5}, headline=0) == [(2, "Juliette Carreiro")]
    # far from the headline, a menu entry over "Faculty & Staff" is nobody
    lines = ["Current Students", "Faculty & Staff", "Alumni", "Why the bridge is closing", "What the council decided",
             "Tuesday's vote", BODY, BODY]
    assert _chosen_byline(lines, {6, 7}, headline=3) == []


def test_a_person_named_in_the_article_before_a_user_name():
    from newsclean.cleaners.byline import Byline

    doc = Document("\n".join(["Why the bridge is closing", "Written by BridgeFanJane", BODY, BODY,
                              "Written by Jane Doe-Smith", BODY]))
    doc.headline_line = 0
    for decision in list(Byline()(doc)):
        doc.apply("byline", decision)
    assert [(d.line, d.value) for d in BylineChoice()(doc)] == [(4, "Jane Doe-Smith")]


def _personal_page(title: str, header: str, body: list[str]) -> str:
    return "\n".join([title, "", header, "Posts About Contact", "", "Thoughts on the new bridge", "",
                      "March 3, 2025", "", *body, "", "Copyright 2025. All rights reserved."])


FIRST_PERSON = ["I walked over the old bridge this morning and I was surprised by how quiet the river was.",
                "My neighbours have been talking about the repairs for weeks, and I finally went to see them.",
                "The council says the work will take the whole winter, which seems long to me for a small bridge."]


def test_a_personal_sites_owner_signs_its_posts():
    import newsclean

    page = _personal_page("Thoughts on the new bridge | Sam Bossley", "Sam Bossley", FIRST_PERSON)
    assert newsclean.extract(page).byline == "Sam Bossley"
    # a paper's or a company's site does not speak in the first person
    third = [p.replace("I ", "The mayor ").replace("My ", "Her ").replace(" me ", " her ") for p in FIRST_PERSON]
    assert newsclean.extract(_personal_page("Thoughts on the new bridge | Harbor Times", "Harbor Times",
                                            third)).byline is None
    # a site named in words the page writes in lower case is named after no one
    named = FIRST_PERSON + ["Walking the bridge and talking about the repairs is how I spend my mornings."]
    assert newsclean.extract(_personal_page("Thoughts on the new bridge | Walking Bridge Talking", "Walking Bridge "
                                            "Talking", named)).byline is None
    # a name heading the page that comes back in a long copyright line
    page = _personal_page("Thoughts on the new bridge", "Anil Madhavapeddy", FIRST_PERSON).replace(
        "Copyright 2025. All rights reserved.", "This site is © 1998-2025 Anil Madhavapeddy, all rights reserved, "
        "except where the content is otherwise licensed under a licence of its own that its page names.")
    assert newsclean.extract(page).byline == "Anil Madhavapeddy"
    assert newsclean.extract(page.replace("© 1998-2025 Anil", "© 1998-2025 Ann")).byline is None
    # the name on the title alone is not enough
    assert newsclean.extract(_personal_page("Thoughts on the new bridge | Sam Bossley", "Home", FIRST_PERSON)
                             ).byline is None


def test_reporter_words_end_in_the_characters_looked_for_first():
    # a page is searched for the words only when it holds one of their last characters
    assert {word[-1] for word in REPORTER_WORDS} <= set(REPORTER_WORD_ENDS)
