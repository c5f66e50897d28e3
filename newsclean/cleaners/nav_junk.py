"""nav_junk: drops navigation and page furniture: breadcrumbs, share buttons, empty labels, cookie banners, footers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..document import Decision, Document, fold
from ..hints import HintWords
from ..prose_flow import among_prose, cell_of_a_row

# "Home > News > World", "Home / Sport", "News » Politics".
BREADCRUMB = re.compile(r"^[^>»›/|]{1,40}(?:\s[>»›/|]\s[^>»›/|]{1,60}){1,8}$")
BREADCRUMB_MARKS = frozenset(">»›/|")
BREADCRUMB_SPLIT = re.compile(r"\s[>»›/|]\s")
MIN_WORDED_STEPS = 2
"""A trail's steps are pages' names: a row where fewer hold a letter, and that holds a share or an amount, is a
table's figures ("37% / 40%", "$1,200 / $1,500")."""
FIGURE_MARKS = frozenset("%$€£¥")
# Menu words glued without spaces by a scraper: "HomeShoppingUkraine-Russia war latest".
GLUED_WORDS = regex.compile(r"^(?:\p{Lu}\p{Ll}{2,}){2,}\p{Lu}")
# "Date:", "Tags:", "Share this:" with nothing after them.
EMPTY_LABEL = re.compile(r"^[^\W\d_](?:[^\W\d_]| ){0,24}:$")
SHARE_WORDS = re.compile(
    r"^(?:\d{1,6}\s)?(?:(?:share|share this|share on|tweet|email|e-mail|mail|print|facebook|twitter|x|whatsapp|linkedin|"
    r"pinterest|pin it|pin|reddit|telegram|messenger|copy link|copy|link|link copied(?: to clipboard)?!?|copied!?|"
    r"save|comment|comments|flipboard|pocket|sms|bluesky|threads|mastodon|tumblr|nextdoor|xing|vk|viber|line|"
    r"teilen|partager|compartir|condividi|compartilhar|udostępnij|поделиться|поширити|delen|dela|jaa|"
    r"paylaş|bagikan|chia sẻ|megosztás|distribuie|sdílet|κοινοποίηση|مشاركة|اشتراک گذاری|"
    r"共有|シェア|保存|印刷|分享|收藏|打印|공유|저장|인쇄|jetzt teilen|"
    # "close" and "comments" on buttons
    r"fermer|schließen|cerrar|chiudi|fechar|zamknij|закрыть|закрити|sluiten|stäng|sulje|kapat|tutup|zavřít|"
    r"bezárás|închide|κλείσιμο|إغلاق|閉じる|关闭|關閉|닫기|"
    r"kommentare?|commentaires?|comentarios?|commenti|comentários?|komentarze?|комментарии|коментарі|reacties|"
    r"kommentit|yorumlar|komentar|hozzászólások|comentarii|σχόλια|تعليقات|"
    r"skip to (?:main )?content|menu|search|close|open|back to top|sign in|log in|login|register|subscribe|"
    r"click to (?:share|email|print)[^()]{0,40}(?:\(opens in new window\))?)"
    r"[\s:|/•·,]*){1,8}$"
)
# Social networks, as named on a row of share or follow buttons.
NETWORKS = frozenset("facebook twitter x x-twitter whatsapp linkedin pinterest pint reddit telegram messenger tumblr vk "
                     "viber flipboard instagram youtube tiktok snapchat threads bluesky mastodon xing line".split())
BUTTON_SEPARATORS = re.compile(r"[|•·/]")
COOKIES = re.compile(
    r"\b(?:(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies|cookie (?:policy|settings|preferences|consent|notice)|"
    r"accept (?:all )?cookies|(?:use|usage) of cookies|cookies? (?:help|allow) us)\b"
)
FOOTER = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved")
FOOTER_LINKS = re.compile(r"\b(?:terms of (?:use|service)|privacy policy)\b")
"""Footer links only count on a short line: a sentence may mention a privacy policy."""
"""SHARE_WORDS, COOKIES and FOOTER are matched against the case-folded line."""
# What every line this cleaner drops holds: lines without any of it are not read.
HINTS = HintWords(
    list(":>»›/|©") + "cookie (c) copyright rights terms privacy share tweet mail print facebook twitter whatsapp "
    "linkedin pinterest pin reddit telegram messenger copy link save comment flipboard pocket sms bluesky threads "
    "mastodon tumblr nextdoor xing viber instagram youtube tiktok teilen partager click "
    "compartir condividi compartilhar udostępnij поделиться поширити delen dela jaa skip menu search close open "
    "login register subscribe paylaş bagikan chia megosztás distribuie sdílet κοινοποίηση مشاركة اشتراک "
    "共有 シェア 保存 印刷 分享 收藏 打印 공유 저장 인쇄 teilen fermer schließen cerrar chiudi fechar zamknij "
    "закрыть закрити sluiten stäng sulje kapat tutup zavřít bezár închide κλείσιμο إغلاق 閉じる 关闭 關閉 닫기 "
    "komment comment coment reacties yorum komentar hozzászól σχόλια تعليقات".split()
    # buttons whose first word alone is in many lines ("blog", "design", "background")
    + ["back to top", "log in", "sign in"]
)

COOKIE_HINT = re.compile("cookie")
"""What every cookie banner holds."""


def not_a_trail(doc: Document, i: int) -> bool:
    """Is line i, which reads like a breadcrumb trail, the article's: a row of figures (see `MIN_WORDED_STEPS`), a
    slash inside brackets ("outsourcing (PEO / co-employment)"), or, on an HTML page, a heading or a cell of a table's
    row?"""
    text = doc.texts[i]
    if figures_row(text) or any(step.count("(") != step.count(")") for step in BREADCRUMB_SPLIT.split(text)):
        return True
    evidence = doc.evidence
    return evidence is not None and (evidence[i].heading > 0 or cell_of_a_row(doc, i))


def figures_row(trail: str) -> bool:
    """Is a line that reads like a trail a row of figures (see `MIN_WORDED_STEPS`)?"""
    if FIGURE_MARKS.isdisjoint(trail):
        return False
    return sum(1 for step in BREADCRUMB_SPLIT.split(trail) if any(c.isalpha() for c in step)) < MIN_WORDED_STEPS


@dataclass(frozen=True)
class NavJunkSettings:
    max_button_words: int = 16
    """A row of share and page buttons has at most this many words ("Click to email a link to a friend (Opens in
    new window) Email" has 13)."""
    max_network_row_words: int = 8
    """A row naming two social networks or more, more than half its words, with no sentence's end, is a row of share
    or follow buttons though its other buttons are unknown words ("Whatsapp Facebook Pint Baixar")."""
    max_label_words: int = 4
    """Empty labels ("Date:") have at most this many words."""
    max_cookie_words: int = 60
    """Cookie banners longer than this are left to the main-block choice."""
    max_footer_words: int = 30
    max_footer_link_words: int = 8
    max_breadcrumb_words: int = 30


class NavJunk:
    name = "nav_junk"

    def __init__(self, settings: NavJunkSettings = NavJunkSettings()) -> None:
        self.settings = settings

    @staticmethod
    def network_row(folded: str) -> bool:
        if folded.endswith((".", "!", "?")) or "," in folded:
            return False  # a sentence, or a list in the text ("Best for: YouTube, TikTok, X")
        words = BUTTON_SEPARATORS.sub(" ", folded).split()
        networks = {w for w in words if w in NETWORKS}
        return len(networks) >= 2 and 2 * sum(w in NETWORKS for w in words) > len(words)

    def max_furniture_words(self) -> int:
        """The longest line this cleaner drops for anything but cookies."""
        s = self.settings
        return max(s.max_button_words, s.max_network_row_words, s.max_label_words, s.max_breadcrumb_words,
                   s.max_footer_words, s.max_footer_link_words)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        first = doc.first_kept()
        # only cookie banners run longer than the other furniture: the long lines are searched for them alone
        lines = set(doc.lines_holding(HINTS, max_words=self.max_furniture_words()))
        lines.update(doc.lines_matching(COOKIE_HINT, folded=True, max_words=s.max_cookie_words))
        if first is not None and doc.is_kept(first):
            lines.add(first)
        # the lines' words and ends are read from the page's columns, without working out their other stats
        word_counts, ends = doc.word_counts(), doc.sentence_ends()
        for i in sorted(lines):
            words = word_counts[i]
            if words > s.max_cookie_words:
                continue
            text = doc.texts[i]
            folded = fold(text)
            if words <= s.max_label_words and text.endswith(":") and EMPTY_LABEL.match(text):
                yield Decision(i, "drop", f"empty field label {text!r}")
            elif words <= s.max_button_words and SHARE_WORDS.match(folded):
                yield Decision(i, "drop", f"share or page button {text[:40]!r}")
            elif words <= s.max_network_row_words and self.network_row(folded):
                yield Decision(i, "drop", f"row of social network buttons {text[:40]!r}")
            elif words <= s.max_breadcrumb_words and not BREADCRUMB_MARKS.isdisjoint(text) and BREADCRUMB.match(text) \
                    and not ends[i] and not not_a_trail(doc, i) and not among_prose(doc, i):  # on an HTML page, a row
                yield Decision(i, "drop", "breadcrumb trail")
            elif i == first and words <= 40 and GLUED_WORDS.match(text):
                yield Decision(i, "drop", "menu words glued into one line")
            elif "cookie" in folded and COOKIES.search(folded):
                yield Decision(i, "drop", "cookie banner")
            elif (words <= s.max_footer_words and FOOTER.search(folded)) or \
                    (words <= s.max_footer_link_words and FOOTER_LINKS.search(folded)):
                doc.footer_lines.add(i)
                yield Decision(i, "drop", "footer (copyright, terms, privacy)")
