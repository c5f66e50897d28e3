"""dom_container: drops the lines of an HTML page that stand outside the element holding most of its prose.

The article's paragraphs stand together in one element (a <div> or an <article>, whatever it is called); teaser
lists, comments and footers that read like prose stand outside it. The element is the deepest one that holds at
least `min_prose_share` of the page's prose (long lines that end like sentences). Pages read as text carry no
such evidence: it does nothing. Sections marked as the article's questions and answers ("faq") stay.

Before the element, a line that repeats the summary the page's metadata gives (its description), with no other
prose between it and the element, is the standfirst set over the article, not its text, unless it is a paragraph
(<p>) its markup does not mark as a summary: the article's first paragraph, which a page's description often
copies, may stand apart from the others.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..document import Decision, Document


SUMMARY_WORDS = frozenset({"summary", "lead", "deck", "dek", "standfirst", "subline", "subhead", "abstract"})
"""Class and id words of an element holding the summary set over an article ("article__lead", "subhead")."""
ARTICLE_SECTION_WORDS = frozenset({"faq", "faqs"})
"""Class and id words of sections that articles end with outside the element of their running text (a list of
questions and answers): they stay after it."""


@dataclass(frozen=True)
class DomContainerSettings:
    min_prose_share: float = 0.7
    """The article's element holds at least this share of the page's prose words."""
    prose_min_words: int = 8
    """Lines of at least this many words that end like a sentence are prose."""
    min_prose_words: int = 60
    """Pages with less prose than this are left alone: too little to tell where the article stands."""
    before: bool = False
    """Also drop lines before the element (where the headline, standfirst and byline may stand)."""
    drop_summary: bool = True
    """Drop a line before the element that repeats the page's summary (see `repeats_summary`)."""
    summary_likeness: float = 90
    """A line this alike to the summary (rapidfuzz ratio) repeats it..."""
    summary_prefix_chars: int = 40
    """...as does one that the summary starts with, or that starts with the summary, over this many characters
    at least (either may be cut short)."""
    summary_max_chars: int = 1000
    """Texts longer than this are compared by their starts alone: no summary is so long, and likeness costs the
    product of the two lengths."""


class DomContainer:
    name = "dom_container"

    def __init__(self, settings: DomContainerSettings = DomContainerSettings()) -> None:
        self.settings = settings

    def container(self, doc: Document) -> tuple[int, int] | None:
        """The article's element (its number) and its depth, or None."""
        return prose_container(doc, self.settings)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        if doc.evidence is None:
            return
        found = self.container(doc)
        if found is None:
            return
        element, d = found
        evidence = doc.evidence
        inside = [i for i in doc.kept() if len(evidence[i].path) > d and evidence[i].path[d] == element]
        first, last = inside[0], inside[-1]
        share = f"{self.settings.min_prose_share:.0%}"
        if self.settings.drop_summary and doc.summaries:
            yield from self.standfirst(doc, first)
        for i in doc.kept():
            if i > last and any(not r.tokens.isdisjoint(ARTICLE_SECTION_WORDS) for r in evidence[i].regions):
                continue
            if i > last:
                yield Decision(i, "drop", f"after the element that holds {share} of the page's prose")
            elif i < first and self.settings.before and not evidence[i].in_head:
                yield Decision(i, "drop", f"before the element that holds {share} of the page's prose")
            elif first < i < last and (len(evidence[i].path) <= d or evidence[i].path[d] != element):
                yield Decision(i, "drop", f"between the lines of the element that holds {share} of the page's prose")


    def standfirst(self, doc: Document, first: int) -> Iterator[Decision]:
        """The lines before line `first` (the element's first) that repeat the page's summary, when no other
        prose stands between them and the element."""
        from .dom_main_block import names_the_body  # (which reads this module's settings)

        s = self.settings
        evidence = doc.evidence
        assert evidence is not None
        for i in reversed([i for i in doc.kept() if i < first]):
            if evidence[i].in_head:
                break
            stats = doc.stats(i)
            if stats.words < s.prose_min_words:
                continue
            if not any(repeats_summary(doc.texts[i], summary, s) for summary in doc.summaries):
                if stats.ends_sentence:
                    break  # prose of the article's own before its element
                continue
            ev = evidence[i]
            if (ev.tag == "p" and not (ev.regions and not ev.regions[-1].tokens.isdisjoint(SUMMARY_WORDS))) or \
                    any(names_the_body(r) for r in ev.regions):
                break  # the article's first paragraph
            yield Decision(i, "drop", "the page's summary (its description) over the article")


def repeats_summary(text: str, summary: str, s: DomContainerSettings = DomContainerSettings()) -> bool:
    """Does a line repeat the page's summary: nearly the same, or the one the start of the other (a summary or
    a teaser cut short with "...")?"""
    a, b = text.rstrip(".…  "), summary.rstrip(".…  ")
    shorter = min(len(a), len(b))
    if shorter >= s.summary_prefix_chars and (a.startswith(b[:shorter]) or b.startswith(a[:shorter])):
        return True
    if len(text) > s.summary_max_chars or len(summary) > s.summary_max_chars:
        return False
    return fuzz.ratio(text, summary) >= s.summary_likeness


def prose_container(doc: Document, s: DomContainerSettings = DomContainerSettings(),
                    prose: Iterable[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """The deepest element holding `s.min_prose_share` of the prose of the page's kept lines (its number) and
    its depth, or None. `prose` gives the prose lines and their words where they are counted already."""
    evidence = doc.evidence
    if evidence is None:
        return None
    if prose is None:
        prose = ((i, stats.words) for i in doc.kept() for stats in (doc.stats(i),)
                 if stats.words >= s.prose_min_words and stats.ends_sentence)
    # the elements around the line's own: one long paragraph may hold most of the prose, and is no container.
    # The paragraphs of an element share those: their words are summed first
    around: dict[tuple[int, ...], int] = {}
    total = 0
    for i, n in prose:
        total += n
        outer = evidence[i].path[:-1]
        around[outer] = around.get(outer, 0) + n
    words: dict[int, int] = {}
    depth: dict[int, int] = {}
    for outer, n in around.items():
        for d, element in enumerate(outer):
            words[element] = words.get(element, 0) + n
            depth[element] = d
    if total < s.min_prose_words:
        return None
    held = [e for e, w in words.items() if w >= s.min_prose_share * total]
    if not held:
        return None
    best = max(held, key=lambda e: depth[e])
    return best, depth[best]
