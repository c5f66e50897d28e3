import gzip
import json
import subprocess
import sys
import time

import pytest

import newsclean
from newsclean.batch import Job, RunOptions, clean, run_batch
from newsclean.batch.progress import Progress, Tally

from ..conftest import ROOT
from .corpus import batch_cli, read_rows, records, write_jsonl

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_rows_are_the_same_bytes_for_any_number_of_workers(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(120))
    outputs = {}
    for workers in (0, 1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        tally = run_batch([str(source)], str(out), Job(), RunOptions(workers=workers))
        assert (tally.records, tally.errors) == (120, 0)
        outputs[workers] = out.read_bytes()
    assert outputs[0] == outputs[1] == outputs[2]
    rows = read_rows(tmp_path / "out2.jsonl")
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(120)]
    page = records(1)[0]
    article = newsclean.extract(page["text"], format="text")
    assert rows[0] == {"id": "r0", "url": page["url"], "error": None, **article.to_dict(decisions=False)}


def test_the_python_api_takes_strings_mappings_and_gives_rows_in_order():
    pages = [r["text"] for r in records(6)]
    given = [pages[0], {"text": pages[1], "id": 7, "url": "u"}, {"body": "no text key"}, pages[3].encode()]
    rows = list(clean(given, workers=2))
    assert [r["id"] for r in rows] == ["0", "7", "2", "3"]
    assert rows[1]["url"] == "u" and rows[1]["paragraphs"] == list(newsclean.extract(pages[1]).paragraphs)
    assert rows[2]["error"]["kind"] == "MissingText"
    assert rows[3]["paragraphs"] and rows[3]["error"] is None


def test_clean_batch_gives_the_batch_rows_as_arrow(tmp_path):
    recs = records(10)
    source = write_jsonl(tmp_path / "in.jsonl", recs)
    run_batch([str(source)], str(tmp_path / "out.jsonl"), Job(), RunOptions(workers=0))
    expected = read_rows(tmp_path / "out.jsonl")
    table = newsclean.clean_batch(pa.Table.from_pylist(recs))
    assert table.to_pylist() == expected
    batches = list(newsclean.batch.clean_batches(pa.Table.from_pylist(recs).to_batches(max_chunksize=4)))
    assert all(isinstance(b, pa.RecordBatch) for b in batches)
    assert [row for b in batches for row in b.to_pylist()] == expected


def _wet_record(record_id: str, url: str, text: str) -> bytes:
    body = text.encode()
    return (f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body + b"\r\n\r\n"


def _response_record(record_id: str, url: str, content_type: str, html: bytes) -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(html)}\r\n\r\n").encode() + html
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode() \
        + http + b"\r\n\r\n"


def test_every_input_kind_is_read_in_order(tmp_path):
    pytest.importorskip("fastwarc")
    zstandard = pytest.importorskip("zstandard")
    recs = records(8)
    (tmp_path / "pages").mkdir()
    for i in (0, 1):
        (tmp_path / "pages" / f"p{i}.txt").write_text(recs[i]["text"], encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(recs[2]) + "\n")
    lines = (json.dumps(recs[3]) + "\n").encode()
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    pq.write_table(pa.Table.from_pylist(recs[4:6]), tmp_path / "d.parquet")
    wet = _wet_record("w6", "https://news.example/6", recs[6]["text"])
    (tmp_path / "e.warc.wet.gz").write_bytes(gzip.compress(wet))
    page = b"<html><body><h1>A headline</h1><p>A paragraph of the article, long enough to be one.</p></body></html>"
    warc = _response_record("h7", "https://news.example/7", "text/html; charset=utf-8", page) \
        + _response_record("png", "https://news.example/7.png", "image/png", b"\x89PNG")
    (tmp_path / "f.warc").write_bytes(warc)
    out = tmp_path / "out.jsonl"
    inputs = [str(tmp_path / "pages"), str(tmp_path / "*.jsonl.*"), str(tmp_path / "d.parquet"),
              str(tmp_path / "e.warc.wet.gz"), str(tmp_path / "f.warc")]
    run_batch(inputs, str(out), Job(), RunOptions(workers=2))
    rows = read_rows(out)
    assert [r["id"] for r in rows] == [str(tmp_path / "pages" / "p0.txt"), str(tmp_path / "pages" / "p1.txt"),
                                       "r2", "r3", "r4", "r5", "<urn:uuid:w6>", "<urn:uuid:h7>"]
    for row, rec in zip(rows[:7], recs):
        assert row["error"] is None and row["paragraphs"] == list(newsclean.extract(rec["text"]).paragraphs)
    assert rows[6]["url"] == "https://news.example/6"
    # the HTML response is read as HTML: an article once HTML mode exists, until then an InputError row
    assert rows[7]["url"] == "https://news.example/7"
    assert rows[7]["error"] is None or rows[7]["error"]["kind"] == "InputError"


def test_parquet_output_holds_the_same_rows(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(25))
    run_batch([str(source)], str(tmp_path / "out.jsonl"), Job(), RunOptions(workers=1))
    run_batch([str(source)], str(tmp_path / "out.parquet"), Job(), RunOptions(workers=1))
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.to_pylist() == read_rows(tmp_path / "out.jsonl")


def test_an_existing_output_is_kept_unless_told(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(3))
    out = tmp_path / "out.jsonl"
    assert batch_cli(str(source), "-o", str(out), "--workers", "1").returncode == 0
    again = batch_cli(str(source), "-o", str(out), "--workers", "1")
    assert again.returncode == 2 and b"pass --overwrite" in again.stderr
    (tmp_path / "out.jsonl.partial").write_bytes(out.read_bytes()[:10])
    out.unlink()
    other = batch_cli(str(source), "-o", str(out), "--resume", "--decisions")
    assert other.returncode == 2 and b"cannot resume" in other.stderr


def test_a_run_resumes_only_the_same_job(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(200))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsclean", "batch", str(source), "-o", str(out), "--workers", "1"]
    run = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    partial = tmp_path / "out.jsonl.partial"
    while not partial.exists() and run.poll() is None:
        time.sleep(0.01)
    run.kill()
    run.wait()
    assert partial.exists()
    other_options = batch_cli(str(source), "-o", str(out), "--resume", "--decisions")
    assert other_options.returncode == 2 and b"different options" in other_options.stderr
    write_jsonl(source, records(201))
    other_input = batch_cli(str(source), "-o", str(out), "--resume")
    assert other_input.returncode == 2 and b"different input files" in other_input.stderr


def test_the_progress_line_says_records_rate_errors_and_eta(tmp_path):
    tally = Tally()
    tally.add(0, b"")
    tally.add(2, b'{"error":{"kind":"Timeout","message":"m"}}')

    class Terminal:
        text = ""

        def write(self, s):
            self.text += s

        def flush(self):
            pass

        def isatty(self):
            return True

    position = iter([0, 500, 500])
    screen = Terminal()
    progress = Progress(tally, 1000, lambda: next(position), stream=screen)
    progress.line()
    progress.update()
    assert "2 records" in screen.text and "errors 1" in screen.text and "50%" in screen.text
    assert "ETA 0:00:0" in screen.text and "/s" in screen.text
    assert "Timeout 1" in (tally.stop() or tally.summary())


def test_the_cli_is_quiet_off_a_terminal_but_for_its_summary(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(4))
    done = batch_cli(str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1")
    assert done.returncode == 0
    assert done.stderr.decode().splitlines() == [done.stderr.decode().strip()]
    assert "4 records" in done.stderr.decode() and "kept 4" in done.stderr.decode()
