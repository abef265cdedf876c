"""The statement record (schema version 1) and the document it comes from.

Every writer consumes ``Statement.to_dict()``, so the key order of the spec lives here only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]

STANCES = ("confirm", "deny", "uncertain")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "place", "group", "unknown")
DATE_SOURCES = ("text", "context", "article")


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
