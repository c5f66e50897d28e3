"""comments: marks where a comment thread starts ("12 Comments", "Leave a Reply", "Jane says:") so the body stops there."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from typing import Iterator

import re

from ..document import Decision, Document
from ..hints import HintWords
from ..wordlist import data_words


COMMENT_PHRASES = frozenset(data_words("comment_markers.txt"))
"""Lines that open a comment thread in many languages ("Kommentar schreiben", "إضافة تعليق"), from data."""
CANCEL_REPLY = tuple(data_words("cancel_reply.txt"))
"""The comment form's "Cancel reply" link in many languages: a short line ending with it is the form's heading."""
# Every phrase of data/comment_markers.txt holds one of these (a test checks it): the page is scanned for them.
PHRASE_STEMS = tuple(
    "comment komment коммент коментар komentar komentá comenta comentá yorum σχόλ σχολ تعليق نظر תגוב टिप्पण bình luận "
    "ความคิดเห็น 评论 評論 コメント 댓글 hozzászól szólj reactie reageer kommentoi kommentti".split()
)
_COUNT_AT_ENDS = re.compile(r"^[\s(\[]*\d+[\s)\]]*|[\s(\[]*\d+[\s)\]]*$")

COMMENT_MARKER = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|reactions|kommentare?|commentaires?|comentarios?|commenti|"
    r"komentarz[ey]?|комментари[йея]в?|коментар[іів]+)|"
    r"comments?\s*\(\d+\)|comments are closed|top rated comments|reader comments|"
    r"(?:leave|post|add|write|show|view|load|read|see) (?:a |your |all |the )?(?:\d+ )?(?:comments?|reply|replies|response)s?|"
    r"leave a reply|join the (?:conversation|discussion)|discussion about this post|what do you think\??)$|"
    r"^(?P<who>\S+(?:\s\S+){0,3})\s(?:says|said|wrote|sagt|schreibt|dit|dice|dijo|disse|pisze|пишет):$|"
    r"^(?:\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)\s+at\s+\d|"
    r"^(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4})\s+at\s+\d{1,2}:\d\d\s*(?:[ap]m)?$"
)
COMMENT_COUNT = re.compile(r"\b\d+\s+(?:comments|responses|replies|thoughts)\b")
"""COMMENT_MARKER and COMMENT_COUNT are matched against the case-folded line."""
EDGES = " []()<>{}|:.-–—•·»«"
# What every marker holds: lines without any of it are not read.
HINTS = HintWords(
    "comment repl respons reaction conversation discussion think says: said: wrote: sagt: schreibt: dit: dice: "
    "dijo: disse: pisze: пишет: kommentar commentaire comentario commenti komentarz коммент коментар".split()
    + [" ago", " at "] + list(PHRASE_STEMS) + list(CANCEL_REPLY)
)


@dataclass(frozen=True)
class CommentsSettings:
    max_words: int = 12


class Comments:
    name = "comments"

    def __init__(self, settings: CommentsSettings = CommentsSettings()) -> None:
        self.settings = settings

    @staticmethod
    def names_a_commenter(who: str) -> bool:
        """A commenter's name or handle: one word, or capitalised words and initials ("Bob. Just Bob.")."""
        words = who.split()
        return len(words) == 1 or all(w[:1].isupper() for w in words)

    def __call__(self, doc: Document) -> Iterator[Decision]:
        for i in doc.lines_holding(HINTS, max_words=self.settings.max_words):
            if doc.stats(i).words > self.settings.max_words:
                continue
            text = doc.texts[i]
            folded = doc.stats(i).folded
            bare = folded.strip(EDGES)
            marker = COMMENT_MARKER.match(folded) or COMMENT_MARKER.match(bare)
            if marker and marker.group("who") and not self.names_a_commenter(text.strip(EDGES)[: len(marker.group("who"))]):
                marker = None  # "In a statement, the council said:" introduces a quote, not a comment
            # "34 Comments" is a marker; "The survey drew 1200 responses." is a sentence
            if marker or _COUNT_AT_ENDS.sub("", bare).strip(EDGES) in COMMENT_PHRASES or bare.endswith(CANCEL_REPLY) \
                    or (doc.stats(i).has_digit and not doc.stats(i).ends_sentence and COMMENT_COUNT.search(folded)):
                doc.comment_markers.append(i)
                yield Decision(i, "drop", f"comment-thread marker {text[:40]!r}")
        # "59 Comments on “<the headline>”" went as a copy of the headline; it still says where the thread starts
        dropped = doc.dropped
        for i, drop in zip(compress(count(), dropped), filter(None, dropped)):  # the dropped lines alone
            if drop[0] == "headline" and self.counts_comments(doc, i):
                doc.comment_markers.append(i)
        doc.comment_markers.sort()

    @staticmethod
    def counts_comments(doc: Document, i: int) -> bool:
        """Does a count of comments start in line i? A number that ends the line is read on into the next line
        with text ("59" / "Comments")."""
        folded = doc.stats(i).folded
        text = folded
        if folded[-1:].isdigit():
            following = next((k for k in range(i + 1, len(doc)) if doc.texts[k]), None)
            if following is not None:
                text = folded + "\n" * (following - i) + doc.stats(following).folded
        found = COMMENT_COUNT.search(text)
        return found is not None and found.start() < len(folded)
