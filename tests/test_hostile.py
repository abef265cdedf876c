"""Issue 17: what a hostile test of claimx found, each reproduced here first.

Data loss (an output naming an input, repeated ids, --skip-existing, an output read back),
injection (spreadsheet formulas, terminal escapes), memory and hangs (one huge article, a dead
worker), and the smaller crashes. Real files, the real model, real processes where it matters.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.record import Document

ARTICLE = (
    "NATO chief Mark Rutte said on Monday that the alliance stands ready. "
    '"We will not back down," he told reporters. Officials said talks may resume.\n'
)
OTHER = "The minister denied that the plan had failed, a spokesman said on Friday.\n"


def write_corpus(path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def store_docs(path) -> dict[str, tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT doc, n_statements, model, article_date FROM documents")
        return {r[0]: r[1:] for r in rows}


# ---------------------------------------------------------------------- 1. -o naming an input


@pytest.mark.parametrize("command", ["extract", "summarize", "show"])
def test_output_that_is_the_input_is_a_usage_error(cli, tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = article.read_bytes()
    result = cli(command, article, "-o", article)
    assert result.exit_code == 2, result.output
    assert "is also an input" in result.stderr
    assert article.read_bytes() == before


def test_output_that_is_an_input_through_another_name(cli, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", [{"id": "a", "text": ARTICLE}])
    os.link(corpus, tmp_path / "same.jsonl")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    before = open(corpus, "rb").read()
    result = cli("extract", tmp_path / "other.txt", corpus, "-o", tmp_path / "same.jsonl")
    assert result.exit_code == 2
    assert open(corpus, "rb").read() == before


def test_eval_output_that_is_the_gold(cli, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": ARTICLE, "statements": []}) + "\n")
    before = gold.read_bytes()
    result = cli("eval", gold, "-o", gold, "-f", "json")
    assert result.exit_code == 2
    assert gold.read_bytes() == before


def test_a_claimx_store_is_not_overwritten_by_another_format(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    assert cli("extract", article, "-o", db).exit_code == 0
    before = db.read_bytes()
    result = cli("extract", article, "-f", "jsonl", "-o", db)
    assert result.exit_code == 2
    assert "claimx store" in result.stderr
    assert db.read_bytes() == before
    assert cli("extract", article, "-o", db).exit_code == 0  # the store itself: fine


# ---------------------------------------------------------------------- 2. repeated ids


def test_repeated_ids_are_made_unique_and_all_stored(cli, tmp_path):
    corpus = write_corpus(
        tmp_path / "c.jsonl",
        [
            {"id": "dup", "text": ARTICLE},
            {"id": "dup", "text": OTHER},
            {"id": 1, "text": ARTICLE},
            {"id": "1", "text": OTHER},
        ],
    )
    out = cli("extract", corpus, "-f", "jsonl")
    assert out.exit_code == 0, out.stderr
    pairs = [(r["doc"], r["index"]) for r in jsonl(out.stdout)]
    assert len(pairs) == len(set(pairs))
    assert {d for d, _ in pairs} == {"dup", f"{corpus}:2", "1", f"{corpus}:4"}
    assert "repeat" in out.stderr and "'dup'" in out.stderr
    db = tmp_path / "s.db"
    result = cli("extract", corpus, "-o", db)
    docs = store_docs(db)
    assert len(docs) == 4
    written = sum(n for n, _, _ in docs.values())
    assert f"4 documents read, 0 failed, {written} statements written" in result.stderr


@pytest.mark.parametrize("bad", [True, {"a": 1}, [1], 1.5])
def test_ids_that_are_not_strings_or_integers_are_named_errors(cli, tmp_path, bad):
    corpus = write_corpus(
        tmp_path / "c.jsonl", [{"id": bad, "text": ARTICLE}, {"id": "ok", "text": OTHER}]
    )
    result = cli("extract", corpus, "-f", "jsonl")
    assert result.exit_code == 3
    assert f"{corpus}:1: 'id' is" in result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {"ok"}


# ---------------------------------------------------------------------- 3. --skip-existing


@pytest.mark.parametrize("batch_size", ["1", "4", "16"])
def test_skip_existing_keeps_distinct_documents_that_share_a_text(cli, tmp_path, batch_size):
    rows = [{"id": f"d{i}", "text": ARTICLE if i % 2 else OTHER} for i in range(8)]
    corpus = write_corpus(tmp_path / "c.jsonl", rows)
    db = tmp_path / "s.db"
    result = cli("extract", corpus, "-o", db, "--skip-existing", "--batch-size", batch_size)
    assert result.exit_code == 0
    assert "already" not in result.stderr
    assert sorted(store_docs(db)) == [f"d{i}" for i in range(8)]
    again = cli("extract", corpus, "-o", db, "--skip-existing", "--batch-size", batch_size)
    assert "8 documents already in" in again.stderr


def test_skip_existing_redoes_documents_of_another_date_or_model(cli, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", [{"id": "a", "text": ARTICLE}])
    db = str(tmp_path / "s.db")
    cli("extract", corpus, "-o", db, "--date", "2024-01-01")
    assert store_docs(db)["a"][2] == "2024-01-01"
    result = cli("extract", corpus, "-o", db, "--skip-existing", "--date", "2024-02-02")
    assert "already" not in result.stderr
    assert store_docs(db)["a"][2] == "2024-02-02"
    with sqlite3.connect(db) as conn:
        dates = {
            r[0] for r in conn.execute("SELECT date FROM statements WHERE date_source = 'article'")
        }
    assert dates <= {"2024-02-02"}
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET model = 'another_model'")
    result = cli("extract", corpus, "-o", db, "--skip-existing", "--date", "2024-02-02")
    assert "already" not in result.stderr
    assert store_docs(db)["a"][1] != "another_model"


# ---------------------------------------------------------------------- 4. output in a folder


@pytest.mark.parametrize("name", ["claims.csv", "claims.jsonl", "claims.db", "claims.txt"])
def test_output_inside_an_input_folder_is_not_read_back(cli, tmp_path, name):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = corpus / name
    first = cli("extract", corpus, "-o", out)
    assert first.exit_code == 0, first.stderr
    second = cli("extract", corpus, "-o", out)
    assert second.exit_code == 0, second.stderr
    assert "1 document read" in second.stderr


# ---------------------------------------------------------------------- 5. spreadsheet formulas

PAYLOADS = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]


def _corpus_of_payloads(tmp_path) -> str:
    rows = [{"id": p, "text": ARTICLE} for p in PAYLOADS]
    rows.append({"id": "\tTAB", "text": ARTICLE})
    return write_corpus(tmp_path / "c.jsonl", rows)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cells_that_start_like_formulas_are_neutralised(cli, tmp_path, fmt):
    import csv

    corpus = _corpus_of_payloads(tmp_path)
    result = cli("extract", corpus, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    delimiter = "," if fmt == "csv" else "\t"
    rows = list(csv.DictReader(result.stdout.splitlines(), delimiter=delimiter))
    docs = {r["doc"] for r in rows}
    assert docs == {"'" + p for p in PAYLOADS} | {"'\\tTAB" if fmt == "tsv" else "'\tTAB"}
    for row in rows:  # numbers stay numbers
        assert row["speaker_start"] == "" or row["speaker_start"].isdigit()
        assert float(row["confidence"]) > 0
    raw = cli("extract", corpus, "-f", fmt, "--raw-cells")
    raw_docs = {r["doc"] for r in csv.DictReader(raw.stdout.splitlines(), delimiter=delimiter)}
    assert set(PAYLOADS) <= raw_docs


def test_summarize_csv_neutralises_formulas(cli, tmp_path):
    import csv

    records = tmp_path / "r.jsonl"
    rec = {"doc": "d", "index": 0, "speaker": "=1+2", "speaker_type": "person", "claim": "x"}
    records.write_text(json.dumps({**rec, "stance": "confirm", "date": None}) + "\n")
    result = cli("summarize", records, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    row = next(csv.DictReader(result.stdout.splitlines()))
    assert row["speaker"] == "'=1+2" and row["statements"] == "1"
    raw = cli("summarize", records, "-f", "csv", "--raw-cells")
    assert next(csv.DictReader(raw.stdout.splitlines()))["speaker"] == "=1+2"


# ---------------------------------------------------------------------- 6. terminal escapes

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m"


def test_extract_table_shows_no_escape_sequences(cli, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", [{"id": f"x{ESCAPES}", "text": ARTICLE}])
    result = cli("extract", corpus, "-f", "table")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "\u241b" in result.stdout  # shown, not sent
    as_json = cli("extract", corpus, "-f", "jsonl")
    assert jsonl(as_json.stdout)[0]["doc"] == f"x{ESCAPES}"  # JSON unaffected


def test_summarize_table_shows_no_escape_sequences(cli, tmp_path):
    records = tmp_path / "r.jsonl"
    rec = {"doc": "d", "index": 0, "speaker": f"Bob{ESCAPES}", "claim": "x", "stance": "deny"}
    records.write_text(json.dumps(rec) + "\n")
    result = cli("summarize", records, "-f", "table")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "Bob\u241b" in result.stdout


def test_file_names_with_escapes_are_shown_not_sent_on_stderr(cli, tmp_path):
    bad = tmp_path / f"bad{ESCAPES}.txt"
    bad.write_bytes(b"\x00" * 100)
    result = cli("extract", tmp_path, "-f", "jsonl")
    assert result.exit_code == 3
    assert "binary file" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_show_in_a_terminal_shows_no_escape_sequences(extractor):
    from claimx import show

    text = f"Jones said the{ESCAPES} bridge is closed.\n"
    statements = extractor.extract(text, None, "d")
    article = show.rich_article(text, statements)
    assert "\x1b" not in article.plain and len(article.plain) >= len(text)
    assert "\x1b" not in show.rich_statements(statements).plain


# ---------------------------------------------------------------------- 9. undecodable file names


def test_file_names_that_are_not_utf8(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as f:
        f.write(OTHER.encode())
    result = cli("extract", folder, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    out = result.stdout_bytes.decode("utf-8")  # strict: valid UTF-8
    assert {r["doc"] for r in jsonl(out)} == {
        str(folder / "good.txt"),
        str(folder / "caf\ufffd.txt"),
    }
    db = tmp_path / "s.db"
    assert cli("extract", folder, "-o", db).exit_code == 0
    assert len(store_docs(db)) == 2
    page = tmp_path / "r.html"
    assert cli("report", folder, "-o", page).exit_code == 0
    assert cli("extract", os.fsdecode(raw), "-o", tmp_path / "one.csv").exit_code == 0


# ---------------------------------------------------------------------- 10. SQLite under load


def test_a_reader_holding_a_transaction_does_not_kill_a_batch(cli, tmp_path):
    import threading

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("extract", article, "-o", db).exit_code == 0
    holding, done = threading.Event(), threading.Event()

    def reader() -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM statements").fetchall()
        holding.set()
        done.wait(7)  # longer than Python's 5 s default busy timeout
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=reader)
    thread.start()
    holding.wait()
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    try:
        result = cli("extract", other, "-o", db)
    finally:
        done.set()
        thread.join()
    assert result.exit_code == 0, result.stderr
    assert len(store_docs(db)) == 2


def test_two_runs_creating_the_same_store_do_not_race(tmp_path):
    import threading

    from claimx.io.store import Store

    def open_store(path: str, barrier: threading.Barrier, errors: list) -> None:
        barrier.wait()
        try:
            Store(path).close()
        except BaseException as e:  # noqa: BLE001  (collected for the assertion)
            errors.append(e)

    for attempt in range(20):
        path = str(tmp_path / f"s{attempt}.db")
        barrier = threading.Barrier(4)
        errors: list[BaseException] = []
        threads = [
            threading.Thread(target=open_store, args=(path, barrier, errors)) for _ in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors


# ---------------------------------------------------------------------- 7. one huge article

SAMPLE = (Path(__file__).parent.parent / "data" / "samples" / "nato-north-korea.txt").read_text(
    encoding="utf-8"
)


def _peak_bytes(extractor, text: str) -> tuple[int, int]:
    """(peak traced bytes, statements) of extracting ``text`` with pieces of 6,000 characters."""
    import tracemalloc

    old = extractor.nlp.max_length
    extractor.nlp.max_length = 6_000
    tracemalloc.start()
    try:
        results = list(extractor.pipe([Document("big", text)], batch_size=16))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        extractor.nlp.max_length = old
    assert results[0].error is None
    return peak, len(results[0].statements)


def test_memory_is_bounded_whatever_the_size_of_one_article(extractor):
    small_text = "\n\n".join([SAMPLE] * (30_000 // len(SAMPLE) + 1))
    big_text = "\n\n".join([small_text] * 4)
    small, n_small = _peak_bytes(extractor, small_text)
    big, n_big = _peak_bytes(extractor, big_text)
    assert n_big >= 3 * n_small > 0  # the whole article is read
    assert big < 1.5 * small, (small, big)  # not 4x: a bounded number of pieces in flight


def test_pieces_are_small_for_long_articles_and_none_for_normal_ones(extractor):
    from claimx.extractor import PIECE_LENGTH, needs_pieces

    assert 34_000 < PIECE_LENGTH <= 200_000  # the longest PolNeAR article stays whole
    assert not needs_pieces(SAMPLE, min(extractor.nlp.max_length, PIECE_LENGTH))


# ---------------------------------------------------------------------- 8. a worker dies


def claimx_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimx", *map(str, args)]


def subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMX_MODEL", "NO_COLOR")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_mid_run_fails_its_documents_and_the_run_ends(tmp_path):
    import signal
    import time

    corpus = write_corpus(
        tmp_path / "c.jsonl", [{"id": str(i), "text": ARTICLE + OTHER} for i in range(400)]
    )
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        claimx_cmd("extract", corpus, "--n-process", "2", "-o", out),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    deadline = time.monotonic() + 120
    while len(workers := children(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)
    os.kill(max(workers), signal.SIGKILL)
    try:
        _, err = proc.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the run hung after its worker died")
    stderr = err.decode()
    assert proc.returncode == 3, stderr
    assert "worker process died" in stderr
    assert "Traceback" not in stderr
    done = {r["doc"] for r in jsonl(out.read_text(encoding="utf-8"))}
    assert 0 < len(done) < 400  # the rest went on; the lost ones are named on stderr
    assert sorted(os.listdir(tmp_path)) == ["c.jsonl", "out.jsonl"]


# ---------------------------------------------------------------------- 13. the smaller list


@pytest.mark.parametrize("date", ["1850-03-04", "0001-01-01", "9999-12-31", "2150-06-30"])
def test_any_valid_iso_date_is_a_publication_date(cli, tmp_path, date):
    article = tmp_path / "a.txt"
    article.write_text("Jones said the bridge is closed.\n", encoding="utf-8")
    result = cli("extract", article, "--date", date, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["date"] for r in jsonl(result.stdout)] == [date]


@pytest.mark.parametrize("date", ["2024-02-30", "10000-01-01", "yesterday"])
def test_an_impossible_date_is_still_refused(cli, tmp_path, date):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = cli("extract", article, "--date", date)
    assert result.exit_code == 2 and "not a date" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_json_lines_are_decoded_before_splitting(cli, tmp_path, encoding):
    corpus = tmp_path / "c.jsonl"
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate([ARTICLE, OTHER]))
    bom = {"utf-16-le": b"\xff\xfe"}.get(encoding, b"")
    corpus.write_bytes(bom + lines.encode(encoding))
    result = cli("extract", corpus, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {"0", "1"}


GOLD_TEXT = "Jones said the bridge is closed."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"claim_spans": [[20, 11]]}, "reversed"),
        ({"claim_spans": [[11, 400]]}, "outside the text"),
        ({"speaker_spans": [[-3, 5]]}, "outside the text"),
        ({"stance": "neutral"}, "'stance'"),
        ({"date": "next Tuesday"}, "'date'"),
        ({"date": "2024-02-30"}, "'date'"),
    ],
)
def test_eval_names_malformed_gold(cli, tmp_path, change, message):
    statement = {"speaker": "Jones", "claim_spans": [[11, 31]], "stance": "confirm", "date": None}
    gold = tmp_path / "gold.jsonl"
    article = {"doc_id": "g", "text": GOLD_TEXT, "statements": [{**statement, **change}]}
    gold.write_text(json.dumps(article) + "\n", encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text("", encoding="utf-8")
    result = cli("eval", gold, records, "-f", "json")
    assert result.exit_code == 1
    assert f"{gold}:1: statements[0]" in result.stderr and message in result.stderr


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF"),
        ("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"x" * 40, "a zip archive"),
        ("article.txt", b"%PDF-1.4\n" + b"stream" * 20, "a PDF"),
    ],
)
def test_pdf_and_zip_inputs_are_named_by_their_magic_bytes(cli, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("extract", path, "-f", "jsonl")
    assert result.exit_code == 3
    assert message in result.stderr and "encoding" not in result.stderr
    assert result.stdout == ""


def test_gzip_inputs_are_read_through(cli, tmp_path):
    import gzip

    corpus = tmp_path / "c.jsonl.gz"
    rows = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": OTHER}]
    corpus.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    article = tmp_path / "a.txt.gz"
    article.write_bytes(gzip.compress(ARTICLE.encode()))
    result = cli("extract", corpus, article, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {"a", "b", str(article)}


def test_a_folder_nested_1200_deep(cli, tmp_path):
    deep = tmp_path / "top"
    path = str(deep)
    os.mkdir(path)
    for _ in range(1200):  # os.makedirs itself recurses too deep for this
        path = os.path.join(path, "d")
        os.mkdir(path)
    with open(os.path.join(path, "a.txt"), "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    try:
        result = cli("extract", deep, "-f", "jsonl")
    finally:  # bottom up: pytest's clean-up (shutil.rmtree) would recurse too deep
        os.unlink(os.path.join(path, "a.txt"))
        while path != str(tmp_path):
            os.rmdir(path)
            path = os.path.dirname(path)
    assert result.exit_code == 0, result.stderr
    assert len({r["doc"] for r in jsonl(result.stdout)}) == 1


def test_summarize_names_records_with_wrongly_typed_fields(cli, tmp_path):
    good = {"doc": "d", "index": 0, "speaker": "Ann Lee", "claim": "x", "stance": "deny"}
    bad = [
        {**good, "speaker": ["Ann"]},
        {**good, "date": 20240101},
        {**good, "doc": {"a": 1}},
        {**good, "stance": 3},
        {**good, "speaker_mention": 5, "speaker": None},
    ]
    records = tmp_path / "r.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in [good, *bad]), encoding="utf-8")
    result = cli("summarize", records, "-f", "json", "--speaker", "ann")
    assert result.exit_code == 3, result.stderr
    for line in range(2, 7):
        assert f"{records}:{line}:" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)[0]["statements"] == 1


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_leave_no_temporary_file(tmp_path, signame):
    import signal
    import time

    corpus = write_corpus(
        tmp_path / "big.jsonl", [{"id": str(i), "text": ARTICLE} for i in range(3000)]
    )
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        claimx_cmd("extract", corpus, "-o", out),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    deadline = time.monotonic() + 120
    while not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]:  # writing has started
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(getattr(signal, signame))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + getattr(signal, signame), err
    assert "Traceback" not in err.decode()
    assert sorted(os.listdir(tmp_path)) == ["big.jsonl"]


@pytest.mark.parametrize("command", ["extract", "summarize"])
def test_a_closed_stdout_is_one_error_line(tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        ["sh", "-c", '"$@" >&-', "sh", *claimx_cmd(command, article, "-f", "json")],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=120,
    )
    assert proc.returncode == 1
    assert "standard output" in proc.stderr
    assert "AttributeError" not in proc.stderr and "Traceback" not in proc.stderr


def test_a_locked_store_is_named_locked(cli, tmp_path, monkeypatch):
    from claimx.io import store

    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.5, raising=False)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("extract", article, "-o", db).exit_code == 0
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("extract", article, "-o", db)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert result.exit_code != 0
    assert f"{db}: database is locked" in result.stderr
    assert "not a SQLite database" not in result.stderr


def test_error_messages_carry_no_python_class_names(capsys):
    from claimx.runner import fault_exit as _fault_exit

    assert _fault_exit(sqlite3.OperationalError("database is locked")) == 1
    assert _fault_exit(ValueError()) == 1
    err = capsys.readouterr().err
    assert "claimx: error: database is locked" in err
    assert "OperationalError" not in err
