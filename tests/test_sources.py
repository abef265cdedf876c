"""Inputs -> documents, on real files in tmp_path: decoding, folders, corpora, bad inputs."""

from __future__ import annotations

import codecs
import io
import json
import os

import pytest

from claimx.io.sources import (
    InputError,
    InputWarning,
    InvalidInputsError,
    decode_bytes,
    is_binary,
    iter_documents,
)
from claimx.record import Document

ARTICLE = "Officials said on Tuesday that the talks would resume.\n"


def write(path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def read(inputs, **kw) -> list:
    return list(iter_documents([str(i) for i in inputs], **kw))


def docs_of(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


# ---------------------------------------------------------------------- bytes -> text


@pytest.mark.parametrize(
    ("data", "encoding", "text", "warns"),
    [
        (b"plain text", None, "plain text", False),
        (codecs.BOM_UTF8 + b"with bom", None, "with bom", False),
        ("naïve “quotes”".encode(), None, "naïve “quotes”", False),
        (b"caf\xe9 \x93quoted\x94", None, "café “quoted”", True),
        (b"\x81odd", None, "\x81odd", True),  # undefined in cp1252 -> latin-1
        (b"caf\xe9", "latin-1", "café", False),
        (codecs.BOM_UTF8 + b"x", "utf-8", "x", False),
        ("Zoë".encode("utf-16"), None, "Zoë", False),
        ("Zoë".encode("utf-32"), None, "Zoë", False),
        (b"caf\xe9", "utf-8", "caf\ufffd", True),
        (b"a\r\nb\nc\rd", None, "a\r\nb\nc\rd", False),
    ],
)
def test_decode_bytes(data, encoding, text, warns):
    got, warning = decode_bytes(data, encoding)
    assert got == text
    assert (warning is not None) == warns


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"", False),
        (b"just text\n" * 100, False),
        (b"text with a stray \x00 NUL and another \x00", False),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 20, True),
        (bytes(range(256)) * 40, True),
        (b"\x01\x02\x03\x04\x05\x06" * 100, True),
        ("utf-16 text".encode("utf-16"), False),
    ],
    ids=["empty", "text", "stray-nuls", "png", "all-bytes", "controls", "utf16"],
)
def test_is_binary(data, binary):
    assert is_binary(data) is binary


# ---------------------------------------------------------------------- files


def test_file_document_keeps_the_path_as_given(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    (doc,) = list(iter_documents(["a.txt"]))
    assert doc == Document(id="a.txt", text=ARTICLE, date=None, path="a.txt")


def test_bom_is_stripped_so_offsets_index_the_text(tmp_path):
    p = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode())
    (doc,) = read([p])
    assert doc.text == ARTICLE
    assert doc.text[0:9] == "Officials"


def test_mixed_line_endings_and_nuls_are_kept(tmp_path):
    raw = b"One said.\r\nTwo said.\nThree\x00 said.\r"
    (doc,) = read([write(tmp_path / "m.txt", raw)])
    assert doc.text == raw.decode()


def test_cp1252_is_read_with_a_warning_naming_the_file(tmp_path):
    p = write(tmp_path / "w.txt", b"The minister said \x93no\x94 to caf\xe9 talks.")
    items = read([p])
    assert [type(i) for i in items] == [InputWarning, Document]
    assert items[0].name == p and "cp1252" in items[0].message
    assert items[1].text == "The minister said “no” to café talks."


def test_encoding_option_overrides(tmp_path):
    p = write(tmp_path / "l.txt", "Der Minister sagte: Grüße.".encode("latin-1"))
    items = read([p], encoding="latin-1")
    assert items == [Document(id=p, text="Der Minister sagte: Grüße.", path=p)]


def test_unknown_encoding_is_a_usage_error(tmp_path):
    p = write(tmp_path / "a.txt", ARTICLE)
    with pytest.raises(InvalidInputsError, match="encoding"):
        iter_documents([p], encoding="no-such-codec")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_and_blank_files_give_an_empty_document(tmp_path, content):
    p = write(tmp_path / "e.txt", content)
    assert read([p]) == [Document(id=p, text="", path=p)]


def test_binary_file_is_an_error_and_the_rest_goes_on(tmp_path):
    b = write(tmp_path / "img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    a = write(tmp_path / "a.txt", ARTICLE)
    items = read([b, a])
    assert isinstance(items[0], InputError) and items[0].name == b and items[0].fatal
    assert "binary" in items[0].message
    assert items[1].id == a and items[1].text == ARTICLE


def test_nonexistent_path_raises_before_anything_is_read(tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE)
    with pytest.raises(InvalidInputsError, match="no such file"):
        iter_documents([a, str(tmp_path / "missing.txt")])


def test_dangling_symlink_on_the_command_line_is_a_usage_error(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InvalidInputsError, match="dangling"):
        iter_documents([str(link)])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_an_error(tmp_path):
    p = write(tmp_path / "secret.txt", ARTICLE)
    os.chmod(p, 0)
    try:
        (err,) = read([p])
    finally:
        os.chmod(p, 0o644)
    assert isinstance(err, InputError) and err.name == p


def test_stdin_is_read_as_dash():
    stdin = io.BytesIO(codecs.BOM_UTF8 + ARTICLE.encode())
    assert list(iter_documents(["-"], stdin=stdin)) == [Document(id="-", text=ARTICLE)]


def test_reading_is_lazy(tmp_path):
    a = write(tmp_path / "a.txt", "first")
    b = write(tmp_path / "b.txt", "second")
    it = iter_documents([a, b])
    assert next(it).text == "first"
    write(tmp_path / "b.txt", "changed after the first document was read")
    assert next(it).text.startswith("changed")


# ---------------------------------------------------------------------- dates


def test_date_option_wins(tmp_path):
    p = write(tmp_path / "2020-01-02-x.txt", "Date: Oct. 17, 2024\n\n" + ARTICLE)
    (doc,) = read([p], date="17 October 2023")
    assert doc.date == "2023-10-17"


@pytest.mark.parametrize(
    ("name", "text", "date"),
    [
        ("a.txt", "Published: October 17, 2024\n\n" + ARTICLE, "2024-10-17"),
        ("a.txt", "WASHINGTON, Oct. 17, 2024 (AP) \u2014 " + ARTICLE, "2024-10-17"),
        ("2016-09-15_story.txt", ARTICLE, "2016-09-15"),
        ("story.txt", ARTICLE, None),
    ],
)
def test_date_detected_from_text_or_file_name(tmp_path, name, text, date):
    (doc,) = read([write(tmp_path / name, text)])
    assert doc.date == date


def test_bad_date_option_is_a_usage_error(tmp_path):
    p = write(tmp_path / "a.txt", ARTICLE)
    with pytest.raises(InvalidInputsError, match="not a date"):
        iter_documents([p], date="soonish")


# ---------------------------------------------------------------------- folders


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "news"
    write(root / "b.txt", "b")
    write(root / "a.txt", "a")
    write(root / "sub" / "c.txt", "c")
    write(root / "sub" / "d.md", "d")
    write(root / "sub" / "deeper" / "e.txt", "e")
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "f.txt", "in a hidden folder")
    return root


def test_folder_is_walked_recursively_in_order_without_hidden(tree):
    docs = read([tree])
    r = str(tree)
    assert [d.id for d in docs] == [
        f"{r}/a.txt",
        f"{r}/b.txt",
        f"{r}/sub/c.txt",
        f"{r}/sub/d.md",
        f"{r}/sub/deeper/e.txt",
    ]
    assert [d.text for d in docs] == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("glob", "texts"),
    [
        ("*.txt", ["a", "b", "c", "e"]),
        ("*.md", ["d"]),
        ("sub/*", ["c", "d", "e"]),
        ("sub/*.txt", ["c", "e"]),
        ("*.csv", []),
    ],
)
def test_glob_filters_folder_files(tree, glob, texts):
    items = read([tree], glob=glob)
    assert [d.text for d in items if isinstance(d, Document)] == texts
    # a glob that matches nothing says so (a warning, in the folder's place)
    warnings = [(w.name, w.message) for w in items if isinstance(w, InputWarning)]
    assert warnings == ([] if texts else [(str(tree), f"no file matches --glob {glob!r}")])


def test_glob_does_not_filter_files_named_explicitly(tree):
    assert [d.text for d in read([tree / "sub" / "d.md"], glob="*.txt")] == ["d"]


def test_symlink_loop_is_not_followed_forever(tree):
    (tree / "sub" / "loop").symlink_to(tree, target_is_directory=True)
    items = read([tree])
    assert [d.text for d in docs_of(items)] == ["a", "b", "c", "d", "e"]
    warnings = [i for i in items if isinstance(i, InputWarning)]
    assert len(warnings) == 1 and warnings[0].name.endswith("loop")


def test_dangling_symlink_and_fifo_in_a_folder(tree):
    (tree / "broken.txt").symlink_to(tree / "nowhere.txt")
    os.mkfifo(tree / "pipe.txt")
    items = read([tree])
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.name for e in errors] == [str(tree / "broken.txt")]
    assert any(isinstance(i, InputWarning) and i.name.endswith("pipe.txt") for i in items)
    assert len(docs_of(items)) == 5


# ---------------------------------------------------------------------- JSON Lines corpora


def corpus(tmp_path, lines: list[str], name: str = "c.jsonl") -> str:
    return write(tmp_path / name, "\n".join(lines) + "\n")


def test_corpus_one_document_per_line(tmp_path):
    p = corpus(
        tmp_path,
        [
            json.dumps(
                {"id": "n1", "text": "Rutte said “yes”.", "date": "Oct. 17, 2024", "title": "T"},
                ensure_ascii=False,
            ),
            json.dumps({"text": "Nobody said anything.", "date": "2024-10-17T08:00:00Z"}),
            "",
            json.dumps({"id": 7, "text": "Numbers as ids."}),
        ],
    )
    docs = read([p])
    assert [(d.id, d.text, d.date) for d in docs] == [
        ("n1", "Rutte said “yes”.", "2024-10-17"),
        (f"{p}:2", "Nobody said anything.", "2024-10-17"),
        ("7", "Numbers as ids.", None),
    ]
    assert docs[0].title == "T" and docs[0].path == p


def test_corpus_bad_lines_are_named_with_their_number_and_the_rest_goes_on(tmp_path):
    p = corpus(
        tmp_path,
        [
            json.dumps({"id": "ok1", "text": "fine"}),
            '{"id": "broken", "text": "no closing brace"',
            json.dumps({"id": "no-text", "body": "wrong field"}),
            json.dumps({"id": "num", "text": 42}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "ok2", "text": "also fine"}),
        ],
    )
    items = read([p])
    assert [(i.name, i.fatal) for i in items if isinstance(i, InputError)] == [
        (f"{p}:2", False),
        (f"{p}:3", False),
        (f"{p}:4", False),
        (f"{p}:5", False),
    ]
    assert [d.id for d in docs_of(items)] == ["ok1", "ok2"]
    messages = [i.message for i in items if isinstance(i, InputError)]
    assert "malformed JSON" in messages[0]
    assert "'text'" in messages[1] and "str" in messages[2] + "string"


def test_corpus_field_names_can_be_changed(tmp_path):
    p = corpus(tmp_path, [json.dumps({"doc_id": "x", "body": "Text.", "published": "2024-01-02"})])
    (doc,) = read([p], text_field="body", id_field="doc_id", date_field="published")
    assert (doc.id, doc.text, doc.date) == ("x", "Text.", "2024-01-02")


@pytest.mark.parametrize(
    ("given", "field", "text", "expected"),
    [
        ("2023-05-06", "2024-10-17", "Date: 2020-01-01\nx", "2023-05-06"),  # --date first
        (None, "2024-10-17", "Date: 2020-01-01\nx", "2024-10-17"),  # then the corpus field
        (None, None, "Date: 2020-01-01\nx", "2020-01-01"),  # then the text
    ],
)
def test_corpus_date_order(tmp_path, given, field, text, expected):
    rec = {"text": text} if field is None else {"text": text, "date": field}
    (doc,) = read([corpus(tmp_path, [json.dumps(rec)])], date=given)
    assert doc.date == expected


def test_corpus_bad_date_field_warns_and_falls_back_to_the_text(tmp_path):
    p = corpus(tmp_path, [json.dumps({"text": "Date: 2020-01-01\nx", "date": "sometime"})])
    warning, doc = read([p])
    assert isinstance(warning, InputWarning) and warning.name == f"{p}:1"
    assert doc.date == "2020-01-01"


def test_corpus_with_bom_and_cp1252_line(tmp_path):
    raw = codecs.BOM_UTF8 + b'{"text": "first"}\n{"text": "caf\xe9"}\n'
    p = write(tmp_path / "c.jsonl", raw)
    items = read([p])
    assert [type(i) for i in items] == [Document, InputWarning, Document]
    assert items[1].name == f"{p}:2"
    assert items[2].text == "café"


def test_corpus_in_a_folder_is_read_as_a_corpus(tmp_path):
    write(tmp_path / "d" / "c.jsonl", json.dumps({"id": "z", "text": "t"}) + "\n")
    write(tmp_path / "d" / "a.txt", "plain")
    assert [d.id for d in read([tmp_path / "d"])] == [str(tmp_path / "d" / "a.txt"), "z"]
