"""Telling a page's HTML from its raw text, for format="auto"."""
from __future__ import annotations

import re

SAMPLE_CHARS = 65536
"""Only the start of the input is read to decide."""
_START = re.compile(r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*){0,20}<(?:!doctype\s+html|html[\s>])",
                    re.IGNORECASE | re.DOTALL)
_HTML_TAGS = ("a|abbr|article|aside|b|blockquote|body|br|button|div|dl|dd|dt|em|figcaption|figure|footer|form|"
              "h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|option|p|pre|"
              "script|section|select|small|span|strong|style|sup|sub|table|tbody|td|th|thead|title|tr|u|ul")
_TAG = re.compile(r"</?(?:" + _HTML_TAGS + r")(?:\s[^<>]{0,2000})?/?>", re.IGNORECASE)
_DOCUMENT_TAG = re.compile(r"</(?:html|body|head)>|<(?:head|body)(?:\s[^<>]{0,2000})?>", re.IGNORECASE)
MIN_TAGS = 3
"""Fewer tags than this are text that mentions markup, not markup."""
MIN_MARKUP_SHARE = 0.1
"""...and so is a text with less than this share of its characters inside tags."""
MIN_TAGS_WITH_DOCUMENT_TAG = 5
"""A <head> or <body> tag among at least this many tags makes a page."""


def looks_like_html(text: str) -> bool:
    """Is `text` a page's markup rather than its text? A page that starts like one (doctype, <html>), or starts
    with a tag and holds <head>/<body> among other tags or is dense with tags, is HTML; a text that mentions
    "<b>" or "<div>" in a sentence is not, nor is a page's text with some markup left in it (a page's text
    starts with its title, not with a tag)."""
    sample = text[:SAMPLE_CHARS].lstrip("\ufeff")
    if _START.match(sample):
        return True
    if not sample.lstrip().startswith("<"):
        return False
    tags = _TAG.findall(sample)
    if len(tags) < MIN_TAGS:
        return False
    if len(tags) >= MIN_TAGS_WITH_DOCUMENT_TAG and _DOCUMENT_TAG.search(sample):
        return True
    markup = sum(len(t) for t in tags)
    return markup >= MIN_MARKUP_SHARE * len(sample.strip())


def source_looks_like_html(source: object) -> bool:
    """`looks_like_html` for what extract() is given: text, or bytes read by their declared charset."""
    if isinstance(source, str):
        return looks_like_html(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        from .parse import decode_html

        return looks_like_html(decode_html(bytes(source[:SAMPLE_CHARS * 4])))
    return False
