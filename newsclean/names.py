"""Reading people's names off the start of a text ("Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe")."""
from __future__ import annotations

import regex

from .dates import find_date

# Where a byline's names stop: a separator, a time, a label such as "Updated" or "Published".
NAME_END = regex.compile(
    r"(?i)\s(?:[|•·—–\-/,]|on|at|last|updated|published|posted|reviewed|fact-checked|\d)(?=\s|$)|"
    r"\s+(?:here|for)\b|[|•·(\[\d]|,(?:\s|$)"
)
NAME_TOKEN = regex.compile(r"[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*")
NAME_JOINERS = frozenset("and & und et y e i и та".split())
NAME_PARTICLES = frozenset("van von der den de da di del della la le du dos bin al ibn ten ter".split())
# Words that follow a name in author boxes and are not part of it.
ROLE_WORDS = frozenset(
    "editor writer reporter correspondent director manager executive staff contributor contributing senior "
    "chief founder ceo cto president head lead editorial associate assistant freelance columnist author team "
    "desk news photographer producer analyst expert specialist consultant".split()
)
ORGANISATION_WORDS = frozenset({
    "inc", "inc.", "llc", "ltd", "ltd.", "gmbh", "corp", "corp.", "co.", "company", "association", "society",
    "institute", "university", "college", "school", "blog", "news", "media", "group", "team", "online", "magazine",
    "journal", "press", "network", "agency", "foundation", "clinic", "hospital", "center", "centre", "bank",
    "studio", "labs", "lab", "store", "shop", "services", "solutions", "marketing", "digital", "official",
})
"""Words that make a name an organisation's ("Acme Inc.", "City News")."""
ARTICLES = frozenset("the a an der die das le la les el los las il lo gli i o os as de het een".split())
PEOPLE_SEPARATOR = regex.compile(r",\s+(?:and\s+)?|\s+(?:and|&|und|et|y|e|i|и|та)\s+")
"""What stands between the names of several people: a comma, "and", "&"."""
# Letters after a name: "MD", "PhD", "E-RYT 200".
CREDENTIAL = regex.compile(r"(?:\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}\.?|\p{Lu}+(?:-\p{Lu}+)+|\d{2,3})")
# One word that joins words or holds figures: an account's name, not how a person signs ("TurboTaxLisa", "q_admin").
USER_NAME = regex.compile(r"\S*(?:[a-z][A-Z]|\d|_)\S*")
MAX_ROLE_WORDS = 5
"""A job title or list of credentials after a name has at most this many words."""
MAX_NAME_TOKENS = 4
"""One person's name has at most this many capitalised words (particles such as "van" aside)."""


def names_in(text: str, max_people: int = 4) -> str | None:
    """The people named at the start of `text`, as written, or None when it does not start with a name."""
    date = find_date(text)
    if date is not None:
        text = text[: date[1]]
    end = NAME_END.search(text)
    chunk = text[: end.start()] if end else text
    kept: list[str] = []
    run = 0
    people = 1
    stopped_at_role = False
    for token in chunk.split():
        folded = token.casefold()
        if folded in NAME_JOINERS and kept:
            if people >= max_people:
                break
            kept.append(token)
            people += 1
            run = 0
        elif folded in NAME_PARTICLES and kept:
            kept.append(token)
        elif NAME_TOKEN.fullmatch(token) and folded.rstrip(".,") not in ROLE_WORDS and run < MAX_NAME_TOKENS:
            kept.append(token)
            run += 1
        else:
            stopped_at_role = folded.rstrip(".,") in ROLE_WORDS
            break
    while kept and (kept[-1].casefold() in NAME_JOINERS or kept[-1].casefold() in NAME_PARTICLES):
        kept.pop()
    if not kept or kept[0].casefold() in ARTICLES:
        return None  # "The Investopedia Team" is a publisher, not a person
    if len(kept) == 1 and ((kept[0].isupper() and len(kept[0]) > 1) or stopped_at_role):
        return None  # an acronym alone ("CFR"), or one word before "News", "Staff", "Team": an organisation
    name = " ".join(kept).rstrip(".,:;")
    return name or None


def looks_like_name(text: str) -> bool:
    """A short line that is nothing but a person's name: two to four capitalised words, none of them a lone
    letter without a full stop, and not an acronym beside ordinary words ("HR Strategy")."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_TOKENS:
        return False
    if any(len(w) == 1 for w in words):
        return False
    caps = [w.isupper() for w in words if w.isalpha()]
    if any(caps) and not all(caps):
        return False
    return names_in(text) == text.rstrip(".,:;")


def name_of_line(text: str) -> str | None:
    """The people a short line is about: a bare name, a name followed by a role or credentials after a comma
    ("Audrey Huang, Print Managing Editor", "Dylan Bailey, MS, RD"), or names separated by commas."""
    whole = text.rstrip(".,:;")
    parts = PEOPLE_SEPARATOR.split(whole)
    if len(parts) > 1 and all(looks_like_name(p) for p in parts):
        return whole
    head, comma, tail = text.partition(", ")
    if not looks_like_name(head):
        return None
    if comma and not is_role_tail(tail):
        return None
    return head.rstrip(".,:;")


def is_role_tail(text: str) -> bool:
    """What may follow a name after a comma: a job title ("Print Managing Editor") or credentials
    ("MS, RD, FAND", "PhD")."""
    return is_role_line(text) or all(CREDENTIAL.fullmatch(w) for w in text.replace(",", " ").split())


def is_role_line(text: str) -> bool:
    """A line that is nothing but a job title ("Content Editor", "Senior Staff Writer"): capitalised words or
    role words, the last a role word."""
    words = [w.strip(".,;:()") for w in text.replace("/", " ").split()]
    return 1 <= len(words) <= MAX_ROLE_WORDS and words[-1].casefold() in ROLE_WORDS and all(
        w and (w[0].isupper() or w.casefold() in ROLE_WORDS or w.casefold() in NAME_JOINERS) for w in words)


def tells_about(line: str, name: str) -> bool:
    """Is `line` a sentence about `name`: the name, then a word in lower case ("Jane Doe is a ...")?"""
    return line.startswith(name + " ") and line[len(name) + 1:len(name) + 2].islower()


def names_organisation(name: str) -> bool:
    """Does a name hold a word that makes it an organisation's ("Acme Labs", "City News")?"""
    return any(w.casefold() in ORGANISATION_WORDS for w in name.split())
