"""repeats: drops a line of the article that repeats an earlier one word for word (a caption shown again by a
slideshow, a pull quote, a teaser that echoes the lead)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document


@dataclass(frozen=True)
class RepeatsSettings:
    min_words: int = 6
    """Shorter lines ("Advertisement", a subheading) may repeat for good reasons and are left alone."""


class Repeats:
    name = "repeats"

    def __init__(self, settings: RepeatsSettings = RepeatsSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        seen: dict[str, int] = {}
        for i in doc.kept():
            if doc.stats(i).words < self.settings.min_words:
                continue
            text = doc.texts[i]
            first = seen.setdefault(text, i)
            if first != i:
                yield Decision(i, "drop", f"repeats line {first}")
