"""The local engine: records cleaned by a pool of worker processes, rows given back in input order.

Each worker holds at most two chunks of records and answers record by record, so the parent always knows which
record a worker is on: a worker that overruns the time limit is killed and that record gets a timeout row; a
worker that dies is replaced and its record tried once more on a fresh worker before it gets an error row.
The rows depend only on the records, never on the number of workers or on timing (time limits aside).
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Iterable, Iterator, NamedTuple

from ..errors import NewscleanError
from . import rows, worker
from .records import Item, JsonLine, Record
from .work import (
    BadRecord,
    Job,
    RowMaker,
    decode_json_line,
    load_pipeline,
    timeout_message,
)

CHUNK_RECORDS = 8
"""Records per message to a worker: enough to make the pipe's cost per record small."""
CHUNK_BYTES = 1 << 20
"""A chunk ends early at this many bytes of input, so one message never holds many large records."""
WINDOW_RECORDS_PER_WORKER = 64
"""Records read ahead of the oldest unwritten one, per worker: a slow record stalls the pool only after this."""
WINDOW_BYTES = 64 << 20
"""Input bytes read ahead of the oldest unwritten record, whatever their number: memory stays flat."""
KILL_GRACE = 1.0
"""A worker still on a record after twice the time limit and this many seconds more is killed (the record's own
limit stops it at once, unless its work does not return to Python to notice)."""
RETRIES_AFTER_DEATH = 1
"""Times a record whose worker died is tried again on a fresh worker before it becomes an error row."""
MAX_FAILED_STARTS = 3
"""Workers in a row that die before they are ready: the job cannot run (a broken pipeline, say)."""
WAIT_SECONDS = 0.5
START_SECONDS = 120.0
"""A worker not ready this long after it was started is killed as one that failed to start (a fresh Python's
imports take a second or two, many more on a busy machine)."""


class Result(NamedTuple):
    """One record's row: its place in the input, its status (rows.KEPT, EMPTY, FAILED) and its JSON line."""

    seq: int
    status: int
    row: bytes


class _Task(NamedTuple):
    seq: int
    item: Item
    size: int
    attempt: int = 0


@dataclass
class _Worker:
    process: BaseProcess
    tasks: Connection
    results: Connection
    outstanding: deque[_Task] = field(default_factory=deque)
    since: float = 0.0
    """When the worker began its oldest outstanding record (or became ready for it)."""
    ready: bool = False
    started: float = field(default_factory=time.monotonic)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def item_size(item: Item) -> int:
    if isinstance(item, JsonLine):
        return len(item.data)
    if isinstance(item, Record):
        return len(item.content)
    return 0


def identify(item: Item, job: Job) -> tuple[str | None, str | None]:
    """The id and url an item's row carries."""
    if isinstance(item, JsonLine):
        try:
            record = decode_json_line(item, job.fields, job.record_format)
        except BadRecord as exc:
            return exc.record_id, exc.url
        return record.id, record.url
    return item.id, item.url


def failure(item: Item, job: Job, kind: str, message: str) -> tuple[int, bytes]:
    record_id, url = identify(item, job)
    row = rows.error_row(record_id, url, kind, message, decisions=job.decisions)
    return rows.FAILED, rows.encode(row)


def clean_inline(items: Iterable[Item], job: Job) -> Iterator[Result]:
    """The same rows in this process, one record after another (workers=0)."""
    maker = RowMaker(job)
    for seq, item in enumerate(items):
        yield Result(seq, *maker.row(item))


class LocalEngine:
    def __init__(self, job: Job, workers: int | None = None) -> None:
        self.job = job
        self.workers = default_workers() if workers is None else workers
        if self.workers < 1:
            raise NewscleanError(f"workers must be at least 1, not {self.workers}")
        self.context = multiprocessing.get_context("spawn")
        self.failed_starts = 0
        self.kill_after = 2 * job.time_limit + KILL_GRACE if job.time_limit else None

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        load_pipeline(self.job.pipeline)  # a broken pipeline is one clear error here, not a dying pool
        source = iter(items)
        window = max(256, WINDOW_RECORDS_PER_WORKER * self.workers)
        pending: deque[_Task] = deque()
        done: dict[int, tuple[int, bytes]] = {}
        sizes: dict[int, int] = {}
        next_in = next_out = held_bytes = 0
        exhausted = False
        pool = [self._start() for _ in range(self.workers)]
        try:
            while True:
                while not exhausted and next_in - next_out < window and held_bytes < WINDOW_BYTES:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    size = item_size(item)
                    pending.append(_Task(next_in, item, size))
                    sizes[next_in] = size
                    held_bytes += size
                    next_in += 1
                for slot in pool:
                    self._feed(slot, pending)
                while next_out in done:
                    status, row = done.pop(next_out)
                    held_bytes -= sizes.pop(next_out)
                    yield Result(next_out, status, row)
                    next_out += 1
                if exhausted and next_out == next_in:
                    return
                self._wait(pool, pending, done)
        finally:
            self._stop(pool)

    def _start(self) -> _Worker:
        task_read, task_write = self.context.Pipe(duplex=False)
        result_read, result_write = self.context.Pipe(duplex=False)
        process = self.context.Process(target=worker.main, args=(task_read, result_write, self.job), daemon=True,
                                       name="newsclean-batch-worker")
        process.start()
        task_read.close()
        result_write.close()
        return _Worker(process, task_write, result_read)

    def _feed(self, slot: _Worker, pending: deque[_Task]) -> None:
        if not pending or len(slot.outstanding) > CHUNK_RECORDS:
            return
        chunk: list[_Task] = []
        size = 0
        while pending and len(chunk) < CHUNK_RECORDS and (not chunk or size + pending[0].size <= CHUNK_BYTES):
            task = pending.popleft()
            chunk.append(task)
            size += task.size
        if not slot.outstanding:
            slot.since = time.monotonic()
        slot.outstanding.extend(chunk)
        try:
            slot.tasks.send([(task.seq, task.item) for task in chunk])
        except OSError:
            pass  # the worker died: its sentinel says so, and _replace gives its records to another

    def _wait(self, pool: list[_Worker], pending: deque[_Task], done: dict[int, tuple[int, bytes]]) -> None:
        limit = self.kill_after
        now = time.monotonic()
        timeout = WAIT_SECONDS
        if limit:
            for slot in pool:
                if slot.outstanding:
                    timeout = min(timeout, max(0.0, slot.since + limit - now))
        by_handle: dict[Any, _Worker] = {}
        for slot in pool:
            by_handle[slot.results] = slot
            by_handle[slot.process.sentinel] = slot
        ready = wait(list(by_handle), timeout)
        for handle in ready:
            slot = by_handle[handle]
            if handle is slot.results:
                self._receive(slot, done)
        now = time.monotonic()
        for index, slot in enumerate(pool):
            if not slot.process.is_alive():
                pool[index] = self._replace(slot, pending, done, timed_out=False)
            elif not slot.ready:
                # a worker's start is not its records' time: it is killed for a start that never ends
                if now - slot.started > START_SECONDS:
                    slot.process.kill()
                    pool[index] = self._replace(slot, pending, done, timed_out=False)
            elif limit and slot.outstanding and now - slot.since > limit:
                slot.process.kill()
                pool[index] = self._replace(slot, pending, done, timed_out=True)

    def _receive(self, slot: _Worker, done: dict[int, tuple[int, bytes]]) -> None:
        try:
            while slot.results.poll():
                seq, status, row = slot.results.recv()
                if seq == worker.READY:
                    slot.ready = True
                    self.failed_starts = 0
                    slot.since = time.monotonic()  # its records' time starts now that it can take them up
                    continue
                task = slot.outstanding.popleft()
                assert task.seq == seq, (task.seq, seq)
                done[seq] = (status, row)
                slot.since = time.monotonic()
        except (EOFError, OSError):
            pass  # the worker is gone; _wait replaces it

    def _replace(self, slot: _Worker, pending: deque[_Task], done: dict[int, tuple[int, bytes]], *,
                 timed_out: bool) -> _Worker:
        slot.process.join()
        self._receive(slot, done)  # rows it finished before it died are good rows
        if not slot.ready and not timed_out:
            self.failed_starts += 1
            if self.failed_starts > MAX_FAILED_STARTS:
                raise NewscleanError(
                    f"batch workers keep dying as they start (exit code {slot.process.exitcode}; their error is "
                    f"above). Workers start a fresh Python that imports your main module: a script that cleans "
                    f"records must do so under `if __name__ == \"__main__\":`")
        if slot.outstanding and not slot.ready and not timed_out:
            pending.extendleft(reversed(slot.outstanding))  # it died before it took up any record
        elif slot.outstanding:
            head = slot.outstanding.popleft()
            rest = list(slot.outstanding)
            if timed_out:
                assert self.job.time_limit is not None
                done[head.seq] = failure(head.item, self.job, "Timeout", timeout_message(self.job.time_limit))
            elif head.attempt >= RETRIES_AFTER_DEATH:
                done[head.seq] = failure(head.item, self.job, "WorkerDied",
                                         f"the worker process died on this record (exit code {slot.process.exitcode})")
            else:
                rest.insert(0, head._replace(attempt=head.attempt + 1))
            pending.extendleft(reversed(rest))
        slot.tasks.close()
        slot.results.close()
        return self._start()

    def _stop(self, pool: list[_Worker]) -> None:
        """Workers with nothing left to do are told to stop; an interrupted run's busy workers are killed."""
        busy = any(slot.outstanding for slot in pool)
        for slot in pool:
            if busy:
                slot.process.kill()
                continue
            try:
                slot.tasks.send(worker.STOP)
            except OSError:
                pass
        deadline = time.monotonic() + 2.0
        for slot in pool:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.tasks.close()
            slot.results.close()
