"""A page's own statements about its article: headline, byline, date and language, read from JSON-LD, <meta>
tags and the markup (<h1>, <time>, rel=author, byline elements), cross-checked against each other."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import regex
from lxml import etree
from rapidfuzz import fuzz

from ..dates import find_date
from ..likeness import partial_ratio
from ..names import USER_NAME, looks_like_name, names_in, names_organisation
from .blocks import HtmlBlocks, class_tokens, page_blocks

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
    "liveblogposting", "medicalscholarlyarticle", "satiricalarticle", "advertisertcontentarticle", "posting",
    "discussionforumposting", "howto", "recipe", "review", "creativework",
})
"""JSON-LD types whose headline, author and date are the article's."""
PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage", "aboutpage", "collectionpage", "faqpage",
                        "qapage", "profilepage"})
"""Types that stand for the page: read when no article object is there."""
SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation", "localbusiness",
                        "educationalorganization", "brand"})
PERSON_TYPES = frozenset({"person"})
MAX_JSON_CHARS = 2_000_000
"""A JSON-LD script longer than this is not read (real ones are a few kB)."""
MAX_JSON_DEPTH = 12
"""How deep into a JSON-LD object its parts are looked for."""
MAX_NODES = 5000
"""How many JSON-LD objects of a page are read at most."""

TITLE_SEPARATORS = regex.compile(r"\s+[|\-–—:·•»~/]{1,2}\s+|\s*::\s*|\s+\|\s*|\s*\|\s+")
_MULTISPACE = regex.compile(r"\s+")
_URL = regex.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)(?:/|$)", regex.I)
_BY = regex.compile(r"(?i)^\s*(?:by|(?:(?:article|story|post)\s+)?(?:written|posted) by|author|authored by|words by|"
                    r"von|par|por|di|door|av|autor)\s*[:\-]?\s+")
_BYLINE_WORDS = frozenset({"byline", "author", "authors", "author-name", "byline-name", "writer", "contributor",
                           "creator", "by"})
_NOT_BYLINE_WORDS = frozenset({"bio", "avatar", "image", "img", "photo", "description", "about", "box",
                               "social", "comment", "comments", "twitter", "label", "title"})
_NAME_SPLIT = regex.compile(r",| and | & ")
# A labelled list of credits ("content: Acme, design: Jane Doe") stands in some pages' author <meta>: no byline.
_CREDIT_LABEL = regex.compile(r"\w:\s")
_HAS_LETTER = regex.compile(r"\p{L}")
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "publication-date", "sailthru.date", "parsely-pub-date", "dc.date", "dc.date.issued", "dc.date.created",
    "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date",
    "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
    "og:updated_time", "article:modified_time", "datemodified", "last-modified", "dcterms.modified",
)
"""<meta> names and properties that carry the article's date, best first (modification dates last)."""
_AUTHOR_META = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author", "twitter:creator")


@dataclass
class PageMetadata:
    """What a page says about its article, each field None when it says nothing usable."""

    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    lang: str | None = None
    site_name: str | None = None
    byline_is_firm: bool = True
    """False when the byline is a guess that a byline on the page's own lines should override: an
    organisation named as author, or a site named like a person."""
    summaries: tuple[str, ...] = ()
    """The article's summary as the page gives it (description, og:description, twitter:description, JSON-LD
    description), each value once."""
    sources: dict[str, str] = field(default_factory=dict)
    """Where each found value came from ("headline": "og:title", ...)."""


# --- reading the page -----------------------------------------------------------------------------------------
def _text(value: object) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and isinstance(value[0], str):
        return " ".join(value[0].split())
    return ""


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def json_ld_nodes(root: etree._Element, elements: Iterable[etree._Element] | None = None) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (those in @graph lists and nested ones too), in document order.
    `elements` are the page's <script> elements (others among them are passed over), when they are known."""
    nodes: list[dict[str, Any]] = []
    for script in root.iter("script") if elements is None else elements:
        if script.tag != "script" or (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack: list[tuple[object, int]] = [(data, 0)]
        while stack and len(nodes) < MAX_NODES:
            item, depth = stack.pop()
            if depth > MAX_JSON_DEPTH:
                continue
            if isinstance(item, list):
                stack.extend((x, depth + 1) for x in reversed(item))
            elif isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend((x, depth + 1) for x in reversed(graph))
                main = item.get("mainEntity") or item.get("mainEntityOfPage")
                if isinstance(main, dict):
                    stack.append((main, depth + 1))
    return nodes


def meta_values(root: etree._Element, elements: Iterable[etree._Element] | None = None) -> dict[str, list[str]]:
    """<meta> contents by lower-cased name, property or itemprop, in document order. `elements` are the page's
    <meta> elements (others among them are passed over), when they are known."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta") if elements is None else elements:
        if meta.tag != "meta":
            continue
        content = meta.get("content")
        if content is None:
            continue
        content = " ".join(content.split())
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return found


class _Graph:
    """JSON-LD objects with their references (`{"@id": ...}`) resolved."""

    def __init__(self, nodes: list[dict[str, Any]]) -> None:
        self.nodes = nodes
        self.by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}

    def resolve(self, value: object) -> object:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ref = value.get("@id")
            if isinstance(ref, str) and ref in self.by_id:
                return self.by_id[ref]
        return value

    def article(self) -> dict[str, Any] | None:
        articles = [n for n in self.nodes if _types(n) & ARTICLE_TYPES]
        if not articles:
            articles = [n for n in self.nodes if _types(n) & PAGE_TYPES]
        # the article with a headline and a date beats a teaser or a page with neither
        articles.sort(key=lambda n: -(bool(n.get("headline")) + bool(n.get("datePublished")) + bool(n.get("author"))))
        return articles[0] if articles else None

    def names(self, value: object, persons_only: bool) -> list[tuple[str, bool]]:
        """The names in an author value: (name, is a person)."""
        out: list[tuple[str, bool]] = []
        items = value if isinstance(value, list) else [value]
        for item in items[:20]:
            item = self.resolve(item)
            if isinstance(item, str):
                name = _text(item)
                if name and not _URL.search(name):
                    out.append((name, looks_like_name(name)))
            elif isinstance(item, dict):
                name = _text(item.get("name")) or " ".join(
                    x for x in (_text(item.get("givenName")), _text(item.get("familyName"))) if x)
                kinds = _types(item)
                person = bool(kinds & PERSON_TYPES) or (not kinds and looks_like_name(name))
                if name and not _URL.search(name) and (person or not persons_only):
                    out.append((name, person))
        return out

    def organisation_names(self) -> set[str]:
        """Case-folded names of the organisations the page describes (publishers and the like)."""
        names = set()
        for n in self.nodes:
            for item in (n, self.resolve(n.get("publisher")), self.resolve(n.get("author"))):
                if isinstance(item, dict) and _types(item) & (SITE_TYPES - {"website"}):
                    names.add(_text(item.get("name")).casefold())
        return names

    def site_names(self) -> list[str]:
        names = []
        for n in self.nodes:
            if _types(n) & SITE_TYPES:
                names.append(_text(n.get("name")))
            publisher = self.resolve(n.get("publisher"))
            if isinstance(publisher, dict):
                names.append(_text(publisher.get("name")))
        return [n for n in names if n]


MAX_TITLE_CHARS = 1000
MAX_BYLINE_CHARS = 400
"""An element with more text than this is no byline (and its text is not read further)."""


def short_text(el: etree._Element, limit: int) -> str | None:
    """An element's text, its parts spaced ("Jane Doe<span>Published"), or None when it runs past `limit`
    characters: a wrapper of the page is not read whole."""
    pieces = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit * 4:  # white space of markup counts too, generously
            return None
        pieces.append(piece)
    text = " ".join(" ".join(pieces).split())
    return text if len(text) <= limit else None


# --- headline -------------------------------------------------------------------------------------------------
# The legal form that ends a company's name ("Example Media GmbH", "OSSO B.V."), as case-folded.
LEGAL_FORM = regex.compile(r"\s(?:inc|ltd|llc|plc|gmbh|ag|b\.\s?v|n\.\s?v|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|s\.\s?p\.\s?a|"
                           r"sarl|sas|oy|ab|a/s|aps|pty|pvt|co|corp|sp\.\s?z\s?o\.\s?o)\.?$")


def strip_site_name(title: str, site_names: Iterable[str], others: Iterable[str] = (),
                    removed: list[str] | None = None) -> str:
    """A title without the site's name before or after it ("Headline | Site", "Site - Headline"): a part that
    is a known site name, or a part the other headline candidates leave out while sharing the rest. The parts
    taken away are added to `removed`."""
    if removed is None:
        removed = []
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    names = [s.casefold() for s in site_names if s]
    def is_site(part: str) -> bool:
        folded = part.strip().casefold()
        if LEGAL_FORM.search(folded):
            return True  # "… – OSSO B.V.", "… | Example Media GmbH": a company's name
        return any(fuzz.ratio(folded, n) >= 85 or (len(folded) >= 4 and (folded in n or n in folded)
                                                   and len(folded) <= len(n) + 15) for n in names)
    folded_others = [o.casefold() for o in others if o]

    def rest_is_another(rest: list[str], end: str) -> bool:
        rest_text = _join_parts(title, rest).casefold()
        return any(fuzz.ratio(rest_text, o) >= 90 for o in folded_others) and \
            not any(end.strip().casefold() in o and end.strip().casefold() != o for o in folded_others)

    # the site stands at an end: its name, or a part that no other candidate holds while another holds the rest
    keep = list(parts)
    while len(keep) > 1:
        if is_site(keep[-1]) or rest_is_another(keep[:-1], keep[-1]):
            removed.append(keep.pop().strip())
        elif is_site(keep[0]) or rest_is_another(keep[1:], keep[0]):
            removed.append(keep.pop(0).strip())
        else:
            break
    return _join_parts(title, keep)


def _join_parts(title: str, parts: list[str]) -> str:
    """The stretch of `title` from the first to the last of `parts` (its own separators kept)."""
    if not parts:
        return title.strip()
    start = title.find(parts[0])
    end = title.rfind(parts[-1])
    if start < 0 or end < 0 or end + len(parts[-1]) <= start:
        return " ".join(p.strip() for p in parts)
    return title[start:end + len(parts[-1])].strip()


def _alike(a: str, b: str) -> float:
    a, b = a.casefold(), b.casefold()
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 0.5 * len(long_) and len(short) >= 10:
        score = max(score, 0.95 * partial_ratio(short, long_))
    return score


MIN_AGREEMENT = 80.0
"""How alike (0–100) two headline candidates must be to confirm each other."""
MAX_HEADLINE_WORDS = 40
MIN_TRUNCATED_CHARS = 50
"""Only headlines at least this long are taken for cut short when another source goes on."""
MIN_LONE_H1_WORDS = 2
MIN_LONE_H1_OVERLAP = 50.0
"""A page's only <h1> of at least `MIN_LONE_H1_WORDS` words, sharing this much of its words with the metadata's
title (rapidfuzz token_set_ratio), is the headline even where the metadata words the title otherwise."""
UNFINISHED_ENDS = (":", ",", ";", "…", "...")
"""An <h1> ending like an unfinished clause, or cut short ("…"), is not taken as the lone headline."""
MAX_HEADINGS = 30
"""How many of the page's <h2>/<h3> are read to tell a title's site name from its headline."""


def without_date(text: str) -> str:
    """A heading without the date standing before it ("Dec 18 2025 The headline")."""
    found = find_date(text[:40])
    if found is not None and found[1] == 0 and len(text[found[2]:].split()) >= 2:
        return text[found[2]:].strip(" -–—|:·•")
    return text


def untruncated(text: str, others: list[str]) -> str:
    """The full text of a headline cut short in one source ("... Solutions (Including") from another source
    that starts with it."""
    folded = text.casefold().rstrip(" .…")
    if len(folded) < MIN_TRUNCATED_CHARS:
        return text
    for other in others:
        if len(other) > len(text) and other.casefold().startswith(folded) and \
                not TITLE_SEPARATORS.match(other[len(folded):]):
            return other
    return text


def without_header(title: str, headers: list[str]) -> str:
    """A title without the site's header (its name or address) written before or after it with no separator."""
    folded = title.casefold()
    for header in headers:
        h = header.casefold()
        if folded.startswith(h + " ") and len(title) > len(h) + 1:
            return title[len(h):].strip()
        if folded.endswith(" " + h) and len(title) > len(h) + 1:
            return title[: -len(h)].strip()
    return title


def choose_headline(candidates: list[tuple[str, str]], h1s: list[str], site_names: list[str],
                    headings: Iterable[str] = (), removed: list[str] | None = None) -> tuple[str, str] | None:
    """The headline: an <h1> that the page's metadata confirms, else the best-supported metadata value (the
    title among them), else the first <h1>. `candidates` are (source, text) from metadata, best source first; `headings`
    are the page's other headings, which show what a title holds besides the site's name."""
    h1s = [without_date(h) for h in h1s if h]
    texts = [t for _, t in candidates] + h1s + list(headings)
    cleaned = [(src, strip_site_name(text, site_names, [t for t in texts if t != text], removed))
               for src, text in candidates]
    cleaned = [(src, t) for src, t in cleaned if t and len(t.split()) <= MAX_HEADLINE_WORDS]
    cleaned = [(src, untruncated(t, [c for _, c in cleaned])) for src, t in cleaned]
    # an <h1> that is the site's name or address (a blog's header) is no headline
    sites = [n.casefold() for n in list(site_names) + list(removed or ())]
    headers = [h for h in h1s if _URL.search(h) or any(fuzz.ratio(h.casefold(), n) >= 90 for n in sites)]
    h1s = [h for h in h1s if len(h.split()) <= MAX_HEADLINE_WORDS and h not in headers]
    # a title that the site's header opens or closes with no separator ("example.com Vibe Coding")
    cleaned = [(src, without_header(t, headers)) for src, t in cleaned]
    for h1 in h1s:
        if any(_alike(h1, t) >= MIN_AGREEMENT for _, t in cleaned):
            h1 = strip_site_name(h1, site_names, [t for t in texts if t != h1])
            return "h1", untruncated(h1, [c for _, c in cleaned])
    if len(h1s) == 1 and len(h1s[0].split()) >= MIN_LONE_H1_WORDS and not h1s[0].endswith(UNFINISHED_ENDS) and \
            any(fuzz.token_set_ratio(h1s[0].casefold(), t.casefold()) >= MIN_LONE_H1_OVERLAP for _, t in cleaned):
        # the one heading the page shows over its article, on the same subject as the title its metadata words
        # for search engines (a site's logo or a teaser's heading shares no words with it)
        return "h1", strip_site_name(h1s[0], site_names, [t for t in texts if t != h1s[0]])
    if cleaned:
        # the metadata value most confirmed by the others; of equals the better source
        def support(k: int) -> tuple[float, int]:
            text = cleaned[k][1]
            return (sum(_alike(text, t) >= MIN_AGREEMENT for j, (_, t) in enumerate(cleaned) if j != k), -k)
        return cleaned[max(range(len(cleaned)), key=support)]
    return ("h1", h1s[0]) if h1s else None


# --- byline ---------------------------------------------------------------------------------------------------
MAX_BYLINE_WORDS = 12


def join_names(names: list[str]) -> str:
    """Several people as one byline: "A and B", "A, B, C"."""
    unique: list[str] = []
    for n in names:
        if n and not any(fuzz.ratio(n.casefold(), u.casefold()) >= 90 for u in unique):
            unique.append(n)
    if len(unique) == 2:
        return f"{unique[0]} and {unique[1]}"
    return ", ".join(unique)


def clean_byline(text: str) -> str:
    text = _BY.sub("", " ".join(text.split())).strip(" |,;:-–—")
    return text


def person_name(name: str) -> str:
    """A person's name without the role or team written after it ("Jane Doe - Editorial Team")."""
    found = names_in(name)
    return found if found and looks_like_name(found) and len(found) < len(name) and \
        TITLE_SEPARATORS.match(name[len(found):]) else name


def names_of(text: str) -> str | None:
    """The people a byline text names ("Dec. 19, 2025 · Jane Doe on behalf of ..." -> "Jane Doe")."""
    found = find_date(text)
    if found is not None:
        text = (text[:found[1]] + " " + text[found[2]:])
    text = clean_byline(text.strip(" |·•,;:-–—"))
    names = names_in(text)
    if names and (looks_like_name(names) or any(looks_like_name(p.strip()) for p in _NAME_SPLIT.split(names))):
        return names
    return None


def byline_elements(blocks: HtmlBlocks) -> Iterator[str]:
    """Texts of rel=author links and of elements whose class, id or itemprop says author or byline."""
    seen = 0
    for el in blocks.author_elements:
        if seen > 50:
            break
        items = el.items()
        attrs = dict(items)
        rel = (attrs.get("rel") or "").lower()
        itemprop = (attrs.get("itemprop") or "").lower()
        # class, id and data-* attributes name what an element is ("byline", data-testid="author-name")
        named = " ".join(v for k, v in items if k in ("class", "id") or k.startswith("data-"))
        if "author" in rel.split() or itemprop in ("author", "creator") or \
                (named and not (tokens := class_tokens(named)).isdisjoint(_BYLINE_WORDS)
                 and tokens.isdisjoint(_NOT_BYLINE_WORDS)):
            if itemprop == "author":
                name_el = next((c for c in el.iter() if isinstance(c.tag, str) and c.get("itemprop") == "name"), None)
                if name_el is not None:
                    el = name_el
            text = short_text(el, MAX_BYLINE_CHARS)
            seen += 1
            if text and len(text.split()) <= MAX_BYLINE_WORDS + 10:
                yield text


def as_shown(names: str, bylines: list[str]) -> str:
    """Names as a byline element of the page writes them, when one holds them with more ("Dr. Jane Doe" for
    "Jane Doe")."""
    folded = names.casefold()
    for text in bylines:
        shown = names_of(text)
        if shown and len(shown) > len(names) and shown.casefold().endswith(folded) and \
                len(shown.split()) <= len(names.split()) + 1:
            return shown
    return names


def is_organisation(name: str, site_names: set[str]) -> bool:
    """Is an author's name the site's (`site_names` case-folded) or an organisation's ("City News")?"""
    return name.casefold() in site_names or names_organisation(name)


def choose_byline(graph: _Graph, article: dict[str, Any] | None, meta: dict[str, list[str]],
                  bylines: list[str], site_names: list[str]) -> tuple[str, str, bool] | None:
    """The article's authors and whether that is firm (see `PageMetadata.byline_is_firm`): JSON-LD persons,
    then <meta> author, then byline elements, then a publisher marked up as the author, then a site named like a
    person (a personal blog); an organisation only when the page names no person. A <meta> author that is a user
    name ("KatieS") or a list of labelled credits ("content: Acme, design: Jane Doe") names nobody."""
    site_folded = {s.casefold() for s in site_names}
    orgs: list[str] = []
    publishers: list[tuple[str, str]] = []
    if article is not None:
        names = graph.names(article.get("author"), persons_only=False) or \
            graph.names(article.get("creator"), persons_only=False)
        # a "Person" that is the site or bears an organisation's name is the publisher marked up as a person:
        # the page's first byline element comes first if it reads "By Jane Doe"
        persons = [p for p in (person_name(n) for n, person in names if person)
                   if not is_organisation(p, site_folded)]
        if persons:
            return "json-ld author", as_shown(join_names(persons), bylines), True
        publishers = [("json-ld author", n) for n, person in names if person]
        orgs = [n for n, _ in names if n.casefold() not in site_folded]
    label = [v.casefold() for v in meta.get("twitter:label1", [])]
    stated = [(f"meta {key}", value) for key in _AUTHOR_META for value in meta.get(key, [])]
    if label and any(w in label[0] for w in ("written by", "author", "by")):
        stated += [("twitter:data1", value) for value in meta.get("twitter:data1", [])[:1]]
    for source, value in stated:
        value = clean_byline(value)
        if value and not _URL.search(value) and not value.startswith("@") and _HAS_LETTER.search(value) and \
                len(value.split()) <= MAX_BYLINE_WORDS and not _CREDIT_LABEL.search(value) and \
                not USER_NAME.fullmatch(value):
            if value.casefold() in site_folded and source != "twitter:data1":
                continue  # the site as author, unless the page says it wrote the article ("Written by")
            if is_organisation(value, site_folded):
                publishers.append((source, value))
            else:
                return source, value, True
    for text in bylines[:1] if publishers else bylines:
        shown = names_of(text)
        if shown and (not publishers or _BY.match(text)):
            return "byline element", shown, True
    if publishers:
        return publishers[0][0], join_names([n for source, n in publishers if source == publishers[0][0]]), True
    if orgs:
        return "json-ld author", join_names(orgs), False
    organisations = graph.organisation_names()
    for site in site_names:
        if looks_like_name(site) and site.casefold() not in organisations and not names_organisation(site) \
                and not LEGAL_FORM.search(site.casefold()):
            return "site named like a person", site, False
    return None


# --- date -----------------------------------------------------------------------------------------------------
_ISO = regex.compile(r"^\s*((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)")


def iso_date(value: str) -> str | None:
    """A date value as ISO 8601 (YYYY-MM-DD): the date as written, its time and zone left aside."""
    m = _ISO.match(value)
    if m:
        from datetime import date

        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    found = find_date(value[:300])
    return found[0] if found else None


def choose_date(article: dict[str, Any] | None, meta: dict[str, list[str]], root: etree._Element) -> tuple[str, str] | None:
    if article is not None:
        for key in ("datePublished", "dateCreated", "uploadDate", "dateModified"):
            value = _text(article.get(key))
            found = iso_date(value) if value else None
            if found:
                return f"json-ld {key}", found
    for key in _DATE_META:
        for value in meta.get(key, []):
            found = iso_date(value)
            if found:
                return f"meta {key}", found
    body = root.find("body")
    if body is not None:
        for el in body.iter("time"):
            shown = el.get("datetime") or short_text(el, 300)
            stated = iso_date(shown) if shown else None
            if stated:
                return "<time>", stated
    return None


# --- language -------------------------------------------------------------------------------------------------
_LANG = regex.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def choose_lang(root: etree._Element, meta: dict[str, list[str]]) -> str | None:
    """The page's language as a lower-case tag ("en", "pt-br")."""
    values = [root.get("lang"), root.get("xml:lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    values += meta.get("content-language", []) + meta.get("og:locale", []) + meta.get("language", [])
    for value in values:
        if value:
            value = value.strip().split(",")[0].strip()
            if _LANG.match(value):
                return value.replace("_", "-").lower()
    return None


# --- all of it ------------------------------------------------------------------------------------------------
def page_metadata(root: etree._Element | None, blocks: HtmlBlocks | None = None) -> PageMetadata:
    """Headline, byline, date and language as the page states them."""
    out = PageMetadata()
    if root is None:
        return out
    if blocks is None:
        blocks = page_blocks(root)  # its walk finds the elements that may name the author
    # the walk that made the blocks found the page's <meta> and <script> elements
    elements = blocks.metadata_elements
    graph = _Graph(json_ld_nodes(root, elements))
    article = graph.article()
    meta = meta_values(root, elements)
    site_names = graph.site_names() + meta.get("og:site_name", []) + meta.get("application-name", []) + \
        meta.get("apple-mobile-web-app-title", [])
    out.site_name = site_names[0] if site_names else None

    candidates: list[tuple[str, str]] = []
    if article is not None:
        for key in ("headline", "name", "alternativeHeadline"):
            value = _text(article.get(key))
            if value:
                candidates.append((f"json-ld {key}", value))
                break
    for key in ("og:title", "twitter:title", "title", "dc.title", "sailthru.title", "parsely-title"):
        for value in meta.get(key, [])[:1]:
            candidates.append((key, value))
    title = None
    if blocks is not None:
        title = next((t for t, e in zip(blocks.texts, blocks.evidence) if e.in_head), None)
        h1s = [t for t, e in zip(blocks.texts, blocks.evidence) if e.heading == 1][:5]
        headings = [t for t, e in zip(blocks.texts, blocks.evidence) if 1 < e.heading <= 3][:MAX_HEADINGS]
    else:
        found = root.find(".//title")
        title = short_text(found, MAX_TITLE_CHARS) if found is not None else None
        h1s = [t for t in (short_text(h, MAX_TITLE_CHARS) for h in islice(root.iter("h1"), 5)) if t]
        headings = []
    if title:
        candidates.append(("title", title))
    removed: list[str] = []
    chosen = choose_headline(candidates, h1s, site_names, headings, removed)
    site_names += [r for r in removed if r not in site_names]
    if chosen:
        out.sources["headline"], out.headline = chosen
    by = choose_byline(graph, article, meta, list(byline_elements(blocks)), site_names)
    if by:
        out.sources["byline"], out.byline, out.byline_is_firm = by
    date = choose_date(article, meta, root)
    if date:
        out.sources["date"], out.date = date
    out.lang = choose_lang(root, meta)
    out.summaries = summaries(article, meta)
    return out


SUMMARY_KEYS = ("description", "og:description", "twitter:description")
"""<meta> names and properties of the article's summary."""


def summaries(article: dict[str, Any] | None, meta: dict[str, list[str]]) -> tuple[str, ...]:
    """The article's summary as the page's metadata gives it, each value once."""
    found = [_text(article.get("description"))] if article is not None else []
    found += [v for key in SUMMARY_KEYS for v in meta.get(key, [])[:1]]
    return tuple(dict.fromkeys(v for v in found if v))
