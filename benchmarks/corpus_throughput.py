"""Corpus throughput: records per second and peak memory of `newsclean batch` against a plain extract() loop.

Builds a JSONL corpus from the shared benches' text pages (cycled to the size asked) in a temporary folder and
times, in one run: a plain in-process loop of newsclean.extract() over its records, `newsclean batch` with 1
and 2 workers, and `newsclean batch --engine ray` on a local Ray instance. Memory is the peak, over the run, of
the summed proportional set size (PSS) of the command's process and all its descendants (workers, Ray's
processes), sampled every second; the plain loop's is its process's peak resident size (VmHWM). CPU is the
user + system time of the run's processes (for Ray, of the driver alone, so it is left out): on a busy machine,
where wall-clock rates mostly measure the other load, the CPU time per record still shows what the batch
machinery costs.

    python benchmarks/corpus_throughput.py                      # 20,000 records
    python benchmarks/corpus_throughput.py --records 2000 --no-ray
    python benchmarks/corpus_throughput.py --gigabytes 1 --only 2  # memory on a ~1 GB corpus, 2 workers
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
SAMPLE_SECONDS = 1.0
"""Reading every process's memory costs CPU: sampled more often, the meter slows what it measures."""


def build_corpus(path: Path, records: int | None, gigabytes: float | None) -> int:
    pages = sorted(BENCH.glob("*/text/*"))
    if not pages:
        sys.exit(f"no pages under {BENCH}/*/text")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    limit = int(gigabytes * 2**30) if gigabytes else None
    written = count = 0
    with open(path, "w", encoding="utf-8") as handle:
        while (limit is None and count < (records or 0)) or (limit is not None and written < limit):
            line = json.dumps({"id": f"r{count}", "url": f"https://news.example/{count}",
                               "text": texts[count % len(texts)]}, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode())
            count += 1
    return count


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _memory(pid: int) -> int:
    """PSS in bytes (RSS where smaps_rollup cannot be read)."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0


def tree_memory(root: int) -> int:
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _memory(pid)
        stack += tree.get(pid, [])
    return total


class PeakMemory:
    """Samples a process tree's memory in a thread; `peak` in bytes, `samples` as (seconds, bytes)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self.running = True
        self.started = time.monotonic()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            used = tree_memory(self.pid)
            self.samples.append((time.monotonic() - self.started, used))
            self.peak = max(self.peak, used)
            time.sleep(SAMPLE_SECONDS)

    def stop(self) -> None:
        self.running = False
        self.thread.join()


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def plain_loop(corpus: Path) -> tuple[int, float, int, float]:
    import newsclean

    count = 0
    cpu = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            newsclean.extract(json.loads(line)["text"], format="text")
            count += 1
    seconds = time.perf_counter() - started
    cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu
    return count, seconds, peak_resident(), cpu


def peak_resident() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def batch_run(corpus: Path, out: Path, *extra: str) -> tuple[int, float, int, float, list[tuple[float, int]]]:
    command = [sys.executable, "-m", "newsclean", "batch", str(corpus), "-o", str(out), "--overwrite", *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    meter = PeakMemory(run.pid)
    _, stderr = run.communicate()
    seconds = time.perf_counter() - started
    meter.stop()
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    with open(out, "rb") as rows:
        count = sum(1 for _ in rows)
    return count, seconds, meter.peak, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu, meter.samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--gigabytes", type=float, help="build a corpus of about this size instead")
    parser.add_argument("--only", choices=("plain", "1", "2", "ray"), action="append",
                        help="run only these (repeatable); default all")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--keep", help="build the corpus (and outputs) in this folder and keep them")
    args = parser.parse_args()
    runs = args.only or ["plain", "1", "2"] + ([] if args.no_ray else ["ray"])
    with tempfile.TemporaryDirectory(prefix="newsclean-throughput-") as temporary:
        folder = Path(args.keep or temporary)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "corpus.jsonl"
        count = build_corpus(corpus, args.records, args.gigabytes)
        size = corpus.stat().st_size
        print(f"corpus: {count:,} records, {size / 2**20:,.0f} MB ({corpus}); {os.cpu_count()} CPUs; "
              f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
        results: dict[str, tuple[int, float, int, float]] = {}
        for name in runs:
            if name == "plain":
                results["plain extract() loop"] = plain_loop(corpus)
            else:
                extra = ["--engine", "ray", "--workers", "2"] if name == "ray" else ["--workers", name]
                done, seconds, peak, cpu, samples = batch_run(corpus, folder / f"out-{name}.jsonl", *extra)
                label = "batch --engine ray (local, 2 CPUs)" if name == "ray" else f"batch --workers {name}"
                results[label] = (done, seconds, peak, 0.0 if name == "ray" else cpu)
                half = [used for at, used in samples if at <= seconds / 2]
                print(f"{label}: peak memory {peak / 2**20:,.0f} MB (first half of the run: "
                      f"{max(half, default=0) / 2**20:,.0f} MB)", flush=True)
            done, seconds, _, cpu = results[list(results)[-1]]
            cpu_text = f", CPU {cpu:.1f} s" if cpu else ""
            print(f"  {list(results)[-1]}: {done:,} records in {seconds:.1f} s{cpu_text}; "
                  f"load average {os.getloadavg()[0]:.2f}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.2f}\n")
        plain = results.get("plain extract() loop")
        one = results.get("batch --workers 1")
        print("| run | records | seconds | records/s | vs plain loop | vs 1 worker | CPU ms/record | "
              "peak memory (MB) |")
        print("|---|---|---|---|---|---|---|---|")
        for label, (done, seconds, peak, cpu) in results.items():
            rate = done / seconds
            vs_plain = f"{rate / (plain[0] / plain[1]):.2f}x" if plain else "—"
            vs_one = f"{rate / (one[0] / one[1]):.2f}x" if one else "—"
            per_record = f"{1000 * cpu / done:.2f}" if cpu else "—"
            print(f"| {label} | {done:,} | {seconds:.1f} | {rate:,.0f} | {vs_plain} | {vs_one} | {per_record} | "
                  f"{peak / 2**20:,.0f} |")


if __name__ == "__main__":
    main()
