"""Writers: exact output for each format, and the all-or-nothing output file."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading

import pytest

from claimx.io.writers import (
    CSV_COLUMNS,
    FORMATS,
    OutputPathError,
    check_output_path,
    flatten_record,
    format_for_path,
    make_writer,
    output_stream,
)
from claimx.record import RECORD_KEYS, Statement

TEXT = 'NATO chief Mark Rutte said on Monday that "the [alliance] stands ready," officials said.'


def rutte() -> Statement:
    return Statement(
        speaker="Mark Rutte",
        speaker_mention="NATO chief Mark Rutte",
        speaker_type="person",
        cue="said",
        claim="the [alliance] stands ready,",
        quote="direct",
        stance="confirm",
        stance_cues=[],
        date="2024-10-14",
        date_text="on Monday",
        date_source="text",
        sentence=TEXT,
        speaker_span=(0, 21),
        cue_span=(22, 26),
        claim_spans=[(43, 71)],
        confidence=0.9123,
        doc="news/a.txt",
        index=0,
        date_span=(27, 36),
        speaker_entity="mark-rutte",
    )


def hedged() -> Statement:
    """Nulls, two claim parts, several stance cues, a tab and a newline in the text."""
    return Statement(
        speaker=None,
        speaker_mention="officials",
        speaker_type="group",
        cue="did not rule out",
        claim="talks\tmay resume\nsoon",
        quote="mixed",
        stance="uncertain",
        stance_cues=["not rule out", "may"],
        date=None,
        date_text=None,
        date_source=None,
        sentence="s",
        speaker_span=None,
        cue_span=None,
        claim_spans=[(1, 6), (10, 22)],
        confidence=0.5,
        doc="-",
        index=1,
    )


def render(fmt: str, statements: list[Statement], *, color: bool = False) -> str:
    buf = io.StringIO()
    w = make_writer(fmt, buf, color=color)
    for s in statements:
        w.write(s.to_dict())
    w.flush()
    w.close()
    assert w.count == len(statements)
    return buf.getvalue()


def test_claim_span_slices_the_claim():
    s = rutte()
    assert TEXT[slice(*s.claim_spans[0])] == s.claim
    assert TEXT[slice(*s.speaker_span)] == s.speaker_mention


def test_jsonl_exact_line():
    assert render("jsonl", [rutte()]) == (
        '{"doc": "news/a.txt", "index": 0, "speaker": "Mark Rutte", '
        '"speaker_mention": "NATO chief Mark Rutte", "speaker_type": "person", "cue": "said", '
        '"claim": "the [alliance] stands ready,", "quote": "direct", "stance": "confirm", '
        '"stance_cues": [], "date": "2024-10-14", "date_text": "on Monday", '
        '"date_source": "text", "sentence": "NATO chief Mark Rutte said on Monday that \\"the '
        '[alliance] stands ready,\\" officials said.", "spans": {"speaker": [0, 21], '
        '"cue": [22, 26], "claim": [[43, 71]], "date": [27, 36]}, "confidence": 0.912, '
        '"speaker_entity": "mark-rutte"}\n'
    )


def test_jsonl_is_the_reference_form_and_keeps_unicode():
    s = rutte()
    s.claim = "Zelensky: «ça va» — “fine”"
    out = render("jsonl", [s, hedged()])
    lines = out.splitlines()
    assert lines[0] == json.dumps(s.to_dict(), ensure_ascii=False)
    assert "«ça va» — “fine”" in lines[0]
    assert [json.loads(line) for line in lines] == [s.to_dict(), hedged().to_dict()]
    assert list(json.loads(lines[0])) == list(RECORD_KEYS)


@pytest.mark.parametrize("n", [0, 1, 2])
def test_json_is_one_valid_array(n):
    statements = [rutte(), hedged()][:n]
    out = render("json", statements)
    assert json.loads(out) == [s.to_dict() for s in statements]
    assert out.endswith("]\n")


def test_json_zero_records_exact():
    assert render("json", []) == "[]\n"


def test_csv_header_and_rows_exact():
    out = render("csv", [rutte(), hedged()])
    header, row1, row2 = out.split("\n", 2)
    assert header == (
        "doc,index,speaker,speaker_mention,speaker_type,cue,claim,quote,stance,stance_cues,"
        "date,date_text,date_source,sentence,speaker_start,speaker_end,cue_start,cue_end,"
        "claim_start,claim_end,claim_parts,date_start,date_end,confidence,speaker_entity"
    )
    assert row1 == (
        'news/a.txt,0,Mark Rutte,NATO chief Mark Rutte,person,said,"the [alliance] stands ready,",'
        "direct,confirm,,2024-10-14,on Monday,text,"
        '"NATO chief Mark Rutte said on Monday that ""the [alliance] stands ready,"" officials '
        'said.",0,21,22,26,43,71,43-71,27,36,0.912,mark-rutte'
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[1]["claim"] == "talks\tmay resume\nsoon"
    assert rows[1]["speaker"] == "" and rows[1]["speaker_start"] == ""
    assert rows[1]["claim_start"] == "1" and rows[1]["claim_end"] == "22"
    assert rows[1]["claim_parts"] == "1-6|10-22"
    assert rows[0]["date_start"] == "27" and rows[1]["date_start"] == ""
    assert rows[1]["stance_cues"] == "not rule out|may"


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_header_is_written_even_without_records(fmt):
    sep = "," if fmt == "csv" else "\t"
    assert render(fmt, []) == sep.join(CSV_COLUMNS) + "\n"


def test_tsv_exact_and_one_line_per_record():
    out = render("tsv", [rutte(), hedged()])
    lines = out.split("\n")
    assert len(lines) == 4 and lines[-1] == ""
    assert lines[1].split("\t") == [
        "news/a.txt",
        "0",
        "Mark Rutte",
        "NATO chief Mark Rutte",
        "person",
        "said",
        "the [alliance] stands ready,",
        "direct",
        "confirm",
        "",
        "2024-10-14",
        "on Monday",
        "text",
        TEXT,
        "0",
        "21",
        "22",
        "26",
        "43",
        "71",
        "43-71",
        "27",
        "36",
        "0.912",
        "mark-rutte",
    ]
    cells = lines[2].split("\t")
    assert cells[CSV_COLUMNS.index("claim")] == "talks\\tmay resume\\nsoon"
    assert cells[CSV_COLUMNS.index("speaker")] == ""


def test_flatten_record_columns_follow_the_record_order():
    flat = flatten_record(rutte().to_dict())
    assert set(flat) == set(CSV_COLUMNS)
    assert CSV_COLUMNS[:14] == RECORD_KEYS[:14]
    assert CSV_COLUMNS[-2:] == ("confidence", "speaker_entity")


def test_table_shows_text_as_written_without_markup_or_colour():
    out = render("table", [rutte(), hedged()])
    assert "\x1b[" not in out
    for text in (
        "news/a.txt",
        "Mark Rutte",
        "confirm",
        "uncertain",
        "2024-10-14",
        "the [alliance] stands ready,",
    ):
        assert text in out
    assert "talks may resume soon" in out  # whitespace collapsed to one line
    header = next(line for line in out.splitlines() if "speaker" in line)
    assert header.split() == ["#", "speaker", "stance", "date", "claim"]


def test_table_colours_the_stance_when_asked():
    out = render("table", [rutte(), hedged()], color=True)
    assert "\x1b[32mconfirm" in out and "\x1b[33muncertain" in out


def table_at(width: int, statements: list[Statement], monkeypatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    return render("table", statements).splitlines()


LONG_CLAIM = (
    "the alliance bases its assessments on intelligence reviews conducted by member states "
    "together with allied partners, and that any conclusion must stem from verifiable "
    "observations rather than speculative reports alone, as officials in several capitals "
    "have repeatedly insisted during the long weeks of the crisis"
)


@pytest.mark.parametrize("width", [80, 120])
def test_table_fits_the_width_and_cuts_long_claims_at_a_word(width, monkeypatch):
    s = rutte()
    s.claim = LONG_CLAIM
    s.doc = "corpus/2024/very-long-folder-name/nato-defence-ministers-meeting-brussels.txt"
    lines = table_at(width, [s, hedged()], monkeypatch)
    assert all(len(line) <= width for line in lines)
    claim_lines = [line for line in lines if line.rstrip() and not line.startswith(("  ", "#"))]
    assert claim_lines
    # The claim takes most of the width: wider than every other column together at 120.
    header = next(line for line in lines if "claim" in line)
    assert len(header) - header.index("claim") > width // 2
    shown = " ".join(line[header.index("claim") :].strip() for line in lines[3:6])
    assert shown.endswith("\u2026") and len(lines[3:]) >= 3
    # cut at a word: what is shown before the ellipsis is a prefix of the claim ending a word
    kept = shown[:-1]
    assert LONG_CLAIM.startswith(kept) and LONG_CLAIM[len(kept)] == " "
    # the document name is a heading line of its own, whole (or cut at the left), not a column
    heading = next(line for line in lines if "nato-defence" in line)
    assert heading.strip().endswith("nato-defence-ministers-meeting-brussels.txt")
    assert sum("nato-defence" in line for line in lines) == 1


@pytest.mark.parametrize(
    "speaker",
    [
        "Alliance Secretary General Jens Stoltenberg",
        # a word wider than the column is cut with an ellipsis, never folded onto the next line
        "Wolfeschlegelsteinhausen-Bergerdorff",
    ],
)
def test_table_never_breaks_a_speaker_inside_a_word(speaker, monkeypatch):
    s = rutte()
    s.speaker = speaker
    lines = table_at(80, [s], monkeypatch)
    header = next(line for line in lines if "speaker" in line)
    col = slice(header.index("speaker"), header.index("stance"))
    cells = [line[col].strip() for line in lines[3:] if line[col].strip()]
    if " " in speaker:
        assert " ".join(cells) == speaker  # wrapped between words only
    else:
        assert len(cells) == 1 and cells[0].endswith("\u2026")
        assert speaker.startswith(cells[0][:-1])


def test_table_is_one_table_for_many_documents():
    """The header once; each document's name once, as a heading, over its rows."""
    buf = io.StringIO()
    w = make_writer("table", buf, color=False)
    w.write(rutte().to_dict())
    assert buf.getvalue() == ""  # buffered until the document ends
    w.flush()
    assert "Mark Rutte" in buf.getvalue()
    second = rutte()
    second.doc, second.index, second.speaker = "news/b.txt", 0, "Kaja Kallas"
    for _ in range(2):
        w.write(second.to_dict())
    w.flush()
    w.close()
    lines = buf.getvalue().splitlines()
    assert sum("speaker" in line for line in lines) == 1
    assert [line for line in lines if line.startswith("news/")] == ["news/a.txt", "news/b.txt"]
    # numbered from 1 as in `claimx show` (the record's index is 0-based)
    assert [line.split()[0] for line in lines if "Kaja" in line] == ["1", "1"]


def test_table_colour_follows_no_color_and_the_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for no_color, expect in ((None, True), ("1", False)):
        if no_color is None:
            monkeypatch.delenv("NO_COLOR", raising=False)
        else:
            monkeypatch.setenv("NO_COLOR", no_color)
        buf = Tty()
        w = make_writer("table", buf)
        w.write(rutte().to_dict())
        w.close()
        assert ("\x1b[" in buf.getvalue()) is expect


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        make_writer("xml", io.StringIO())
    assert FORMATS == ("jsonl", "json", "csv", "tsv", "table")


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("out.jsonl", "jsonl"),
        ("o.JSON", "json"),
        ("a/b.csv", "csv"),
        ("x.tsv", "tsv"),
        ("x.txt", "table"),
        ("x.out", None),
        ("-", None),
        (None, None),
    ],
)
def test_format_for_path(path, fmt):
    assert format_for_path(path) == fmt


# ---------------------------------------------------------------------- output file


def test_output_stream_writes_whole_file(tmp_path):
    target = tmp_path / "out.jsonl"
    with output_stream(str(target)) as f:
        f.write("one\n")
        assert not target.exists()  # nothing visible until done
    assert target.read_text() == "one\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


@pytest.mark.parametrize("exc", [KeyboardInterrupt, OSError, RuntimeError])
def test_output_stream_leaves_nothing_on_failure(tmp_path, exc):
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    with pytest.raises(exc), output_stream(str(target)) as f:
        f.write("partial\n")
        raise exc()
    assert target.read_text() == "previous\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_output_stream_through_a_symlink_replaces_its_target(tmp_path):
    (tmp_path / "real.jsonl").write_text("old\n")
    (tmp_path / "link.jsonl").symlink_to("real.jsonl")
    with output_stream(str(tmp_path / "link.jsonl")) as f:
        f.write("new\n")
    assert (tmp_path / "link.jsonl").is_symlink()
    assert (tmp_path / "real.jsonl").read_text() == "new\n"


def test_output_stream_writes_a_fifo_in_place(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    check_output_path(str(fifo))
    with output_stream(str(fifo)) as f:
        f.write("streamed\n")
    reader.join(timeout=10)
    assert got == ["streamed\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not replaced by a file
    assert os.listdir(tmp_path) == ["pipe"]


def test_output_stream_dash_is_stdout(capsys):
    with output_stream("-") as f:
        f.write("to stdout\n")
    assert capsys.readouterr().out == "to stdout\n"


def test_check_output_path(tmp_path):
    check_output_path(None)
    check_output_path("-")
    check_output_path(str(tmp_path / "new.jsonl"))
    assert os.listdir(tmp_path) == []  # the probe is gone
    with pytest.raises(OutputPathError, match="is a directory"):
        check_output_path(str(tmp_path))
    with pytest.raises(OutputPathError, match="no such directory"):
        check_output_path(str(tmp_path / "missing" / "out.jsonl"))
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputPathError):
        check_output_path(str(tmp_path / "file" / "out.jsonl"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes everywhere")
def test_check_output_path_read_only_dir(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o555)
    with pytest.raises(OutputPathError, match="cannot write"):
        check_output_path(str(ro / "out.jsonl"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
