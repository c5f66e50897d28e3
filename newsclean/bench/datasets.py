"""Labelled page sets: fixture folders (input.txt + expected.json) or benches laid out as text/ or html/ plus
ground-truth.json."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError


@dataclass(frozen=True)
class Expected:
    body: str | None = None
    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    quotes: tuple[tuple[str, str | None], ...] | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Page:
    id: str
    text_path: Path | None
    html_path: Path | None
    expected: Expected

    def text(self) -> str | None:
        return self.text_path.read_text(encoding="utf-8") if self.text_path else None

    def html(self) -> str | None:
        if self.html_path is None:
            return None
        if self.html_path.suffix == ".gz":
            return gzip.decompress(self.html_path.read_bytes()).decode("utf-8", errors="replace")
        return self.html_path.read_text(encoding="utf-8", errors="replace")


def expected_from_fixture(data: dict[str, Any]) -> Expected:
    return Expected(
        body="\n".join(data.get("paragraphs", [])),
        headline=data.get("headline"),
        byline=data.get("byline"),
        date=data.get("date"),
        quotes=tuple((q["text"], q.get("speaker")) for q in data.get("quotes", [])),
        lang=data.get("lang"),
    )


def load(directory: str | Path) -> list[Page]:
    """The labelled pages of a folder, in either layout."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{root} is not a folder")
    if (root / "ground-truth.json").exists():
        return list(_bench_pages(root))
    pages = list(_fixture_pages(root))
    if not pages:
        raise InputError(f"{root} holds neither fixture folders (input.txt + expected.json) nor ground-truth.json")
    return pages


def _fixture_pages(root: Path) -> Iterator[Page]:
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        expected = folder / "expected.json"
        if not expected.exists():
            continue
        text = folder / "input.txt"
        html = folder / "input.html"
        data = json.loads(expected.read_text(encoding="utf-8"))
        yield Page(folder.name, text if text.exists() else None, html if html.exists() else None,
                   expected_from_fixture(data))


def _bench_pages(root: Path) -> Iterator[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        label = truth[page_id]
        text = root / "text" / f"{page_id}.txt"
        html = next((p for p in (root / "html" / f"{page_id}.html.gz", root / "html" / f"{page_id}.html")
                     if p.exists()), None)
        yield Page(
            page_id,
            text if text.exists() else None,
            html,
            Expected(body=label.get("articleBody"), headline=label.get("title"), byline=label.get("author"),
                     date=label.get("date")),
        )
