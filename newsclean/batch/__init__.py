"""Cleaning a corpus: many records, every core (or a Ray cluster), one row per record, in input order.

`clean(records, workers=...)` from Python; `newsclean batch INPUT... -o OUTPUT` from the shell (`run_batch`);
`clean_batch(table)` over Arrow tables for Ray Data, Dask or Spark.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ..pipeline import Pipeline
from . import rows
from .arrow import SPARK_SCHEMA, clean_batch, clean_batches, row_schema
from .engine import default_workers
from .records import TEXT, Fields, Item, Record, Unreadable, field_id
from .run import RunOptions, clean_items, run_batch
from .work import MAX_RECORD_BYTES, TIME_LIMIT, Job

__all__ = ["SPARK_SCHEMA", "Fields", "Job", "Record", "RunOptions", "clean", "clean_batch", "clean_batches", "default_workers",
           "row_schema", "run_batch"]


def clean(records: Iterable[str | bytes | Mapping[str, Any] | Record], workers: int | None = None, *,
          format: str = TEXT, pipeline: str | Pipeline | None = None, text_field: str = "text",
          id_field: str = "id", url_field: str = "url", decisions: bool = False,
          time_limit: float | None = TIME_LIMIT, max_record_bytes: int = MAX_RECORD_BYTES,
          engine: str = "local", address: str | None = None) -> Iterator[dict[str, Any]]:
    """Clean records in worker processes; yields one row (a dict) per record, in order, as they are ready.

    A record is a page's text (str or bytes, read as `format`), a mapping with the text under `text_field` and
    optionally an id and url, or a `Record`. A row has the record's `id` (its position if it has none) and
    `url`, `error` (None, or {"kind", "message"} for a record that failed), and the Article's fields.
    `workers` defaults to all cores; 0 cleans in this process. Workers are fresh processes that import the main
    module, so a script calls this under `if __name__ == "__main__":`. A `pipeline` object must pickle (a
    module-level factory or a `module:object` spec always works).
    """
    fields = Fields(text_field, id_field, url_field)
    job = Job(fields=fields, record_format=format, decisions=decisions, time_limit=time_limit,
              max_record_bytes=max_record_bytes, pipeline=pipeline)
    items = (as_item(record, index, fields, format) for index, record in enumerate(records))
    for result in clean_items(items, job, RunOptions(workers=workers, engine=engine, address=address)):
        yield rows.decode(result.row)


def as_item(record: object, index: int, fields: Fields, record_format: str) -> Item:
    if isinstance(record, Record):
        return record
    if isinstance(record, Mapping):
        record_id = field_id(record.get(fields.id)) or str(index)
        url = field_id(record.get(fields.url))
        text = record.get(fields.text)
        if text is None:
            return Unreadable(record_id, url, "MissingText", f"the record has no {fields.text!r} value")
        return Record(record_id, url, text, record_format)
    return Record(str(index), None, record, record_format)  # type: ignore[arg-type]
