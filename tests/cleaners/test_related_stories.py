from newsclean.cleaners.related_stories import RelatedStories

from ..conftest import dropped, run_cleaner


def test_headers_teasers_and_their_headlines_go():
    doc = run_cleaner(RelatedStories(), [
        "Related stories",
        "New Glasgow office creates new jobs",
        "The UK’s nuclear engineering capabilities will be enhanced as...",
        "Read more: Markets fall on rate fears",
        "Lesen Sie auch",
        "Läs mer om",
        "Alte ştiri de Unica.md",
        "More Washington Examiner",
    ])
    reasons = dropped(doc)
    assert reasons[0] == "related-stories header 'Related stories'"
    assert reasons[1] == "teaser headline above a truncated summary"
    assert reasons[2] == 'teaser ending in "..."'
    assert set(reasons) == {0, 1, 2, 3, 4, 5, 6, 7}
    assert doc.section_breaks == {0, 4, 5, 6, 7}


def test_sentences_that_end_in_a_quote_stay():
    doc = run_cleaner(RelatedStories(), [
        "She paused. “We will see what happens next.”",
        "The latest figures were released on Friday by the statistics office.",
    ])
    assert dropped(doc) == {}


def test_headers_in_other_languages_go():
    lines = ["関連記事（外部サイト）", "เรื่องที่เกี่ยวข้อง", "Berita Terkait", "İlgili Haberler", "أخبار ذات صلة",
             "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux."]
    assert set(dropped(run_cleaner(RelatedStories(), lines))) == {0, 1, 2, 3, 4}


def test_a_ticker_of_timed_headlines_goes_but_times_in_prose_stay():
    doc = run_cleaner(RelatedStories(), [
        "08:45 Council closes the old bridge 08:38 Storm cuts power to the valley 08:16 Schools reopen on Monday",
        "00:31 Fire on Main Street 00:29 Mayor resigns",
        "The meeting ran from 10:00 to 12:00, and the council voted to close the bridge for the winter.",
    ])
    assert dropped(doc) == {0: "a ticker of timed headlines", 1: "a ticker of timed headlines"}


def test_teasers_under_a_related_header_go_but_a_table_under_a_heading_stays():
    doc = run_cleaner(RelatedStories(), [
        "Latest news",
        "Council closes the old bridge",
        "The council voted on Tuesday to close the bridge for repairs over the winter months",
        "Storm cuts power to the valley",
        "Thousands of homes were without power overnight after the storm brought down lines",
        "The bridge will reopen in the spring, the council said.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4}
    assert dropped(doc)[1] == "teaser headline under a related-stories header"
    doc = run_cleaner(RelatedStories(), [
        "Platform Recommended Posting Frequency",
        "YouTube Long-form video",
        "Tutorials, reviews and vlogs, one to three times a week",
        "LinkedIn Professional content",
        "Articles, industry insights and job postings once or twice a day",
    ])
    assert set(dropped(doc)) == {0}


def test_a_list_of_teaser_headlines_under_a_header_goes():
    prose = "According to the CDC, the plague is treatable with antibiotics if it is caught early enough."
    doc = run_cleaner(RelatedStories(), [
        prose,
        "DON'T MISS",
        "Plague and zoonotic influenza warning: CDC names EIGHT deadly diseases [WARNING]",
        "BLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]",
        prose,
    ])
    assert set(dropped(doc)) == {1, 2, 3}
    assert dropped(doc)[2] == "teaser headline under a related-stories header"
    assert set(dropped(run_cleaner(RelatedStories(), [prose, "Don’t miss", "Plague outbreak hits China again",
                                                      "Holidaymakers die after eating marmot", prose]))) == {1, 2, 3}
    # one short line under a header may be the article's subheading
    doc = run_cleaner(RelatedStories(), [prose, "Related", "Plague in the Middle Ages", prose])
    assert set(dropped(doc)) == {1}


PROSE = ["Most people who start a business try to sell everything to everyone in their first year.",
         "That is why the first thing I ask new clients is which single product they want to be known for."]


def test_a_paragraph_that_trails_off_between_paragraphs_of_text_stays():
    lines = [PROSE[0], "", "Here’s the thing …", "", PROSE[1]]
    assert run_cleaner(RelatedStories(), lines).kept() == (0, 2, 4)


def test_teasers_that_trail_off_one_after_another_go():
    teasers = ["Council votes to close the old bridge for repairs NEW YORK: The city council voted on ...",
               "Engineers find cracks in the supports BOSTON: Two of the supports of the bridge were ..."]
    # in a run of lines with no blank line between, even between paragraphs of text
    lines = [PROSE[0], "", teasers[0], teasers[1], "", PROSE[1]]
    assert set(dropped(run_cleaner(RelatedStories(), lines))) == {2, 3}
    # and a line that trails off with no text on one side
    lines = [PROSE[0], "", "Here’s the thing …", "", "Subscribe"]
    assert 2 in dropped(run_cleaner(RelatedStories(), lines))


def test_a_truncated_cell_of_a_table_s_row_is_data():
    from newsclean.html.reading import html_document

    rows = "".join(f"<tr><td><a href='/{n}'>Provider {n}</a></td><td>{n}00+ free courses on business, design, "
                   "technology…</td></tr>" for n in range(3))
    doc, _ = html_document(f"<html><body><table>{rows}</table><div><a href='/x'>Another story</a></div>"
                           "<div>What the council decided about the bridge and its costs…</div></body></html>")
    assert [doc.texts[d.line] for d in RelatedStories()(doc)] == [
        "What the council decided about the bridge and its costs…", "Another story"]
