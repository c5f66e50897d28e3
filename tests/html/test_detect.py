"""format="auto": pages are told from texts that mention markup."""
import gzip

import pytest

import newsclean
from newsclean.html.detect import looks_like_html, source_looks_like_html

from ..conftest import FIXTURES, SHARED_BENCH


@pytest.mark.parametrize("text", [
    "Use the <b> tag to make text bold.\nThe <div> element groups content.",
    "Title\n\nIn HTML, <p> starts a paragraph and </p> ends it. That is all.",
    "if a < b and c > d then the <i> and the <b> of it",
    "Price: <$100> only <today>",
    "",
])
def test_texts_that_mention_tags_are_text(text):
    assert not looks_like_html(text)


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "  \n<!doctype HTML>\n<title>x</title>",
    "<html lang='en'><p>Hello",
    "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body>x</body></html>",
    "<!-- saved page -->\n<html><body>x</body></html>",
    "\ufeff<!DOCTYPE html><html><body>x</body></html>",
    "<head><title>t</title></head><body><div><p>One</p><p>Two</p></div></body>",
    "<div class='story'><p>One paragraph.</p><p>Another paragraph.</p></div>",
])
def test_pages_and_fragments_of_markup_are_html(page):
    assert looks_like_html(page)


def test_bytes_are_decoded_before_deciding():
    assert source_looks_like_html("<!DOCTYPE html><p>Köln</p>".encode("utf-16"))
    assert not source_looks_like_html(b"Plain text about <b>")
    assert not source_looks_like_html(12)


def test_auto_reads_a_page_as_html_and_a_text_as_text():
    page = "<!DOCTYPE html><html><head><title>A title</title></head><body><nav><a href='/'>Home</a></nav>" \
           "<p>The council approved the new budget on Monday after a long debate about schools.</p></body></html>"
    article = newsclean.extract(page)
    assert article.paragraphs == ("The council approved the new budget on Monday after a long debate about schools.",)
    text = "A title\n\nThe <b> tag makes text bold, the council said on Monday after a long debate.\n"
    assert newsclean.extract(text).paragraphs == newsclean.extract(text, format="text").paragraphs


def test_every_fixture_text_is_text():
    for path in sorted(FIXTURES.glob("*/input.txt")):
        assert not looks_like_html(path.read_text(encoding="utf-8")), path


@pytest.mark.skipif(not (SHARED_BENCH / "modern-dev").is_dir(), reason="shared bench not present")
@pytest.mark.parametrize("name", ["scrapinghub", "modern-dev"])
def test_bench_pages_are_told_apart(name):
    root = SHARED_BENCH / name
    texts = sorted((root / "text").glob("*.txt"))[:60]
    pages = sorted((root / "html").glob("*.html.gz"))[:60]
    assert texts and pages
    assert not any(looks_like_html(p.read_text(encoding="utf-8")) for p in texts)
    assert all(looks_like_html(gzip.decompress(p.read_bytes()).decode("utf-8", "replace")) for p in pages)
