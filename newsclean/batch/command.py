"""The `newsclean batch` command: its arguments and what it prints."""
from __future__ import annotations

import argparse
import sys

from .readers.corpus import KINDS
from .records import HTML, TEXT, Fields
from .run import ENGINES, RunOptions, run_batch
from .work import MAX_RECORD_BYTES, TIME_LIMIT, Job

INTERRUPTED = 130
"""Exit status of a run stopped by Ctrl-C (as a shell reports SIGINT)."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    ba = sub.add_parser("batch", help="clean a corpus (JSONL, WET/WARC, Parquet, page files) into JSONL or Parquet",
                        description="Clean every record of a corpus into one row each, in input order, on all "
                                    "cores or on a Ray cluster.")
    ba.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="files, folders or globs: .jsonl (.gz, .zst), .warc/.wet (.gz), .parquet, .txt, .html; "
                         "- reads JSONL from standard input")
    ba.add_argument("-o", "--output", required=True,
                    help="OUTPUT.jsonl (or - for standard output), or OUTPUT.parquet (a folder of part files)")
    ba.add_argument("--workers", type=int, default=None,
                    help="worker processes (default: all cores; 0: in this process); with --engine ray, the CPUs "
                         "of the Ray instance it starts")
    ba.add_argument("--engine", choices=ENGINES, default="local")
    ba.add_argument("--address", help="with --engine ray: the cluster to join, e.g. ray://head:10001 or auto")
    ba.add_argument("--resume", action="store_true", help="continue an interrupted run into the same OUTPUT")
    ba.add_argument("--overwrite", action="store_true", help="replace OUTPUT (and an interrupted run's partial)")
    ba.add_argument("--text-field", default="text", help="the JSON field or column of the page text")
    ba.add_argument("--id-field", default="id")
    ba.add_argument("--url-field", default="url")
    ba.add_argument("--format", choices=(TEXT, HTML), default=TEXT, dest="record_format",
                    help="how to read JSONL and Parquet records' text (WARC responses and .html files are HTML)")
    ba.add_argument("--input-format", choices=tuple(KINDS), help="read every input as this kind, whatever its name")
    ba.add_argument("--output-format", choices=("jsonl", "parquet"), help="default: from OUTPUT's name")
    ba.add_argument("--pipeline", help="module:object of your own Pipeline")
    ba.add_argument("--decisions", action="store_true", help="include the per-line decisions in each row")
    ba.add_argument("--time-limit", type=float, default=TIME_LIMIT,
                    help="seconds one record may take before it becomes an error row (default %(default)g)")
    ba.add_argument("--max-record-mb", type=float, default=MAX_RECORD_BYTES / 2**20,
                    help="larger records become error rows unread (default %(default)g)")
    ba.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="draw a progress line (default: when standard error is a terminal)")
    ba.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    ba.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    job = Job(fields=Fields(args.text_field, args.id_field, args.url_field), record_format=args.record_format,
              decisions=args.decisions, time_limit=args.time_limit or None,
              max_record_bytes=int(args.max_record_mb * 2**20), pipeline=args.pipeline)
    options = RunOptions(workers=args.workers, engine=args.engine, address=args.address, resume=args.resume,
                         overwrite=args.overwrite, output_format=args.output_format,
                         input_format=args.input_format, progress=args.progress)
    try:
        tally = run_batch(args.inputs, args.output, job, options)
    except KeyboardInterrupt:
        print(f"\nnewsclean: interrupted; the rows written so far are in {args.output}.partial: "
              f"run the same command with --resume to continue", file=sys.stderr)
        return INTERRUPTED
    if not args.quiet:
        print(f"newsclean batch: {tally.summary()} -> {args.output}", file=sys.stderr)
    return 0
