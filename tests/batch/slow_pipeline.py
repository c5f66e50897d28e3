"""A pipeline for the fault tests: the default one, plus a cleaner that misbehaves on marked pages."""
from __future__ import annotations

import os
import signal
import time

from newsclean import Document, Pipeline, default_pipeline

SLEEP = "MARK-SLEEP"
"""The cleaner sleeps (the record's time limit stops it)."""
DEAF = "MARK-DEAF"
"""The cleaner blocks the time-limit signal and sleeps (only killing the worker stops it)."""
CRASH = "MARK-CRASH"
"""The cleaner kills its own process."""
RAISE = "MARK-RAISE"


def misbehave(doc: Document) -> tuple:
    text = "\n".join(doc.texts)
    if SLEEP in text:
        time.sleep(600)
    if DEAF in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    if CRASH in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if RAISE in text:
        raise RuntimeError("this cleaner fails on purpose")
    return ()


def make() -> Pipeline:
    pipeline = default_pipeline()
    pipeline.add(misbehave, before="placeholders")
    return pipeline
