import json
import subprocess
import sys

from .conftest import FIXTURES

SEED = str(FIXTURES / "seed" / "input.txt")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, timeout=300)


def test_extract_prints_the_article_as_json(seed):
    out = run("extract", SEED)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["headline"] == seed[1]["headline"]
    assert data["paragraphs"] == seed[1]["paragraphs"]


def test_extract_reads_standard_input():
    out = run("extract", "-", stdin="Title\n\nOne sentence that is long enough to be a paragraph of text.\n".encode())
    assert out.returncode == 0 and json.loads(out.stdout)["paragraphs"]


def test_explain_gives_every_line_a_reason():
    out = run("extract", "--explain", SEED)
    lines = out.stdout.decode().splitlines()
    assert any("[dropped by related_stories: teaser ending in \"...\"]" in line for line in lines)
    assert any(line.split()[1] == "+" for line in lines)


def test_bad_input_is_a_clear_error(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 50)
    out = run("extract", str(binary))
    assert out.returncode == 2 and b"newsclean: the input looks like binary data" in out.stderr


def test_bench_scores_the_fixtures():
    out = run("bench", str(FIXTURES), "--no-peers", "--worst", "3")
    text = out.stdout.decode()
    assert out.returncode == 0, out.stderr
    assert "| newsclean (text) |" in text and "worst 3 pages by body F1" in text
    assert "| all |" in text  # quote scores
    assert "quote stage:" in text and "% to the time per page" in text


def test_a_missing_file_or_pipeline_is_a_clear_error(tmp_path):
    out = run("extract", str(tmp_path / "nope.txt"))
    assert out.returncode == 2 and b"newsclean: cannot read" in out.stderr
    out = run("extract", SEED, "--pipeline", "no_such_module:pipe")
    assert out.returncode == 2 and b"newsclean: cannot load the pipeline" in out.stderr
