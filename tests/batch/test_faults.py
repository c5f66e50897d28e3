"""Poison records, dying workers, kill -9 and Ctrl-C: every record gets exactly one row, in order."""
import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsclean.batch import Job, RunOptions, run_batch

from ..conftest import ROOT
from . import slow_pipeline
from .corpus import batch_cli, read_rows, records, write_jsonl

TIME_LIMIT = "0.5"


def test_poison_records_become_error_rows_and_every_other_record_is_there(tmp_path):
    good = records(40)
    lines: list[bytes] = [json.dumps(r).encode() + b"\n" for r in good]
    poison = {
        3: (b'{"id": "cut", "text": "a line cut sho\n', "InvalidJSON"),
        7: (b"not json at all\n", "InvalidJSON"),
        9: (json.dumps({"id": "binary", "text": bytes(range(256)).decode("latin-1") * 40}).encode() + b"\n",
            "InputError"),
        12: (b"\x00\x9f\xff\xfe" * 500 + b"\n", "InvalidJSON"),
        15: (json.dumps({"id": "huge", "text": ("a long line of words " * 40 + "\n") * 60_000}).encode() + b"\n",
             "RecordTooLarge"),
        20: (json.dumps({"id": "sleeps", "text": f"Title\n{slow_pipeline.SLEEP}\n"}).encode() + b"\n", "Timeout"),
        24: (json.dumps({"id": "deaf", "text": f"Title\n{slow_pipeline.DEAF}\n"}).encode() + b"\n", "Timeout"),
        28: (json.dumps({"id": "crash", "text": f"Title\n{slow_pipeline.CRASH}\n"}).encode() + b"\n", "WorkerDied"),
        31: (json.dumps({"id": "raises", "text": f"Title\n{slow_pipeline.RAISE}\n"}).encode() + b"\n",
             "PipelineError"),
        33: (json.dumps({"id": "no text"}).encode() + b"\n", "MissingText"),
    }
    assert len(poison[15][0]) > 50_000_000
    for at in sorted(poison):  # ascending, so that each lands at its index
        lines.insert(at, poison[at][0])
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(lines))
    out = tmp_path / "out.jsonl"
    done = batch_cli(str(source), "-o", str(out), "--workers", "2", "--time-limit", TIME_LIMIT,
                     "--pipeline", "tests.batch.slow_pipeline:make")
    assert done.returncode == 0, done.stderr
    rows = read_rows(out)
    assert len(rows) == len(good) + len(poison)
    errors = {i: row for i, row in enumerate(rows) if row["error"]}
    assert {i: row["error"]["kind"] for i, row in errors.items()} == {at: kind for at, (_, kind) in poison.items()}
    assert errors[7]["id"] == f"{source}:8"  # a line that is not JSON is named by its place
    assert errors[24]["id"] == "deaf" and errors[24]["error"]["message"] == errors[20]["error"]["message"]
    assert [row["id"] for row in rows if not row["error"]] == [r["id"] for r in good]
    assert all(row["paragraphs"] for row in rows if not row["error"])
    assert f"errors {len(poison)}" in done.stderr.decode()


def test_a_damaged_file_gives_its_good_records_then_an_error_row(tmp_path):
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in records(30)).encode())
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    write_jsonl(tmp_path / "b.jsonl", records(2))
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl")], str(out), Job(), RunOptions(workers=0))
    rows = read_rows(out)
    read = [row for row in rows[:-2] if not row["error"]]
    assert 0 < len(read) < 30 and [row["id"] for row in read] == [f"r{i}" for i in range(len(read))]
    assert rows[len(read)]["error"]["kind"] == "ReadError" and rows[len(read)]["id"] == str(tmp_path / "a.jsonl.gz")
    assert [row["id"] for row in rows[-2:]] == ["r0", "r1"] and len(rows) == len(read) + 3


def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(tmp_path):
    script = tmp_path / "no_main_guard.py"
    script.write_text("from newsclean.batch import clean\n"
                      "print(list(clean(['A page of text.'] * 3, workers=1)))\n")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and not done.stdout
    assert b"NewscleanError: batch workers keep dying as they start" in done.stderr
    assert b'if __name__ == "__main__"' in done.stderr


def _workers_gone(group: int, timeout: float = 10.0) -> bool:
    """No process of the run's process group is left (orphaned workers stop when their parent dies)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                alive.append(stat)
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_a_run_killed_at_random_points_then_resumed_gives_the_same_rows(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(600))
    whole, out = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    assert batch_cli(str(source), "-o", str(whole), "--workers", "2").returncode == 0
    expected = whole.read_bytes()
    command = [sys.executable, "-m", "newsclean", "batch", str(source), "-o", str(out), "--workers", "2"]
    seed = int(os.environ.get("PYTEST_SEED", time.time_ns()))
    rng = random.Random(seed)
    partial = Path(str(out) + ".partial")
    stops = [signal.SIGKILL, signal.SIGKILL, signal.SIGKILL, signal.SIGINT]
    interrupted = 0
    for attempt, how in enumerate(stops):
        run = subprocess.Popen(command + (["--resume"] if attempt else []), cwd=ROOT, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # stop it after a random number of new rows (or at once, the first time round)
        target = _lines(partial) + rng.randint(1, 80)
        while attempt and run.poll() is None and _lines(partial) < target:
            time.sleep(0.01)
        if run.poll() is not None:
            break  # it finished first: a fast machine; the rows are checked all the same
        os.kill(run.pid, how)
        interrupted += 1
        code = run.wait(timeout=60)
        if how == signal.SIGINT and code != 0:
            assert code == 130 and b"--resume" in run.stderr.read()
        assert _workers_gone(run.pid)
        assert not out.exists() or code == 0
    assert interrupted >= 3
    finished = subprocess.run(command + ["--resume"], cwd=ROOT, capture_output=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert out.read_bytes() == expected, f"PYTEST_SEED={seed}"
    assert not partial.exists() and not Path(str(out) + ".resume.json").exists()


def test_a_worker_slow_to_start_charges_no_record_with_its_start(tmp_path):
    good = records(6)
    source = write_jsonl(tmp_path / "in.jsonl", good)
    out = tmp_path / "out.jsonl"
    done = batch_cli(str(source), "-o", str(out), "--workers", "1", "--time-limit", TIME_LIMIT,
                     "--pipeline", "tests.batch.slow_start_pipeline:make")
    assert done.returncode == 0, done.stderr
    rows = read_rows(out)
    assert [row["error"] for row in rows] == [None] * len(good)
    assert [row["id"] for row in rows] == [r["id"] for r in good]
