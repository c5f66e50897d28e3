"""placeholders: strips tokens that stand where images, ads and embeds were (`spot_img`, `{{...}}`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re

import regex

from ..document import Decision, Document

# Tokens removed wherever they stand, even glued to words ("spot_imgspot_img", "{{ad_slot}}").
INLINE_TOKENS = regex.compile(
    r"(?:spot_img)+|\[embedded content\]|\{\{[^{}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}|\[\[[a-z_]{1,40}\]\]"
)
# Lines that are nothing but a placeholder word.
WHOLE_LINE_TOKENS = re.compile(
    r"(?m)^(?:advertisements?|advertisement\s*-\s*scroll to continue|ads?|sponsored|"
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|mainos|"
    r"reklam|advertentie|annonce|广告|広告|광고|إعلان|loading\.*|image|photo|video|embed)$"
)
"""WHOLE_LINE_TOKENS is matched against the case-folded page, a line at a time."""


@dataclass(frozen=True)
class PlaceholdersSettings:
    inline: regex.Pattern[str] | None = INLINE_TOKENS
    whole_line: re.Pattern[str] | None = WHOLE_LINE_TOKENS


class Placeholders:
    name = "placeholders"

    def __init__(self, settings: PlaceholdersSettings = PlaceholdersSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        inline, whole = self.settings.inline, self.settings.whole_line
        whole_lines = set(doc.lines_matching(whole, folded=True)) if whole is not None else set()
        inline_lines = doc.lines_matching(inline, long_lines=True) if inline is not None else []
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
