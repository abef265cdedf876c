"""Scoring statement records against hand-annotated gold (``claimx eval``).

The figures follow the reference scorer ``../shared/eval/score.py`` to the last rounding step
(same one-to-one greedy matching, same tie order, same rounded inputs to F1), so a number printed
by the product can be compared directly with one printed by the reference. On top of those
figures this module keeps the stance confusion matrix and the individual misses, because a
figure alone does not say which construction to fix.

No spaCy here: scoring a records file must not load a model. Extraction (when no records are
given) and rich rendering import their dependencies inside the functions that need them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimx.record import STANCES

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "ERROR_KINDS",
    "STANCE_LABELS",
    "EvalFormatError",
    "Evaluation",
    "GoldArticle",
    "GoldFormatError",
    "Miss",
    "RecordsFormatError",
    "evaluate",
    "evaluate_files",
    "extract_gold",
    "load_gold",
    "load_records",
    "render_table",
]

STANCE_LABELS = STANCES
ERROR_KINDS = ("missed", "false_positive", "speaker", "stance", "date")
COVERAGE_MIN = 0.3  # GenderGapTracker-style recall: a gold claim counts when 30% of it is covered
DATE_MARGIN = 100  # a gold date is "local" when its expression is this close to the statement

Span = tuple[int, int]


class EvalFormatError(ValueError):
    """An input file that cannot be scored; str(e) names the file, the line and the problem."""


class GoldFormatError(EvalFormatError):
    pass


class RecordsFormatError(EvalFormatError):
    pass


# --------------------------------------------------------------------------- loading


@dataclass(slots=True)
class GoldArticle:
    """One annotated article; statements and others keep the gold's own dict shape."""

    doc_id: str
    text: str
    publication_date: str | None = None
    statements: list[dict[str, Any]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None


def _iter_json_lines(path: str | Path, error: type[EvalFormatError]) -> Iterator[tuple[int, Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise error(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 ({exc.reason})") from None


def _check_spans(
    value: Any, where: str, key: str, *, required: bool, length: int | None = None
) -> None:
    """Integer [start, end] pairs; with ``length``, each inside the text and not reversed
    (scoring a reversed or out-of-range span would silently count it as empty)."""
    if value is None and not required:
        return
    ok = isinstance(value, list) and all(
        isinstance(sp, list | tuple)
        and len(sp) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in sp)
        for sp in value
    )
    if not ok:
        raise GoldFormatError(f"{where}: '{key}' must be a list of [start, end] integer pairs")
    for start, end in value if length is not None else ():
        if start > end:
            raise GoldFormatError(f"{where}: '{key}' span [{start}, {end}] is reversed")
        if start < 0 or end > length:
            raise GoldFormatError(
                f"{where}: '{key}' span [{start}, {end}] is outside the text (0-{length})"
            )


GOLD_STANCES = ("confirm", "deny", "uncertain")
_GOLD_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_gold_date(obj: Mapping[str, Any], key: str, where: str) -> None:
    """A gold date is ISO at year, month or day precision, and a real one."""
    import datetime

    value = obj.get(key)
    if value is None:
        return
    padded = value + "-01-01"[len(value) - 4 :] if _GOLD_DATE.fullmatch(value) else ""
    try:
        datetime.date.fromisoformat(padded)
    except ValueError:
        raise GoldFormatError(
            f"{where}: '{key}' {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


def _check_optional_str(obj: Mapping[str, Any], key: str, where: str) -> None:
    if obj.get(key) is not None and not isinstance(obj[key], str):
        raise GoldFormatError(f"{where}: '{key}' must be a string or null")


def _check_statement(item: Mapping[str, Any], at: str, length: int) -> None:
    for span_key in ("speaker_spans", "cue_spans"):
        _check_spans(item.get(span_key), at, span_key, required=False, length=length)
    for str_key in ("speaker", "stance", "date", "date_text"):
        _check_optional_str(item, str_key, at)
    if item.get("stance") is not None and item["stance"] not in GOLD_STANCES:
        raise GoldFormatError(
            f"{at}: 'stance' {item['stance']!r} is none of {', '.join(GOLD_STANCES)}"
        )
    _check_gold_date(item, "date", at)


def _gold_article(obj: Any, where: str) -> GoldArticle:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: expected a JSON object (one article a line)")
    for key in ("doc_id", "text"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise GoldFormatError(f"{where}: missing or empty string field '{key}'")
    _check_optional_str(obj, "publication_date", where)
    _check_gold_date(obj, "publication_date", where)
    length = len(obj["text"])
    lists: dict[str, list[dict[str, Any]]] = {}
    for key, required in (("statements", True), ("others", False)):
        items = obj.get(key)
        if items is None and not required:
            items = []
        if not isinstance(items, list):
            raise GoldFormatError(f"{where}: '{key}' must be a list")
        for i, item in enumerate(items):
            at = f"{where}: {key}[{i}]"
            if not isinstance(item, dict):
                raise GoldFormatError(f"{at}: expected an object")
            _check_spans(item.get("claim_spans"), at, "claim_spans", required=True, length=length)
            if key == "statements":
                _check_statement(item, at, length)
        lists[key] = items
    return GoldArticle(
        doc_id=obj["doc_id"],
        text=obj["text"],
        publication_date=obj.get("publication_date"),
        statements=lists["statements"],
        others=lists["others"],
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read gold JSONL (one article a line); raises GoldFormatError naming the bad line."""
    articles = [
        _gold_article(obj, f"{path}:{lineno}")
        for lineno, obj in _iter_json_lines(path, GoldFormatError)
    ]
    if not articles:
        raise GoldFormatError(f"{path}: no articles")
    return articles


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Read claimx records JSONL; raises RecordsFormatError naming the bad line."""
    records = []
    for lineno, obj in _iter_json_lines(path, RecordsFormatError):
        if not isinstance(obj, dict):
            raise RecordsFormatError(f"{path}:{lineno}: expected a JSON object (one record a line)")
        records.append(obj)
    return records


# --------------------------------------------------------------------------- primitives


def _alnum_positions(text: str, spans: Iterable[Sequence[int]]) -> frozenset[int]:
    """Character positions of letters and digits: punctuation and spacing do not count."""
    out: set[int] = set()
    for start, end in spans:
        out.update(i for i in range(max(0, start), min(len(text), end)) if text[i].isalnum())
    return frozenset(out)


def _name_tokens(name: Any) -> list[str]:
    """A name's words without articles and single-letter initials, as the reference scorer
    compares them ("Donald J. Trump" is "Donald Trump")."""
    s = ("" if name is None else str(name)).lower()
    s = re.sub(r"[’']s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return [t for t in s.split() if t not in {"the", "a", "an"} and len(t) > 1]


def _speaker_strict(pred: Any, gold: Any) -> bool | None:
    """Gold name as a contiguous token run of the prediction; None when gold has no name."""
    p, g = _name_tokens(pred), _name_tokens(gold)
    if not g:
        return None
    if not p:
        return False
    n = len(g)
    return p == g or any(p[i : i + n] == g for i in range(len(p) - n + 1))


def _speaker_lenient(pred: Any, gold: Any) -> bool:
    """Surname-level agreement: the last tokens match (or the strict test passes)."""
    p, g = _name_tokens(pred), _name_tokens(gold)
    if not g or not p:
        return False
    return p[-1] == g[-1] or bool(_speaker_strict(pred, gold))


def _date_ok(pred: Any, gold: str) -> bool:
    """Right at the gold's precision: a finer prediction that starts with the gold date counts."""
    if not pred:
        return False
    pred = str(pred)
    return len(pred) >= len(gold) and pred[: len(gold)] == gold


def _statement_extent(st: Mapping[str, Any]) -> Span | None:
    keys = ("claim_spans", "speaker_spans", "cue_spans")
    spans = [sp for key in keys for sp in st.get(key) or []]
    if not spans:
        return None
    return min(sp[0] for sp in spans), max(sp[1] for sp in spans)


def _date_is_local(text: str, st: Mapping[str, Any], margin: int = DATE_MARGIN) -> bool:
    """The gold date's expression stands near the statement (not only elsewhere in the article)."""
    date_text = st.get("date_text")
    extent = _statement_extent(st)
    if not date_text or extent is None:
        return False
    lo, hi = max(0, extent[0] - margin), extent[1] + margin
    return date_text.lower() in text[lo:hi].lower()


def _stem(doc: Any) -> str:
    return Path(str(doc)).stem if doc not in (None, "-") else str(doc)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _ratio(num: int, den: int, empty: float | None = 0.0) -> float | None:
    return round(num / den, 4) if den else empty


def _claim_parts(record: Mapping[str, Any]) -> list[Span]:
    """``spans.claim`` as a list of parts; a single ``[s, e]`` is accepted as one part."""
    spans = record.get("spans")
    parts = spans.get("claim") if isinstance(spans, Mapping) else None
    if not parts:
        return []
    try:
        if not isinstance(parts, list | tuple):
            raise TypeError
        if isinstance(parts[0], int):
            parts = [parts]
        return [(int(s), int(e)) for s, e in parts]
    except (TypeError, ValueError):
        raise RecordsFormatError(
            f"record {record.get('doc')!r} #{record.get('index', '?')}: "
            "spans.claim must be [start, end] or a list of [start, end] parts"
        ) from None


# --------------------------------------------------------------------------- results


@dataclass(slots=True)
class Miss:
    """One miss, with enough context to read it without opening the article."""

    kind: str  # one of ERROR_KINDS
    doc: str
    gold: str | None  # the gold value (claim text for missed, else the field)
    predicted: str | None
    sentence: str
    severity: float  # 0..1, higher is worse; orders misses within a kind
    claim: str = ""  # the claim the miss is about
    att_id: str | None = None
    record_index: int | None = None  # position of the record among its document's records
    span: Span | None = None
    note: str = ""
    why: dict[str, Any] | None = None  # the record's sieves (``--explain``), when it has them

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc": self.doc,
            "att_id": self.att_id,
            "record_index": self.record_index,
            "gold": self.gold,
            "predicted": self.predicted,
            "claim": self.claim,
            "note": self.note,
            "severity": round(self.severity, 3),
            "span": list(self.span) if self.span else None,
            "sentence": self.sentence,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """What the scorer made of one record: right means it matched a gold statement and its
    speaker is not wrong (the gold names none, or the strict name test passes)."""

    doc: str
    index: int
    confidence: float | None
    found: bool
    right: bool
    speaker: str | None
    why: dict[str, Any] | None


# Confidence bands of ``claimx eval``: [lo, hi), the last one closed.
BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0))


def confidence_bands(outcomes: Iterable[RecordOutcome]) -> list[dict[str, Any]]:
    """Per confidence band: the number of records and the share with claim and speaker right."""
    counts = [[0, 0] for _ in BANDS]
    for o in outcomes:
        if o.confidence is None:
            continue
        k = min(len(BANDS) - 1, max(0, int(o.confidence * 5 + 1e-9)))
        counts[k][0] += 1
        counts[k][1] += int(o.right)
    return [
        {"band": f"{lo:.1f}-{hi:.1f}", "records": n, "right": _ratio(r, n, None)}
        for (lo, hi), (n, r) in zip(BANDS, counts, strict=True)
    ]


# to_dict key -> attribute; the first block is score.py's output in score.py's order.
_REFERENCE_KEYS = {
    "docs": "docs",
    "gold_statements": "gold_statements",
    "predicted": "predicted",
    "claim_P": "claim_precision",
    "claim_R": "claim_recall",
    "claim_F1": "claim_f1",
    "claim_exact_R": "claim_exact_recall",
    "claim_R_cov30": "claim_recall_cov30",
    "speaker_acc": "speaker_acc",
    "speaker_acc_lenient": "speaker_acc_lenient",
    "stance_acc": "stance_acc",
    "stance_macroF1": "stance_macro_f1",
    "stance_F1": "stance_f1",
    "stance_gold_dist": "stance_gold_dist",
    "date_acc": "date_acc",
    "date_n": "date_n",
    "date_local_acc": "date_local_acc",
    "date_local_n": "date_local_n",
    "date_fallback_acc": "date_fallback_acc",
    "matched": "matched",
}
_EXTRA_KEYS = (
    "date_fallback_n",
    "speaker_n",
    "stance_n",
    "stance_confusion",
    "matched_other",
    "ignored_records",
    "threshold",
    "confidence_bands",
)


@dataclass(slots=True)
class Evaluation:
    """Figures of one scoring run; ``to_dict()`` carries score.py's keys with score.py's values."""

    docs: int
    gold_statements: int
    predicted: int
    claim_precision: float
    claim_recall: float
    claim_f1: float
    claim_exact_recall: float
    claim_recall_cov30: float
    speaker_acc: float
    speaker_acc_lenient: float
    speaker_n: int
    stance_acc: float
    stance_macro_f1: float
    stance_f1: dict[str, float]
    stance_gold_dist: dict[str, int]
    stance_n: int
    stance_confusion: dict[str, dict[str, int]]  # gold label -> predicted label -> count
    date_acc: float | None
    date_n: int
    date_local_acc: float | None
    date_local_n: int
    date_fallback_acc: float | None
    date_fallback_n: int
    matched: int  # predictions matched to gold statements
    matched_other: int  # predictions matched to gold attributions that are not statements
    ignored_records: int  # records whose doc is not in the gold
    threshold: float
    warnings: list[str] = field(default_factory=list)
    issues: list[Miss] = field(default_factory=list, repr=False)
    outcomes: list[RecordOutcome] = field(default_factory=list, repr=False)

    @property
    def confidence_bands(self) -> list[dict[str, Any]]:
        return confidence_bands(self.outcomes)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: getattr(self, attr) for key, attr in _REFERENCE_KEYS.items()}
        out.update((key, getattr(self, key)) for key in _EXTRA_KEYS)
        return out

    def errors(self, n: int | None = None, kinds: Iterable[str] | None = None) -> list[Miss]:
        """The worst misses: each kind sorted by severity, then the kinds taken in turn.

        Taking kinds in turn keeps a short list informative: one kind (usually missed
        statements) would otherwise fill it.
        """
        wanted = list(ERROR_KINDS) if kinds is None else [k for k in ERROR_KINDS if k in set(kinds)]
        queues = {
            kind: sorted((e for e in self.issues if e.kind == kind), key=lambda e: -e.severity)
            for kind in wanted
        }
        out: list[Miss] = []
        depth = 0
        while any(depth < len(q) for q in queues.values()):
            out.extend(q[depth] for q in queues.values() if depth < len(q))
            depth += 1
        return out if n is None else out[: max(0, n)]


# --------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class _Candidate:
    jaccard: float
    pred: int
    kind: str  # "S" statement, "O" other attribution
    gold: int
    exact: bool


def _join_claim(text: str, spans: Iterable[Sequence[int]]) -> str:
    return " ".join(text[max(0, s) : max(0, e)].strip() for s, e in spans).strip()


_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+|\n")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "J", "U.S", "D.C"
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rev gov sen rep gen col lt sgt capt adm st jr sr no vs inc corp co ltd"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A period after a title, a month or initials ("Sen.", "Oct.", "U.S.") ends no sentence."""
    if m.group() == "\n" or text[m.start()] != ".":
        return True
    word = re.search(r"[\w.]*$", text[max(0, m.start() - 20) : m.start()])
    token = word.group() if word else ""
    return not (token.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(token))


def _sentence_around(text: str, span: Span | None, reach: int = 300) -> str:
    """The sentence(s) holding ``span``, cut by a cheap rule: no model needed to show a miss."""
    if span is None:
        return ""
    start = min(max(0, span[0]), len(text))
    end = min(max(start, span[1]), len(text))
    lo = max(0, start - reach)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        if _is_boundary(text, m):
            left = m.end()
    right = min(len(text), end + reach)
    for m in _BOUNDARY.finditer(text, end, right):
        if _is_boundary(text, m):
            right = m.start() + (0 if m.group() == "\n" else len(m.group().rstrip()))
            break
    out = " ".join(text[left:right].split())
    if left == lo and lo > 0:
        out = "…" + out
    if right == end + reach and right < len(text):
        out += "…"
    return out


def _record_claim(record: Mapping[str, Any], text: str, parts: list[Span]) -> str:
    claim = record.get("claim")
    return claim if isinstance(claim, str) and claim else _join_claim(text, parts)


def _confidence(record: Mapping[str, Any]) -> float | None:
    conf = record.get("confidence")
    if isinstance(conf, bool) or not isinstance(conf, int | float):
        return None
    return float(conf)


def _why(record: Mapping[str, Any]) -> dict[str, Any] | None:
    why = record.get("why")
    return dict(why) if isinstance(why, Mapping) else None


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


class _Scorer:
    """Accumulates counts article by article, in the reference scorer's order."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.c: Counter[str] = Counter()
        self.stance_pairs: list[tuple[str, Any]] = []
        self.issues: list[Miss] = []
        self.outcomes: list[RecordOutcome] = []

    def article(self, art: GoldArticle, records: list[dict[str, Any]]) -> None:
        text, c = art.text, self.c
        items: list[tuple[str, int, frozenset[int]]] = [
            ("S", i, _alnum_positions(text, s["claim_spans"])) for i, s in enumerate(art.statements)
        ] + [("O", i, _alnum_positions(text, o["claim_spans"])) for i, o in enumerate(art.others)]
        c["gold_statements"] += len(art.statements)
        c["pred"] += len(records)
        parts = [_claim_parts(r) for r in records]
        pchars = [_alnum_positions(text, p) for p in parts]

        cands: list[_Candidate] = []
        for pi, pc in enumerate(pchars):
            if not pc:
                continue
            for kind, gi, gc in items:
                inter = len(pc & gc) if gc else 0
                if inter:
                    cands.append(_Candidate(inter / len(pc | gc), pi, kind, gi, pc == gc))
        cands.sort(key=lambda x: -x.jaccard)  # stable: ties keep (prediction, gold) order

        used_p: set[int] = set()
        used_g: set[tuple[str, int]] = set()
        right: dict[int, bool] = {}
        for cand in cands:
            if cand.jaccard < self.threshold:
                break
            if cand.pred in used_p or (cand.kind, cand.gold) in used_g:
                continue
            used_p.add(cand.pred)
            used_g.add((cand.kind, cand.gold))
            c["pred_matched_any"] += 1
            if cand.kind != "S":
                c["pred_matched_other"] += 1
                continue
            c["matched"] += 1
            c["exact"] += int(cand.exact)
            g, r = art.statements[cand.gold], records[cand.pred]
            right[cand.pred] = _speaker_strict(r.get("speaker"), g.get("speaker")) is not False
            self._attributes(art, g, r, cand.pred)
        for pi, r in enumerate(records):
            self.outcomes.append(
                RecordOutcome(
                    art.doc_id,
                    pi,
                    _confidence(r),
                    pi in right,
                    right.get(pi, False),
                    _as_str(r.get("speaker")),
                    _why(r),
                )
            )

        for kind, _gi, gc in items:
            # division, not multiplication: 3 / 10 >= 0.3 holds but 0.3 * 10 > 3
            if (
                kind == "S"
                and gc
                and any(len(pc & gc) / len(gc) >= COVERAGE_MIN for pc in pchars if pc)
            ):
                c["covered30"] += 1

        self._claim_misses(art, records, parts, pchars, items, cands, used_p, used_g)

    def _attributes(self, art: GoldArticle, g: dict[str, Any], r: dict[str, Any], pi: int) -> None:
        c, text = self.c, art.text
        extent = _statement_extent(g)

        def issue(kind: str, gold: Any, pred: Any, severity: float, note: str = "") -> None:
            self.issues.append(
                Miss(
                    kind=kind,
                    doc=art.doc_id,
                    gold=_as_str(gold),
                    predicted=_as_str(pred),
                    sentence=_sentence_around(text, extent),
                    severity=severity,
                    claim=_join_claim(text, g["claim_spans"]),
                    att_id=g.get("att_id"),
                    record_index=pi,
                    span=extent,
                    note=note,
                    why=_why(r),
                )
            )

        ok = _speaker_strict(r.get("speaker"), g.get("speaker"))
        if ok is not None:
            lenient = _speaker_lenient(r.get("speaker"), g.get("speaker"))
            c["speaker_n"] += 1
            c["speaker_ok"] += int(ok)
            c["speaker_lenient_ok"] += int(lenient)
            if not ok:
                issue(
                    "speaker",
                    g.get("speaker"),
                    r.get("speaker"),
                    0.5 if lenient else 1.0,
                    "surname right, name incomplete" if lenient else "",
                )

        gs, ps = g.get("stance"), r.get("stance")
        if gs:
            self.stance_pairs.append((gs, ps))
            if gs != ps:
                flip = {gs, ps} == {"confirm", "deny"} or ps not in STANCE_LABELS
                issue("stance", gs, ps, 1.0 if flip else 0.5)

        pd = r.get("date")
        if g.get("date"):
            gd = g["date"]
            good = _date_ok(pd, gd)
            local = _date_is_local(text, g)
            c["date_n"] += 1
            c["date_ok"] += int(good)
            if local:
                c["date_local_n"] += 1
                c["date_local_ok"] += int(good)
            if not good:
                severity = 1.0 if not pd or str(pd)[:4] != gd[:4] else 0.7
                where = "near the statement" if local else "dated from context"
                issue(
                    "date",
                    gd,
                    pd,
                    severity if local else severity / 2,
                    f"gold date_text {g.get('date_text')!r} ({where}); "
                    f"predicted date_text {r.get('date_text')!r}",
                )
        elif not g.get("date_text") and art.publication_date:
            good = pd == art.publication_date
            c["fallback_n"] += 1
            c["fallback_ok"] += int(good)
            if not good:
                issue(
                    "date",
                    art.publication_date,
                    pd,
                    0.5,
                    "no time expression in the gold: the article date is expected; "
                    f"predicted date_text {r.get('date_text')!r}",
                )

    def _claim_misses(
        self,
        art: GoldArticle,
        records: list[dict[str, Any]],
        parts: list[list[Span]],
        pchars: list[frozenset[int]],
        items: list[tuple[str, int, frozenset[int]]],
        cands: list[_Candidate],
        used_p: set[int],
        used_g: set[tuple[str, int]],
    ) -> None:
        text = art.text
        best_for_gold: dict[int, _Candidate] = {}
        best_for_pred: dict[int, _Candidate] = {}
        for cand in cands:  # sorted best first, so the first seen is the best
            if cand.kind == "S":
                best_for_gold.setdefault(cand.gold, cand)
            best_for_pred.setdefault(cand.pred, cand)

        for i, st in enumerate(art.statements):
            if ("S", i) in used_g:
                continue
            best = best_for_gold.get(i)
            claim = _join_claim(text, st["claim_spans"])
            extent = _statement_extent(st)
            pred_claim = _record_claim(records[best.pred], text, parts[best.pred]) if best else None
            if best is None:
                note = "no record overlaps it"
            elif best.pred in used_p:
                note = f"best overlap {best.jaccard:.2f}, but that record matched another claim"
            else:
                note = f"best overlap {best.jaccard:.2f} < threshold {self.threshold}"
            self.issues.append(
                Miss(
                    kind="missed",
                    doc=art.doc_id,
                    gold=claim,
                    predicted=pred_claim,
                    sentence=_sentence_around(text, extent),
                    severity=1.0 - (best.jaccard if best else 0.0),
                    claim=claim,
                    att_id=st.get("att_id"),
                    record_index=best.pred if best else None,
                    span=extent,
                    note=f"speaker {st.get('speaker')!r}; {note}",
                    why=_why(records[best.pred]) if best else None,
                )
            )

        for pi, record in enumerate(records):
            if pi in used_p:
                continue
            best = best_for_pred.get(pi)
            span = (parts[pi][0][0], parts[pi][-1][1]) if parts[pi] else None
            conf = _confidence(record)
            severity = conf if conf is not None else 1.0 - (best.jaccard if best else 0.0)
            if not pchars[pi]:
                note = "no claim span in the text"
            elif best is None:
                note = "overlaps no gold attribution"
            else:
                what = "statement" if best.kind == "S" else "non-statement attribution"
                note = f"best overlap {best.jaccard:.2f} with a gold {what}"
            self.issues.append(
                Miss(
                    kind="false_positive",
                    doc=art.doc_id,
                    gold=None,
                    predicted=_record_claim(record, text, parts[pi]),
                    sentence=_sentence_around(text, span),
                    severity=min(1.0, max(0.0, severity)),
                    claim=_record_claim(record, text, parts[pi]),
                    record_index=pi,
                    span=span,
                    note=f"speaker {record.get('speaker')!r}; {note}",
                    why=_why(record),
                )
            )

    def result(self, docs: int, ignored: int, warnings: list[str]) -> Evaluation:
        c, pairs = self.c, self.stance_pairs
        f1s = {}
        for lab in STANCE_LABELS:
            tp = sum(1 for g, p in pairs if g == lab and p == lab)
            npred = sum(1 for _, p in pairs if p == lab)
            ngold = sum(1 for g, _ in pairs if g == lab)
            f1s[lab] = _prf(tp, npred, ngold)[2]
        stance_acc = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0

        precision, _, _ = _prf(c["pred_matched_any"], c["pred"], c["gold_statements"])
        # recall counts statements only; precision counts a match to any gold attribution.
        # F1 is taken from the rounded P and R, as the reference does.
        recall = _ratio(c["matched"], c["gold_statements"])
        assert recall is not None
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0

        return Evaluation(
            docs=docs,
            gold_statements=c["gold_statements"],
            predicted=c["pred"],
            claim_precision=precision,
            claim_recall=recall,
            claim_f1=f1,
            claim_exact_recall=_ratio(c["exact"], c["gold_statements"]) or 0.0,
            claim_recall_cov30=_ratio(c["covered30"], c["gold_statements"]) or 0.0,
            speaker_acc=_ratio(c["speaker_ok"], c["speaker_n"]) or 0.0,
            speaker_acc_lenient=_ratio(c["speaker_lenient_ok"], c["speaker_n"]) or 0.0,
            speaker_n=c["speaker_n"],
            stance_acc=round(stance_acc, 4),
            stance_macro_f1=round(sum(f1s.values()) / 3, 4),
            stance_f1=f1s,
            stance_gold_dist=dict(Counter(g for g, _ in pairs)),
            stance_n=len(pairs),
            stance_confusion=_confusion(pairs),
            date_acc=_ratio(c["date_ok"], c["date_n"], None),
            date_n=c["date_n"],
            date_local_acc=_ratio(c["date_local_ok"], c["date_local_n"], None),
            date_local_n=c["date_local_n"],
            date_fallback_acc=_ratio(c["fallback_ok"], c["fallback_n"], None),
            date_fallback_n=c["fallback_n"],
            matched=c["matched"],
            matched_other=c["pred_matched_other"],
            ignored_records=ignored,
            threshold=self.threshold,
            warnings=warnings,
            issues=self.issues,
            outcomes=self.outcomes,
        )


def _confusion(pairs: list[tuple[str, Any]]) -> dict[str, dict[str, int]]:
    """Gold x predicted counts; labels outside the three stances get their own row/column."""
    golds = list(STANCE_LABELS) + sorted({g for g, _ in pairs} - set(STANCE_LABELS))
    preds = list(STANCE_LABELS) + sorted(
        {"null" if p is None else str(p) for _, p in pairs} - set(STANCE_LABELS)
    )
    counts = Counter((g, "null" if p is None else str(p)) for g, p in pairs)
    return {g: {p: counts[g, p] for p in preds} for g in golds}


def evaluate(
    gold: Sequence[GoldArticle], records: Iterable[Mapping[str, Any]], threshold: float = 0.5
) -> Evaluation:
    """Score records against gold articles.

    A record belongs to the article whose doc_id equals its ``doc_id`` or ``doc``, else the file
    stem of that value (``data/a.txt`` -> ``a``). Records of documents not in the gold are
    ignored (counted in ``ignored_records``). When two gold lines share a doc_id the later one
    wins, as in the reference scorer; a warning says so.
    """
    warnings: list[str] = []
    articles: dict[str, GoldArticle] = {}
    for art in gold:
        if art.doc_id in articles:
            warnings.append(f"gold doc_id {art.doc_id!r} appears twice; the later article is used")
        articles[art.doc_id] = art

    by_doc: dict[str, list[dict[str, Any]]] = {}
    ignored: Counter[str] = Counter()
    for record in records:
        key = record.get("doc_id") or record.get("doc")
        if key not in articles:
            key = _stem(key)
        if key in articles:
            by_doc.setdefault(key, []).append(dict(record))
        else:
            ignored[str(key)] += 1
    if ignored:
        sample = ", ".join(repr(k) for k in list(ignored)[:3])
        warnings.append(
            f"{sum(ignored.values())} records name documents that are not in the gold "
            f"(e.g. {sample}); they are not scored"
        )

    scorer = _Scorer(threshold)
    for doc_id, art in articles.items():
        scorer.article(art, by_doc.get(doc_id, []))
    return scorer.result(len(articles), sum(ignored.values()), warnings)


def evaluate_files(
    gold_path: str | Path, records_path: str | Path, threshold: float = 0.5
) -> Evaluation:
    """Score a records JSONL file against a gold JSONL file."""
    return evaluate(load_gold(gold_path), load_records(records_path), threshold)


# --------------------------------------------------------------------------- extraction


def extract_gold(articles: Sequence[GoldArticle], model: str | None = None) -> list[dict[str, Any]]:
    """Run claimx itself on the gold articles, for ``claimx eval GOLD`` without records."""
    import claimx
    from claimx.record import Document

    extractor = claimx.load(model)
    records: list[dict[str, Any]] = []
    with extractor.explaining():  # ``why`` for the misses of --errors
        for art in articles:
            document = Document(
                id=art.doc_id, text=art.text, date=art.publication_date, title=art.title
            )
            records.extend(st.to_dict() for st in extractor.extract_document(document))
    return records


# --------------------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.4f}"


def render_table(result: Evaluation, console: Console, errors: Sequence[Miss] = ()) -> None:
    """Print the figures, the stance table and (optionally) misses as rich tables."""
    from rich.table import Table

    figures = Table(title="claimx eval", title_justify="left")
    figures.add_column("figure")
    figures.add_column("value", justify="right")
    figures.add_column("n", justify="right")
    g, p = result.gold_statements, result.predicted
    rows = [
        ("claim precision", _fmt(result.claim_precision), f"{p} records"),
        ("claim recall", _fmt(result.claim_recall), f"{result.matched}/{g} statements"),
        ("claim F1", _fmt(result.claim_f1), f"threshold {result.threshold:g}"),
        ("claim exact-span recall", _fmt(result.claim_exact_recall), str(g)),
        ("claim recall (30% coverage)", _fmt(result.claim_recall_cov30), str(g)),
        ("speaker accuracy", _fmt(result.speaker_acc), str(result.speaker_n)),
        ("speaker accuracy (surname)", _fmt(result.speaker_acc_lenient), str(result.speaker_n)),
        ("stance accuracy", _fmt(result.stance_acc), str(result.stance_n)),
        ("stance macro-F1", _fmt(result.stance_macro_f1), str(result.stance_n)),
        ("date accuracy (all gold dates)", _fmt(result.date_acc), str(result.date_n)),
        ("date accuracy (local)", _fmt(result.date_local_acc), str(result.date_local_n)),
        ("article-date fallback", _fmt(result.date_fallback_acc), str(result.date_fallback_n)),
    ]
    for row in rows:
        figures.add_row(*row)
    figures.caption = f"{result.docs} articles, {g} gold statements, {p} records" + (
        f", {result.matched_other} matched non-statement attributions"
        if result.matched_other
        else ""
    )
    console.print(figures)

    stance = Table(title="stance: gold (rows) x predicted (columns)", title_justify="left")
    columns = list(next(iter(result.stance_confusion.values()), {}))
    stance.add_column("gold")
    for col in columns:
        stance.add_column(col, justify="right")
    stance.add_column("F1", justify="right")
    for gold_label, counts in result.stance_confusion.items():
        f1 = result.stance_f1.get(gold_label)
        stance.add_row(gold_label, *(str(counts[col]) for col in columns), _fmt(f1))
    console.print(stance)

    bands = Table(
        title="confidence bands: records with claim and speaker right", title_justify="left"
    )
    for name in ("confidence", "records", "right"):
        bands.add_column(name, justify="right")
    for band in result.confidence_bands:
        bands.add_row(band["band"], str(band["records"]), _fmt(band["right"]))
    console.print(bands)

    if errors:
        misses = Table(title=f"worst misses ({len(errors)})", title_justify="left", show_lines=True)
        misses.add_column("kind")
        misses.add_column("doc", overflow="fold", max_width=24)
        misses.add_column("gold → predicted", overflow="fold")
        misses.add_column("sentence", overflow="fold")
        for err in errors:
            values = f"{_escape(err.gold or '∅')}\n→ {_escape(err.predicted or '∅')}"
            if err.note:
                values += f"\n[dim]{_escape(err.note)}[/dim]"
            if err.why:
                why = ", ".join(f"{k}={v}" for k, v in err.why.items())
                values += f"\n[dim]why: {_escape(why)}[/dim]"
            misses.add_row(err.kind, _escape(err.doc), values, _escape(err.sentence))
        console.print(misses)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
