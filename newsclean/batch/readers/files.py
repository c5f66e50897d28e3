"""Single-page files: a .txt file is one text record, an .html file one HTML record; the path is the id."""
from __future__ import annotations

import os
from typing import Iterator

from ..records import Item, Record, Unreadable
from ..work import Job, too_large_message
from .streams import Meter


def read_page_file(path: str, job: Job, meter: Meter, record_format: str) -> Iterator[Item]:
    size = os.path.getsize(path)
    if size > job.max_record_bytes:
        yield Unreadable(path, None, "RecordTooLarge", too_large_message(size, job.max_record_bytes))
        return
    with open(path, "rb") as handle:
        content = handle.read()
    yield Record(path, None, content, record_format)
