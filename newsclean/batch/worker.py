"""A local worker process: takes chunks of (seq, item) from its task pipe, sends back one (seq, status, row)
per record, in order. It exits when told to, or at once when the parent is gone."""
from __future__ import annotations

import os
import queue
import signal
import threading
from multiprocessing.connection import Connection

from .work import Job, RowMaker

STOP = None
"""The message that ends a worker after the chunks it already has."""
READY = -1
"""The seq of the message a worker sends once its pipeline is loaded."""


def main(tasks: Connection, results: Connection, job: Job) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what an interrupt means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    maker = RowMaker(job)
    results.send((READY, 0, b""))
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    # A thread empties the task pipe at once, so the parent never blocks sending while we send results.
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    while True:
        chunk = inbox.get()
        if chunk is STOP:
            break
        for seq, item in chunk:
            status, row = maker.row(item)
            try:
                results.send((seq, status, row))
            except OSError:  # the parent is gone: nobody will read the row
                os._exit(1)
    results.close()


def _receive(tasks: Connection, inbox: queue.SimpleQueue) -> None:
    while True:
        try:
            chunk = tasks.recv()
        except (EOFError, OSError):
            # The pipe closed without STOP: the parent died (kill -9). Its rows cannot be written; stop now.
            os._exit(1)
        inbox.put(chunk)
        if chunk is STOP:
            return
