"""Arrow in, Arrow out: `clean_batch(table)` cleans a table of records into a table of rows, for Ray Data's
`map_batches(clean_batch, batch_format="pyarrow")`, Dask, or (through `clean_batches`) Spark's `mapInArrow`.
The rows are the batch command's rows, column for key."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..pipeline import Pipeline
from .optional import require
from .records import TEXT, Fields, Item, Record, Unreadable, field_id
from .work import TIME_LIMIT, Job, RowMaker

SPARK_SCHEMA = ("id string, url string, error struct<kind:string,message:string>, headline string, "
                "byline string, date string, paragraphs array<string>, "
                "quotes array<struct<text:string,speaker:string,paragraph:bigint,joined:boolean>>")
"""`row_schema()` as a Spark DDL string, for `df.mapInArrow(clean_batches, SPARK_SCHEMA)`."""


def row_schema(decisions: bool = False) -> Any:
    """The Arrow schema of the rows (a `decisions` column when asked for)."""
    pa = require("pyarrow", "Arrow tables")
    string = pa.string()
    columns = [
        ("id", string), ("url", string),
        ("error", pa.struct([("kind", string), ("message", string)])),
        ("headline", string), ("byline", string), ("date", string),
        ("paragraphs", pa.list_(string)),
        ("quotes", pa.list_(pa.struct([("text", string), ("speaker", string), ("paragraph", pa.int64()),
                                       ("joined", pa.bool_())]))),
    ]
    if decisions:
        columns.append(("decisions", pa.list_(pa.struct([
            ("line", pa.int64()), ("kept", pa.bool_()), ("cleaner", string), ("reason", string),
            ("role", string)]))))
    return pa.schema(columns)


def rows_to_table(rows: list[dict[str, Any]], decisions: bool = False) -> Any:
    pa = require("pyarrow", "Arrow tables")
    return pa.Table.from_pylist(rows, schema=row_schema(decisions))


def table_items(batch: Any, fields: Fields, record_format: str) -> Iterator[Item]:
    """The records of a table or record batch (its id and url columns are optional)."""
    names = batch.schema.names
    texts = batch.column(fields.text).to_pylist() if fields.text in names else [None] * batch.num_rows
    ids = batch.column(fields.id).to_pylist() if fields.id in names else [None] * batch.num_rows
    urls = batch.column(fields.url).to_pylist() if fields.url in names else [None] * batch.num_rows
    for text, record_id, url in zip(texts, ids, urls):
        if text is None:
            yield Unreadable(field_id(record_id), field_id(url), "MissingText",
                             f"the record has no {fields.text!r} value")
        else:
            yield Record(field_id(record_id), field_id(url), text, record_format)


def clean_batch(batch: Any, *, text_field: str = "text", id_field: str = "id", url_field: str = "url",
                format: str = TEXT, decisions: bool = False, time_limit: float | None = TIME_LIMIT,
                pipeline: str | Pipeline | None = None) -> Any:
    """Clean an Arrow table (or record batch) of records into a table of rows, one per record, in order.

    Records are read from the `text_field` column (str or bytes) as `format` ("text" or "html"), named by the
    optional `id_field` and `url_field` columns. A record that fails gets an error row.
    A RecordBatch in gives a RecordBatch out; anything else a Table.
    """
    pa = require("pyarrow", "clean_batch")
    job = Job(fields=Fields(text_field, id_field, url_field), record_format=format, decisions=decisions,
              time_limit=time_limit, pipeline=pipeline)
    maker = RowMaker(job)
    rows = [maker.row_dict(item) for item in table_items(batch, job.fields, job.record_format)]
    if isinstance(batch, pa.RecordBatch):
        return pa.RecordBatch.from_pylist(rows, schema=row_schema(decisions))
    return rows_to_table(rows, decisions)


def clean_batches(batches: Iterable[Any], **options: Any) -> Iterator[Any]:
    """`clean_batch` over a stream of record batches, as Spark's `mapInArrow` calls it."""
    for batch in batches:
        yield clean_batch(batch, **options)
