"""Python's cyclic garbage collector paused while a page of very many lines is cleaned.

Every line of a page makes objects that live until its Article is made: the cleaner's decision, the document's
record of it, the Article's line decision. The collector stops watching a plain tuple of strings and numbers
once it has looked at it, but never a named tuple: on a page of 100,000 lines it walks some 300,000 of them
again and again while they are made, a third of the page's time.
Cleaning makes no reference cycles of its own (what it makes is freed as it goes, by reference counting), so
nothing waits for the collector meanwhile; it runs again once the page is done. Pages of fewer lines (every
benchmark page: the longest has under 2,000) are cleaned with the collector as it is.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

PAUSE_MIN_LINES = 20_000
"""Pages of at least this many lines are cleaned with the collector paused."""


@contextmanager
def paused_for(lines: int) -> Iterator[None]:
    """Pause the collector for a page of `lines` lines, if it has enough and the collector is running: it is turned
    back on afterwards by the one that turned it off (another thread's extraction meanwhile leaves it as it is)."""
    if lines < PAUSE_MIN_LINES or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
