"""claimx.evaluate against the reference scorer (../shared/eval/score.py) and by hand."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimx.evaluate import (
    ERROR_KINDS,
    GoldArticle,
    GoldFormatError,
    RecordsFormatError,
    evaluate,
    evaluate_files,
    load_gold,
    load_records,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
POLNEAR_DEV = SHARED / "gold" / "polnear-dev.jsonl"
# The sample article's expected statements, kept in the repository.
SEED = REPO / "tests" / "data" / "nato-north-korea.gold.jsonl"
NO_POLNEAR = "PolNeAR corpus (not redistributable) not found at ../shared/gold/polnear-dev.jsonl"

REFERENCE_KEYS = (
    "docs gold_statements predicted claim_P claim_R claim_F1 claim_exact_R claim_R_cov30 "
    "speaker_acc speaker_acc_lenient stance_acc stance_macroF1 stance_F1 stance_gold_dist "
    "date_acc date_n date_local_acc date_local_n date_fallback_acc matched"
).split()


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def reference(gold: Path, records: Path, threshold: float = 0.5) -> dict[str, Any]:
    if not SCORE_PY.exists():
        pytest.skip(f"reference scorer not found at {SCORE_PY}")
    proc = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(records), str(threshold)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def assert_same_as_reference(gold: Path, records: Path, threshold: float = 0.5) -> dict[str, Any]:
    ours = evaluate_files(gold, records, threshold).to_dict()
    ref = reference(gold, records, threshold)
    assert set(ref) <= set(ours)
    assert {k: ours[k] for k in ref} == ref
    return ours


def span(text: str, part: str) -> list[int]:
    """Offsets of ``part``, preferably as whole words ("he" is not the end of "the")."""
    m = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) or re.search(re.escape(part), text)
    assert m, part
    return [m.start(), m.end()]


# --------------------------------------------------------------------------- hand-made gold

TEXT_A = (
    "Mayor Ann Lee said on Tuesday that the bridge will reopen in May. "
    '"It is safe," she added, "and it is cheap." '
    "Critics denied that the repairs were finished. "
    "Polls show most residents approve. "
    "The council may vote again, according to a spokesman."
)
TEXT_B = (
    "Last Friday the senator held a rally in Ohio. "
    "The crowd was large and loud, the weather was mild, the parking lots were full, and the "
    "local businesses reported brisk sales all afternoon long. "
    "At the rally, Sen. Tom Hale told supporters that taxes would fall. "
    "In 2015 he had said the opposite."
)


def statement(
    text: str,
    speaker: str | None,
    mention: str | None,
    cue: str,
    claims: list[str],
    stance: str,
    date: str | None = None,
    date_text: str | None = None,
    att_id: str = "S",
) -> dict[str, Any]:
    return {
        "att_id": att_id,
        "speaker": speaker,
        "speaker_mention": mention,
        "speaker_spans": [span(text, mention)] if mention else [],
        "cue": cue,
        "cue_spans": [span(text, cue)],
        "claim": " ".join(claims),
        "claim_spans": [span(text, c) for c in claims],
        "stance": stance,
        "date": date,
        "date_text": date_text,
    }


GOLD_A = {
    "doc_id": "lee",
    "publication_date": "2024-10-17",
    "title": None,
    "text": TEXT_A,
    "statements": [
        statement(
            TEXT_A,
            "Ann Lee",
            "Mayor Ann Lee",
            "said",
            ["the bridge will reopen in May"],
            "confirm",
            "2024-10-15",
            "on Tuesday",
            "S1",
        ),
        statement(
            TEXT_A,
            "Ann Lee",
            "she",
            "added",
            ["It is safe", "and it is cheap"],
            "confirm",
            att_id="S2",
        ),
        statement(
            TEXT_A,
            "critics",
            "Critics",
            "denied",
            ["the repairs were finished"],
            "deny",
            att_id="S3",
        ),
        statement(
            TEXT_A,
            None,
            None,
            "according to",
            ["The council may vote again"],
            "uncertain",
            att_id="S4",
        ),
    ],
    "others": [{"att_id": "O1", "claim_spans": [span(TEXT_A, "most residents approve")]}],
}
GOLD_B = {
    "doc_id": "rally",
    "publication_date": "2016-09-20",
    "title": "Rally",
    "text": TEXT_B,
    "statements": [
        statement(
            TEXT_B,
            "Tom Hale",
            "Sen. Tom Hale",
            "told",
            ["taxes would fall"],
            "confirm",
            "2016-09-16",
            "Last Friday",
            "S1",
        ),
        statement(
            TEXT_B,
            "Tom Hale",
            "he",
            "had said",
            ["the opposite"],
            "confirm",
            "2015",
            "In 2015",
            "S2",
        ),
    ],
    "others": [],
}


def rec(
    doc: str,
    claim: list[Any] | None,
    speaker: str | None = None,
    stance: str | None = None,
    date: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "doc": doc,
        "speaker": speaker,
        "stance": stance,
        "date": date,
        "spans": {"claim": claim, "speaker": None, "cue": None},
        **extra,
    }


def perfect_records() -> list[dict[str, Any]]:
    out = []
    for gold in (GOLD_A, GOLD_B):
        for st in gold["statements"]:
            date = st["date"] or (None if st["date_text"] else gold["publication_date"])
            out.append(rec(gold["doc_id"], st["claim_spans"], st["speaker"], st["stance"], date))
    return out


def mixed_records() -> list[dict[str, Any]]:
    """One case per code path; the expected figures below are worked out by hand."""
    a, b = TEXT_A, TEXT_B
    return [
        # exact, as a single [s, e]; surname only; finer date than the gold's -> right
        rec(
            "corpus/lee.txt",
            span(a, "the bridge will reopen in May"),
            "Lee",
            "confirm",
            "2024-10-15T08:00",
        ),
        # split quote predicted as one part over the attribution: Jaccard 20/28, not exact;
        # fuller name with possessive still strict-right; fallback date right; stance wrong
        rec(
            "lee",
            [[span(a, "It is safe")[0], span(a, "and it is cheap")[1]]],
            "Mayor Ann Lee's",
            "uncertain",
            "2024-10-17",
            confidence=0.9,
        ),
        # 8 of 22 characters: below the 0.5 threshold, above 30% coverage -> missed + FP
        rec("lee", [span(a, "finished")], "critics", "deny", "2024-10-17", confidence=0.2),
        # a gold attribution that is not a statement: counts for precision only
        rec("lee", [span(a, "most residents approve")], "Polls", "confirm", "2024-10-17"),
        # overlaps nothing
        rec("lee", [span(a, "Polls show")], "Polls", "confirm", "2024-10-17", confidence=0.7),
        # coarser date than the gold's -> wrong; confirm read as deny
        rec("rally", [span(b, "taxes would fall")], "Tom Hale", "deny", "2016-09"),
        # no speaker; year gold, day prediction in that year -> right; no stance
        rec("rally", [span(b, "the opposite")], None, None, "2015-06-01"),
        # a document the gold does not have
        rec("elsewhere", [[0, 10]], "X", "confirm"),
    ]


MIXED_EXPECTED = {
    "docs": 2,
    "gold_statements": 6,
    "predicted": 7,
    "matched": 4,
    "claim_P": 0.7143,
    "claim_R": 0.6667,
    "claim_F1": 0.6897,
    "claim_exact_R": 0.5,
    "claim_R_cov30": 0.8333,
    "speaker_acc": 0.5,
    "speaker_acc_lenient": 0.75,
    "speaker_n": 4,
    "stance_acc": 0.25,
    "stance_F1": {"confirm": 0.4, "deny": 0.0, "uncertain": 0.0},
    "stance_macroF1": 0.1333,
    "stance_gold_dist": {"confirm": 4},
    "stance_n": 4,
    "stance_confusion": {
        "confirm": {"confirm": 1, "deny": 1, "uncertain": 1, "null": 1},
        "deny": {"confirm": 0, "deny": 0, "uncertain": 0, "null": 0},
        "uncertain": {"confirm": 0, "deny": 0, "uncertain": 0, "null": 0},
    },
    "date_acc": 0.6667,
    "date_n": 3,
    "date_local_acc": 1.0,
    "date_local_n": 2,
    "date_fallback_acc": 1.0,
    "date_fallback_n": 1,
    "matched_other": 1,
    "ignored_records": 1,
    "threshold": 0.5,
}
PERFECT_EXPECTED = {
    "docs": 2,
    "gold_statements": 6,
    "predicted": 6,
    "matched": 6,
    "claim_P": 1.0,
    "claim_R": 1.0,
    "claim_F1": 1.0,
    "claim_exact_R": 1.0,
    "claim_R_cov30": 1.0,
    "speaker_acc": 1.0,
    "speaker_acc_lenient": 1.0,
    "speaker_n": 5,  # S4 has no gold speaker
    "stance_acc": 1.0,
    "stance_macroF1": 1.0,
    "stance_F1": {"confirm": 1.0, "deny": 1.0, "uncertain": 1.0},
    "date_acc": 1.0,
    "date_n": 3,
    "date_local_acc": 1.0,
    "date_local_n": 2,
    "date_fallback_acc": 1.0,
    "date_fallback_n": 3,
    "matched_other": 0,
    "ignored_records": 0,
}
EMPTY_EXPECTED = {
    "docs": 2,
    "gold_statements": 6,
    "predicted": 0,
    "matched": 0,
    "claim_P": 0.0,
    "claim_R": 0.0,
    "claim_F1": 0.0,
    "speaker_acc": 0.0,
    "stance_acc": 0.0,
    "stance_macroF1": 0.0,
    "stance_gold_dist": {},
    "date_acc": None,
    "date_n": 0,
    "date_local_acc": None,
    "date_fallback_acc": None,
}


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", [GOLD_A, GOLD_B])


@pytest.mark.parametrize(
    ("records", "threshold", "expected"),
    [
        (perfect_records, 0.5, PERFECT_EXPECTED),
        (mixed_records, 0.5, MIXED_EXPECTED),
        # the 8/22 partial claim now matches: one more match, and one FP fewer
        (mixed_records, 0.3, {"matched": 5, "claim_P": 0.8571, "claim_R": 0.8333}),
        (mixed_records, 0.9, {"matched": 3, "claim_exact_R": 0.5}),
        (list, 0.5, EMPTY_EXPECTED),
    ],
    ids=["perfect", "mixed", "mixed-th0.3", "mixed-th0.9", "no-records"],
)
def test_hand_made_gold(tmp_path, gold_path, records, threshold, expected):
    records_path = write_jsonl(tmp_path / "records.jsonl", records())
    ours = (
        assert_same_as_reference(gold_path, records_path, threshold)
        if SCORE_PY.exists()
        else evaluate_files(gold_path, records_path, threshold).to_dict()
    )
    assert {k: ours[k] for k in expected} == expected


def test_figures_do_not_depend_on_the_reference(gold_path, tmp_path):
    """The hand figures hold without score.py too (it may be absent on a user's machine)."""
    result = evaluate_files(gold_path, write_jsonl(tmp_path / "r.jsonl", mixed_records()))
    assert {k: result.to_dict()[k] for k in MIXED_EXPECTED} == MIXED_EXPECTED
    assert result.claim_f1 == 0.6897 and result.stance_confusion["confirm"]["null"] == 1
    assert any("not in the gold" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "golds", "others", "preds", "expected"),
    [
        # two identical predictions for one claim: the first matches, the second is a FP
        (
            "Ann said alpha beta gamma.",
            [["alpha beta gamma"]],
            [],
            [["alpha beta gamma"]] * 2,
            {"matched": 1, "claim_P": 0.5},
        ),
        # one prediction over two claims at equal Jaccard: the first statement wins
        (
            "Ann said aaaa bbbb.",
            [["aaaa"], ["bbbb"]],
            [],
            [["aaaa bbbb"]],
            {"matched": 1, "claim_P": 1.0, "claim_R": 0.5},
        ),
        # tie between a statement and a non-statement attribution: the statement wins
        (
            "Ann said aaaa bbbb.",
            [["aaaa"]],
            ["bbbb"],
            [["aaaa bbbb"]],
            {"matched": 1, "claim_R": 1.0, "matched_other": 0},
        ),
        # exactly 30% of the gold's characters covered counts for cov30
        (
            "Ann said abcdefghij.",
            [["abcdefghij"]],
            [],
            [["abc"]],
            {"matched": 0, "claim_R_cov30": 1.0, "claim_P": 0.0},
        ),
        # punctuation and spaces do not count: a claim with its quote marks is exact
        (
            'Ann said "alpha, beta!"',
            [["alpha, beta"]],
            [],
            [['"alpha, beta!"']],
            {"matched": 1, "claim_exact_R": 1.0},
        ),
        # a split claim predicted in its two parts is exact
        (
            '"Alpha," Ann said, "beta."',
            [["Alpha", "beta"]],
            [],
            [["Alpha,", "beta."]],
            {"matched": 1, "claim_exact_R": 1.0},
        ),
        # a prediction without a claim span matches nothing but still counts as predicted
        ("Ann said alpha.", [["alpha"]], [], [[]], {"predicted": 1, "matched": 0, "claim_P": 0.0}),
    ],
    ids=[
        "duplicate",
        "one-over-two",
        "statement-beats-other",
        "cov30-boundary",
        "punctuation",
        "split-parts",
        "no-span",
    ],
)
def test_matching_edge_cases(tmp_path, text, golds, others, preds, expected):
    gold = {
        "doc_id": "d",
        "publication_date": None,
        "text": text,
        "statements": [
            {
                "speaker": "Ann",
                "claim_spans": [span(text, p) for p in g],
                "stance": "confirm",
                "date": None,
                "date_text": None,
            }
            for g in golds
        ],
        "others": [{"claim_spans": [span(text, o)]} for o in others],
    }
    records = [rec("d", [span(text, part) for part in parts], "Ann", "confirm") for parts in preds]
    gp = write_jsonl(tmp_path / "g.jsonl", [gold])
    rp = write_jsonl(tmp_path / "r.jsonl", records)
    ours = evaluate_files(gp, rp).to_dict()
    assert {k: ours[k] for k in expected} == expected
    if SCORE_PY.exists():
        assert_same_as_reference(gp, rp)


@pytest.mark.parametrize(
    ("pred", "gold", "strict", "lenient"),
    [
        ("Mark Rutte", "Mark Rutte", 1.0, 1.0),
        ("NATO Secretary General Mark Rutte", "Mark Rutte", 1.0, 1.0),
        ("Rutte", "Mark Rutte", 0.0, 1.0),
        ("Mark Rutte's", "Mark Rutte", 1.0, 1.0),
        ("the Kremlin", "Kremlin", 1.0, 1.0),
        ("Mark Smith", "Mark Rutte", 0.0, 0.0),
        (None, "Mark Rutte", 0.0, 0.0),
        ("José Álvarez", "José Álvarez", 1.0, 1.0),
        # single-letter initials do not count, as in the reference scorer
        ("Harry M. Reid", "Harry Reid", 1.0, 1.0),
        ("Donald Trump", "Donald J. Trump", 1.0, 1.0),
        ("J. Smith", "Mark Smith", 0.0, 1.0),
    ],
)
def test_speaker_accuracy(pred, gold, strict, lenient):
    text = "He said alpha."
    art = GoldArticle("d", text, None, [{"speaker": gold, "claim_spans": [span(text, "alpha")]}])
    result = evaluate([art], [rec("d", span(text, "alpha"), pred)])
    assert (result.speaker_acc, result.speaker_acc_lenient, result.speaker_n) == (
        strict,
        lenient,
        1,
    )


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("2024-10-15", "2024-10-15", True),
        ("2024-10-15T08:00", "2024-10-15", True),
        ("2024-10-15", "2024-10", True),
        ("2024-10", "2024-10-15", False),
        ("2024-11-15", "2024", True),
        ("2023", "2024", False),
        (None, "2024", False),
    ],
)
def test_date_precision(pred, gold, ok):
    text = "On Tuesday he said alpha."
    st = {
        "speaker": "Ann",
        "claim_spans": [span(text, "alpha")],
        "date": gold,
        "date_text": "On Tuesday",
    }
    result = evaluate(
        [GoldArticle("d", text, "2024-10-17", [st])],
        [rec("d", span(text, "alpha"), "Ann", date=pred)],
    )
    assert (result.date_acc, result.date_local_acc) == ((1.0, 1.0) if ok else (0.0, 0.0))


@pytest.mark.parametrize(
    ("doc", "scored"),
    [
        ("lee", True),
        ("data/lee.txt", True),
        ("/abs/path/lee.jsonl", True),
        ("lee.txt.gz", False),
        ("-", False),
        (None, False),
    ],
)
def test_record_doc_is_matched_by_id_or_file_stem(doc, scored):
    text = "Ann said alpha."
    art = GoldArticle("lee", text, None, [{"speaker": "Ann", "claim_spans": [span(text, "alpha")]}])
    result = evaluate([art], [rec(doc, span(text, "alpha"), "Ann")])
    assert (result.matched, result.ignored_records) == ((1, 0) if scored else (0, 1))


def test_doc_id_field_wins_over_doc():
    text = "Ann said alpha."
    art = GoldArticle("lee", text, None, [{"speaker": "Ann", "claim_spans": [span(text, "alpha")]}])
    record = rec("other", span(text, "alpha"), "Ann") | {"doc_id": "lee"}
    assert evaluate([art], [record]).matched == 1


# --------------------------------------------------------------------------- errors()


def test_errors_lists_every_miss_with_its_sentence(gold_path, tmp_path):
    result = evaluate_files(gold_path, write_jsonl(tmp_path / "r.jsonl", mixed_records()))
    everything = result.errors()
    by_kind = {k: [e for e in everything if e.kind == k] for k in ERROR_KINDS}
    assert {k: len(v) for k, v in by_kind.items()} == {
        "missed": 2,
        "false_positive": 2,
        "speaker": 2,
        "stance": 3,
        "date": 1,
    }

    council, repairs = by_kind["missed"]  # no overlap at all is worse than a partial one
    assert council.att_id == "S4" and council.severity == 1.0 and council.predicted is None
    assert council.sentence == "The council may vote again, according to a spokesman."
    assert repairs.att_id == "S3" and repairs.predicted == "finished"
    assert repairs.sentence == "Critics denied that the repairs were finished."

    # false positives: the more confident one first; the one over a partial claim names it
    assert [e.predicted for e in by_kind["false_positive"]] == ["Polls show", "finished"]
    assert by_kind["false_positive"][0].sentence == "Polls show most residents approve."

    hale = next(e for e in by_kind["speaker"] if e.doc == "rally")
    assert (hale.gold, hale.predicted, hale.severity) == ("Tom Hale", None, 1.0)
    assert hale.sentence == "In 2015 he had said the opposite." and hale.att_id == "S2"
    lee = next(e for e in by_kind["speaker"] if e.doc == "lee")
    assert (lee.gold, lee.predicted, lee.severity) == ("Ann Lee", "Lee", 0.5)

    flip = next(e for e in by_kind["stance"] if e.predicted == "deny")
    assert flip.sentence == "At the rally, Sen. Tom Hale told supporters that taxes would fall."
    date = by_kind["date"][0]
    assert (date.gold, date.predicted, date.doc) == ("2016-09-16", "2016-09", "rally")
    assert "dated from context" in date.note

    # a short list takes each kind in turn, worst first
    assert [e.kind for e in result.errors(5)] == list(ERROR_KINDS)
    assert result.errors(5)[0] is council
    assert [e.kind for e in result.errors(kinds=["stance"])] == ["stance"] * 3
    assert result.errors(0) == []
    json.dumps([e.to_dict() for e in everything], ensure_ascii=False)


def test_no_errors_when_perfect(gold_path, tmp_path):
    result = evaluate_files(gold_path, write_jsonl(tmp_path / "r.jsonl", perfect_records()))
    assert result.errors() == []


# --------------------------------------------------------------------------- loading


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"text": "x", "statements": []}', "'doc_id'"),
        ('{"doc_id": "d", "statements": []}', "'text'"),
        ('{"doc_id": "d", "text": "x"}', "'statements' must be a list"),
        ('{"doc_id": "d", "text": "x", "statements": [{"claim_spans": [[1]]}]}', "claim_spans"),
        ('{"doc_id": "d", "text": "x", "statements": [{"speaker": "a"}]}', "claim_spans"),
        (
            '{"doc_id": "d", "text": "x", "statements": [{"claim_spans": [[0, 1]], "speaker": 3}]}',
            "'speaker'",
        ),
        (
            '{"doc_id": "d", "text": "x", "statements": [], "others": [{"claim_spans": "0-1"}]}',
            "others[0]",
        ),
    ],
)
def test_bad_gold_names_the_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_A) + "\n\n" + line + "\n", "utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert f"{path}:3" in str(info.value) and message in str(info.value)


def test_empty_gold_is_an_error(tmp_path):
    with pytest.raises(GoldFormatError, match="no articles"):
        load_gold(write_jsonl(tmp_path / "g.jsonl", []))


def test_bad_records(tmp_path, gold_path):
    bad = tmp_path / "r.jsonl"
    bad.write_text('{"doc": "lee"}\n"just a string"\n', "utf-8")
    with pytest.raises(RecordsFormatError, match=r"r.jsonl:2"):
        load_records(bad)
    bad.write_text(json.dumps(rec("lee", [["a", "b"]])) + "\n", "utf-8")
    with pytest.raises(RecordsFormatError, match="spans.claim"):
        evaluate_files(gold_path, bad)


def test_duplicate_gold_ids_keep_the_later_article(tmp_path):
    later = GOLD_B | {"doc_id": "lee"}
    path = write_jsonl(tmp_path / "g.jsonl", [GOLD_A, later])
    result = evaluate_files(path, write_jsonl(tmp_path / "r.jsonl", []))
    assert (result.docs, result.gold_statements) == (1, 2)
    assert any("appears twice" in w for w in result.warnings)


# --------------------------------------------------------------------------- real gold


def perturbed_records(gold_path: Path, seed: int) -> list[dict[str, Any]]:
    """Records made from the gold itself, bent in every way the scorer distinguishes."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for line in gold_path.read_text("utf-8").splitlines():
        art = json.loads(line)
        text, pub = art["text"], art["publication_date"]
        for item in art["statements"] + art["others"]:
            roll = rng.random()
            if roll < 0.12:
                continue  # missed
            parts = [list(p) for p in item["claim_spans"]]
            if roll < 0.25:
                parts = parts[:1]  # a split claim found in part
            elif roll < 0.4:
                s, e = parts[0]
                parts[0] = [s + (e - s) // 3, e]  # shrunk
            elif roll < 0.45:
                parts = [parts[0][0], parts[-1][1]]  # one flat [s, e] over the whole
            speaker, stance = item.get("speaker"), item.get("stance", "confirm")
            date = item.get("date") or (None if item.get("date_text") else pub)
            roll = rng.random()
            if roll < 0.1 and speaker:
                speaker = speaker.split()[-1]
            elif roll < 0.2:
                speaker = None
            elif roll < 0.25:
                speaker = f"Mr. {speaker}'s"
            elif roll < 0.3:
                speaker = "Someone Else"
            if rng.random() < 0.12:
                stance = rng.choice(["confirm", "deny", "uncertain", None, "neutral"])
            roll = rng.random()
            if roll < 0.1:
                date = None
            elif roll < 0.2 and date:
                date = date[:7]
            elif roll < 0.25 and date:
                date += "T10:00:00"
            elif roll < 0.3:
                date = "1999-01-01"
            doc = f"corpus/{art['doc_id']}.txt" if rng.random() < 0.3 else art["doc_id"]
            out.append(rec(doc, parts, speaker, stance, date, confidence=round(rng.random(), 2)))
        for _ in range(3):  # false positives anywhere in the text
            start = rng.randrange(len(text) - 100)
            out.append(
                rec(art["doc_id"], [start, start + rng.randrange(3, 100)], "Nobody", "confirm", pub)
            )
    out.append(rec("not-in-gold", [[0, 10]]))
    rng.shuffle(out)
    return out


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason=NO_POLNEAR)
@pytest.mark.parametrize(("seed", "threshold"), [(0, 0.5), (1, 0.5), (2, 0.3), (3, 0.75)])
def test_polnear_dev_perturbed_matches_reference(tmp_path, seed, threshold):
    records = write_jsonl(tmp_path / "records.jsonl", perturbed_records(POLNEAR_DEV, seed))
    result = evaluate_files(POLNEAR_DEV, records, threshold)
    ours = result.to_dict()
    # every code path was exercised
    assert ours["docs"] == 30 and ours["gold_statements"] == 515
    assert 0 < ours["claim_exact_R"] < ours["claim_R"] <= ours["claim_R_cov30"] < 1
    assert ours["matched_other"] > 0 and ours["ignored_records"] == 1
    assert 0 < ours["speaker_acc"] < ours["speaker_acc_lenient"] < 1
    assert set(ours["stance_confusion"]["confirm"]) >= {"null", "neutral"}
    assert all(0 < ours[k] < 1 for k in ("date_acc", "date_local_acc", "date_fallback_acc"))
    assert {e.kind for e in result.errors()} == set(ERROR_KINDS)
    if SCORE_PY.exists():
        assert {k: ours[k] for k in REFERENCE_KEYS} == reference(POLNEAR_DEV, records, threshold)


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason=NO_POLNEAR)
def test_polnear_dev_gold_as_records_is_perfect(tmp_path):
    records = []
    for art in load_gold(POLNEAR_DEV):
        for st in art.statements:
            date = st["date"] or (None if st["date_text"] else art.publication_date)
            records.append(rec(art.doc_id, st["claim_spans"], st["speaker"], st["stance"], date))
    result = evaluate_files(POLNEAR_DEV, write_jsonl(tmp_path / "r.jsonl", records))
    assert (result.claim_f1, result.claim_exact_recall, result.speaker_acc) == (1.0, 1.0, 1.0)
    assert (result.stance_macro_f1, result.date_acc, result.date_fallback_acc) == (1.0, 1.0, 1.0)
    assert result.errors() == []


# --------------------------------------------------------------------------- the command


@pytest.fixture
def cli():
    from typer.testing import CliRunner

    from claimx.cli import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["eval", *map(str, args)])


@pytest.fixture
def mixed_path(tmp_path) -> Path:
    return write_jsonl(tmp_path / "records.jsonl", mixed_records())


def test_cli_json_equals_library_and_lists_errors(cli, gold_path, mixed_path):
    result = cli(gold_path, mixed_path, "--format", "json", "--errors", "3")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    errors = out.pop("errors")
    assert out == evaluate_files(gold_path, mixed_path).to_dict()
    assert [e["kind"] for e in errors] == ["missed", "false_positive", "speaker"]
    assert errors[0]["sentence"] == "The council may vote again, according to a spokesman."
    assert "not in the gold" in result.stderr


def test_cli_defaults_to_json_off_a_terminal(cli, gold_path, mixed_path):
    result = cli(gold_path, mixed_path, "--threshold", "0.3")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["threshold"], out["matched"]) == (0.3, 5) and "errors" not in out
    if SCORE_PY.exists():
        assert {k: out[k] for k in REFERENCE_KEYS} == reference(gold_path, mixed_path, 0.3)


def test_cli_table(cli, gold_path, mixed_path):
    result = cli(gold_path, mixed_path, "--format", "table", "--errors", "5")
    assert result.exit_code == 0, result.output
    table = result.stdout
    for label, value in [
        ("claim precision", "0.7143"),
        ("claim F1", "0.6897"),
        ("speaker accuracy (surname)", "0.7500"),
        ("date accuracy (local)", "1.0000"),
        ("stance macro-F1", "0.1333"),
    ]:
        line = next(row for row in table.splitlines() if label in row)
        assert value in line, line
    assert "worst misses (5)" in table and "spokesman." in table
    assert "{" not in table  # a table, not JSON


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["missing.jsonl"], 2, "missing.jsonl: no such file"),
        (["{gold}", "missing.jsonl"], 2, "missing.jsonl: no such file"),
        (["{gold}", "{records}", "-o", "{tmp}/x.jsonl"], 2, "needs no RECORDS"),
        (["{gold}", "--format", "xml"], 2, "table or json"),
        (["{badgold}", "{records}"], 1, "badgold.jsonl:2: missing or empty string field 'doc_id'"),
        (["{gold}", "{badrec}"], 1, "badrec.jsonl:2: expected a JSON object"),
    ],
    ids=["no-gold", "no-records", "o-with-records", "bad-format", "bad-gold", "bad-records"],
)
def test_cli_failures(cli, tmp_path, gold_path, mixed_path, args, code, message):
    badgold = tmp_path / "badgold.jsonl"
    badgold.write_text(json.dumps(GOLD_A) + '\n{"text": "no id", "statements": []}\n', "utf-8")
    badrec = tmp_path / "badrec.jsonl"
    badrec.write_text('{"doc": "lee"}\n["not a record"]\n', "utf-8")
    names = {
        "gold": gold_path,
        "records": mixed_path,
        "badgold": badgold,
        "badrec": badrec,
        "tmp": tmp_path,
    }
    result = cli(*(a.format(**names) for a in args))
    assert result.exit_code == code
    assert message in result.stderr and result.stdout == ""


def test_cli_extracts_when_no_records_are_given(cli, tmp_path):
    saved = tmp_path / "extracted.jsonl"
    result = cli(SEED, "--format", "json", "-o", saved)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(REFERENCE_KEYS) | {"stance_confusion"} <= set(out)
    assert (out["docs"], out["gold_statements"]) == (1, 16)
    assert out["predicted"] > 0 and out["matched"] > 0
    for key in REFERENCE_KEYS:
        if key.endswith(("_P", "_R", "_acc", "_lenient", "_cov30", "macroF1", "claim_F1")):
            assert out[key] is None or 0 <= out[key] <= 1, key
    assert all(0 <= f <= 1 for f in out["stance_F1"].values())
    # the saved records score the same, here and in the reference scorer
    records = load_records(saved)
    assert len(records) == out["predicted"] and all(r["doc"] == "nato-north-korea" for r in records)
    assert evaluate_files(SEED, saved).to_dict() == out
    if SCORE_PY.exists():
        assert {k: out[k] for k in REFERENCE_KEYS} == reference(SEED, saved)


# --------------------------------------------------------------------------- confidence bands


def banded_records() -> list[dict[str, Any]]:
    why = {"statement": "say_complement", "speaker": "mention", "stance": "assertion"}
    return [
        # right claim, right speaker
        rec(
            "lee", span(TEXT_A, "the bridge will reopen in May"), "Ann Lee", confidence=0.9, why=why
        ),
        # right claim, wrong speaker
        rec(
            "lee",
            [span(TEXT_A, "It is safe"), span(TEXT_A, "and it is cheap")],
            "Bob Smith",
            confidence=0.8,
            why={**why, "statement": "adjacent_quote"},
        ),
        # no gold statement there
        rec("rally", span(TEXT_B, "the weather was mild"), "Crowd", confidence=0.15, why=why),
        # a band of its own, right
        rec("rally", span(TEXT_B, "taxes would fall"), "Tom Hale", confidence=0.45),
        rec("rally", span(TEXT_B, "the opposite"), "Tom Hale"),  # no confidence: in no band
    ]


def test_confidence_bands_count_records_with_claim_and_speaker_right(tmp_path, gold_path):
    result = evaluate_files(gold_path, write_jsonl(tmp_path / "r.jsonl", banded_records()))
    bands = {b["band"]: (b["records"], b["right"]) for b in result.to_dict()["confidence_bands"]}
    assert bands == {
        "0.0-0.2": (1, 0.0),
        "0.2-0.4": (0, None),
        "0.4-0.6": (1, 1.0),
        "0.6-0.8": (0, None),
        "0.8-1.0": (2, 0.5),
    }
    # score.py's keys keep score.py's values: the bands are an addition
    if SCORE_PY.exists():
        ours = result.to_dict()
        ref = reference(gold_path, write_jsonl(tmp_path / "r.jsonl", banded_records()))
        assert {k: ours[k] for k in ref} == ref


def test_misses_carry_the_records_why(tmp_path, gold_path):
    result = evaluate_files(gold_path, write_jsonl(tmp_path / "r.jsonl", banded_records()))
    by_kind = {e.kind: e for e in result.errors()}
    assert by_kind["speaker"].why is not None
    assert by_kind["speaker"].why["statement"] == "adjacent_quote"
    assert by_kind["false_positive"].to_dict()["why"]["statement"] == "say_complement"


def test_cli_table_prints_bands_and_why(cli, tmp_path, gold_path):
    records = write_jsonl(tmp_path / "r.jsonl", banded_records())
    result = cli(gold_path, records, "--format", "table", "--errors", "10")
    assert result.exit_code == 0, result.output
    band = next(row for row in result.stdout.splitlines() if "0.8-1.0" in row)
    assert "2" in band and "0.5000" in band
    assert "why:" in result.stdout and "adjacent_quote" in result.stdout
    out = json.loads(cli(gold_path, records, "--format", "json", "--errors", "3").stdout)
    assert out["confidence_bands"][-1] == {"band": "0.8-1.0", "records": 2, "right": 0.5}
    assert any(e["why"] for e in out["errors"])


def test_cli_eval_extracts_with_explain(cli, tmp_path):
    """Without records, eval extracts itself with --explain on: each miss shows its why."""
    text = (
        "Mayor Ann Lee said the bridge will reopen in May. "
        "The council may vote again, according to a spokesman."
    )
    gold = {
        "doc_id": "lee2",
        "publication_date": "2024-10-17",
        "title": None,
        "text": text,
        "statements": [
            statement(
                text,
                "Bob Smith",
                "Mayor Ann Lee",
                "said",
                ["the bridge will reopen in May"],
                "confirm",
            ),
        ],
    }
    path = write_jsonl(tmp_path / "g.jsonl", [gold])
    out = json.loads(cli(path, "--format", "json", "--errors", "5").stdout)
    assert out["predicted"] >= 1 and sum(b["records"] for b in out["confidence_bands"]) >= 1
    speaker = [e for e in out["errors"] if e["kind"] == "speaker"]
    assert speaker and speaker[0]["why"]["statement"] == "say_complement"
