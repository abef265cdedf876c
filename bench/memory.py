"""Peak memory and time against the size of ONE article (issue 17: memory bounded).

Each size runs ``python -m claimx extract ARTICLE -f jsonl -o /dev/null`` in its own process and
reads that process's peak resident memory (``wait4``'s ru_maxrss), so the figures include the
model (a fixed ~0.3-0.5 GB) and nothing of this script. The article is real news prose: the
PolNeAR dev articles joined by blank lines and repeated until the size is reached.

    python bench/memory.py                 # 0.1, 1, 5 and 20 MB
    python bench/memory.py 0.1 2           # chosen sizes, in MB

Flat peak memory and seconds per MB about constant are what "bounded and linear" mean here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from _common import SRC, header, load_rows

SIZES_MB = (0.1, 1.0, 5.0, 20.0)


def article(size: int) -> str:
    prose = "\n\n".join(row["text"].strip() for row in load_rows())
    reps = size // len(prose) + 1
    return ("\n\n".join([prose] * reps))[:size]


def measure(path: str) -> tuple[float, float, int]:
    """(seconds, peak MB, statements) of one extract run on ``path``."""
    paths = [p for p in (os.environ.get("PYTHONPATH"), str(SRC)) if p]  # PYTHONPATH still wins
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimx", "extract", path, "-q", "-f", "jsonl", "-o", out.name],
            env=env,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            sys.exit(f"bench: claimx failed on {path} (status {status})")
        with open(out.name, "rb") as f:
            n = sum(1 for _ in f)
    return seconds, usage.ru_maxrss / 1024, n  # ru_maxrss is in KB on Linux


def main(argv: list[str]) -> None:
    sizes = [float(a) for a in argv] or list(SIZES_MB)
    header("one article: peak memory and time against its size")
    print(f"{'MB':>6} {'chars':>11} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'statements':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = os.path.join(tmp, f"article-{mb}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(article(int(mb * 1_000_000)))
            seconds, peak, n = measure(path)
            rate = seconds / mb
            print(f"{mb:>6} {int(mb * 1e6):>11,} {seconds:>8.1f} {rate:>6.1f} {peak:>8.0f} {n:>10}")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
