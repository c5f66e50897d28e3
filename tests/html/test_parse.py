"""Bad HTML: a valid Article or InputError, never another exception, in time linear in the input."""
import time

import pytest

import newsclean
from newsclean import Article, InputError
from newsclean.html.parse import declared_charset, decode_html, parse_html

BODY = "The council approved the new budget on Monday after a long debate about the city's schools."


def timed(source, **kwargs) -> tuple[Article, float]:
    start = time.process_time()
    article = newsclean.extract(source, format="html", **kwargs)
    return article, time.process_time() - start


@pytest.mark.parametrize("page", [
    f"<html><body><p>{BODY}",                                   # truncated: nothing closed
    f"<html><body><div><p>{BODY}</div></span></b></p>",         # closed in the wrong order
    f"<p>{BODY}</p>",                                            # no <html>, no <body>
    f"<html><head><title>T</title></head><p>{BODY}</p></html>",  # no <body>
    f"<html><body><p>{BODY}<p",                                   # cut inside a tag
], ids=["truncated", "misnested", "fragment", "no-body", "cut-tag"])
def test_broken_markup_still_gives_the_text(page):
    article = newsclean.extract(page, format="html")
    assert BODY in article.paragraphs


@pytest.mark.parametrize("page", ["", "   ", "<!-- only a comment -->", "<html></html>", "<", "<<<>>>", "&",
                                  f"<html><body><p class=\"a>{BODY}</p></body></html>"])
def test_pages_without_text_give_an_empty_article(page):
    # an attribute's quote left open takes the rest of the page into the attribute, as in browsers
    article = newsclean.extract(page, format="html")
    assert isinstance(article, Article) and article.paragraphs == ()


def test_wrong_types_and_binary_data_are_input_errors():
    with pytest.raises(InputError):
        newsclean.extract(12, format="html")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="binary"):
        newsclean.extract(bytes(range(256)) * 100, format="html")


def test_a_fifty_megabyte_page_is_linear():
    para = "<p>Part {} " + BODY * 40 + "</p>\n"  # numbered: repeated paragraphs would be dropped as repeats

    def page(size: int) -> str:
        return "<html><body>" + "".join(para.format(k) for k in range(size // len(para))) + "</body></html>"

    small, big = page(5_000_000), page(50_000_000)
    article, small_seconds = timed(small)
    assert len(article.paragraphs) > 1000
    article, big_seconds = timed(big)
    assert isinstance(article, Article) and len(article.paragraphs) > 10_000
    assert big_seconds < 2 * max(1.0, len(big) / 1e6)  # 2 s per MB at most
    assert big_seconds < 20 * max(small_seconds, 0.05)  # ten times the input, not a hundred times the time


def test_a_page_of_too_many_lines_is_a_clear_error():
    start = time.process_time()
    with pytest.raises(InputError, match="lines"):
        newsclean.extract("<html><body>" + "<p>x</p>" * 200_000 + "</body></html>", format="html")
    assert time.process_time() - start < 10


def test_deep_nesting_is_fast_and_gives_an_article():
    # libxml2 stops reading at 2,048 levels: the text past that depth is lost, the page is still read
    depth = 100_000
    page = "<html><body><p>" + BODY + "</p>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>"
    article, seconds = timed(page)
    assert BODY in article.paragraphs
    assert seconds < 5


def test_entity_bombs_are_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                      for i in range(1, 10))
            + f"]><html><body><p>{BODY}</p><p>&lol9;</p></body></html>")
    article, seconds = timed(bomb)
    assert BODY in article.paragraphs
    assert all(len(p) < 1000 for p in article.paragraphs)
    assert seconds < 2


def test_external_entities_and_dtds_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    page = (f'<!DOCTYPE html SYSTEM "file://{tmp_path}/missing.dtd" [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            f"<html><body><p>{BODY}</p><p>&xxe; is here</p></body></html>")
    article = newsclean.extract(page, format="html")
    assert BODY in article.paragraphs
    assert "TOPSECRETVALUE" not in article.to_json()
    root = parse_html(page)
    assert "TOPSECRETVALUE" not in "".join(root.itertext())


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "iso-8859-2", "utf-16", "koi8-r", "shift_jis"])
def test_bytes_are_read_by_their_declared_charset(encoding):
    text = {"koi8-r": "Привет, мир", "shift_jis": "こんにちは世界", "iso-8859-2": "Zażółć gęślą jaźń"}.get(
        encoding, "Überall in Köln sprach man über den Dom")
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    data = page.encode(encoding)
    assert text in decode_html(data)
    assert parse_html(data).findtext(".//p") == text


def test_http_equiv_charset_is_read():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            "<body><p>Новости дня</p></body></html>")
    assert declared_charset(page.encode("cp1251")) == "cp1251"
    assert "Новости дня" in decode_html(page.encode("cp1251"))


def test_a_wrong_or_missing_charset_falls_back_to_what_the_bytes_are():
    text = "Überall in Köln sprach man über den Dom"
    wrong = f'<html><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'.encode("cp1252")
    assert text in decode_html(wrong)
    missing = f"<html><body><p>{text}</p></body></html>"
    assert text in decode_html(missing.encode("cp1252"))
    assert text in decode_html(missing.encode("utf-8"))
    says_latin1 = f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'
    assert text in decode_html(says_latin1.encode("utf-8"))  # UTF-8 bytes are UTF-8 whatever the page says
    unknown = f'<html><head><meta charset="x-no-such-charset"></head><body><p>{text}</p></body></html>'
    assert text in decode_html(unknown.encode("utf-8"))


@pytest.mark.parametrize("charset", ["undefined", "punycode", "rot13", "unicode_escape", "utf-7", "cp037", "idna"])
def test_a_codec_that_no_page_is_written_in_is_not_read_as_its_charset(charset):
    # Python knows codecs that always fail, work on bytes or on escapes, or are not ASCII-based (EBCDIC): a
    # page declaring one is read by what its bytes are
    text = "Überall in Köln sprach man über den Dom, sagte der Bürgermeister am Montag."
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    for data in (page.encode("cp1252"), page.encode("utf-8")):
        assert newsclean.extract(data, format="html").paragraphs == (text,)


def test_control_characters_and_lone_surrogates_are_harmless():
    article = newsclean.extract(f"<html><head><title>T</title></head><body><p>{BODY}\x00\x01\ud800</p></body></html>",
                                format="html")
    assert article.paragraphs and article.paragraphs[0].startswith(BODY[:40])


def test_many_deep_chains_are_linear():
    chain = "<div class='box'>" * 2000 + "<p>Part {} " + BODY + "</p>" + "</div>" * 2000

    def chains(n: int) -> str:
        return "<html><body>" + "".join(chain.format(k) for k in range(n)) + "</body></html>"

    article, small = timed(chains(5))
    assert sum(BODY in p for p in article.paragraphs) == 5
    article, big = timed(chains(40))
    assert sum(BODY in p for p in article.paragraphs) == 40
    assert big < 2 * max(1.0, 40 * len(chain) / 1e6) and big < 20 * max(small, 0.05)


def test_a_wrapper_marked_as_author_is_not_read_whole():
    page = ("<html><head><title>T</title></head><body><div class='author-page'>" + f"<p>{BODY}</p>" * 20_000
            + "</div></body></html>")
    article, seconds = timed(page)
    assert article.byline is None and seconds < 10


def test_markup_after_a_stray_end_of_html_is_read_into_the_body():
    from newsclean.html.blocks import page_blocks

    page = ("<html><head><title>T</title></head><body><p>Before the stray end.</p></body></html>"
            "<div><p>After the stray end, the article goes on.</p></div></body></html>")
    root = parse_html(page)
    assert page_blocks(root).texts[-2:] == ("Before the stray end.", "After the stray end, the article goes on.")


BINARY_CHECK_TEXTS = [
    "", "short \x00\x01", "plain text of a page, nothing odd in it at all",
    "\x00" * 9 + "a" * 81, "\x00" * 10 + "a" * 80,  # one on each side of the share
    "\x85\x9f\x80" * 4 + "é" * 90, "\ufffd" * 12 + "😀" * 90, "\x7f\x1b\x0e" * 4 + "\x1c\x1f\x0b\x0c\t" * 20,
    "\ud800" * 50 + "\x08" * 9, "Ā" * 10 + "\xc2" * 12 + "\x80" * 2 + " " * 90,
]


@pytest.mark.parametrize("text", BINARY_CHECK_TEXTS)
def test_the_binary_check_on_bytes_counts_what_the_rule_says(text):
    import re

    from newsclean.inputs import BINARY_SHARE, MIN_SAMPLE, SAMPLE_CHARS, looks_binary, sample_looks_binary

    head = text[:SAMPLE_CHARS]
    unreadable = len(re.findall(r"[\x00-\x08\x0e-\x1b\x7f-\x9f\ufffd]", head))
    expected = len(head) >= MIN_SAMPLE and unreadable > BINARY_SHARE * len(head)
    assert sample_looks_binary(head.encode("utf-8", errors="replace"), len(head)) == expected
    assert looks_binary(text) == expected


@pytest.mark.parametrize("text", [t for t in BINARY_CHECK_TEXTS if t.strip()] + [
    "a" * 90 + "\x85" * 9, "a" * 90 + "\x85" * 11, "\ufffd" * 10 + "a" * 90 + "\xa0" * 500,
    "a" * 70_000 + "\x85" * 10_000,  # past the sample: not counted
])
def test_pages_are_checked_for_binary_data_by_the_same_rule_as_text(text):
    from newsclean.inputs import looks_binary

    sources = [text, text.encode()] if "\ud800" not in text else [text]
    for source in sources:
        if looks_binary(text):
            with pytest.raises(InputError, match="binary"):
                parse_html(source)
        else:
            parse_html(source)


def test_a_streamed_page_s_late_parts_are_read_in_their_place():
    # React's streaming server rendering sends a part late in a hidden <div id="S:n"> and moves it, as the page
    # loads, to the <template id="B:n"> that marks its place: it is shown there
    later = "The second paragraph arrived after the shell of the page and is shown where it belongs."
    page = (f"<html><body><main><h1>Title</h1><p>{BODY}</p><template id=\"B:0\"></template><p>Last words of the "
            f"article, shown after the late part.</p></main><footer>Footer</footer>"
            f"<div hidden id=\"S:0\"><p>{later}</p></div><script>$RC(\"B:0\",\"S:0\")</script></body></html>")
    root = parse_html(page)
    texts = [" ".join(p.itertext()) for p in root.iter("p")]
    assert texts == [BODY, later, "Last words of the article, shown after the late part."]
    assert later in newsclean.extract(page, format="html").paragraphs


def test_a_hidden_div_that_fills_no_template_stays_hidden():
    page = f"<html><body><p>{BODY}</p><div hidden id=\"S:1\"><p>Never shown on the page.</p></div></body></html>"
    assert newsclean.extract(page, format="html").paragraphs == (BODY,)
