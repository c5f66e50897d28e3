"""JSONL files (plain, .gz, .zst): one record per non-blank line, handed on undecoded (workers parse the JSON).
A line longer than the record limit is skipped without being held in memory, and becomes an error row."""
from __future__ import annotations

from typing import BinaryIO, Iterator

from ..records import Item, JsonLine, Unreadable
from ..work import Job, too_large_message
from .streams import Meter, decompressed, open_raw

SKIP_BYTES = 1 << 20


def read_jsonl(path: str, job: Job, meter: Meter) -> Iterator[Item]:
    limit = job.max_record_bytes + 1
    with open_raw(path) as raw:
        meter.follow(raw.tell)
        stream = decompressed(raw, path)
        number = 0
        while True:
            line = stream.readline(limit)
            if not line:
                return
            number += 1
            if len(line) == limit and not line.endswith(b"\n"):
                size = len(line) + _skip_line(stream)
                yield Unreadable(f"{path}:{number}", None, "RecordTooLarge",
                                 too_large_message(size, job.max_record_bytes))
            elif not line.isspace():
                yield JsonLine(f"{path}:{number}", line)


def _skip_line(stream: BinaryIO) -> int:
    """Read to the end of the line, keeping nothing; the number of bytes skipped."""
    skipped = 0
    while True:
        part = stream.readline(SKIP_BYTES)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped
