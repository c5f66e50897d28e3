"""headline: finds the article's headline (the line most like the page title) and drops its copies."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex
from rapidfuzz import fuzz, process

from ..dates import find_date
from ..document import Decision, Document, fold
from ..likeness import partial_ratio

# Separators between a headline and the site's name in a page title ("Headline | Site", "Site - Headline").
TITLE_SEPARATORS = regex.compile(r"\s+[|\-–—:·•«»~/]{1,2}\s+|\s*::\s*|\s+\|\s*|\s*\|\s+")
BREADCRUMB_SEPARATOR = regex.compile(r"\s[>›»]\s")
TRUNCATION = regex.compile(r"\s*(?:\.\.\.|…)$")
CLAUSE_ENDS = (".", ",", ";", ":", "。", "，", "；", "：")
"""A line ending like a sentence or a clause is not a heading ("?" and "!" end headlines too)."""


@dataclass(frozen=True)
class HeadlineSettings:
    min_similarity: float = 80.0
    """How alike (rapidfuzz ratio, 0–100) a line must be to the page title to be taken as the headline."""
    copy_similarity: float = 90.0
    """Lines at least this alike to the headline are copies of it (breadcrumbs, repeated titles) and go."""
    max_length_ratio: float = 3.0
    """A candidate line may be at most this many times longer than the title's headline part."""
    max_words: int = 40
    """A headline has at most this many words."""
    max_candidates: int = 5000
    """Only the first this many kept lines are read for the headline and its copies."""
    prose_window: int = 30
    """How many lines after a candidate headline are read for the prose that follows it."""
    prose_min_words: int = 8
    """A first line this long that ends with a full stop is prose, not the page title."""
    max_prose_before: int = 120
    """A line with more words of prose than this among the `prose_window` lines above it stands inside an article:
    a subheading there that only restates the title (less than `exact_similarity` alike) is not the headline."""
    exact_similarity: float = 95.0
    equal_margin: float = 2.0
    """Lines whose likeness to the title differs by at most this much are equals: the first of them is taken."""
    """A line at least this alike to the title is its copy, the headline wherever it stands."""
    min_part_share: float = 0.6
    """Parts of the title shorter than this share of its longest part are the site's name, not the headline."""
    min_title_words: int = 4
    """A first line this short is not taken for the page title when no line matches it."""
    shown_twice_gap: int = 8
    """A heading line repeated within this many lines (the page's heading and its breadcrumb or sticky copy) is
    the headline when no line is at least `copy_similarity` alike to the title."""
    shown_twice_min_words: int = 4
    shown_twice_min_shared: float = 50.0
    """How much of its words (rapidfuzz token_set_ratio) such a line must share with the title."""


def title_parts(title: str) -> list[str]:
    """The parts of a page title between its separators, longest first, with the whole title last."""
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p and p.strip()]
    parts.sort(key=len, reverse=True)
    if title not in parts:
        parts.append(title)
    return parts


def title_without_ends(title: str) -> list[str]:
    """A title of three parts or more without its last part, and without its first ("Headline - Subtitle - Site"
    -> "Headline - Subtitle"): one of the ends is the site's name."""
    pieces = TITLE_SEPARATORS.split(title)
    if len([p for p in pieces if p.strip()]) < 3:
        return []
    seps = [m.group(0) for m in TITLE_SEPARATORS.finditer(title)]
    return [title[: title.rfind(seps[-1])].strip(), title[title.find(seps[0]) + len(seps[0]):].strip()]


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """How alike two short texts are, 0–100, forgiving a truncated or prefixed copy; 0 below `cutoff`."""
    a, b = a.casefold(), b.casefold()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    partial = len(short) >= 0.6 * len(long_) and len(short) >= 12
    score = fuzz.ratio(a, b, score_cutoff=cutoff * 0.6 if partial else cutoff)
    if partial and score:
        score = max(score, 0.97 * partial_ratio(short, long_, score_cutoff=cutoff))
    return score if score >= cutoff else 0.0


class Headline:
    name = "headline"

    def __init__(self, settings: HeadlineSettings = HeadlineSettings()) -> None:
        self.settings = settings

    @staticmethod
    def matches(text: str, lines: list[int], folded: list[str], cutoff: float) -> list[tuple[int, float]]:
        """The lines (in order) at least `cutoff` alike to `text`: a fast first pass over all of them in
        rapidfuzz, then the full `similarity` on the few that pass."""
        target = text.casefold()
        shortlist = process.extract(target, folded, scorer=fuzz.ratio, score_cutoff=0.6 * cutoff, limit=None)
        found = []
        for _, _, k in sorted(shortlist, key=lambda m: m[2]):
            score = similarity(folded[k], target, cutoff)
            if score >= cutoff:
                found.append((lines[k], score))
        return found

    @staticmethod
    def prose_words(doc: Document, lines: range) -> int:
        """Words of the sentence-like lines among `lines` (a range of lines, read from the page's columns)."""
        words = doc.word_counts()[lines.start:lines.stop]
        ends = doc.sentence_ends()[lines.start:lines.stop]
        return sum([n for n, ended in zip(words, ends) if ended and n >= 8])

    def prose_after(self, doc: Document, line: int) -> int:
        return self.prose_words(doc, range(line + 1, min(line + 1 + self.settings.prose_window, len(doc))))

    def prose_before(self, doc: Document, line: int) -> int:
        return self.prose_words(doc, range(max(line - self.settings.prose_window, 0), line))

    def shown_twice(self, doc: Document, lines: list[int], title: str) -> int | None:
        """The first heading-like line that stands again a few lines below, sharing words with the title: pages
        whose title is worded for search engines show the heading readers see twice (in the breadcrumb or a sticky
        bar, and above the article)."""
        s = self.settings
        folded_title = title.casefold()
        for k, i in enumerate(lines):
            if self.prose_words(doc, range(lines[k - 1] if k else 0, i)):
                return None  # only the page's header, above its first prose, shows the heading twice
            text = doc.texts[i]
            if doc.word_counts()[i] < s.shown_twice_min_words or text.endswith(CLAUSE_ENDS):
                continue
            if text not in doc.texts[i + 1:i + 1 + s.shown_twice_gap]:
                continue
            if fuzz.token_set_ratio(fold(text), folded_title) >= s.shown_twice_min_shared:
                return i
        return None

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        first = doc.first_kept()
        if first is None:
            return
        title = doc.texts[first]
        stats = doc.stats(first)
        ends_like_prose = title.endswith(".") and not title.endswith("..")  # a truncated title ends in "..."
        if stats.words > s.max_words or (ends_like_prose and stats.words >= s.prose_min_words):
            return  # the page starts with prose, not with its title
        parts = [TRUNCATION.sub("", p) for p in title_parts(title)]
        longest = len(parts[0]) if parts else 0
        # the site's name is a short part of the title: only parts near the longest one's length are candidates
        cores = [p for p in parts[:3] if len(p) >= s.min_part_share * longest and len(p.split()) >= 2]
        cores += [p for p in title_without_ends(title) if p not in cores]
        if not cores:
            return  # a title of one word is no title: headline_fallback looks above the body
        core_len = longest
        texts = doc.texts
        shortest, longest_line = 0.3 * len(cores[-1]), s.max_length_ratio * core_len + 20
        lines = [i for i in doc.kept()[: s.max_candidates]
                 if i != first and shortest <= len(texts[i]) <= longest_line and doc.words(i) <= s.max_words]
        folded = [texts[i].casefold() for i in lines]  # `fold`: the lines' other stats are not needed
        found: list[tuple[int, float] | None] = []
        for core in cores:
            best_line: tuple[int, float] | None = None
            for i, score in self.matches(core, lines, folded, s.min_similarity):
                if score < s.exact_similarity and self.prose_before(doc, i) > s.max_prose_before:
                    continue  # the title restated inside an article, not its headline
                # the first of equals wins: headlines come before their copies and variants
                if best_line is None or score > best_line[1] + s.equal_margin:
                    best_line = (i, score)
            found.append(best_line)
        candidates = [f for f in found if f is not None]
        if len(candidates) > 1:
            # parts of the title may both stand as lines (the headline, the site's name): the headline is one
            # that prose follows, and of those the title's first part (titles end with the site's name more
            # often than they start with it)
            where = {f: title.find(core) if core != title else 0 for f, core in zip(found, cores) if f is not None}
            # the whole title counts as its first part; between lines standing for parts that start at the same
            # place, the one more like the whole title is the fuller headline
            folded_title = title.casefold()
            candidates.sort(key=lambda f: (self.prose_after(doc, f[0]) == 0, where[f],
                                           -fuzz.ratio(doc.stats(f[0]).folded, folded_title)))
        best, best_score = candidates[0] if candidates else (None, 0.0)
        reason = f"the headline ({best_score:.0f}% like the page title)"
        if best_score < s.copy_similarity:
            shown = self.shown_twice(doc, lines, title)
            if shown is not None:
                best, reason = shown, "the headline: a heading shown twice, sharing words with the page title"
        if best is not None:
            headline = doc.texts[best]
            crumbs = BREADCRUMB_SEPARATOR.split(headline)
            if len(crumbs) > 1 and len(crumbs[-1].split()) >= 2:
                headline = crumbs[-1].strip()  # "News > World > The headline": the headline is the last crumb
            date = find_date(headline[:40])
            if date is not None and date[1] == 0 and len(headline[date[2]:].split()) >= 2:
                headline = headline[date[2]:].strip(" -–—|:")  # "Dec 18 2025 The headline"
            yield Decision(best, "drop", reason, role="headline", value=headline)
            yield Decision(first, "drop", "the page title", role="page_title", value=title)
            doc.headline_line = best
            size, slack = len(headline), 0.5 * len(headline) + 5
            others = [i for i in doc.kept()[: s.max_candidates] if i not in (best, first)
                      and abs(len(texts[i]) - size) <= slack]
            for i, score in self.matches(headline, others, [texts[i].casefold() for i in others], s.copy_similarity):
                yield Decision(i, "drop", f"a copy of the headline ({score:.0f}% alike)")
        elif cores and len(cores[0].split()) >= s.min_title_words:
            # no line repeats the title: headline_fallback chooses between it and the line above the body
            yield Decision(first, "drop", "the page title (no line repeats it)", role="title", value=cores[0])
            doc.headline_line = first
