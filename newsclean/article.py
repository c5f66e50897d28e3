"""The result of an extraction: `Article`, its `Quote`s and the per-line `LineDecision`s."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True)
class Quote:
    """A direct quotation of the body: `text` as between the marks, `paragraph` its 0-based index."""

    text: str
    speaker: str | None
    paragraph: int
    joined: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "paragraph": self.paragraph, "joined": self.joined}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(data["text"], data.get("speaker"), int(data["paragraph"]), bool(data.get("joined", False)))


class LineDecision(NamedTuple):
    """What became of one input line: kept, or dropped by a cleaner for a stated reason."""

    line: int
    kept: bool
    cleaner: str | None = None
    reason: str | None = None
    role: str | None = None

    def __str__(self) -> str:
        if self.kept:
            extra = f" (text stripped by {self.cleaner}: {self.reason})" if self.cleaner else ""
            return f"line {self.line} kept{extra}"
        if self.cleaner is None:
            return f"line {self.line} {self.reason}"
        return f"line {self.line} dropped by {self.cleaner}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LineDecision:
        return cls(int(data["line"]), bool(data["kept"]), data.get("cleaner"), data.get("reason"), data.get("role"))


@dataclass(frozen=True)
class Article:
    """An extracted article. Every paragraph and quote is text of the input."""

    headline: str | None = None
    paragraphs: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    byline: str | None = None
    date: str | None = None
    decisions: tuple[LineDecision, ...] = field(default=(), compare=False)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def explain(self) -> list[str]:
        """One line of text per input line: its decision and reason."""
        return [str(d) for d in self.decisions]

    def to_dict(self, *, decisions: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "headline": self.headline,
            "byline": self.byline,
            "date": self.date,
            "paragraphs": list(self.paragraphs),
            "quotes": [q.to_dict() for q in self.quotes],
        }
        if decisions:
            data["decisions"] = [d.to_dict() for d in self.decisions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            headline=data.get("headline"),
            paragraphs=tuple(data.get("paragraphs", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            byline=data.get("byline"),
            date=data.get("date"),
            decisions=tuple(LineDecision.from_dict(d) for d in data.get("decisions", ())),
        )

    def to_json(self, *, decisions: bool = True, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(decisions=decisions), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
