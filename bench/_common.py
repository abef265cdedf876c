"""Shared by the bench scripts: where the corpus is, how to time, how to print a row.

The figures are wall-clock seconds on a shared machine, so every script prints the load average
next to them: a busy machine makes every row slower, and ratios are more trustworthy than
absolute speeds. Each measurement is repeated and the best run kept.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "polnear_dev.jsonl"

if str(SRC) not in sys.path:  # a checkout without `pip install -e .`; PYTHONPATH still wins
    sys.path.append(str(SRC))


def corpus_path() -> Path:
    """The 84 PolNeAR dev articles; $CLAIMX_BENCH_CORPUS overrides (same fields)."""
    path = Path(os.environ.get("CLAIMX_BENCH_CORPUS", CORPUS))
    if not path.is_file():
        sys.exit(f"bench: corpus not found: {path} (set CLAIMX_BENCH_CORPUS)")
    return path


def load_rows() -> list[dict]:
    with corpus_path().open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_documents():
    from claimx.record import Document

    return [
        Document(id=r["doc_id"], text=r["text"], date=r.get("publication_date"))
        for r in load_rows()
    ]


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def best_of(n: int, fn: Callable[[], object]) -> tuple[float, float, object]:
    """(best wall seconds, CPU seconds of that run, last result) over ``n`` runs."""
    best = (float("inf"), 0.0)
    result = None
    for _ in range(n):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        w, c = time.perf_counter() - w0, time.process_time() - c0
        if w < best[0]:
            best = (w, c)
    return best[0], best[1], result


def header(title: str) -> None:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n== {title}  (cores: {os.cpu_count()}, load average: {load})", flush=True)


def row(label: str, *cells: str) -> None:
    print(f"  {label:<44}" + "  ".join(f"{c:>14}" for c in cells), flush=True)
