"""related_stories: drops teaser lists: "Related stories" headers and teaser headline + truncated summary pairs."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import bisect
import re

import regex

from ..document import Decision, Document
from ..hints import HintWords
from ..prose_flow import among_prose, cell_of_a_row

SECTION_HEADER = re.compile(
    r"^(?:related(?: stories| articles| posts| news| content| coverage| reading| links| topics)?|"
    r"(?:the )?latest(?: stories| news| articles| posts| videos)?|top stories|editor'?s picks|"
    r"read (?:more|next|also)|also read|see also|up next|further reading|what to read next|don['’]?t miss|must read|"
    r"recommended(?: for you| stories| reading| articles)?|most (?:popular|read|viewed|shared|recent)|"
    r"trending(?: now| stories| news)?|popular(?: posts| stories| articles)?|"
    r"mehr zum thema|das könnte sie auch interessieren|lesen sie auch|à lire aussi|lire aussi|sur le même sujet|"
    r"leer más|lee también|seguir leyendo|sigue leyendo|keep reading|continuar lendo|continua a leggere|"
    r"te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|"
    r"leia também|veja também|lees ook|czytaj (?:też|także)|zobacz (?:też|także)|читайте также|читайте також|"
    r"по теме|相关(?:新闻|阅读|文章)|相關(?:新聞|閱讀|文章)|関連記事|관련 ?기사|"
    r"(?:berita|artikel) terkait|baca juga|tin liên quan|bài viết liên quan|i\u0307?lgili haberler|"
    r"kapcsolódó (?:cikkek|hírek)|articole (?:similare|recomandate)|související články|σχετικά άρθρα|"
    r"أخبار ذات صلة|اقرأ أيضا|مطالب مرتبط|संबंधित (?:खबरें|ख़बरें|लेख)|ये भी पढ़ें|"
    r"เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|temas relacionados|últimas noticias|m[áa]s noticias|"
    r"διαβ[άα]στε επ[ίι]σης|läs (?:också|mer(?: om)?)|læs (?:også|mere(?: om)?)|les (?:også|mer(?: om)?)|"
    r"lue (?:myös|lisää)|lees meer(?: over)?)[\s:.…]*(?:[(（][^()（）]{0,20}[)）])?$"
)
# Short headers that announce a list of other stories, wherever the phrase stands in them.
LIST_HEADER = re.compile(
    r"\b(?:related|recommended|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|"
    r"more (?:in|from|on|stories|news|articles|posts|videos|like this|to (?:read|explore))|"
    r"explore more|(?:popular|trending|latest) (?:stories|posts|articles|news)|other (?:news|stories|articles)|"
    r"alte [șş]tiri|otras noticias|autres (?:articles|actualités|infos)|outras notícias|altre notizie|"
    r"weitere (?:nachrichten|artikel|meldungen)|andere? nieuws|inne (?:wiadomości|artykuły)|другие новости|"
    r"інші новини|diğer haberler|další (?:články|zprávy)|egyéb hírek|muut uutiset|andre nyheder|andra nyheter|"
    r"berita lainnya|tin khác)\b"
)
# "More Washington Examiner": "More" and a name.
MORE_FROM_NAME = regex.compile(r"^More(?:\s+\p{Lu}\S*){1,4}\s*$")
INLINE_TEASER = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related|recommended|watch|listen|"
    r"lesen sie auch|(?:[àa] )?lire aussi|leer más|leggi anche|leia também|czytaj też|читайте также)\s*[:|»>-]\s*\S"
)
TRUNCATED = re.compile(r"[\w,;]\s?(?:\.\.\.|…|\[…\]|\[\.\.\.\])$")
TRUNCATION_ENDS = ("...", "…", "]")
"""SECTION_HEADER, LIST_HEADER and INLINE_TEASER are matched against the case-folded line."""
# What every line this cleaner drops holds: lines without any of it are not read.
HINTS = HintWords(
    ["related", "latest", "top stories", "editor", "read ", "also ", "t miss", "must read", "see also", "up next",
     "further", "what to", "recommended", "most ", "trending", "popular", "mehr zum", "das könnte", "lesen sie", "lire aussi", "sur le même",
     "leer más", "lee también", "leyendo", "keep reading", "continuar lendo", "continua a leggere", "te puede",
     "leggi", "potrebbe", "leia", "veja", "lees ook", "czytaj",
     "zobacz", "читайте", "по теме", "相关", "相關", "関連", "관련", "watch", "listen", "more ", "you may", "you might",
     "terkait", "baca juga", "liên quan", "lgili haber", "kapcsolódó", "articole", "související", "σχετικά", "ذات صلة",
     "اقرأ", "مرتبط", "संबंधित", "ये भी", "ที่เกี่ยวข้อง", "temas", "últimas", "noticias", "διαβ", "läs", "læs", "les ",
     "lue ", "lees meer", "other ", "alte ", "otras ", "autres ", "outras ", "altre ", "weitere ", "andere ", "ander ",
     "inne ", "другие ", "інші ", "diğer ", "další ", "egyéb ", "muut ", "andre ", "andra ", "lainnya", "tin khác"]
)
ENDS_TRUNCATED = re.compile(r"(?m)(?:\.\.\.|…|\])$")
# A clock time standing between words ("08:45 Headline 08:38 Headline"): a ticker of timed headlines has several.
CLOCK_TIME = re.compile(r"(?<![\d:.,/])\d{1,2}:\d{2}(?![\d:.,/])")
CLOCK_HINT = re.compile(r":\d\d")
"""What every clock time holds; a pattern that starts with a character is found fast."""


@dataclass(frozen=True)
class RelatedStoriesSettings:
    max_teaser_words: int = 60
    """A truncated summary ("... will be enhanced as...") longer than this is not taken for a teaser."""
    max_teaser_headline_words: int = 25
    """A teaser's headline, just above its summary, has at most this many words."""
    max_header_words: int = 8
    max_inline_teaser_words: int = 30
    """A "Read more: ..." line has at most this many words."""
    min_teaser_pairs: int = 2
    """A run of teasers (headline over an unfinished summary) under a header is taken from this many pairs."""
    min_teaser_links: int = 2
    """A list of teaser headlines alone under a header is taken from this many."""
    min_ticker_times: int = 3
    """A line holding this many clock times (two, if it starts with one) is a ticker of timed headlines glued
    together, not prose."""


@dataclass
class TeaserRuns:
    """The runs of teasers earlier headers of the page found below them (as positions among the kept lines): a
    header standing inside one gives that run again, so it is not read again (a page of thousands of headers
    read the rest of the page once for each)."""

    pairs: dict[int, tuple[int, int, bool]] = field(default_factory=dict)
    """The last run of teaser pairs read from a start of each parity: its start, its end, and whether it was
    taken. A start inside it, in step with its pairs, reads the same pairs up to the same end."""
    links: tuple[int, int] = (0, 0)
    """The last run of link lines read: its start and end."""


class RelatedStories:
    name = "related_stories"

    def __init__(self, settings: RelatedStoriesSettings = RelatedStoriesSettings()) -> None:
        self.settings = settings

    def teaser_pairs(self, doc: Document, kept: tuple[int, ...], header: int, runs: TeaserRuns
                     ) -> Iterator[Decision]:
        """Under a related-stories header, a run of teasers: each a headline over a summary, neither ending
        like a sentence ("Borrell cree que …" over "El alto representante dijo que …"). Two pairs at least."""
        s = self.settings
        first = k = bisect.bisect_right(kept, header)
        start, end, taken = runs.pairs.get(first % 2, (0, 0, False))
        if start <= first < end:
            if taken and (end - first) // 2 >= s.min_teaser_pairs:
                return  # among the pairs a header above took, in step with them: all dropped already
            k = end  # the rest of the same pairs
        else:
            while k + 1 < len(kept):
                title, summary = doc.stats(kept[k]), doc.stats(kept[k + 1])
                if not (2 <= title.words <= s.max_teaser_headline_words and not title.ends_sentence
                        and title.words < summary.words <= s.max_teaser_words and not summary.ends_sentence):
                    break
                k += 2
        pairs = [(kept[j], kept[j + 1]) for j in range(first, k, 2)]
        if len(pairs) >= s.min_teaser_pairs:
            runs.pairs[first % 2] = (first, k, True)
            for title_line, summary_line in pairs:
                yield Decision(title_line, "drop", "teaser headline under a related-stories header")
                yield Decision(summary_line, "drop", "teaser summary under a related-stories header")
            return
        if not start <= first < end:
            runs.pairs[first % 2] = (first, k, False)
        # or a list of links: headlines alone, one a line, up to the article's next sentence
        start, end = runs.links
        if start <= first < end:
            return  # the same run as a header above it ends the same way: dropped already, or not at all
        k = first
        links = []
        while k < len(kept) and 2 <= doc.stats(kept[k]).words <= s.max_teaser_headline_words \
                and not doc.stats(kept[k]).ends_sentence and not doc.texts[kept[k]].endswith(":"):
            links.append(kept[k])
            k += 1
        runs.links = (first, k)
        if len(links) >= s.min_teaser_links and k < len(kept) and doc.stats(kept[k]).ends_sentence:
            for line in links:
                yield Decision(line, "drop", "teaser headline under a related-stories header")

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        kept = doc.kept()
        runs = TeaserRuns()
        headers = doc.lines_holding(HINTS, max_words=max(s.max_header_words, s.max_inline_teaser_words))
        # case-folding leaves the ends it looks for as they are: the folded text read by the others serves
        truncated = doc.lines_matching(ENDS_TRUNCATED, folded=True, max_words=s.max_teaser_words)
        for i in doc.lines_matching(CLOCK_HINT, max_words=None):
            times = len(CLOCK_TIME.findall(doc.texts[i]))
            if times >= s.min_ticker_times or (times >= 2 and CLOCK_TIME.match(doc.texts[i])):
                yield Decision(i, "drop", "a ticker of timed headlines")
        for i in sorted(set(headers).union(truncated)):
            stats = doc.stats(i)
            words = stats.words
            text = doc.texts[i]
            if words <= s.max_header_words and (
                SECTION_HEADER.match(stats.folded)
                or (not stats.ends_sentence and (LIST_HEADER.search(stats.folded) or MORE_FROM_NAME.match(text)))
            ):
                doc.section_breaks.add(i)
                yield Decision(i, "drop", f"related-stories header {text!r}")
                if SECTION_HEADER.match(stats.folded):  # a header that is nothing else ("Related stories")
                    yield from self.teaser_pairs(doc, kept, i, runs)
            elif words <= s.max_inline_teaser_words and INLINE_TEASER.match(stats.folded):
                yield Decision(i, "drop", f"teaser link {text[:40]!r}")
            elif words <= s.max_teaser_words and text.endswith(TRUNCATION_ENDS) and TRUNCATED.search(text) \
                    and not among_prose(doc, i) and not cell_of_a_row(doc, i):
                # on an HTML page, a paragraph among others trails off, and so does a cell of a table's row
                yield Decision(i, "drop", 'teaser ending in "..."')
                k = bisect.bisect_left(kept, i)
                previous = kept[k - 1] if k > 0 else None
                if previous is not None and doc.stats(previous).words <= s.max_teaser_headline_words \
                        and not doc.stats(previous).ends_sentence:
                    yield Decision(previous, "drop", "teaser headline above a truncated summary")
