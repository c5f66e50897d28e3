from newsclean.cleaners.comments import Comments

from ..conftest import dropped, run_cleaner


def test_markers_are_noted():
    doc = run_cleaner(Comments(), [
        "The article ends here.",
        "34 Comments",
        "joetoronto says:",
        "2 days ago at 07:52 am",
        "Leave a Reply",
        "[ 167 comments ]",
    ])
    assert set(dropped(doc)) == {1, 2, 3, 4, 5}
    assert doc.comment_markers == [1, 2, 3, 4, 5]


def test_prose_about_comments_stays():
    doc = run_cleaner(Comments(), ["The minister's comments drew criticism from the opposition on Monday."])
    assert dropped(doc) == {}


def test_sentences_that_introduce_quotes_or_count_things_are_not_markers():
    doc = run_cleaner(Comments(), [
        "In a statement, the council said:",
        "The survey drew 1200 responses.",
        "Bob. Just Bob. says:",
    ])
    assert set(dropped(doc)) == {2}


def test_comment_thread_openings_in_other_languages():
    doc = run_cleaner(Comments(), [
        "Kommentar schreiben",
        "Tous les commentaires (12)",
        "إضافة تعليق",
        "Все комментарии",
        "Escribe un comentario sobre el tiempo de mañana en la ciudad.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3}


def test_every_comment_phrase_holds_a_stem_the_page_is_scanned_for():
    from newsclean.cleaners.comments import COMMENT_PHRASES, PHRASE_STEMS

    assert [p for p in COMMENT_PHRASES if not any(stem in p for stem in PHRASE_STEMS)] == []


def test_the_comment_forms_cancel_reply_link_marks_the_form():
    doc = run_cleaner(Comments(), [
        "Leave a Reply Cancel reply",
        "Share your thoughts Cancel reply",
        "Lascia un commento Annulla risposta",
        "Cancel reply",
        "The council voted to cancel reply cards sent to residents last year after complaints.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3}
    assert doc.comment_markers == [0, 1, 2, 3]


def test_a_comment_count_that_repeats_the_headline_still_marks_the_thread():
    from newsclean.document import Decision, Document

    doc = Document("\n".join(["The bridge closes", "The article ends here.",
                              "59 Comments on “The bridge closes”", "Jane Doe", "I drive over it daily."]))
    doc.apply("headline", Decision(2, "drop", "a copy of the headline (94% alike)"))
    for decision in Comments()(doc):
        doc.apply("comments", decision)
    assert doc.comment_markers == [2]


def test_a_headline_copy_whose_count_goes_on_in_the_next_line_marks_the_thread():
    from newsclean.document import Decision, Document

    doc = Document("\n".join(["The bridge closes", "The article ends here.", "The bridge closes 59", "",
                              "Comments", "Jane Doe", "The bridge closes in 2024", "Jane Doe"]))
    for line in (2, 6):
        doc.apply("headline", Decision(line, "drop", "a copy of the headline (94% alike)"))
    for decision in Comments()(doc):
        doc.apply("comments", decision)
    assert doc.comment_markers == [2]


def test_a_newsletter_platforms_discussion_header_marks_the_thread():
    doc = run_cleaner(Comments(), ["The article ends here.", "Discussion about this post"])
    assert doc.comment_markers == [1]
