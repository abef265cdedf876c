"""Throughput of claimx against the spaCy parse it rests on, in one process and one run.

    python bench/throughput.py [--rounds N] [--no-parallel] [--no-textacy]

Rows: bare ``nlp.pipe`` (same loaded pipeline, same texts, same batch size) and
``Extractor.pipe``, interleaved and repeated (best run kept), their ratio (goal <= 1.10); the
rules alone on the parsed docs; dateparser's share (calls, cache hits, seconds); textacy's
``direct_quotations`` on the same parsed docs, for scale; ``Extractor.pipe(n_process=2)``
against 1 (speed-up, identical records).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from _common import best_of, header, load_documents, row, words

BATCH = 16


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _wps(n_words: int, seconds: float) -> str:
    return f"{n_words / seconds:,.0f} w/s"


def _records(results) -> list[str]:
    return [
        json.dumps([s.to_dict() for s in r.statements], ensure_ascii=False) + (r.error or "")
        for r in results
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=2, help="runs of each row (best kept)")
    ap.add_argument("--no-parallel", action="store_true", help="skip the n_process=2 rows")
    ap.add_argument("--no-textacy", action="store_true", help="skip the textacy row")
    args = ap.parse_args()

    import claimx
    from claimx.rules.attribution import extract_statements
    from claimx.rules.dating import DateResolver
    from claimx.rules.doccache import parsed_from

    docs = load_documents()
    texts = [d.text for d in docs]
    n_words = words(texts)
    t0 = time.perf_counter()
    ex = claimx.load()
    load_s = time.perf_counter() - t0
    nlp = ex.nlp
    header(f"throughput: {len(docs)} articles, {n_words:,} words, batch size {BATCH}")
    print(f"  model {ex.name} ({', '.join(nlp.pipe_names)}), loaded in {load_s:.2f} s")

    # Warm-up: first calls pay for lazy imports (dateparser, lexicons) and allocator growth.
    list(nlp.pipe(texts[:8], batch_size=BATCH))
    list(ex.pipe(docs[:8], batch_size=BATCH))
    ex.resolver.resolve("on Oct. 3, 2016", "2016-10-20")

    bare: list[tuple[float, float]] = []
    ours: list[tuple[float, float]] = []
    parsed = results = None
    for _ in range(args.rounds):  # interleaved, so a busy spell hurts both rows alike
        w, c, parsed = best_of(1, lambda: list(nlp.pipe(texts, batch_size=BATCH)))
        bare.append((w, c))
        ex.resolver = DateResolver()  # a cold date cache, as on a new corpus
        w, c, results = best_of(1, lambda: list(ex.pipe(docs, batch_size=BATCH)))
        ours.append((w, c))
    b_wall, b_cpu = min(bare)
    o_wall, o_cpu = min(ours)
    n_statements = sum(len(r.statements) for r in results)
    n_errors = sum(r.error is not None for r in results)

    print()
    row("", "wall", "words/s", "CPU")
    row("bare spaCy nlp.pipe", _fmt(b_wall), _wps(n_words, b_wall), _fmt(b_cpu))
    row("claimx Extractor.pipe", _fmt(o_wall), _wps(n_words, o_wall), _fmt(o_cpu))
    ratio, cpu_ratio = o_wall / b_wall, o_cpu / b_cpu
    verdict = "ok" if ratio <= 1.10 else "over goal"
    row("ratio claimx / bare (goal <= 1.10)", f"{ratio:.3f}", verdict, f"{cpu_ratio:.3f}")
    paired = sorted(o[0] / b[0] for b, o in zip(bare, ours, strict=True))
    row(
        "  each round's ratio (its own bare run)",
        " ".join(f"{r:.3f}" for r in paired),
        f"median {statistics.median(paired):.3f}",
    )
    print(f"  claimx: {n_statements} statements, {n_errors} failed documents")

    # The rules alone, on the docs the bare run parsed: what claimx adds to the parse.
    def rules():
        res = DateResolver()
        out = []
        for d, doc in zip(docs, parsed, strict=True):
            parsed_from(doc, d.text)  # as Extractor.pipe does: the Doc's text is the text parsed
            out.append(extract_statements(doc, article_date=d.date, doc_id=d.id, resolver=res))
        return out

    r_wall, r_cpu, _ = best_of(args.rounds, rules)
    row(
        "claimx rules alone on parsed docs",
        _fmt(r_wall),
        f"{r_wall / b_wall:.1%} of parse",
        _fmt(r_cpu),
    )

    _dateparser_share(docs, parsed, extract_statements, DateResolver, b_wall)
    if not args.no_textacy:
        _textacy(parsed, n_words, args.rounds)
    if not args.no_parallel:
        _parallel(ex, docs, n_words, o_wall, _records(results), args.rounds)


def _dateparser_share(docs, parsed, extract_statements, DateResolver, parse_s: float) -> None:
    """How many expressions reach dateparser, and how many the resolver's cache answers."""
    from dateparser.date import DateDataParser

    header("dateparser's share (rules on the parsed docs, a fresh DateResolver)")
    stats = {
        "get_date_data": 0,
        "dp_seconds": 0.0,
        "parsers": 0,
        "date_of": 0,
        "resolve": 0,
        "computed": 0,
    }
    distinct: set[tuple[str, str | None]] = set()
    orig_get, orig_init = DateDataParser.get_date_data, DateDataParser.__init__

    def get_date_data(self, *a, **k):
        t = time.perf_counter()
        try:
            return orig_get(self, *a, **k)
        finally:
            stats["get_date_data"] += 1
            stats["dp_seconds"] += time.perf_counter() - t

    def init(self, *a, **k):
        stats["parsers"] += 1
        orig_init(self, *a, **k)

    res = DateResolver()

    def counted(name: str, fn):
        def wrapper(*a, **k):
            stats[name] += 1
            if name == "resolve":
                distinct.add((a[0], a[1] if len(a) > 1 else k.get("article_date")))
            return fn(*a, **k)

        return wrapper

    # Instance attributes shadow the methods, so the resolver's own calls are counted too.
    res.date_of = counted("date_of", res.date_of)
    res.resolve = counted("resolve", res.resolve)
    if hasattr(res, "_resolve"):  # the uncached path: a cache miss
        res._resolve = counted("computed", res._resolve)
    DateDataParser.get_date_data, DateDataParser.__init__ = get_date_data, init
    try:
        t = time.perf_counter()
        for d, doc in zip(docs, parsed, strict=True):
            extract_statements(doc, article_date=d.date, doc_id=d.id, resolver=res)
        total = time.perf_counter() - t
    finally:
        DateDataParser.get_date_data, DateDataParser.__init__ = orig_get, orig_init
    hits = stats["resolve"] - stats["computed"] if stats["computed"] else None
    row("statements dated (date_of calls)", str(stats["date_of"]))
    row("time expressions resolved (resolve calls)", str(stats["resolve"]))
    row("  distinct (expression, article date)", str(len(distinct)))
    row("  answered by the resolver's cache", "n/a" if hits is None else str(hits))
    row(
        "  settled by rules, no dateparser",
        str(stats["computed"] - stats["get_date_data"]) if stats["computed"] else "n/a",
    )
    row("dateparser get_date_data calls", str(stats["get_date_data"]))
    row("dateparser parsers built (one per date)", str(stats["parsers"]))
    row(
        "seconds in dateparser",
        _fmt(stats["dp_seconds"]),
        f"{stats['dp_seconds'] / total:.1%} of rules",
        f"{stats['dp_seconds'] / parse_s:.1%} parse",
    )


def _textacy(parsed, n_words: int, rounds: int) -> None:
    header("for scale: textacy direct_quotations on the same parsed docs")
    try:
        import textacy
        from textacy.extract.triples import direct_quotations
    except Exception as exc:  # not installed, or not compatible with this spaCy
        row(
            "textacy direct_quotations",
            f"unavailable ({type(exc).__name__}: {exc}); pip install -e '.[bench]'",
        )
        return

    def run() -> tuple[int, int]:
        found = failed = 0
        for doc in parsed:
            try:
                found += sum(1 for _ in direct_quotations(doc))
            except Exception:  # textacy raises on some unbalanced quotation marks
                failed += 1
        return found, failed

    w, c, (found, failed) = best_of(rounds, run)
    row(f"textacy {textacy.__version__} direct_quotations", _fmt(w), _wps(n_words, w), _fmt(c))
    print(
        f"  textacy: {found} direct quotations; {failed} documents raised (textacy bails out "
        "on an unclosed quotation mark)"
    )


def _parallel(ex, docs, n_words: int, serial_s: float, reference: list[str], rounds: int) -> None:
    header("Extractor.pipe(n_process=2) against 1, in this process")
    best = float("inf")
    same = True
    for _ in range(rounds):
        t = time.perf_counter()
        results = list(ex.pipe(docs, n_process=2, batch_size=BATCH))
        best = min(best, time.perf_counter() - t)
        same = same and _records(results) == reference
    row("n_process=1 (from above)", _fmt(serial_s), _wps(n_words, serial_s))
    row("n_process=2 (pool start-up included)", _fmt(best), _wps(n_words, best))
    row(
        "speed-up (goal >= 1.6)",
        f"{serial_s / best:.2f}x",
        "records identical" if same else "RECORDS DIFFER",
    )


if __name__ == "__main__":  # the spawn pool re-imports this module in its workers
    main()
