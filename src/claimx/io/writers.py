"""Records -> text: one streaming writer per output format, and an all-or-nothing output file.

Every writer takes the dicts of ``Statement.to_dict()`` one at a time. ``flush()`` marks the end
of a document (the table writer prints its table then; every writer flushes its stream, so
records show up as they are made) and ``close()`` ends the output (the JSON array's ``]``).
JSON and delimited text are written straight to the stream; only the table goes through rich.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TextIO

from claimx.io.safety import spreadsheet_cell, visible
from claimx.record import CSV_COLUMNS, flat_columns, flatten_record

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "OutputPathError",
    "Writer",
    "check_output_path",
    "flatten_record",
    "format_for_path",
    "make_writer",
    "output_stream",
]

FORMATS = ("jsonl", "json", "csv", "tsv", "table")

_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".txt": "table",
}


def format_for_path(path: str | None) -> str | None:
    """The format an output file's suffix asks for (``out.csv`` -> csv), else None."""
    if not path or path == "-":
        return None
    return _SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower())


# ---------------------------------------------------------------------- writers


class Writer:
    """Base writer: counts records and flushes the stream at each document's end."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        self._write(record)

    def _write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.flush()


class JsonlWriter(Writer):
    """The reference form: one JSON object a line, text unescaped."""

    def _write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """One JSON array, written as it goes (one record a line) so memory stays flat."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.stream.write("[")

    def _write(self, record: dict[str, Any]) -> None:
        sep = "\n" if self.count == 1 else ",\n"
        self.stream.write(sep + json.dumps(record, ensure_ascii=False))

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        super().close()


def spreadsheet_cells(
    flat: dict[str, Any], columns: tuple[str, ...] = CSV_COLUMNS, raw: bool = False
) -> list[Any]:
    """The cells of a flat record; text that a spreadsheet would run as a formula (``=``,
    ``+``, ``-``, ``@``, tab, CR first) prefixed with ``'`` unless ``raw``. Numbers (offsets,
    confidence) are never touched."""
    cells = [flat.get(col) for col in columns]
    return cells if raw else [spreadsheet_cell(c) for c in cells]


class _FlatWriter(Writer):
    """A writer of flat rows (CSV, TSV): the record's columns, formula-safe unless ``raw``."""

    def __init__(
        self, stream: TextIO, columns: tuple[str, ...] = CSV_COLUMNS, raw: bool = False
    ) -> None:
        super().__init__(stream)
        self.columns = columns
        self.raw = raw

    def cells(self, record: dict[str, Any]) -> list[Any]:
        return spreadsheet_cells(flatten_record(record), self.columns, self.raw)


class CsvWriter(_FlatWriter):
    """RFC 4180 quoting, ``\\n`` line ends (text-mode streams translate them where needed)."""

    def __init__(
        self, stream: TextIO, columns: tuple[str, ...] = CSV_COLUMNS, raw: bool = False
    ) -> None:
        super().__init__(stream, columns, raw)
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(columns)

    def _write(self, record: dict[str, Any]) -> None:
        self.writer.writerow(self.cells(record))


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class TsvWriter(_FlatWriter):
    """Tab-separated, no quoting: backslash, tab, CR and LF inside a cell are written as
    ``\\\\``, ``\\t``, ``\\r``, ``\\n``, so one record is always one line (``cut``-friendly)."""

    def __init__(
        self, stream: TextIO, columns: tuple[str, ...] = CSV_COLUMNS, raw: bool = False
    ) -> None:
        super().__init__(stream, columns, raw)
        stream.write("\t".join(columns) + "\n")

    def _write(self, record: dict[str, Any]) -> None:
        cells = self.cells(record)
        text = ("" if c is None else str(c).translate(_TSV_ESCAPES) for c in cells)
        self.stream.write("\t".join(text) + "\n")


STANCE_STYLES = {"confirm": "green", "deny": "red", "uncertain": "yellow"}
CLAIM_WIDTH = 200
# Off a terminal (a file, a pipe) and without COLUMNS the table is laid out for this width, so
# that the same records give the same text whatever terminal started the run.
PIPE_WIDTH = 120
# A claim longer than this many lines of its column is cut (the full text is in JSON Lines).
CLAIM_LINES = 3


def _shorten(text: str, limit: int = CLAIM_WIDTH) -> str:
    """One line, at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit * 3 // 4:
        cut = limit - 1
    return text[:cut].rstrip() + "\u2026"


def table_console(stream: TextIO, color: bool, pipe_width: int | None = PIPE_WIDTH) -> Console:
    """A rich console for a table on ``stream``: the terminal's width (or ``COLUMNS``) at a
    terminal, else ``pipe_width`` (None: as wide as the table needs, nothing wrapped)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits 1 here; the reader went away (`| head -2`): let the command stop
            # quietly as it does for the other formats.
            raise BrokenPipeError

    width = None
    if not (_isatty(stream) or os.environ.get("COLUMNS", "").isdigit()):
        width = pipe_width or 10_000
    return _Console(
        file=stream,
        color_system="auto" if color else None,
        force_terminal=color or None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        width=width,
    )


class TableWriter(Writer):
    """One table for the whole run, for people at a terminal: the header once, then each
    document's name as a heading line over its statements (rows buffered until ``flush()``).

    The layout depends on the width only, never on the records, so that documents printed one
    after another line up. The claim takes what the other columns leave; a speaker wraps at
    spaces; a claim longer than ``CLAIM_LINES`` lines is cut at a word with "…". Cells are
    ``rich.text.Text``: text such as ``[Reuters]`` is shown as written, never read as markup.
    The number is the statement's 1-based number, as in ``claimx show`` and ``report``.
    """

    def __init__(self, stream: TextIO, color: bool) -> None:
        super().__init__(stream)
        self.console = table_console(stream, color)
        self.rows: list[dict[str, Any]] = []
        self._header_shown = False
        self._doc: str | None = None  # the document whose name was printed last

    def _write(self, record: dict[str, Any]) -> None:
        self.rows.append(visible_record(record))

    def flush(self) -> None:
        if self.rows:
            if not self._header_shown:
                self.console.print(self._table())
                self._header_shown = True
            start = 0
            for i in range(1, len(self.rows) + 1):
                if i == len(self.rows) or self.rows[i].get("doc") != self.rows[start].get("doc"):
                    self._print_document(self.rows[start:i])
                    start = i
            self.rows = []
        super().flush()

    def _print_document(self, rows: list[dict[str, Any]]) -> None:
        """The document's name (once, cut at the left if it is wider than the terminal), then
        its rows."""
        from rich.text import Text

        doc = str(rows[0].get("doc", ""))
        if doc != self._doc:
            self._doc = doc
            width = self.console.width
            if len(doc) > width:
                doc = "\u2026" + doc[len(doc) - width + 1 :]
            self.console.print(Text(doc, style="bold"), no_wrap=True, crop=True)
        self.console.print(self._table(rows))

    def _widths(self) -> tuple[int, int]:
        """(speaker, claim) widths; '#' takes 3, stance 9, date 10, and one space between."""
        width = max(self.console.width, 60)
        speaker = min(max(width // 6, 13), 24)
        return speaker, width - speaker - (3 + 9 + 10) - 4

    def _table(self, rows: list[dict[str, Any]] | None = None) -> Table:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        speaker_width, claim_width = self._widths()
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            show_header=rows is None,
            header_style="bold",
            pad_edge=False,
            padding=0,  # the box's blank column divider is the one space between columns
        )
        table.add_column("#", justify="right", width=3, no_wrap=True)
        table.add_column("speaker", width=speaker_width)
        table.add_column("stance", width=9, no_wrap=True)
        table.add_column("date", width=10, no_wrap=True)
        table.add_column("claim", width=claim_width)
        for rec in rows or ():
            speaker = rec.get("speaker") or rec.get("speaker_mention")
            stance = str(rec.get("stance") or "")
            date = rec.get("date") or ""
            index = rec.get("index")
            table.add_row(
                Text(str(index + 1) if isinstance(index, int) else ""),
                Text(speaker) if speaker else Text("\u2014", style="dim"),
                Text(stance, style=STANCE_STYLES.get(stance, "")),
                Text(date, style="dim" if rec.get("date_source") == "article" else ""),
                self._claim(str(rec.get("claim") or ""), claim_width),
            )
        return table

    def _claim(self, claim: str, width: int) -> Text:
        """The claim on at most ``CLAIM_LINES`` lines of ``width``, cut at a word with "…"."""
        from rich.text import Text

        text = _shorten(claim)
        limit = len(text)
        while len(Text(text).wrap(self.console, width)) > CLAIM_LINES and limit > width:
            limit -= max(1, width // 4)
            text = _shorten(claim, limit)
        return Text(text)


def visible_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record with control characters in its text shown, not sent: for a terminal."""
    return {k: visible(v, keep_lines=True) if isinstance(v, str) else v for k, v in record.items()}


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def use_color(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    return _isatty(stream) and not os.environ.get("NO_COLOR")


def make_writer(
    fmt: str,
    stream: TextIO,
    *,
    color: bool | None = None,
    explain: bool = False,
    raw_cells: bool = False,
) -> Writer:
    """A writer of ``fmt`` on ``stream``; ``color=None`` decides from the stream and NO_COLOR;
    ``explain`` adds the ``why_*`` columns to CSV and TSV (JSON carries ``why`` as it is);
    ``raw_cells``: CSV/TSV cells as they are, formulas and all (see spreadsheet_cells)."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, flat_columns(explain), raw_cells)
    if fmt == "tsv":
        return TsvWriter(stream, flat_columns(explain), raw_cells)
    if fmt == "table":
        return TableWriter(stream, use_color(stream) if color is None else color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------------- output file


class OutputPathError(ValueError):
    """The output file cannot be written: found before any work, a usage error."""


def check_output_path(
    path: str | None, inputs: Iterable[str | None] = (), *, fmt: str | None = None
) -> None:
    """Fail now, not after an hour of work, if ``path`` cannot be created (really tried), is
    one of the ``inputs`` (it would be replaced by the output), or is a claimx store that a
    ``fmt`` other than sqlite would replace by a text file."""
    if path is None or path == "-":
        return
    if os.path.isdir(path):
        raise OutputPathError(f"{path}: is a directory")
    for inp in inputs:
        if inp and inp != "-" and _same_file(path, inp):
            raise OutputPathError(f"{path}: is also an input (it would be overwritten)")
    if fmt != "sqlite" and _is_claimx_store(path):
        raise OutputPathError(
            f"{path}: a claimx store; write another format to another file "
            "(or use --format sqlite to add to it)"
        )
    if _is_special(path):
        if not os.access(path, os.W_OK):
            raise OutputPathError(f"{path}: not writable")
        return
    directory = os.path.dirname(os.path.realpath(path))
    if not os.path.isdir(directory):
        raise OutputPathError(f"{path}: no such directory: {directory}")
    probe = _hidden_name(directory, ".claimx-probe-", "")
    try:
        os.close(_create(probe))
        _remove(probe)
    except OSError as e:
        if not isinstance(e, FileExistsError):
            _remove(probe)
        raise OutputPathError(f"{path}: cannot write in {directory}: {e.strerror or e}") from None
    except BaseException:
        _remove(probe)
        raise


def _hidden_name(directory: str, prefix: str, suffix: str) -> str:
    return os.path.join(directory, f"{prefix}{secrets.token_hex(6)}{suffix}")


def _create(path: str) -> int:
    """A new file at ``path`` (never an existing one). Its name is chosen before it exists, so
    the caller can remove it whatever moment Ctrl-C comes at (``mkstemp`` names the file only
    once it has made it: a Ctrl-C in between left it behind)."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)


def _remove(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _is_claimx_store(path: str) -> bool:
    """A SQLite file that says it is a claimx store (its application id), read without SQLite."""
    from claimx.io.store import is_claimx_store

    return is_claimx_store(path)


def _is_special(path: str) -> bool:
    """An existing output that is no regular file (``/dev/null``, a FIFO): write it in place."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _file_mode(target: str) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Standard output for None or ``-``; otherwise a file written whole or not at all.

    The text goes to a hidden temporary file next to ``path``, renamed over it only when the
    block ends normally; any exception (a full disk, Ctrl-C) removes it and leaves ``path`` as
    it was. Devices and FIFOs (``-o /dev/null``) are written in place, never replaced.
    """
    if path is None or path == "-":
        if sys.stdout is None:  # started with stdout closed (`claimx ... >&-`)
            raise OSError(errno.EBADF, "closed (nothing to write to)", "standard output")
        yield sys.stdout
        return
    if _is_special(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            yield f
        return
    target = os.path.realpath(path)  # through a symlink: replace the file it points to
    tmp = _hidden_name(os.path.dirname(target), f".{os.path.basename(target)}.", ".tmp")
    try:
        with os.fdopen(_create(tmp), "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except FileExistsError as e:
        if e.filename != tmp:  # a file of that name was there before: not ours to remove
            _remove(tmp)
        raise
    except BaseException:
        _remove(tmp)
        raise
