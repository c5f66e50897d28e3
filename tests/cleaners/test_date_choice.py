from newsclean.cleaners.date_choice import DateChoice
from newsclean.document import Decision, Document

BODY = "The council voted on Tuesday to close the old bridge for repairs over the winter months."


def _date(lines: list[str], candidates: list[tuple[int, str, bool]], headline: int | None, body: set[int]) -> list:
    doc = Document("\n".join(lines))
    doc.headline_line = headline
    doc.date_candidates = candidates
    for i in range(len(lines)):
        if i not in body:
            doc.apply("main_block", Decision(i, "drop", "outside the main run"))
    return [(d.line, d.value) for d in DateChoice()(doc)]


def test_the_date_under_the_headline_beats_teaser_dates_far_below():
    lines = ["Menu", "4 September 2025", "The headline", BODY, BODY] + ["Teaser", "16 December 2025"] * 3
    candidates = [(1, "2025-09-04", False), (6, "2025-12-16", False), (8, "2025-12-16", False)]
    assert _date(lines, candidates, headline=2, body={3, 4}) == [(1, "2025-09-04")]


def test_a_published_date_beats_an_updated_one_and_far_dates_are_nobodys():
    lines = ["The headline", "Updated 21 November 2019", "Published 20 November 2019", BODY]
    candidates = [(1, "2019-11-21", True), (2, "2019-11-20", False)]
    assert _date(lines, candidates, headline=0, body={3}) == [(2, "2019-11-20")]
    lines = ["1 May 2020"] + ["Menu"] * 60 + ["The headline", BODY]
    assert _date(lines, [(0, "2020-05-01", False)], headline=61, body={62}) == []


def test_under_a_page_title_taken_for_the_headline_the_dates_by_the_body_come_first():
    header = ["The headline | Daily Planet", "Wednesday, 8 July 2020"] + ["Menu"] * 50
    lines = header + ["27 April 2020", BODY, BODY, "Teaser", "20 April 2020"]

    def dated(title_role: bool) -> list:
        doc = Document("\n".join(lines))
        doc.headline_line = 0
        if title_role:
            doc.apply("headline", Decision(0, "drop", "the page title", role="title", value=lines[0]))
        doc.date_candidates = [(1, "2020-07-08", False), (52, "2020-04-27", False), (56, "2020-04-20", False)]
        for i in range(len(lines)):
            if i not in (53, 54):
                doc.apply("main_block", Decision(i, "drop", "outside the main run"))
        return [(d.line, d.value) for d in DateChoice()(doc)]

    assert dated(title_role=True) == [(52, "2020-04-27")]
    assert dated(title_role=False) == [(1, "2020-07-08")]  # under a headline of its own, the date beside it
    # with no date by the body, the one under the title is the page's
    lines[52] = "Menu"
    assert _date(lines, [(1, "2020-07-08", False)], headline=0, body={53, 54}) == [(1, "2020-07-08")]
