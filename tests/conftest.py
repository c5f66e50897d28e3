from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.document import Document
from newsclean.pipeline import Cleaner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED_BENCH = ROOT.parent / "shared" / "bench"


def run_cleaner(cleaner: Cleaner, lines: list[str], **state: object) -> Document:
    """A Document of `lines`, with `state` set on it as earlier cleaners would, after one cleaner's decisions."""
    doc = Document("\n".join(lines))
    for name, value in state.items():
        setattr(doc, name, value)
    for decision in list(cleaner(doc)):
        doc.apply(cleaner.name, decision)
    return doc


def dropped(doc: Document) -> dict[int, str]:
    """Line number -> reason, for the dropped lines."""
    return {i: d[1].reason for i, d in enumerate(doc.dropped) if d is not None}


def reasons_by_text(doc: Document) -> dict[str, str]:
    """Text -> reason, for the dropped lines."""
    return {doc.texts[i]: reason for i, reason in dropped(doc).items()}


def fixture(name: str) -> tuple[str, dict]:
    folder = FIXTURES / name
    return (folder / "input.txt").read_text(encoding="utf-8"), json.loads(
        (folder / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed() -> tuple[str, dict]:
    return fixture("seed")
