"""Rebuild newsclean/data/line_model.json from the labelled benchmark pages.

    python benchmarks/train_line_model.py ../shared/bench/scrapinghub ../shared/bench/modern-dev

Each kept line (after the rule cleaners, before main_block) is labelled article text when at least half of its
4-token shingles are in the page's labelled body. A weighted logistic regression over `FEATURES` of the line
and its neighbours is fitted by Newton's method. Lines weigh by their length, each page weighs the same (scores
are averaged over pages), and article and other lines weigh the same in all. Judge a model on pages it was not fitted on: fit on one set,
score on the other (`--out` to a scratch name, then `MainBlockSettings(line_model=...)`).
Needs numpy (training only).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsclean.bench.datasets import load
from newsclean.bench.scoring import shingles
from newsclean.cleaners.main_block import MainBlock
from newsclean.document import Document
from newsclean.extract import default_pipeline
from newsclean.inputs import read_source
from newsclean.line_model import FEATURES, feature_columns

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "line_model.json"


@dataclass
class PageLines:
    doc: Document
    kept: list[int]
    breaks: dict[int, float]
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray


def pages(directories: list[str], without: list[str]) -> list[PageLines]:
    pipeline = default_pipeline()
    pipeline.remove("main_block")
    out = []
    for directory in directories:
        for page in load(directory):
            text, body = page.text(), page.expected.body
            if text is None or body is None:
                continue
            doc = pipeline.run(Document(read_source(text)))
            headline = -1 if doc.headline_line is None else doc.headline_line
            block = MainBlock()
            breaks = block.breaks(doc)
            # the lines main_block weighs: kept, before the comment thread. Trivial lines, which it does not ask
            # the model about, are fitted too: they steady the weights (fitting without them scores lower on
            # the other set).
            end = block.comments_start(doc, sorted(doc.comment_markers), headline)
            kept = [i for i in doc.kept() if i < end]
            at, columns = feature_columns(doc, kept, headline, len(doc), MainBlock.feature_breaks(doc))
            gold = shingles(body)
            rows, ys, ws = [], [], []
            for k, row in zip(at, zip(*columns)):
                own = shingles(doc.texts[kept[k]])
                total = sum(own.values())
                if total:
                    rows.append(row)
                    ys.append(1.0 if sum((own & gold).values()) / total >= 0.5 else 0.0)
                    ws.append(min(doc.stats(kept[k]).size, 100.0) + 1.0)
            if not rows:
                continue
            x, y, w = np.array(rows), np.array(ys), np.array(ws)
            for name in without:
                x[:, FEATURES.index(name)] = 0.0
            w = w / w.sum()  # scores are averaged over pages: each page weighs the same
            out.append(PageLines(doc, kept, breaks, x, y, w))
    return out


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3, steps: int = 50) -> np.ndarray:
    """Weighted logistic regression by Newton's method, with a small L2 penalty (not on the bias)."""
    w = np.where(y == 1, w / w[y == 1].sum(), w / w[y == 0].sum())
    beta = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty @ beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def report(name: str, names: tuple[str, ...], beta: np.ndarray, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> None:
    p = 1.0 / (1.0 + np.exp(-(x @ beta)))
    accuracy = float((w * ((p >= 0.5) == (y == 1))).sum() / w.sum())
    print(f"{name}: {len(y)} lines, {int(y.sum())} article lines, weighted accuracy {accuracy:.3f}", file=sys.stderr)
    for feature, b in zip(names, beta):
        print(f"  {feature:26s} {b:+.3f}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--without", default="", help="first-stage features to leave out (weight 0), comma-separated")
    args = parser.parse_args()
    data = pages(args.dirs, [n for n in args.without.split(",") if n])
    x = np.vstack([p.x for p in data])
    y = np.concatenate([p.y for p in data])
    w = np.concatenate([p.w for p in data])
    beta = fit(x, y, w)
    report("line model", FEATURES, beta, x, y, w)
    model: dict[str, object] = {"features": list(FEATURES), "weights": [round(float(b), 5) for b in beta]}
    model["trained_on"] = [Path(d).name for d in args.dirs]
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
