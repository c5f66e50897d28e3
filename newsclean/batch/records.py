"""What the readers hand to the workers: a page `Record`, a JSONL line still to decode, or a record that failed
while being read."""
from __future__ import annotations

from typing import NamedTuple, Union

TEXT = "text"
HTML = "html"


class Record(NamedTuple):
    """One page to clean: its id and url as the corpus names them, its content, and how to read it."""

    id: str | None
    url: str | None
    content: str | bytes
    format: str = TEXT


class JsonLine(NamedTuple):
    """A JSONL line, decoded by a worker so that JSON parsing runs in parallel; `id` names it if it has none."""

    id: str
    data: bytes


class Unreadable(NamedTuple):
    """A record the reader could not pass on (too large, cut short): it becomes an error row."""

    id: str | None
    url: str | None
    kind: str
    message: str


Item = Union[Record, JsonLine, Unreadable]


class Fields(NamedTuple):
    """The names of a JSON object's or a table's text, id and url fields."""

    text: str = "text"
    id: str = "id"
    url: str = "url"


def field_id(value: object) -> str | None:
    """An id field's value as a string: ids are strings in every row, whatever type the corpus used."""
    if value is None or isinstance(value, str):
        return value
    return str(value)
