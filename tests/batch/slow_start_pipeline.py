"""A pipeline whose module takes seconds to import, as a heavy user pipeline may: the default one."""
from __future__ import annotations

import time

from newsclean import Pipeline, default_pipeline

START_SECONDS = 3.0
"""Longer than the fault test's record time limit of 0.5 s, twice over and the kill grace besides."""

time.sleep(START_SECONDS)


def make() -> Pipeline:
    return default_pipeline()
