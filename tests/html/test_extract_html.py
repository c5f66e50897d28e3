"""extract() on HTML: the same pipeline over the page's lines, DOM evidence, and the page's metadata."""
import json
import subprocess
import sys

import newsclean
from newsclean.cleaners.dom_boilerplate import DomBoilerplate
from newsclean.document import Document
from newsclean.html.reading import html_document, html_pipeline

from ..conftest import fixture

BODY = [
    "The storm reached the coast early on Monday, tearing roofs from houses and cutting power to thousands.",
    "\u201cWe have never seen anything like it,\u201d said Maria Lopez, the town's mayor, standing in the rain.",
    "Emergency crews worked through the night to clear the roads and reach the villages cut off by floods.",
]
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Storm hits the coast | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-04T06:00:00Z"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Storm hits the coast</h1><p class="byline">By Jane Doe</p>
{''.join(f'<p>{p}</p>' for p in BODY)}
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Flood warnings issued for the north of the country after days of rain</a></li>
<li><a href="/b">How to protect your home from storms this winter, according to engineers</a></li></ul></aside>
</article></main>
<div class="newsletter-signup"><p>Sign up for our newsletter and get the day's news every morning in your inbox.</p></div>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p></footer></body></html>"""


def test_an_html_page_gives_its_article():
    article = newsclean.extract(PAGE)
    assert article.paragraphs == tuple(BODY)
    assert (article.headline, article.byline, article.date) == ("Storm hits the coast", "Jane Doe", "2024-03-04")
    assert [(q.text, q.speaker) for q in article.quotes] == [("We have never seen anything like it,", "Maria Lopez")]


def test_every_line_says_why_it_went_and_names_the_evidence():
    explained = newsclean.extract(PAGE, format="html").explain()
    doc, _ = html_document(PAGE)
    line = doc.texts.index("Home")
    assert explained[line] == f"line {line} dropped by dom_boilerplate: inside <nav>"
    teaser = doc.texts.index("Flood warnings issued for the north of the country after days of rain")
    assert "dropped by dom_boilerplate: inside <aside" in explained[teaser]
    signup = next(i for i, t in enumerate(doc.texts) if t.startswith("Sign up"))
    assert "marked newsletter" in explained[signup]


def test_bytes_and_text_give_the_same_article():
    assert newsclean.extract(PAGE.encode("utf-8")) == newsclean.extract(PAGE)
    assert newsclean.extract(PAGE.encode("utf-16"), format="html") == newsclean.extract(PAGE)


def test_paragraphs_are_text_of_the_page():
    page = "<html><body><p>Caf&eacute; &amp; bar&nbsp;opened on <b>Main</b>&#8203;Street, the owner said on Friday morning.</p></body></html>"
    article = newsclean.extract(page, format="html")
    assert article.paragraphs == ("Café & bar opened on Main\u200bStreet, the owner said on Friday morning.",)


def test_a_wrapper_named_like_a_sidebar_that_holds_the_article_is_kept():
    prose = "".join(f"<p>{p} {p}</p>" for p in BODY)
    page = f"<html><head><title>T</title></head><body><div class='content-with-sidebar'>{prose}</div>" \
           "<div class='sidebar'><p>Most read today</p></div></body></html>"
    article = newsclean.extract(page, format="html")
    assert len(article.paragraphs) == 3


def test_the_evidence_cleaner_leaves_text_documents_alone():
    doc = Document("Home\nWorld\nA sentence of the article that is long enough to keep.\n")
    assert doc.evidence is None
    assert list(DomBoilerplate()(doc)) == []


def test_text_mode_runs_the_pipeline_it_always_ran():
    assert "dom_boilerplate" not in newsclean.default_pipeline().names
    text_names = newsclean.default_pipeline().names
    at = text_names.index("main_block")
    assert html_pipeline().names == (["placeholders", "dom_boilerplate"] + text_names[1:at] + ["dom_container", "dom_main_block"]
                                     + text_names[at + 1:])
    text, expected = fixture("seed")
    assert newsclean.extract(text).paragraphs == tuple(expected["paragraphs"])


def test_a_users_pipeline_runs_on_html_too():
    pipeline = newsclean.Pipeline([DomBoilerplate()], quotes=None)
    article = newsclean.extract(PAGE, format="html", pipeline=pipeline)
    assert "Home" not in article.paragraphs and BODY[0] in article.paragraphs
    assert article.headline == "Storm hits the coast"  # from the page's metadata


def test_bench_reads_html_folders(tmp_path):
    folder = tmp_path / "page-1"
    folder.mkdir()
    (folder / "input.html").write_text(PAGE, encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps(
        {"headline": "Storm hits the coast", "byline": "Jane Doe", "date": "2024-03-04", "paragraphs": BODY}))
    out = subprocess.run([sys.executable, "-m", "newsclean", "bench", str(tmp_path), "--mode", "html", "--no-peers"],
                         capture_output=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    row = next(line for line in out.stdout.decode().splitlines() if line.startswith("| newsclean (html)"))
    assert "| 1.000 |" in row and "100.0% (1/1)" in row
    assert "not found in their input: 0" in out.stdout.decode()


def test_a_metadata_date_the_page_does_not_show_gives_way_to_the_dateline_by_the_headline():
    body = "".join(f"<p>{p}</p>" for p in BODY)
    stored_utc = ('<html><head><title>Storm hits the coast</title>'
                  '<meta property="article:published_time" content="2024-03-05T03:00:00Z"></head><body>'
                  f"<h1>Storm hits the coast</h1><p>March 4, 2024</p>{body}</body></html>")
    assert newsclean.extract(stored_utc).date == "2024-03-04"
    shown = stored_utc.replace("<p>March 4, 2024</p>", "<p>Published March 5, 2024</p><p>March 4, 2024</p>")
    assert newsclean.extract(shown).date == "2024-03-05"  # the metadata's date stands by the headline: it wins
    # the metadata's date shown as the last edit's, or shown far from the headline, says nothing of publication
    edited = stored_utc.replace("<p>March 4, 2024</p>", "<p>March 4, 2024</p><p>Updated March 5, 2024</p>")
    assert newsclean.extract(edited).date == "2024-03-04"
    teaser = stored_utc.replace("</body>", f"{body}{body}<p>Another story</p><p>March 5, 2024</p></body>")
    assert newsclean.extract(teaser).date == "2024-03-04"
    below = stored_utc.replace("<p>March 4, 2024</p>", f"<p>Storm news</p>{BODY[0]}<p>March 4, 2024</p>")
    assert newsclean.extract(below).date == "2024-03-04"  # past the standfirst and a label
    far = stored_utc.replace("<p>March 4, 2024</p>", "").replace("</body>", f"{body}{body}<p>March 4, 2024</p></body>")
    assert newsclean.extract(far).date == "2024-03-05"
    # under a page title taken for the headline stands the site's header, with today's date; the article's
    # dateline stands over its body
    untitled = stored_utc.replace("<h1>Storm hits the coast</h1>", "")
    menu = "".join(f"<p>Section {k}</p>" for k in range(12))
    header = untitled.replace("<p>March 4, 2024</p>", "").replace("<body>", f"<body><p>Monday, March 4, 2024</p>{menu}")
    assert newsclean.extract(header).date == "2024-03-05"
    assert newsclean.extract(untitled.replace("<body>", f"<body>{menu}")).date == "2024-03-04"


def test_a_last_updated_date_by_the_headline_does_not_replace_the_published_date():
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = ('<html><head><title>Storm hits the coast</title>'
            '<meta property="article:published_time" content="2024-02-12T23:21:00Z"></head><body>'
            f"<h1>Storm hits the coast</h1><p>Last updated November 6, 2024</p>{body}</body></html>")
    assert newsclean.extract(page).date == "2024-02-12"


def test_a_metadata_author_the_page_does_not_show_gives_way_to_its_by_line():
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = ('<html><head><title>Storm hits the coast</title><meta name="author" content="Web Manager">'
            f"</head><body><h1>Storm hits the coast</h1><p>By: John Roe</p>{body}</body></html>")
    assert newsclean.extract(page).byline == "John Roe"
    shown = page.replace("</body>", "<p>Web Manager is our editor.</p></body>")
    assert newsclean.extract(shown).byline == "Web Manager"  # the page shows the metadata's author: it wins
    unsigned = page.replace("<p>By: John Roe</p>", "<p>John Roe</p>")
    assert newsclean.extract(unsigned).byline == "Web Manager"
