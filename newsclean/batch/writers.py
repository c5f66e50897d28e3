"""Writers of rows: JSONL (a file, or standard output) and Parquet (a folder of part files).

While a run is going the output is `OUTPUT.partial` (a file, or a folder of parts); it takes its real name only
when every record has its row, so OUTPUT never holds a half-written row. The rows already in a partial output
are how many input records a resumed run skips: a JSONL output's complete lines (a cut-short last line is
cut off), a Parquet output's complete parts (a part is written under a temporary name, then renamed)."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import BinaryIO

from . import rows
from .arrow import row_schema
from .optional import require

STDOUT = "-"
ROWS_PER_PART = 10_000
"""Rows in each Parquet part file (the last has the rest)."""
ROWS_PER_BATCH = 500
"""Rows turned into Arrow at a time while a part fills: rows wait as compact Arrow data, not Python objects."""
READ_BYTES = 1 << 20
WRITE_BUFFER = 1 << 16


class Writer:
    """Rows in, in order; `start` says how many rows an interrupted run already wrote."""

    path: str

    def exists(self) -> bool:
        return os.path.exists(self.path)

    def partial_exists(self) -> bool:
        return os.path.exists(self.partial)

    @property
    def partial(self) -> str:
        return self.path + ".partial"

    def start(self, resume: bool) -> int:
        raise NotImplementedError

    def write(self, row: bytes) -> None:
        raise NotImplementedError

    def checkpoint(self) -> None:
        """Make the rows written so far durable."""

    def finish(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop without finishing: what is written stays, for --resume."""

    def discard(self) -> None:
        """Remove an earlier run's output and partial output."""
        for path in (self.path, self.partial):
            if os.path.isdir(path):
                shutil.rmtree(path)
            elif os.path.exists(path):
                os.remove(path)


class JsonlWriter(Writer):
    def __init__(self, path: str) -> None:
        self.path = path
        self.file: BinaryIO | None = None

    def start(self, resume: bool) -> int:
        if self.path == STDOUT:
            self.file = sys.stdout.buffer
            return 0
        done = 0
        if resume and os.path.exists(self.partial):
            done, end = count_lines(self.partial)
            with open(self.partial, "r+b") as handle:
                handle.truncate(end)  # a line cut short by a kill is written again in full
            self.file = open(self.partial, "ab", buffering=WRITE_BUFFER)
        else:
            self.file = open(self.partial, "wb", buffering=WRITE_BUFFER)
        return done

    def write(self, row: bytes) -> None:
        assert self.file is not None
        self.file.write(row)

    def checkpoint(self) -> None:
        assert self.file is not None
        self.file.flush()
        if self.path != STDOUT:
            os.fsync(self.file.fileno())

    def finish(self) -> None:
        self.checkpoint()
        if self.path != STDOUT:
            self.close()
            os.replace(self.partial, self.path)

    def close(self) -> None:
        if self.file is not None and self.path != STDOUT:
            self.file.close()
        elif self.file is not None:
            self.file.flush()
        self.file = None

    def exists(self) -> bool:
        return self.path != STDOUT and super().exists()

    def partial_exists(self) -> bool:
        return self.path != STDOUT and super().partial_exists()


def count_lines(path: str) -> tuple[int, int]:
    """The number of complete lines of a file and the offset just after the last of them."""
    lines = end = offset = 0
    with open(path, "rb") as handle:
        while block := handle.read(READ_BYTES):
            found = block.count(b"\n")
            if found:
                lines += found
                end = offset + block.rindex(b"\n") + 1
            offset += len(block)
    return lines, end


class ParquetWriter(Writer):
    def __init__(self, path: str, decisions: bool = False, rows_per_part: int = ROWS_PER_PART) -> None:
        self.pa = require("pyarrow", "Parquet output")
        self.parquet = require("pyarrow.parquet", "Parquet output")
        self.path = path
        self.schema = row_schema(decisions)
        self.rows_per_part = rows_per_part
        self.parts = 0
        self.pending: list[dict] = []
        self.batches: list = []
        self.batched = 0

    def start(self, resume: bool) -> int:
        folder = Path(self.partial)
        if not (resume and folder.is_dir()):
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            return 0
        for leftover in folder.glob("*.tmp"):
            leftover.unlink()
        done = 0
        while (part := self._part_path(self.parts)).exists():
            done += self.parquet.ParquetFile(part).metadata.num_rows
            self.parts += 1
        return done

    def _part_path(self, index: int) -> Path:
        return Path(self.partial) / f"part-{index:05d}.parquet"

    def write(self, row: bytes) -> None:
        self.pending.append(rows.decode_utf8(row))
        if len(self.pending) >= min(ROWS_PER_BATCH, self.rows_per_part):
            self._batch()
        while self.batched >= self.rows_per_part:
            self._write_part()

    def _batch(self) -> None:
        if self.pending:
            self.batches.append(self.pa.RecordBatch.from_pylist(self.pending, schema=self.schema))
            self.batched += len(self.pending)
            self.pending = []

    def _write_part(self) -> None:
        self._batch()
        table = self.pa.Table.from_batches(self.batches, schema=self.schema)
        part = self._part_path(self.parts)
        temporary = part.with_suffix(".tmp")
        self.parquet.write_table(table.slice(0, self.rows_per_part), temporary)
        os.replace(temporary, part)
        self.parts += 1
        rest = table.slice(self.rows_per_part)
        self.batches = rest.to_batches() if rest.num_rows else []
        self.batched = rest.num_rows

    def finish(self) -> None:
        self._batch()
        while self.batched or self.parts == 0:
            self._write_part()  # the last part has the rest; an empty corpus still gets one (empty) part
        os.replace(self.partial, self.path)


def make_writer(path: str, output_format: str | None = None, *, decisions: bool = False) -> Writer:
    """A writer for OUTPUT: Parquet when it ends in .parquet (or asked for), else JSONL."""
    kind = output_format or ("parquet" if path.lower().endswith(".parquet") else "jsonl")
    if kind == "parquet":
        if path == STDOUT:
            from ..errors import InputError

            raise InputError("Parquet output needs a path, not standard output")
        return ParquetWriter(path, decisions)
    return JsonlWriter(path)
