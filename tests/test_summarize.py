"""claimx summarize: rows per speaker and per entity, filters, every input kind, every format."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimx.summarize import (
    ENTITY_COLUMNS,
    SPEAKER_COLUMNS,
    RecordsInputError,
    load_records,
    summarize,
)

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "tests" / "data" / "html"


def rec(doc, speaker, stance, claim, date=None, speaker_type="person", mention=None):
    return {
        "doc": doc,
        "index": 0,
        "speaker": speaker,
        "speaker_mention": mention or speaker,
        "speaker_type": speaker_type,
        "cue": "said",
        "claim": claim,
        "quote": "indirect",
        "stance": stance,
        "stance_cues": [],
        "date": date,
        "date_text": None,
        "date_source": "article" if date else None,
        "sentence": claim,
        "spans": {"speaker": None, "cue": None, "claim": [[0, len(claim)]]},
        "confidence": 0.8,
    }


RECORDS = [
    rec(
        "a",
        "Mark Rutte",
        "deny",
        "there is no evidence of North Korean troops in Ukraine",
        "2024-10-17",
    ),
    rec(
        "a",
        "Mark Rutte",
        "uncertain",
        "North Korea may be supplying weapons to Moscow",
        "2024-10-14",
    ),
    rec(
        "b",
        "Volodymyr Zelensky",
        "confirm",
        "North Korean soldiers were seen in Ukraine",
        "2024-10-16",
    ),
    rec(
        "b",
        "Volodymyr Zelensky",
        "confirm",
        "Russia is training troops from North Korea",
        "2024-10",
    ),
    rec("c", "Mark Rutte", "confirm", "NATO stands with Ukraine", "2024-10-18"),
    rec("c", "officials", "deny", "no solid confirmation had emerged", None, "group"),
    rec("c", None, "confirm", "the talks will resume in Geneva", "2024-10-18", "unknown", "he"),
]


def test_rows_per_speaker():
    rows = summarize(RECORDS)
    assert [r["speaker"] for r in rows] == ["Mark Rutte", "Volodymyr Zelensky", "officials", None]
    rutte = rows[0]
    assert list(rutte) == list(SPEAKER_COLUMNS)
    assert rutte == {
        "speaker": "Mark Rutte",
        "speaker_entity": None,  # records without the id (from before it) group by name
        "speaker_type": "person",
        "statements": 3,
        "confirm": 1,
        "deny": 1,
        "uncertain": 1,
        "first_date": "2024-10-14",
        "last_date": "2024-10-18",
        "documents": 2,
    }
    zelensky = rows[1]
    assert (zelensky["first_date"], zelensky["last_date"]) == ("2024-10", "2024-10-16")
    assert rows[2]["first_date"] is None and rows[2]["speaker_type"] == "group"
    assert sum(r["statements"] for r in rows) == len(RECORDS)


@pytest.mark.parametrize(
    ("speakers", "stances", "expected"),
    [
        (None, None, {"Mark Rutte": 3, "Volodymyr Zelensky": 2, "officials": 1, None: 1}),
        (["rutte"], None, {"Mark Rutte": 3}),
        (["RUTTE", "zelensky"], None, {"Mark Rutte": 3, "Volodymyr Zelensky": 2}),
        (None, ["deny"], {"Mark Rutte": 1, "officials": 1}),
        (None, ["confirm", "uncertain"], {"Mark Rutte": 2, "Volodymyr Zelensky": 2, None: 1}),
        (["Rutte"], ["confirm"], {"Mark Rutte": 1}),
        (["he"], None, {None: 1}),  # no speaker: the mention as written is matched
        (["Putin"], None, {}),
        (None, ["deny", "uncertain"], {"Mark Rutte": 2, "officials": 1}),
    ],
)
def test_filters(speakers, stances, expected):
    rows = summarize(RECORDS, speakers=speakers, stances=stances)
    assert {r["speaker"]: r["statements"] for r in rows} == expected


def test_bad_arguments():
    with pytest.raises(ValueError):
        summarize(RECORDS, by="topic")
    with pytest.raises(ValueError):
        summarize(RECORDS, stances=["maybe"])
    with pytest.raises(ValueError):
        summarize(RECORDS, by="entity")  # needs nlp


def test_rows_per_entity(nlp):
    rows = summarize(RECORDS, by="entity", nlp=nlp)
    by_name = {r["entity"]: r for r in rows}
    assert list(rows[0]) == list(ENTITY_COLUMNS)
    ukraine = by_name["Ukraine"]
    assert ukraine["entity_type"] == "place"
    assert ukraine["statements"] == 3
    # One speaker confirmed what another denied: both on the Ukraine row.
    assert "Volodymyr Zelensky" in ukraine["confirmed_by"]
    assert ukraine["denied_by"] == ["Mark Rutte"]
    assert by_name["Moscow"]["uncertain_by"] == ["Mark Rutte"]
    assert by_name["Geneva"]["confirmed_by"] == []  # the speaker is unknown
    assert "NATO" in by_name and by_name["NATO"]["entity_type"] == "organization"
    # Counted once per statement however often the claim names it; no dates, no cue words.
    assert all(r["statements"] <= len(RECORDS) for r in rows)
    assert rows == sorted(rows, key=lambda r: (-r["statements"], r["entity"].casefold()))


def test_entity_filters(nlp):
    rows = summarize(RECORDS, by="entity", nlp=nlp, stances=["deny"])
    assert {r["entity"] for r in rows} >= {"Ukraine"}
    assert all(r["confirm"] == 0 and r["uncertain"] == 0 for r in rows)


# ---------------------------------------------------------------------- inputs


def write_jsonl(path: Path, objs) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), "utf-8")
    return path


def test_records_file_skips_headers_and_warns_on_bad_lines(tmp_path):
    header = {"doc": "a", "type": "document", "title": None, "date": None, "text": "..."}
    path = write_jsonl(tmp_path / "records.jsonl", [header, *RECORDS[:3]])
    with path.open("a") as f:
        f.write("{not json\n")
    warnings = []
    recs = list(load_records([str(path)], warn=lambda n, m: warnings.append((n, m))))
    assert recs == RECORDS[:3]
    assert warnings and warnings[0][0].endswith("records.jsonl:5")


def test_json_array_records(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(RECORDS), "utf-8")
    assert list(load_records([str(path)])) == RECORDS


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(RecordsInputError):
        load_records([str(tmp_path / "nope.jsonl")])


# ---------------------------------------------------------------------- the command line


@pytest.fixture
def records_file(tmp_path):
    return write_jsonl(tmp_path / "records.jsonl", RECORDS)


def test_cli_table(cli, records_file):
    result = cli("summarize", records_file)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Statements by speaker" in out
    for word in (
        "speaker",
        "total",
        "confirm",
        "deny",
        "uncertain",
        "dates",
        "Mark Rutte",
        "Volodymyr Zelensky",
        "officials",
        "(unknown)",
        "2024-10-14",
    ):
        assert word in out
    rutte = next(line for line in out.splitlines() if "Mark Rutte" in line)
    assert re.fullmatch(
        r"Mark Rutte +person +3 +1 +1 +1 +2024-10-14 \u2013 2024-10-18 +2 *", rutte
    ), rutte
    assert "\x1b[" not in out  # no colour codes when not at a terminal


LONG_NAMES = [
    rec(
        "a.txt",
        "Alliance Secretary General Jens Stoltenberg",
        "deny",
        "The talks failed.",
        "2024-10-14",
    ),
    rec(
        "b.txt",
        "Alliance Secretary General Jens Stoltenberg",
        "confirm",
        "The talks in Brussels and Washington resumed.",
        "2024-11-02",
    ),
    rec(
        "b.txt",
        "Ministry of Foreign Affairs spokeswoman Maria Zakharova",
        "uncertain",
        "Washington may send envoys to Brussels.",
        "2024-11-02",
        "organization",
    ),
]


@pytest.mark.parametrize("by", ["speaker", "entity"])
@pytest.mark.parametrize("width", [80, 120])
def test_cli_table_fits_a_terminal(cli, tmp_path, monkeypatch, by, width):
    """Every line fits; headers are whole; names wrap between words, never inside one."""
    monkeypatch.setenv("COLUMNS", str(width))
    records = write_jsonl(tmp_path / "records.jsonl", LONG_NAMES)
    result = cli("summarize", records, "--by", by)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines), result.stdout
    header = next(line for line in lines if " total " in line)
    assert header.split()[:7] == [by, "type", "total", "confirm", "deny", "uncertain", "dates"]
    words = {w for line in lines for w in line.split()}
    if by == "speaker":
        for word in "Alliance Secretary General Jens Stoltenberg Zakharova".split():
            assert word in words, result.stdout
        assert "org." in words  # "organization" abbreviated so that the column stays narrow
    else:
        assert {"Brussels", "Washington"} <= words
    assert "\u2026" not in result.stdout


def test_cli_table_piped_does_not_depend_on_the_terminal(cli, tmp_path, monkeypatch):
    """Off a terminal and without COLUMNS: one line a row, as wide as it needs."""
    monkeypatch.delenv("COLUMNS")
    records = write_jsonl(tmp_path / "records.jsonl", LONG_NAMES)
    out = cli("summarize", records).stdout
    assert any(
        "Ministry of Foreign Affairs spokeswoman Maria Zakharova" in line
        for line in out.splitlines()
    )
    assert "2024-10-14 \u2013 2024-11-02" in out


def test_cli_json_equals_library_rows(cli, records_file):
    result = cli("summarize", records_file, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == summarize(RECORDS)


def test_cli_csv(cli, records_file):
    result = cli("summarize", records_file, "-f", "csv", "--stance", "deny")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(SPEAKER_COLUMNS)
    assert {r["speaker"]: r["deny"] for r in rows} == {"Mark Rutte": "1", "officials": "1"}


def test_cli_filters(cli, records_file):
    result = cli(
        "summarize",
        records_file,
        "-f",
        "json",
        "--speaker",
        "rutte",
        "--stance",
        "confirm",
        "--stance",
        "uncertain",
    )
    assert result.exit_code == 0
    [row] = json.loads(result.stdout)
    assert (row["speaker"], row["statements"], row["deny"]) == ("Mark Rutte", 2, 0)


def test_cli_by_entity(cli, records_file):
    table = cli("summarize", records_file, "--by", "entity")
    assert table.exit_code == 0, table.stderr
    assert "Entities named in the claims" in table.stdout
    assert "confirmed by" in table.stdout and "denied by" in table.stdout
    result = cli("summarize", records_file, "--by", "entity", "-f", "json")
    rows = {r["entity"]: r for r in json.loads(result.stdout)}
    assert rows["Ukraine"]["denied_by"] == ["Mark Rutte"]
    csv_out = cli("summarize", records_file, "--by", "entity", "-f", "csv").stdout
    header = csv_out.splitlines()[0].split(",")
    assert header == list(ENTITY_COLUMNS)


def test_cli_store_and_articles_agree(cli, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(HTML_DIR, corpus)
    db = tmp_path / "claims.db"
    assert cli("extract", corpus, "-o", db).exit_code == 0
    from_store = cli("summarize", db, "-f", "json")
    assert from_store.exit_code == 0, from_store.stderr
    from_articles = cli("summarize", corpus, "-f", "json")
    assert from_articles.exit_code == 0, from_articles.stderr
    rows = json.loads(from_store.stdout)
    assert rows == json.loads(from_articles.stdout)
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    conn.close()
    assert sum(r["statements"] for r in rows) == total
    okafor = next(r for r in rows if r["speaker"] and "Okafor" in r["speaker"])
    assert okafor["deny"] >= 1


def test_cli_show_text_output_as_input(cli, tmp_path):
    out = cli("extract", HTML_DIR / "port-merger.html", "--show-text", "-f", "jsonl", "-q")
    path = tmp_path / "with-headers.jsonl"
    path.write_text(out.stdout, "utf-8")
    result = cli("summarize", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # headers are skipped silently
    rows = json.loads(result.stdout)
    assert sum(r["statements"] for r in rows) == len(out.stdout.splitlines()) - 1


def test_cli_stdin_article(cli):
    text = "Mayor Linda Okafor denied that the plant had been shut down.\n"
    result = cli("summarize", "-", "-f", "json", input=text)
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["speaker"] == "Linda Okafor" and row["deny"] == 1


def test_cli_output_file(cli, records_file, tmp_path):
    target = tmp_path / "summary.csv"
    result = cli("summarize", records_file, "-f", "csv", "-o", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text().startswith("speaker,speaker_entity,speaker_type,statements")


def test_cli_empty_summary(cli, records_file):
    result = cli("summarize", records_file, "--speaker", "nobody")
    assert result.exit_code == 0
    assert "no statements" in result.stdout
    assert (
        json.loads(cli("summarize", records_file, "--speaker", "nobody", "-f", "json").stdout) == []
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.jsonl", "no such file"),
        (
            lambda d: (d / "other.db").write_bytes(b"just text\n" * 20) and d / "other.db",
            "not a SQLite database",
        ),
    ],
)
def test_cli_usage_errors(cli, tmp_path, make, message):
    result = cli("summarize", make(tmp_path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_cli_bad_stance_is_a_usage_error(cli, records_file):
    result = cli("summarize", records_file, "--stance", "maybe")
    assert result.exit_code == 2


def test_cli_takes_the_corpus_field_options_as_extract_does(cli, tmp_path):
    corpus = write_jsonl(
        tmp_path / "articles.jsonl",
        [
            {
                "doc_id": "a1",
                "body": "Defense Minister Anna Berg denied that the base would close.",
                "published": "2024-03-05",
            }
        ],
    )
    args = ["--text-field", "body", "--id-field", "doc_id", "--date-field", "published"]
    result = cli("summarize", corpus, *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["speaker"], r["deny"], r["first_date"]) for r in rows] == [
        ("Anna Berg", 1, "2024-03-05")
    ]
    plain = cli("summarize", corpus, "-f", "json")  # without them: no 'text' field
    assert plain.exit_code == 3 and "no 'text' field" in plain.stderr
