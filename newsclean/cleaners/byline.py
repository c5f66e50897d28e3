"""byline: finds the author line ("By Jane Doe", "Von Max Muster") and takes the names from it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Decision, Document

BYLINE_PREFIX = regex.compile(
    r"(?i)^(?:(?:written|posted|reported|words|text|story|article)\s+by|by|from|author(?:s|ed by)?|"
    r"reporter|von|par|por|di|door|av|af|przez|autor(?:a|es)?|auteur|texto|tekst|text|автор|від|"
    r"read more (?:from|by)|more (?:from|by))\s*[:\-]?\s+"
)
# Where a byline's names stop: a date, a time, a separator, a role ("| Reuters", "- Staff writer").
NAME_END = regex.compile(r"\s(?:[|•·—–\-/,]\s|on\s|at\s|updated|published|\d)|\s+(?:here|for)\b|[|•·(\[\d]")
NAME_TOKEN = regex.compile(r"[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*")
NAME_JOINERS = frozenset("and & und et y e i и та van von der de da di del la le du bin al ibn".split())


@dataclass(frozen=True)
class BylineSettings:
    window_before: int = 40
    """How many lines before the headline a byline may stand."""
    window_after: int = 60
    """How many lines after the headline a byline may stand."""
    max_words: int = 14
    """A byline line has at most this many words."""
    max_name_tokens: int = 8


def names_in(text: str, max_tokens: int = 8) -> str | None:
    """The run of name tokens at the start of `text` ("Jane Doe and John Roe"), or None."""
    end = NAME_END.search(text)
    chunk = text[: end.start()] if end else text
    tokens = chunk.replace(",", " , ").split()
    kept: list[str] = []
    for token in tokens:
        if token == ",":
            kept.append(",")
        elif NAME_TOKEN.fullmatch(token) or (kept and token.casefold() in NAME_JOINERS):
            kept.append(token)
        else:
            break
        if len(kept) > max_tokens:
            return None
    while kept and (kept[-1] == "," or kept[-1].casefold() in NAME_JOINERS):
        kept.pop()
    if not kept or not NAME_TOKEN.fullmatch(kept[0]):
        return None
    name = " ".join(kept).replace(" ,", ",").rstrip(".")
    return name or None


class Byline:
    name = "byline"

    def __init__(self, settings: BylineSettings = BylineSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        anchor = doc.notes.get("headline_line")
        h = anchor if isinstance(anchor, int) else 0
        found = False
        for i in doc.kept():
            if i < h - s.window_before:
                continue
            if i > h + s.window_after and found:
                break
            text = doc.texts[i]
            stats = doc.stats(i)
            if stats.words > s.max_words:
                continue
            prefix = BYLINE_PREFIX.match(text)
            if prefix is None:
                continue
            rest = text[prefix.end():]
            if not rest and i + 1 < len(doc) and doc.texts[i + 1]:
                name = names_in(doc.texts[i + 1], s.max_name_tokens)
                if name:
                    yield Decision(i, "drop", "byline label")
                    yield Decision(i + 1, "drop", f"byline {name!r}", role="byline", value=name)
                    found = True
                continue
            name = names_in(rest, s.max_name_tokens)
            if name:
                yield Decision(i, "drop", f"byline {name!r}", role="byline", value=name)
                found = True
