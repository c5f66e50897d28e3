"""Headline, byline, date and language from a page's own metadata, on small hand-written pages."""
import json

import pytest

from newsclean.html.blocks import page_blocks
from newsclean.html.metadata import join_names, page_metadata, strip_site_name
from newsclean.html.parse import parse_html


def meta_of(head: str, body: str = "", lang: str = "") -> object:
    page = f"<html{lang}><head>{head}</head><body>{body}</body></html>"
    root = parse_html(page)
    return page_metadata(root, page_blocks(root))


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_article_gives_headline_authors_and_date():
    m = meta_of(ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm hits the coast",
                    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                    "publisher": {"@type": "Organization", "name": "Daily Planet"},
                    "datePublished": "2024-03-05T23:10:00-05:00"}))
    assert (m.headline, m.byline, m.date) == ("Storm hits the coast", "Jane Doe and John Roe", "2024-03-05")


def test_json_ld_graph_references_are_followed():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Garden Notes"},
        {"@type": "Person", "@id": "#p1", "name": "Ann Smith"},
        {"@type": ["Article"], "headline": "Pruning roses in winter", "author": {"@id": "#p1"},
         "datePublished": "2023-12-01"},
    ]}
    m = meta_of(ld(graph) + "<title>Pruning roses in winter - Garden Notes</title>")
    assert (m.headline, m.byline, m.date) == ("Pruning roses in winter", "Ann Smith", "2023-12-01")


@pytest.mark.parametrize("obj", [
    {"@type": "Article", "author": {"@id": ["x"]}},
    {"@type": "Article", "author": {"@id": {"a": 1}}, "publisher": [{"@id": "#p"}]},
    {"@type": {"x": 1}, "headline": {"text": "x"}, "datePublished": ["2024-01-02"], "author": [1, None, True]},
    [{"@graph": {"not": "a list"}}, {"@type": ["Person", "Organization"], "name": ["A B"]}],
])
def test_odd_json_ld_shapes_are_read_without_error(obj):
    m = meta_of(ld(obj) + "<title>A headline</title>")
    assert m.headline == "A headline"


def test_broken_json_ld_is_left_aside():
    m = meta_of('<script type="application/ld+json">{"headline": "x",</script>'
                '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
                '<meta property="og:title" content="The real headline">')
    assert m.headline == "The real headline"


@pytest.mark.parametrize("title, site, want", [
    ("Storm hits the coast | BBC News", "BBC News", "Storm hits the coast"),
    ("BBC News - Storm hits the coast", "BBC News", "Storm hits the coast"),
    ("Storm hits the coast – Daily Planet", "The Daily Planet", "Storm hits the coast"),
    ("Storm hits the coast", "BBC News", "Storm hits the coast"),
])
def test_the_site_name_is_stripped_from_the_title(title, site, want):
    assert strip_site_name(title, [site]) == want
    m = meta_of(f'<title>{title}</title><meta property="og:site_name" content="{site}">')
    assert m.headline == want


def test_a_site_name_repeated_across_candidates_is_stripped_without_being_named():
    m = meta_of('<title>Why rivers flood | Water Blog</title><meta property="og:title" content="Why rivers flood | Water Blog">',
                "<h2>Why rivers flood</h2><p>Text.</p>")
    assert m.headline == "Why rivers flood"


def test_the_h1_confirmed_by_metadata_is_the_headline():
    m = meta_of('<title>Storm hits coast, thousands without power | Daily Planet</title>',
                "<h1>Menu</h1><h1>Storm hits coast, thousands without power</h1><p>Text.</p>")
    assert m.headline == "Storm hits coast, thousands without power"
    assert m.sources["headline"] == "h1"


def test_an_h1_that_is_the_sites_name_is_no_headline():
    m = meta_of("<title>Progress report 39 | Ann's Blog</title>", "<h1>Ann's Blog</h1><h2>Progress report 39</h2>")
    assert m.headline == "Progress report 39"
    assert meta_of("<title>Progress report 39</title>", "<h1>example.com</h1>").headline == "Progress report 39"


def test_a_lone_h1_on_the_titles_subject_is_the_headline_though_the_metadata_words_it_otherwise():
    head = '<title>How To Use Gym Equipment: A Beginner’s Guide - Sweat</title>' \
        '<meta property="og:title" content="How To Use Gym Equipment: A Beginner’s Guide">'
    m = meta_of(head, "<h1>How To Use Gym Equipment (With Confidence!)</h1><p>Text.</p>")
    assert (m.sources["headline"], m.headline) == ("h1", "How To Use Gym Equipment (With Confidence!)")
    # a lone h1 on another subject (a logo, a teaser's heading) is not
    for h1 in ("Aktuelle Artikel", "Why Don't You Go Fight For The Reindeer?"):
        m = meta_of(head, f"<h1>{h1}</h1><p>Text.</p>")
        assert m.headline == "How To Use Gym Equipment: A Beginner’s Guide"


def test_the_sites_header_glued_to_the_title_is_not_part_of_the_headline():
    assert meta_of("<title>example.com Vibe Coding</title>", "<h1>example.com</h1><p>Text.</p>").headline == \
        "Vibe Coding"


def test_a_companys_name_ending_the_title_is_the_sites():
    assert strip_site_name("recap 2025 - updates at OSSO – OSSO B.V", []) == "recap 2025 - updates at OSSO"
    assert strip_site_name("Big news today | Example Media GmbH", []) == "Big news today"
    assert strip_site_name("Why rivers flood - Such as", []) == "Why rivers flood - Such as"


def test_a_truncated_metadata_headline_is_completed():
    long = "A very long headline about the council's budget debate that went on until late at night (and more)"
    m = meta_of(ld({"@type": "Article", "headline": long[:80]}) + f"<title>{long}</title>")
    assert m.headline == long


def test_a_date_before_the_h1_is_not_part_of_the_headline():
    m = meta_of("<title>Preparing a transition</title>", "<h1>Dec 18 2025 Preparing a transition</h1>")
    assert m.headline == "Preparing a transition"


def test_byline_from_meta_author_rel_author_and_byline_elements():
    assert meta_of('<meta name="author" content="Jane Doe">').byline == "Jane Doe"
    assert meta_of("", '<p>By <a rel="author" href="/a/jd">Jane Doe</a></p>').byline == "Jane Doe"
    assert meta_of("", '<div class="post-byline">By Jane Doe | March 3, 2024</div>').byline == "Jane Doe"
    assert meta_of("", '<div class="post-byline">Post written by Jane Doe</div>').byline == "Jane Doe"
    assert meta_of("", '<div class="publish-date-author">Dec. 19, 2025 · Jane Doe on behalf of the team</div>'
                   ).byline == "Jane Doe"


def test_byline_elements_named_by_data_attributes_and_names_as_shown():
    assert meta_of("", '<span data-testid="author-name">Jane Doe</span>').byline == "Jane Doe"
    assert meta_of("", '<div class="author">Jane Doe<span>Published March 3</span></div>').byline == "Jane Doe"
    person = ld({"@type": "Article", "author": {"@type": "Person", "name": "Jane Doe"}})
    assert meta_of(person, '<p class="byline">By Dr. Jane Doe</p>').byline == "Dr. Jane Doe"
    assert meta_of(person, '<p class="byline">By John Roe</p>').byline == "Jane Doe"


def test_byline_is_a_person_not_the_publisher():
    org_author = ld({"@type": "Article", "headline": "H", "author": {"@type": "Organization", "name": "Daily Planet"},
                     "publisher": {"@type": "Organization", "name": "Daily Planet"}})
    assert meta_of(org_author).byline is None
    assert meta_of(org_author, '<span class="author-name">Jane Doe</span>').byline == "Jane Doe"
    assert meta_of('<meta name="author" content="https://facebook.com/dailyplanet">').byline is None
    assert meta_of('<meta property="article:author" content="262588213843476">').byline is None
    person_role = ld({"@type": "Article", "author": {"@type": "Person", "name": "Jane Doe - Editorial Team"}})
    assert meta_of(person_role).byline == "Jane Doe"


def test_a_publisher_marked_up_as_a_person_gives_way_to_the_byline_the_page_shows():
    site = '<meta property="og:site_name" content="Heart Trust">'
    as_person = ld({"@type": "Article", "author": {"@type": "Person", "name": "Heart Trust"}})
    assert meta_of(site + as_person, '<p class="byline">by Jane Doe, Dietitian</p>').byline == "Jane Doe"
    assert meta_of(site + as_person, '<p class="byline">Heart Trust</p>').byline == "Heart Trust"
    assert meta_of(site + as_person).byline == "Heart Trust"
    news_desk = ld({"@type": "Article", "author": {"@type": "Person", "name": "City News"}})
    assert meta_of(news_desk, '<p class="byline">By John Roe</p>').byline == "John Roe"


def test_an_author_meta_that_names_nobody_gives_way_to_a_byline_element():
    element = '<span class="author-name">Jane Doe</span>'
    credits = '<meta name="author" content="content: Acme, design: John Roe, code: Ann Poe">'
    assert meta_of(credits, element).byline == "Jane Doe"
    assert meta_of('<meta name="author" content="KatieS">', element).byline == "Jane Doe"
    assert meta_of('<meta name="author" content="Katie Smith">', element).byline == "Katie Smith"


def test_a_personal_site_is_its_authors():
    assert meta_of('<meta property="og:site_name" content="Owen Brand">').byline == "Owen Brand"
    assert meta_of('<meta property="og:site_name" content="Acme Labs">').byline is None
    assert meta_of('<meta property="og:site_name" content="OSSO B.V">').byline is None  # a company


def test_several_people_are_joined_as_labels_write_them():
    assert join_names(["A B"]) == "A B"
    assert join_names(["A B", "C D"]) == "A B and C D"
    assert join_names(["A B", "C D", "E F"]) == "A B, C D, E F"
    assert join_names(["A B", "a b"]) == "A B"


@pytest.mark.parametrize("head, body, want", [
    ('<meta property="article:published_time" content="2021-08-04T10:00:00Z">', "", "2021-08-04"),
    ('<meta name="date" content="March 5, 2024">', "", "2024-03-05"),
    ("", '<time datetime="2019-07-25T08:00">July 25</time>', "2019-07-25"),
    ("", "<time>25 July 2019</time>", "2019-07-25"),
    ('<meta property="article:published_time" content="not a date">', "", None),
    (ld({"@type": "BlogPosting", "datePublished": "2020-02-30"}), "", None),
])
def test_dates_are_iso(head, body, want):
    assert meta_of(head, body).date == want


def test_published_beats_modified():
    m = meta_of('<meta property="article:modified_time" content="2025-01-01">'
                '<meta property="article:published_time" content="2024-06-01">')
    assert m.date == "2024-06-01"


@pytest.mark.parametrize("lang, head, want", [
    (' lang="en-US"', "", "en-us"),
    ("", '<meta http-equiv="content-language" content="de">', "de"),
    ("", '<meta property="og:locale" content="pt_BR">', "pt-br"),
    (' lang="not a language"', "", None),
])
def test_language(lang, head, want):
    assert meta_of(head, "<p>x</p>", lang).lang == want


def test_a_page_without_metadata_has_none():
    m = meta_of("", "<p>Just a paragraph.</p>")
    assert (m.headline, m.byline, m.date, m.lang) == (None, None, None, None)


def test_metadata_read_without_the_blocks_is_the_same():
    page = ('<html lang="en"><head><title>Rain falls on the city again | City Paper</title>'
            '<meta property="article:published_time" content="2025-03-02T10:00:00Z"></head><body>'
            '<h1>Rain falls on the city again</h1><p class="byline">By Jane Doe</p>'
            '<p>The rain went on all day, and the river rose by a metre before the evening.</p></body></html>')
    root = parse_html(page)
    alone = page_metadata(root)
    assert alone == page_metadata(root, page_blocks(root))
    assert (alone.headline, alone.byline, alone.date) == ("Rain falls on the city again", "Jane Doe", "2025-03-02")


def test_the_summaries_are_the_descriptions_each_once():
    m = meta_of(ld({"@type": "NewsArticle", "description": "The bridge will close."})
                + '<meta name="description" content="The bridge  will close.">'
                + '<meta property="og:description" content="Repairs start in winter.">')
    assert m.summaries == ("The bridge will close.", "Repairs start in winter.")
    assert meta_of("<title>T</title>").summaries == ()
