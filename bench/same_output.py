"""Check that a change leaves claimx's records as they were (refactors must not move output).

    python bench/same_output.py snapshot DIR   # this tree's records, one file per corpus, in DIR
    python bench/same_output.py compare A B    # differences of two snapshots (exit 1 if any)

Corpora: the sample articles in ``data/samples/``, and where ``../shared`` is there, both dev gold
sets and the 840 PolNeAR training articles. ``compare`` ignores ``confidence`` by default
(``--with-confidence`` compares it too) and ``why`` (``--explain`` output) always.

To check a refactor: snapshot on the commit before it (``git worktree add /tmp/base REV``, install
it in a scratch venv or run with ``PYTHONPATH=/tmp/base/src``), snapshot on the change, compare.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _corpora() -> dict[str, Path]:
    """name -> a JSON Lines corpus with ``id``, ``date`` and ``text`` (written to a temp dir)."""
    tmp = Path(tempfile.mkdtemp(prefix="claimx-same-"))
    out: dict[str, Path] = {}
    samples = tmp / "samples.jsonl"
    with samples.open("w", encoding="utf-8") as f:
        for p in sorted((ROOT / "data" / "samples").glob("*.txt")):
            f.write(json.dumps({"id": p.name, "text": p.read_text("utf-8")}) + "\n")
    out["samples"] = samples
    sources = {
        "dev": SHARED / "gold" / "polnear-dev.jsonl",
        "dev2": SHARED / "gold" / "polnear-dev2.jsonl",
        "train": SHARED / "data" / "polnear" / "polnear_train.jsonl",
    }
    for name, src in sources.items():
        if not src.exists():
            continue
        dst = tmp / f"{name}.jsonl"
        with src.open(encoding="utf-8") as f, dst.open("w", encoding="utf-8") as g:
            for line in f:
                a = json.loads(line)
                row = {"id": a["doc_id"], "date": a.get("publication_date"), "text": a["text"]}
                g.write(json.dumps(row) + "\n")
        out[name] = dst
    return out


def snapshot(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, corpus in _corpora().items():
        dst = target / f"{name}.jsonl"
        cmd = [sys.executable, "-m", "claimx", "extract", str(corpus), "-q", "-f", "jsonl"]
        cmd += ["-o", str(dst)]
        subprocess.run(cmd, check=True)
        print(f"{name}: {sum(1 for _ in dst.open())} records -> {dst}", file=sys.stderr)


def _records(path: Path, keep_confidence: bool) -> list[str]:
    rows = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        r.pop("why", None)
        if not keep_confidence:
            r.pop("confidence", None)
        rows.append(json.dumps(r, sort_keys=True))
    return rows


def compare(a: Path, b: Path, keep_confidence: bool) -> int:
    differ = 0
    for fa in sorted(a.glob("*.jsonl")):
        fb = b / fa.name
        if not fb.exists():
            print(f"{fa.name}: missing in {b}")
            differ += 1
            continue
        ra, rb = _records(fa, keep_confidence), _records(fb, keep_confidence)
        gone = sorted(set(ra) - set(rb))
        new = sorted(set(rb) - set(ra))
        same = "same" if not gone and not new and ra == rb else "DIFFERENT"
        print(f"{fa.name}: {len(ra)} vs {len(rb)} records, {same}")
        for r in gone[:5]:
            print("  -", r[:300])
        for r in new[:5]:
            print("  +", r[:300])
        differ += same != "same"
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        snapshot(Path(argv[1]))
        return 0
    if len(argv) >= 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]), "--with-confidence" in argv)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
