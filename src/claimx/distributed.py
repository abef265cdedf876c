"""The same extraction on a Dask cluster (``pip install "claimx[dask]"``).

Workers read the inputs themselves: tasks carry file paths and byte ranges of JSON Lines corpora,
not texts, so the client is no bottleneck when the workers share its file system (only standard
input is read by the client and shipped). Each worker process loads the spaCy model once and keeps
it (a cache keyed by model name: ``nlp`` is never pickled). Tasks read through the functions of
:mod:`claimx.io.sources` and run :meth:`claimx.extractor.Extractor.pipe`, so documents, warnings and
records are exactly those of a local run; they return plain data (record dicts, messages), and the
client puts them back in input order as :class:`~claimx.extractor.Result` objects.

A worker that dies mid-task loses nothing: the scheduler reruns the task elsewhere, and since every
task's output has one place in the input order, a rerun cannot duplicate documents either.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from claimx.extractor import Result, model_name
from claimx.record import Document, statement_from_record

if TYPE_CHECKING:
    import dask.bag

    from claimx.extractor import Extractor
    from claimx.io.sources import InputError, InputWarning

    Item = Document | InputError | InputWarning

__all__ = ["Cluster", "ClusterError", "connect", "pipe", "statement_from_record", "statements_bag"]

# A task's reading options: the keyword arguments of sources.input_reader.
ReaderOptions = dict[str, Any]
# The rest of a task's options: the keyword arguments of _extract_items (batch_size, with_text,
# explain).
Job = dict[str, Any]
# What a task returns, in input order, as plain data (cheap to ship): ("doc", id, text, date,
# title, path, meta, records, error) with text "" unless asked for, ("error", name, message,
# fatal) or ("warning", name, message).
Entry = tuple

RETRIES = 3  # a task that raises (not a per-document failure) is retried this often
MIN_CHUNK = 64 * 1024
MAX_CHUNK = 16 * 1024 * 1024
FILE_TASK_BYTES = 1024 * 1024  # plain files go in tasks of up to batch_size files or this size
OPEN_END = 2**63 - 1


class ClusterError(RuntimeError):
    """Dask is missing, the scheduler address is wrong or cannot be reached; one clear line."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage  # True when the address itself is malformed (a usage error)


# ---------------------------------------------------------------------- worker side

_EXTRACTORS: dict[str, Extractor] = {}
_LOAD_LOCK = threading.Lock()
# One extraction at a time per process: a worker with several threads gains nothing from more
# (the GIL), and the date resolver's caches are not meant for concurrent writers.
_RUN_LOCK = threading.Lock()


def worker_extractor(model: str) -> Extractor:
    """This process's extractor for ``model``, loaded on first use and then kept."""
    with _LOAD_LOCK:
        extractor = _EXTRACTORS.get(model)
        if extractor is None:
            from claimx.extractor import load

            extractor = _EXTRACTORS[model] = load(model)
        return extractor


def _warm(model: str) -> int:
    """Load the model ahead of the first task (and fail early if a worker lacks it)."""
    worker_extractor(model)
    return os.getpid()


def _extract_items(
    model: str,
    items: Iterable[Item],
    batch_size: int,
    with_text: bool = False,
    explain: bool = False,
) -> list[Entry]:
    from claimx.io.sources import InputError

    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    extractor = worker_extractor(model)
    with _RUN_LOCK:
        extractor.explain = explain  # the extractor is shared by this process's tasks
        results = list(extractor.pipe(docs, batch_size=batch_size))
    done = iter(results)
    out: list[Entry] = []
    for item in items:
        if isinstance(item, Document):
            r = next(done)
            records = [s.to_dict() for s in r.statements]
            d = r.document
            text = d.text if with_text else ""
            out.append(("doc", d.id, text, d.date, d.title, d.path, d.meta, records, r.error))
        elif isinstance(item, InputError):
            out.append(("error", item.name, item.message, item.fatal))
        else:
            out.append(("warning", item.name, item.message))
    return out


def _extract_files(
    model: str, files: list[tuple[str, str]], options: ReaderOptions, job: Job
) -> list[Entry]:
    """A task: plain files ``(name, location)``, read on the worker as a local run reads them.

    ``name`` is the path as the user gave it (ids and messages say it, as locally); ``location``
    is where the worker opens it (absolute, resolved on the client: workers have their own
    working directories)."""
    from claimx.io.sources import input_reader

    reader = input_reader(**options)
    items = [item for name, location in files for item in reader.read_path(name, location)]
    return _extract_items(model, items, **job)


def _extract_documents(model: str, docs: list[dict[str, Any]], job: Job) -> list[Entry]:
    """A task: documents the client already holds (standard input)."""
    return _extract_items(model, [Document(**d) for d in docs], **job)


def _count_lines(path: str, start: int, end: int) -> int:
    """Numbers the lines of later ranges (ids and messages say ``file:LINE``)."""
    from claimx.io.sources import lines_in_range

    try:
        with open(path, "rb") as f:
            return sum(1 for _ in lines_in_range(f, start, end))
    except OSError:
        return 0  # the range's own task reports it


def _extract_corpus_range(
    model: str,
    path: str,
    location: str,
    start: int,
    end: int,
    first_line: int,
    options: ReaderOptions,
    job: Job,
) -> list[Entry]:
    """A task: the JSON Lines records whose line starts in ``[start, end)`` of ``path``
    (opened at ``location``, as in :func:`_extract_files`)."""
    from claimx.io.sources import input_reader

    items = input_reader(**options).read_corpus(path, location, start, end, first_line)
    return _extract_items(model, items, **job)


# ---------------------------------------------------------------------- client side


class Cluster:
    """A connected Dask client (and the LocalCluster it started, if any) for one model."""

    def __init__(self, client: Any, model: str, local: Any = None) -> None:
        self.client = client
        self.model = model
        self._local = local

    @property
    def nthreads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            client.close()
        local, self._local = self._local, None
        if local is not None:
            local.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(
    scheduler: str,
    model: str | None = None,
    *,
    timeout: float = 60.0,
    connect_timeout: float = 5.0,
    warm: bool = True,
) -> Cluster:
    """``tcp://HOST:PORT`` (any Dask address) joins a running scheduler; ``local:N`` starts a
    LocalCluster of N single-threaded worker processes on 127.0.0.1. With ``warm``, every worker
    loads the model now, so a missing model fails here (``ModelNotFoundError``), not mid-run.
    A scheduler that does not answer within ``connect_timeout`` seconds (an address typed
    wrong, a cluster down) is an error at once; workers get ``timeout`` to join."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(
            'running on a Dask cluster needs Dask: pip install "claimx[dask]"'
        ) from None
    name = model_name(model)
    local = None
    if scheduler.startswith("local:"):
        try:
            n = int(scheduler[len("local:") :])
        except ValueError:
            n = 0
        if n < 1:
            raise ClusterError(f"bad scheduler {scheduler!r}: use local:N with N >= 1", usage=True)
        local = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # The scheduler serves HTTP anyway; a free port, not a warning when 8787 is taken.
            dashboard_address=":0",
        )
        client = Client(local, set_as_default=False)
    elif "://" in scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    else:
        raise ClusterError(
            f"bad scheduler {scheduler!r}: use tcp://HOST:PORT or local:N", usage=True
        )
    cluster = Cluster(client, name, local)
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise ClusterError(f"no Dask worker joined {scheduler} within {timeout:g} s") from None
        if warm:
            futures = [
                client.submit(_warm, name, workers=[w], allow_other_workers=False, pure=False)
                for w in client.nthreads()
            ]
            client.gather(futures)
    except BaseException:
        cluster.close()
        raise
    return cluster


def pipe(
    cluster: Cluster,
    inputs: list[str],
    *,
    documents: Callable[[Iterable[Item]], Iterable[Document]] | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = 16,
    chunk_bytes: int | None = None,
    window: int | None = None,
    with_text: bool = False,
    explain: bool = False,
    close: bool = False,
    glob: str | None = None,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    date: str | None = None,
) -> Iterator[Result]:
    """Like ``Extractor.pipe`` over ``sources.iter_documents(inputs, ...)``, on the cluster.

    Inputs are checked now (``sources.InvalidInputsError``), then read by the workers. Results come
    in input order; ``Result.document`` carries everything but the text (which stays on the
    worker). Input errors and warnings go through ``documents`` like ``iter_documents``' items
    (the CLI passes its reporter's filter) and are dropped without it. At most ``window`` tasks are
    in flight (default: three per worker thread), so memory stays flat on both sides. ``close``
    closes the cluster when the results are exhausted or closed.
    """
    from claimx.io import sources

    sources.iter_documents(inputs, encoding=encoding, date=date)  # validates; not iterated
    if date is not None:
        from claimx.datetext import normalize_date

        date = normalize_date(date)
    options: ReaderOptions = dict(
        encoding=encoding,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        date=date,
    )
    job: Job = dict(batch_size=batch_size, with_text=with_text, explain=explain)
    return _pipe(cluster, inputs, options, job, documents, stdin, glob, chunk_bytes, window, close)


def _pipe(
    cluster: Cluster,
    inputs: list[str],
    options: ReaderOptions,
    job: Job,
    documents: Callable[[Iterable[Item]], Iterable[Document]] | None,
    stdin: BinaryIO | None,
    glob: str | None,
    chunk_bytes: int | None,
    window: int | None,
    close: bool,
) -> Iterator[Result]:
    pending: deque[Any] = deque()  # futures and lists of entries, in input order
    try:
        planner = _Planner(cluster, options, job, chunk_bytes)
        units = planner.units(inputs, glob, stdin)
        entries = _in_order(units, pending, window or 3 * cluster.nthreads)
        made: deque[Result] = deque()

        def items() -> Iterator[Item]:
            for entry in entries:
                item = _to_item(entry, made)
                yield item

        if documents is None:
            documents = _only_documents
        for doc in documents(items()):
            result = made.popleft()
            while result.document is not doc:  # documents() dropped that one
                result = made.popleft()
            yield result
    finally:
        futures = [u.future for u in pending if isinstance(u, _Task)]
        if futures and cluster.client is not None:
            cluster.client.cancel(futures)
        if close:
            cluster.close()


def _only_documents(items: Iterable[Item]) -> Iterator[Document]:
    return (i for i in items if isinstance(i, Document))


def _to_item(entry: Entry, made: deque[Result]) -> Item:
    from claimx.io.sources import InputError, InputWarning

    kind = entry[0]
    if kind == "doc":
        _, doc_id, text, date, title, path, meta, records, error = entry
        doc = Document(id=doc_id, text=text, date=date, title=title, path=path, meta=meta)
        made.append(Result(doc, [statement_from_record(r) for r in records], error))
        return doc
    if kind == "error":
        return InputError(entry[1], entry[2], fatal=entry[3])
    return InputWarning(entry[1], entry[2])


class _Task:
    """A submitted task and the names its inputs are known by, should the task itself fail."""

    __slots__ = ("future", "names")

    def __init__(self, future: Any, names: list[str]) -> None:
        self.future = future
        self.names = names

    def entries(self) -> list[Entry]:
        from distributed import KilledWorker

        try:
            return self.future.result()
        except KilledWorker:
            # Its input took down worker after worker (a crash, memory): it fails like a
            # document whose extraction raises in a local run, and the run goes on.
            why = "failed on the cluster: it killed every worker that ran it"
            return [("error", name, why, True) for name in self.names]


def _in_order(units: Iterator[Any], pending: deque[Any], window: int) -> Iterator[Entry]:
    """Each unit's entries (a task's, or a list known at once) in order, ``window`` tasks
    ahead."""
    in_flight = 0

    def pop() -> list[Entry]:
        nonlocal in_flight
        head = pending.popleft()
        if isinstance(head, list):
            return head
        in_flight -= 1
        return head.entries()

    for unit in units:
        pending.append(unit)
        if not isinstance(unit, list):
            in_flight += 1
        while pending and (in_flight >= window or isinstance(pending[0], list)):
            yield from pop()
    while pending:
        yield from pop()


class _Planner:
    """Turns inputs into tasks: groups of file paths, byte ranges of corpora, stdin documents."""

    def __init__(
        self, cluster: Cluster, options: ReaderOptions, job: Job, chunk_bytes: int | None
    ) -> None:
        self.client = cluster.client
        self.model = cluster.model
        self.options = options
        self.job = job
        self.batch_size: int = job["batch_size"]
        self.chunk_bytes = chunk_bytes
        self.nthreads = cluster.nthreads
        self.lookahead = 4 * self.nthreads + 2

    def submit(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        return self.client.submit(fn, *args, pure=False, retries=RETRIES, **kw)

    def units(self, inputs: list[str], glob: str | None, stdin: BinaryIO | None) -> Iterator[Any]:
        from claimx.io.sources import CORPUS_SUFFIXES, expand_inputs, input_reader

        files: list[tuple[str, str]] = []
        size = 0
        for found in expand_inputs(inputs, glob):
            if (
                isinstance(found, str)
                and found != "-"
                and not found.lower().endswith(CORPUS_SUFFIXES)
            ):
                files.append((found, os.path.abspath(found)))
                size += _size(found)
                if len(files) >= self.batch_size or size >= FILE_TASK_BYTES:
                    yield self.files(files)
                    files, size = [], 0
                continue
            if files:
                yield self.files(files)
                files, size = [], 0
            if not isinstance(found, str):
                yield [_entry(found)]
            elif found == "-":
                yield from self.stdin(input_reader(**self.options), stdin)
            else:
                yield from self.corpus(found)
        if files:
            yield self.files(files)

    def files(self, files: list[tuple[str, str]]) -> _Task:
        future = self.submit(_extract_files, self.model, list(files), self.options, self.job)
        return _Task(future, [name for name, _ in files])

    def stdin(self, reader: Any, stdin: BinaryIO | None) -> Iterator[Any]:
        docs: list[dict[str, Any]] = []
        for item in reader.read_stdin(stdin):
            if isinstance(item, Document):
                docs.append(_document_fields(item))
            else:
                if docs:
                    yield self.documents(docs)
                    docs = []
                yield [_entry(item)]
        if docs:
            yield self.documents(docs)

    def documents(self, docs: list[dict[str, Any]]) -> _Task:
        future = self.submit(_extract_documents, self.model, docs, self.job)
        return _Task(future, [d["id"] for d in docs])

    def corpus(self, path: str) -> Iterator[Any]:
        size = _size(path)
        location = os.path.abspath(path)
        chunk = self.chunk_bytes or min(
            MAX_CHUNK, max(MIN_CHUNK, math.ceil(size / (8 * self.nthreads)))
        )
        # The last range is open-ended: a corpus still growing is read to its end, as locally.
        starts = range(0, max(size, 1), chunk)
        ranges = [(s, s + chunk if s + chunk < size else OPEN_END) for s in starts]
        # Each range's first line number (ids and messages say file:LINE) is known before its
        # task is submitted: the lines of the ranges before it are counted on the workers, a
        # window ahead, in quick high-priority tasks. (A future passed as an argument instead
        # would tie each task to the worker holding that number, and Dask would pile them up.)
        to_count = iter(ranges[:-1])
        counts: deque[Any] = deque()
        first_line = 1
        for k, (start, end) in enumerate(ranges):
            for s, e in itertools.islice(to_count, max(0, self.lookahead - len(counts))):
                counts.append(self.submit(_count_lines, location, s, e, priority=1))
            if k:
                first_line += counts.popleft().result()
            future = self.submit(
                _extract_corpus_range,
                self.model,
                path,
                location,
                start,
                end,
                first_line,
                self.options,
                self.job,
            )
            yield _Task(future, [f"{path} (bytes {start}-{min(end, size)})"])


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _entry(item: Any) -> Entry:
    from claimx.io.sources import InputError

    if isinstance(item, InputError):
        return ("error", item.name, item.message, item.fatal)
    return ("warning", item.name, item.message)


def _document_fields(d: Document) -> dict[str, Any]:
    return dict(id=d.id, text=d.text, date=d.date, title=d.title, path=d.path, meta=d.meta)


# ---------------------------------------------------------------------- dask.bag entry point


def statements_bag(
    bag: dask.bag.Bag,
    *,
    model: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    batch_size: int = 16,
    explain: bool = False,
) -> dask.bag.Bag:
    """A bag of statement records (``Statement.to_dict()``) from a bag of texts or records.

    Records are read like the lines of a JSON Lines corpus (``text_field``, ``id_field``,
    ``date_field``, ``title``); a document without an id is named ``P:N`` (partition ``P``,
    1-based position ``N`` in it), which is also the id of a plain text. A record whose text is
    missing or not a string raises ``ValueError``: a bag has no place for per-item errors.
    ``explain`` adds each record's ``why``.
    """
    import dask.bag as db

    name = model_name(model)
    index = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(
        _bag_partition,
        index,
        model=name,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        batch_size=batch_size,
        explain=explain,
    )


def _bag_partition(
    elements: Iterable[Any],
    index: Iterable[int],
    *,
    model: str,
    text_field: str,
    id_field: str,
    date_field: str,
    batch_size: int,
    explain: bool = False,
) -> list[dict[str, Any]]:
    (partition,) = list(index)
    docs = [
        _bag_document(el, f"{partition}:{n}", text_field, id_field, date_field)
        for n, el in enumerate(elements, start=1)
    ]
    extractor = worker_extractor(model)
    with _RUN_LOCK:
        extractor.explain = explain
        results = list(extractor.pipe(docs, batch_size=batch_size))
    out: list[dict[str, Any]] = []
    for r in results:
        if r.error:
            raise RuntimeError(f"{r.document.id}: {r.error}")
        out.extend(s.to_dict() for s in r.statements)
    return out


def _bag_document(
    element: Any, where: str, text_field: str, id_field: str, date_field: str
) -> Document:
    """A bag element read as a corpus line is (a plain text is a record of its own); a bag has
    no place for per-item errors, so a bad record raises."""
    from claimx.io.sources import InputError, input_reader

    if isinstance(element, str):
        element = {text_field: element}
    elif not isinstance(element, Mapping):
        raise TypeError(f"{where}: expected a text or a record, not {type(element).__name__}")
    reader = input_reader(text_field=text_field, id_field=id_field, date_field=date_field)
    for item in reader.record_document(element, where):
        if isinstance(item, Document):
            return item
        if isinstance(item, InputError):
            raise ValueError(f"{where}: {item.message}")
    raise AssertionError("record_document yields a document or an error")
