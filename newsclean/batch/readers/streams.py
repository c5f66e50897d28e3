"""Opening a corpus file as a binary stream, decompressing .gz and .zst, and a meter of how far reading got."""
from __future__ import annotations

import gzip
import io
import sys
from contextlib import contextmanager
from typing import BinaryIO, Callable, Iterator

from ..optional import require

STDIN = "-"


class Meter:
    """Bytes of the corpus files read so far: the finished files' sizes plus the open file's position."""

    def __init__(self) -> None:
        self.finished = 0
        self._position: Callable[[], int] = lambda: 0

    def follow(self, position: Callable[[], int]) -> None:
        self._position = position

    def finish(self, size: int) -> None:
        self.finished += size
        self._position = lambda: 0

    def position(self) -> int:
        try:
            return self.finished + self._position()
        except (OSError, ValueError):  # a pipe has no position; a closed file neither
            return self.finished


def read_errors() -> tuple[type[BaseException], ...]:
    """What reading a damaged or cut-short corpus file raises."""
    import zlib

    errors: tuple[type[BaseException], ...] = (OSError, EOFError, ValueError, zlib.error)
    zstandard = sys.modules.get("zstandard")
    return errors + (zstandard.ZstdError,) if zstandard is not None else errors


@contextmanager
def open_raw(path: str) -> Iterator[BinaryIO]:
    if path == STDIN:
        yield sys.stdin.buffer
        return
    with open(path, "rb") as raw:
        yield raw


def decompressed(raw: BinaryIO, path: str) -> BinaryIO:
    """The file's content: gzip and zstandard by their suffix, else as it is."""
    if path.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if path.endswith((".zst", ".zstd")):
        zstandard = require("zstandard", "reading .zst files")
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type]
    return raw
