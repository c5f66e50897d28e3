"""Parquet files: one record per row, from the text, id and url columns (the id defaults to path:row)."""
from __future__ import annotations

import os
from typing import Iterator

from ...errors import InputError
from ..optional import require
from ..records import Item, Record, Unreadable, field_id
from ..work import Job
from .streams import Meter

BATCH_ROWS = 256


def read_parquet(path: str, job: Job, meter: Meter) -> Iterator[Item]:
    parquet = require("pyarrow.parquet", "reading Parquet files")
    fields = job.fields
    table_file = parquet.ParquetFile(path)
    names = table_file.schema_arrow.names
    if fields.text not in names:
        raise InputError(f"{path} has no {fields.text!r} column (columns: {', '.join(names)}); "
                         f"name the text column with --text-field")
    columns = [name for name in dict.fromkeys(fields) if name in names]
    total_rows = max(1, table_file.metadata.num_rows)
    size = os.path.getsize(path)
    row = 0
    meter.follow(lambda: size * row // total_rows)
    for batch in table_file.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        data = batch.to_pydict()
        texts = data[fields.text]
        ids = data.get(fields.id) or [None] * len(texts)
        urls = data.get(fields.url) or [None] * len(texts)
        for text, record_id, url in zip(texts, ids, urls):
            name = field_id(record_id) or f"{path}:{row}"
            row += 1
            if text is None:
                yield Unreadable(name, field_id(url), "MissingText", f"the record has no {fields.text!r} value")
            else:
                yield Record(name, field_id(url), text, job.record_format)
