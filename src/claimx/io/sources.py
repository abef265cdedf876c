"""Inputs -> documents: files, standard input, folders and JSON Lines corpora.

Reading is lazy (one document at a time) so a batch of 50,000 files costs the memory of one.
Bad inputs never stop the stream: each is yielded as an :class:`InputError` in its place, and
anything worth knowing about a good input (a guessed encoding, a symlink loop) as an
:class:`InputWarning` just before it. Only problems that make the whole command meaningless (a
path that does not exist, an unknown encoding, a malformed ``date``) raise, and they raise when
:func:`iter_documents` is called, before any input is read.

Bytes are decoded by :mod:`claimx.io.decoding` (spans index exactly that text) and HTML pages
reduced to their article by :mod:`claimx.io.webpage`. The Dask workers (:mod:`claimx.distributed`)
read through the same :class:`_Reader` (:func:`input_reader`), a file or a byte range of a corpus
at a time, so a cluster run sees the documents, warnings and errors of a local run.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from typing import IO, Any, BinaryIO

from claimx.io.decoding import BINARY_SAMPLE, decode_bytes, decode_html, is_binary
from claimx.io.safety import utf8_safe
from claimx.record import Document

__all__ = [
    "CORPUS_SUFFIXES",
    "InputError",
    "InputWarning",
    "InvalidInputsError",
    "decode_bytes",
    "expand_inputs",
    "input_reader",
    "is_binary",
    "iter_documents",
    "lines_in_range",
]

CORPUS_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(slots=True)
class InputError:
    """An input that yielded no document; the stream goes on after it.

    ``fatal`` is True when a whole file or folder was skipped (unreadable, binary, dangling link)
    and False when one record of a JSON Lines corpus was (the rest of that file is still read).
    """

    name: str
    message: str
    fatal: bool = False


def unreadable(name: str, e: OSError) -> InputError:
    """The error for an input the system will not give us (also used by the Dask workers)."""
    return InputError(name, f"cannot read: {e.strerror or e}", fatal=True)


def binary(name: str) -> InputError:
    return InputError(name, "binary file (NUL or control bytes), skipped", fatal=True)


@dataclass(slots=True)
class InputWarning:
    """Something the user should know about an input that was still read (e.g. its encoding)."""

    name: str
    message: str


class InvalidInputsError(ValueError):
    """Raised before any reading when the inputs or options cannot work at all (a usage error)."""


Item = Document | InputError | InputWarning
_JSON_KINDS = {
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    str: "a string",
    dict: "an object",
    list: "an array",
}


def json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words (not Python's class names)."""
    return _JSON_KINDS.get(type(value), "null" if value is None else type(value).__name__)


def iter_documents(
    inputs: list[str],
    *,
    glob: str | None = None,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    date: str | None = None,
    stdin: BinaryIO | None = None,
    skip: str | None = None,
) -> Iterator[Item]:
    """Validate ``inputs`` now (raising :class:`InvalidInputsError`), then read them lazily.

    ``-`` is standard input (``stdin``, default ``sys.stdin.buffer``). Folders are walked
    recursively in sorted order, hidden entries skipped, files filtered by ``glob`` (matched
    against the file name, or against the path below the folder when it contains ``/``).
    ``*.jsonl`` files are corpora: one article a JSON object a line. ``skip`` is the run's own
    output: a folder walk passes it (and a store's -wal/-shm files) by, so a rerun does not read
    the last run's output as an article.

    Document ids are unique in the stream: a repeated id (two corpus lines with id "dup", ids 1
    and "1", a file given twice) is replaced by the document's ``file:LINE`` (or its name and a
    number), with a warning.
    """
    for inp in inputs:
        if inp == "-":
            continue
        if not os.path.exists(inp):
            why = "dangling symbolic link" if os.path.lexists(inp) else "no such file or directory"
            raise InvalidInputsError(f"{inp}: {why}")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InvalidInputsError(f"unknown encoding: {encoding}") from None
    if date is not None:
        from claimx.datetext import normalize_date

        iso = _iso_day(date) or normalize_date(date)
        if iso is None:
            raise InvalidInputsError(f"not a date: {date!r} (use YYYY-MM-DD)")
        date = iso
    reader = _Reader(encoding, text_field, id_field, date_field, date)
    return reader.read_all(list(inputs), glob, stdin, skip)


def _iso_day(value: str) -> str | None:
    """A real day written YYYY-MM-DD, any year 0001-9999: what the user says is the date.
    (Dates found in text keep datetext's plausibility window; an explicit --date needs none.)"""
    import datetime

    value = value.strip()
    if len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


# Formats that are no text, by their first bytes: named, not read as text or an encoding problem.
_MAGIC = (
    (
        b"%PDF-",
        "a PDF file: claimx reads text, HTML and JSON Lines (extract its text first, "
        "e.g. with pdftotext)",
    ),
    (b"PK\x03\x04", "a zip archive (or a zipped document such as .docx): unpack it first"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it first"),
    (b"BZh", "a bzip2 file: decompress it first"),
    (b"\xfd7zXZ\x00", "an xz file: decompress it first"),
)
GZIP_MAGIC = b"\x1f\x8b"


def not_text(data: bytes) -> str | None:
    """Why ``data`` is not read at all (a PDF, an archive), else None."""
    for magic, why in _MAGIC:
        if data.startswith(magic):
            return why
    return None


def gunzip(name: str, data: bytes) -> tuple[bytes | None, InputError | None]:
    """``data`` decompressed when it is gzip (``.jsonl.gz``, ``.txt.gz`` are read through)."""
    if not data.startswith(GZIP_MAGIC):
        return data, None
    import gzip
    import zlib

    try:
        return gzip.decompress(data), None
    except (OSError, EOFError, zlib.error) as e:
        return None, InputError(name, f"a damaged gzip file: {e}", fatal=True)


def _text_name(path: str) -> str:
    """The name that says what a file holds: ``c.jsonl.gz`` holds a ``c.jsonl``."""
    return path[:-3] if path.lower().endswith(".gz") else path


class _Reader:
    """Holds the reading options so the per-input helpers stay small."""

    def __init__(
        self,
        encoding: str | None,
        text_field: str,
        id_field: str,
        date_field: str,
        date: str | None,
    ) -> None:
        self.encoding = encoding
        self.text_field = text_field
        self.id_field = id_field
        self.date_field = date_field
        self.date = date
        self.seen_ids: set[str] = set()

    def read_all(
        self, inputs: list[str], glob: str | None, stdin: BinaryIO | None, skip: str | None = None
    ) -> Iterator[Item]:
        for item in self._read_inputs(inputs, glob, stdin, skip):
            if isinstance(item, Document):
                warning = self.make_unique(item)
                if warning is not None:
                    yield warning
            yield item

    def _read_inputs(
        self, inputs: list[str], glob: str | None, stdin: BinaryIO | None, skip: str | None
    ) -> Iterator[Item]:
        for inp in inputs:
            if inp == "-":
                yield from self.read_stdin(stdin)
            elif os.path.isdir(inp):
                for found in _walk_folder(inp, glob, skip):
                    if isinstance(found, str):
                        yield from self.read_path(found)
                    else:
                        yield found
            else:
                yield from self.read_path(inp)

    def make_unique(self, document: Document) -> InputWarning | None:
        """Give a document whose id an earlier one has its ``file:LINE`` (or ``name#N``)."""
        doc_id = document.id
        if doc_id not in self.seen_ids:
            self.seen_ids.add(doc_id)
            return None
        line = document.meta.get("line")
        where = f"{document.path}:{line}" if line and document.path else doc_id
        new, n = where, 1
        while new in self.seen_ids:
            n += 1
            new = f"{where}#{n}"
        self.seen_ids.add(new)
        document.id = new
        return InputWarning(
            where, f"id {doc_id!r} repeats an earlier document's; this one is {new!r}"
        )

    # ------------------------------------------------------------------ single inputs

    def read_stdin(self, stdin: BinaryIO | None) -> Iterator[Item]:
        if stdin is None:
            stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            yield InputError("-", "no standard input", fatal=True)
            return
        try:
            data = stdin.read()
        except OSError as e:
            yield unreadable("-", e)
            return
        if not data.strip():
            yield InputWarning("-", "standard input is empty")
        yield from self.from_bytes("-", data, path=None)

    def read_path(self, path: str, location: str | None = None) -> Iterator[Item]:
        """``path`` as the user gave it (ids and messages say it), opened at ``location`` if
        given (a Dask worker opens an absolute path: it has its own working directory)."""
        if path.lower().endswith(CORPUS_SUFFIXES):
            yield from self.read_corpus(path, location)
            return
        try:
            with open(location or path, "rb") as f:
                data = f.read()
        except OSError as e:
            yield unreadable(utf8_safe(path), e)
            return
        plain, problem = gunzip(utf8_safe(path), data)
        if plain is None or problem is not None:
            yield problem or binary(utf8_safe(path))
            return
        data = plain
        if _text_name(path).lower().endswith(CORPUS_SUFFIXES):
            yield from self.corpus_lines(utf8_safe(path), data)
            return
        yield from self.from_bytes(path, data, path=path)

    def from_bytes(self, name: str, data: bytes, path: str | None) -> Iterator[Item]:
        name = utf8_safe(name)  # an undecodable file name: U+FFFD for its bad bytes
        path = utf8_safe(path) if path is not None else None
        why = not_text(data)
        if why is not None:
            yield InputError(name, why, fatal=True)
            return
        if is_binary(data):
            yield binary(name)
            return

        from claimx.io.webpage import is_html_input

        if is_html_input(path, data):
            yield from self.read_html(name, data, path)
            return
        text, warning = decode_bytes(data, self.encoding)
        if warning:
            yield InputWarning(name, warning)
        if not text.strip():
            yield Document(id=name, text="", date=self.date, path=path)
            return
        yield Document(id=name, text=text, date=self.article_date(text, path, None), path=path)

    def read_html(self, name: str, data: bytes, path: str | None) -> Iterator[Item]:
        """A page -> (warnings and) one document whose text is the article trafilatura
        extracted (see :mod:`claimx.io.webpage`); its date is ``--date``, else the page's
        metadata date, else a dateline in the extracted text or a date in the file name."""
        from claimx.io.webpage import extract_article

        html, warning = decode_html(data, self.encoding)
        if warning:
            yield InputWarning(name, warning)
        article = extract_article(html)
        if not article.text:
            yield InputWarning(name, "no article text found in the HTML page")
        yield Document(
            id=name,
            text=article.text,
            date=self.article_date(article.text, path, article.date),
            title=article.title,
            path=path,
            meta={"format": "html"},
        )

    def read_corpus(
        self,
        path: str,
        location: str | None = None,
        start: int = 0,
        end: int | None = None,
        first_line: int = 1,
    ) -> Iterator[Item]:
        """A JSON Lines corpus, or (a Dask task's share) its lines that start in
        ``[start, end)``, numbered from ``first_line``; problems of the whole file are told by
        the share that starts at 0 only."""
        try:
            f = open(location or path, "rb")  # closed in the finally below: read lazily
        except OSError as e:
            if start == 0:
                yield unreadable(path, e)
            return
        try:
            head = f.read(BINARY_SAMPLE)
            why = not_text(head) or (
                "a gzip file: name it .jsonl.gz" if head.startswith(GZIP_MAGIC) else None
            )
            if why is not None or is_binary(head):
                if start == 0:
                    yield InputError(utf8_safe(path), why, fatal=True) if why else binary(path)
                return
            f.seek(0)
            wide = _unicode_lines(f, head, self.encoding)
            if wide is not None and start > 0:
                return  # decoded as a whole: the share that starts at 0 reads it all
            lines: Iterable[bytes | str] = lines_in_range(f, start, end) if wide is None else wide
            for lineno, raw in enumerate(lines, start=first_line):
                yield from self.corpus_line(path, lineno, raw)
        except OSError as e:
            yield unreadable(path, e)
        finally:
            f.close()

    def corpus_lines(self, path: str, data: bytes) -> Iterator[Item]:
        """A corpus already in memory (decompressed): its lines, as :meth:`read_corpus` reads."""
        import io

        if is_binary(data[:BINARY_SAMPLE]):
            yield binary(path)
            return
        f = io.BytesIO(data)
        lines: Iterable[bytes | str] = _unicode_lines(f, data[:BINARY_SAMPLE], self.encoding) or f
        for lineno, raw in enumerate(lines, start=1):
            yield from self.corpus_line(path, lineno, raw)

    def corpus_line(self, path: str, lineno: int, raw: bytes | str) -> Iterator[Item]:
        """One corpus line: bytes (decoded here), or text a UTF-16/32 file was decoded into."""
        path = utf8_safe(path)
        where = f"{path}:{lineno}"
        if not raw.strip():
            return
        line, warning = (raw, None) if isinstance(raw, str) else decode_bytes(raw, self.encoding)
        if warning:
            yield InputWarning(where, warning)
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield InputError(where, f"malformed JSON: {e}")
            return
        yield from self.record_document(obj, where, path, {"line": lineno})

    def record_document(
        self, obj: Any, where: str, path: str | None = None, meta: dict[str, Any] | None = None
    ) -> Iterator[Item]:
        """One corpus record (a JSON object) -> its document, or the error saying why not;
        ``where`` (``file:LINE``) names it and is its id when it has none."""
        if not isinstance(obj, Mapping):
            yield InputError(where, f"not a JSON object but {json_kind(obj)}")
            return
        text = obj.get(self.text_field)
        if text is None:
            yield InputError(where, f"no {self.text_field!r} field")
            return
        if not isinstance(text, str):
            yield InputError(where, f"{self.text_field!r} is {json_kind(text)}, not a string")
            return
        raw_id = obj.get(self.id_field)
        if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
            kind = json_kind(raw_id)
            yield InputError(where, f"{self.id_field!r} is {kind}, not a string or an integer")
            return
        doc_id = where if raw_id is None or raw_id == "" else utf8_safe(str(raw_id))
        text = utf8_safe(text)
        corpus_date = obj.get(self.date_field)
        if corpus_date is not None and not isinstance(corpus_date, str):
            corpus_date = str(corpus_date)
        if corpus_date is not None:
            corpus_date = utf8_safe(corpus_date)
        title = utf8_safe(obj["title"]) if isinstance(obj.get("title"), str) else None
        if not text.strip():
            yield Document(id=doc_id, text="", date=self.date, title=title, path=path)
            return
        if self.date is None and corpus_date:
            from claimx.datetext import normalize_date

            iso = normalize_date(corpus_date)
            if iso is None:
                yield InputWarning(where, f"{self.date_field!r} is not a date: {corpus_date!r}")
            corpus_date = iso
        date = self.article_date(text, None, corpus_date)
        yield Document(id=doc_id, text=text, date=date, title=title, path=path, meta=meta or {})

    def article_date(self, text: str, filename: str | None, corpus_date: str | None) -> str | None:
        """``--date``, else the (normalised) corpus field, else what the text or file name says."""
        if self.date is not None:
            return self.date
        if corpus_date:
            return corpus_date
        from claimx.datetext import detect_article_date

        return detect_article_date(text, filename)


# ---------------------------------------------------------------------- folders


def _walk_folder(
    folder: str, glob: str | None, skip: str | None = None
) -> Iterator[str | InputError | InputWarning]:
    """:func:`_walk`, and a warning when the folder gives no file at all, so that a typo in
    ``--glob`` or an empty folder is not a silent run over nothing."""
    found = False
    for item in _walk(folder, "", glob, (), skip):
        found = found or isinstance(item, str)
        yield item
    if not found:
        yield InputWarning(folder, f"no file matches --glob {glob!r}" if glob else "no files")


def _walk(
    folder: str,
    rel: str,
    glob: str | None,
    ancestors: tuple[tuple[int, int], ...],
    skip: str | None = None,
) -> Iterator[str | InputError | InputWarning]:
    """Files below ``folder``, depth first in name order; symlinked folders are followed unless
    they lead back to one of their own ancestors. A stack, not recursion: a folder nested
    thousands deep is walked like any other. ``skip`` (the run's output) is passed by."""
    is_output = _output_test(skip)
    stack: list[_Frame] = []
    problem = _enter(stack, folder, rel, ancestors)
    if problem is not None:
        yield problem
    while stack:
        entries, parent, parent_rel, parent_ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = os.path.join(parent, entry.name)
        sub = f"{parent_rel}/{entry.name}" if parent_rel else entry.name
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            problem = _enter(stack, path, sub, parent_ancestors)
            if problem is not None:
                yield problem
            continue
        if glob and not fnmatch(sub if "/" in glob else entry.name, glob):
            continue
        if entry.is_symlink() and not os.path.exists(path):
            yield InputError(utf8_safe(path), "dangling symbolic link", fatal=True)
        elif not is_file:
            yield InputWarning(utf8_safe(path), "not a regular file, skipped")
        elif not is_output(entry.name, path):
            yield path


# A folder being walked: its remaining entries, its path, its path below the top, its ancestors.
_Frame = tuple[Iterator[os.DirEntry], str, str, tuple[tuple[int, int], ...]]


def _enter(
    stack: list[_Frame], folder: str, rel: str, ancestors: tuple[tuple[int, int], ...]
) -> InputError | InputWarning | None:
    """Push ``folder``'s entries (sorted) on the stack, or return why it is not walked."""
    try:
        st = os.stat(folder)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        return InputError(utf8_safe(folder), f"cannot read folder: {e.strerror or e}", fatal=True)
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        return InputWarning(
            utf8_safe(folder), "symbolic link back into its own folder, not followed"
        )
    stack.append((iter(entries), folder, rel, (*ancestors, key)))
    return None


def _output_test(skip: str | None) -> Callable[[str, str], bool]:
    """A test for the run's output file (and a SQLite store's -wal, -shm, -journal files)."""
    if not skip or skip == "-":
        return lambda name, path: False
    target = os.path.realpath(skip)
    base = os.path.basename(target)
    names = {base, f"{base}-wal", f"{base}-shm", f"{base}-journal"}

    def is_output(name: str, path: str) -> bool:
        if name not in names:  # cheap first: realpath only for files named like the output
            return False
        return os.path.realpath(path) in (target, *(f"{target}{s}" for s in _STORE_SIDE_FILES))

    return is_output


_STORE_SIDE_FILES = ("-wal", "-shm", "-journal")


# ---------------------------------------------------------------------- bytes

_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _unicode_lines(f: BinaryIO, head: bytes, encoding: str | None) -> Iterator[str] | None:
    """The lines of a UTF-16/32 corpus (by its byte-order mark or ``encoding``), decoded
    before splitting: split as bytes, every line but the first is garbage. None for the
    byte-oriented encodings, whose lines are split as bytes and decoded one by one."""
    import io

    wide = encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if not wide and not head.startswith(_WIDE_BOMS):
        return None
    if encoding is None:
        encoding = "utf-32" if head.startswith(_WIDE_BOMS[:2]) else "utf-16"
    text = io.TextIOWrapper(f, encoding=encoding, errors="replace", newline="")
    return (line.removeprefix("\ufeff") for line in text)


# ---------------------------------------------------------------------- one input at a time
# For readers that run elsewhere (claimx.distributed ships paths to Dask workers): the same
# functions as iter_documents, so the documents, warnings and errors are the same.


def expand_inputs(
    inputs: list[str], glob: str | None = None
) -> Iterator[str | InputError | InputWarning]:
    """What :func:`iter_documents` reads, in its order, without reading it: file paths (folders
    walked), ``-`` as itself, and the problems met on the walk."""
    for inp in inputs:
        if inp != "-" and os.path.isdir(inp):
            yield from _walk_folder(inp, glob)
        else:
            yield inp


def lines_in_range(f: IO[bytes], start: int = 0, end: int | None = None) -> Iterator[bytes]:
    """The lines of ``f`` whose first byte lies in ``[start, end)`` (all from ``start`` when
    ``end`` is None): ranges that tile a file share out its lines exactly once, wherever the
    boundaries fall."""
    if start > 0:
        f.seek(start - 1)
        if f.read(1) != b"\n":
            f.readline()  # the rest of a line that began in the previous range
    else:
        f.seek(0)
    if end is None:
        yield from f
        return
    while f.tell() < end:
        line = f.readline()
        if not line:
            return
        yield line


def input_reader(
    *,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    date: str | None = None,
) -> _Reader:
    """The reader behind :func:`iter_documents`, for one input at a time: ``read_path(path)``,
    ``read_stdin(stream)``, ``read_corpus(path, location, start, end, first_line)``,
    ``record_document(obj, where)``. The options are taken as given: check them with
    :func:`iter_documents` first (``date`` must already be ISO)."""
    return _Reader(encoding, text_field, id_field, date_field, date)
