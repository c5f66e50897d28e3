"""A batch run: a corpus read in order, cleaned by an engine, its rows written in order, with resume, progress
and a summary."""
from __future__ import annotations

import itertools
import sys
import time
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator, TextIO

from ..errors import InputError
from . import resume
from .engine import LocalEngine, Result, clean_inline
from .progress import Progress, Tally
from .readers import Corpus
from .records import Item
from .work import Job
from .writers import STDOUT, make_writer

ENGINES = ("local", "ray")
CHECKPOINT_SECONDS = 5.0
"""How often the rows written so far are made durable (fsync); a kill -9 loses nothing either way."""


@dataclass(frozen=True)
class RunOptions:
    workers: int | None = None
    """Worker processes (local engine; default all cores; 0 cleans in this process) or Ray CPUs to start."""
    engine: str = "local"
    address: str | None = None
    """The Ray cluster to join (default: start Ray on this machine)."""
    resume: bool = False
    overwrite: bool = False
    output_format: str | None = None
    input_format: str | None = None
    progress: bool | None = None
    """Draw the progress line; None: only when standard error is a terminal."""


def clean_items(items: Iterable[Item], job: Job, options: RunOptions) -> Iterator[Result]:
    """The rows of the items, in order, from the engine the options name."""
    if options.engine == "ray":
        from .ray_engine import RayEngine

        return RayEngine(job, address=options.address, cpus=options.workers).run(items)
    if options.engine != "local":
        raise InputError(f"engine must be one of {ENGINES}, not {options.engine!r}")
    if options.workers == 0:
        return clean_inline(items, job)
    return LocalEngine(job, options.workers).run(items)


def run_batch(inputs: list[str], output: str, job: Job, options: RunOptions = RunOptions(),
              log: TextIO | None = None) -> Tally:
    """Clean the inputs into OUTPUT; the tally of this run. Ctrl-C stops it with every row written kept."""
    log = log or sys.stderr
    corpus = Corpus(inputs, job, options.input_format)
    writer = make_writer(output, options.output_format, decisions=job.decisions)
    description = {"inputs": corpus.describe(), "job": job.describe(), "output": type(writer).__name__}
    if options.resume and output == STDOUT:
        raise InputError("--resume needs an output file, not standard output")
    tally = Tally()
    if writer.exists():
        if options.resume:
            print(f"newsclean: {output} is complete; nothing to resume", file=log)
            tally.stop()
            return tally
        if not options.overwrite:
            raise InputError(f"{output} exists: pass --overwrite to replace it")
    resuming = options.resume and writer.partial_exists()
    if resuming:
        resume.check(output, description)
    elif writer.partial_exists() and not options.overwrite:
        raise InputError(f"an interrupted run left {writer.partial}: pass --resume to continue it, "
                         f"or --overwrite to start again")
    elif options.overwrite:
        writer.discard()
    if output != STDOUT:
        resume.save(output, description)
    tally.resumed = writer.start(resume=resuming)
    # The engines read ahead of the rows they give back: progress is how far the input of the written rows goes.
    read_to: deque[int] = deque()
    written_to = [0]
    progress = Progress(tally, corpus.total_bytes, lambda: written_to[0], enabled=options.progress)
    items = _noting_positions(itertools.islice(corpus.items(), tally.resumed, None), corpus, read_to)
    finished = False
    try:
        last_checkpoint = time.monotonic()
        for result in clean_items(items, job, options):
            writer.write(result.row)
            tally.add(result.status, result.row)
            written_to[0] = read_to.popleft()
            progress.update()
            if time.monotonic() - last_checkpoint > CHECKPOINT_SECONDS:
                writer.checkpoint()
                last_checkpoint = time.monotonic()
        writer.finish()
        finished = True
    finally:
        tally.stop()
        progress.close()
        if not finished:
            writer.close()
    resume.remove(output)
    return tally


def _noting_positions(items: Iterator[Item], corpus: Corpus, positions: deque[int]) -> Iterator[Item]:
    for item in items:
        positions.append(corpus.meter.position())
        yield item
