"""``claimx.run`` (the library function behind ``claimx extract``), ``--explain`` and
``--min-confidence``, on real text with the real model."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.record import CSV_COLUMNS, WHY_COLUMNS, WHY_FIELDS

ARTICLE = (
    "NATO chief Mark Rutte said on Monday that the alliance stands ready. "
    '"We will not back down," he told reporters. Officials said talks may resume.\n'
    "The minister denied that the plan had failed, a spokesman said on Friday. "
    "According to the report, the bridge was probably safe.\n"
    '"This is a disaster for the city."\n'
)


@pytest.fixture(autouse=True)
def session_model(monkeypatch, extractor):
    """The session's extractor for the default model (and the flag put back afterwards)."""
    monkeypatch.setattr(claimx, "load", lambda name=None: extractor)
    monkeypatch.delenv("CLAIMX_MODEL", raising=False)
    yield
    extractor.explain = False


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return str(p)


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def reference(extractor, doc_id: str, explain: bool = False) -> list[dict]:
    extractor.explain = explain
    try:
        records = [s.to_dict() for s in extractor.extract(ARTICLE, None, doc_id)]
    finally:
        extractor.explain = False
    assert len(records) >= 4, "the article must give several statements to mean anything"
    return records


# ---------------------------------------------------------------------- the library function


def test_run_is_extract_as_a_function(extractor, article, tmp_path, capsys):
    out = tmp_path / "claims.jsonl"
    assert claimx.run([article], str(out)) == 0
    assert jsonl(out.read_text(encoding="utf-8")) == reference(extractor, article)
    n = len(reference(extractor, article))
    assert capsys.readouterr().err == f"claimx: 1 document read, 0 failed, {n} statements written\n"


def test_run_writes_a_store_and_counts_failures(extractor, article, tmp_path, capsys):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    db = tmp_path / "claims.db"
    assert claimx.run([article, str(bad)], str(db), quiet=True) == 3  # one input failed
    assert "image.txt: binary file" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        claims = [c for (c,) in conn.execute("SELECT claim FROM statements ORDER BY idx")]
    assert claims == [r["claim"] for r in reference(extractor, article)]


def test_run_usage_error_is_exit_2_before_any_work(tmp_path, capsys):
    assert claimx.run([str(tmp_path / "missing.txt")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert claimx.run([str(tmp_path)], fmt="sqlite") == 2  # a store needs an output file


# ---------------------------------------------------------------------- --explain


def test_explain_adds_why_to_every_record(extractor, article):
    plain = jsonl(cli("extract", article, "-f", "jsonl").stdout)
    explained = jsonl(cli("extract", article, "-f", "jsonl", "--explain").stdout)
    assert explained == reference(extractor, article, explain=True)
    assert all("why" not in r for r in plain)  # schema unchanged without the flag
    assert [{k: v for k, v in r.items() if k != "why"} for r in explained] == plain
    for r in explained:
        assert list(r["why"]) == list(WHY_FIELDS)
        assert isinstance(r["why"]["statement"], str) and r["why"]["statement"]
    assert len({r["why"]["statement"] for r in explained}) > 1  # different sieves decided


def table(text: str, fmt: str) -> list[list[str]]:
    if fmt == "tsv":  # unquoted: one record a line, tabs only between cells
        return [line.split("\t") for line in text.splitlines()]
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_explain_in_csv_and_tsv_is_why_columns(article, fmt):
    records = jsonl(cli("extract", article, "-f", "jsonl", "--explain").stdout)
    plain = table(cli("extract", article, "-f", fmt).stdout, fmt)
    rows = table(cli("extract", article, "-f", fmt, "--explain").stdout, fmt)
    assert tuple(plain[0]) == CSV_COLUMNS
    assert tuple(rows[0]) == CSV_COLUMNS + WHY_COLUMNS
    assert [r[: len(CSV_COLUMNS)] for r in rows] == plain
    assert len(rows) == len(records) + 1
    for row, rec in zip(rows[1:], records, strict=True):
        cells = dict(zip(rows[0], row, strict=True))
        assert [cells[f"why_{k}"] for k in WHY_FIELDS] == [rec["why"][k] or "" for k in WHY_FIELDS]


def test_explain_with_n_process_2(extractor):
    """Forked workers keep the flag (and spawned ones are given it)."""
    docs = [claimx.Document(id=f"d{i}", text=ARTICLE) for i in range(3)]
    extractor.explain = True
    results = list(extractor.pipe(docs, n_process=2, batch_size=1))
    assert all(s.why and s.why["statement"] for r in results for s in r.statements)


# ---------------------------------------------------------------------- --min-confidence


def test_min_confidence_keeps_records_at_or_above(extractor, article):
    records = reference(extractor, article)
    values = sorted({r["confidence"] for r in records})
    assert len(values) > 1, "the article must give records of different confidence"
    cut = values[1]
    result = cli("extract", article, "-f", "jsonl", "--min-confidence", cut)
    assert result.exit_code == 0
    kept = jsonl(result.stdout)
    assert kept == [r for r in records if r["confidence"] >= cut]
    assert 0 < len(kept) < len(records)
    assert f"{len(kept)} statement" in result.stderr  # the summary counts what was written
    everything = cli("extract", article, "-f", "jsonl", "--min-confidence", "0")
    assert jsonl(everything.stdout) == records


def test_min_confidence_in_the_store(extractor, article, tmp_path):
    records = reference(extractor, article)
    cut = max(r["confidence"] for r in records)
    db = tmp_path / "s.db"
    assert cli("extract", article, "-o", db, "--min-confidence", cut).exit_code == 0
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT confidence FROM statements").fetchall()
    assert stored and all(c >= cut for (c,) in stored)
    assert len(stored) == sum(r["confidence"] >= cut for r in records)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_out_of_range_is_a_usage_error(article, value):
    assert cli("extract", article, "--min-confidence", value).exit_code == 2
