"""The `newsclean` command: `extract` a page, or `bench` a pipeline on labelled pages."""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Sequence

from .errors import InputError, NewscleanError, PipelineError
from .extract import FORMATS, extract
from .pipeline import Pipeline


def load_pipeline(spec: str | None) -> Pipeline | None:
    """`module:object` names a Pipeline, or a function that returns one."""
    if not spec:
        return None
    module_name, _, attr = spec.partition(":")
    if not attr:
        raise PipelineError(f"--pipeline takes module:object, not {spec!r}")
    sys.path.insert(0, str(Path.cwd()))
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise PipelineError(f"cannot load the pipeline {spec!r}: {exc}") from exc
    if callable(obj) and not isinstance(obj, Pipeline):
        obj = obj()
    if not isinstance(obj, Pipeline):
        raise PipelineError(f"{spec} is not a newsclean Pipeline")
    return obj


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    article = extract(data, format=args.format, pipeline=load_pipeline(args.pipeline))
    if args.explain:
        for line, decision in zip(_raw_lines(data, args.format), article.decisions):
            mark = "+" if decision.kept else "-"
            why = "" if decision.kept and not decision.cleaner else f"  [{str(decision).split(' ', 2)[2]}]"
            print(f"{decision.line:5d} {mark} {line[:100]}{why}")
        return 0
    print(article.to_json(decisions=args.decisions, indent=2))
    return 0


def _raw_lines(data: bytes, format: str = "text") -> list[str]:
    from .html.detect import source_looks_like_html
    from .inputs import read_source

    if format == "html" or (format == "auto" and source_looks_like_html(data)):
        from .html.reading import html_document

        return list(html_document(data)[0].texts)  # an HTML page's lines are its paragraph-level elements

    lines = read_source(data).split("\n")
    return lines[:-1] if lines and not lines[-1] else lines


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench.datasets import load
    from .bench.peers import available_peers
    from .bench.runner import newsclean_system, quote_stage_cost, quote_table, run_system, table, worst

    pipeline = load_pipeline(args.pipeline)
    for directory in args.dirs:
        pages = load(directory)
        systems = [newsclean_system(pipeline, args.mode)]
        if args.peers:
            systems += available_peers()
        results = [run_system(s, pages, repeat=args.repeat, check_invented=(s.name == "newsclean"))
                   for s in systems]
        print(table(f"{directory} ({len(pages)} pages, {args.mode} mode)", results))
        ours = results[0]
        print(f"\nparagraphs or quotes not found in their input: {len(ours.invented)}"
              + (f" ({', '.join(ours.invented[:5])})" if ours.invented else ""))
        if ours.failures:
            print(f"errors: {len(ours.failures)}: " + "; ".join(ours.failures[:5]))
        if ours.quotes.expected:
            print("\n" + quote_table(ours))
        repeat = max(3, args.repeat)
        with_ms, without_ms = quote_stage_cost(pipeline, args.mode, pages, repeat=repeat)
        if without_ms:
            print(f"\nquote stage: {with_ms:.2f} ms/page with it, {without_ms:.2f} without (best of {repeat}): "
                  f"it adds {100 * (with_ms - without_ms) / without_ms:.1f}% to the time per page")
        if args.worst:
            print(f"\nworst {args.worst} pages by body F1:\n{worst(ours, args.worst)}")
        print()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclean", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print the Article of a page as JSON")
    ex.add_argument("file", help="a page's text or HTML file, or - for standard input")
    ex.add_argument("--format", choices=FORMATS, default="auto")
    ex.add_argument("--explain", action="store_true", help="print every line with its decision and reason")
    ex.add_argument("--decisions", action="store_true", help="include the per-line decisions in the JSON")
    ex.add_argument("--pipeline", help="module:object of your own Pipeline")
    ex.set_defaults(func=cmd_extract)

    be = sub.add_parser("bench", help="score a pipeline on labelled pages")
    be.add_argument("dirs", nargs="+", help="fixture folders, or benches laid out as text/ or html/ + ground-truth.json")
    be.add_argument("--pipeline", help="module:object of your own Pipeline")
    be.add_argument("--mode", choices=("text", "html"), default="text")
    be.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True,
                    help="also time and score the installed peers on the pages' HTML")
    be.add_argument("--repeat", type=int, default=1, help="time each page this many times and keep the best")
    be.add_argument("--worst", type=int, default=10, help="list this many worst pages")
    be.set_defaults(func=cmd_bench)

    from .batch.command import add_parser as add_batch_parser

    add_batch_parser(sub)

    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
