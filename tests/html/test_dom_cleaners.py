"""The cleaners that read DOM evidence: dom_boilerplate, dom_container, dom_main_block."""
import newsclean
from newsclean.cleaners.dom_boilerplate import DomBoilerplate
from newsclean.cleaners.dom_container import DomContainer, prose_container, repeats_summary
from newsclean.cleaners.dom_main_block import DomMainBlock
from newsclean.document import Document
from newsclean.html.reading import html_document

from ..conftest import dropped, reasons_by_text, run_cleaner

PROSE = [f"Paragraph {n} of the story tells what the council decided and why it matters to the town." for n in range(6)]


def run(cleaner, page: str) -> Document:
    doc, _ = html_document(page)
    for decision in list(cleaner(doc)):
        doc.apply(cleaner.name, decision)
    return doc


def test_boilerplate_containers_are_judged_by_the_nearest_mark():
    page = ("<html><body><div class='has-sidebar'><article>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<nav><a href='/1'>Previous story</a></nav></article>"
            + "<aside><article><p>A teaser that is an article element inside the sidebar.</p></article></aside>"
            + "</div><div class='comments'><p>First!</p></div></body></html>")
    doc = run(DomBoilerplate(), page)
    reasons = reasons_by_text(doc)
    assert reasons == {"Previous story": "inside <nav>",
                       "A teaser that is an article element inside the sidebar.": "inside <aside>",
                       "First!": "inside <div> marked comments"}


def test_link_lists_go_for_their_links():
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE) + \
           "<div><a href='/a'>Another story</a></div><p>A <a href='/b'>linked word</a> in a sentence stays here.</p></body></html>"
    doc = run(DomBoilerplate(), page)
    assert list(dropped(doc).values()) == ["link text (100% of the line)"]


def test_the_container_of_the_prose_and_what_stands_outside_it():
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
            "<div><p>A comment below the story that reads like prose, says a reader.</p></div></body></html>")
    doc, _ = html_document(page)
    element, depth = prose_container(doc)
    assert all(doc.evidence[i].path[depth] == element for i in range(6))
    doc = run(DomContainer(), page)
    assert list(dropped(doc)) == [6]


def test_dom_main_block_keeps_the_lists_inside_the_article_element():
    items = "".join(f"<li>Short item {n}</li>" for n in range(12))
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[:3]) + f"<ul>{items}</ul>"
            + "".join(f"<p>{p}</p>" for p in PROSE[3:]) + "</div></body></html>")
    doc, _ = html_document(page)
    kept_by_dom = {i for i in doc.kept()} - {d.line for d in DomMainBlock()(doc)}
    assert {doc.texts[i] for i in kept_by_dom} >= {f"Short item {n}" for n in range(12)}


def test_evidence_cleaners_do_nothing_on_text():
    doc = Document("\n".join(["Title"] + PROSE + ["Home", "About"]))
    assert list(DomContainer()(doc)) == []
    assert list(DomMainBlock()(doc)) == list(newsclean.default_pipeline()["main_block"](doc))


def test_one_long_paragraph_is_not_the_article_element():
    long = " ".join(PROSE * 4)
    page = ("<html><body><div id='story'><p>" + long + "</p>" + "".join(f"<p>{p}</p>" for p in PROSE[:2])
            + "</div></body></html>")
    doc, _ = html_document(page)
    element, depth = prose_container(doc)
    assert doc.evidence[0].path[depth] == element and len(doc.evidence[0].path) > depth + 1
    assert list(DomContainer()(doc)) == []


def test_cards_of_a_teaser_list_go_and_an_articles_list_stays():
    page = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<ul><li>Plain item one</li><li>Plain item two</li></ul>"
            + "<ul class='stories'><li><div>Storm damage in pictures</div><h3>Next story</h3></li></ul></body></html>")
    doc = run(DomBoilerplate(), page)
    assert reasons_by_text(doc) == {
        "Storm damage in pictures": "a <div> card in a list", "Next story": "a <h3> card in a list"}


def test_form_controls_go_and_long_buttons_stay():
    page = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<select><option>Politics</option><option>Sport</option></select><button>Load more</button>"
            + "<button>Why does the council meet on Tuesdays in the town?</button></body></html>")
    doc = run(DomBoilerplate(), page)
    assert reasons_by_text(doc) == {
        "Politics": "a form control (<option>)", "Sport": "a form control (<option>)",
        "Load more": "a form control (<button>)"}


def test_author_boxes_bylines_and_print_headers_are_boilerplate():
    page = ("<html><body><div class='story'>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<div class='author-bio'><p>Jane Roe writes about councils and the towns they serve.</p></div>"
            + "<p class='byline'>By Jane Roe</p><div class='print-header'>https://example.com/story</div>"
            + "</div></body></html>")
    doc = run(DomBoilerplate(), page)
    assert sorted(doc.texts[i] for i in dropped(doc)) == [
        "By Jane Roe", "Jane Roe writes about councils and the towns they serve.", "https://example.com/story"]


def test_dom_main_block_keeps_the_lines_of_the_element_named_as_the_body():
    # too little prose for a prose container: the body's name shows where the article stands
    rows = "".join(f"<p>Round {n}: {n} March, Riverside</p>" for n in range(1, 13))
    page = ("<html><body><h1>The season's calendar</h1><div class='article-body'>" + rows
            + "</div><div><p>Readers' comments that break the rules will not be approved by the moderators.</p>"
            + "</div></body></html>")
    doc, _ = html_document(page)
    plain = {d.line for d in newsclean.default_pipeline()["main_block"](doc)}
    rows_at = {i for i, t in enumerate(doc.texts) if t.startswith("Round ")}
    assert rows_at & plain  # main_block alone leaves the short rows out
    assert not rows_at & {d.line for d in DomMainBlock()(doc)}


def test_repeated_paragraphs_of_one_element_stay_and_copies_elsewhere_go():
    from newsclean.cleaners.repeats import Repeats

    step = "Containers: one green, one red, one yellow, one teaspoon."
    page = ("<html><body><div class='recipe'><p>" + step + "</p><p>Eat an hour before your workout.</p><p>" + step
            + "</p></div><div class='gallery-strip'><p>" + step + "</p></div></body></html>")
    doc = run(Repeats(), page)
    assert list(dropped(doc)) == [3]
    assert list(dropped(run_cleaner(Repeats(), [step, "Eat an hour before your workout.", step]))) == [2]


def test_teaser_articles_beside_the_pages_article_go():
    teasers = "".join(f"<article><h2>Other story {n}</h2><p>A summary of another story the site ran this week, "
                      f"number {n}.</p></article>" for n in range(3))
    page = ("<html><body><article><h1>Council votes</h1>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "</article>" + teasers + "</body></html>")
    doc = run(DomBoilerplate(), page)
    gone = {doc.texts[i] for i, r in dropped(doc).items() if r == "inside an <article> other than the page's"}
    assert gone == {f"Other story {n}" for n in range(3)} | {
        f"A summary of another story the site ran this week, number {n}." for n in range(3)}


def test_an_article_inside_the_pages_article_is_its_body_not_a_teaser():
    teasers = "".join(f"<article><h2>Other story {n}</h2><p>A summary of another story the site ran this week, "
                      f"number {n}.</p></article>" for n in range(3))
    page = ("<html><body><article><h1>Council votes</h1><article>" + "".join(f"<p>{p}</p>" for p in PROSE[:2])
            + "</article></article>" + teasers + "</body></html>")
    doc = run(DomBoilerplate(), page)
    gone = {doc.texts[i] for i, r in dropped(doc).items() if r == "inside an <article> other than the page's"}
    assert not gone & set(PROSE) and "Other story 0" in gone


def test_microdata_that_describes_the_page_goes_but_a_cited_address_in_the_body_stays():
    page = ("<html><body><article><h1>Council votes</h1><div itemprop='articleBody'>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + "<p>www.example.org</p></div>"
            "<div class='meta'><div itemprop='image'>https://cdn.example.com/img/1.jpg</div>"
            "<div itemprop='publisher'><div itemprop='name'>Example News Network</div></div>"
            "<div itemprop='mainEntityOfPage'>https://example.com/council-votes</div></div>"
            "</article></body></html>")
    doc = run(DomBoilerplate(), page)
    gone = {doc.texts[i] for i in dropped(doc)}
    assert {"https://cdn.example.com/img/1.jpg", "Example News Network", "https://example.com/council-votes"} <= gone
    assert "www.example.org" not in gone and not gone & set(PROSE)


def test_articles_of_like_size_without_a_headline_among_them_all_stay():
    sections = "".join("<article>" + "".join(f"<p>{p}</p>" for p in PROSE[:2]) + "</article>" for _ in range(3))
    doc = run(DomBoilerplate(), "<html><body><h1>Costs</h1>" + sections + "</body></html>")
    assert dropped(doc) == {}


def test_dates_of_embedded_posts_and_table_cells_are_no_datelines():
    from newsclean.cleaners.dateline import Dateline

    page = ("<html><body><p>March 3, 2024</p>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<blockquote class='twitter-tweet'><p>The vote is in.</p>— Town Council (@council) March 2, 2024"
            + "</blockquote><table><tr><td>1/1/2013</td><td>$420,000</td></tr></table></body></html>")
    doc = run(Dateline(), page)
    assert {doc.texts[i] for i in dropped(doc)} == {"March 3, 2024"}
    # the same lines read as text are datelines
    text = run_cleaner(Dateline(), ["March 3, 2024"] + PROSE
                       + ["— Town Council (@council) March 2, 2024", "1/1/2013"])
    assert len(dropped(text)) == 3


def test_a_lone_div_in_a_list_item_is_the_items_text():
    page = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<ul><li><div>Spending is set to triple by the end of the decade.</div></li>"
            + "<li><div>Three providers hold most of the market.</div></li></ul></body></html>")
    assert dropped(run(DomBoilerplate(), page)) == {}


def test_a_paragraph_among_running_text_is_no_teaser_nor_breadcrumb():
    from newsclean.cleaners.nav_junk import NavJunk
    from newsclean.cleaners.related_stories import RelatedStories

    trailing = "Here is the thing …"
    trail = "Home > Guides > Moving"
    page = ("<html><body><div class='story'><p>" + PROSE[0] + "</p><p>" + trailing + "</p><p>" + PROSE[1]
            + "</p><p>" + trail + "</p><p>" + PROSE[2] + "</p></div>"
            + "<div class='cards'><p>" + trailing + "</p><p>" + trail + "</p></div></body></html>")
    doc = run(RelatedStories(), page)
    assert [doc.texts[i] for i in dropped(doc)] == [trailing]
    assert list(dropped(doc))[0] > 4  # the card's copy, not the paragraph's
    doc = run(NavJunk(), page)
    assert [i for i in dropped(doc) if doc.texts[i] == trail] == [6]


def test_a_small_form_is_furniture_and_a_page_wide_form_is_a_wrapper():
    signup = "<form><p>Get the best deals texted right to your phone every morning.</p><button>Sign up</button></form>"
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE) + signup + "</body></html>"
    doc = run(DomBoilerplate(), page)
    assert "inside <form>" in dropped(doc).values()
    wrapped = "<html><body><form>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</form></body></html>"
    assert dropped(run(DomBoilerplate(), wrapped)) == {}


def test_calls_to_action_excerpts_and_sticky_bars_are_boilerplate():
    page = ("<html><body><div class='story'>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<div class='post-cta'><p>Enjoyed this? Try our planner free for fourteen days.</p></div>"
            + "<p class='entry-excerpt'>The council's budget vote, in brief, for readers in a hurry.</p>"
            + "<div class='sticky-bar'><p>Read the full budget papers here today.</p></div></div></body></html>")
    doc = run(DomBoilerplate(), page)
    assert sorted(dropped(doc).values()) == ["inside <div> marked cta", "inside <div> marked sticky",
                                             "inside <p> marked excerpt"]


def test_footnotes_and_highlight_boxes_are_boilerplate():
    page = ("<html><body><div class='story'>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<section class='footnotes'><p>1. Budget papers of the town council, 2024.</p></section>"
            + "<div class='article-highlights'><p>The budget passed by one vote.</p></div></div></body></html>")
    doc = run(DomBoilerplate(), page)
    assert sorted(dropped(doc).values()) == ["inside <div> marked highlights", "inside <section> marked footnotes"]


def test_an_item_repeated_in_another_list_of_the_same_element_stays():
    from newsclean.cleaners.repeats import Repeats

    item = "a small handful of unsalted peanuts or almonds"
    page = ("<html><body><div class='plan'><ul><li>" + item + "</li><li>Monday's lunch of soup and bread</li></ul>"
            "<ul><li>" + item + "</li><li>Tuesday's lunch of rice and beans</li></ul></div>"
            "<div class='promo'><ul><li>" + item + "</li></ul></div></body></html>")
    doc = run(Repeats(), page)
    assert list(dropped(doc)) == [4]


def test_elements_hidden_on_phones_alone_are_furniture_unless_they_hold_the_page():
    teasers = "".join(f"<p class='d-none d-sm-block'>A summary of another trip the site ran, number {n}.</p>"
                      for n in range(2))
    page = ("<html><body><div class='story'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>" + teasers
            + "<p class='overflow-hidden'>A closing line of the story that every screen shows.</p></body></html>")
    doc = run(DomBoilerplate(), page)
    assert sorted(dropped(doc)) == [6, 7]
    assert set(dropped(doc).values()) == {"inside <p> hidden on small screens"}
    desktop = ("<html><body><div class='d-none d-md-block'>" + "".join(f"<p>{p}</p>" for p in PROSE)
               + "</div></body></html>")
    assert dropped(run(DomBoilerplate(), desktop)) == {}


def test_a_questions_section_after_the_articles_element_stays():
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
            "<div class='post-faq'><h3>When does the council meet?</h3>"
            "<p>It meets on the first Tuesday, says the clerk.</p></div>"
            "<div><p>A comment below the story that reads like prose, says a reader.</p></div></body></html>")
    doc = run(DomContainer(), page)
    assert [doc.texts[i] for i in dropped(doc)] == ["A comment below the story that reads like prose, says a reader."]


def test_a_web_address_written_out_is_no_link_line():
    page = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<p><a href='https://example.org/budget'>https://example.org/budget</a></p>"
            + "<p><a href='/next'>Next story</a></p></body></html>")
    doc = run(DomBoilerplate(), page)
    assert [doc.texts[i] for i in dropped(doc)] == ["Next story"]


def test_linked_headings_that_introduce_prose_in_the_article_stay_and_teaser_links_go():
    entries = "".join(f"<h2><a href='/p{n}'>Product {n}</a></h2><p>{PROSE[n]}</p>" for n in range(3))
    teasers = "<ul>" + "".join(f"<li><h3><a href='/t{n}'>Another story {n}</a></h3></li>" for n in range(3)) + "</ul>"
    # the last teaser of the list is followed by the article's text too
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[3:5]) + entries + teasers
            + f"<p>{PROSE[5]}</p></div><div><h2><a href='/x'>Elsewhere</a></h2><p>" + PROSE[0]
            + "</p></div></body></html>")
    doc = run(DomBoilerplate(), page)
    gone = {doc.texts[i] for i in dropped(doc)}
    assert gone == {f"Another story {n}" for n in range(3)} | {"Elsewhere"}


def test_linked_table_cells_in_the_article_stay():
    rows = "".join(f"<tr><td><a href='/c{n}'>Company {n}</a></td><td>{n}0 staff</td></tr>" for n in range(3))
    # a table laid out to frame one link in the text is no data
    inset = "<table><tr><td><div><a href='/r'>Read also: the budget vote</a></div></td></tr></table>"
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[:3]) + inset
            + "".join(f"<p>{p}</p>" for p in PROSE[3:]) + f"<table>{rows}</table>"
            + "</div><table><tr><td><a href='/home'>Home</a></td></tr></table></body></html>")
    doc = run(DomBoilerplate(), page)
    assert [doc.texts[i] for i in dropped(doc)] == ["Read also: the budget vote", "Home"]


def test_a_caption_without_attributes_goes_by_its_own_tag():
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<figure><img src='a.jpg'><figcaption>The council chamber on Tuesday.</figcaption></figure>"
            + "</div></body></html>")
    doc = run(DomBoilerplate(), page)
    assert reasons_by_text(doc) == {
        "The council chamber on Tuesday.": "a <figcaption> line"}


def test_a_post_the_article_embeds_stays_in_a_wrapper_named_social():
    tweet = ("<div class='social-embed'><blockquote class='twitter-tweet'><p>The bridge reopens on Monday, the mayor "
             "says in a post.</p></blockquote></div>")
    share = "<div class='social-share'><p>Share this story with your friends today.</p></div>"
    page = ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[:3]) + tweet
            + "".join(f"<p>{p}</p>" for p in PROSE[3:]) + share + "</div></body></html>")
    doc = run(DomBoilerplate(), page)
    assert [doc.texts[i] for i in dropped(doc)] == ["Share this story with your friends today."]


SUMMARY = "The council will close the old bridge for repairs over the winter, its leader said on Tuesday."


def standfirst_page(element: str) -> str:
    return (f"<html><head><meta name='description' content='{SUMMARY[:60]}...'></head><body><h1>Bridge to close</h1>"
            f"{element}<div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></body></html>")


def test_a_standfirst_repeating_the_page_s_description_goes():
    for element in (f"<div>{SUMMARY}</div>", f"<p class='article__lead'>{SUMMARY}</p>", f"<h2>{SUMMARY}</h2>"):
        doc = run(DomContainer(), standfirst_page(element))
        assert list(dropped(doc).values()) == ["the page's summary (its description) over the article"], element


def test_long_texts_are_compared_with_the_summary_by_their_starts_alone():
    # likeness costs the product of the lengths: a page's long lines and a long description are not weighed
    text = "word " * 2000
    assert repeats_summary(text + "and one more.", text)  # one starts with the other
    assert not repeats_summary("x" + text + "one.", "y" + text + "two.")


def test_the_first_paragraph_the_description_copies_stays():
    # a plain paragraph, one inside the element named as the body, or one with prose between it and the article
    for element in (f"<p>{SUMMARY}</p>", f"<div class='entry-content'><div>{SUMMARY}</div></div>",
                    f"<div>{SUMMARY}</div><p>{PROSE[0]}</p>"):
        doc = run(DomContainer(), standfirst_page(element))
        assert SUMMARY in [doc.texts[i] for i in doc.kept()], element


def test_a_linked_title_between_paragraphs_of_prose_is_the_article_s_own():
    def page(line: str, again: str = "<a href='/deal2'>Widget Works buys Gadget Labs</a>") -> str:
        return ("<html><body><div id='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[:2]) + f"<p>{again}</p>"
                + f"<p>{PROSE[2]}</p><p>{line}</p>" + "".join(f"<p>{p}</p>" for p in PROSE[3:]) + "</div></body></html>")

    doc = run(DomBoilerplate(), page("<a href='/deal'>Acme acquires Widget Works</a>"))
    assert dropped(doc) == {}
    # teasers between paragraphs go for their links (and leave the other title alone, which goes), and so does a
    # lone title
    for line in ("Related: <a href='/x'>The council's last budget</a>", "<a href='/x'>READ THE FULL REPORT</a>",
                 "<a href='/x'>The council met again on Monday and voted for the plan.</a>"):
        doc = run(DomBoilerplate(), page(line))
        assert list(dropped(doc)) == [2, 4], line
    doc = run(DomBoilerplate(), page("<a href='/deal'>Acme acquires Widget Works</a>", again=PROSE[5]))
    assert list(dropped(doc)) == [4]
