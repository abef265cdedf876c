"""The work of ``claimx show``, ``report``, ``summarize`` and ``eval`` as plain functions.

Like :func:`claimx.runner.run` (``extract``), each checks its arguments before any work,
returns the exit code and says what went wrong on stderr; :mod:`claimx.cli` only parses options.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from claimx.runner import (
    EXIT_ERROR,
    EXIT_FAILED_INPUTS,
    EXIT_OK,
    Reporter,
    UsageError,
    close_results,
    fault_exit,
    isatty,
    load_extractor,
    plural,
    say,
    silence_stdout,
)

__all__ = ["run_eval", "run_report", "run_show", "run_summarize"]


def run_show(
    article: str, output: str | None, open_page: bool, date: str | None, model: str | None
) -> int:
    """One article's page (or, at a terminal, its coloured text and statement list)."""
    try:
        from claimx.io import sources, writers

        stdin = getattr(sys.stdin, "buffer", None)
        if article == "-" and isatty(sys.stdin):
            raise UsageError("- reads the article from standard input: pipe it in")
        try:
            items = sources.iter_documents([article], date=date, stdin=stdin)
            writers.check_output_path(output, [article])
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            raise UsageError(str(e)) from None
        documents = []
        for item in items:
            if isinstance(item, sources.InputError):
                say(f"claimx: error: {item.name}: {item.message}")
                return EXIT_FAILED_INPUTS
            if isinstance(item, sources.InputWarning):
                say(f"claimx: warning: {item.name}: {item.message}")
            else:
                documents.append(item)
        if len(documents) != 1:
            raise UsageError(
                f"{article}: holds {plural(len(documents), 'article')}; "
                "show takes one (claimx report makes a page for many)"
            )
        document = documents[0]
        with load_extractor(model).explaining() as extractor:  # hover text names the sieves
            statements = extractor.extract_document(document)
        from claimx import show as sh

        if output is None and not open_page and isatty(sys.stdout):
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
        return write_page(sh.article_page(document, statements), output, open_page)
    except (Exception, KeyboardInterrupt) as e:
        return fault_exit(e)


def run_report(
    inputs: list[str],
    output: str | None,
    open_page: bool,
    title: str,
    model: str | None,
    options: dict[str, Any],
    *,
    quiet: bool,
) -> int:
    """One HTML page for a corpus; failed inputs are listed on it and named on stderr."""
    try:
        from claimx import show as sh
        from claimx.io import sources, writers

        if output is None and not open_page and isatty(sys.stdout):
            raise UsageError("report writes an HTML page: give -o FILE or --open")
        if "-" in inputs and isatty(sys.stdin):
            raise UsageError("- reads an article from standard input: pipe it in")
        try:
            items = sources.iter_documents(
                inputs, stdin=getattr(sys.stdin, "buffer", None), skip=output, **options
            )
            writers.check_output_path(output, inputs)
        except (sources.InvalidInputsError, writers.OutputPathError) as e:
            raise UsageError(str(e)) from None
        extractor = load_extractor(model)
        failed: list[tuple[str, str]] = []

        def noting_failures(stream: Iterable[Any]) -> Iterator[Any]:
            for item in stream:
                if isinstance(item, sources.InputError):
                    failed.append((item.name, item.message))
                yield item

        collected = []
        reporter = Reporter(quiet=quiet, progress=not quiet and isatty(sys.stderr))
        # the page's hover text names the rules that decided
        with reporter, extractor.explaining():
            results = extractor.pipe(reporter.documents(noting_failures(items)))
            try:
                for result in results:
                    if result.error:
                        reporter.error(result.document.id, result.error)
                        failed.append((result.document.id, result.error))
                    collected.append((result.document, result.statements))
                    reporter.done(len(result.statements))
            finally:
                close_results(results)
        code = write_page(
            sh.report_page(collected, title=title, failed=failed), output, open_page, quiet=quiet
        )
        if code == EXIT_OK:
            reporter.summary()
        return code if code != EXIT_OK or not reporter.failed else EXIT_FAILED_INPUTS
    except (Exception, KeyboardInterrupt) as e:
        return fault_exit(e)


def write_page(page: str, output: str | None, open_page: bool, *, quiet: bool = False) -> int:
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
    if target is None or target == "-":
        return EXIT_OK
    if open_page:
        import pathlib
        import webbrowser

        uri = pathlib.Path(target).resolve().as_uri()
        if not webbrowser.open(uri):
            say(f"claimx: no web browser found; the page is {target}")
        elif not quiet:
            say(f"claimx: opened {target}")
    elif not quiet:
        say(f"claimx: wrote {target}")
    return EXIT_OK


def run_summarize(
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
        from claimx.io import sources, writers

        stdin = sys.stdin
        if not inputs:
            if stdin is None or isatty(stdin):
                raise UsageError("no input: give records, a store, articles or -")
            inputs = ["-"]
        failed: list[str] = []

        def warn(name: str, message: str) -> None:
            if not quiet:
                say(f"claimx: warning: {name}: {message}")

        def error(name: str, message: str) -> None:
            failed.append(name)
            say(f"claimx: error: {name}: {message}")

        loaded: list[Any] = []

        def extractor() -> Any:
            if not loaded:
                loaded.append(load_extractor(model))
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
            raise UsageError(str(e)) from None
        try:
            nlp = extractor().nlp if by == "entity" else None
            rows = sm.summarize(records, by=by, speakers=speakers, stances=stances, nlp=nlp)
        except (sm.RecordsInputError, ValueError) as e:
            say(f"claimx: error: {e}")
            return EXIT_ERROR
        with writers.output_stream(output) as stream:
            sm.write_rows(rows, by, fmt, stream, raw_cells=raw_cells)
        return EXIT_FAILED_INPUTS if failed else EXIT_OK
    except BrokenPipeError:
        silence_stdout()
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as e:
        return fault_exit(e)


def run_eval(
    gold: str,
    records: str | None,
    threshold: float,
    fmt: str | None,
    errors: int,
    model: str | None,
    output: str | None,
) -> int:
    """Score ``records`` (or claimx itself, run on the gold texts) against ``gold``."""
    import json

    from claimx import evaluate as ev

    fmt = (fmt or ("table" if isatty(sys.stdout) else "json")).lower()
    try:
        _check_eval_args(gold, records, fmt, output)
        articles = ev.load_gold(gold)
        if records is not None:
            recs = ev.load_records(records)
        else:
            recs = ev.extract_gold(articles, model)
            if output is not None:
                from claimx.io.writers import make_writer, output_stream

                with output_stream(output) as stream:
                    writer = make_writer("jsonl", stream)
                    for rec in recs:
                        writer.write(rec)
                    writer.close()
        result = ev.evaluate(articles, recs, threshold)
    except (ev.EvalFormatError, OSError) as e:
        say(f"claimx: error: {e}")
        return EXIT_ERROR
    except (Exception, KeyboardInterrupt) as e:
        return fault_exit(e)
    for warning in result.warnings:
        say(f"claimx: warning: {warning}")
    worst = result.errors(errors) if errors else []
    if fmt == "json":
        out = result.to_dict()
        if errors:
            out["errors"] = [e.to_dict() for e in worst]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        from rich.console import Console

        ev.render_table(result, Console(file=sys.stdout), worst)
    return EXIT_OK


def _check_eval_args(gold: str, records: str | None, fmt: str, output: str | None) -> None:
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
        raise UsageError(usage)
