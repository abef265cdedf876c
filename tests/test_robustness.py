"""Pathological input on the real model: long documents, junk, quotation-mark storms, and
properties over arbitrary and perturbed text. Extraction must never raise, every span must
slice the original text exactly, and time must stay linear in the length of a document."""

from __future__ import annotations

import re
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from statement_checks import check_invariants
from typer.testing import CliRunner

from claimx.extractor import chunks, pieces
from claimx.record import Document

SAMPLE = (Path(__file__).parent.parent / "data" / "samples" / "nato-north-korea.txt").read_text(
    encoding="utf-8"
)
DATE_AT_PRECISION = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
PROPERTY = settings(
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@contextmanager
def max_length(extractor, n: int):
    old = extractor.nlp.max_length
    extractor.nlp.max_length = n
    try:
        yield
    finally:
        extractor.nlp.max_length = old


def check_all(text: str, statements) -> None:
    for i, s in enumerate(statements):
        check_invariants(text, s)
        assert s.index == i
        if s.date is not None:
            assert DATE_AT_PRECISION.fullmatch(s.date), s.date


# ---------------------------------------------------------------------- long documents


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("ab\n\ncd. ef gh", 7),
        ("x" * 25, 7),
        ("one\ntwo\nthree\n\nfour. five six seven", 10),
        ("", 5),
    ],
)
def test_chunks_cover_the_text_and_fit(text, limit):
    got = list(chunks(text, limit))
    assert "".join(c for _, c in got) == text
    assert all(text[o : o + len(c)] == c and len(c) < limit for o, c in got)


def test_chunks_prefer_paragraphs_then_lines_then_sentences():
    got = [c for _, c in chunks("aa bb\n\ncc dd\nee. ff", 12)]
    assert got == ["aa bb\n\n", "cc dd\n", "ee. ff"]


def test_long_runs_without_whitespace_are_cut_short():
    text = "He said so.\n" + "“" * 3000 + "\nThe end."
    got = list(pieces(text, 1_000_000))
    assert "".join(c for _, c in got) == text
    assert max(len(c) for _, c in got) <= 500


def test_document_longer_than_max_length_keeps_spans_in_the_original(extractor):
    whole = extractor.extract(SAMPLE, "2024-10-17", "d")
    assert whole
    with max_length(extractor, 1500):
        parts = extractor.extract(SAMPLE, "2024-10-17", "d")
        piped = list(extractor.pipe([Document("d", SAMPLE, "2024-10-17")]))
    assert len(parts) >= len(whole) // 2
    check_all(SAMPLE, parts)
    assert piped[0].error is None
    assert [s.to_dict() for s in piped[0].statements] == [s.to_dict() for s in parts]
    # the statements far from any cut are the same as in the unchunked parse
    assert {s.claim for s in whole} & {s.claim for s in parts}


def test_pipe_mixes_long_and_short_documents_in_input_order(extractor):
    docs = [Document("a", SAMPLE[:600]), Document("b", SAMPLE), Document("c", SAMPLE[:600])]
    with max_length(extractor, 1000):
        results = list(extractor.pipe(docs, batch_size=2))
    assert [r.document.id for r in results] == ["a", "b", "c"]
    assert all(r.error is None for r in results)
    for r in results:
        check_all(r.document.text, r.statements)


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("x" * 200_000, 50_000),  # no whitespace at all: hard cut
        ("claimx " * 28_571 + "abcdefghi", 50_000),  # one line, words only, no punctuation
    ],
    ids=["letters", "words"],
)
def test_a_200000_character_line_without_punctuation(extractor, text, limit):
    assert len(text) >= 200_000 and "\n" not in text
    with max_length(extractor, limit):
        check_all(text, extractor.extract(text))


# ---------------------------------------------------------------------- quotation marks

QUOTES = [
    '"We will not back down," he said. "And we never will',
    "“We will not back down,” he said. “And “we” never will",
    "«We will «not» back down», he said. » «",
    "'We will not back down,' he said. 'And 'we' never",
    "''We will not back down,'' he said. ''And",
    "He said: “She told me ‘they said «no»’ yesterday”.",
    "”Backwards,“ the minister said. ’odd‘ ›x‹",
    '"""" """ " “” ‘’ «» ‹› „“ ‚‘ 「」',
    "The minister said “we will",
    "” he said",
]


@pytest.mark.parametrize("text", QUOTES)
def test_unbalanced_and_nested_quotation_marks(extractor, text):
    check_all(text, extractor.extract(text))
    check_all(text * 3, extractor.extract(text * 3))


def _timed(extractor, text: str) -> float:
    t0 = time.process_time()
    check_all(text, extractor.extract(text))
    return time.process_time() - t0


@pytest.mark.parametrize(
    "unit",
    ['"a" ', "“", '"', "'", "«a» ", "“a” said he. "],
    ids=["straight-pairs", "curly-run", "straight-run", "single-run", "guillemets", "said"],
)
def test_time_is_linear_in_quotation_marks(extractor, unit):
    n = 10_000 // len(re.sub(r"[^\"“”'«»]", "", unit))  # 10,000 quotation marks
    small = _timed(extractor, unit * n)
    large = _timed(extractor, unit * (2 * n))
    assert small < 30, small
    assert large <= 3 * small + 0.5, (small, large)


def test_rule_time_is_linear_in_statements_and_pronouns(extractor):
    """Many statements, pronouns and follow-on quotations in one document: the rules alone
    (the parse is timed apart) must stay linear in the number of statements."""
    from claimx.rules.attribution import extract_statements

    unit = (
        "Smith said the plan works. \u201cWe will build it again next year,\u201d he added. "
        "\u201cIt is a good plan for all of us.\u201d\n"
    )
    times = []
    for n in (1000, 2000):
        doc = extractor.nlp(unit * n)
        t0 = time.process_time()
        found = extract_statements(doc, None, resolver=extractor.resolver)
        times.append(time.process_time() - t0)
        assert len(found) == 2 * n
    small, large = times
    # linear gives about 2x; the per-pronoun scan this guards against gave about 3.6x
    assert large <= 2.6 * small + 0.2, (small, large)


# ---------------------------------------------------------------------- exit codes


def test_folder_with_good_empty_and_binary_files_exit_codes(tmp_path, monkeypatch, extractor):
    import claimx
    from claimx.cli import app

    monkeypatch.setattr(claimx, "load", lambda name=None: extractor)
    (tmp_path / "good.txt").write_text(SAMPLE[:800], encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    ok = CliRunner().invoke(app, ["extract", str(tmp_path), "-q"])
    assert ok.exit_code == 0, ok.stderr
    assert ok.stdout.strip()
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    bad = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert bad.exit_code == 3
    assert bad.stdout == ok.stdout
    assert "blob.txt" in bad.stderr and "3 documents read, 1 failed" in bad.stderr


# ---------------------------------------------------------------------- properties


@PROPERTY
@given(text=st.text(max_size=300))
def test_any_unicode_text(extractor, text):
    check_all(text, extractor.extract(text, "2024-10-17"))


JUNK = ['"', "“", "”", "‘", "’", "«", "»", "'", "''", "\n", "\n\n", "\x00", "😀", "👩‍👩‍👧", "\r\n"]


@st.composite
def perturbed(draw):
    text = SAMPLE[: draw(st.integers(400, 1500))]
    for _ in range(draw(st.integers(1, 12))):
        i = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:i] + draw(st.sampled_from(JUNK)) + text[i:]
        else:
            text = text[:i] + text[i + draw(st.integers(1, 4)) :]
    return text


@PROPERTY
@given(text=perturbed())
def test_perturbed_real_article(extractor, text):
    check_all(text, extractor.extract(text, "2024-10-17"))


@settings(
    deadline=None,
    max_examples=15,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=perturbed(), a=st.text(max_size=200), b=perturbed())
def test_output_does_not_depend_on_batch_companions(extractor, text, a, b):
    def records(companion: str) -> list[dict]:
        batch = [Document("x", companion), Document("doc", text), Document("y", companion[::-1])]
        result = list(extractor.pipe(batch, batch_size=3))[1]
        assert result.error is None
        return [s.to_dict() for s in result.statements]

    alone = [s.to_dict() for s in extractor.extract(text, None, "doc")]
    assert records(a) == alone
    assert records(b) == alone


def test_threads_sharing_an_extractor_get_the_records_of_one_thread(extractor):
    """The per-document caches are shared by the process: documents extracted in threads at
    once (a Dask worker runs several tasks) must each get their own facts. The switch interval
    is made tiny so that threads interleave inside the caches, where a race would show."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    sample = (Path(__file__).parent.parent / "data" / "samples" / "nato-north-korea.txt").read_text(
        encoding="utf-8"
    )
    texts = [
        sample,
        "Mayor Lin Park said on Monday that the bridge would reopen. “The engineers have signed "
        "off,” Park said. Her rival, Tom Reyes, denied that the bridge was safe.",
        "“We will not raise taxes,” Governor Ana Ruiz told reporters on Tuesday. Critics said "
        "the budget might not balance, according to a report by the State Auditor.",
    ] * 3
    expected = [[s.to_dict() for s in extractor.extract(t, "2024-10-17")] for t in texts]
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(4) as pool:
            got = list(
                pool.map(lambda t: [s.to_dict() for s in extractor.extract(t, "2024-10-17")], texts)
            )
    finally:
        sys.setswitchinterval(before)
    assert got == expected
