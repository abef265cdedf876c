"""Regenerate the sample's golden output after an intentional change to the rules.

Usage (from the repository root)::

    python tests/regen_golden.py          # rewrite data/samples/nato-north-korea.jsonl
    python tests/regen_golden.py --check  # exit 1 if the golden file is out of date

The golden file pins the extractor's exact records on the sample article, so that any change in
output is a visible diff in review; ``tests/test_samples.py`` compares against it. Review the
diff (``git diff data/samples``) before committing: it is the behaviour change you are making.
The sample text itself is the ``text`` of the sample's expected statements,
``tests/data/nato-north-korea.gold.jsonl`` (the project's own annotation of its own sample); with
``--text`` the ``.txt`` file is rewritten from it too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SAMPLE_TXT = SAMPLES / "nato-north-korea.txt"
GOLDEN = SAMPLES / "nato-north-korea.jsonl"
# The sample's expected statements (gold format, see docs/evaluation.md).
SEED = ROOT / "tests" / "data" / "nato-north-korea.gold.jsonl"
SAMPLE_DATE = "2024-10-17"
# The path as a user types it from the repository root: it is the record's `doc` field.
SAMPLE_DOC_ID = "data/samples/nato-north-korea.txt"


def sample_text() -> str:
    """The sample as claimx reads it: UTF-8, exactly the seed's characters."""
    return SAMPLE_TXT.read_bytes().decode("utf-8")


def golden_lines(extractor=None) -> list[str]:
    """The JSONL lines the extractor produces on the sample now (no trailing newline)."""
    if extractor is None:
        import claimx

        extractor = claimx.load()
    records = extractor.extract(sample_text(), date=SAMPLE_DATE, doc_id=SAMPLE_DOC_ID)
    return [json.dumps(r.to_dict(), ensure_ascii=False) for r in records]


def write_text_from_seed() -> None:
    seed = json.loads(SEED.read_text("utf-8").splitlines()[0])
    SAMPLE_TXT.write_bytes(seed["text"].encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether it is up to date")
    ap.add_argument("--text", action="store_true", help="also rewrite the .txt from the seed")
    args = ap.parse_args(argv)
    if args.text:
        write_text_from_seed()
    content = "".join(line + "\n" for line in golden_lines())
    old = GOLDEN.read_text("utf-8") if GOLDEN.exists() else None
    if args.check:
        if old != content:
            print(f"{GOLDEN.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1
        return 0
    GOLDEN.write_text(content, encoding="utf-8")
    n = content.count("\n")
    state = "unchanged" if old == content else "updated"
    print(f"{GOLDEN.relative_to(ROOT)}: {n} records ({state})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
