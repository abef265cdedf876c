"""Issue 17: what a hostile test of claimx found, each reproduced here first.

Data loss (an output naming an input, repeated ids, --skip-existing, an output read back),
injection (spreadsheet formulas, terminal escapes), memory and hangs (one huge article, a dead
worker), and the smaller crashes. Real files, the real model, real processes where it matters.
"""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

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
