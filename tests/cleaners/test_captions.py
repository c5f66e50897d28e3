from newsclean.cleaners.captions import Captions
from newsclean.document import Decision, Document

from ..conftest import dropped, run_cleaner


def test_credits_go():
    doc = run_cleaner(Captions(), [
        "President Biden speaks in Washington. (AP Photo/Evan Vucci)",
        "Photo: Getty Images",
        "Image credit: NASA",
        "The photograph, taken in 1936, shows the harbour before the war.",
    ])
    assert set(dropped(doc)) == {0, 1, 2}


def test_agency_captions_with_weekday_and_date_go():
    doc = run_cleaner(Captions(), [
        "Mayor Pete Buttigieg speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las Vegas.",
        "The fundraiser on Sunday, Nov. 17, 2019, raised more than expected, organisers said.",
        "Reporting by Jane Doe; editing by John Roe",
    ])
    assert set(dropped(doc)) == {0, 2}


def test_long_agency_and_gallery_captions_go():
    from newsclean.cleaners.captions import Captions

    agency = ("Indiana teachers wearing red carry signs as they hold a rally at the Statehouse in Indianapolis to call "
              "on lawmakers to raise their pay and to give more money to the schools of the state, Tuesday, Nov. 19, "
              "2019, in Indianapolis.")
    gallery = "2 of 4 A shopper looks at extension cords at a hardware store on the main street of the town."
    prose = ("The teachers say that their pay has fallen behind that of every neighbouring state over the last ten "
             "years, and that the schools of the state cannot keep the teachers they train for more than a few years.")
    doc = run_cleaner(Captions(), [agency, gallery, prose])
    assert set(dropped(doc)) == {0, 1}


CAPTION = "An artist's concept of a moon lander on the surface of the moon."
BODY = "The space agency picked five companies on Monday to build landers for its return to the moon."


def test_the_caption_over_a_credit_goes_and_so_do_its_copies():
    doc = run_cleaner(Captions(), ["", CAPTION, "(Image: NASA)", "", BODY, "", CAPTION, ""])
    assert dropped(doc) == {1: "caption over its credit (line 2)", 2: "photo caption or credit ('(image:')",
                            6: "a copy of the caption on line 1"}


def test_a_credit_dropped_already_still_marks_its_caption():
    doc = Document("\n".join(["", CAPTION, "Jane Doe | Getty Images", "", BODY]))
    doc.apply("nav_junk", Decision(2, "drop", "breadcrumb trail"))
    for decision in Captions()(doc):
        doc.apply("captions", decision)
    assert dropped(doc) == {1: "caption over its credit (line 2)", 2: "breadcrumb trail"}


def test_a_credit_of_the_text_marks_no_caption():
    doc = run_cleaner(Captions(), ["", BODY, "Reporting by Jane Doe", ""])
    assert set(dropped(doc)) == {2}


def test_body_lines_run_on_without_blank_lines_are_no_captions():
    # a page whose paragraphs follow each other with no blank line: a credit-like line does not take the one above
    doc = run_cleaner(Captions(), [BODY, BODY.replace("five", "six"), "Photo: Getty Images", BODY.replace("five", "two")])
    assert set(dropped(doc)) == {2}


def test_a_short_line_or_a_colon_line_over_a_credit_stays():
    doc = run_cleaner(Captions(), ["", "Pointer to commits", "Photo: Getty Images", ""])
    assert set(dropped(doc)) == {2}
    doc = run_cleaner(Captions(), ["", "The moon lander, as the company drew it:", "Photo: Getty Images", ""])
    assert set(dropped(doc)) == {2}
