"""captions: drops photo captions and credits ("(AP Photo/Evan Vucci)", "Photo: Getty Images")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Decision, Document

CREDIT = regex.compile(
    r"(?i)(?:^|[\s(\[])(?:photo|image|picture|photograph|illustration|video|graphic|foto|bild|imagen|immagine|"
    r"фото|zdjęcie|credit|source|quelle|fuente|fonte|crédit)s?\s*(?:credit)?\s*(?:by|:|/|©)|"
    r"\((?:AP|AFP|Reuters|EPA|Getty|Photo|File)[^()]{0,80}\)\s*$|"
    r"(?:getty images|shutterstock|istock(?:photo)?|associated press|reuters|afp|epa|alamy|dpa|imago)(?:/[\w .]+)?\s*\)?$|"
    r"^©|©\s*[\p{L}\d]"
)


@dataclass(frozen=True)
class CaptionsSettings:
    max_words: int = 40
    """Captions and credits longer than this are left alone."""


class Captions:
    name = "captions"

    def __init__(self, settings: CaptionsSettings = CaptionsSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        for i in doc.kept():
            if doc.stats(i).words <= self.settings.max_words:
                m = CREDIT.search(doc.texts[i])
                if m:
                    yield Decision(i, "drop", f"photo caption or credit ({m.group(0).strip()[:30]!r})")
