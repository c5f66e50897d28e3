"""A corpus: the input files in a fixed order (globs and folders sorted), each read by the reader of its kind,
as one stream of items. Reading errors become error rows; the same inputs always give the same items."""
from __future__ import annotations

import glob
import os
from functools import partial
from pathlib import Path
from typing import Callable, Iterator, Sequence

from ...errors import InputError
from ..records import HTML, TEXT, Item, Unreadable
from ..work import Job
from .files import read_page_file
from .jsonl import read_jsonl
from .parquet import read_parquet
from .streams import STDIN, Meter, read_errors
from .warc import read_warc

Reader = Callable[[str, Job, Meter], Iterator[Item]]

KINDS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "warc": read_warc,
    "parquet": read_parquet,
    "text": partial(read_page_file, record_format=TEXT),
    "html": partial(read_page_file, record_format=HTML),
}
SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".wet": "warc", ".arc": "warc",
    ".parquet": "parquet", ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
}
COMPRESSIONS = (".gz", ".zst", ".zstd")


def kind_of(path: str, forced: str | None = None) -> str:
    """The kind of a corpus file, from its name (`x.jsonl.gz`, `x.warc.wet.gz`) unless forced."""
    if forced:
        if forced not in KINDS:
            raise InputError(f"input format must be one of {', '.join(KINDS)}, not {forced!r}")
        return forced
    if path == STDIN:
        return "jsonl"
    name = path.lower()
    for compression in COMPRESSIONS:
        if name.endswith(compression):
            name = name[: -len(compression)]
            break
    kind = SUFFIXES.get(os.path.splitext(name)[1])
    if kind is None:
        raise InputError(f"cannot tell what kind of file {path} is: name it .jsonl, .warc, .wet, .parquet, .txt "
                         f"or .html (optionally .gz or .zst), or pass --input-format")
    return kind


def _is_corpus_file(path: Path) -> bool:
    try:
        kind_of(str(path))
    except InputError:
        return False
    return path.is_file()


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Files, folders (every corpus file under them) and glob patterns, each group sorted, duplicates dropped."""
    found: list[str] = []
    for spec in inputs:
        if spec == STDIN or os.path.isfile(spec):
            found.append(spec)
        elif os.path.isdir(spec):
            found += sorted(str(p) for p in Path(spec).rglob("*") if _is_corpus_file(p))
        else:
            matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
            if not matches:
                raise InputError(f"no file matches {spec}")
            found += matches
    return list(dict.fromkeys(found))


class Corpus:
    """The records of a list of inputs, and how far reading them has got."""

    def __init__(self, inputs: Sequence[str], job: Job, input_format: str | None = None) -> None:
        self.files = expand_inputs(inputs)
        self.kinds = [kind_of(path, input_format) for path in self.files]
        self.job = job
        self.meter = Meter()
        self.total_bytes = sum(os.path.getsize(p) for p in self.files if p != STDIN)

    def describe(self) -> list[list[object]]:
        """Each input file's path and size: a resumed run must read the same files."""
        return [[path, None if path == STDIN else os.path.getsize(path)] for path in self.files]

    def items(self) -> Iterator[Item]:
        for path, kind in zip(self.files, self.kinds):
            try:
                yield from KINDS[kind](path, self.job, self.meter)
            except InputError:
                raise
            except read_errors() as exc:
                # a damaged or cut-short file: what was read stands, the rest is one error row
                yield Unreadable(path, None, "ReadError", f"cannot read on in {path}: {exc}")
            self.meter.finish(0 if path == STDIN else os.path.getsize(path))
