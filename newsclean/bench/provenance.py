"""Is a text made of the input? A quote joined from parts (split by an attribution, or running over several
paragraphs) is its parts in the input's order, joined by single spaces."""
from __future__ import annotations

MAX_PIECES = 20
"""A joined quote has at most this many parts."""


def pieced_from(text: str, source: str, max_pieces: int = MAX_PIECES) -> bool:
    """True when `text` is pieces of `source`, in order, joined by single spaces (one piece: a substring)."""
    if text in source:
        return True
    cuts = [i for i, char in enumerate(text) if char == " "] + [len(text)]
    start, found_from, pieces = 0, 0, 0
    while start < len(text):
        pieces += 1
        if pieces > max_pieces:
            return False
        ends = [c for c in cuts if c > start]
        # the longest run of words from `start` found after the last piece (a shorter run is found wherever a
        # longer one is, so the search halves)
        lo, hi, best = 0, len(ends) - 1, None
        while lo <= hi:
            mid = (lo + hi) // 2
            at = source.find(text[start: ends[mid]], found_from)
            if at >= 0:
                best = (ends[mid], at)
                lo = mid + 1
            else:
                hi = mid - 1
        if best is None:
            return False
        end, at = best
        found_from = at + (end - start)
        start = end + 1
    return True
