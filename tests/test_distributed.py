"""claimx on a real Dask cluster: a scheduler and two single-threaded worker processes on
127.0.0.1, started as subprocesses the way a user starts them (``python -m dask scheduler`` /
``python -m dask worker``). Everything is compared with the local run of the same inputs: the
CLI's bytes, its stderr lines and exit code; one worker is SIGKILLed mid-run.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimx
from claimx import distributed
from claimx.cli import app
from claimx.extractor import DEFAULT_MODEL
from claimx.io import sources
from claimx.record import Document

dask_distributed = pytest.importorskip("distributed", reason='needs pip install "claimx[dask]"')

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "polnear_dev.jsonl"
HOST = "127.0.0.1"

ARTICLES = {
    "rutte.txt": (
        "BRUSSELS, Oct. 17, 2024 — NATO chief Mark Rutte said on Monday that the alliance "
        'stands ready. "We will not back down," he told reporters. Officials said talks may '
        "resume.\n"
    ),
    "sub/minister.txt": (
        "The minister denied that the plan had failed, a spokesman said on Friday. "
        "Opposition leaders claimed the budget was a disaster.\n"
    ),
    "sub/police.txt": (
        "Date: 2023-05-02\n\nPolice said the suspect may have fled the country. The mayor "
        "did not confirm reports that the station would close.\n"
    ),
    "empty.txt": "",
    "sub/page.html": (
        "<!DOCTYPE html><html><head><title>Minister denies report</title>"
        '<meta name="date" content="2024-03-05"></head><body><nav>Home | World</nav><article>'
        "<h1>Minister denies report</h1><p>The finance minister on Tuesday denied that the "
        'government had secretly raised taxes, calling the report "completely false".</p>'
        '<p>"We have not changed a single rate," she told reporters. Opposition leaders said '
        "the figures told a different story.</p></article><footer>(c) 2024</footer></body></html>"
    ),
}
STDIN_TEXT = "Officials said on Tuesday that the bridge was safe, but engineers disagreed.\n"
CORPUS_EXTRA = [
    '{"doc_id": "extra-1", "text": "The senator said the bill would pass.", '
    '"publication_date": "March 3, 2021"}',
    "not json at all",
    "",
    '{"text": "A spokesman denied that the company had been hacked.", '
    '"publication_date": "garbage"}',
    "[1, 2]",
]


def polnear_articles(n: int) -> list[str]:
    """The first ``n`` PolNeAR dev articles as corpus lines (real news, distinct texts)."""
    if not POLNEAR_DEV.exists():
        pytest.skip(f"PolNeAR corpus (not redistributable) not found at {POLNEAR_DEV}")
    with POLNEAR_DEV.open(encoding="utf-8") as f:
        return [line.rstrip("\n") for _, line in zip(range(n), f, strict=False)]


# ---------------------------------------------------------------------- the cluster


class DaskCluster:
    """A scheduler and worker processes (each under its nanny) on 127.0.0.1."""

    def __init__(self, workdir: Path, n_workers: int = 2) -> None:
        self.workdir = workdir
        self.procs: list[subprocess.Popen] = []
        scheduler_file = workdir / "scheduler.json"
        self._start(
            "scheduler",
            "--host",
            HOST,
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(scheduler_file),
        )
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if time.monotonic() > deadline or self.procs[0].poll() is not None:
                self.close()
                raise RuntimeError(f"the scheduler did not start: {self.log('scheduler')}")
            time.sleep(0.1)
        self.address = json.loads(scheduler_file.read_text())["address"]
        assert self.address.startswith(f"tcp://{HOST}:")
        for i in range(n_workers):
            self._start(
                "worker",
                self.address,
                "--nthreads",
                "1",
                "--host",
                HOST,
                "--no-dashboard",
                "--name",
                f"w{i}",
                log=f"worker{i}",
            )
        self.client = dask_distributed.Client(self.address, timeout=60, set_as_default=False)
        self.client.wait_for_workers(n_workers, timeout=120)
        # Warm the workers once (as every connect does) so each test's timing is its own.
        distributed.connect(self.address, warm=True).close()

    def _start(self, what: str, *args: str, log: str | None = None) -> None:
        out = open(self.workdir / f"{log or what}.log", "wb")  # noqa: SIM115 (closed with proc)
        self.procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "dask", what, *args],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.workdir,  # not the client's: relative input paths must still work
            )
        )
        out.close()

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def worker_pids(self) -> dict[str, int]:
        """Worker address -> pid of the worker process itself (not its nanny)."""
        return self.client.run(os.getpid)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        for p in reversed(self.procs):  # workers first, then the scheduler
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = DaskCluster(tmp_path_factory.mktemp("dask"))
    yield c
    c.close()


# ---------------------------------------------------------------------- inputs and local runs


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """A folder of articles (with a cp1252 file, a binary one, an empty one) and a corpus."""
    d = tmp_path_factory.mktemp("inputs")
    folder = d / "articles"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    (folder / "cafe.txt").write_bytes("Jos\xe9 said the caf\xe9 would close.\n".encode("cp1252"))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    lines = polnear_articles(8) + CORPUS_EXTRA
    (d / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture
def session_model(monkeypatch, extractor):
    """Local runs reuse the session's extractor instead of loading the model again."""
    real_load = claimx.load

    def load(name: str | None = None):
        return extractor if name in (None, DEFAULT_MODEL) else real_load(name)

    monkeypatch.setattr(claimx, "load", load)
    monkeypatch.delenv("CLAIMX_MODEL", raising=False)


def run(args: list[str], input: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


CORPUS_OPTIONS = ["--id-field", "doc_id", "--date-field", "publication_date"]


# ---------------------------------------------------------------------- the CLI, both ways


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_cli_output_is_byte_identical_to_the_local_run(
    cluster, inputs, session_model, monkeypatch, fmt
):
    monkeypatch.chdir(inputs)  # relative paths, as a user types them (and ids keep them)
    args = ["extract", "articles", "corpus.jsonl", "-", "-f", fmt, *CORPUS_OPTIONS]
    local = run(args, input=STDIN_TEXT)
    remote = run([*args, "--scheduler", cluster.address], input=STDIN_TEXT)
    assert local.exit_code == 3, local.stderr  # the binary file and bad corpus lines failed
    assert local.stdout_bytes.count(b"\n") > 20, "too few records to mean anything"
    assert remote.stdout_bytes == local.stdout_bytes
    assert remote.stderr == local.stderr  # same warnings, errors and summary, same order
    assert remote.exit_code == local.exit_code


def test_show_text_ships_the_text_back(cluster, inputs, session_model):
    args = ["extract", inputs / "articles", "-f", "jsonl", "--show-text"]
    local = run(args)
    remote = run([*args, "--scheduler", cluster.address])
    assert '"type": "document"' in local.stdout
    assert remote.stdout_bytes == local.stdout_bytes


def test_explain_on_the_cluster_is_the_local_explain(cluster, tmp_path, session_model, extractor):
    for name, text in ARTICLES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["extract", tmp_path, "-f", "jsonl", "--explain"]
    try:
        local = run(args)
        remote = run([*args, "--scheduler", cluster.address])
    finally:
        extractor.explain = False
    records = [json.loads(line) for line in local.stdout.splitlines()]
    assert records and all(r["why"]["statement"] for r in records)
    assert remote.stdout_bytes == local.stdout_bytes
    plain = run([*args[:-1], "--scheduler", cluster.address])  # the workers forget the flag
    assert plain.stdout and '"why"' not in plain.stdout


def test_local_cluster_option(inputs, session_model):
    """``local:N`` starts (and stops) a LocalCluster of its own on 127.0.0.1."""
    args = ["extract", inputs / "articles", "-f", "jsonl"]
    local = run(args)
    remote = run([*args, "--scheduler", "local:2"])
    assert remote.exit_code == local.exit_code == 3
    assert remote.stdout_bytes == local.stdout_bytes
    assert remote.stderr == local.stderr


@pytest.mark.parametrize(
    ("scheduler", "code", "message"),
    [
        ("localhost:8786", 2, "use tcp://HOST:PORT or local:N"),
        ("local:0", 2, "use local:N with N >= 1"),
        ("local:two", 2, "use local:N with N >= 1"),
    ],
)
def test_bad_scheduler_is_a_usage_error(inputs, scheduler, code, message):
    result = run(["extract", inputs / "articles", "--scheduler", scheduler])
    assert result.exit_code == code
    assert message in result.stderr and result.stdout == ""


def test_a_model_missing_on_the_workers_fails_before_any_work(cluster, inputs):
    result = run(
        [
            "extract",
            inputs / "articles",
            "--scheduler",
            cluster.address,
            "--model",
            "no_such_pipeline_xyz",
        ]
    )
    assert result.exit_code == 1 and result.stdout == ""
    assert "no_such_pipeline_xyz" in result.stderr and "not installed" in result.stderr


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(distributed.ClusterError, match="cannot reach the Dask scheduler"):
        distributed.connect(f"tcp://{HOST}:1", connect_timeout=2)


def test_the_cli_gives_up_on_an_unreachable_scheduler_within_seconds(tmp_path):
    """Not after the 60 s that workers get to join: a wrong address is said at once."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES["rutte.txt"], encoding="utf-8")
    start = time.monotonic()
    result = run(["extract", article, "--scheduler", f"tcp://{HOST}:1"])
    assert time.monotonic() - start < 15
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(
        f"claimx: error: cannot reach the Dask scheduler at tcp://{HOST}:1"
    )


def test_scheduler_excludes_n_process(inputs):
    result = run(["extract", inputs / "articles", "--scheduler", "local:1", "--n-process", "2"])
    assert result.exit_code == 2 and "--scheduler" in result.stderr


# ---------------------------------------------------------------------- a worker dies


def test_a_killed_worker_loses_and_duplicates_nothing(cluster, tmp_path, session_model):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(polnear_articles(24)) + "\n", encoding="utf-8")
    args = ["extract", str(corpus), "-f", "jsonl", *CORPUS_OPTIONS]
    local = run(args)
    assert local.exit_code == 0, local.stderr

    pids = cluster.worker_pids()
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", *args, "--scheduler", cluster.address],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    try:
        victim = None
        deadline = time.monotonic() + 120
        while victim is None and time.monotonic() < deadline and proc.poll() is None:
            for address, keys in cluster.client.processing().items():
                if address in pids and any("_extract_corpus_range" in str(k) for k in keys):
                    victim = address
                    break
            else:
                time.sleep(0.02)
        assert victim is not None, "no extraction task was ever seen running"
        os.kill(pids[victim], signal.SIGKILL)
        killed_while_running = proc.poll() is None
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert killed_while_running
    assert proc.returncode == 0, err.decode()
    records = [json.loads(line) for line in out.splitlines()]
    keys = [(r["doc"], r["index"]) for r in records]
    assert len(keys) == len(set(keys)), "a document was extracted twice"
    assert out == local.stdout_bytes  # nothing lost, nothing duplicated, same order
    assert err.decode().splitlines()[-1] == local.stderr.splitlines()[-1]  # "24 documents read"
    # The nanny brings the dead worker back: the cluster is whole for the next test.
    cluster.client.wait_for_workers(2, timeout=120)
    assert pids[victim] not in cluster.worker_pids().values()


def test_a_task_that_kills_every_worker_fails_alone(cluster):
    """A poison input (one that crashes each worker running it) ends as a named input error,
    after Dask's allowed failures, instead of ending the run."""
    future = cluster.client.submit(os._exit, 1, pure=False, retries=0)
    entries = distributed._Task(future, ["poison.txt"]).entries()
    assert entries == [
        ("error", "poison.txt", "failed on the cluster: it killed every worker that ran it", True)
    ]
    cluster.client.wait_for_workers(2, timeout=120)


# ---------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def connected(cluster):
    c = distributed.connect(cluster.address)
    yield c
    c.close()


def corpus_without_ids(path: Path) -> None:
    """Short records without ids (ids become ``path:LINE``), blank lines, CRLF, no final newline."""
    texts = [
        "The senator said the bill would pass.",
        "A spokesman denied that the company had been hacked.",
        "Police said the suspect fled. The mayor did not confirm it.",
        "Officials said talks may resume, diplomats told reporters.",
    ]
    lines = []
    for i in range(12):
        lines.append(json.dumps({"text": f"{texts[i % 4]} ({i})", "date": "2024-10-17"}))
        if i % 5 == 2:
            lines.append("")
    data = "\n".join(lines[:6]) + "\r\n" + "\n".join(lines[6:])  # no final newline
    path.write_bytes(data.encode())


@pytest.mark.parametrize("chunk_bytes", [13, 97, 1000, None])
def test_byte_ranges_number_lines_as_a_local_read(connected, extractor, tmp_path, chunk_bytes):
    corpus = tmp_path / "c.jsonl"
    corpus_without_ids(corpus)
    want = [
        (d.id, d.date, [s.to_dict() for s in extractor.extract_document(d)])
        for d in sources.iter_documents([str(corpus)])
        if isinstance(d, Document)
    ]
    got = [
        (r.document.id, r.document.date, [s.to_dict() for s in r.statements])
        for r in distributed.pipe(connected, [str(corpus)], chunk_bytes=chunk_bytes)
    ]
    lines = (1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14)
    assert [w[0] for w in want] == [f"{corpus}:{n}" for n in lines]
    assert got == want


def test_pipe_reports_input_items_in_order(connected, inputs):
    seen: list[str] = []

    def documents(items):
        for item in items:
            seen.append(type(item).__name__)
            if isinstance(item, Document):
                yield item

    results = list(distributed.pipe(connected, [str(inputs / "articles")], documents=documents))
    local = [type(i).__name__ for i in sources.iter_documents([str(inputs / "articles")])]
    assert seen == local
    assert [r.document.text for r in results] == [""] * len(results)  # texts stay on the workers


def test_statements_bag(connected, extractor):
    import dask.bag as db

    elements = [
        {"id": "a", "text": ARTICLES["rutte.txt"], "date": "2024-10-17"},
        ARTICLES["sub/minister.txt"],
        {"text": ARTICLES["sub/police.txt"]},
        {"id": 7, "text": STDIN_TEXT, "date": "Oct. 15, 2024", "title": "Bridge"},
    ]
    bag = distributed.statements_bag(db.from_sequence(elements, npartitions=2))
    got = connected.client.compute(bag).result()

    docs = [
        Document("a", elements[0]["text"], "2024-10-17"),
        Document("0:2", elements[1], None),
        Document("1:1", elements[2]["text"], "2023-05-02"),  # the "Date:" line in its text
        Document("7", STDIN_TEXT, "2024-10-15"),
    ]
    want = [s.to_dict() for d in docs for s in extractor.extract_document(d)]
    assert len({r["doc"] for r in want}) == 4, "every document must give statements"
    assert got == want


def test_statements_bag_rejects_a_record_without_text(connected):
    import dask.bag as db

    bag = distributed.statements_bag(db.from_sequence([{"body": "x"}], npartitions=1))
    with pytest.raises(ValueError, match="no 'text' field"):
        connected.client.compute(bag).result()


# ---------------------------------------------------------------------- no cluster needed


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 40, 1000])
def test_byte_ranges_share_out_every_line_once(tmp_path, chunk):
    data = b'{"a": 1}\n\n{"b": 2}\r\n{"c": "x\xc3\xa9"}\n\n\n{"d": 4}'
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    got: list[bytes] = []
    with open(path, "rb") as f:
        for start in range(0, len(data), chunk):
            got.extend(sources.lines_in_range(f, start, start + chunk))
    assert got == list(io.BytesIO(data))
    counts = [distributed._count_lines(str(path), s, s + chunk) for s in range(0, len(data), chunk)]
    assert sum(counts) == len(got)


def test_records_survive_the_round_trip(extractor):
    text = ARTICLES["rutte.txt"] + ARTICLES["sub/police.txt"]
    records = [s.to_dict() for s in extractor.extract(text, "2024-10-17", "d")]
    assert records
    assert [distributed.statement_from_record(r).to_dict() for r in records] == records


def test_explained_records_survive_the_round_trip(extractor):
    text = ARTICLES["rutte.txt"] + ARTICLES["sub/police.txt"]
    extractor.explain = True
    try:
        records = [s.to_dict() for s in extractor.extract(text, "2024-10-17", "d")]
    finally:
        extractor.explain = False
    assert records and all("why" in r for r in records)
    assert [distributed.statement_from_record(r).to_dict() for r in records] == records
