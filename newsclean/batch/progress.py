"""The run's tally, its progress line on a terminal (records, rate, errors, ETA) and its closing summary."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, TextIO

from . import rows

REFRESH_SECONDS = 0.25


@dataclass
class Tally:
    """What became of the records of one run."""

    kept: int = 0
    empty: int = 0
    errors: int = 0
    error_kinds: Counter = field(default_factory=Counter)
    resumed: int = 0
    """Rows an interrupted run had written, which this run left as they were."""
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return self.kept + self.empty + self.errors

    def add(self, status: int, row: bytes) -> None:
        if status == rows.KEPT:
            self.kept += 1
        elif status == rows.EMPTY:
            self.empty += 1
        else:
            self.errors += 1
            self.error_kinds[json.loads(row)["error"]["kind"]] += 1

    def stop(self) -> None:
        self.seconds = time.monotonic() - self.started

    def rate(self) -> float:
        elapsed = self.seconds or (time.monotonic() - self.started)
        return self.records / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.error_kinds.items()))
        text = (f"{self.records:,} records in {self.seconds:.1f} s ({self.rate():,.0f}/s): kept {self.kept:,}, "
                f"empty {self.empty:,}, errors {self.errors:,}" + (f" ({kinds})" if kinds else ""))
        if self.resumed:
            text += f"; {self.resumed:,} rows were already written by the interrupted run"
        return text


class Progress:
    """A one-line progress display on standard error, drawn only when that is a terminal."""

    def __init__(self, tally: Tally, total_bytes: int, position: Callable[[], int], *,
                 enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.tally = tally
        self.total_bytes = total_bytes
        self.position = position
        self.start_position: int | None = None
        self.last = 0.0

    def update(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < REFRESH_SECONDS:
            return
        self.last = now
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def line(self) -> str:
        tally = self.tally
        text = f"{tally.records:,} records  {tally.rate():,.0f}/s  errors {tally.errors:,}"
        position = self.position()
        if self.start_position is None:
            self.start_position = position
        read = position - self.start_position
        left = self.total_bytes - position
        if self.total_bytes and read > 0 and left >= 0:
            elapsed = time.monotonic() - tally.started
            share = position / self.total_bytes
            text += f"  {share:4.0%}  ETA {format_seconds(elapsed * left / read)}"
        return text

    def close(self) -> None:
        if self.enabled and self.last:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def format_seconds(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
