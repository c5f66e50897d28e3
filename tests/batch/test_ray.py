"""The Ray engine and clean_batch under Ray Data, on a real local Ray instance of 2 CPUs."""
import pytest

from newsclean.batch import Job, RunOptions, clean_batch, run_batch

from .corpus import batch_cli, read_rows, records, write_jsonl

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own settings
pa = pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def cluster():
    from newsclean.batch.ray_engine import init

    if ray.is_initialized():
        ray.shutdown()
    init(cpus=2)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ray")
    recs = records(150)
    recs[5] = {"id": "no text"}
    source = write_jsonl(folder / "in.jsonl", recs)
    (folder / "in.jsonl").write_bytes(source.read_bytes() + b"not json\n")
    local = folder / "local.jsonl"
    run_batch([str(source)], str(local), Job(), RunOptions(workers=2))
    return folder, recs, local.read_bytes()


def test_the_ray_engine_writes_the_local_run_rows(cluster, corpus):
    folder, _, local = corpus
    out = folder / "ray.jsonl"
    tally = run_batch([str(folder / "in.jsonl")], str(out), Job(), RunOptions(engine="ray"))
    assert tally.records == 151 and tally.errors == 2
    assert out.read_bytes() == local


def test_clean_batch_runs_as_is_in_ray_data_map_batches(cluster, corpus):
    folder, recs, _ = corpus
    table = pa.Table.from_pylist([r for r in recs if "text" in r])
    dataset = ray.data.from_arrow(table).map_batches(clean_batch, batch_format="pyarrow", batch_size=16)
    rows = {row["id"]: row for row in dataset.take_all()}
    expected = {row["id"]: row for row in read_rows(folder / "local.jsonl") if row["error"] is None}
    assert len(rows) == len(expected) == 149
    for key, row in expected.items():
        assert {k: (list(v) if isinstance(v, tuple) else v) for k, v in rows[key].items()} == row


def test_the_cli_joins_an_existing_cluster(cluster, corpus):
    folder, _, local = corpus
    out = folder / "cli.jsonl"
    done = batch_cli(str(folder / "in.jsonl"), "-o", str(out), "--engine", "ray", "--address", cluster)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == local
