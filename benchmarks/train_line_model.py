"""Rebuild newsclean/data/line_model.json from the labelled benchmark pages.

    python benchmarks/train_line_model.py ../shared/bench/scrapinghub ../shared/bench/modern-dev

Each kept line (after the rule cleaners, before main_block) is labelled article text when at least half of its
4-token shingles are in the page's labelled body. A logistic regression over `newsclean.line_model.FEATURES`,
each line weighted by its length, is fitted by gradient descent. `--eval DIR` scores the fitted model's
pipeline on another set, so a model is judged on pages it was not fitted on. Needs numpy (training only).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from newsclean.bench.datasets import load
from newsclean.cleaners.main_block import MainBlock
from newsclean.bench.scoring import shingles
from newsclean.document import Document
from newsclean.extract import default_pipeline
from newsclean.inputs import read_source
from newsclean.line_model import FEATURES, line_features

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "line_model.json"


def examples(directories: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pipeline = default_pipeline()
    pipeline.remove("main_block")
    xs, ys, ws = [], [], []
    for directory in directories:
        for page in load(directory):
            text, body = page.text(), page.expected.body
            if text is None or body is None:
                continue
            doc = pipeline.run(Document(read_source(text)))
            kept = list(doc.kept())
            anchor = doc.notes.get("headline_line")
            headline = anchor if isinstance(anchor, int) else -1
            gold = shingles(body)
            breaks = MainBlock.breaks(doc)
            for i, features in zip(kept, line_features(doc, kept, headline, len(doc), breaks)):
                own = shingles(doc.texts[i])
                total = sum(own.values())
                if not total:
                    continue
                xs.append(features)
                ys.append(1.0 if sum((own & gold).values()) / total >= 0.5 else 0.0)
                ws.append(min(doc.stats(i).size, 100.0) + 1.0)
    return np.array(xs), np.array(ys), np.array(ws)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3, steps: int = 25) -> np.ndarray:
    """Weighted logistic regression by Newton's method, with a small L2 penalty (not on the bias)."""
    beta = np.zeros(x.shape[1])
    w = w / w.sum()
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty @ beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--without", default="", help="features to leave out (weight 0), comma-separated")
    args = parser.parse_args()
    x, y, w = examples(args.dirs)
    for name in filter(None, args.without.split(",")):
        x[:, FEATURES.index(name)] = 0.0
    # Article and other lines weigh the same in all: pages differ in how much junk surrounds the article, and
    # the model should not learn one set's share.
    w = np.where(y == 1, w / w[y == 1].sum(), w / w[y == 0].sum())
    beta = fit(x, y, w)
    p = 1.0 / (1.0 + np.exp(-(x @ beta)))
    accuracy = float((w * ((p >= 0.5) == (y == 1))).sum() / w.sum())
    print(f"{len(y)} lines, {int(y.sum())} article lines, weighted accuracy {accuracy:.3f}", file=sys.stderr)
    for name, b in zip(FEATURES, beta):
        print(f"  {name:26s} {b:+.3f}", file=sys.stderr)
    Path(args.out).write_text(json.dumps({
        "features": list(FEATURES),
        "weights": [round(float(b), 5) for b in beta],
        "trained_on": [Path(d).name for d in args.dirs],
    }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
