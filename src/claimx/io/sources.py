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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from typing import IO, Any, BinaryIO

from claimx.io.decoding import BINARY_SAMPLE, decode_bytes, decode_html, is_binary
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
) -> Iterator[Item]:
    """Validate ``inputs`` now (raising :class:`InvalidInputsError`), then read them lazily.

    ``-`` is standard input (``stdin``, default ``sys.stdin.buffer``). Folders are walked
    recursively in sorted order, hidden entries skipped, files filtered by ``glob`` (matched
    against the file name, or against the path below the folder when it contains ``/``).
    ``*.jsonl`` files are corpora: one article a JSON object a line.
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

        iso = normalize_date(date)
        if iso is None:
            raise InvalidInputsError(f"not a date: {date!r} (use YYYY-MM-DD)")
        date = iso
    reader = _Reader(encoding, text_field, id_field, date_field, date)
    return reader.read_all(list(inputs), glob, stdin)


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

    def read_all(
        self, inputs: list[str], glob: str | None, stdin: BinaryIO | None
    ) -> Iterator[Item]:
        for inp in inputs:
            if inp == "-":
                yield from self.read_stdin(stdin)
            elif os.path.isdir(inp):
                for found in _walk_folder(inp, glob):
                    if isinstance(found, str):
                        yield from self.read_path(found)
                    else:
                        yield found
            else:
                yield from self.read_path(inp)

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
            yield unreadable(path, e)
            return
        yield from self.from_bytes(path, data, path=path)

    def from_bytes(self, name: str, data: bytes, path: str | None) -> Iterator[Item]:
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
            if is_binary(f.read(BINARY_SAMPLE)):
                if start == 0:
                    yield binary(path)
                return
            for lineno, raw in enumerate(lines_in_range(f, start, end), start=first_line):
                yield from self.corpus_line(path, lineno, raw)
        except OSError as e:
            yield unreadable(path, e)
        finally:
            f.close()

    def corpus_line(self, path: str, lineno: int, raw: bytes) -> Iterator[Item]:
        where = f"{path}:{lineno}"
        if not raw.strip():
            return
        line, warning = decode_bytes(raw, self.encoding)
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
            yield InputError(where, f"not a JSON object but {type(obj).__name__}")
            return
        text = obj.get(self.text_field)
        if text is None:
            yield InputError(where, f"no {self.text_field!r} field")
            return
        if not isinstance(text, str):
            yield InputError(where, f"{self.text_field!r} is {type(text).__name__}, not a string")
            return
        raw_id = obj.get(self.id_field)
        doc_id = where if raw_id is None or raw_id == "" else str(raw_id)
        corpus_date = obj.get(self.date_field)
        if corpus_date is not None and not isinstance(corpus_date, str):
            corpus_date = str(corpus_date)
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
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


def _walk_folder(folder: str, glob: str | None) -> Iterator[str | InputError | InputWarning]:
    """:func:`_walk`, and a warning when the folder gives no file at all, so that a typo in
    ``--glob`` or an empty folder is not a silent run over nothing."""
    found = False
    for item in _walk(folder, "", glob, ()):
        found = found or isinstance(item, str)
        yield item
    if not found:
        yield InputWarning(folder, f"no file matches --glob {glob!r}" if glob else "no files")


def _walk(
    folder: str, rel: str, glob: str | None, ancestors: tuple[tuple[int, int], ...]
) -> Iterator[str | InputError | InputWarning]:
    """Files below ``folder``, depth first in name order; symlinked folders are followed unless
    they lead back to one of their own ancestors."""
    try:
        st = os.stat(folder)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield InputError(folder, f"cannot read folder: {e.strerror or e}", fatal=True)
        return
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        yield InputWarning(folder, "symbolic link back into its own folder, not followed")
        return
    ancestors = (*ancestors, key)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        sub = f"{rel}/{entry.name}" if rel else entry.name
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            yield from _walk(path, sub, glob, ancestors)
            continue
        if glob and not fnmatch(sub if "/" in glob else entry.name, glob):
            continue
        if entry.is_symlink() and not os.path.exists(path):
            yield InputError(path, "dangling symbolic link", fatal=True)
        elif not is_file:
            yield InputWarning(path, "not a regular file, skipped")
        else:
            yield path


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
