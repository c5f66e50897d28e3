"""How alike two short texts are when one may be a cut or prefixed copy of the other, at a bounded cost."""
from __future__ import annotations

from rapidfuzz import fuzz

MAX_PARTIAL_CHARS = 200
"""rapidfuzz's partial_ratio takes time growing with the cube of the longer text's length past 64 characters
(a fifth of a second for two lines of 3,000): past this length a text is only looked for whole inside the other,
else the two are compared whole. Most headlines and titles are shorter."""


def partial_ratio(short: str, long_: str, score_cutoff: float = 0.0) -> float:
    """`fuzz.partial_ratio` of the shorter text within the longer. When the longer is past `MAX_PARTIAL_CHARS`:
    100 if the shorter stands in it whole (what partial_ratio gives too), else their whole `fuzz.ratio`, so
    that a page of long lines costs time linear in its length."""
    if len(long_) > MAX_PARTIAL_CHARS:
        if short in long_:
            return 100.0
        return fuzz.ratio(short, long_, score_cutoff=score_cutoff)
    return fuzz.partial_ratio(short, long_, score_cutoff=score_cutoff)
