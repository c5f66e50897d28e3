from newsclean.cleaners.main_block import MainBlock, MainBlockSettings
from newsclean.document import Decision, Document

from ..conftest import dropped, run_cleaner

MENU = ["Bridge to close for repairs | City News", "Home", "World", "Business", "Sport", "Culture", "Travel",
        "Weather", "Video", "Bridge to close for repairs"]
BODY = [
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic.",
    "Engineers found cracks in two of the supports during an inspection in the spring, the council said.",
    "Repairs",
    "The work is expected to last eight months and cost about four million euros, according to the plan.",
    "Residents who live near the bridge said they welcomed the decision but worried about the noise.",
]
FOOTER = ["About us", "Contact", "Careers", "Privacy"]


def test_rules_keep_the_body_and_its_subheads():
    doc = run_cleaner(MainBlock(MainBlockSettings(line_model=None)), MENU + BODY + FOOTER,
                      headline_line=len(MENU) - 1)
    kept = [doc.texts[i] for i in doc.kept()]
    assert kept == BODY


def test_model_keeps_the_body():
    doc = run_cleaner(MainBlock(), MENU + BODY + FOOTER, headline_line=len(MENU) - 1)
    assert [doc.texts[i] for i in doc.kept()] == BODY
    assert dropped(doc)[0].startswith("before the main run")


def test_the_comment_thread_ends_the_article():
    comments = ["12 Comments", "This is the best article I have read all year, thanks to everyone who wrote it.",
                "I disagree with nearly every word of it, and I have lived next to that bridge for thirty years."]
    doc = run_cleaner(MainBlock(), MENU + BODY + comments,
                      comment_markers=[len(MENU) + len(BODY)], headline_line=len(MENU) - 1)
    assert [doc.texts[i] for i in doc.kept()] == BODY


def test_a_comment_count_in_the_articles_header_does_not_end_it():
    # a standfirst of more than `body_words_before_comments` words, but not 3% of the article's
    standfirst = ["Residents have waited years for the council to act, and the vote on Tuesday finally settled it."] * 3
    body = BODY * 30
    doc = run_cleaner(MainBlock(), MENU + standfirst + ["12 Comments"] + body,
                      comment_markers=[len(MENU) + len(standfirst)], headline_line=len(MENU) - 1)
    assert [doc.texts[i] for i in doc.kept()][-len(body):] == body
    # the same count after the article's prose ends it
    doc = run_cleaner(MainBlock(), MENU + body + ["12 Comments"] + standfirst,
                      comment_markers=[len(MENU) + len(body)], headline_line=len(MENU) - 1)
    kept = [doc.texts[i] for i in doc.kept()]
    assert kept[-len(body):] == body and standfirst[0] not in kept


def test_a_page_without_prose_keeps_nothing():
    doc = run_cleaner(MainBlock(), MENU)
    assert list(doc.kept()) == []


def _spaced(lines: list[str]) -> list[str]:
    """Lines as a page's text gives paragraphs: a blank line after each."""
    return [part for line in lines for part in (line, "")]


TOUR = ["June 9 – West Palm Beach, FL", "June 10 – Tampa, FL", "June 14 – Alpharetta, GA", "June 17 – Nashville, TN",
        "June 19 – Charlotte, NC", "June 20 – Raleigh, NC"]


def _with_list(introducer: str) -> tuple[list[str], list[str]]:
    head = _spaced(MENU)
    lines = head + _spaced(BODY + [introducer]) + TOUR + [""] + _spaced(FOOTER)
    return lines, head


def test_the_items_of_a_list_a_colon_introduces_stay():
    lines, head = _with_list("The band will play these dates next summer:")
    doc = run_cleaner(MainBlock(), lines, headline_line=len(head) - 2)
    kept = [doc.texts[i] for i in doc.kept()]
    assert kept == BODY + ["The band will play these dates next summer:"] + TOUR


def test_a_list_nothing_introduces_goes_with_the_page_around_it():
    lines, head = _with_list("The band will play across the south next summer.")
    doc = run_cleaner(MainBlock(), lines, headline_line=len(head) - 2)
    kept = [doc.texts[i] for i in doc.kept()]
    assert not set(TOUR) & set(kept) and kept[:len(BODY)] == BODY


def test_a_colon_line_over_one_item_makes_no_list():
    lines, head = _with_list("The band will play one date next summer:")
    lines = lines[:lines.index(TOUR[1])] + lines[lines.index(TOUR[-1]) + 1:]
    doc = run_cleaner(MainBlock(), lines, headline_line=len(head) - 2)
    assert TOUR[0] not in [doc.texts[i] for i in doc.kept()]


def test_the_article_does_not_run_across_the_footer():
    # plain rules, so the weights are the lines' lengths: the article (36 words) outweighs either disclaimer, but
    # not the two together, and the page's links between cost more than the article weighs
    article = BODY[:2]
    links = ["About us", "Contact", "Careers", "Privacy", "Advertise", "Jobs", "Archive", "Sitemap", "Help", "Shop",
             "Events", "Awards"]
    before = "The information on this site is general and is not advice of any kind, so readers should ask their own advisers before they act on it."
    after = "Results vary from one reader to the next, and nothing on this site has been checked by any authority or agency."
    footer = "© 2019 City News. All rights reserved."
    lines = MENU + article + links + [before, footer, after]

    def kept(footer_known: bool) -> list[str]:
        doc = Document("\n".join(lines))
        doc.headline_line = len(MENU) - 1
        doc.apply("nav_junk", Decision(lines.index(footer), "drop", "footer (copyright, terms, privacy)"))
        if footer_known:
            doc.footer_lines.add(lines.index(footer))
        for decision in list(MainBlock(MainBlockSettings(line_model=None))(doc)):
            doc.apply("main_block", decision)
        return [doc.texts[i] for i in doc.kept()]

    assert kept(footer_known=True) == article
    assert kept(footer_known=False) == [before, after]


def test_a_list_set_as_short_paragraphs_stays_with_its_colon_line():
    picks = ["Klein Tools RT110 Outlet Tester", "Fluke T5-1000 Electrical Tester", "Sperry Instruments STK001 Kit"]
    head = _spaced(MENU)
    for introducer, stays in (("Our experts recommend these testers:", True),
                              ("Our experts recommend these testers.", False)):
        lines = head + _spaced(BODY + [introducer] + picks) + _spaced(FOOTER)
        doc = run_cleaner(MainBlock(), lines, headline_line=len(head) - 2)
        kept = [doc.texts[i] for i in doc.kept()]
        assert (kept[-len(picks):] == picks) is stays, introducer
    # a sentence among them ends the list
    lines = head + _spaced(BODY + ["Our experts recommend these testers:", picks[0],
                                   "Every one of them is sold in most hardware stores.", picks[1], picks[2]])
    doc = Document("\n".join(lines))
    assert MainBlock().introduced_items(doc, list(range(len(doc)))) == set()
    # ...and so does a list of one item; two make one
    lines[lines.index("Every one of them is sold in most hardware stores.")] = picks[2]
    doc = Document("\n".join(lines))
    assert MainBlock().introduced_items(doc, list(range(len(doc)))) == \
        {i for i, text in enumerate(lines) if text in picks}


def test_a_full_width_colon_introduces_a_list_too():
    lines = ["乐队明年夏天的巡演日期如下：", "6月9日 西棕榈滩", "6月10日 坦帕", "6月14日 阿尔法利塔", ""]
    doc = Document("\n".join(lines))
    assert MainBlock().introduced_items(doc, list(range(len(doc)))) == {1, 2, 3}


def test_a_table_inside_the_article_is_crossed_and_one_after_it_is_not_taken_in():
    table = ["Connecticut 91.0", "New Jersey 87.8", "Massachusetts 85.7", "Rhode Island 84.5", "Celery 80g 160g 320g",
             "Carrots 4 8 16"] * 8
    body = _spaced(BODY[:2]) + table + [""] + _spaced(BODY[3:])
    doc = run_cleaner(MainBlock(), MENU + body + table, headline_line=len(MENU) - 1)
    kept = [doc.texts[i] for i in doc.kept()]
    assert kept[kept.index(BODY[0]):] == BODY[:2] + table + BODY[3:]
    # titles with a number in them are no rows of data: a list of them is not crossed
    teasers = ["15 Amazing Images of Stars", "The 11 Biggest Questions About Dark Matter", "Why 2024 was so hot"] * 16
    doc = run_cleaner(MainBlock(), MENU + _spaced(BODY[:2]) + teasers + [""] + _spaced(BODY[3:]),
                      headline_line=len(MENU) - 1)
    kept = [doc.texts[i] for i in doc.kept()]
    assert not (BODY[0] in kept and BODY[3] in kept)
