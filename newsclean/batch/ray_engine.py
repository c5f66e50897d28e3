"""The Ray engine: the same rows as the local engine, cleaned by Ray tasks on a cluster (or on this machine).

The driver reads the corpus and writes the rows in order, as locally; chunks of records go to Ray tasks that run
the same per-record work, a bounded number at a time, so memory stays flat. A chunk whose task fails (its
worker died) is run again record by record; a record that fails alone gets an error row. The time limit is the
record's own (a record whose work never returns to Python is not stopped, unlike on the local engine)."""
from __future__ import annotations

import os
from collections import deque
from typing import Any, Iterable, Iterator

from .engine import Result, failure
from .optional import require
from .records import Item
from .work import Job, RowMaker

CHUNK_RECORDS = 64
"""Records per Ray task: large enough that the task's overhead is small against cleaning them."""
TASKS_PER_CPU = 2
"""Tasks in flight per cluster CPU: one running, one ready to start."""


def clean_chunk(job: Job, items: list[Item]) -> list[tuple[int, bytes]]:
    maker = RowMaker(job)
    return [maker.row(item) for item in items]


def init(address: str | None = None, cpus: int | None = None, **options: Any) -> Any:
    """Start Ray on this machine, or join the cluster at `address`, shipping this newsclean package to the
    workers so that they run the driver's code. Does nothing if Ray is already initialised."""
    ray = require("ray", "the Ray engine")
    if not ray.is_initialized():
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        ray.init(address=address, num_cpus=None if address else cpus, runtime_env={"py_modules": [package]},
                 include_dashboard=False, log_to_driver=False, **options)
    return ray


class RayEngine:
    def __init__(self, job: Job, *, address: str | None = None, cpus: int | None = None) -> None:
        self.job = job
        self.ray = init(address, cpus)
        self.task = self.ray.remote(num_cpus=1, max_retries=0)(clean_chunk)

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        ray = self.ray
        limit = TASKS_PER_CPU * max(1, int(ray.cluster_resources().get("CPU", 1)))
        job_ref = ray.put(self.job)
        in_flight: deque[tuple[int, list[Item], Any]] = deque()
        seq = 0
        chunk: list[Item] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == CHUNK_RECORDS:
                in_flight.append((seq, chunk, self.task.remote(job_ref, chunk)))
                seq += len(chunk)
                chunk = []
                while len(in_flight) >= limit:
                    yield from self._collect(in_flight.popleft(), job_ref)
        if chunk:
            in_flight.append((seq, chunk, self.task.remote(job_ref, chunk)))
        while in_flight:
            yield from self._collect(in_flight.popleft(), job_ref)

    def _collect(self, task: tuple[int, list[Item], Any], job_ref: Any) -> Iterator[Result]:
        first, chunk, ref = task
        try:
            rows = self.ray.get(ref)
        except self.ray.exceptions.RayError:
            rows = [self._alone(item, job_ref) for item in chunk]
        for offset, (status, row) in enumerate(rows):
            yield Result(first + offset, status, row)

    def _alone(self, item: Item, job_ref: Any) -> tuple[int, bytes]:
        try:
            return self.ray.get(self.task.remote(job_ref, [item]))[0]
        except self.ray.exceptions.RayError as exc:
            return failure(item, self.job, "WorkerDied", f"the Ray task died on this record ({type(exc).__name__})")
