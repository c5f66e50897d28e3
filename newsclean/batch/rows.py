"""Output rows: one per input record, the same keys in the same order for every row, encoded once as a
compact JSON line so that equal rows are equal bytes."""
from __future__ import annotations

import json
import re
from typing import Any

from ..article import Article

KEPT, EMPTY, FAILED = 0, 1, 2
"""A row's status: an article with paragraphs, an article with none, an error row."""

ARTICLE_FIELDS = ("headline", "byline", "date", "paragraphs", "quotes")


def article_row(record_id: str | None, url: str | None, article: Article, *, decisions: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"id": record_id, "url": url, "error": None}
    row.update(article.to_dict(decisions=decisions))
    return row


def error_row(record_id: str | None, url: str | None, kind: str, message: str, *,
              decisions: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"id": record_id, "url": url, "error": {"kind": kind, "message": message},
                           "headline": None, "byline": None, "date": None, "paragraphs": [], "quotes": []}
    if decisions:
        row["decisions"] = []
    return row


def status(row: dict[str, Any]) -> int:
    if row["error"] is not None:
        return FAILED
    return KEPT if row["paragraphs"] else EMPTY


def encode(row: dict[str, Any]) -> bytes:
    """The row as one JSON line. A lone surrogate (from a `\\ud800` escape in the input) stays an escape."""
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "backslashreplace") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    return json.loads(line)


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def decode_utf8(line: bytes) -> dict[str, Any]:
    """`decode`, with each lone surrogate (kept as an escape in the JSON line) made U+FFFD: formats that hold
    UTF-8 strings (Parquet) cannot store one, and one record's text must not stop the whole output."""
    row = decode(line)
    return _without_surrogates(row) if _SURROGATE_ESCAPE.search(line) else row


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value
