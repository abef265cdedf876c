"""Helpers shared by the sentence-table tests (not a test module itself).

Rows name the statement they are about by its cue (and the claim they expect), because a
mini-article may hold several statements; failures print every statement found so that a
broken rule is diagnosable from the test output alone.
"""

from __future__ import annotations

import re

from claimx.record import QUOTE_KINDS, SPEAKER_TYPES, STANCES, Statement


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the words: enough to tell which of a few statements a row means."""
    x, y = set(_grams(a)), set(_grams(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def _grams(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower())


def describe(statements: list[Statement]) -> str:
    if not statements:
        return "  (no statements)"
    return "\n".join(
        f"  [{s.index}] speaker={s.speaker!r} mention={s.speaker_mention!r} "
        f"type={s.speaker_type} cue={s.cue!r} quote={s.quote} stance={s.stance} "
        f"cues={s.stance_cues} claim={s.claim!r}"
        for s in statements
    )


def pick(
    statements: list[Statement], cue: str | tuple[str | None, ...] | None, claim: str | None = None
) -> Statement:
    """The statement a row is about: one of the cues (case-insensitive), best claim overlap.

    ``None`` as a cue means a statement without one (a floating quotation). When no statement
    has the cue, the one whose claim overlaps best is returned (so the row fails on the cue, with
    everything else visible); with no such statement either, fails listing what was found.
    """
    cues = cue if isinstance(cue, tuple) else (cue,)
    wanted = {c.lower() if c is not None else None for c in cues}
    same = [s for s in statements if (s.cue.lower() if s.cue is not None else None) in wanted]
    if not same and claim is not None:
        same = [s for s in statements if overlap(s.claim, claim) >= 0.5]
    assert same, f"no statement with cue {cue!r}; found:\n{describe(statements)}"
    if claim is None:
        return same[0]
    return max(same, key=lambda s: overlap(s.claim, claim))


def check_invariants(text: str, st: Statement) -> None:
    """What every record must satisfy whatever the rules decide (record.md)."""
    parts = [text[s:e] for s, e in st.claim_spans]
    assert st.claim_spans, "a statement needs at least one claim part"
    assert all(0 <= s < e <= len(text) for s, e in st.claim_spans), st.claim_spans
    assert st.claim_spans == sorted(st.claim_spans), "claim parts must be in text order"
    assert " ".join(parts) == st.claim, (parts, st.claim)
    if st.cue_span is None:
        assert st.cue is None
    else:
        assert text[st.cue_span[0] : st.cue_span[1]] == st.cue
    if st.speaker_span is None:
        assert not st.speaker_mention, "a mention needs its span"
    else:
        assert text[st.speaker_span[0] : st.speaker_span[1]] == st.speaker_mention
    assert st.stance in STANCES
    assert st.quote in QUOTE_KINDS
    assert st.speaker_type in SPEAKER_TYPES
    assert 0.0 <= st.confidence <= 1.0
    assert all(isinstance(c, str) and c for c in st.stance_cues)


def cue_in(stance_cues: list[str], words: tuple[str, ...]) -> bool:
    """One of the acceptable deciding words is listed (a cue may be a phrase holding it)."""
    got = [c.lower() for c in stance_cues]
    return any(w.lower() in g.split() or w.lower() == g for w in words for g in got)
