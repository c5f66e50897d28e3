"""From a parsed page to the document of lines the cleaners read: one line per paragraph-level element (or per
run of text between such elements and <br>s), each with the DOM evidence it stood in.

Text in script, style, template and the like, and in elements hidden by the `hidden` attribute,
`aria-hidden="true"`, an inline `display:none`/`visibility:hidden` or a screen-reader-only class, is no text of
the page and makes no line.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from lxml import etree

from ..errors import InputError
from ..inputs import MAX_LINES
from ..prose_flow import PROSE_MIN_WORDS

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "title", "tr", "ul", "body", "html", "option", "select", "textarea", "button",
})
"""Elements that start and end a line."""
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio",
    "video", "map", "head",
})
"""Elements whose text is not text of the page (<head> is read for its <title> alone)."""
PLAIN_INLINE_TAGS = frozenset({
    "span", "b", "i", "em", "strong", "u", "small", "sup", "sub", "font", "abbr", "cite", "code", "mark", "time",
    "q", "s", "del", "ins", "label", "bdi", "bdo", "dfn", "kbd", "samp", "var", "wbr", "big", "tt", "strike",
    "nobr", "data", "picture", "source", "img",
})
"""Inline elements that, without attributes, tell nothing about the text in them."""
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
TABLE_TAGS = frozenset({"table"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LANDMARK_TAGS = frozenset({"nav", "footer", "aside", "header", "main", "article", "form"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
MAX_PATH = 100
"""A line's path and marked elements are recorded this many levels deep at most (real layouts nest a few dozen)."""
_SENTENCE_END = ".!?…。！？؟।"
_CLOSERS = "\"'”’»)] "
MAX_TOKEN_CHARS = 200
"""Class and id values are read up to this many characters (generated utility-class soups go on for pages)."""


@dataclass(eq=False)
class Region:
    """An element that marks what its content is: a landmark (<nav>, <article>), a role, or a class or id token.
    `words` counts the words of the lines inside it, once the page is read."""

    tag: str
    tokens: frozenset[str]
    role: str
    itemprop: str
    words: int = 0
    prose_words: int = 0
    """Words of the lines inside it that read like prose (long, ending like a sentence)."""

    def describe(self) -> str:
        return f"<{self.tag}>" if not self.tokens else f"<{self.tag} {' '.join(sorted(self.tokens))[:60]}>"


class BlockEvidence(NamedTuple):
    """What the DOM says about one line of an HTML page (a tuple: a page makes thousands)."""

    tag: str
    """The paragraph-level element the line stands in ("p", "li", "h2", "div", "title", ...)."""
    heading: int
    """1–6 for a line in <h1>–<h6>, else 0."""
    link_density: float
    """Share of the line's characters that are link text."""
    depth: int
    """How many elements deep the line stands."""
    in_list: bool
    in_table: bool
    regions: tuple[Region, ...] = ()
    """The marked elements it stands in, outermost first (landmarks, roles, itemprops, and elements with
    class or id words)."""
    hidden_hint: bool = False
    """The class of its element or an ancestor says it may be hidden ("hidden", "d-none", "collapsed")."""
    in_head: bool = False
    """The line is the page's <title>."""
    path: tuple[int, ...] = ()
    """Numbers of the paragraph-level elements (<div>, <p>, <article>, ...) it stands in, outermost first: lines
    whose paths share a number stand in the same element."""

    @property
    def tokens(self) -> frozenset[str]:
        """Class and id words of its element and every ancestor below <body> ("related-posts" gives "related",
        "posts" and "related-posts")."""
        return frozenset().union(*(r.tokens for r in self.regions))


@dataclass(frozen=True)
class HtmlBlocks:
    """A page's lines and their evidence, in document order."""

    texts: tuple[str, ...]
    evidence: tuple[BlockEvidence, ...]
    regions: tuple[Region, ...]
    """Every marked element, with the words inside it counted."""
    author_elements: tuple[etree._Element, ...] = ()
    """Elements whose attributes may say they hold the author: rel, itemprop, or a class, id or data-* value
    with "author", "byline", "writer", "contributor" or "creator" in it (read exactly by the metadata). Of
    hidden elements, only the outermost is looked at."""

    @property
    def prose_words(self) -> int:
        """Words of the page's lines that read like prose."""
        return sum(len(t.split()) for t in self.texts
                   if len(t.split()) >= PROSE_MIN_WORDS and t.rstrip(_CLOSERS)[-1:] in _SENTENCE_END)


SCREEN_READER_CLASSES = frozenset({"sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden",
                                   "screen-reader-only", "screenreader-only", "element-invisible", "assistive-text"})
"""Classes of text meant for screen readers alone: no text of the page as it is read."""
HIDDEN_HINT_WORDS = frozenset({"hidden", "hide", "d-none", "invisible", "collapsed", "offscreen"})
"""Class words that may hide an element; responsive layouts show many such elements on other screens, so
they are evidence (`hidden_hint`), not a verdict."""


@lru_cache(maxsize=8192)
def class_tokens(value: str) -> frozenset[str]:
    """The words of a class or id value: each class, and its parts split at dashes, underscores and camel case."""
    out: set[str] = set()
    for raw in value[:MAX_TOKEN_CHARS].split():
        folded = raw.lower()
        out.add(folded)
        if not folded.isalnum():
            out.update(_TOKEN_SPLIT.split(folded))
        if folded != raw:
            out.update(_TOKEN_SPLIT.split(_CAMEL.sub("-", raw).lower()))
    out.discard("")
    return frozenset(out)


class _Frame:
    __slots__ = (
        "block",
        "depth",
        "head",
        "heading",
        "hidden_hint",
        "in_list",
        "in_table",
        "link",
        "owner",
        "path",
        "regions",
        "tag",
    )

    def __init__(self, tag: str, block: bool, regions: tuple[Region, ...], in_list: bool,
                 in_table: bool, link: bool, heading: int, hidden_hint: bool, head: bool) -> None:
        self.tag, self.block, self.regions = tag, block, regions
        self.in_list, self.in_table, self.link, self.heading = in_list, in_table, link, heading
        self.hidden_hint, self.head = hidden_hint, head
        self.owner: _Frame = self
        """The paragraph-level element a text run in this element belongs to."""
        self.depth = 0
        self.path: tuple[int, ...] = ()
        """Numbers of the paragraph-level elements it stands in, outermost first, its own last."""


def _hidden(el: etree._Element) -> bool:
    return _hidden_by(el.get)


def _hidden_by(get: Callable[[str], str | None]) -> bool:
    """Do an element's attributes (read by `get`) hide it?"""
    if get("hidden") is not None:
        return True
    aria = get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = get("style")
    # the pattern is tried only where one of its words stands
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return True
    cls = get("class")
    return cls is not None and not SCREEN_READER_CLASSES.isdisjoint(cls.lower().split())


class _Builder:
    """Collects the text runs of a page into lines, one walk over the tree."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.evidence: list[BlockEvidence] = []
        self.regions: list[Region] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.chars = 0
        self.owner: _Frame | None = None
        self.owner_depth = 0
        self.author_elements: list[etree._Element] = []
        self.counts: dict[int, tuple[tuple[Region, ...], list[int]]] = {}
        """Words and prose words of the lines of each chain of regions (by id; the chain is kept with them)."""

    def count_region_words(self) -> None:
        for regions, (words, prose) in self.counts.values():
            for region in regions:
                region.words += words
                region.prose_words += prose

    def add(self, text: str | None, frame: _Frame) -> None:
        if not text:
            return
        if self.owner is None:
            if text.isspace():
                return  # white space before a line's first word makes no line (most of it is markup's indent)
            self.owner, self.owner_depth = frame.owner, frame.owner.depth
        self.pieces.append(text)
        size = len(text.strip())
        self.chars += size
        if frame.link:
            self.link_chars += size

    def flush(self) -> None:
        if not self.pieces:
            return
        text = " ".join("".join(self.pieces).split())
        owner = self.owner
        if text and owner is not None:
            if len(self.texts) >= MAX_LINES:
                raise InputError(f"the page has more than {MAX_LINES:,} lines of text; a page has at most "
                                 f"{MAX_LINES:,} (newsclean.inputs.MAX_LINES)")
            words = text.count(" ") + 1
            prose = words if words >= PROSE_MIN_WORDS and text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END else 0
            regions = owner.regions
            if regions:
                # counted per chain of regions, added to each region once the page is read
                found = self.counts.get(id(regions))
                if found is None:
                    self.counts[id(regions)] = (regions, [words, prose])
                else:
                    found[1][0] += words
                    found[1][1] += prose
            self.texts.append(text)
            self.evidence.append(BlockEvidence(
                owner.tag, owner.heading, min(self.link_chars / self.chars, 1.0) if self.chars else 0.0,
                self.owner_depth, owner.in_list, owner.in_table, regions, owner.hidden_hint, owner.head,
                owner.path))
        self.pieces = []
        self.link_chars = self.chars = 0
        self.owner = None


def page_blocks(root: etree._Element | None) -> HtmlBlocks:
    """The lines of a parsed page (`parse_html`'s tree) and their evidence."""
    if root is None:
        return HtmlBlocks((), (), ())
    out = _Builder()
    top = _Frame("html", True, (), False, False, False, 0, False, False)
    stack: list[_Frame] = [top]
    walker = etree.iterwalk(root, events=("start", "end"))
    title_seen = False
    elements = 0
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            continue  # comments and processing instructions are removed by the parser; entities stay text
        if event == "start":
            parent = stack[-1]
            items = el.items()
            if not items and tag in PLAIN_INLINE_TAGS:
                # most elements of a page: nothing to record, the text goes on in the line it is in
                stack.append(parent)
                text = el.text
                if text:
                    out.add(text, parent)
                continue
            attrs = dict(items) if items else _NO_ATTRIBUTES
            if tag == "title" and parent.tag == "head" and not title_seen:
                title_seen = True
                frame = _Frame("title", True, (), False, False, False, 0, False, True)
                out.flush()
                stack.append(frame)
                out.add(el.text, frame)
                continue
            if (tag in SKIPPED_TAGS and tag != "head") or (items and not _PLAIN_ATTRIBUTES.issuperset(attrs)
                                                          and _hidden_by(attrs.get)):
                walker.skip_subtree()
                stack.append(_Frame(tag, False, parent.regions, False, False, False, 0, False, False))
                if items and tag not in SKIPPED_TAGS and _may_hold_author(items):
                    out.author_elements.append(el)  # a hidden byline still names the author ("display:none")
                continue
            if tag == "head" or parent.tag == "head":
                if tag != "head":
                    walker.skip_subtree()
                stack.append(_Frame("head", False, (), False, False, False, 0, False, False))
                continue
            frame = _frame(attrs, tag, parent)
            if items and _may_hold_author(items):
                out.author_elements.append(el)
            if frame.block:
                frame.depth = len(stack)
                elements += 1
                parent_path = parent.owner.path
                # deeper than any page's layout: the path stops growing, so nesting costs linear time
                frame.path = parent_path + (elements,) if len(parent_path) < MAX_PATH else parent_path
            else:
                frame.owner = parent.owner
            if frame.regions is not parent.regions:
                out.regions.append(frame.regions[-1])
            if (frame.block or tag == "br") and out.pieces:
                out.flush()
            stack.append(frame)
            text = el.text
            if text:
                out.add(text, frame)
        else:
            frame = stack.pop()
            if frame.block and frame.tag == tag and out.pieces:  # not the end of an inline element in its parent
                out.flush()
            tail = el.tail
            if tail and el is not root and stack:
                parent = stack[-1]
                if parent.tag != "head":
                    out.add(tail, parent)
    out.flush()
    out.count_region_words()
    return HtmlBlocks(tuple(out.texts), tuple(out.evidence), tuple(out.regions), tuple(out.author_elements))


def _frame(attrs: dict[str, str], tag: str, parent: _Frame) -> _Frame:
    regions = parent.regions
    hidden_hint = parent.hidden_hint
    if tag not in ("html", "body") and (attrs or tag in LANDMARK_TAGS):
        get = attrs.get
        cls, ident, role, itemprop = get("class"), get("id"), get("role"), get("itemprop")
        own: frozenset[str] = frozenset()
        if cls or ident:
            own = class_tokens(f"{cls} {ident}" if cls and ident else cls or ident or "")
            if not hidden_hint and not own.isdisjoint(HIDDEN_HINT_WORDS):
                hidden_hint = True
        if (own or role or itemprop or tag in LANDMARK_TAGS) and len(regions) < MAX_PATH:
            regions = regions + (Region(tag, own, (role or "").lower(), (itemprop or "").lower()),)
    return _Frame(tag, tag in BLOCK_TAGS, regions, parent.in_list or tag in LIST_TAGS,
                  parent.in_table or tag in TABLE_TAGS, parent.link or tag == "a", HEADINGS.get(tag, parent.heading),
                  hidden_hint, False)


_NO_ATTRIBUTES: dict[str, str] = {}
_PLAIN_ATTRIBUTES = frozenset({"href", "src", "alt", "title", "id", "rel", "target", "width", "height", "lang",
                               "dir", "srcset", "sizes", "loading", "name", "type", "value", "for", "itemprop",
                               "itemscope", "itemtype", "role", "tabindex", "datetime"})
"""Attributes that never hide an element: most elements carry nothing else."""


_AUTHOR_CLASS_HINT = re.compile("uthor|yline|riter|ontributor|reator")
_AUTHOR_NAME_HINT = re.compile("uthor|yline")


@lru_cache(maxsize=4096)
def _hints_author(value: str, in_class: bool) -> bool:
    return (_AUTHOR_CLASS_HINT if in_class else _AUTHOR_NAME_HINT).search(value) is not None


def _may_hold_author(items: list[tuple[str, str]]) -> bool:
    """Do an element's attributes say it may hold the author: a rel or itemprop, a class with a byline word's
    stem ("author", "byline", "writer", "contributor", "creator"), an id or data-* value with "author" or "byline"?"""
    for key, value in items:
        if key == "rel" or key == "itemprop" or (key == "class" and _hints_author(value, True)) or \
                ((key == "id" or key.startswith("data-")) and _hints_author(value, False)):
            return True
    return False


def plain_text(blocks: HtmlBlocks) -> str:
    """The page's text as lines, one a block."""
    return "\n".join(blocks.texts)


def visible_text(root: etree._Element | None) -> str:
    """All the page's text that is text of the page (script, style and hidden elements left out), run together
    as lxml reads it; every line of `page_blocks` stands in it, white space aside. The tree is changed."""
    if root is None:
        return ""
    etree.strip_elements(root, *(SKIPPED_TAGS - {"head"}), with_tail=False)
    for el in [e for e in root.iter() if isinstance(e.tag, str) and _hidden(e)]:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:  # the text after the element stays
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    return "".join(root.itertext())
