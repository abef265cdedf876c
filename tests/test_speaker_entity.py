"""The speaker's entity id (``speaker_entity``): one id for all the names of one speaker in an
article, the same id for the same name across a corpus, in every output form; ``summarize``
and ``report`` give one row per entity."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from claimx.record import (
    CSV_COLUMNS,
    flatten_record,
    record_from_flat,
    statement_from_record,
)
from claimx.rules.entities import entity_ids, name_key
from claimx.summarize import summarize

# Invented articles: one person under three names (full name with a middle initial, bare
# surname, honorific), an unnamed source, and two people speaking together.
TRUMP = (
    "Wall plan takes center stage\n\n"
    "Republican presidential candidate Donald J. Trump said on Tuesday that he would build a "
    "wall along the southern border.\n\n"
    '"We will do it quickly and we will do it right," Trump said at a rally in Ohio.\n\n'
    "Mr. Trump added that Mexico would pay for the wall.\n\n"
    "Officials said the border was already secure.\n\n"
    "Hillary Clinton and Bernie Sanders said the plan would never work.\n"
)
# Another outlet: the same person without the initial, then by surname.
TRUMP_ELSEWHERE = (
    "Tariffs stay in place\n\n"
    "Donald Trump said on Friday that the tariffs would stay in place.\n\n"
    "Trump added that talks with Beijing would resume next month.\n"
)
# A third article that never gives the full name: a bare surname is not merged across articles.
SURNAME_ONLY = "Plan a success\n\nTrump said on Monday that the plan had been a success.\n"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("Donald J. Trump", "donald-trump", id="middle-initial"),
        pytest.param("Donald Trump", "donald-trump", id="plain"),
        pytest.param("Mr. Trump’s", "trump", id="honorific-possessive"),
        pytest.param("George H. W. Bush", "george-bush", id="two-initials"),
        pytest.param("J. Smith", "j-smith", id="initial-is-all-the-first-name"),
        pytest.param("The New York Times", "new-york-times", id="leading-article"),
        pytest.param("Jorge Castañeda", "jorge-castaneda", id="accents"),
        pytest.param("James O’Neill", "james-oneill", id="apostrophe"),
        pytest.param("—", "", id="no-letters"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_entity_ids_merge_name_forms_within_an_article() -> None:
    ids = entity_ids(
        ["Hillary Rodham Clinton", "Hillary Clinton", "Clinton", "Donald Trump", "Ivanka Trump"],
        ["Hillary Rodham Clinton", "Hillary Clinton", "Donald Trump", "Ivanka Trump"],
    )
    assert ids["hillary-clinton"] == ids["clinton"] == "hillary-rodham-clinton"
    assert ids["donald-trump"] == "donald-trump" and ids["ivanka-trump"] == "ivanka-trump"
    assert "trump" not in ids  # two people share the surname: neither takes it


def test_one_entity_for_every_name_of_one_speaker(extractor) -> None:
    records = [st.to_dict() for st in extractor.extract(TRUMP, "2016-05-03", "trump.txt")]
    by_claim = {r["claim"]: r for r in records}
    trump = [r for r in records if r["speaker"] and "Trump" in r["speaker"]]
    assert len(trump) == 3, [r["speaker"] for r in records]
    assert {r["speaker_entity"] for r in trump} == {"donald-trump"}
    assert {r["speaker_mention"] for r in trump} >= {"Trump", "Mr. Trump"}
    assert by_claim["the border was already secure"]["speaker_entity"] is None  # unnamed
    assert by_claim["the plan would never work"]["speaker_entity"] is None  # two people
    keys = list(records[0])
    assert keys[keys.index("confidence") + 1] == "speaker_entity"  # the record's key order


def test_summarize_gives_one_row_per_entity_across_articles(extractor) -> None:
    records = [
        st.to_dict()
        for doc, text in (("a.txt", TRUMP), ("b.txt", TRUMP_ELSEWHERE), ("c.txt", SURNAME_ONLY))
        for st in extractor.extract(text, "2016-05-06", doc)
    ]
    assert {r["speaker"] for r in records if r["speaker_entity"] == "donald-trump"} == {
        "Donald J. Trump",
        "Donald Trump",
    }
    rows = {r["speaker_entity"]: r for r in summarize(records)}
    assert rows["donald-trump"]["statements"] == 5
    assert rows["donald-trump"]["documents"] == 2
    assert rows["donald-trump"]["speaker"] in ("Donald J. Trump", "Donald Trump")
    assert rows["trump"]["statements"] == 1  # a bare surname merges only within its article
    unnamed = [r for r in summarize(records) if r["speaker_entity"] is None]
    assert {r["speaker"] for r in unnamed} == {
        "Officials",
        "Hillary Clinton and Bernie Sanders",
    }


def test_records_without_the_id_still_read() -> None:
    """Records and flat rows written before ``speaker_entity`` existed: the id is null."""
    record = {
        "doc": "old.txt",
        "index": 0,
        "speaker": "Mark Rutte",
        "speaker_mention": "Rutte",
        "speaker_type": "person",
        "cue": "said",
        "claim": "talks resume",
        "quote": "indirect",
        "stance": "confirm",
        "stance_cues": [],
        "date": None,
        "date_text": None,
        "date_source": None,
        "sentence": "Rutte said talks resume.",
        "spans": {"speaker": [0, 5], "cue": [6, 10], "claim": [[11, 23]]},
        "confidence": 0.8,
    }
    assert statement_from_record(record).speaker_entity is None
    flat = flatten_record(record)
    assert "speaker_entity" not in flat
    back = record_from_flat(flat)
    assert back["speaker_entity"] is None and list(back) == [*record, "speaker_entity"]


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_every_output_form_carries_the_id(cli, tmp_path) -> None:
    article = _write(tmp_path, "trump.txt", TRUMP)
    jsonl = cli("extract", article, "-f", "jsonl", "--date", "2016-05-03")
    assert jsonl.exit_code == 0, jsonl.stderr
    assert "speaker_entity" not in jsonl.stderr
    ids = [json.loads(line)["speaker_entity"] for line in jsonl.stdout.splitlines()]
    assert ids.count("donald-trump") == 3 and None in ids

    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        out = cli("extract", article, "-f", fmt, "--date", "2016-05-03")
        assert out.exit_code == 0, out.stderr
        header = out.stdout.splitlines()[0].split(sep)
        assert header == list(CSV_COLUMNS) and header[-1] == "speaker_entity"
        rows = list(csv.DictReader(io.StringIO(out.stdout), delimiter=sep))
        assert [r["speaker_entity"] or None for r in rows] == ids

    db = tmp_path / "claims.db"
    stored = cli("extract", article, "-o", db, "--date", "2016-05-03")
    assert stored.exit_code == 0 and stored.stdout == ""
    conn = sqlite3.connect(db)
    got = conn.execute("SELECT speaker_entity FROM statements ORDER BY idx").fetchall()
    conn.close()
    assert [g[0] for g in got] == ids


def test_cli_summarize_one_row_for_two_articles(cli, tmp_path) -> None:
    a = _write(tmp_path, "a.txt", TRUMP)
    b = _write(tmp_path, "b.txt", TRUMP_ELSEWHERE)
    result = cli("summarize", a, b, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    trump = [r for r in rows if "Trump" in r["speaker"]]
    assert len(trump) == 1, rows
    assert trump[0]["speaker_entity"] == "donald-trump"
    assert (trump[0]["statements"], trump[0]["documents"]) == ("5", "2")
    assert "Trump" not in result.stderr  # records on stdout, progress and notes on stderr
    table = cli("summarize", a, b)
    assert table.exit_code == 0, table.stderr
    assert sum("Trump" in line for line in table.stdout.splitlines()) == 1


def test_store_from_before_the_id_opens_appends_and_summarizes(cli, tmp_path) -> None:
    """A schema 1 store made before ``speaker_entity``: read as it is (the id null), given the
    column when a batch appends to it, and summarized with old and new rows together."""
    db = tmp_path / "old.db"
    assert cli("extract", _write(tmp_path, "a.txt", TRUMP), "-o", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX statements_speaker_entity")
    conn.execute("ALTER TABLE statements DROP COLUMN speaker_entity")
    conn.commit()
    conn.close()

    old = cli("summarize", db, "-f", "json")
    assert old.exit_code == 0, old.stderr
    assert all(r["speaker_entity"] is None for r in json.loads(old.stdout))

    appended = cli("extract", _write(tmp_path, "b.txt", TRUMP_ELSEWHERE), "-o", db)
    assert appended.exit_code == 0, appended.stderr
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT doc, speaker_entity FROM statements ORDER BY doc, idx").fetchall()
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(statements)")}
    conn.close()
    assert {e for d, e in rows if d.endswith("a.txt")} == {None}  # old rows: no id
    assert {e for d, e in rows if d.endswith("b.txt")} == {"donald-trump"}
    assert "statements_speaker_entity" in indexes
    both = cli("summarize", db, "-f", "json")
    assert both.exit_code == 0, both.stderr
    assert sum(r["statements"] for r in json.loads(both.stdout)) == len(rows)


def test_report_has_one_section_per_entity(cli, tmp_path) -> None:
    a = _write(tmp_path, "a.txt", TRUMP)
    b = _write(tmp_path, "b.txt", TRUMP_ELSEWHERE)
    out = tmp_path / "report.html"
    result = cli("report", a, b, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    sections = [part.split("</h3>")[0] for part in page.split("<h3>")[1:]]
    assert sum("Trump" in s for s in sections) == 1, sections
    trump = next(part for part in page.split("<h3>")[1:] if "Trump" in part.split("</h3>")[0])
    assert trump.split("</section>")[0].count("<li>") == 5  # both articles' statements
    overview = page.split('<table class="overview">')[1].split("</table>")[0]
    assert overview.count("Trump") == 1


def test_a_wrong_id_type_in_a_records_file_is_a_named_error(cli, tmp_path) -> None:
    good = {"doc": "a", "speaker": "X", "claim": "c", "stance": "confirm"}
    bad = {**good, "speaker_entity": ["x"]}
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = cli("summarize", path, "-f", "json")
    assert "'speaker_entity' is" in result.stderr
    assert [r["statements"] for r in json.loads(result.stdout)] == [1]
