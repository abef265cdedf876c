"""The sample article: its golden output, and the product targets on the seed annotations.

The golden file pins every field of every record, so any behaviour change shows up as a diff;
after an intentional rule change run ``python tests/regen_golden.py`` and review the diff.
The seed test checks the acceptance targets on the sample's expected statements
(``tests/data/nato-north-korea.gold.jsonl``) with ``claimx eval``'s semantics: claims matched
one to one, greedily, by Jaccard overlap of the alphanumeric characters they cover.
"""

from __future__ import annotations

import json
import re

import pytest
from regen_golden import (
    GOLDEN,
    SAMPLE_DATE,
    SAMPLE_DOC_ID,
    SAMPLE_TXT,
    SEED,
    golden_lines,
    sample_text,
)
from statement_checks import check_invariants


@pytest.fixture(scope="module")
def records(extractor) -> list[dict]:
    return [json.loads(line) for line in golden_lines(extractor)]


def test_sample_files_exist():
    assert SAMPLE_TXT.is_file() and GOLDEN.is_file()
    text = sample_text()
    assert "Rutte" in text and "Zelensky" in text
    # The file is written as the seed's text, nothing added: no trailing newline.
    assert not text.endswith("\n")


def test_golden_output_unchanged(records):
    golden = [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line]
    fresh = records
    hint = "intentional? run `python tests/regen_golden.py` and review `git diff data/samples`"
    for i, (want, got) in enumerate(zip(golden, fresh, strict=False)):
        diff = {
            k: (want.get(k), got.get(k))
            for k in want.keys() | got.keys()
            if want.get(k) != got.get(k)
        }
        assert not diff, (
            f"record {i} ({want.get('claim')!r}) differs, (golden, now): {diff}; {hint}"
        )
    assert len(fresh) == len(golden), f"{len(fresh)} records now, {len(golden)} golden ({hint})"


def test_golden_file_is_canonical_jsonl():
    """One record a line, UTF-8 text unescaped, keys in the spec's order."""
    raw = GOLDEN.read_text("utf-8")
    assert raw.endswith("\n") and "\\u2019" not in raw and "’" in raw
    keys = None
    for line in raw.splitlines():
        rec = json.loads(line)
        assert line == json.dumps(rec, ensure_ascii=False)
        keys = keys or list(rec)
        assert list(rec) == keys
        assert rec["doc"] == SAMPLE_DOC_ID
    assert keys[:3] == ["doc", "index", "speaker"]


def test_sample_records_slice_the_text(extractor):
    text = sample_text()
    statements = extractor.extract(text, date=SAMPLE_DATE, doc_id=SAMPLE_DOC_ID)
    assert [s.index for s in statements] == list(range(len(statements)))
    for st in statements:
        check_invariants(text, st)


# --- the seed targets, with score.py's matching ------------------------------------------------


def _alnum_positions(text: str, spans) -> set[int]:
    return {i for s, e in spans for i in range(max(0, s), min(len(text), e)) if text[i].isalnum()}


def _norm_name(s: str | None) -> list[str]:
    s = (s or "").lower()
    s = re.sub(r"[’']s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return [t for t in s.split() if t not in {"the", "a", "an"}]


def _speaker_ok(pred: str | None, gold: str | None) -> bool | None:
    """score.py's rule: the gold name's tokens are a contiguous run of the predicted name's."""
    p, g = _norm_name(pred), _norm_name(gold)
    if not g:
        return None
    n = len(g)
    return any(p[i : i + n] == g for i in range(len(p) - n + 1))


def _match(text: str, gold: dict, preds: list[dict], threshold: float = 0.5):
    items = [
        (kind, i, _alnum_positions(text, s["claim_spans"]))
        for kind, key in (("S", "statements"), ("O", "others"))
        for i, s in enumerate(gold.get(key, []))
    ]
    pchars = [_alnum_positions(text, r["spans"]["claim"]) for r in preds]
    cand = []
    for pi, pc in enumerate(pchars):
        for kind, gi, gc in items:
            inter = len(pc & gc)
            if pc and gc and inter:
                cand.append((inter / len(pc | gc), pi, kind, gi))
    cand.sort(key=lambda c: -c[0])
    used_p: set[int] = set()
    used_g: set[tuple[str, int]] = set()
    pairs = []
    for jac, pi, kind, gi in cand:
        if jac < threshold or pi in used_p or (kind, gi) in used_g:
            continue
        used_p.add(pi)
        used_g.add((kind, gi))
        pairs.append((pi, kind, gi))
    return pairs


def test_seed_targets(records):
    gold = json.loads(SEED.read_text("utf-8").splitlines()[0])
    text = gold["text"]
    assert sample_text() == text, "data/samples/nato-north-korea.txt must be the seed's text"
    assert gold["publication_date"] == SAMPLE_DATE
    pairs = _match(text, gold, records)
    found = [(pi, gi) for pi, kind, gi in pairs if kind == "S"]
    n_gold = len(gold["statements"])
    missed = sorted(set(range(n_gold)) - {gi for _, gi in found})
    report = "\n".join(f"  missed {gold['statements'][gi]['claim']!r}" for gi in missed)
    assert len(found) >= 13, f"found {len(found)} of {n_gold} gold statements (need 13)\n{report}"

    precision = len(pairs) / len(records) if records else 0.0
    unmatched = [records[i]["claim"] for i in set(range(len(records))) - {p for p, _, _ in pairs}]
    assert precision >= 0.8, f"only {precision:.0%} of records are gold statements: {unmatched}"

    speaker_n = speaker_ok = stance_ok = 0
    wrong = []
    for pi, gi in found:
        g, r = gold["statements"][gi], records[pi]
        ok = _speaker_ok(r["speaker"], g["speaker"])
        if ok is not None:
            speaker_n += 1
            speaker_ok += ok
            if not ok:
                wrong.append(f"speaker {r['speaker']!r} for {g['speaker']!r}")
        stance_ok += r["stance"] == g["stance"]
        if r["stance"] != g["stance"]:
            wrong.append(f"stance {r['stance']} for {g['stance']}: {g['claim']!r}")
    assert speaker_ok >= 0.9 * speaker_n, f"speaker {speaker_ok}/{speaker_n}: {wrong}"
    assert stance_ok >= 0.85 * len(found), f"stance {stance_ok}/{len(found)}: {wrong}"


@pytest.mark.parametrize(
    "mention, claim_start, speaker",
    [
        ("Rutte", "NATO currently lacks evidence", "Mark Rutte"),
        ("He", "the alliance bases its assessments", "Mark Rutte"),
        ("He", "Ukraine is fighting on multiple fronts", "Volodymyr Zelensky"),
        ("Zelensky", "what he described as de facto", "Volodymyr Zelensky"),
    ],
)
def test_sample_speakers_resolved_to_full_name(records, mention, claim_start, speaker):
    """The issue names these resolutions: "Rutte", "He" and "Zelensky" take the full name."""
    hits = [r for r in records if r["claim"].startswith(claim_start)]
    assert len(hits) == 1, [r["claim"] for r in records]
    assert (hits[0]["speaker_mention"], hits[0]["speaker"]) == (mention, speaker)
