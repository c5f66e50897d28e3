"""Parsing a page's HTML safely: bytes decoded by the declared or detected charset, then lxml's HTML parser with
no network access, no comments or processing instructions, and nothing in a DTD fetched or expanded; the parts
of a streamed page sent late put in the places they fill."""
from __future__ import annotations

import codecs
import re

from lxml import etree

from ..errors import InputError
from ..inputs import BOMS, SAMPLE_CHARS, decode, sample_looks_binary

MAX_HTML_CHARS = 100_000_000
"""A page of more characters than this is refused (the largest real pages are a few MB)."""
SNIFF_BYTES = 4096
"""How far into the bytes a charset declaration is looked for."""

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{2,40})""", re.IGNORECASE)
# Control characters libxml2 refuses or that stand for nothing on a page become spaces: in UTF-8 they are
# single bytes that no other character's bytes contain, so one pass over the bytes replaces them.
_CONTROLS = (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
_CONTROL_BYTES = bytes(b if b not in _CONTROLS else 0x20 for b in range(256))
_EACH_CONTROL = tuple(bytes((b,)) for b in _CONTROLS)


def declared_charset(data: bytes) -> str | None:
    """The codec a page's bytes declare (byte-order mark, <meta charset>, http-equiv content-type, XML
    declaration), as a Python codec name, or None when it declares none that Python knows."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:SNIFF_BYTES]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    name = found.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if not codec.startswith(("utf-16", "utf-32")) and not _reads_ascii(codec):
        return None  # "undefined", "punycode", "rot13", EBCDIC: no page's charset, whatever the page says
    # pages that say Latin-1 are written in its Windows superset, as browsers read them
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


_ASCII_PROBE = b'<meta charset="+-\\u A1.">'


def _reads_ascii(codec: str) -> bool:
    """Does the codec read ASCII bytes as themselves, as every charset a page can declare in ASCII does? (Python
    also knows codecs of bytes to bytes, of escapes, of domain names, and one that always fails.)"""
    try:
        return codecs.decode(_ASCII_PROBE, codec) == _ASCII_PROBE.decode("ascii")
    except Exception:  # noqa: BLE001 - a codec may fail in any way on bytes not meant for it
        return False


def decode_html(data: bytes) -> str:
    """A page's bytes as text: the declared charset when the bytes are valid in it, else detected (UTF-8, then
    Windows-1252). Bytes that are valid UTF-8 beyond ASCII are read as UTF-8 whatever a single-byte charset
    declaration says: text in another charset almost never is."""
    return _decoded(data)[0]


def _decoded(data: bytes) -> tuple[str, bool]:
    """`decode_html`, and whether the text is the bytes read as UTF-8 (its UTF-8 form is the bytes)."""
    codec = declared_charset(data)
    if codec is not None and codec not in ("utf-8", "utf-8-sig") and not codec.startswith(("utf-16", "utf-32")) \
            and not data.isascii():
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    if codec == "utf-8":
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            pass  # a wrong declaration: the bytes are read as they are
    elif codec is not None:
        if codec.startswith(("utf-16", "utf-32")) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                                                                          codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            codec = None  # an ASCII-readable page cannot be UTF-16: its declaration is wrong
        else:
            try:
                return data.decode(codec), False
            except (UnicodeError, LookupError):  # UnicodeError: what a codec's own checks raise
                if codec == "utf-8-sig" or codec.startswith(("utf-16", "utf-32")):
                    return data.decode(codec, errors="replace"), False
                # a wrong declaration: the bytes are read as they are
    if codec is None and b"\x00" not in data[:4096]:
        # no byte-order mark (a charset would be declared) nor UTF-16's NULs: `decode` tries UTF-8 first
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    return decode(data), False


def page_text(source: object) -> str:
    """The page's markup as text, or InputError for what is not a page (binary data is found once the text is
    encoded, see `parse_html`)."""
    return _page_text_and_bytes(source)[0]


def _page_text_and_bytes(source: object) -> tuple[str, bytes | None]:
    """`page_text`, and the text's UTF-8 form when that is the bytes given (no need to encode it again)."""
    utf8: bytes | None = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > 4 * MAX_HTML_CHARS:
            raise InputError(f"the page has {len(data):,} bytes; newsclean reads at most {MAX_HTML_CHARS:,} characters")
        text, is_utf8 = _decoded(data)
        if is_utf8:
            utf8 = data
    elif isinstance(source, str):
        text = source
    else:
        raise InputError(f"extract() takes the page as str or bytes, not {type(source).__name__}")
    if len(text) > MAX_HTML_CHARS:
        raise InputError(f"the page has {len(text):,} characters; newsclean reads at most {MAX_HTML_CHARS:,} "
                         "(newsclean.html.parse.MAX_HTML_CHARS)")
    return text, utf8


def _parser() -> etree.HTMLParser:
    # libxml2's HTML parser reads no DTD and knows only HTML's own named entities: a page's <!ENTITY>
    # declarations are never expanded and no external reference is fetched (no_network besides). lxml.etree's
    # parser, not lxml.html's: its elements need no Python class lookup, which costs a third of the walk. No
    # table of id attributes is kept: nothing looks elements up by id
    return etree.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=True, remove_comments=True,
                            remove_pis=True, default_doctype=False, collect_ids=False)


def parse_html(source: str | bytes) -> etree._Element | None:
    """The page's element tree (its <html> element), or None when the page holds no markup or text at all.

    Raises InputError for what is not a page. libxml2 stops reading a page nested deeper than 2,048 elements:
    what follows that depth is lost, the rest of the page is read.
    """
    text, data = _page_text_and_bytes(source)
    # the sample read for binary data is read as bytes (a scan of the characters costs more)
    head = text[:SAMPLE_CHARS]
    if data is not None and text.isascii():
        sample = data[:SAMPLE_CHARS]  # a character a byte
    else:
        sample = head.encode("utf-8", errors="replace")
    if sample_looks_binary(sample, len(head)):
        raise InputError("the input looks like binary data, not a page")
    if not text or text.isspace():
        return None
    if data is None:
        # lone surrogates cannot be encoded: they become "?"
        data = sample + text[SAMPLE_CHARS:].encode("utf-8", errors="replace") if len(text) > SAMPLE_CHARS else sample
    if any(control in data for control in _EACH_CONTROL):  # a quick look for each first: pages seldom hold one
        data = data.translate(_CONTROL_BYTES)
    try:
        root = etree.fromstring(data, parser=_parser())
    except (etree.LxmlError, ValueError, MemoryError) as exc:
        raise InputError(f"the page cannot be parsed as HTML: {exc}") from exc
    if root is None:
        return None  # nothing but white space or markup without content
    _adopt_trailing(root)
    if _STREAMED_BOUNDARY in data and _STREAMED_SEGMENT in data:
        place_streamed_segments(root)
    return root


_STREAMED_BOUNDARY = b'<template id="B:'
_STREAMED_SEGMENT = b'<div hidden id="S:'
"""How a page rendered by streaming (React's server rendering) marks the place of a part sent late, and the hidden
element it sends that part in: the page's script moves the part into its place as the page loads."""


_inside_segment = etree.XPath("boolean(ancestor::div[@id = $ident])")
"""Does an element stand in the part (`<div id="S:n">`) of the given id?"""


def place_streamed_segments(root: etree._Element) -> None:
    """Move each part a streamed page sends late (a hidden <div id="S:n">) into its place (the <template
    id="B:n"> it replaces as the page loads): the part is shown there, often the article's body."""
    segments: dict[str, etree._Element] = {}
    for div in root.iter("div"):
        ident = div.get("id")
        if ident is not None and ident.startswith("S:") and div.get("hidden") is not None:
            segments[ident[2:]] = div
    if not segments:
        return
    for template in list(root.iter("template")):
        ident = template.get("id")
        segment = segments.pop(ident[2:], None) if ident is not None and ident.startswith("B:") else None
        parent = template.getparent()
        # a place inside its own part is left as it is; the test walks the ancestors in libxml2 (a walk in Python
        # costs the depth of every place: quadratic on a page of deep places)
        if segment is None or parent is None or _inside_segment(template, ident=f"S:{ident[2:]}"):
            continue
        _keep_tail(segment)
        segment.attrib.clear()
        segment.tail = template.tail
        parent.replace(template, segment)


def _keep_tail(el: etree._Element) -> None:
    """Leave the text after an element where it stands before the element is moved (lxml moves it along)."""
    tail = el.tail
    if not tail:
        return
    previous, parent = el.getprevious(), el.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    elif parent is not None:
        parent.text = (parent.text or "") + tail
    el.tail = None


def _adopt_trailing(root: etree._Element) -> None:
    """Move what libxml2 puts beside the <html> element into its <body>: markup after a stray </html> becomes a
    second top-level element, which is still text of the page (browsers show it in the body)."""
    following = root.getnext()
    if following is None:
        return
    body = root.find("body")
    home = body if body is not None else root
    while following is not None:
        after = following.getnext()
        if following.tag == "html" or following.tag == "body":
            if following.text and following.text.strip():
                _append_text(home, following.text)
            for child in list(following):
                if child.tag == "head":
                    continue
                home.append(child)
        elif isinstance(following.tag, str):
            home.append(following)
        following = after


def _append_text(parent: etree._Element, text: str) -> None:
    last = parent[-1] if len(parent) else None
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text
