"""placeholders: strips tokens that stand where images, ads, embeds and links were (`spot_img`, `{{...}}`,
`javascript:void(0)`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..document import Decision, Document

# Tokens removed wherever they stand, even glued to words ("spot_imgspot_img", "{{ad_slot}}").
INLINE_TOKENS = regex.compile(
    r"(?:spot_img)+|\[embedded content\]|\{\{[^{}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}|\[\[[a-z_]{1,40}\]\]|"
    r"javascript:void\(0\);?"
)
INLINE_HINTS = ("spot_img", "[embedded content]", "{{", "{%", "[[", "javascript:void")
# Lines that are nothing but a placeholder word.
WHOLE_LINE_TOKENS = re.compile(
    r"(?m)\n(?:advertisements?|adverts?|advertisement\s*-\s*scroll to continue|scroll to continue with content|ads?|sponsored|"
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|mainos|"
    r"reklam|advertentie|annonce|广告|広告|광고|إعلان|loading\.*|image|photo|video|embed|"
    # where an advertisement or gallery interrupts the text: "Story continues below advertisement"
    r"(?:story|article|text|content) continues (?:below|after (?:the |this )?(?:ad|advertisement))"
    r"(?: (?:advertisement|gallery|video|ad))?|continue reading below|weiterlesen nach der anzeige|"
    r"(?:la )?suite après (?:cette|la) publicité|продолжение после рекламы)$"
)
"""WHOLE_LINE_TOKENS is matched against the case-folded page, a line at a time, from the newline before each line
(which the matcher skips to, where it would try `^` at every character)."""
DUMMY_TEXT = re.compile(r"(?m)^lorem ipsum\b")
"""A template's dummy text ("Lorem ipsum dolor sit amet, …") left in the page: no text of the article."""
MARKUP_HINT = re.compile("</")
# Markup that leaked into the text (a page's source inside a script or a feed): tags of the common elements.
MARKUP_TAG = re.compile(r"</?(?:p|div|span|h[1-6]|a|li|ul|ol|br|img|strong|em|b|i|figure|section|script|iframe)\b"
                        r"[^<>]{0,300}>", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceholdersSettings:
    inline: regex.Pattern[str] | None = INLINE_TOKENS
    inline_hints: tuple[str, ...] | None = INLINE_HINTS
    """Pieces of text one of which every `inline` token holds: a page holding none of them is not searched
    (None: always search)."""
    whole_line: re.Pattern[str] | None = WHOLE_LINE_TOKENS
    max_whole_line_words: int = 6
    """Lines longer than this are not read for `whole_line` (its longest token has five words)."""
    min_markup_tags: int = 5
    """A line holding this many HTML tags is the page's source leaked into its text, not text."""


class Placeholders:
    name = "placeholders"

    def __init__(self, settings: PlaceholdersSettings = PlaceholdersSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        inline, whole = self.settings.inline, self.settings.whole_line
        # a newline before every line: a pattern may start at it, or with `(?m)^`
        whole_lines = set(doc.lines_matching(whole, folded=True, max_words=self.settings.max_whole_line_words,
                                             newline_first=True)) if whole is not None else set()
        hints = self.settings.inline_hints
        if inline is not None and (hints is None or doc.contains_any(hints)):
            inline_lines = doc.lines_matching(inline, max_words=None)
        else:
            inline_lines = []
        if doc.contains_any(("</",)):
            for i in doc.lines_matching(MARKUP_HINT, max_words=None):
                if len(MARKUP_TAG.findall(doc.texts[i])) >= self.settings.min_markup_tags:
                    yield Decision(i, "drop", "markup, not text (HTML tags)")
        if doc.contains_any(("lorem ipsum",), folded=True):
            for i in doc.lines_matching(DUMMY_TEXT, folded=True, max_words=None):
                yield Decision(i, "drop", "dummy text (lorem ipsum)")
        for i in sorted(whole_lines.union(inline_lines)):
            text = doc.texts[i]
            if i in whole_lines and len(text) <= 40:
                yield Decision(i, "drop", f"placeholder line {text!r}")
                continue
            if inline is None:
                continue
            found = inline.findall(text)
            if found:
                left = inline.sub(" ", text)
                tokens = ", ".join(sorted({f"{t[:30]!r}" for t in found}))
                if left.strip():
                    yield Decision(i, "strip", f"placeholder token {tokens} removed", text=left)
                else:
                    yield Decision(i, "drop", f"placeholder token {tokens}")
