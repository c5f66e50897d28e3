"""nav_junk: drops navigation and page furniture: breadcrumbs, share buttons, empty labels, cookie banners, footers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Decision, Document

# "Home > News > World", "Home / Sport", "News » Politics".
BREADCRUMB = regex.compile(r"^[^>»›/|]{1,40}(?:\s[>»›/|]\s[^>»›/|]{1,60}){1,8}$")
# Menu words glued without spaces by a scraper: "HomeShoppingUkraine-Russia war latest".
GLUED_WORDS = regex.compile(r"^(?:\p{Lu}\p{Ll}{2,}){2,}\p{Lu}")
# "Date:", "Tags:", "Share this:" with nothing after them.
EMPTY_LABEL = regex.compile(r"^[\p{L}][\p{L} ]{0,24}:$")
SHARE_WORDS = regex.compile(
    r"(?i)^(?:(?:share|share this|share on|tweet|email|e-mail|mail|print|facebook|twitter|x|whatsapp|linkedin|"
    r"pinterest|reddit|telegram|messenger|copy link|copy|link|save|comment|comments|flipboard|pocket|sms|"
    r"teilen|partager|compartir|condividi|compartilhar|udostępnij|поделиться|поширити|delen|dela|jaa|"
    r"skip to (?:main )?content|menu|search|close|open|back to top|sign in|log in|login|register|subscribe)"
    r"[\s:|/•·,]*){1,8}$"
)
COOKIES = regex.compile(
    r"(?i)\b(?:(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies|cookie (?:policy|settings|preferences|consent|notice)|"
    r"accept (?:all )?cookies|(?:use|usage) of cookies|cookies? (?:help|allow) us)\b"
)
FOOTER = regex.compile(r"(?i)^(?:©|\(c\)|copyright\b)|all rights reserved|\b(?:terms of (?:use|service)|privacy policy)\b")


@dataclass(frozen=True)
class NavJunkSettings:
    max_label_words: int = 4
    """Empty labels ("Date:") have at most this many words."""
    max_cookie_words: int = 60
    """Cookie banners longer than this are left to the main-block choice."""
    max_footer_words: int = 30


class NavJunk:
    name = "nav_junk"

    def __init__(self, settings: NavJunkSettings = NavJunkSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        for i in doc.kept():
            text = doc.texts[i]
            words = doc.stats(i).words
            if words <= s.max_label_words and EMPTY_LABEL.match(text):
                yield Decision(i, "drop", f"empty field label {text!r}")
            elif words <= 12 and SHARE_WORDS.match(text):
                yield Decision(i, "drop", f"share or page button {text[:40]!r}")
            elif words <= 30 and BREADCRUMB.match(text) and not doc.stats(i).ends_sentence:
                yield Decision(i, "drop", "breadcrumb trail")
            elif words <= 40 and GLUED_WORDS.match(text) and i == doc.first_text_line:
                yield Decision(i, "drop", "menu words glued into one line")
            elif words <= s.max_cookie_words and COOKIES.search(text):
                yield Decision(i, "drop", "cookie banner")
            elif words <= s.max_footer_words and FOOTER.search(text):
                yield Decision(i, "drop", "footer (copyright, terms, privacy)")
