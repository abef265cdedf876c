"""The SQLite store: schema, per-document replacement, resuming with --skip-existing, full-text
search, the example queries of docs/sqlite.md, and usage errors. Real SQLite files in tmp_path, real
extraction of the HTML test pages and a text article.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimx.io.store import Store, StoreError, content_hash, record_from_row
from claimx.record import Document, Statement

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "tests" / "data" / "html"
TEXT_ARTICLE = (
    "Date: 2024-10-17\n\n"
    "NATO Secretary General Mark Rutte said on Tuesday that there was no evidence of North "
    "Korean troops in Ukraine. Ukrainian President Volodymyr Zelensky said Pyongyang had sent "
    "soldiers to Russia. The Kremlin denied that any North Korean units were involved.\n"
)


@pytest.fixture
def corpus(tmp_path):
    """Four articles: the three HTML pages and a plain text one."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for page in sorted(HTML_DIR.iterdir()):
        shutil.copy(page, folder / page.name)
    (folder / "nato.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    return folder


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            "statements": conn.execute("SELECT count(*) FROM statements").fetchone()[0],
            "fts": conn.execute(
                "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'the OR said OR no'"
            ).fetchone()[0],
        }


def fts_ok(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_sqlite_has_fts5():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.close()


def test_schema(tmp_path):
    db = tmp_path / "s.db"
    Store(str(db)).close()
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "statements", "claims_fts"} <= tables
    indexes = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        )
    }
    indexed = {re.search(r"ON (\w+)\((\w+)\)", sql).groups() for sql in indexes.values()}
    assert {
        ("statements", "speaker"),
        ("statements", "speaker_entity"),
        ("statements", "stance"),
        ("statements", "date"),
        ("documents", "content_hash"),
    } <= indexed
    cols = [r[1] for r in conn.execute("PRAGMA table_info(statements)")]
    for col in (
        "speaker",
        "speaker_mention",
        "speaker_type",
        "cue",
        "claim",
        "quote",
        "stance",
        "stance_cues",
        "date",
        "date_text",
        "date_source",
        "sentence",
        "speaker_start",
        "speaker_end",
        "cue_start",
        "cue_end",
        "claim_start",
        "claim_end",
        "claim_parts",
        "confidence",
        "speaker_entity",
        "idx",
        "doc",
    ):
        assert col in cols
    fks = list(conn.execute("PRAGMA foreign_key_list(statements)"))
    assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("documents", "doc", "doc")]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_extract_into_store_matches_jsonl_records(cli, corpus, tmp_path):
    db = tmp_path / "claims.db"
    result = cli("extract", corpus, "--format", "sqlite", "-o", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    jsonl = cli("extract", corpus, "-f", "jsonl", "-q")
    expected = [json.loads(line) for line in jsonl.stdout.splitlines()]
    with Store(str(db), readonly=True) as store:
        stored = list(store.records())
    key = lambda r: (r["doc"], r["index"])  # noqa: E731
    assert sorted(stored, key=key) == sorted(expected, key=key)
    assert len(stored) >= 20
    c = counts(db)
    assert c["documents"] == 4 and c["statements"] == len(expected)


def test_spans_slice_documents_text(cli, corpus, tmp_path):
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-o", db).exit_code == 0  # .db implies --format sqlite
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT s.*, d.text, d.title, d.article_date, d.content_hash, d.path "
        "FROM statements s JOIN documents d USING (doc)"
    ).fetchall()
    assert rows
    for row in rows:
        text = row["text"]
        rec = record_from_row(row)
        assert " ".join(text[s:e] for s, e in rec["spans"]["claim"]) == rec["claim"]
        assert text[row["claim_start"] : row["claim_end"]].startswith(rec["claim"][:10])
        if row["speaker_start"] is not None:
            assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
        if row["cue_start"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
        assert row["content_hash"] == content_hash(text)
    docs = {Path(r["doc"]).name: r for r in rows}
    assert docs["port-merger.html"]["title"].startswith("Harbourline and Castell")
    assert docs["port-merger.html"]["article_date"] == "2025-01-16"
    assert docs["nato.txt"]["article_date"] == "2024-10-17"
    assert "All rights reserved" not in docs["council-water.html"]["text"]
    conn.close()


def test_rerun_replaces_rows_without_duplicates(cli, corpus, tmp_path):
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-f", "sqlite", "-o", db).exit_code == 0
    first = counts(db)
    fts_ok(db)
    for _ in range(2):
        assert cli("extract", corpus, "-f", "sqlite", "-o", db).exit_code == 0
        assert counts(db) == first
        fts_ok(db)
    conn = sqlite3.connect(db)
    dupes = conn.execute(
        "SELECT doc, idx, count(*) FROM statements GROUP BY doc, idx HAVING count(*) > 1"
    ).fetchall()
    assert dupes == []
    conn.close()


def test_changed_article_replaces_only_its_rows(cli, corpus, tmp_path):
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-o", db).exit_code == 0
    before = counts(db)
    (corpus / "nato.txt").write_text(
        "Date: 2024-10-18\n\nThe Kremlin denied that North Korean troops were in Russia.\n"
    )
    result = cli("extract", corpus, "-o", db, "--skip-existing")
    assert result.exit_code == 0, result.stderr
    assert "3 documents already in" in result.stderr
    conn = sqlite3.connect(db)
    nato = conn.execute(
        "SELECT article_date, n_statements FROM documents WHERE doc LIKE '%nato.txt'"
    ).fetchone()
    assert nato[0] == "2024-10-18"
    stmts = conn.execute(
        "SELECT stance, claim FROM statements WHERE doc LIKE '%nato.txt'"
    ).fetchall()
    assert len(stmts) == nato[1] >= 1
    assert all("Zelensky" not in claim for _, claim in stmts)
    after = counts(db)
    assert after["documents"] == before["documents"]
    conn.close()
    fts_ok(db)


def test_skip_existing_resumes_an_interrupted_batch(cli, corpus, tmp_path):
    full = tmp_path / "full.db"
    assert cli("extract", corpus, "-o", full).exit_code == 0

    # The "interrupted" batch got through two of the four articles.
    db = tmp_path / "resumed.db"
    names = sorted(p.name for p in corpus.iterdir())
    done = [corpus / n for n in names[:2]]
    assert cli("extract", *done, "-o", db).exit_code == 0
    conn = sqlite3.connect(db)
    stamps = dict(conn.execute("SELECT doc, extracted_at || content_hash FROM documents"))
    ids = conn.execute("SELECT id FROM statements ORDER BY id").fetchall()
    conn.close()
    assert len(stamps) == 2

    result = cli("extract", *(corpus / n for n in names), "-o", db, "--skip-existing")
    assert result.exit_code == 0, result.stderr
    assert "2 documents already in" in result.stderr
    assert counts(db) == counts(full)
    conn = sqlite3.connect(db)
    # The two stored documents were not extracted (nor written) again.
    marks = ",".join("?" * len(stamps))
    assert (
        ids
        == conn.execute(
            f"SELECT id FROM statements WHERE doc IN ({marks}) ORDER BY id", list(stamps)
        ).fetchall()
    )
    for doc, stamp in stamps.items():
        assert (
            conn.execute(
                "SELECT extracted_at || content_hash FROM documents WHERE doc = ?", (doc,)
            ).fetchone()[0]
            == stamp
        )
    conn.close()

    # Everything is stored now: a third run does no work.
    again = cli("extract", corpus, "-o", db, "--skip-existing")
    assert "4 documents already in" in again.stderr
    assert "0 statements written" in again.stderr
    assert counts(db) == counts(full)


def test_skip_existing_is_by_name_and_content(cli, corpus, tmp_path):
    """A copy under another name is another document (issue 17: a shared text is no reason to
    drop one); the same name with a changed text is extracted again."""
    db = tmp_path / "claims.db"
    assert cli("extract", corpus / "nato.txt", "-o", db).exit_code == 0
    copy = tmp_path / "copy-of-nato.txt"
    shutil.copy(corpus / "nato.txt", copy)
    result = cli("extract", copy, "-o", db, "--skip-existing")
    assert "already in" not in result.stderr
    assert counts(db)["documents"] == 2
    copy.write_text(copy.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    result = cli("extract", copy, "-o", db, "--skip-existing")
    assert "already in" not in result.stderr
    assert cli("extract", copy, "-o", db, "--skip-existing").stderr.count("1 document already in")


def _statement(stance: str, claim: str = "the plant was closed") -> Statement:
    return Statement(
        speaker="Linda Okafor",
        speaker_mention="Okafor",
        speaker_type="person",
        cue="said",
        claim=claim,
        quote="indirect",
        stance=stance,
        stance_cues=[],
        date="2024-03-12",
        date_text=None,
        date_source="article",
        sentence=f"Okafor said {claim}.",
        speaker_span=(0, 6),
        cue_span=(7, 11),
        claim_spans=[(12, 12 + len(claim))],
        confidence=0.8,
        doc="d1",
        index=0,
    )


def test_a_document_is_written_whole_or_not_at_all(tmp_path):
    db = tmp_path / "s.db"
    doc = Document(id="d1", text="Okafor said the plant was closed.", date="2024-03-12")
    with Store(str(db)) as store:
        store.write(doc, [_statement("deny")])
        good = store.counts()
        bad = [_statement("confirm", "the plant reopened"), _statement("maybe")]
        bad[1].index = 1
        with pytest.raises(sqlite3.IntegrityError):
            store.write(doc, bad)  # the CHECK on stance fails on the second row
        assert store.counts() == good
        [rec] = list(store.records())
        assert rec["stance"] == "deny" and rec["claim"] == "the plant was closed"
    fts_ok(db)


def test_fts_query(cli, corpus, tmp_path):
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-o", db).exit_code == 0
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT s.speaker, s.stance, s.claim FROM claims_fts "
        "JOIN statements s ON s.id = claims_fts.rowid "
        "WHERE claims_fts MATCH 'merge' ORDER BY rank"
    ).fetchall()
    assert rows and all("merge" in claim.lower() for _, _, claim in rows)
    # Stemming: 'evidence' finds the NATO denial; a word in no claim finds nothing.
    assert (
        conn.execute(
            "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'evidence'"
        ).fetchone()[0]
        >= 1
    )
    assert (
        conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'zzyzx'").fetchone()[0]
        == 0
    )
    conn.close()


def readme_queries() -> list[str]:
    """The example queries of the store's page (docs/sqlite.md, linked from the README)."""
    section = (ROOT / "docs" / "sqlite.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_docs_have_example_queries():
    queries = readme_queries()
    assert len(queries) >= 3
    assert any("stance = 'deny'" in q for q in queries)
    assert any("GROUP BY date" in q for q in queries)
    assert any("MATCH" in q for q in queries)


@pytest.mark.parametrize("index", range(6))
def test_docs_queries_run(cli, corpus, tmp_path, index):
    queries = readme_queries()
    if index >= len(queries):
        pytest.skip("fewer queries in docs/sqlite.md")
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-o", db).exit_code == 0
    query = queries[index]
    conn = sqlite3.connect(db)
    rows = conn.execute(query).fetchall()
    conn.close()
    if "substr(" in query:
        assert rows == []  # the offsets check: no claim that its span does not slice
    else:
        assert rows
    if "WHERE stance = 'deny'" in query:
        assert any("Okafor" in (r[0] or "") for r in rows)
    if "GROUP BY s.speaker_entity" in query:
        assert ("linda-okafor",) in {r[:1] for r in rows}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "sqlite"], "--format sqlite needs -o FILE"),
        (["--format", "sqlite", "-o", "-"], "--format sqlite needs -o FILE"),
        (["--skip-existing"], "--skip-existing needs --format sqlite"),
        (["--skip-existing", "-o", "out.jsonl"], "--skip-existing needs --format sqlite"),
    ],
)
def test_store_usage_errors(cli, corpus, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = cli("extract", corpus / "nato.txt", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_not_a_store_is_refused_before_any_work(cli, corpus, tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("my notes\n" * 100)
    result = cli("extract", corpus / "nato.txt", "-o", text_file)
    assert result.exit_code == 2
    assert "not a SQLite database" in result.stderr
    assert text_file.read_text() == "my notes\n" * 100

    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE documents (x)")
    conn.commit()
    conn.close()
    result = cli("extract", corpus / "nato.txt", "-f", "sqlite", "-o", other)
    assert result.exit_code == 2
    assert "not a claimx store" in result.stderr


def test_store_error_on_readonly_missing(tmp_path):
    with pytest.raises(StoreError):
        Store(str(tmp_path / "missing.db"), readonly=True)


def test_store_from_before_the_date_span_columns_reads_and_gains_them(tmp_path) -> None:
    """Schema 1 stores made before ``date_start``/``date_end`` still read, and get the columns
    when opened for writing."""
    import sqlite3

    from claimx.io.store import Store

    path = tmp_path / "old.db"
    Store(str(path)).conn.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE statements DROP COLUMN date_start")
    conn.execute("ALTER TABLE statements DROP COLUMN date_end")
    conn.commit()
    conn.close()
    assert list(Store(str(path), readonly=True).records()) == []
    store = Store(str(path))
    cols = {row[1] for row in store.conn.execute("PRAGMA table_info(statements)")}
    assert {"date_start", "date_end"} <= cols
