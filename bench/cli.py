"""The command line end to end: speed with 1 and 2 processes, peak memory, start-up.

    python bench/cli.py [--rounds N] [--repeat N] [--skip-memory]

Writes the 84 PolNeAR dev articles as a JSON Lines corpus (fields id, date, text) to a temp
dir and runs ``python -m claimx extract corpus.jsonl -f jsonl -o out.jsonl -q`` as a child:
- ``--n-process 1`` against ``--n-process 2`` (goal: 1.6 times faster), outputs byte-identical;
- peak RSS of the run (the largest process, workers included) on the corpus and on the corpus
  repeated ``--repeat`` times, cut into identical batches: streaming means it must not grow
  with the number of documents;
- seconds from start to the first record for one article, and for the whole corpus;
- ``claimx --help`` start-up, and whether it imported spaCy or dateparser.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, header, load_rows, row, words

CMD = [sys.executable, "-m", "claimx"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CLAIMX_MODEL"}
    # This checkout's claimx unless PYTHONPATH already points elsewhere (to compare versions).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), str(REPO / "src")]))
    return env


def run(args: list[str], *, cwd: Path) -> tuple[float, int, float]:
    """(wall seconds, exit code, peak RSS in MB of the child or any process it waited for)."""
    err = tempfile.TemporaryFile()
    t = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=err)
    # wait4 gives this child's own rusage: its peak RSS, or a worker's if that was larger.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        err.seek(0)
        sys.exit(f"bench: {' '.join(args)} failed ({code}):\n{err.read().decode()[-2000:]}")
    return wall, code, usage.ru_maxrss / 1024


def first_record(args: list[str], *, cwd: Path) -> tuple[float, float]:
    """(seconds to the first line on stdout, seconds to exit)."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    first = time.perf_counter() - t
    proc.stdout.read()
    proc.wait()
    if not line:
        sys.exit(f"bench: {' '.join(args)} wrote no record")
    return first, time.perf_counter() - t


def write_corpus(path: Path, rows: list[dict], repeat: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for k in range(repeat):
            for r in rows:
                doc_id = r["doc_id"] if repeat == 1 else f"{r['doc_id']}~{k}"
                rec = {"id": doc_id, "date": r.get("publication_date"), "text": r["text"]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=2, help="runs of each timing (best kept)")
    ap.add_argument("--repeat", type=int, default=10, help="corpus copies for the memory row")
    ap.add_argument("--skip-memory", action="store_true", help="skip the repeated-corpus run")
    args = ap.parse_args()

    rows = load_rows()
    n_words = words(r["text"] for r in rows)
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as tmp:
        d = Path(tmp)
        write_corpus(d / "corpus.jsonl", rows, 1)
        write_corpus(d / "one.jsonl", rows[:1], 1)

        header(f"CLI: {len(rows)} articles, {n_words:,} words, JSON Lines in and out")
        extract = [*CMD, "extract", "corpus.jsonl", "-f", "jsonl", "-q"]
        times: dict[int, list[float]] = {1: [], 2: []}
        rss: dict[int, float] = {}
        for _ in range(args.rounds):  # interleaved, so a busy spell hurts both alike
            for n in (1, 2):
                wall, _, peak = run([*extract, "-o", f"out{n}.jsonl", "--n-process", str(n)], cwd=d)
                times[n].append(wall)
                rss[n] = max(rss.get(n, 0.0), peak)
        one, two = min(times[1]), min(times[2])
        same = (d / "out1.jsonl").read_bytes() == (d / "out2.jsonl").read_bytes()
        n_records = sum(1 for _ in (d / "out1.jsonl").open(encoding="utf-8"))
        row("", "wall", "words/s", "peak RSS")
        row("--n-process 1", f"{one:.2f} s", f"{n_words / one:,.0f} w/s", f"{rss[1]:.0f} MB")
        row("--n-process 2", f"{two:.2f} s", f"{n_words / two:,.0f} w/s", f"{rss[2]:.0f} MB")
        row(
            "speed-up (goal >= 1.6)",
            f"{one / two:.2f}x",
            "byte-identical" if same else "OUTPUTS DIFFER",
            f"{n_records} records",
        )

        if not args.skip_memory:
            _memory(d, rows, n_words, args.repeat)

        header("start-up and latency")
        first, total = first_record([*CMD, "extract", "one.jsonl", "-f", "jsonl"], cwd=d)
        row("first record, one article", f"{first:.2f} s", f"exit {total:.2f} s")
        first, total = first_record([*CMD, "extract", "corpus.jsonl", "-f", "jsonl", "-q"], cwd=d)
        row("first record, whole corpus", f"{first:.2f} s", f"exit {total:.2f} s")
        _startup(d, args.rounds)


def _memory(d: Path, rows: list[dict], n_words: int, repeat: int) -> None:
    """Peak RSS on the corpus and on it repeated: streaming keeps it flat.

    The peak is set by the largest spaCy batch (its texts' length times the batch size), so
    both runs use a batch size that divides the corpus: every copy is cut into the same
    batches, and any growth left is memory kept per document.
    """
    batch = next(b for b in (12, 14, 7, 6, 4, 3, 2, 1) if len(rows) % b == 0)
    header(f"peak memory: the corpus once and {repeat} times (--n-process 1, --batch-size {batch})")
    write_corpus(d / "corpus_x.jsonl", rows, repeat)
    row("", "documents", "wall", "peak RSS")
    peaks = []
    for name, copies in (("corpus.jsonl", 1), ("corpus_x.jsonl", repeat)):
        cmd = [*CMD, "extract", name, "-f", "jsonl", "-q", "-o", "out_m.jsonl"]
        wall, _, peak = run([*cmd, "--batch-size", str(batch)], cwd=d)
        peaks.append(peak)
        row(f"corpus x{copies}", str(len(rows) * copies), f"{wall:.2f} s", f"{peak:.0f} MB")
    growth = peaks[1] / peaks[0]
    speed = f"x{repeat}: {n_words * repeat / wall:,.0f} w/s"
    row("growth (must stay ~1.0)", f"{growth:.2f}x", "flat" if growth < 1.1 else "GROWS", speed)
    print(
        "  (a repeated corpus repeats its words: spaCy's string store, which grows with new "
        "words, is not exercised)"
    )


def _startup(cwd: Path, rounds: int) -> None:
    def best(cmd: list[str]) -> float:
        return min(run(cmd, cwd=cwd)[0] for _ in range(max(3, rounds)))

    row("python -c pass (interpreter floor)", f"{best([sys.executable, '-c', 'pass']):.3f} s")
    row("python -m claimx --help", f"{best([*CMD, '--help']):.3f} s")
    exe = shutil.which("claimx")
    if exe:
        row("claimx --help (console script)", f"{best([exe, '--help']):.3f} s")
    proc = subprocess.run(
        [*CMD, "--help"],
        cwd=cwd,
        env={**_env(), "PYTHONPROFILEIMPORTTIME": "1"},
        capture_output=True,
        text=True,
    )
    top = {
        ln.rsplit("|", 1)[-1].strip().split(".")[0]
        for ln in proc.stderr.splitlines()
        if ln.startswith("import time:")
    }
    heavy = sorted(top & {"spacy", "thinc", "dateparser", "torch", "numpy"})
    row(
        "--help imports spaCy/dateparser/numpy?",
        ", ".join(heavy) if heavy else "none",
        f"{len(top)} top-level modules",
    )


if __name__ == "__main__":
    main()
