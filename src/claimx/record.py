"""The statement record (schema version 1) and the document it comes from.

This module owns every form of the record: the :class:`Statement`, its dict
(``Statement.to_dict()``, whose key order is the spec's), the dict back as a Statement
(:func:`statement_from_record`, for records that travel as plain data), and the flat row of CSV,
TSV and the SQLite store (:func:`flatten_record`, :data:`CSV_COLUMNS`, :func:`record_from_flat`).
Writers and the store consume these; none spells a field list of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]

STANCES = ("confirm", "deny", "uncertain")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "place", "group", "unknown")
DATE_SOURCES = ("text", "context", "article")
# The fields of a record's ``why`` object (``--explain``): the sieve that decided each.
WHY_FIELDS = ("statement", "speaker", "stance", "date")


@dataclass(slots=True)
class Document:
    """One input article: where it came from, its decoded text and its publication date."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Statement:
    """One reported statement; offsets are Python string indices into the decoded text."""

    speaker: str | None
    speaker_mention: str | None
    speaker_type: str
    cue: str | None
    claim: str
    quote: str
    stance: str
    stance_cues: list[str]
    date: str | None
    date_text: str | None
    date_source: str | None
    sentence: str
    speaker_span: Span | None
    cue_span: Span | None
    claim_spans: list[Span]
    confidence: float
    doc: str = "-"
    index: int = 0
    # The sieve that decided each field ({"statement": ..., "speaker": ..., "stance": ...,
    # "date": ...}); in the record only when asked for (``--explain``), so the schema is
    # unchanged without it.
    why: dict[str, str] | None = None
    # The time expression that gave ``date``/``date_text`` (its own sentence's or, with
    # ``date_source`` "context", the scene's); ``spans.date`` only when there is one.
    date_span: Span | None = None
    # The speaker's entity in the document: one id for all its names, pronouns and descriptions
    # (the entity table's ``name_key`` of its fullest name, "donald-trump"); None when unnamed.
    speaker_entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "doc": self.doc,
            "index": self.index,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_type": self.speaker_type,
            "cue": self.cue,
            "claim": self.claim,
            "quote": self.quote,
            "stance": self.stance,
            "stance_cues": list(self.stance_cues),
            "date": self.date,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "sentence": self.sentence,
            "spans": {
                "speaker": list(self.speaker_span) if self.speaker_span else None,
                "cue": list(self.cue_span) if self.cue_span else None,
                "claim": [list(s) for s in self.claim_spans],
                **({"date": list(self.date_span)} if self.date_span else {}),
            },
            "confidence": round(float(self.confidence), 3),
            "speaker_entity": self.speaker_entity,
        }
        if self.why is not None:
            out["why"] = dict(self.why)
        return out


RECORD_KEYS = tuple(
    Statement(
        None,
        None,
        "unknown",
        None,
        "",
        "indirect",
        "confirm",
        [],
        None,
        None,
        None,
        "",
        None,
        None,
        [],
        0.0,
    ).to_dict()
)


def statement_from_record(record: Mapping[str, Any]) -> Statement:
    """The Statement whose ``to_dict()`` is ``record`` (records travel as plain dicts)."""
    spans = record["spans"]
    why = record.get("why")
    return Statement(
        speaker=record["speaker"],
        speaker_mention=record["speaker_mention"],
        speaker_type=record["speaker_type"],
        cue=record["cue"],
        claim=record["claim"],
        quote=record["quote"],
        stance=record["stance"],
        stance_cues=list(record["stance_cues"]),
        date=record["date"],
        date_text=record["date_text"],
        date_source=record["date_source"],
        sentence=record["sentence"],
        speaker_span=_pair(spans["speaker"]),
        cue_span=_pair(spans["cue"]),
        claim_spans=[(int(s), int(e)) for s, e in spans["claim"]],
        confidence=record["confidence"],
        date_span=_pair(spans.get("date")),
        speaker_entity=record.get("speaker_entity"),  # optional: records from before it
        doc=record["doc"],
        index=record["index"],
        why=dict(why) if why is not None else None,
    )


def _pair(span: Any) -> Span | None:
    return (int(span[0]), int(span[1])) if span else None


# Keys added to schema version 1 after its first release: a record (or a store) made before
# them reads with them null.
OPTIONAL_KEYS = ("speaker_entity",)


# ---------------------------------------------------------------------- the flat row

# The flat row replaces ``spans`` by these columns, at its place in the record's key order.
SPAN_COLUMNS = (
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "claim_start",
    "claim_end",
    "claim_parts",
    "date_start",
    "date_end",
)
CSV_COLUMNS: tuple[str, ...] = tuple(
    col for key in RECORD_KEYS for col in (SPAN_COLUMNS if key == "spans" else (key,))
)
# With ``--explain``, after the others: the ``why`` object as one column a field.
WHY_COLUMNS = tuple(f"why_{name}" for name in WHY_FIELDS)


def flat_columns(explain: bool = False) -> tuple[str, ...]:
    """The columns of a flat row (CSV, TSV), with the ``why_*`` ones when explaining."""
    return CSV_COLUMNS + WHY_COLUMNS if explain else CSV_COLUMNS


def flatten_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as flat cells: spans split into start/end columns, lists joined by ``|``, a
    ``why`` object as ``why_*`` cells (claim parts are ``start-end`` pairs)."""
    flat = {k: v for k, v in record.items() if k not in ("spans", "why")}
    spans = record.get("spans") or {}
    speaker, cue, parts = spans.get("speaker"), spans.get("cue"), spans.get("claim") or []
    flat["speaker_start"], flat["speaker_end"] = speaker if speaker else (None, None)
    flat["cue_start"], flat["cue_end"] = cue if cue else (None, None)
    flat["claim_start"] = parts[0][0] if parts else None
    flat["claim_end"] = parts[-1][1] if parts else None
    flat["claim_parts"] = "|".join(f"{s}-{e}" for s, e in parts)
    date = spans.get("date")
    flat["date_start"], flat["date_end"] = date if date else (None, None)
    flat["stance_cues"] = "|".join(record.get("stance_cues") or [])
    why = record.get("why")
    if why is not None:
        for name, column in zip(WHY_FIELDS, WHY_COLUMNS, strict=True):
            flat[column] = why.get(name)
    return flat


def record_from_flat(flat: Mapping[str, Any]) -> dict[str, Any]:
    """A flat row (as :func:`flatten_record` makes it) back as the record: same keys, order."""

    def pair(start: int | None, end: int | None) -> list[int] | None:
        return None if start is None or end is None else [start, end]

    parts = [
        [int(x) for x in part.split("-", 1)]
        for part in (flat["claim_parts"] or "").split("|")
        if part
    ]
    record: dict[str, Any] = {}
    for key in RECORD_KEYS:
        if key == "spans":
            record["spans"] = {
                "speaker": pair(flat["speaker_start"], flat["speaker_end"]),
                "cue": pair(flat["cue_start"], flat["cue_end"]),
                "claim": parts,
            }
            date = pair(flat.get("date_start"), flat.get("date_end"))
            if date:  # optional: only where a time expression dated the statement
                record["spans"]["date"] = date
        elif key == "stance_cues":
            record[key] = [c for c in (flat["stance_cues"] or "").split("|") if c]
        elif key in OPTIONAL_KEYS:
            record[key] = flat.get(key)
        else:
            record[key] = flat[key]
    return record
