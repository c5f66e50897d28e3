"""Small corpora for the batch tests, made from the labelled fixture pages."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..conftest import FIXTURES, ROOT


def pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/input.txt"))]


def records(count: int) -> list[dict]:
    texts = pages()
    return [{"id": f"r{i}", "url": f"https://news.example/{i}", "text": texts[i % len(texts)]} for i in range(count)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def batch_cli(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", "batch", *args], cwd=ROOT, capture_output=True,
                          timeout=120, **options)
