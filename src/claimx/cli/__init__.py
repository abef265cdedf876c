"""The ``claimx`` command line: parse options, call the library (:mod:`claimx.runner`,
:mod:`claimx.commands`), exit with its code.

Nothing here knows about spaCy: the extractor (and through it spaCy and dateparser) is imported
inside the commands' work, so ``claimx --help`` and ``claimx --version`` answer at once.
Exit codes: see :mod:`claimx.runner`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from claimx import __version__
from claimx.cli._options import (
    ArticlesArgument,
    DateFieldOption,
    DateOption,
    Format,
    GlobOption,
    IdFieldOption,
    ModelOption,
    OpenOption,
    QuietOption,
    RawCellsOption,
    StanceName,
    SummaryBy,
    SummaryFormat,
    TextFieldOption,
    model_option,
    output_option,
)

app = typer.Typer(
    name="claimx",
    help="Extract who said what, with stance and date, from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: "[dask]" is text, not rich markup, and it reads the same on every install.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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


@app.command()
def extract(
    inputs: ArticlesArgument = None,
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
        output_option(
            "Write to FILE (whole or not at all) instead of standard output, in the format "
            "of its suffix: .jsonl, .json, .csv, .tsv, .txt (the table, 120 columns wide), "
            ".db/.sqlite (a SQLite store, written one document at a time)."
        ),
    ] = None,
    model: ModelOption = None,
    date: DateOption = None,
    glob: GlobOption = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            help="Input encoding (default: UTF-8, else cp1252 with a warning).",
        ),
    ] = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "date",
    n_process: Annotated[
        int, typer.Option("--n-process", min=1, metavar="N", help="Worker processes.")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, metavar="N", help="Documents per spaCy batch.")
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
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add to each record a 'why' object naming the rule (sieve) that decided its "
            "statement, speaker, stance and date (csv/tsv: why_* columns).",
        ),
    ] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            metavar="X",
            min=0.0,
            max=1.0,
            help="Keep only records whose confidence is at least X (0 to 1).",
        ),
    ] = None,
) -> None:
    """Extract statement records from news articles (text, HTML pages, JSON Lines corpora)."""
    from claimx.runner import run

    code = run(
        list(inputs or []),
        output,
        fmt=fmt.value if fmt else None,
        model=model,
        date=date,
        glob=glob,
        encoding=encoding,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        n_process=n_process,
        batch_size=batch_size,
        quiet=quiet,
        show_text=show_text,
        skip_existing=skip_existing,
        scheduler=scheduler,
        explain=explain,
        min_confidence=min_confidence,
        raw_cells=raw_cells,
    )
    raise typer.Exit(code)


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
            metavar="X",
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
        str | None, model_option("spaCy pipeline used when no records are given.")
    ] = None,
    output: Annotated[
        str | None, output_option("Save the records extracted for the run (JSON Lines).")
    ] = None,
) -> None:
    """Score records (or claimx itself) against hand-annotated gold articles."""
    from claimx.commands import run_eval

    raise typer.Exit(run_eval(gold, records, threshold, fmt, errors, model, output))


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
        str | None, output_option("Write the HTML page to FILE (- for standard output).")
    ] = None,
    open_page: OpenOption = False,
    date: DateOption = None,
    model: ModelOption = None,
) -> None:
    """Show an article with its statements highlighted: an HTML page, or colours in a terminal."""
    from claimx.commands import run_show

    raise typer.Exit(run_show(article, output, open_page, date, model))


@app.command()
def report(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUTS...", help="Files, folders, JSON Lines corpora (*.jsonl) or - for stdin."
        ),
    ],
    output: Annotated[
        str | None, output_option("Write the HTML report to FILE (- for standard output).")
    ] = None,
    open_page: OpenOption = False,
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="Heading of the page.")
    ] = "claimx report",
    date: DateOption = None,
    glob: GlobOption = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "date",
    model: ModelOption = None,
    quiet: QuietOption = False,
) -> None:
    """One HTML page for a corpus: speaker x stance overview, then every article highlighted."""
    from claimx.commands import run_report

    options = dict(
        glob=glob, text_field=text_field, id_field=id_field, date_field=date_field, date=date
    )
    raise typer.Exit(run_report(inputs, output, open_page, title, model, options, quiet=quiet))


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
        output_option("Write to FILE (whole or not at all) instead of standard output."),
    ] = None,
    model: Annotated[
        str | None, model_option("spaCy pipeline for articles and for --by entity.")
    ] = None,
    date: DateOption = None,
    glob: GlobOption = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "date",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings; errors only.")] = False,
    raw_cells: RawCellsOption = False,
) -> None:
    """Who took which side: statements, confirm/deny/uncertain counts and dates per speaker."""
    from claimx.commands import run_summarize

    code = run_summarize(
        list(inputs or []),
        by.value,
        speaker or None,
        [s.value for s in stance or []] or None,
        fmt.value,
        output,
        model,
        dict(date=date, glob=glob, text_field=text_field, id_field=id_field, date_field=date_field),
        quiet=quiet,
        raw_cells=raw_cells,
    )
    raise typer.Exit(code)
