"""Where claimx's time goes beyond the parse: profile the rules on the parsed PolNeAR dev docs.

    python bench/profile_rules.py [--top N] [--sort tottime|cumulative] [--callers REGEX] [--full]

The 84 articles are parsed first, outside the profile, so the entries are claimx's own work
(rules, speakers, stance, quotes, dates, dateparser) and the spaCy attribute access it does.
``--full`` profiles ``Extractor.pipe`` end to end instead, parse included. cProfile's overhead
on the many small Cython calls (``Token`` creation) exaggerates them: the first line printed,
the CPU time without the profiler, is the true cost. ``--callers`` names who calls the spaCy
internals at the top (``Doc.text`` is ``doc.pyx:724``, ``Doc.ents`` ``doc.pyx:741``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from _common import load_documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumulative", "ncalls"])
    ap.add_argument("--callers", metavar="REGEX", help="also list the callers of matching entries")
    ap.add_argument("--full", action="store_true", help="profile parse and rules together")
    args = ap.parse_args()

    import claimx
    from claimx.rules.attribution import extract_statements
    from claimx.rules.dating import DateResolver

    docs = load_documents()
    ex = claimx.load()
    # Warm-up outside the profile: lazy imports (dateparser, lexicons) are start-up, not work.
    list(ex.pipe(docs[:8]))
    ex.resolver.resolve("on Oct. 3, 2016", "2016-10-20")
    parsed = None if args.full else list(ex.nlp.pipe(d.text for d in docs))

    def work() -> None:
        if args.full:
            ex.resolver = DateResolver()
            for _ in ex.pipe(docs):
                pass
            return
        res = DateResolver()
        for d, doc in zip(docs, parsed, strict=True):
            extract_statements(doc, article_date=d.date, doc_id=d.id, resolver=res)

    t = time.process_time()
    work()
    plain = time.process_time() - t
    what = "Extractor.pipe, parse included" if args.full else "rules on parsed docs"
    print(f"{what}: {plain:.2f} s CPU without profiler")

    prof = cProfile.Profile()
    prof.enable()
    work()
    prof.disable()
    stats = pstats.Stats(prof).strip_dirs().sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


if __name__ == "__main__":
    main()
