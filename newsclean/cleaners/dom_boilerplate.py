"""dom_boilerplate: drops the lines of an HTML page that its markup places outside the article: inside
navigation, footers, sidebars, forms, related-story, share, newsletter, comment, author and byline containers,
photo captions and galleries; elements hidden on small screens alone; teaser-sized <article> elements beside
the page's article; the cards of teaser lists (a <div> or heading inside a list); form controls; and lines that
are mostly link text. Pages read as text carry no such evidence: it does nothing.

A container is judged by the nearest marked element around a line: a <nav> inside an <article> is still
navigation, an <article> teaser inside a sidebar is too small to count as the article. A container that holds
most of the page's words is a layout wrapper, whatever its class says ("has-sidebar").

Inside the article's element (the one holding its prose, or the one named as its body) some lines are the
article's own whatever their links or wrappers: a linked heading that introduces prose (a ranked list's entries),
a linked paragraph set as a title between paragraphs of prose (a roundup's entries), a linked cell of a table's
row, and a post embedded from a social network that the article quotes.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Decision, Document, ends_sentence, word_count
from ..html.blocks import BlockEvidence, Region
from ..prose_flow import PROSE_MIN_WORDS
from .dom_container import DomContainerSettings, prose_container
from .dom_main_block import MIN_BODY_WORDS, marked_body

_NO_WORDS: frozenset[str] = frozenset()
WRITTEN_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
"""A line that is a web address written out: a source the text cites, not a menu's link."""
BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside", "figcaption", "form"})
METADATA_ITEMPROPS = frozenset({"publisher", "logo", "image", "thumbnailurl", "contenturl", "embedurl", "url",
                                "author", "creator"})
"""Microdata that describes the page (its publisher, a logo's address), written out in elements the page hides."""
BOILERPLATE_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search", "menu", "menubar", "banner",
                               "dialog", "alertdialog"})
BOILERPLATE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer", "sidebar", "related",
    "recommended", "recommendations", "promo", "promotion", "share", "sharing", "social", "newsletter", "subscribe",
    "subscription", "comment", "comments", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "ad", "ads",
    "advert", "advertisement", "sponsored", "popup", "modal", "signup", "masthead", "skip", "pagination", "pager",
    "disqus", "outbrain", "taboola", "trending", "popular", "teaser", "teasers", "more-stories", "read-more",
    "readmore", "offcanvas", "drawer", "toolbar", "topbar", "login", "banner", "caption", "gallery", "credit",
    "slideshow", "carousel", "print", "byline", "bio", "author", "tags", "cta", "excerpt", "sticky", "footnotes",
    "highlights",
})
"""Class and id words of containers that are not the article ("widget" is not one: page builders call every
block of a page a widget, the article's too; nor is "paywall", which marks the gated article as often as the
prompt)."""
LAYOUT_MODIFIERS = frozenset({"has", "with", "w", "and", "no", "without", "plus"})
"""Words that make a class describe a layout rather than mark a container ("content-with-sidebar",
"has-sidebar")."""
TABLE_CELL_TAGS = frozenset({"td", "th"})
"""Elements whose line is a cell of a table's row."""
FORM_CONTROL_TAGS = frozenset({"option", "select", "button", "textarea"})
"""Elements whose text is a form's, not the article's: a menu's choices, a button's label."""
TEXT_HOLDING_CONTROLS = frozenset({"button", "textarea"})
"""Controls that may hold text of the article: questions that open an answer, code to copy."""
CONTENT_TAGS = frozenset({"article", "main"})
CONTENT_ROLES = frozenset({"main", "article"})
TEXT_ITEMPROPS = frozenset({"articlebody", "text", "description"})
"""Microdata that holds the article's own text (a web address written there is a source it cites)."""
CONTENT_ITEMPROPS = TEXT_ITEMPROPS | {"mainentityofpage"}
EMBEDDED_POST_CLASSES = frozenset({"twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed",
                                   "threads-embed", "reddit-embed-bq", "fb-post", "mastodon-embed"})
"""Classes of a post embedded from a social network: quoted in the article it stands in, whatever the wrapper
around it is called ("social-embed")."""


@dataclass(frozen=True)
class DomBoilerplateSettings:
    max_wrapper_share: float = 0.5
    """A boilerplate-named container holding more than this share of the page's words..."""
    max_wrapper_prose_share: float = 0.4
    """...or of its prose is a layout wrapper, whatever its name says."""
    min_content_words: int = 120
    """An <article> or <main> holding fewer words is a teaser: the containers around it decide."""
    max_link_density: float = 0.7
    """Lines whose text is more than this share link text are menus and teaser links..."""
    link_line_max_words: int | None = None
    """...when they are at most this long (None: however long; a teaser's summary can be one long link)."""
    mark_breaks: str = "regions"
    """Tell main_block that a run of dropped lines stands between runs of text (it costs a run that crosses
    it): for lines dropped for their container ("regions"), for their links ("links"), "both" or "none"."""
    card_tags: frozenset[str] = frozenset({"div", "section", "article", "header", "h2", "h3", "h4", "h5", "h6"})
    """Lines of these elements inside a list, beside other lines of the same element, are cards of a teaser list:
    an article's own lists hold their text in <li> (or <p>), or in one such element an item."""
    control_max_words: int = 4
    """Buttons and text areas of at most this many words are a form's labels; longer ones hold text (an
    answer's question, code to copy)."""
    drop_other_articles: bool = True
    """Drop the lines of teaser-sized <article> elements (fewer than `min_content_words`) other than the one
    holding the page's article (see `other_articles`)."""
    article_dominance: float = 3.0
    """Without an <h1> in an <article>, the page's article holds this many times the words of any other."""
    drop_hidden_hints: bool = False
    """Drop lines in elements whose class may hide them ("hidden", "d-none"): off, as responsive layouts show
    such elements on other screens."""
    keep_linked_headings: bool = True
    """A heading inside the article's element (the one holding its prose or named as its body) whose text is a
    link is the article's own when prose follows it (a ranked list's entries link to what they review): it is not
    dropped for its links."""
    keep_linked_cells: bool = True
    """Table cells inside the article's element whose text is a link, beside other cells of their row, are the
    table's data, not a menu."""
    container: DomContainerSettings = field(default_factory=DomContainerSettings)
    """Which element holds the article's prose, for its linked headings and cells."""
    heading_prose_window: int = 4
    keep_linked_titles: bool = True
    """A paragraph (<p>) inside the article's element whose text is a link, between paragraphs of prose, is an
    entry's title (a roundup's "Acme acquires Widgets"), unless it reads as a teaser: a label and a colon
    ("Related: ..."), brackets, capitals alone, or a sentence."""
    title_max_words: int = 12
    """Such a title has at least two words and at most this many..."""
    min_linked_titles: int = 2
    """...and the page sets at least this many (one is a teaser's link, however it reads)."""
    """How many lines after a linked heading are read for the prose it introduces (up to the next heading)."""


_SHOWN_ON_WIDER = re.compile(r"^(?:d-(?:sm|md|lg|xl)-(?:block|flex|inline|inline-block|grid|table)|"
                             r"(?:sm|md|lg|xl):(?:block|flex|inline|inline-block|grid|table))$")
SMALL_SCREEN_HIDDEN = frozenset({"hidden-xs", "hide-for-small-only", "hide-mobile", "hidden-mobile", "mobile-hidden",
                                 "hide-on-mobile"})


@lru_cache(maxsize=4096)
def hidden_on_phones(tokens: frozenset[str]) -> bool:
    """Does an element's class hide it on small screens alone ("d-none d-sm-block", "hidden md:block",
    "hidden-xs")? Teasers' summaries are; an article's text is read on phones too."""
    if not tokens.isdisjoint(SMALL_SCREEN_HIDDEN):
        return True
    return ("d-none" in tokens or "hidden" in tokens) and any(_SHOWN_ON_WIDER.match(t) for t in tokens)


@lru_cache(maxsize=4096)
def boilerplate_words(tokens: frozenset[str]) -> frozenset[str]:
    """The boilerplate words among an element's class and id words, leaving out those of layout classes."""
    if tokens.isdisjoint(BOILERPLATE_WORDS):
        return _NO_WORDS  # the words left are some of the tokens: none of them
    words = set(tokens)
    for token in tokens:
        if "-" not in token and "_" not in token:
            continue  # a token of one part
        parts = set(token.replace("_", "-").split("-"))
        if len(parts) > 1 and not parts.isdisjoint(LAYOUT_MODIFIERS):
            words -= parts
            words.discard(token)
    return frozenset(words & BOILERPLATE_WORDS)


def region_kind(region: Region) -> str | None:
    """"boilerplate", "content" or None for a marked element."""
    if region.tag in CONTENT_TAGS or region.role in CONTENT_ROLES or region.itemprop in CONTENT_ITEMPROPS:
        return "content"
    if region.itemprop in METADATA_ITEMPROPS or region.tag in BOILERPLATE_TAGS or region.role in BOILERPLATE_ROLES \
            or boilerplate_words(region.tokens):
        return "boilerplate"
    return None


_UNKNOWN = "?"


def region_reason(region: Region) -> str:
    return _reason(region.tag, region.tokens, region.role, region.itemprop)


@lru_cache(maxsize=4096)
def _reason(tag: str, tokens: frozenset[str], role: str, itemprop: str) -> str:
    if itemprop in METADATA_ITEMPROPS:
        return f'inside itemprop="{itemprop}" (the page\'s metadata)'
    if tag in BOILERPLATE_TAGS:
        return f"inside <{tag}>"
    if role in BOILERPLATE_ROLES:
        return f"inside role={role}"
    words = sorted(boilerplate_words(tokens))
    return f"inside <{tag}> marked {', '.join(words[:3])}"


class DomBoilerplate:
    name = "dom_boilerplate"

    def __init__(self, settings: DomBoilerplateSettings = DomBoilerplateSettings()) -> None:
        self.settings = settings

    def verdict(self, evidence: BlockEvidence, page_words: int, page_prose: int,
                kinds: dict[Region, str | None] | None = None) -> str | None:
        """Why the line is not the article's, or None. `kinds` keeps each region's kind for the page's other
        lines."""
        s = self.settings
        for region in reversed(evidence.regions):
            if kinds is None:
                kind = region_kind(region)
            else:
                kind = kinds.get(region, _UNKNOWN)
                if kind is _UNKNOWN:
                    kind = kinds[region] = region_kind(region)
            if kind == "content" and region.words >= s.min_content_words:
                break
            if (kind == "boilerplate" or (evidence.hidden_hint and hidden_on_phones(region.tokens))) and \
                    region.words <= s.max_wrapper_share * page_words and \
                    region.prose_words <= s.max_wrapper_prose_share * page_prose:
                return region_reason(region) if kind == "boilerplate" else \
                    f"inside <{region.tag}> hidden on small screens"
        if s.drop_hidden_hints and evidence.hidden_hint:
            return "in an element whose class may hide it"
        return None

    def __call__(self, doc: Document) -> Iterator[Decision]:
        evidence = doc.evidence
        if evidence is None:
            return
        s = self.settings
        previous = -2
        kinds: dict[Region, str | None] = {}
        # most lines go here: their other stats are never needed
        texts = [doc.texts[i] for i in doc.kept()]
        words = [word_count(t) for t in texts]
        page_words = sum(words)
        prose_min = s.container.prose_min_words
        prose = [(i, n) for i, t, n in zip(doc.kept(), texts, words) if n >= prose_min and ends_sentence(t)]
        page_prose = sum(n for _, n in prose) if prose_min == PROSE_MIN_WORDS else \
            sum(n for t, n in zip(texts, words) if n >= PROSE_MIN_WORDS and ends_sentence(t))
        others = other_articles(doc, s) if s.drop_other_articles else set()
        article = _ArticleElement(doc, s.container, prose)
        verdicts: dict[tuple[int, bool], str | None] = {}
        """The verdict on each chain of regions and hidden hint: the lines of an element share them."""
        embedded: dict[int, bool] = {}
        """Does each chain of regions hold an embedded post?"""
        for i in doc.kept():
            ev = evidence[i]
            if ev.in_head:
                continue
            chain = id(ev.regions)
            key = (chain, ev.hidden_hint)
            why = verdicts.get(key, _UNKNOWN)
            if why is _UNKNOWN:
                why = verdicts[key] = self.verdict(ev, page_words, page_prose, kinds)
            kind = "regions"
            if why is not None:
                quoted = embedded.get(chain)
                if quoted is None:
                    quoted = embedded[chain] = embedded_post(ev, kinds)
                if quoted and article.holds(ev):
                    why = None  # a post the article quotes, in a wrapper named for the network it comes from
            if why is None and others:
                inner = innermost_article(ev)
                if inner is not None and inner in others:
                    why = "inside an <article> other than the page's"
            if why is None and ev.tag in BOILERPLATE_TAGS:
                why = f"a <{ev.tag}> line"  # an element without attributes marks no region: its own tag tells
            if why is None and ev.tag in FORM_CONTROL_TAGS and \
                    (ev.tag not in TEXT_HOLDING_CONTROLS or doc.words(i) <= s.control_max_words):
                why = f"a form control (<{ev.tag}>)"
            if why is None and ev.in_list and ev.tag in s.card_tags:
                if article.beside_others(ev):  # a lone <div> in an item is the item's text
                    why = f"a <{ev.tag}> card in a list"
            if why is None and ev.regions and ev.regions[-1].itemprop and \
                    ev.regions[-1].itemprop not in TEXT_ITEMPROPS and WRITTEN_URL.match(doc.texts[i]):
                why = f'a web address in the page\'s metadata (itemprop="{ev.regions[-1].itemprop}")'
            if why is None and ev.link_density > s.max_link_density and \
                    (s.link_line_max_words is None or doc.words(i) <= s.link_line_max_words) and \
                    not WRITTEN_URL.match(doc.texts[i]) and not self.article_link(doc, i, article):
                why = f"link text ({ev.link_density:.0%} of the line)"
                kind = "links"
            if why is not None:
                if s.mark_breaks in (kind, "both") and previous != i - 1:
                    doc.list_marks.add(i)  # once for a run of dropped lines
                previous = i
                yield Decision(i, "drop", why)

    def article_link(self, doc: Document, i: int, article: _ArticleElement) -> bool:
        """Is line i, mostly link text, the article's own: a table's cell, or a heading that introduces prose,
        inside the article's element?"""
        s = self.settings
        evidence = doc.evidence
        assert evidence is not None
        ev = evidence[i]
        if ev.tag == "p" and s.keep_linked_titles and not ev.heading and i in article.linked_titles(s) and \
                article.holds(ev):
            return True
        if ev.in_table and not ev.heading:
            # a cell beside others in its row: a table laid out to frame one link ("Read also") is no data
            return s.keep_linked_cells and ev.tag in TABLE_CELL_TAGS and article.beside_others(ev) and \
                article.holds(ev)
        if not ev.heading or not s.keep_linked_headings or not article.holds(ev):
            return False
        if i > 0 and evidence[i - 1].heading and evidence[i - 1].link_density > s.max_link_density:
            return False  # the last of a list of linked headings (teasers), before the text goes on
        return introduces_prose(doc, i, s.heading_prose_window, s.max_link_density)


class _ArticleElement:
    """The element holding the article's prose (`prose_container`) and the element named as its body
    (`marked_body`), found the first time a line asks; and how many lines each element holds."""

    def __init__(self, doc: Document, settings: DomContainerSettings, prose: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.settings = settings
        self.prose = prose
        """The page's prose lines and their words."""
        self._found: tuple[tuple[int, int] | None, Region | None] | None = None
        self._parents: Counter[tuple[int, ...]] | None = None
        self._titles: set[int] | None = None

    def linked_titles(self, s: DomBoilerplateSettings) -> set[int]:
        """The page's linked paragraphs set as titles between paragraphs of prose (see `linked_title`), none when
        there are fewer than `s.min_linked_titles`."""
        if self._titles is None:
            evidence = self.doc.evidence
            assert evidence is not None
            titles = {i for i in self.doc.kept() if evidence[i].tag == "p" and
                      evidence[i].link_density > s.max_link_density and linked_title(self.doc, i, s)}
            self._titles = titles if len(titles) >= s.min_linked_titles else set()
        return self._titles

    def beside_others(self, ev: BlockEvidence) -> bool:
        """Does another line stand in the element the line's own element stands in (the cells of a row, the
        cards of an item)?"""
        if self._parents is None:
            evidence = self.doc.evidence
            assert evidence is not None
            self._parents = Counter(e.path[:-1] for e in evidence)
        return self._parents[ev.path[:-1]] > 1

    def holds(self, ev: BlockEvidence) -> bool:
        """Does the line stand in the element holding the article's prose or in the one named as its body?"""
        if self._found is None:
            self._found = (prose_container(self.doc, self.settings, self.prose),
                           marked_body(self.doc, MIN_BODY_WORDS))
        container, body = self._found
        if container is not None and len(ev.path) > container[1] and ev.path[container[1]] == container[0]:
            return True
        return body is not None and any(r is body for r in ev.regions)


def embedded_post(evidence: BlockEvidence, kinds: dict[Region, str | None]) -> bool:
    """Does the line stand in a post embedded from a social network, inside the nearest boilerplate container
    around it (`kinds`: the kinds of the regions judged so far)?"""
    for region in reversed(evidence.regions):
        if not region.tokens.isdisjoint(EMBEDDED_POST_CLASSES):
            return True
        if kinds.get(region) == "boilerplate":
            return False
    return False


_LABELLED = re.compile(r"^[^\s:]+(?:\s[^\s:]+){0,2}:")
"""A line that opens with a label of up to three words and a colon ("Related:", "Read more:")."""


def linked_title(doc: Document, i: int, s: DomBoilerplateSettings) -> bool:
    """Is line i, mostly link text, set as a title between paragraphs of prose (not a teaser: see
    `DomBoilerplateSettings.keep_linked_titles`)?"""
    evidence = doc.evidence
    assert evidence is not None
    text = doc.texts[i]
    if not 2 <= doc.words(i) <= s.title_max_words or ends_sentence(text) or text.isupper() or \
            text[:1] in "[(" or _LABELLED.match(text):
        return False
    return 0 < i < len(doc) - 1 and all(
        evidence[j].link_density <= s.max_link_density and doc.words(j) >= PROSE_MIN_WORDS and
        ends_sentence(doc.texts[j]) for j in (i - 1, i + 1))


def introduces_prose(doc: Document, i: int, window: int, max_link_density: float) -> bool:
    """Does a line of prose that is not mostly link text follow heading line i within `window` lines, before
    another heading?"""
    evidence = doc.evidence
    assert evidence is not None
    for j in range(i + 1, min(i + 1 + window, len(doc))):
        ev = evidence[j]
        if ev.heading:
            return False
        if not doc.texts[j] or ev.link_density > max_link_density:
            continue
        stats = doc.stats(j)
        if stats.words >= PROSE_MIN_WORDS and stats.ends_sentence:
            return True
    return False


def innermost_article(evidence: BlockEvidence) -> Region | None:
    """The nearest <article> element around a line, or None."""
    for region in reversed(evidence.regions):
        if region.tag == "article":
            return region
    return None


def other_articles(doc: Document, s: DomBoilerplateSettings) -> set[Region]:
    """The teaser-sized <article> elements that are not the page's article nor stand around or in it:
    teasers and related posts. The page's article is the <article> holding the page's first <h1>, or one holding
    `s.article_dominance` times the words of any other (words in an <article> inside it not counted)."""
    evidence = doc.evidence
    assert evidence is not None
    words: dict[Region, int] = {}
    outer: dict[Region, frozenset[Region]] = {}
    first_h1: Region | None = None
    seen_h1 = False
    inners: dict[int, Region | None] = {}
    """The innermost <article> of each chain of regions (the lines of an element share theirs)."""
    for i in doc.kept():
        ev = evidence[i]
        chain = id(ev.regions)
        if chain in inners:
            inner = inners[chain]
        else:
            inner = inners[chain] = innermost_article(ev)
        if ev.heading == 1 and not seen_h1:
            seen_h1, first_h1 = True, inner
        if inner is None:
            continue
        if inner not in words:
            words[inner] = 0
            outer[inner] = frozenset(r for r in ev.regions if r.tag == "article" and r is not inner)
        words[inner] += doc.words(i)
    if len(words) < 2:
        return set()
    if first_h1 is not None:
        main = first_h1
    else:
        main = max(words, key=words.__getitem__)
        if any(s.article_dominance * w > words[main] for k, w in words.items() if k != main):
            return set()
    # an <article> inside the page's article is part of it (its body, a quoted post), not a teaser beside it
    return {k for k, w in words.items()
            if k != main and k not in outer[main] and main not in outer[k] and w < s.min_content_words}
