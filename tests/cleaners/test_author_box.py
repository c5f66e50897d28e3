from newsclean.cleaners.author_box import AuthorBox
from newsclean.document import Decision, Document

BODY = "The council voted on Tuesday to close the old bridge for repairs over the winter months."


def box_dropped(lines: list[str], byline: str) -> list[int]:
    doc = Document("\n".join(lines))
    doc.apply("byline_choice", Decision(0, "mark", "the byline", role="byline", value=byline))
    return [d.line for d in AuthorBox()(doc) if d.action == "drop"]


def test_the_name_over_a_line_about_the_author_goes_past_a_job_title():
    lines = [BODY, BODY, "Jane Doe", "Contributing Writer", "Jane is a freelance writer who lives in Leeds.",
             "Did you find the article helpful?"]
    assert box_dropped(lines, "Jane Doe") == [2, 3, 4, 5]


def test_a_box_glued_on_one_line_goes():
    lines = [BODY, "Jane Doe, CFP® Jane Doe is a retirement planning expert who has written for ten years."]
    assert box_dropped(lines, "Jane Doe") == [1]


def test_the_article_naming_its_author_stays():
    # a quote's attribution at the end, and a name line that nothing about the person follows
    lines = [BODY, "Jane Doe", BODY, "Jane said the work would take a year."]
    assert box_dropped(lines, "Jane Doe") == []
    assert box_dropped([BODY, "Jane Doe is a freelance writer."], "John Roe") == []


def test_a_box_headed_about_the_person_goes_without_a_byline():
    lines = [BODY, BODY, "Über Moritz Becker", "Als Redakteur schreibt Moritz Becker seit 2015 über Verkehr."]
    assert box_dropped(lines, "") == [2, 3]
    # a section about a place, or a name the next line does not mention, stays
    assert box_dropped([BODY, "About Leeds", "Leeds is a city in Yorkshire."], "") == []
    assert box_dropped([BODY, "About Jane Doe", BODY], "") == []


def test_a_sentence_about_the_author_at_the_end_goes_with_the_job_title_over_it():
    # the byline gives the first names alone; the box's name line may be gone already (a link, in HTML)
    lines = [BODY, BODY, "Contributing Writer", "Jane Ann Doe is a freelance writer who lives in Leeds."]
    assert box_dropped(lines, "Jane Ann") == [2, 3]
    assert box_dropped([BODY, "(Jane Doe is an associate attorney at Doe & Roe.)"], "Jane Doe") == [1]


def test_a_sentence_about_someone_the_page_shows_by_name_goes_without_a_byline():
    lines = ["Jane Doe", BODY, BODY, "Jane Doe is a freelance travel writer and editor."]
    assert box_dropped(lines, "") == [3]


def test_a_last_sentence_about_someone_else_stays():
    lines = [BODY, "John Roe is the council's leader and has held the post since 2019."]
    assert box_dropped(lines, "Jane Doe") == []
    # the author's name, but no sentence about the author
    assert box_dropped([BODY, "Jane Doe said the bridge would reopen in spring."], "Jane Doe") == []


def test_a_note_on_how_to_reach_the_author_goes_to_the_body_s_end():
    assert box_dropped([BODY, BODY, "Write to Jane Doe at jane.doe@example.com"], "") == [2]
    lines = [BODY, BODY, "___", "Follow the full coverage of the election at https://example.com/election",
             "Reach the reporters on Twitter at @janedoe and @johnroe."]
    assert box_dropped(lines, "") == [2, 3, 4]


def test_the_article_s_own_contact_details_stay():
    # no address or handle, or a sentence of the article that names one before its end
    assert box_dropped([BODY, "Contact the council's office to book a place."], "") == []
    lines = [BODY, "Write to the council at office@example.gov if you object.", BODY, BODY, BODY, BODY]
    assert box_dropped(lines, "") == []
