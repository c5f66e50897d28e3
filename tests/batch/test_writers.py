import pytest

from newsclean.batch import rows
from newsclean.batch.writers import JsonlWriter, ParquetWriter

pq = pytest.importorskip("pyarrow.parquet")


def _row(i: int) -> bytes:
    return rows.encode(rows.error_row(f"r{i}", None, "Kind", f"message {i}", decisions=False))


def test_a_resumed_jsonl_output_loses_its_cut_short_line(tmp_path):
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_bytes(_row(0) + _row(1) + _row(2)[:9])
    writer = JsonlWriter(str(out))
    assert writer.start(resume=True) == 2
    writer.write(_row(2))
    writer.finish()
    assert out.read_bytes() == _row(0) + _row(1) + _row(2)
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_a_resumed_parquet_output_keeps_its_complete_parts(tmp_path):
    out = tmp_path / "out.parquet"
    first = ParquetWriter(str(out), rows_per_part=3)
    assert first.start(resume=False) == 0
    for i in range(7):
        first.write(_row(i))
    first.close()  # killed: rows 6 (and any in a part not yet renamed) are not in the output
    (tmp_path / "out.parquet.partial" / "part-00002.tmp").write_bytes(b"half a part")
    second = ParquetWriter(str(out), rows_per_part=3)
    done = second.start(resume=True)
    assert done == 6
    for i in range(done, 10):
        second.write(_row(i))
    second.finish()
    table = pq.read_table(out)
    assert [r["id"] for r in table.to_pylist()] == [f"r{i}" for i in range(10)]
    assert sorted(p.name for p in out.iterdir()) == [f"part-0000{i}.parquet" for i in range(4)]


def test_a_lone_surrogate_in_a_record_does_not_stop_a_parquet_output(tmp_path):
    # JSON input may escape half of a surrogate pair ("\ud800"); Parquet strings are UTF-8, which cannot hold it
    out = tmp_path / "out.parquet"
    writer = ParquetWriter(str(out))
    writer.start(resume=False)
    writer.write(_row(0))
    writer.write(rows.encode(rows.error_row("r\ud800", None, "Kind", "text \udfff here", decisions=False)))
    writer.write(_row(2))
    writer.finish()
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["r0", "r\ufffd", "r2"]
    assert table[1]["error"]["message"] == "text \ufffd here"
