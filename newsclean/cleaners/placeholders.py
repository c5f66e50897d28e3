"""placeholders: strips tokens that stand where images, ads and embeds were (`spot_img`, `{{...}}`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Decision, Document

# Tokens removed wherever they stand, even glued to words ("spot_imgspot_img", "{{ad_slot}}").
INLINE_TOKENS = regex.compile(
    r"(?:spot_img)+|\[embedded content\]|\{\{[^{}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}|\[\[[a-z_]{1,40}\]\]"
)
# Lines that are nothing but a placeholder word.
WHOLE_LINE_TOKENS = regex.compile(
    r"(?i)(?:advertisements?|advertisement\s*-\s*scroll to continue|ads?|sponsored|"
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|mainos|"
    r"reklam|advertentie|annonce|广告|広告|광고|إعلان|loading\.*|image|photo|video|embed)"
)


@dataclass(frozen=True)
class PlaceholdersSettings:
    inline: regex.Pattern[str] | None = INLINE_TOKENS
    whole_line: regex.Pattern[str] | None = WHOLE_LINE_TOKENS


class Placeholders:
    name = "placeholders"

    def __init__(self, settings: PlaceholdersSettings = PlaceholdersSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        inline, whole = self.settings.inline, self.settings.whole_line
        for i in doc.kept():
            text = doc.texts[i]
            if whole is not None and len(text) <= 40 and whole.fullmatch(text):
                yield Decision(i, "drop", f"placeholder line {text!r}")
                continue
            if inline is None:
                continue
            found = inline.findall(text) if ("_" in text or "{" in text or "[" in text) else ()
            if found:
                left = inline.sub(" ", text)
                tokens = ", ".join(sorted({f"{t[:30]!r}" for t in found}))
                if left.strip():
                    yield Decision(i, "strip", f"placeholder token {tokens} removed", text=left)
                else:
                    yield Decision(i, "drop", f"placeholder token {tokens}")
