"""The command line, end to end on real files: formats, inputs, exit codes, faults.

In-process runs use typer's CliRunner (stdout and stderr captured apart) with the session's
model; the properties that only a real process shows (imports at start-up, worker processes,
pipes, signals) run ``python -m claimx`` in a subprocess.
"""

from __future__ import annotations

import codecs
import csv
import glob as globmod
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.extractor import DEFAULT_MODEL
from claimx.io.writers import CSV_COLUMNS

ARTICLE = (
    "NATO chief Mark Rutte said on Monday that the alliance stands ready. "
    '"We will not back down," he told reporters. Officials said talks may resume.\n'
)
OTHER = "The minister denied that the plan had failed, a spokesman said on Friday.\n"


@pytest.fixture(autouse=True)
def model(monkeypatch, extractor):
    """Reuse the session's extractor for the default model; count loads to prove none happened."""
    real_load = claimx.load
    calls: list[str | None] = []

    def load(name: str | None = None):
        calls.append(name)
        if name in (None, DEFAULT_MODEL):
            return extractor
        return real_load(name)

    monkeypatch.setattr(claimx, "load", load)
    monkeypatch.delenv("CLAIMX_MODEL", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return calls


def run(args: list[str], input: str | bytes | None = None, env: dict | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return str(p)


def expected(extractor, text: str, doc_id: str, date: str | None = None) -> list[dict]:
    records = [s.to_dict() for s in extractor.extract(text, date, doc_id)]
    assert records, "the sample text must give statements for these tests to mean anything"
    return records


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# ---------------------------------------------------------------------- basics


def test_version():
    result = run(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"claimx {claimx.__version__}\n"


def test_help_lists_extract():
    result = run(["--help"])
    assert result.exit_code == 0 and "extract" in result.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv", "table"])
def test_every_format(extractor, article, fmt):
    want = expected(extractor, ARTICLE, article)
    result = run(["extract", article, "--format", fmt])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "jsonl":
        assert out == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in want)
    elif fmt == "json":
        assert json.loads(out) == want
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert tuple(rows[0]) == CSV_COLUMNS
        claim = CSV_COLUMNS.index("claim")
        assert [r[claim] for r in rows[1:]] == [r["claim"] for r in want]
    else:
        assert "\x1b[" not in out  # not a terminal: no colour
        assert "Mark Rutte" in out and "stance" in out
    assert result.stderr == (
        f"claimx: 1 document read, 0 failed, {len(want)} statement"
        f"{'' if len(want) == 1 else 's'} written\n"
    )


def test_default_format_off_a_terminal_is_jsonl(extractor, article):
    result = run(["extract", article])
    assert jsonl(result.stdout) == expected(extractor, ARTICLE, article)


def test_spans_index_the_decoded_text_even_with_a_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    records = jsonl(run(["extract", p]).stdout)
    assert records
    for r in records:
        parts = r["spans"]["claim"]
        assert " ".join(ARTICLE[s:e] for s, e in parts) == r["claim"]
        if r["spans"]["cue"]:
            assert ARTICLE[slice(*r["spans"]["cue"])] == r["cue"]


def test_date_option_is_the_article_date(article):
    records = jsonl(run(["extract", article, "--date", "Oct. 17, 2024"]).stdout)
    by_source = {r["date_source"]: r["date"] for r in records}
    assert by_source.get("article") == "2024-10-17"
    assert by_source.get("text") == "2024-10-14"  # "on Monday" before Thursday 2024-10-17


# ---------------------------------------------------------------------- inputs


@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin(extractor, args):
    result = run(["extract", *args], input=ARTICLE.encode())
    assert result.exit_code == 0
    assert jsonl(result.stdout) == expected(extractor, ARTICLE, "-")


def test_folder_recursive_sorted_with_glob(tmp_path):
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "b.txt").write_text(ARTICLE)
    (tmp_path / "news" / "a.txt").write_text(OTHER)
    (tmp_path / "news" / "sub" / "c.md").write_text(ARTICLE)
    (tmp_path / "news" / ".hidden.txt").write_text(ARTICLE)
    root = str(tmp_path / "news")

    def docs(*extra: str) -> list[str]:
        result = run(["extract", root, *extra])
        assert result.exit_code == 0
        return list(dict.fromkeys(r["doc"] for r in jsonl(result.stdout)))

    assert docs() == [f"{root}/a.txt", f"{root}/b.txt", f"{root}/sub/c.md"]
    assert docs("--glob", "*.txt") == [f"{root}/a.txt", f"{root}/b.txt"]


def test_jsonl_corpus_with_a_bad_line(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_text(
        json.dumps({"id": "n1", "text": ARTICLE, "date": "2024-10-17"})
        + "\n"
        + '{"id": "broken", "text": \n'
        + json.dumps({"id": "n2", "body": OTHER})
        + "\n",
        encoding="utf-8",
    )
    result = run(["extract", p])
    assert result.exit_code == 3
    records = jsonl(result.stdout)
    assert {r["doc"] for r in records} == {"n1"}
    assert all(r["date"] for r in records)  # the corpus date anchors them
    assert f"claimx: error: {p}:2: malformed JSON" in result.stderr
    assert f"claimx: error: {p}:3: no 'text' field" in result.stderr
    assert "3 documents read, 2 failed" in result.stderr


def test_corpus_fields_can_be_renamed(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"key": "k1", "body": ARTICLE, "when": "2024-10-17"}) + "\n")
    result = run(
        ["extract", p, "--text-field", "body", "--id-field", "key", "--date-field", "when"]
    )
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert records and {r["doc"] for r in records} == {"k1"}
    assert any(r["date"] == "2024-10-14" for r in records)


def test_undecodable_text_is_a_named_warning(tmp_path):
    p = tmp_path / "w1252.txt"
    p.write_bytes(b"Officials said the caf\xe9 would reopen \x93soon\x94.\n")
    result = run(["extract", p])
    assert result.exit_code == 0
    assert f"claimx: warning: {p}: not valid UTF-8" in result.stderr
    quiet = run(["extract", p, "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout == result.stdout


def test_empty_file_gives_no_records_and_no_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n")
    result = run(["extract", p])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "claimx: 1 document read, 0 failed, 0 statements written\n"


# ---------------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing.txt"], "claimx: error: missing.txt: no such file or directory\n"),
        (["extract", "{a}", "--date", "someday"], "claimx: error: not a date"),
        (["extract", "{a}", "--encoding", "klingon"], "claimx: error: unknown encoding"),
        (["extract", "{a}", "-o", "{tmp}/no/such/dir/out.jsonl"], "no such directory"),
        (["extract", "{a}", "-o", "{tmp}"], "is a directory"),
        (["extract", "{a}", "--format", "xml"], "xml"),
        (["extract", "{a}", "--n-process", "0"], "--n-process"),
        (["extract", "{a}", "--no-such-option"], "no-such-option"),
    ],
)
def test_usage_errors_exit_2_before_any_work(model, article, tmp_path, args, message):
    args = [a.format(a=article, tmp=tmp_path) for a in args]
    result = run(args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert model == []  # the model was never loaded


def test_failed_input_exits_3_and_the_rest_goes_on(extractor, tmp_path, article):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64 + bytes(range(256)))
    result = run(["extract", binary, article])
    assert result.exit_code == 3
    assert jsonl(result.stdout) == expected(extractor, ARTICLE, article)
    assert f"claimx: error: {binary}: binary file" in result.stderr
    assert "2 documents read, 1 failed" in result.stderr


@pytest.mark.parametrize("how", ["option", "env"])
def test_missing_model_is_one_clear_line_exit_1(article, tmp_path, how):
    out = tmp_path / "out.jsonl"
    args = ["extract", article, "-o", out]
    env = None
    if how == "option":
        args += ["--model", "no_such_claimx_model"]
    else:
        env = {"CLAIMX_MODEL": "no_such_claimx_model"}
    result = run(args, env=env)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimx: error: ")
    assert "no_such_claimx_model" in lines[0] and "install" in lines[0]
    assert not out.exists()


# ---------------------------------------------------------------------- output file


def test_output_file_is_written_whole_with_format_from_suffix(extractor, tmp_path, article):
    out = tmp_path / "out.csv"
    result = run(["extract", article, "-o", out])
    assert result.exit_code == 0
    assert result.stdout == ""
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert [r["claim"] for r in rows] == [r["claim"] for r in expected(extractor, ARTICLE, article)]
    assert sorted(os.listdir(tmp_path)) == ["article.txt", "out.csv"]


def test_format_option_beats_the_suffix(tmp_path, article):
    out = tmp_path / "out.csv"
    assert run(["extract", article, "-o", out, "-f", "jsonl"]).exit_code == 0
    assert jsonl(out.read_text())


# ---------------------------------------------------------------------- real processes


def claimx_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimx", *args]


def subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMX_MODEL", "NO_COLOR")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_neither_spacy_nor_dateparser(flag):
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claimx", flag],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert proc.returncode == 0
    modules = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in proc.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "claimx" in modules  # the import log was really captured
    assert not modules & {"spacy", "thinc", "dateparser"}


def test_n_process_2_gives_the_same_records_as_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate([ARTICLE, OTHER, ARTICLE + OTHER]):
        (folder / f"{i}.txt").write_text(text)
    outs = []
    for n in ("1", "2"):
        proc = subprocess.run(
            claimx_cmd("extract", str(folder), "--n-process", n, "--batch-size", "1"),
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1]
    assert len({r["doc"] for r in jsonl(outs[0])}) == 3


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_closed_pipe_ends_quietly(article, fmt):
    """`claimx extract ... | head`: exit 0, nothing on stderr, the table like every format."""
    proc = subprocess.Popen(
        claimx_cmd("extract", article, article, article, "-f", fmt),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    proc.stdout.close()  # like `| head -0`: the reader is gone before the first record
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_on_stdout_is_one_error_line(article):
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            claimx_cmd("extract", article),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=subprocess_env(),
            timeout=120,
        )
    assert proc.returncode == 1
    assert proc.stderr == "claimx: error: standard output: No space left on device\n"


def test_ctrl_c_exits_130_and_leaves_no_output_file(tmp_path):
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w") as f:
        for i in range(3000):
            f.write(json.dumps({"id": str(i), "text": ARTICLE}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        claimx_cmd("extract", str(corpus), "-o", str(out)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
        # as at a terminal, even when the suite runs with SIGINT ignored (nohup, a background job)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not globmod.glob(str(tmp_path / ".out.jsonl.*.tmp")):  # writing has started
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err.decode()
    assert sorted(os.listdir(tmp_path)) == ["big.jsonl"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--foo"], "claimx: error: No such option: --foo"),
        (["extract", "-f", "xml", "x.txt"], "claimx: error: Invalid value for '--format'"),
        (
            ["extract", "--n-process", "0", "x.txt"],
            "claimx: error: Invalid value for '--n-process'",
        ),
        (["bogus"], "claimx: error: No such command 'bogus'."),
        (["eval"], "claimx: error: Missing argument 'GOLD'."),
    ],
)
def test_typer_usage_errors_are_one_line_like_claimxs_own(args, message):
    proc = subprocess.run(
        claimx_cmd(*args), capture_output=True, text=True, env=subprocess_env(), timeout=60
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), proc.stderr
    assert "--help')" in lines[0]  # where to look


@pytest.mark.parametrize(
    ("make", "args", "warning"),
    [
        ("empty-folder", [], "{folder}: no files"),
        ("folder", ["--glob", "*.html"], "{folder}: no file matches --glob '*.html'"),
        ("stdin", ["-"], "-: standard input is empty"),
    ],
)
def test_nothing_to_read_is_said_on_stderr(tmp_path, make, args, warning):
    folder = tmp_path / "in"
    folder.mkdir()
    if make == "folder":
        (folder / "a.txt").write_text(ARTICLE)
    inputs = [] if make == "stdin" else [str(folder)]
    result = run(["extract", *inputs, *args], input="" if make == "stdin" else None)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == f"claimx: warning: {warning.format(folder=folder)}"
    quiet = run(["extract", *inputs, *args, "-q"], input="" if make == "stdin" else None)
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize("command", ["extract", "show", "report", "summarize", "eval"])
def test_help_is_plain_text_with_no_type_placeholders_on_flags(command):
    """'[dask]' is text, not rich markup; flags take no value, so they show none."""
    result = run([command, "--help"])
    assert result.exit_code == 0
    out = result.stdout
    options = [line for line in out.splitlines() if line.lstrip().startswith("-")]
    assert options and "\x1b[" not in out
    assert not [line for line in options if "<bool>" in line or "<str>" in line]
    if command == "extract":
        assert "(needs claimx[dask])" in " ".join(out.split())
        assert "-q, --quiet " in out and ".txt (the table" in " ".join(out.split())
