"""A SQLite store of documents and their statements, that a long batch can resume into.

Unlike the file outputs (written whole or not at all), the store's unit is the document: each
one is written in its own transaction, which replaces whatever that document id had before. A
batch stopped half-way (Ctrl-C, a crash, a full disk) leaves every document it finished, and
nothing of the one it was on; run again with ``--skip-existing`` and documents already stored
under their id with the same text (SHA-256), article date and model are not extracted again;
any other (a new text, another ``--date`` or ``--model``) is extracted and replaces its rows.

Schema (version 1) as in the README; spans are columns, and ``documents.text`` holds the exact
text the offsets count into (for HTML pages, the extracted article).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from claimx.record import CSV_COLUMNS, Document, Statement, flatten_record, record_from_flat

__all__ = [
    "SCHEMA_VERSION",
    "STORE_SUFFIXES",
    "Store",
    "StoreError",
    "content_hash",
    "is_claimx_store",
    "is_store",
    "record_from_row",
]

SCHEMA_VERSION = 1
# PRAGMA application_id: "clmx", so a claimx store is recognised and other databases are left alone.
APPLICATION_ID = 0x636C6D78
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
# Seconds a write waits (SQLite retries) for another writer, or a checkpoint, to finish.
BUSY_TIMEOUT = 60.0
SQLITE_MAGIC = b"SQLite format 3\x00"

# The record's flat row (claimx.record), with ``idx`` for ``index`` (a reserved word in SQL).
STATEMENT_COLUMNS = tuple("idx" if column == "index" else column for column in CSV_COLUMNS)
# Added to schema version 1 after its first release (nullable): a store made before them gets
# them when next opened for writing, and reads without them.
ADDED_COLUMNS = (("date_start", "INTEGER"), ("date_end", "INTEGER"), ("speaker_entity", "TEXT"))

SCHEMA = """
CREATE TABLE documents (
    doc           TEXT PRIMARY KEY,            -- the record's doc: path as given, '-', corpus id
    content_hash  TEXT NOT NULL,               -- sha256 of text (UTF-8), hex
    title         TEXT,
    article_date  TEXT,                        -- ISO date the relative dates were resolved against
    path          TEXT,                        -- the source file (null for standard input)
    text          TEXT NOT NULL,               -- the text all offsets count into
    n_statements  INTEGER NOT NULL,
    model         TEXT,                        -- spaCy pipeline that made the statements
    extracted_at  TEXT NOT NULL                -- UTC, ISO 8601
);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_article_date ON documents(article_date);

CREATE TABLE statements (
    id              INTEGER PRIMARY KEY,
    doc             TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,          -- the record's "index" (a reserved word in SQL)
    speaker         TEXT,
    speaker_mention TEXT,
    speaker_type    TEXT NOT NULL,
    cue             TEXT,
    claim           TEXT NOT NULL,
    quote           TEXT NOT NULL,
    stance          TEXT NOT NULL CHECK (stance IN ('confirm', 'deny', 'uncertain')),
    stance_cues     TEXT NOT NULL,             -- joined with '|'
    date            TEXT,
    date_text       TEXT,
    date_source     TEXT,
    sentence        TEXT NOT NULL,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    cue_start       INTEGER,
    cue_end         INTEGER,
    claim_start     INTEGER,                   -- start of the first claim part
    claim_end       INTEGER,                   -- end of the last claim part
    claim_parts     TEXT NOT NULL,             -- 'start-end' pairs joined with '|'
    confidence      REAL NOT NULL,
    date_start      INTEGER,                   -- the time expression of date/date_text
    date_end        INTEGER,                   --   (spans.date), when there is one
    speaker_entity  TEXT,                      -- the speaker's entity id ("donald-trump")
    UNIQUE (doc, idx)
);
CREATE INDEX statements_speaker ON statements(speaker);
CREATE INDEX statements_speaker_entity ON statements(speaker_entity);
CREATE INDEX statements_stance ON statements(stance);
CREATE INDEX statements_date ON statements(date);

CREATE VIRTUAL TABLE claims_fts USING fts5(
    claim, content='statements', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO claims_fts(rowid, claim) VALUES (new.id, new.claim);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, claim) VALUES ('delete', old.id, old.claim);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF claim ON statements BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, claim) VALUES ('delete', old.id, old.claim);
    INSERT INTO claims_fts(rowid, claim) VALUES (new.id, new.claim);
END;
"""


class StoreError(Exception):
    """The file is not a claimx store (or one of another schema version), or SQLite lacks FTS5."""


def content_hash(text: str) -> str:
    """SHA-256 of the text as UTF-8: the same article read twice has the same hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_store(path: str) -> bool:
    """A SQLite file (by its header), or a name ending in .db/.sqlite/.sqlite3."""
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                return True
    except OSError:
        pass
    return path.lower().endswith(STORE_SUFFIXES) and not os.path.isdir(path)


def is_claimx_store(path: str) -> bool:
    """A SQLite file whose header carries claimx's application id (offset 68, big-endian).
    Only regular files are opened: opening a FIFO to look would wait for a writer."""
    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            header = f.read(72)
    except OSError:
        return False
    return (
        header.startswith(SQLITE_MAGIC) and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def statement_row(doc: str, statement: Statement) -> tuple[Any, ...]:
    """The ``statements`` row of a statement: the record's flat row (``idx`` for ``index``)."""
    flat = flatten_record(statement.to_dict())
    flat["doc"], flat["idx"] = doc, flat["index"]
    return tuple(flat[column] for column in STATEMENT_COLUMNS)


def record_from_row(row: sqlite3.Row) -> dict[str, Any]:
    """A ``statements`` row back as the record of ``Statement.to_dict()`` (same keys, order)."""
    flat = dict(zip(row.keys(), row, strict=True))
    flat["index"] = flat["idx"]
    return record_from_flat(flat)


class Store:
    """An open store. ``Store(path)`` creates the schema in a new (or empty) file;
    ``Store(path, readonly=True)`` only reads an existing store."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self.skipped = 0
        if readonly:
            if not os.path.isfile(path):
                raise StoreError(f"{path}: no such file")
            uri = Path(path).absolute().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
        else:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
        self.conn.row_factory = sqlite3.Row
        try:
            self._check_or_create(readonly)
            if not readonly:
                # Readers (the README's sqlite3 queries) never block a batch's writes in WAL.
                self._use_wal()
        except sqlite3.OperationalError as e:  # locked past the busy timeout, read-only, ...
            self.conn.close()
            raise StoreError(f"{path}: {e}") from None
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise StoreError(f"{path}: not a SQLite database ({e})") from None
        except StoreError:
            self.conn.close()
            raise
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _use_wal(self) -> None:
        """Switch to WAL. SQLite answers "locked" at once, without waiting, when this takes
        its lock while another connection commits (two runs opening a new store together):
        then try again, up to the busy timeout."""
        import time

        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _check_or_create(self, readonly: bool) -> None:
        """Check the file is a claimx store, or make it one. Writers look and create inside one
        write transaction, so two runs creating the same new store cannot both create it."""
        conn = self.conn
        if not readonly:
            conn.execute("BEGIN IMMEDIATE")
        try:
            if self._is_new_store(readonly):
                for statement in _split_sql(SCHEMA):
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if conn.in_transaction:
                conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.OperationalError) and "fts5" in str(e):
                raise StoreError(
                    f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5 module"
                ) from None
            raise

    def _is_new_store(self, readonly: bool) -> bool:
        """True for an empty file to create the schema in; raises for anything not a store."""
        conn = self.conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        n_objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == APPLICATION_ID:
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: claimx store of schema version {version}, this claimx "
                    f"reads version {SCHEMA_VERSION}"
                )
            if not readonly:
                self._add_columns()
            return False
        if app_id != 0 or n_objects:
            raise StoreError(f"{self.path}: a SQLite database, but not a claimx store")
        if readonly:
            raise StoreError(f"{self.path}: an empty database, not a claimx store")
        return True

    def _add_columns(self) -> None:
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(statements)")}
        for name, kind in ADDED_COLUMNS:
            if name not in have:
                self.conn.execute(f"ALTER TABLE statements ADD COLUMN {name} {kind}")
        self.conn.execute(
            "CREATE INDEX IF NOT EXISTS statements_speaker_entity ON statements(speaker_entity)"
        )

    # ------------------------------------------------------------------ writing

    def is_current(self, document: Document, model: str | None = None) -> bool:
        """Stored under this id with this text, article date and model: nothing to redo."""
        row = self.conn.execute(
            "SELECT content_hash, article_date, model FROM documents WHERE doc = ?",
            (document.id,),
        ).fetchone()
        return row is not None and tuple(row) == (
            content_hash(document.text),
            document.date,
            model,
        )

    def skip_existing(
        self, documents: Iterable[Document], model: str | None = None
    ) -> Iterator[Document]:
        """Documents not stored yet as they are; the others are counted in ``skipped``.

        A document is skipped when its id is stored with the same text (SHA-256), the same
        article date and the same ``model``: two documents that share a text are both kept, and
        a rerun with another ``--date`` or ``--model`` extracts again and replaces the rows.
        Checked here, before extraction, so a resumed batch does no spaCy work on them.
        """
        for document in documents:
            if self.is_current(document, model):
                self.skipped += 1
                continue
            yield document

    def write(
        self, document: Document, statements: Sequence[Statement], *, model: str | None = None
    ) -> None:
        """Replace ``document``'s rows with these, in one transaction (all or nothing)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM statements WHERE doc = ?", (document.id,))
            conn.execute("DELETE FROM documents WHERE doc = ?", (document.id,))
            conn.execute(
                "INSERT INTO documents (doc, content_hash, title, article_date, path, text, "
                "n_statements, model, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.id,
                    content_hash(document.text),
                    document.title,
                    document.date,
                    document.path,
                    document.text,
                    len(statements),
                    model,
                    now,
                ),
            )
            conn.executemany(
                f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(STATEMENT_COLUMNS))})",
                [statement_row(document.id, s) for s in statements],
            )
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.OperationalError):  # locked, a full disk: say where
                raise StoreError(f"{self.path}: {e}") from None
            raise

    # ------------------------------------------------------------------ reading

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored statement as a record, by document then index."""
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(statements)")}
        columns = [c for c in STATEMENT_COLUMNS if c in have]  # a store from before ADDED_COLUMNS
        cursor = self.conn.execute(f"SELECT {', '.join(columns)} FROM statements ORDER BY doc, idx")
        for row in cursor:
            yield record_from_row(row)

    def counts(self) -> tuple[int, int]:
        """(documents, statements) stored."""
        docs = self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        stmts = self.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        return docs, stmts

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _split_sql(script: str) -> list[str]:
    """The schema's statements, one by one (``executescript`` would commit on its own), with
    trigger bodies kept whole."""
    out: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        code = line.split("--", 1)[0].rstrip()
        if not code.strip():
            continue
        buf.append(code)
        if code.endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    return out
