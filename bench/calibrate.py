"""Measure each statement sieve's precision on the dev gold sets: the numbers of the confidence
table (``src/claimx/rules/confidence.py``).

    python bench/calibrate.py [GOLD.jsonl ...]     # default: both PolNeAR dev sets
    python bench/calibrate.py --write              # and write the table into confidence.py

(``$CLAIMX_SHARED`` names the shared material folder when it is not ``../shared``.)

Extracts with ``--explain`` (``claimx.evaluate.extract_gold``), matches records to gold with
``claimx eval``'s own matching, and counts a record right when it matches a gold statement and
its speaker is not wrong. Prints, per statement sieve and quote kind, the records and the share
right on each set (records whose speaker is their own, named and typed), the measured penalties
(speaker untyped, unnamed, inherited from a governing clause), the table to paste into
``confidence.py``, and the confidence bands each set gets with the table now in the code.

An entry is the lower of its cell's precisions on the sets where the cell has at least
``MIN_N`` records (so that a band holds on each set, not only on their sum); a rarer cell is
pulled toward its sieve's precision, and that toward the precision of all records
(``(right + K * prior) / (n + K)``), and is never set above the precision of all records.
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from _common import REPO  # (importing it puts src/ on the path)

from claimx import evaluate as ev
from claimx.rules import confidence

SHARED = Path(os.environ.get("CLAIMX_SHARED", Path(REPO).parent / "shared"))
DEFAULT_SETS = [SHARED / "gold" / "polnear-dev.jsonl", SHARED / "gold" / "polnear-dev2.jsonl"]
MIN_N = 10
K = 5.0
INHERITED = "inherited subject"  # the ``why`` note of attribution.py


def measure(path: Path) -> list[tuple[ev.RecordOutcome, dict]]:
    """Each record with what the scorer made of it."""
    articles = ev.load_gold(path)
    records = ev.extract_gold(articles)
    result = ev.evaluate(articles, records)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_doc[r["doc"]].append(r)
    return [(o, by_doc[o.doc][o.index]) for o in result.outcomes]


def _group(record: dict) -> str:
    """Which precision a record measures: its sieve's (``own``) or a penalty's."""
    if record["speaker"] is None:
        return "unnamed"
    if record["speaker_type"] == "unknown":
        return "untyped"
    if record["why"]["statement"].endswith(INHERITED):
        return "inherited"
    return "own"


def _share(rights: list[bool]) -> float | None:
    return sum(rights) / len(rights) if rights else None


def _shrunk(rights: list[bool], prior: float) -> float:
    return (sum(rights) + K * prior) / (len(rights) + K)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def write_table(text: str) -> None:
    """Replace the table (from ``STATEMENT:`` to the ``INHERITED`` line) in confidence.py."""
    path = Path(confidence.__file__)
    old = path.read_text("utf-8")
    new = re.sub(r"STATEMENT: dict.*?\nINHERITED = [^\n]*", lambda _: text.strip(), old, flags=re.S)
    path.write_text(new, "utf-8")
    print(f"written to {path}; rerun to see the bands it gives", file=sys.stderr)


def main(argv: list[str]) -> int:
    write = "--write" in argv
    argv = [a for a in argv if a != "--write"]
    sets = [Path(a) for a in argv] or DEFAULT_SETS
    measured = {p.stem: measure(p) for p in sets}
    names = list(measured)
    # (sieve, quote) -> set -> rights, for the "own" records; group -> rights for the rest
    cells: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    groups: dict[str, list[bool]] = defaultdict(list)
    for name, rows in measured.items():
        for o, r in rows:
            group = _group(r)
            groups[group].append(o.right)
            if group == "own":
                sieve = r["why"]["statement"].partition(": ")[0]
                cells[sieve, r["quote"]][name].append(o.right)
    prior = _share(groups["own"]) or 0.5
    head = "".join(f"{n:>18}" for n in names)
    print(f"{'sieve':22}{'quote':10}{head}   entry", file=sys.stderr)
    table: dict[str, dict[str, float]] = {}
    from claimx.rules.attribution import STATEMENT_SIEVES

    for sieve in STATEMENT_SIEVES:
        mine = {k: v for k, v in cells.items() if k[0] == sieve}
        pooled_sieve = [x for per in mine.values() for xs in per.values() for x in xs]
        sieve_prior = _shrunk(pooled_sieve, prior)
        table[sieve] = {}
        for (_, quote), per in sorted(mine.items(), key=lambda kv: -sum(map(len, kv[1].values()))):
            solid = [_share(per[n]) for n in names if len(per[n]) >= MIN_N]
            pooled = [x for n in names for x in per[n]]
            if solid:
                entry = min(x for x in solid if x is not None)
            else:  # too few to measure: no higher than the average record
                entry = min(_shrunk(pooled, sieve_prior), prior)
            table[sieve][quote] = round(entry, 2)
            cols = "".join(f"{len(per[n]):>8} {_fmt(_share(per[n])):>9}" for n in names)
            print(f"{sieve:22}{quote:10}{cols}   {entry:.2f}", file=sys.stderr)
        if not mine:
            print(f"{sieve:22}{'(none)':10}", file=sys.stderr)
    penalties = {}
    for group in ("untyped", "unnamed", "inherited"):
        share = _share(groups[group])
        drop = 0.0 if share is None else prior - share
        penalties[group] = round(max(0.0, drop), 2)
        print(
            f"{group}: {_fmt(_share(groups[group]))} (n={len(groups[group])}) against own "
            f"{prior:.3f} (n={len(groups['own'])}): penalty {penalties[group]}",
            file=sys.stderr,
        )
    lines = ["STATEMENT: dict[str, dict[str, float]] = {"]
    for sieve, by_quote in table.items():
        if by_quote:
            lines.append(f'    "{sieve}": {by_quote},'.replace("'", '"'))
    lines += [
        "}",
        f"UNTYPED_SPEAKER = {penalties['untyped']}",
        f"NO_SPEAKER = {penalties['unnamed']}",
        f"INHERITED = {penalties['inherited']}",
    ]
    print("\n".join(lines))
    if write:
        write_table("\n".join(lines))
    print(f"\nbands with the table now in {confidence.__file__}:", file=sys.stderr)
    for name, rows in measured.items():
        bands = ev.confidence_bands(o for o, _ in rows)
        line = "  ".join(f"{b['band']}: {b['records']} {_fmt(b['right'])}" for b in bands)
        print(f"  {name}: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
