"""The work done for each record, wherever it runs (a local worker process, a Ray task, an Arrow batch): decode
it, extract its article within the time limit, and make its row. A failing record becomes an error row."""
from __future__ import annotations

import json
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..extract import extract
from ..pipeline import Pipeline
from . import rows
from .records import TEXT, Fields, Item, JsonLine, Record, Unreadable, field_id

TIME_LIMIT = 30.0
"""Seconds one record may take (a typical page takes milliseconds; the slowest accepted input about 2 s/MB)."""
MAX_RECORD_BYTES = 10 * 1024 * 1024
"""A record larger than this is an error row rather than a page: no news page is 10 MB of text."""


@dataclass(frozen=True)
class Job:
    """What decides a row: the fields to read, the pipeline, the limits, whether rows carry the decisions."""

    fields: Fields = Fields()
    record_format: str = TEXT
    """How to read JSONL and Parquet records' text: "text" or "html"."""
    decisions: bool = False
    time_limit: float | None = TIME_LIMIT
    max_record_bytes: int = MAX_RECORD_BYTES
    pipeline: str | Pipeline | None = field(default=None, compare=False)
    """A `module:object` spec, or a Pipeline (which must pickle, to reach worker processes)."""

    def describe(self) -> dict[str, Any]:
        """The settings that shape the rows, as JSON values (a resumed run must use the same)."""
        spec = self.pipeline if isinstance(self.pipeline, str) or self.pipeline is None else repr(self.pipeline)
        return {"fields": list(self.fields), "record_format": self.record_format, "decisions": self.decisions,
                "time_limit": self.time_limit, "max_record_bytes": self.max_record_bytes, "pipeline": spec}


class RecordTimeout(BaseException):
    """Raised in a record's extraction when it runs past the time limit. Not an Exception, so that a cleaner's
    `except Exception` cannot swallow it."""


class BadRecord(Exception):
    """A record that cannot be cleaned at all (not JSON, no text field, too large)."""

    def __init__(self, record_id: str | None, url: str | None, kind: str, message: str) -> None:
        super().__init__(message)
        self.record_id, self.url, self.kind = record_id, url, kind


def timeout_message(limit: float) -> str:
    return f"took longer than the {limit:g} s time limit"


def too_large_message(size: int, limit: int) -> str:
    return f"the record is {size:,} bytes; records larger than {limit:,} bytes are not read"


def _raise_timeout(signum: int, frame: object) -> None:
    raise RecordTimeout()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise RecordTimeout in the block after `seconds`. Only the main thread can take signals: elsewhere the
    block runs unlimited (the local engine also stops a worker that overruns)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_pipeline(spec: str | Pipeline | None) -> Pipeline | None:
    if spec is None or isinstance(spec, Pipeline):
        return spec
    from ..cli import load_pipeline as load_spec

    return load_spec(spec)


class RowMaker:
    """Turns items into rows with one job's settings and one loaded pipeline."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.pipeline = load_pipeline(job.pipeline)

    def row(self, item: Item) -> tuple[int, bytes]:
        """The item's row as (status, JSON line)."""
        row = self.row_dict(item)
        return rows.status(row), rows.encode(row)

    def row_dict(self, item: Item) -> dict[str, Any]:
        job = self.job
        if isinstance(item, Unreadable):
            return rows.error_row(item.id, item.url, item.kind, item.message, decisions=job.decisions)
        try:
            record = self.record(item)
        except BadRecord as exc:
            return rows.error_row(exc.record_id, exc.url, exc.kind, str(exc), decisions=job.decisions)
        try:
            with time_limit(job.time_limit):
                article = extract(record.content, format=record.format, pipeline=self.pipeline)
        except RecordTimeout:
            assert job.time_limit is not None
            return rows.error_row(record.id, record.url, "Timeout", timeout_message(job.time_limit),
                                  decisions=job.decisions)
        except Exception as exc:  # one poison record must not stop the corpus: it becomes its error row
            return rows.error_row(record.id, record.url, type(exc).__name__, str(exc), decisions=job.decisions)
        return rows.article_row(record.id, record.url, article, decisions=job.decisions)

    def record(self, item: Record | JsonLine) -> Record:
        if isinstance(item, JsonLine):
            item = decode_json_line(item, self.job.fields, self.job.record_format)
        size = len(item.content)
        if size > self.job.max_record_bytes:
            raise BadRecord(item.id, item.url, "RecordTooLarge", too_large_message(size, self.job.max_record_bytes))
        return item


def decode_json_line(line: JsonLine, fields: Fields, record_format: str) -> Record:
    try:
        obj = json.loads(line.data)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise BadRecord(line.id, None, "InvalidJSON", f"the line is not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise BadRecord(line.id, None, "InvalidJSON", f"the line is a JSON {type(obj).__name__}, not an object")
    record_id = field_id(obj.get(fields.id)) or line.id
    url = field_id(obj.get(fields.url))
    text = obj.get(fields.text)
    if not isinstance(text, str):
        problem = f"has no {fields.text!r} field" if text is None else \
            f"has a {type(text).__name__} as its {fields.text!r} field, not a string"
        raise BadRecord(record_id, url, "MissingText", f"the record {problem}")
    return Record(record_id, url, text, record_format)
