"""The commands' work as plain functions: :func:`run` is ``claimx extract``.

The command line (:mod:`claimx.cli`) only parses options and calls these; a program can call
them too (``claimx.run(["corpus/"], "claims.db")``). Each returns the command's exit code and
says what went wrong on stderr, one line a problem. Nothing here imports spaCy at module level.

Exit codes: 0 all good, 1 anything else (a missing model, a write error), 2 usage error (bad
option, an input path that does not exist, an output file that cannot be created: all found
before any work), 3 some inputs failed (each named on stderr), 130 interrupted (the command
line, :mod:`claimx.__main__`, says so: a Ctrl-C may come before or after these functions);
SIGTERM and SIGHUP end a run the same way, with 143 and 129 (:mod:`claimx.io.signals`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.extractor import Extractor, Result
    from claimx.io.store import Store
    from claimx.io.writers import Writer
    from claimx.record import Document, Statement

__all__ = ["EXIT_ERROR", "EXIT_FAILED_INPUTS", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "run"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_FAILED_INPUTS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # -o with these writes a SQLite store


class UsageError(Exception):
    """A usage problem found before any work: one stderr line and exit code 2."""


def run(
    inputs: Sequence[str] = (),
    output: str | None = None,
    *,
    fmt: str | None = None,
    model: str | None = None,
    date: str | None = None,
    glob: str | None = None,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    n_process: int = 1,
    batch_size: int = 16,
    quiet: bool = False,
    show_text: bool = False,
    skip_existing: bool = False,
    scheduler: str | None = None,
    explain: bool = False,
    min_confidence: float | None = None,
    raw_cells: bool = False,
) -> int:
    """Read ``inputs``, extract their statements, write them to ``output`` (standard output for
    None or ``-``; a SQLite store for ``fmt="sqlite"`` or a ``.db`` name) and return the exit
    code. ``scheduler`` runs on a Dask cluster; ``explain`` adds each record's ``why``;
    ``min_confidence`` keeps only records at or above it; ``raw_cells`` writes CSV/TSV cells
    that look like spreadsheet formulas as they are. Failures are counted and named on stderr,
    never raised."""
    reporter: Reporter | None = None
    try:
        from claimx.io import sources, writers

        stdin = sys.stdin
        names = list(inputs)
        if not names:
            if stdin is None or isatty(stdin):
                raise UsageError("no input: give files, folders or - (or pipe text in)")
            names = ["-"]
        if "-" in names and isatty(stdin):  # as `claimx show -`: no silent wait at a prompt
            raise UsageError("- reads the article from standard input: pipe it in")
        to_stdout = output is None or output == "-"
        fmt = fmt or _default_format(output, to_stdout)
        _check_options(fmt, to_stdout, show_text, skip_existing, scheduler, n_process)
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise UsageError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
        options: dict[str, Any] = dict(
            glob=glob,
            encoding=encoding,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            date=date,
        )
        try:
            items = sources.iter_documents(
                names, stdin=getattr(stdin, "buffer", None), skip=output, **options
            )
            writers.check_output_path(output, names, fmt=fmt)
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            raise UsageError(str(e)) from None
        store = _open_store(output) if fmt == "sqlite" else None
        if scheduler:
            extractor = _connect(scheduler, model)
        else:
            extractor = load_extractor(model)
            extractor.explain = explain  # each record's ``why``
        keep = _confidence_filter(min_confidence)
        # Records on the terminal, or through a pipe whose reader may print them there
        # (`| head -1`), would end up beside the bar: then there is none.
        show_progress = (
            not quiet
            and isatty(sys.stderr)
            and not (to_stdout and (isatty(sys.stdout) or is_pipe(sys.stdout)))
        )
        reporter = Reporter(quiet=quiet, progress=show_progress)
        if store is not None:
            return _extract_to_store(
                store, extractor, items, reporter, keep, n_process, batch_size, skip_existing
            )
        try:
            with reporter, writers.output_stream(output) as stream:
                writer = writers.make_writer(fmt, stream, explain=explain, raw_cells=raw_cells)
                if scheduler:  # the workers read the inputs: same documents, Results, order
                    from claimx import distributed

                    results = distributed.pipe(
                        extractor,
                        names,
                        documents=reporter.documents,
                        close=True,
                        stdin=getattr(stdin, "buffer", None),
                        batch_size=batch_size,
                        with_text=show_text,
                        explain=explain,
                        **options,
                    )
                else:
                    results = extractor.pipe(
                        reporter.documents(items), n_process=n_process, batch_size=batch_size
                    )
                _write_results(results, writer, reporter, keep, show_text)
                writer.close()
        except BrokenPipeError:
            raise
        except OSError as e:  # a full disk, a vanished output directory
            if to_stdout:
                silence_stdout()
            name = e.filename or ("standard output" if to_stdout else output)
            say(f"claimx: error: {name}: {e.strerror or e}")
            return EXIT_ERROR
        reporter.summary()
        return EXIT_FAILED_INPUTS if reporter.failed else EXIT_OK
    except BrokenPipeError:
        # The reader went away (`claimx extract ... | head -1`): stop quietly.
        silence_stdout()
        return EXIT_FAILED_INPUTS if reporter and reporter.failed else EXIT_OK
    except (Exception, KeyboardInterrupt) as e:
        return fault_exit(e)


def _default_format(output: str | None, to_stdout: bool) -> str:
    """From the output's suffix (a store for .db), else a table at a terminal, else jsonl."""
    from claimx.io import writers

    if not to_stdout and output and output.lower().endswith(STORE_SUFFIXES):
        return "sqlite"
    return writers.format_for_path(output) or (
        "table" if to_stdout and isatty(sys.stdout) else "jsonl"
    )


def _check_options(
    fmt: str,
    to_stdout: bool,
    show_text: bool,
    skip_existing: bool,
    scheduler: str | None,
    n_process: int,
) -> None:
    """Raise the usage error in the output, store and cluster options, if any."""
    problem = None
    if fmt == "sqlite" and to_stdout:
        problem = "--format sqlite needs -o FILE (the database to write into)"
    elif skip_existing and fmt != "sqlite":
        problem = "--skip-existing needs --format sqlite -o FILE"
    elif show_text and fmt not in ("jsonl", "json"):
        problem = (
            "--show-text needs --format jsonl or json (a SQLite store always keeps the text "
            "in documents.text)"
        )
    if scheduler and (fmt == "sqlite" or n_process > 1):
        problem = "--scheduler does not go with --n-process or --format sqlite"
    if problem:
        raise UsageError(problem)


def _open_store(output: str | None) -> Store:
    from claimx.io.store import Store, StoreError

    try:
        return Store(str(output))
    except StoreError as e:
        raise UsageError(str(e)) from None


def _connect(scheduler: str, model: str | None) -> Any:
    """A Dask cluster that quacks like an extractor for :func:`claimx.distributed.pipe`."""
    from claimx import distributed

    return distributed.connect(scheduler, model)


def load_extractor(model: str | None) -> Extractor:
    """The one place the commands load a model; a missing one becomes, through
    :func:`fault_exit`, the one error line naming what to install."""
    import claimx

    return claimx.load(model)


def _confidence_filter(
    min_confidence: float | None,
) -> Callable[[list[Statement]], list[Statement]]:
    """The statements to keep: those whose record's confidence is at least ``min_confidence``
    (compared as written in the record, rounded to three places)."""
    if min_confidence is None:
        return lambda statements: statements
    low = float(min_confidence)
    return lambda statements: [s for s in statements if round(float(s.confidence), 3) >= low]


def document_header(document: Document) -> dict[str, Any]:
    """The --show-text record: the exact text the following records' spans count into."""
    return {
        "doc": document.id,
        "type": "document",
        "title": document.title,
        "date": document.date,
        "text": document.text,
    }


def _write_results(
    results: Iterator[Result],
    writer: Writer,
    reporter: Reporter,
    keep: Callable[[list[Statement]], list[Statement]],
    show_text: bool,
) -> None:
    try:
        for result in results:
            if result.error:
                reporter.error(result.document.id, result.error)
            if show_text:
                writer.write(document_header(result.document))
            statements = keep(result.statements)
            for statement in statements:
                writer.write(statement.to_dict())
            writer.flush()
            reporter.done(len(statements))
    finally:
        close_results(results)


def _extract_to_store(
    store: Store,
    extractor: Extractor,
    items: Iterable[Any],
    reporter: Reporter,
    keep: Callable[[list[Statement]], list[Statement]],
    n_process: int,
    batch_size: int,
    skip_existing: bool,
) -> int:
    """Each document in its own transaction (claimx.io.store): an interrupted batch keeps every
    document it finished. With ``skip_existing`` stored texts are dropped before extraction."""
    documents = reporter.documents(items)
    if skip_existing:
        documents = store.skip_existing(documents, model=extractor.name)
    try:
        with reporter:
            results = extractor.pipe(documents, n_process=n_process, batch_size=batch_size)
            try:
                for result in results:
                    statements = keep(result.statements)
                    if result.error:
                        # Extraction failed: keep what the store had for it, if anything.
                        reporter.error(result.document.id, result.error)
                    else:
                        store.write(result.document, statements, model=extractor.name)
                    reporter.done(len(statements))
            finally:
                close_results(results)
    finally:
        store.close()
    if store.skipped and not reporter.quiet:
        say(f"claimx: {plural(store.skipped, 'document')} already in {store.path}, skipped")
    reporter.summary()
    return EXIT_FAILED_INPUTS if reporter.failed else EXIT_OK


class Reporter:
    """Counts documents, names failures and warnings on stderr, drives the progress bar."""

    def __init__(self, *, quiet: bool, progress: bool) -> None:
        self.quiet = quiet
        self.read = self.failed = self.statements = 0
        self.progress: Any = None
        self.task: Any = None
        if progress:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            console = Console(stderr=True)
            # A few columns to spare: a full-width line makes the terminal wrap the "^C" that
            # Ctrl-C echoes onto the next line, and the bar could not erase itself.
            console.width = max(console.width - 4, 20)
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("extracting"),
                BarColumn(),
                TextColumn("{task.completed} documents, {task.fields[statements]} statements"),
                TimeElapsedColumn(),
                console=console,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.task = self.progress.add_task("extract", total=None, statements=0)

    def __enter__(self) -> Reporter:
        if self.progress is not None:
            import signal

            # A Ctrl-C in the middle of rich's start leaves a bar it cannot erase: hold SIGINT
            # until the bar is up, then stop it cleanly if one came meanwhile.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                try:
                    self.progress.live.start(refresh=False)  # first drawn by its thread
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, held)
            except BaseException:
                self.__exit__()
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def documents(self, items: Iterable[Any]) -> Iterator[Document]:
        """Documents only: input errors and warnings are reported on the way."""
        from claimx.io.sources import InputError
        from claimx.record import Document

        for item in items:
            if isinstance(item, Document):
                self.read += 1
                yield item
            elif isinstance(item, InputError):
                self.read += 1
                self.error(item.name, item.message)
            else:
                self.warning(item.name, item.message)

    def error(self, name: str, message: str) -> None:
        self.failed += 1
        self._print(f"claimx: error: {name}: {message}")

    def warning(self, name: str, message: str) -> None:
        if not self.quiet:
            self._print(f"claimx: warning: {name}: {message}")

    def done(self, n_statements: int) -> None:
        self.statements += n_statements
        if self.progress is not None:
            self.progress.update(self.task, advance=1, statements=self.statements)

    def summary(self) -> None:
        if not self.quiet:
            say(
                f"claimx: {plural(self.read, 'document')} read, {self.failed} failed, "
                f"{plural(self.statements, 'statement')} written"
            )

    def _print(self, line: str) -> None:
        if self.progress is not None:
            from claimx.io.safety import visible

            line = visible(line)
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            say(line)


# ---------------------------------------------------------------------- shared by every command


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def fault_exit(e: BaseException) -> int:
    """The one mapping of faults to exit codes, shared by every command: Ctrl-C is 130; a usage
    error 2; a missing model, an unreachable cluster, a system error (disk full, permission) or
    any other failure is one line and 1."""
    from claimx.distributed import ClusterError
    from claimx.extractor import ModelNotFoundError

    if isinstance(e, KeyboardInterrupt):  # claimx.__main__ says so, whenever Ctrl-C comes
        # SIGTERM and SIGHUP arrive the same way (claimx.io.signals): 128 + the signal's number
        signum = getattr(e, "signum", None)
        return 128 + signum if isinstance(signum, int) else EXIT_INTERRUPTED
    if isinstance(e, (UsageError, ModelNotFoundError, ClusterError)):
        say(f"claimx: error: {e}")
        usage = isinstance(e, UsageError) or getattr(e, "usage", False)
        return EXIT_USAGE if usage else EXIT_ERROR
    if isinstance(e, OSError):
        where = f" {e.filename}:" if e.filename else ""
        say(f"claimx: error:{where} {e.strerror or e}")
        return EXIT_ERROR
    if os.environ.get("CLAIMX_DEBUG"):
        raise e
    from claimx.io.safety import error_text

    say(f"claimx: error: {error_text(e)} (set CLAIMX_DEBUG=1 for a traceback)")
    return EXIT_ERROR


def say(line: str) -> None:
    """One message line on stderr, control characters (a file name's ESC) shown, not sent."""
    from claimx.io.safety import visible

    try:
        sys.stderr.write(visible(line) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def is_pipe(stream: Any) -> bool:
    import stat

    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def close_results(results: Any) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
