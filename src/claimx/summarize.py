"""Who took which side: statement counts per speaker, or per entity named in the claims.

:func:`summarize` turns records (the dicts of ``Statement.to_dict()``) into plain rows; the CLI
only renders them. :func:`load_records` reads records from wherever they are: JSON Lines or JSON
record files, a SQLite store, or articles (extracted on the way).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimx.record import STANCES

if TYPE_CHECKING:
    from spacy.language import Language

    from claimx.extractor import Extractor

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_TYPES",
    "SPEAKER_COLUMNS",
    "SUMMARY_FORMATS",
    "RecordsInputError",
    "classify_inputs",
    "is_records_file",
    "load_records",
    "speaker_key",
    "summarize",
    "write_rows",
]

STANCE_NAMES = STANCES
# spaCy (OntoNotes) labels -> the kinds a reader asks about: places, people, organisations.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
SPEAKER_COLUMNS = (
    "speaker",
    "speaker_entity",
    "speaker_type",
    "statements",
    *STANCES,
    "first_date",
    "last_date",
    "documents",
)
ENTITY_COLUMNS = (
    "entity",
    "entity_type",
    "statements",
    *STANCES,
    "first_date",
    "last_date",
    "confirmed_by",
    "denied_by",
    "uncertain_by",
)
UNKNOWN_SPEAKER = None


class RecordsInputError(ValueError):
    """A records file that cannot be read at all (a usage error, found before any work)."""


# ---------------------------------------------------------------------- aggregation


@dataclass(slots=True)
class _Group:
    statements: int = 0
    stances: Counter = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
    docs: set = field(default_factory=set)
    types: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    by_stance: dict[str | None, Counter] = field(default_factory=dict)

    def add(self, rec: dict[str, Any]) -> None:
        self.statements += 1
        stance = rec.get("stance")
        self.stances[stance] += 1
        date = rec.get("date")
        if date:
            # ISO dates at any precision sort as text ("2024-10" before "2024-10-14").
            if self.first_date is None or date < self.first_date:
                self.first_date = date
            if self.last_date is None or date > self.last_date:
                self.last_date = date
        self.docs.add(rec.get("doc"))
        speaker = rec.get("speaker")
        if speaker:
            self.by_stance.setdefault(stance, Counter())[speaker] += 1


def speaker_key(rec: dict[str, Any]) -> tuple[str, str | None]:
    """What a speaker row groups (a record's, or the row's own): the speaker's entity id, the
    same for "Donald J. Trump", "Donald Trump", "Trump" and "he" wherever the rules resolved
    them to that entity; else (unnamed sources, records from before the id) the speaker."""
    entity = rec.get("speaker_entity")
    return ("entity", entity) if entity else ("speaker", rec.get("speaker") or UNKNOWN_SPEAKER)


def _speaker_name(names: Counter) -> str | None:
    """An entity's row name: the name its records give most often, the fuller on a tie."""
    if not names:
        return None
    return min(names, key=lambda n: (-names[n], -len(n), n))


def _speaker_matches(rec: dict[str, Any], wanted: list[str]) -> bool:
    """Case-insensitive: "rutte" matches "Mark Rutte" (speaker, else the mention as written)."""
    name = (rec.get("speaker") or rec.get("speaker_mention") or "").casefold()
    return any(w.casefold() in name for w in wanted)


def _filtered(
    records: Iterable[dict[str, Any]], speakers: list[str] | None, stances: list[str] | None
) -> Iterator[dict[str, Any]]:
    for rec in records:
        if stances and rec.get("stance") not in stances:
            continue
        if speakers and not _speaker_matches(rec, speakers):
            continue
        yield rec


def _counts(group: _Group) -> dict[str, Any]:
    return {
        "statements": group.statements,
        **{s: group.stances.get(s, 0) for s in STANCE_NAMES},
        "first_date": group.first_date,
        "last_date": group.last_date,
    }


def _by_frequency(counter: Counter | None) -> list[str]:
    if not counter:
        return []
    return [name for name, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def summarize(
    records: Iterable[dict[str, Any]],
    *,
    by: str = "speaker",
    speakers: list[str] | None = None,
    stances: list[str] | None = None,
    nlp: Language | None = None,
    batch_size: int = 64,
) -> list[dict[str, Any]]:
    """Rows, most statements first, for ``by="speaker"`` or ``by="entity"``.

    Speaker rows: the keys of ``SPEAKER_COLUMNS`` (``speaker`` None for statements with no known
    speaker). Entity rows: ``ENTITY_COLUMNS``; a statement counts once for each place, person or
    organisation its claim names (spaCy NER over the claim text with ``nlp``, which ``by="entity"``
    requires), and ``confirmed_by`` / ``denied_by`` / ``uncertain_by`` list the speakers, most
    frequent first: one speaker confirming what another denied shows up on one row.
    Records are consumed as a stream; memory grows with the number of groups only.
    """
    if by not in ("speaker", "entity"):
        raise ValueError(f"by must be 'speaker' or 'entity', not {by!r}")
    if stances:
        unknown = sorted(set(stances) - set(STANCE_NAMES))
        if unknown:
            raise ValueError(f"unknown stance {unknown[0]!r}; choose from {STANCE_NAMES}")
    selected = _filtered(records, speakers, stances)
    groups: dict[Any, _Group] = {}
    if by == "speaker":
        for rec in selected:
            key = speaker_key(rec)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            group.add(rec)
            group.types[rec.get("speaker_type") or "unknown"] += 1
            if rec.get("speaker"):
                group.names[rec["speaker"]] += 1
        rows = [
            {
                "speaker": _speaker_name(g.names),
                "speaker_entity": key[1] if key[0] == "entity" else None,
                "speaker_type": g.types.most_common(1)[0][0] if g.types else "unknown",
                **_counts(g),
                "documents": len(g.docs),
            }
            for key, g in groups.items()
        ]
        rows.sort(
            key=lambda r: (-r["statements"], r["speaker"] is None, (r["speaker"] or "").casefold())
        )
        return rows

    if nlp is None:
        raise ValueError("by='entity' needs a spaCy pipeline with an NER component (nlp)")
    for rec, ents in _claim_entities(nlp, selected, batch_size):
        for key, (surface, kind) in ents.items():
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            group.add(rec)
            group.names[surface] += 1
            group.types[kind] += 1
    rows = [
        {
            "entity": g.names.most_common(1)[0][0],
            "entity_type": g.types.most_common(1)[0][0],
            **_counts(g),
            "confirmed_by": _by_frequency(g.by_stance.get("confirm")),
            "denied_by": _by_frequency(g.by_stance.get("deny")),
            "uncertain_by": _by_frequency(g.by_stance.get("uncertain")),
        }
        for g in groups.values()
    ]
    rows.sort(key=lambda r: (-r["statements"], r["entity"].casefold()))
    return rows


_LEADING = ("the ",)
_TRAILING = ("'s", "\u2019s", "'", "\u2019")


def _entity_key(text: str) -> tuple[str, str]:
    """("the Kremlin's" -> "Kremlin"): the surface form shown, and its grouping key."""
    surface = " ".join(text.split())
    if surface.casefold().startswith(_LEADING):
        surface = surface[4:]
    for tail in _TRAILING:
        if surface.endswith(tail):
            surface = surface[: -len(tail)]
            break
    surface = surface.strip(" ,.;:\"'\u201c\u201d")
    return surface, surface.casefold()


def _claim_entities(
    nlp: Language, records: Iterable[dict[str, Any]], batch_size: int
) -> Iterator[tuple[dict[str, Any], dict[tuple[str, str], tuple[str, str]]]]:
    """Each record with the distinct places, people and organisations its claim names."""
    if "ner" not in nlp.pipe_names:
        raise ValueError("the spaCy pipeline has no 'ner' component; --by entity needs one")
    # Only what NER needs: the parser and friends would triple the time for nothing.
    keep = {"ner", "tok2vec", "transformer"}
    disable = [name for name in nlp.pipe_names if name not in keep]
    pairs = ((rec.get("claim") or "", rec) for rec in records)
    for doc, rec in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=disable):
        ents: dict[tuple[str, str], tuple[str, str]] = {}
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None:
                continue
            surface, key = _entity_key(ent.text)
            if surface and (key, kind) not in ents:
                ents[(key, kind)] = (surface, kind)
        yield rec, ents


# ---------------------------------------------------------------------- reading records


def is_records_file(path: str) -> bool:
    """A ``.jsonl``/``.ndjson`` file whose first object is a statement record (or a
    ``--show-text`` document header), or a ``.json`` file holding an array: claimx output, not
    articles."""
    lower = path.lower()
    if lower.endswith(".json"):
        return os.path.isfile(path)
    if not lower.endswith((".jsonl", ".ndjson")) or not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            for line in f:
                if line.strip():
                    obj = json.loads(line)
                    return isinstance(obj, dict) and (
                        ("claim" in obj and "stance" in obj) or obj.get("type") == "document"
                    )
    except (OSError, ValueError):
        return False
    return False


def _is_record(obj: Any) -> bool:
    return isinstance(obj, dict) and obj.get("type") != "document" and "claim" in obj


# The fields the summary reads, and the JSON types they may have (null is always allowed).
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "doc": (str, int),
    "speaker": (str,),
    "speaker_mention": (str,),
    "speaker_type": (str,),
    "speaker_entity": (str,),
    "stance": (str,),
    "date": (str,),
    "claim": (str,),
}


def record_problem(rec: dict[str, Any]) -> str | None:
    """What makes a record unusable for a summary (a field of the wrong type), else None."""
    for key, types in _FIELD_TYPES.items():
        value = rec.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, types)):
            kind = "a string" if types == (str,) else "a string or an integer"
            from claimx.io.sources import json_kind

            return f"{key!r} is {json_kind(value)} {json.dumps(value)[:40]}, not {kind}"
    return None


def _checked(
    records: Iterable[tuple[str, dict[str, Any]]], error: Callable[[str, str], None]
) -> Iterator[dict[str, Any]]:
    """Records fit to summarise; each other one is a named error (``file:LINE``), skipped."""
    for where, rec in records:
        problem = record_problem(rec)
        if problem is None:
            yield rec
        else:
            error(where, f"{problem}; record skipped")


def _read_records_file(
    path: str, warn: Callable[[str, str], None], error: Callable[[str, str], None]
) -> Iterator[dict[str, Any]]:
    yield from _checked(_records_of_file(path, warn), error)


def _records_of_file(
    path: str, warn: Callable[[str, str], None]
) -> Iterator[tuple[str, dict[str, Any]]]:
    if path.lower().endswith(".json"):
        try:
            with open(path, encoding="utf-8-sig") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            raise RecordsInputError(f"{path}: not a JSON array of records ({e})") from None
        if not isinstance(data, list):
            raise RecordsInputError(f"{path}: not a JSON array of records")
        yield from ((f"{path}[{i}]", obj) for i, obj in enumerate(data) if _is_record(obj))
        return
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                warn(f"{path}:{lineno}", f"malformed JSON, skipped: {e}")
                continue
            if _is_record(obj):
                yield f"{path}:{lineno}", obj
            elif not (isinstance(obj, dict) and obj.get("type") == "document"):
                warn(f"{path}:{lineno}", "not a statement record, skipped")


@dataclass(slots=True)
class Sources:
    """How each input will be read, decided (and validated) before any work."""

    stores: list[str] = field(default_factory=list)
    record_files: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def classify_inputs(inputs: list[str]) -> Sources:
    """Stores, records files and articles; a store that is not one raises RecordsInputError."""
    from claimx.io.store import Store, StoreError, is_store

    found = Sources()
    for inp in inputs:
        if inp != "-" and not os.path.exists(inp):
            raise RecordsInputError(f"{inp}: no such file or directory")
        if inp != "-" and os.path.isfile(inp) and is_store(inp):
            try:
                Store(inp, readonly=True).close()
            except StoreError as e:
                raise RecordsInputError(str(e)) from None
            found.stores.append(inp)
        elif inp != "-" and is_records_file(inp):
            found.record_files.append(inp)
        else:
            found.articles.append(inp)
    return found


def load_records(
    inputs: list[str],
    *,
    extractor: Extractor | Callable[[], Extractor] | None = None,
    warn: Callable[[str, str], None] | None = None,
    error: Callable[[str, str], None] | None = None,
    **source_options: Any,
) -> Iterator[dict[str, Any]]:
    """Records from every input: stores and records files as they are, anything else (text,
    HTML, article corpora, folders, ``-``) through the extractor.

    Inputs are checked now (raising :class:`RecordsInputError`, or
    :class:`claimx.io.sources.InvalidInputsError` for article options), records are read lazily.
    ``extractor`` may be a function that loads one, called only if some input needs it.
    ``warn(name, message)`` hears about skipped lines, ``error(name, message)`` about inputs
    that failed; ``source_options`` go to :func:`claimx.io.sources.iter_documents`.
    """
    found = classify_inputs(inputs)
    documents = None
    if found.articles:
        from claimx.io import sources

        documents = sources.iter_documents(found.articles, **source_options)
    return _records(found, documents, extractor, warn or _ignore, error or _ignore)


def _ignore(name: str, message: str) -> None:
    return None


def _records(
    found: Sources,
    documents: Iterable[Any] | None,
    extractor: Any,
    warn: Callable[[str, str], None],
    error: Callable[[str, str], None],
) -> Iterator[dict[str, Any]]:
    from claimx.io.store import Store

    for path in found.stores:
        with Store(path, readonly=True) as store:
            yield from store.records()
    for path in found.record_files:
        yield from _read_records_file(path, warn, error)
    if documents is None:
        return
    if hasattr(extractor, "pipe"):
        ex = extractor
    elif extractor is not None:
        ex = extractor()
    else:
        import claimx

        ex = claimx.load()
    yield from _extract(ex, documents, warn, error)


def _extract(
    ex: Extractor,
    items: Iterable[Any],
    warn: Callable[[str, str], None],
    error: Callable[[str, str], None],
) -> Iterator[dict[str, Any]]:
    from claimx.io.sources import InputError
    from claimx.record import Document

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Document):
                yield item
            elif isinstance(item, InputError):
                error(item.name, item.message)
            else:
                warn(item.name, item.message)

    for result in ex.pipe(documents()):
        if result.error:
            error(result.document.id, result.error)
        for statement in result.statements:
            yield statement.to_dict()


# ---------------------------------------------------------------------- rendering (for the CLI)

SUMMARY_FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "|".join(value)
    return "" if value is None else value


def write_rows(
    rows: list[dict[str, Any]],
    by: str,
    fmt: str,
    stream: Any,
    *,
    color: bool | None = None,
    raw_cells: bool = False,
) -> None:
    """Rows as a rich table, a JSON array, or CSV (lists joined with ``|``) on ``stream``.

    CSV text cells that a spreadsheet would run as formulas get a ``'`` first unless
    ``raw_cells``; the table shows control characters instead of sending them."""
    from claimx.io.safety import spreadsheet_cell
    from claimx.io.writers import visible_record

    columns = SPEAKER_COLUMNS if by == "speaker" else ENTITY_COLUMNS
    if fmt == "json":
        stream.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            cells = [_cell(row.get(c)) for c in columns]
            writer.writerow(cells if raw_cells else [spreadsheet_cell(c) for c in cells])
    elif fmt == "table":
        _write_table([_visible_row(visible_record, row) for row in rows], by, stream, color)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(SUMMARY_FORMATS)}")
    stream.flush()


def _visible_row(visible_record: Callable[[dict], dict], row: dict[str, Any]) -> dict[str, Any]:
    """A row for the terminal: its text, and the names in its lists, shown not sent."""
    shown = visible_record(row)
    for key, value in row.items():
        if isinstance(value, list):
            shown[key] = [visible_record({"v": v})["v"] for v in value]
    return shown


def _names(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" +{len(names) - limit}" if len(names) > limit else "")


_TYPE_LABELS = {"organization": "org."}


def _dates(row: dict[str, Any]) -> str:
    """First and last date as one cell that wraps between them ("2024-10-14 – 2024-10-17")."""
    first, last = row.get("first_date") or "", row.get("last_date") or ""
    return first if first == last else f"{first} \u2013 {last}"


def _write_table(rows: list[dict[str, Any]], by: str, stream: Any, color: bool | None) -> None:
    """The rows as a rich table: the terminal's width at a terminal (or ``COLUMNS``); in a pipe
    or file as wide as it needs, nothing wrapped, whatever terminal started the run.

    Names and lists of names wrap at spaces, never inside a word; headers are never cut (each
    column is at least as wide as its header); first and last date share one column; the
    statement count is headed "total" and "organization" is "org." so that an 80-column
    terminal holds every column.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from claimx.io.writers import STANCE_STYLES, table_console, use_color

    if color is None:
        color = use_color(stream)
    console = table_console(stream, color, pipe_width=None)
    title = "Statements by speaker" if by == "speaker" else "Entities named in the claims"
    table = Table(
        title=title,
        header_style="bold",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=0,  # the box's blank column divider is the space between columns
    )
    # Counts, types, stances and dates have a fixed width, at least their header's (never cut);
    # the name column takes what it needs up to 24, at least its longest word (rich never
    # squeezes a name mid-word); lists of names wrap at spaces in what is left.
    one_date = all(row.get("first_date") == row.get("last_date") for row in rows)
    # "2024-10-14 – 2024-10-17", or "2024-10-14 –" over "2024-10-17" in a narrow terminal
    dates_width = 10 if one_date else 23 if console.width >= 100 else 12
    fixed = 7 + 5 + sum(map(len, STANCE_NAMES)) + dates_width + (4 if by == "speaker" else 20)
    room = console.width - fixed - (8 if by == "speaker" else 9)
    names = [str(row.get(by) or "(unknown)") for row in rows] or [by]
    longest_word = max(len(w) for name in names for w in name.split() or [""])
    name_width = max(min(max(map(len, names)), 24, room), min(longest_word, 20), len(by))
    table.add_column(by, width=name_width if console.width < 10_000 else None)
    table.add_column("type", width=7, no_wrap=True)
    table.add_column("total", justify="right", width=5, no_wrap=True)
    for stance in STANCE_NAMES:
        style = STANCE_STYLES.get(stance, "")
        table.add_column(stance, justify="right", style=style, width=len(stance), no_wrap=True)
    table.add_column("dates", width=dates_width if console.width < 10_000 else None)
    if by == "speaker":
        table.add_column("docs", justify="right", width=4, no_wrap=True)
    else:
        table.add_column("confirmed by")
        table.add_column("denied by")
    for row in rows:
        name = row.get(by)
        kind = str(row.get("speaker_type" if by == "speaker" else "entity_type") or "")
        cells = [
            Text(name) if name else Text("(unknown)", style="dim"),
            Text(_TYPE_LABELS.get(kind, kind)),
            Text(str(row["statements"])),
            *(Text(str(row[s])) for s in STANCE_NAMES),
            Text(_dates(row)),
        ]
        if by == "speaker":
            cells.append(Text(str(row.get("documents", ""))))
        else:
            cells.append(Text(_names(row.get("confirmed_by") or [])))
            cells.append(Text(_names(row.get("denied_by") or [])))
        table.add_row(*cells)
    if not rows:
        table.caption = "no statements"
    console.print(table)
