"""From a parsed page to the document of lines the cleaners read: one line per paragraph-level element (or per
run of text between such elements and <br>s), each with the DOM evidence it stood in.

Text in script, style, template and the like, and in elements hidden by the `hidden` attribute,
`aria-hidden="true"`, an inline `display:none`/`visibility:hidden` or a screen-reader-only class, is no text of
the page and makes no line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Iterator, NamedTuple

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
_new_tuple = tuple.__new__
"""Makes a NamedTuple as a plain tuple is made: its own constructor costs three times as much."""


class Region:
    """An element that marks what its content is: a landmark (<nav>, <article>), a role, or a class or id token.
    `words` counts the words of the lines inside it, once the page is read."""

    __slots__ = ("tag", "role", "itemprop", "words", "prose_words", "_classes", "_ident", "_tokens")

    def __init__(self, tag: str, role: str = "", itemprop: str = "", classes: str = "", ident: str = "",
                 tokens: frozenset[str] | None = None) -> None:
        self.tag = tag
        self.role = role
        self.itemprop = itemprop
        self.words = 0
        self.prose_words = 0
        """Words of the lines inside it that read like prose (long, ending like a sentence)."""
        self._classes = classes
        self._ident = ident
        self._tokens = tokens

    @property
    def tokens(self) -> frozenset[str]:
        """Its class and id words (see `class_tokens`), split the first time they are asked for: most marked
        elements hold no line, and nothing asks."""
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = _class_and_id_tokens(self._classes, self._ident) if self._ident \
                else class_tokens(self._classes)
        return tokens

    def __repr__(self) -> str:
        return f"Region({self.describe()}, role={self.role!r}, itemprop={self.itemprop!r}, words={self.words})"

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
    metadata_elements: tuple[etree._Element, ...] = ()
    """The page's <meta> and <script> elements, hidden ones too, in document order (read by the metadata)."""

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


def value_tokens(value: str) -> frozenset[str]:
    """The words of a class or id value: each class, and its parts split at dashes, underscores and camel case."""
    value = value[:MAX_TOKEN_CHARS]
    if not value.isascii():
        return _tokens_of_words(value)
    # ASCII: an alphanumeric word is its one part, so the parts of the whole value are the words' parts; bytes
    # are split quicker than by the pattern
    folded = value.lower()
    words = folded.split() + _ascii_parts(folded)
    if folded != value:
        for raw in value.split():
            if raw.lower() != raw:
                words += _ascii_parts(_CAMEL.sub("-", raw).lower())
    return frozenset(words)


class_tokens = lru_cache(maxsize=8192)(value_tokens)
"""`value_tokens` of a class value, kept for the values a page repeats."""


def _ascii_parts(folded: str) -> list[str]:
    """The runs of lower-case ASCII letters and digits of a lower-cased ASCII value."""
    return folded.encode("ascii").translate(_PARTS_ONLY).decode("ascii").split()


_PARTS_ONLY = bytes(b if 0x61 <= b <= 0x7A or 0x30 <= b <= 0x39 else 0x20 for b in range(256))
"""Every byte but a lower-case ASCII letter or digit becomes a space."""


def _tokens_of_words(value: str) -> frozenset[str]:
    out: set[str] = set()
    for raw in value.split():
        folded = raw.lower()
        out.add(folded)
        if not folded.isalnum():
            out.update(_TOKEN_SPLIT.split(folded))
        if folded != raw:
            out.update(_TOKEN_SPLIT.split(_CAMEL.sub("-", raw).lower()))
    out.discard("")
    return frozenset(out)


_Owner = tuple[str, int, int, bool, bool, tuple[Region, ...], bool, bool, tuple[int, ...]]
"""The paragraph-level element a line stands in, as its BlockEvidence reads it (all but the link density): tag,
heading, depth, in_list, in_table, regions, hidden_hint, in_head, path."""
_HEADING: Final = 1
_IN_LIST: Final = 3
_IN_TABLE: Final = 4
_PATH: Final = 8
_Context = tuple[_Owner, tuple[Region, ...], bool, bool]
"""What an open element passes on to the text and elements in it: the owner of its text runs, its regions, whether
it is a link or in one, hidden_hint. (Its list, table and heading are its owner's: only paragraph-level elements
change them.) Plain tuples: a page opens thousands of elements, and most inline ones pass their parent's on."""


class _ClassFacts(NamedTuple):
    """What a class value says (pages repeat their class values many times over). Read without splitting the
    value into its words (`class_tokens`) where that can be helped: a page's first sight of a class costs more
    than all its repeats."""

    has_words: bool
    """It has a word (`class_tokens` of it are some)."""
    screen_reader_only: bool
    may_name_author: bool
    hints_hidden: bool
    """Its words may hide the element (`HIDDEN_HINT_WORDS`)."""


@lru_cache(maxsize=8192)
def _class_facts(value: str) -> _ClassFacts:
    # most values are met once a page: the words are split only where a piece of one looked for stands
    folded = value.lower()
    # screen-reader classes are whole classes, looked for in the whole value
    screen_reader_only = _may_name_screen_reader(folded) and not SCREEN_READER_CLASSES.isdisjoint(folded.split())
    # the byline words' stems, case and all ("Author", "bylines")
    may_name_author = "uthor" in value or "yline" in value or "riter" in value or "ontributor" in value or \
        "reator" in value
    # (the words read are a part of the value: a piece the whole value lacks, they lack)
    hints_hidden = _may_hint_hidden(folded) and not class_tokens(value).isdisjoint(HIDDEN_HINT_WORDS)
    read = value[:MAX_TOKEN_CHARS]
    has_words = read != "" and not read.isspace()
    return _new_tuple(_ClassFacts, (has_words, screen_reader_only, may_name_author, hints_hidden))


def _may_name_screen_reader(folded: str) -> bool:
    """Can a lower-cased value hold one of `SCREEN_READER_CLASSES`? Each holds one of these pieces."""
    return "only" in folded or "hidden" in folded or "screen" in folded or "invisible" in folded or \
        "assistive" in folded


def _may_hint_hidden(folded: str) -> bool:
    """Can a lower-cased value hold one of `HIDDEN_HINT_WORDS`? Each of its words is a piece of it, lower-cased:
    without such a piece of one of them, it holds none."""
    return "hid" in folded or "d-none" in folded or "invisible" in folded or "collapsed" in folded or \
        "offscreen" in folded


def _class_and_id_tokens(cls: str | None, ident: str) -> frozenset[str]:
    """The words of an element's class and id values together (`class_tokens` of both, spaced). A value's words
    are split each on its own, so those of the class, as kept, are joined by the id's; ids are mostly unique to
    one element, so theirs are not kept in the cache."""
    if not cls:
        return value_tokens(ident)
    if len(cls) + 1 + len(ident) <= MAX_TOKEN_CHARS:
        return class_tokens(cls) | value_tokens(ident)
    return value_tokens(f"{cls} {ident}")  # cut short as one value


def _hidden(el: etree._Element) -> bool:
    attrs = dict(el.items())
    cls = attrs.get("class")
    return _hides(attrs, _class_facts(cls) if cls is not None else None)


def _hidden_by(attrs: dict[str, str]) -> bool:
    """Do an element's attributes other than its class hide it?"""
    if "hidden" in attrs:
        return True
    aria = attrs.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = attrs.get("style")
    # the pattern is tried only where one of its words stands
    return bool(style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style))


class _Builder:
    """Collects the text runs of a page into lines, one walk over the tree."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.texts: list[str] = []
        self.evidence: list[BlockEvidence] = []
        self.regions: list[Region] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.chars = 0
        self.owner: _Owner | None = None
        self.author_elements: list[etree._Element] = []
        self.metadata_elements: list[etree._Element] = []
        self.outer: list[Region | None] = []
        """The region each of `regions` stands in (its chain's one before it), or None."""
        self.title_seen = False

    def count_region_words(self) -> None:
        """Each region's words: those of its own lines (counted as they are made), then, innermost first, its
        inner regions' (regions are made in document order, outer before inner)."""
        for region, outer in zip(reversed(self.regions), reversed(self.outer)):
            if outer is not None:
                outer.words += region.words
                outer.prose_words += region.prose_words

    def add(self, text: str, context: _Context) -> None:
        """Add a run of text to the line, which it starts unless it is white space (callers leave out white space
        that would start a line: it makes none, and most of it is the markup's indent)."""
        if self.owner is None:
            self.owner = context[0]
        self.pieces.append(text)
        size = len(text.strip())
        self.chars += size
        if context[2]:
            self.link_chars += size

    def flush(self) -> None:
        pieces = self.pieces
        text = " ".join("".join(pieces).split())
        owner = self.owner
        if text and owner is not None:
            if len(self.texts) >= MAX_LINES:
                raise InputError(f"the page has more than {MAX_LINES:,} lines of text; a page has at most "
                                 f"{MAX_LINES:,} (newsclean.inputs.MAX_LINES)")
            words = text.count(" ") + 1
            prose = words if words >= PROSE_MIN_WORDS and text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END else 0
            tag, heading, depth, in_list, in_table, regions, hidden_hint, in_head, path = owner
            if regions:
                # counted in the innermost region, whose outer regions add its words once the page is read
                region = regions[-1]
                region.words += words
                region.prose_words += prose
            self.texts.append(text)
            # made as a plain tuple is made: a NamedTuple's own constructor costs three times as much
            self.evidence.append(_new_tuple(BlockEvidence, (
                tag, heading, min(self.link_chars / self.chars, 1.0) if self.chars else 0.0, depth, in_list,
                in_table, regions, hidden_hint, in_head, path)))
        pieces.clear()
        self.link_chars = self.chars = 0
        self.owner = None

    def read_head(self, head: etree._Element) -> None:
        """The page's <head>: its first <title> makes a line, its other elements none; a hidden element there
        may still name the author. Its <meta> and <script> elements are kept for the metadata."""
        self.metadata_elements.extend(head.iter("meta", "script"))
        self._head_children(head)

    def _head_children(self, head: etree._Element) -> None:
        for el in head:
            tag = el.tag
            if tag.__class__ is not str:
                continue  # a comment or processing instruction (of a tree not parsed by `parse_html`)
            if tag == "title" and not self.title_seen:
                # a title holds its text alone (the parser reads no markup in it)
                self.title_seen = True
                if self.pieces:
                    self.flush()
                text = el.text
                if text and not text.isspace():
                    self.add(text, _TITLE_CONTEXT)
                    if self.pieces:
                        self.flush()
                continue
            # a page's <head> holds dozens of <meta>, <link> and <script> elements: only those that may be hidden
            # (and name the author) are read
            if tag in _SKIPPED_TAGS or (tag != "head" and _HIDING_ATTRIBUTES.isdisjoint(el.keys())):
                continue
            items = el.items()
            if items:
                attrs = dict(items)
                cls = attrs.get("class")
                facts = _class_facts(cls) if cls is not None else None
                if _hides(attrs, facts):
                    if tag != "head" and _may_hold_author(attrs, facts):
                        self.author_elements.append(el)
                    continue
            if tag == "head":
                self._head_children(el)

    def close(self, el: etree._Element, context: _Context, block: bool) -> None:
        """The end of an element: the end of a line if it is paragraph-level, then the text after it, read in its
        parent's context (the page's root has none)."""
        if block and self.pieces:
            self.flush()
        tail = el.tail
        # most tails are the markup's indent between lines, which makes no line
        if tail and (self.owner is not None or not tail.isspace()) and el is not self.root:
            self.add(tail, context)

    def skip(self, el: etree._Element, tag: str) -> None:
        """Keep the <meta> and <script> elements of a subtree whose text is no text of the page."""
        if tag == "script" or tag == "meta":
            self.metadata_elements.append(el)
        elif len(el):
            self.metadata_elements.extend(el.iter("meta", "script"))


_HIDING_ATTRIBUTES = frozenset({"class", "hidden", "aria-hidden", "style"})
"""Attributes that may hide an element (see `_hides`)."""


def _hides(attrs: dict[str, str], facts: _ClassFacts | None) -> bool:
    """Do an element's attributes hide it (`hidden`, aria-hidden, an inline style, a screen-reader class)?"""
    return (facts is not None and facts.screen_reader_only) or \
        (not _NEVER_HIDING.issuperset(attrs) and _hidden_by(attrs))


_SKIPPED_TAGS = SKIPPED_TAGS - {"head"}
"""Elements whose text is no text of the page, read no further (<head> is read for its title)."""
_TITLE_OWNER: _Owner = ("title", 0, 0, False, False, (), False, True, ())
_TITLE_CONTEXT: _Context = (_TITLE_OWNER, (), False, False)
_TOP_OWNER: _Owner = ("html", 0, 0, False, False, (), False, False, ())
_TOP_CONTEXT: _Context = (_TOP_OWNER, (), False, False)
_UNMARKING_TAGS = frozenset({"html", "body"})
"""Elements that mark nothing, whatever their attributes: every line stands in them."""


def page_blocks(root: etree._Element | None) -> HtmlBlocks:
    """The lines of a parsed page (`parse_html`'s tree) and their evidence."""
    if root is None:
        return HtmlBlocks((), (), ())
    out = _Builder(root)
    pieces = out.pieces
    # The elements being read, outermost first: each with the rest of its siblings, the context they are read in,
    # and whether it ends a line. A leaf is read to its end at once, with no entry. An explicit stack, not
    # recursion: libxml2 nests elements up to 2,048 deep, past Python's recursion limit.
    open_elements: list[tuple[Iterator[etree._Element], _Context, bool, etree._Element]] = []
    siblings: Iterator[etree._Element] = iter((root,))
    parent = _TOP_CONTEXT
    """The context of the elements in `siblings`."""
    elements = 0
    while True:
        for el in siblings:
            tag = el.tag
            if tag in _SKIPPED_TAGS:
                out.skip(el, tag)
                out.close(el, parent, False)
                continue
            items = el.items()
            context = parent
            block = False
            if items or tag not in PLAIN_INLINE_TAGS:
                # (a plain inline element records nothing: its text goes on in the line it is in)
                if items:
                    if len(items) == 1 and items[0][0] == "class":
                        # the commonest element of all: its class is all there is to read, by its facts
                        cls: str | None = items[0][1]
                        attrs = _NO_ATTRIBUTES
                        facts: _ClassFacts | None = _class_facts(cls)
                        plain = True
                        ident = role = itemprop = None
                    else:
                        attrs = dict(items)
                        cls = attrs.get("class")
                        facts = _class_facts(cls) if cls is not None else None
                        # most elements carry only attributes that neither hide them nor name an author but by the
                        # class
                        plain = _PLAIN_FOR_HIDING_AND_AUTHOR.issuperset(attrs)
                        ident, role, itemprop = attrs.get("id"), attrs.get("role"), attrs.get("itemprop")
                    if (facts is not None and facts.screen_reader_only) or (not plain and _hides(attrs, None)):
                        if tag != "head" and _may_hold_author(attrs, facts):
                            out.author_elements.append(el)  # a hidden byline still names the author
                        out.skip(el, tag)
                        out.close(el, parent, False)
                        continue
                    if tag == "meta":
                        out.metadata_elements.append(el)
                elif tag.__class__ is not str:
                    continue  # a comment or processing instruction (of a tree not parsed by `parse_html`)
                else:
                    cls = facts = ident = role = itemprop = None
                    attrs = _NO_ATTRIBUTES
                    plain = True
                if tag == "head":
                    out.read_head(el)
                    out.close(el, parent, False)
                    continue
                # the common answers read here, without the call: a class that names an author, or nothing that
                # could
                if items and ((facts is not None and facts.may_name_author) or
                              (not plain and not _NAMES_NO_AUTHOR.issuperset(attrs) and _others_name_author(attrs))):
                    out.author_elements.append(el)
                owner, regions, link, hidden_hint = parent
                if (items and tag not in _UNMARKING_TAGS) or tag in LANDMARK_TAGS:
                    # the element's own region: a landmark, or an element whose class, id, role or itemprop marks
                    # it. The region's tokens are split if they are asked for; whether there are some, and whether
                    # they hint that the element is hidden, is read off the values
                    if ident:
                        read = (f"{cls} {ident}" if cls else ident)[:MAX_TOKEN_CHARS]
                        marked = not read.isspace()
                        if marked and not hidden_hint and _may_hint_hidden(read.lower()) and \
                                not _class_and_id_tokens(cls, ident).isdisjoint(HIDDEN_HINT_WORDS):
                            hidden_hint = True
                    elif facts is not None:
                        marked = facts.has_words
                        if facts.hints_hidden:
                            hidden_hint = True
                    else:
                        marked = False
                    if (marked or role or itemprop or tag in LANDMARK_TAGS) and len(regions) < MAX_PATH:
                        region = Region(tag, role.lower() if role else "", itemprop.lower() if itemprop else "",
                                        cls or "", ident or "", None if marked else _NO_TOKENS)
                        out.regions.append(region)
                        out.outer.append(regions[-1] if regions else None)
                        regions = regions + (region,)
                if tag in BLOCK_TAGS:
                    # lists, tables and headings are paragraph-level elements: inline ones pass their parent's on
                    block = True
                    elements += 1
                    parent_path = owner[_PATH]
                    # deeper than any page's layout: the path stops growing, so nesting costs linear time
                    path = parent_path + (elements,) if len(parent_path) < MAX_PATH else parent_path
                    owner = (tag, HEADINGS.get(tag, owner[_HEADING]), len(open_elements) + 1,
                             owner[_IN_LIST] or tag in LIST_TAGS, owner[_IN_TABLE] or tag in TABLE_TAGS, regions,
                             hidden_hint, False, path)
                    if pieces:
                        out.flush()
                    context = (owner, regions, link, hidden_hint)
                else:
                    if tag == "br" and pieces:
                        out.flush()
                    if tag == "a" and not link:
                        link = True
                    if regions is not parent[1] or link is not parent[2] or hidden_hint is not parent[3]:
                        context = (owner, regions, link, hidden_hint)
            text = el.text
            if text and (out.owner is not None or not text.isspace()):
                out.add(text, context)
            if len(el):
                open_elements.append((siblings, parent, block, el))
                siblings = iter(el.getchildren())  # a list is made quicker than it is iterated over
                parent = context
                break
            out.close(el, parent, block)
        else:
            if not open_elements:
                break
            siblings, parent, block, el = open_elements.pop()
            out.close(el, parent, block)
    if pieces:
        out.flush()
    out.count_region_words()
    return HtmlBlocks(tuple(out.texts), tuple(out.evidence), tuple(out.regions), tuple(out.author_elements),
                      tuple(out.metadata_elements))


_NO_ATTRIBUTES: dict[str, str] = {}
_NO_TOKENS: frozenset[str] = frozenset()
_PLAIN_ATTRIBUTES = frozenset({"href", "src", "alt", "title", "id", "rel", "target", "width", "height", "lang",
                               "dir", "srcset", "sizes", "loading", "name", "type", "value", "for", "itemprop",
                               "itemscope", "itemtype", "role", "tabindex", "datetime"})
"""Attributes that never hide an element: most elements carry nothing else."""
_NEVER_HIDING = _PLAIN_ATTRIBUTES | {"class"}
"""Attributes that never hide an element but by the class (read by its facts)."""
_NAMES_NO_AUTHOR = (_PLAIN_ATTRIBUTES - {"rel", "itemprop", "id"}) | {"class", "style", "aria-hidden", "aria-label"}
"""Attributes that never say that an element may hold the author but by the class (read by its facts)."""
_PLAIN_FOR_HIDING_AND_AUTHOR = _NEVER_HIDING & _NAMES_NO_AUTHOR
_NO_DATA_ATTRIBUTES = _NAMES_NO_AUTHOR | {"rel", "itemprop", "id", "content", "property", "aria-expanded",
                                         "aria-controls", "aria-labelledby", "placeholder", "action", "method"}
"""Common attributes, none of them a data-* attribute."""




def _may_hold_author(attrs: dict[str, str], facts: _ClassFacts | None) -> bool:
    """Do an element's attributes say it may hold the author: a rel or itemprop, a class with a byline word's
    stem ("author", "byline", "writer", "contributor", "creator"), an id or data-* value with "author" or "byline"?"""
    if facts is not None and facts.may_name_author:
        return True
    return not _NAMES_NO_AUTHOR.issuperset(attrs) and _others_name_author(attrs)


def _others_name_author(attrs: dict[str, str]) -> bool:
    """`_may_hold_author` by the attributes other than the class."""
    if "rel" in attrs or "itemprop" in attrs:
        return True
    ident = attrs.get("id")
    if ident is not None and ("uthor" in ident or "yline" in ident):
        return True
    if _NO_DATA_ATTRIBUTES.issuperset(attrs):
        return False
    for key, value in attrs.items():
        if key.startswith("data-") and ("uthor" in value or "yline" in value):
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
