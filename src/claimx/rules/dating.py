"""Statement dates: the time expression that dates a reporting verb, resolved against the article
date with one reused dateparser parser (spaCy and dateparser are imported lazily)."""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimx.datetext import normalize_date
from claimx.rules import lexicons
from claimx.rules.doccache import (
    candidates,
    doc_ents,
    doc_text,
    entity_tokens,
    ents_in,
    sent_of,
    sentences,
    span_text,
)
from claimx.rules.quotes import OPENERS
from claimx.rules.sieve import first

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimx.record import Statement
    from claimx.rules.timeline import Timeline

__all__ = ["DateResolver", "default_resolver"]

# --------------------------------------------------------------------------- statement date

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "tues": 1,
    "thurs": 3,
}
_WEEKDAY_WORD_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs)\b"
)
_MONTH_WORD_RE = re.compile(
    r"\b(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
    r"|sep|sept|september|oct|october|nov|november|dec|december)\b"
)
_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?=\s|$|[,;])|\b(?:noon|midnight)\b"
)
_TZ_RE = re.compile(r"\b(?:et|edt|est|ct|cdt|cst|mt|mdt|mst|pt|pdt|pst|gmt|utc|bst|cet|cest)\b")
_YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_NUMBER_WORDS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_SIMPLE_AGO_RE = re.compile(rf"^{_NUMBER_WORDS} (?:day|month|year)s? ago$")

# Time references that place the speech act only vaguely: the gold writes date = null.
_VAGUE_RE = re.compile(
    r"\b(?:recent|recently|lately|previous|previously|formerly|earlier|later|past|week|weeks"
    r"|weekend|weekends|decade|decades|years|months|days|now|nowadays|currently|once|future"
    r"|next|tomorrow|coming|upcoming|soon|these days|those days|season|era|\d0s|\d0's"
    r"|(?:this|last|past|next) (?:spring|summer|fall|autumn|winter))\b"
)
# "early this year" and friends: a modifier on a period that is itself only roughly placed.
_VAGUE_MODIFIED_RE = re.compile(r"\b(?:early|earlier|late|later|mid)[- ]?this\b")
_LEADING_WORDS_RE = re.compile(
    r"^(?:on|in|at|during|by|of|as of|the|early|earlier|late|mid|mid-|nearly|around|about"
    r"|approximately|shortly|just|sometime|some time)\b[\s-]*"
)
_DATELIKE_RE = re.compile(
    r"\b(?:yesterday|today|tonight|ago|last year|last month|this year|this month|last night"
    r"|this morning|this afternoon|this evening)\b|\d{4}-\d\d-\d\d"
)

# Adverbs that place a speech act vaguely when they modify the reporting verb itself.
_VAGUE_ADVERBS = frozenset(
    {"recently", "lately", "previously", "earlier", "later", "formerly", "now", "once"}
)
_TIME_WORDS = frozenset(set(_WEEKDAYS) - {"tues", "thurs"} | {"yesterday", "today", "tonight"})
# Dependents that start another clause (another claim or another event): not the speech act's.
_CLAUSAL_DEPS = frozenset(
    {"ccomp", "xcomp", "csubj", "csubjpass", "parataxis", "conj", "relcl", "appos", "cc"}
)
_CIRCUMSTANCE_DEPS = frozenset({"advcl", "acl"})
_TITLE_OPENERS = frozenset({*OPENERS, "''", "``"})  # as the tokenizer splits them
_TIME_CHILD_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl", "nmod:tmod"})


def _clean(expression: str) -> str:
    """Lower-cased expression without possessives, time zones and leading prepositions."""
    text = expression.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"'s\b|s'(?=\s|$)", "", text)
    text = re.sub(r"[\"()\u201c\u201d,;]", " ", text)
    text = _TZ_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    return text


def _strip_leading(text: str) -> str:
    while True:
        stripped = _LEADING_WORDS_RE.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return text
        text = stripped


def clock_time(text: str) -> re.Match[str] | None:
    """A clock time in ``text`` ("10:10 a.m.", "noon"): a live blog's entry heading."""
    return _CLOCK_RE.search(text.lower())


def _is_vague(expression: str) -> bool:
    """True for a time reference that places the statement only roughly ("last week")."""
    text = _clean(expression)
    if _VAGUE_MODIFIED_RE.search(text):
        return True
    text = _strip_leading(text)
    if text.endswith(" ago"):
        return not _SIMPLE_AGO_RE.match(text)
    if _VAGUE_RE.search(text):
        return True
    return text in _VAGUE_ADVERBS or text in {"in the past", "the past"}


_LAST_MONTH_RE = re.compile(rf"^(?:last|this past) {_MONTH_WORD_RE.pattern}\.?$")
_MONTHS = {
    m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}


def _holidays() -> dict[str, tuple[int, int]]:
    """Fixed-date holidays by name (``holidays.txt``): {"christmas day": (12, 25)}."""
    out: dict[str, tuple[int, int]] = {}
    for first_word, *names in lexicons.classes("holidays"):
        month, day = (int(x) for x in first_word.split("-"))
        out.update((name, (month, day)) for name in names)
    return out


def _named_day(text: str, base: _dt.date | None) -> str | None:
    """ "last December": the latest December before the article's month; "Christmas Day": the
    latest Dec. 25 on or before the article date. Unknown article date: None."""
    if base is None:
        return None
    holiday = _holidays().get(text)
    if holiday is not None:
        month, day = holiday
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    match = _MONTH_WORD_RE.search(text)
    month = _MONTHS[match.group(1)[:3]] if match else 0
    year = base.year if month < base.month else base.year - 1
    return f"{year:04d}-{month:02d}" if month else None


def _kept_unresolved(expression: str) -> bool:
    """A date the text gives that could not be placed (no article date for "last December"):
    kept as the statement's ``date_text`` with a null date rather than the article's date."""
    text = _strip_leading(_clean(expression))
    return bool(_LAST_MONTH_RE.match(text)) or text in _holidays()


def _parse_iso_day(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        iso = normalize_date(value)
        return _dt.date.fromisoformat(iso) if iso else None


_FULL_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november"
        " december".split(),
        start=1,
    )
}


def _calendar_word(text: str, base: _dt.date | None) -> str | None:
    """What dateparser answers, without it, for the commonest expressions that reach it: a
    year ("2014"), a month's name ("September": the latest on or before the article's month),
    "this/last year", "this/last month", a month with a day or year ("Sept. 11", "March 2016");
    "" (no date) for one after the article ("2019": no statement postdates its article), None
    for anything else (dateparser's turn). Checked against dateparser for every article date of
    four years (``tests/test_dates.py``)."""
    if len(text) == 4 and text.isdigit() and "1000" <= text < "2100":
        return "" if base is not None and text > f"{base.year:04d}" else text
    if base is None:
        return None
    for settled in (_month_and_day, _ago):
        dated = settled(text, base)
        if dated is not None:
            return dated
    month = _FULL_MONTHS.get(text)
    if month is not None:
        year = base.year if month <= base.month else base.year - 1
        return f"{year:04d}-{month:02d}"
    if text in ("this year", "last year"):
        return f"{base.year - (text == 'last year'):04d}"
    if text in ("this month", "last month"):
        months = base.year * 12 + base.month - 1 - (text == "last month")
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return None


# "Sept. 11", "March 2016", "Nov. 11 2014" (after ``_clean``): a month by name or abbreviation
# with a day, a year or both
_MONTH_DAY_RE = re.compile(
    rf"^{_MONTH_WORD_RE.pattern}\.? (?:(\d{{1,2}})(?: (\d{{4}}))?|(\d{{4}}))$"
)


def _month_and_day(text: str, base: _dt.date) -> str | None:
    """What dateparser answers for a month with a day, a year or both (the commonest dated
    expressions after the bare month: a dateparser call each costs a millisecond): the day or
    month, the latest on or before the article date when no year is given, "" (no date) when
    it is after the article; None when this is not such an expression, and for Feb. 29 and
    impossible days, left to dateparser. Checked against dateparser (``tests/test_dates.py``)."""
    match = _MONTH_DAY_RE.match(text)
    if match is None:
        return None
    month = _MONTHS[match.group(1)[:3]]
    day, year = match.group(2), match.group(3) or match.group(4)
    if year is not None and not "1900" <= year < "2100":
        return None
    if day is None:
        iso = f"{year}-{month:02d}"
        return "" if iso > base.isoformat()[:7] else iso
    if not 1 <= int(day) <= _DAYS_IN_MONTH[month]:
        return None
    if year is None:
        later = (month, int(day)) > (base.month, base.day)
        year = f"{base.year - later:04d}"
    iso = f"{year}-{month:02d}-{int(day):02d}"
    return "" if iso > base.isoformat() else iso


_AGO_RE = re.compile(rf"^({_NUMBER_WORDS}) (day|month|year)s? ago$")
_NUMBERS = {
    w: n
    for n, words in enumerate(
        "a an one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve".split(","), start=1
    )
    for w in words.split()
}


def _ago(text: str, base: _dt.date) -> str | None:
    """What dateparser answers for "three months ago", "22 years ago", "a day ago": the article
    date moved back, at the unit's precision; None for anything else. Checked against dateparser
    (``tests/test_dates.py``)."""
    match = _AGO_RE.match(text)
    if match is None:
        return None
    n = _NUMBERS[match.group(1)] if match.group(1) in _NUMBERS else int(match.group(1))
    if match.group(2) == "year":
        return f"{base.year - n:04d}"
    if match.group(2) == "month":
        months = base.year * 12 + base.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (base - _dt.timedelta(days=n)).isoformat()


# the days of each month, February's outside leap years (Feb. 29 is dateparser's to answer)
_DAYS_IN_MONTH = dict(enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1))


class DateResolver:
    """Resolves statement dates against an article date, with one reused dateparser parser.

    dateparser takes ``RELATIVE_BASE`` only at construction, so the resolver keeps one parser
    per article date (built once, then reused for every statement of that article) and caches
    every (expression, article date) result: news text repeats "on Tuesday" a lot.
    """

    _MAX_PARSERS = 64
    _MAX_CACHE = 20000

    def __init__(self) -> None:
        self._parsers: dict[_dt.date | None, object] = {}
        self._cache: dict[tuple[str, str | None], str | None] = {}

    # ------------------------------------------------------------------ expression -> ISO
    def resolve(self, expression: str, article_date: str | None) -> str | None:
        """ISO date of ``expression`` at the precision it gives ("2024-10-14", "2024-10",
        "2024"); None when it is vague, in the future, relative with no article date, or not a
        date at all."""
        key = (_clean(expression or ""), article_date)
        if key in self._cache:
            return self._cache[key]
        result = self._resolve(key[0], _parse_iso_day(article_date))
        if len(self._cache) >= self._MAX_CACHE:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _resolve(self, text: str, base: _dt.date | None) -> str | None:
        if not text or _VAGUE_MODIFIED_RE.search(text):
            return None
        text = _strip_leading(text)
        if _LAST_MONTH_RE.match(text) or text in _holidays():
            return _named_day(text, base)
        has_month = bool(_MONTH_WORD_RE.search(text))
        no_clock = _CLOCK_RE.sub(" ", text)
        weekday = _WEEKDAY_WORD_RE.search(text)
        if weekday and not has_month and not re.search(r"\d", no_clock):
            return self._weekday(text, _WEEKDAYS[weekday.group(1)], base)
        if _is_vague(text):
            return None
        if re.search(r"\byesterday\b|\blast night\b", text):
            return (base - _dt.timedelta(days=1)).isoformat() if base else None
        rest = re.sub(
            r"\b(?:at|this|morning|afternoon|evening|night|today|tonight)\b", " ", no_clock
        ).strip()
        if not rest:  # "2 p.m.", "today", "tonight", "this morning": the article's own day
            return base.isoformat() if base else None
        if not (has_month or _YEAR_RE.search(text) or _DATELIKE_RE.search(text)):
            return None  # durations and frequencies ("24 hours", "daily") date nothing
        if base is None and not _YEAR_RE.search(text):
            return None  # relative to a publication date we do not know
        known = _calendar_word(text, base)
        return self._dateparser(text, base) if known is None else known or None

    @staticmethod
    def _weekday(text: str, weekday: int, base: _dt.date | None) -> str | None:
        """The latest such day on or before the article date ("last Tuesday": strictly before)."""
        if base is None or re.search(r"\b(?:next|coming|following)\b", text):
            return None
        back = (base.weekday() - weekday) % 7
        if back == 0 and re.search(r"\b(?:last|past|previous)\b", text):
            back = 7
        return (base - _dt.timedelta(days=back)).isoformat()

    def _parser(self, base: _dt.date | None):
        parser = self._parsers.get(base)
        if parser is None:
            from dateparser.date import DateDataParser  # type: ignore[import-untyped]

            settings: dict[str, object] = {
                "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False,
                "PARSERS": ["relative-time", "absolute-time"],
            }
            if base is not None:  # end of the day, so "2 p.m." is that day, not the one before
                settings["RELATIVE_BASE"] = _dt.datetime.combine(base, _dt.time(23, 59, 59))
            if len(self._parsers) >= self._MAX_PARSERS:
                self._parsers.clear()
            parser = self._parsers[base] = DateDataParser(languages=["en"], settings=settings)
        return parser

    def _dateparser(self, text: str, base: _dt.date | None) -> str | None:
        data = self._parser(base).get_date_data(text)
        if data is None or data.date_obj is None:
            return None
        day = data.date_obj.date()
        if data.period == "year":
            iso, cut = f"{day.year:04d}", 4
        elif data.period == "month":
            iso, cut = f"{day.year:04d}-{day.month:02d}", 7
        elif data.period in ("day", "time"):
            iso, cut = day.isoformat(), 10
        else:  # "week": not a precision the record has
            return None
        if base is not None and iso > base.isoformat()[:cut]:
            return None  # a statement cannot postdate its article
        return iso

    # ------------------------------------------------------------------ Doc -> statement date
    def date_of(
        self,
        doc: Doc,
        cue: Span | None,
        claim_spans: list[tuple[int, int]],
        article_date: str | None,
        speaker: str | None = None,
        timeline: Timeline | None = None,
    ) -> tuple[str | None, str | None, str | None, str, tuple[int, int] | None]:
        """``statement_date``, the name of the date sieve that decided it and the characters of
        the time expression (None without one); ``speaker`` (the resolved name) lets a
        statement join the scene its speaker opened in the document's ``timeline``."""
        query = _Query(doc, _verb_of(cue), [(int(s), int(e)) for s, e in claim_spans or []])
        query.article_date, query.speaker, query.timeline = article_date, speaker, timeline
        decision = first(DATE_SIEVES, self, query)
        if decision is None:
            return None, None, None, "no_date", None
        found = decision.value
        sieve = "vague_time" if found.date is None else decision.sieve
        return found.date, found.text, found.source, sieve, found.span

    def statement_date(
        self,
        doc: Doc,
        cue: Span | None,
        claim_spans: list[tuple[int, int]],
        article_date: str | None,
    ) -> tuple[str | None, str | None, str | None]:
        """``(date, date_text, date_source)`` of the speech act around ``cue``.

        Only time expressions attached to the reporting verb count (its dependency subtree
        without the claim and without other clauses), never one inside a claim span: "said
        Monday that the attack happened on Oct. 14" is Monday. A resolvable expression gives
        ``(iso, text, "text")``. A vague one ("last week", "recently") gives
        ``(None, text, None)``: the gold writes null there, and the article date would be a
        guess. With none, the article date stands in: ``(article_date, None, "article")``, or
        ``(None, None, None)`` when the article date is unknown too. ``cue=None`` (a floating
        quote) looks at the claim's sentence(s) minus the claim.
        """
        return self.date_of(doc, cue, claim_spans, article_date)[:3]

    def _resolve_span(self, span: Span, query: _Query) -> str | None:
        """A scene-relative phrase ("hours later") takes the date the timeline gave it."""
        timeline = query.timeline
        if timeline is not None and span.start in timeline.relative_dates:
            return timeline.relative_dates[span.start]
        return self.resolve(span_text(span), query.article_date)

    def pick(self, sents: list[Span], reach: set[int], query: _Query) -> _Found | None:
        """The nearest resolvable expression attached through ``reach``, else the nearest
        vague one (``date`` None), else None."""
        if not _may_reach_time(reach, query):
            return None
        resolved: list[tuple[int, str, str, tuple[int, int]]] = []
        vague: list[tuple[int, str, tuple[int, int]]] = []
        for span in _expressions(sents, reach, query):
            if dates_a_thing(span) or bounds_a_period(span):
                continue
            written = as_written(span)
            where = (written.start_char, written.end_char)
            head = query.head
            distance = abs(span.root.i - head.i) if head is not None else span.start
            iso = self._resolve_span(span, query)
            if iso:
                resolved.append((distance, iso, span_text(written), where))
            elif (
                _is_vague(span_text(span))
                or _kept_unresolved(span_text(span))
                or _is_relative(span, query)
            ):
                vague.append((distance, span_text(written), where))
        if resolved:
            _, iso, text, where = min(resolved)
            return _Found(iso, text, "text", where)
        if vague:
            _, text, where = min(vague)
            return _Found(None, text, None, where)
        return None


def _may_reach_time(reach: set[int], query: _Query) -> bool:
    """Whether ``reach`` holds a word a time expression can be made of (a DATE/TIME entity's,
    a time word, a scene-relative phrase's): most speech acts have none, and the sentence's
    expressions need not be gathered to find that out."""
    doc = query.doc
    if any(not reach.isdisjoint(ids) for ids in _time_tokens(doc)):
        return True
    relative = query.timeline.relative_token_ranges if query.timeline is not None else []
    return any(i in reach for start, end in relative for i in range(start, end))


def _time_tokens(doc: Doc) -> tuple[list[int], list[int]]:
    """The tokens of the DATE/TIME entities and the time words (``_WORDS_OF_TIME``), each in
    text order: every time expression but a scene-relative phrase is made of them."""
    return entity_tokens(doc, ("DATE", "TIME")), candidates(doc, lower=_WORDS_OF_TIME)


def _time_tokens_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a token of ``_time_tokens`` stands in ``start``..``end``."""
    return any(
        bisect.bisect_left(ids, start) < bisect.bisect_left(ids, end) for ids in _time_tokens(doc)
    )


def _holds_time(sent: Span, query: _Query) -> bool:
    """Whether ``sent`` has a word a time expression can be made of: the walk that gathers
    what hangs from a verb is wasted on the many sentences with none."""
    if _time_tokens_between(sent.doc, sent.start, sent.end):
        return True
    return query.timeline is not None and bool(query.timeline.relative_spans(sent))


def _is_relative(span: Span, query: _Query) -> bool:
    """A scene-relative phrase with no date to read it against: kept, vague."""
    return query.timeline is not None and span.start in query.timeline.relative_dates


@dataclass(frozen=True, slots=True)
class _Found:
    """A sieve's answer: the ISO date (None when vague), the words, and where it came from."""

    date: str | None
    text: str | None
    source: str | None
    span: tuple[int, int] | None = None  # the expression's characters (``spans.date``)


@dataclass(slots=True)
class _Query:
    """One statement to date: its reporting verb (None for a colon or a floating quote) and
    its claim's character spans, which no time expression may come from."""

    doc: Doc
    head: Token | None
    claims: list[tuple[int, int]]
    article_date: str | None = None
    speaker: str | None = None
    timeline: Timeline | None = None  # the document model's scenes (``timeline.py``)

    def in_claim(self, tok: Token) -> bool:
        start, end = tok.idx, tok.idx + len(tok.text)
        return any(start < e and s < end for s, e in self.claims)


def _verb_of(cue: Span | None) -> Token | None:
    head = cue.root if cue is not None and len(cue) else None
    if head is not None and head.is_punct:
        return None  # a colon cue: no verb to attach to
    return head


# --------------------------------------------------------------------------- date sieves


def own_clause(resolver: DateResolver, q: _Query) -> _Found | None:
    """A time expression attached to the reporting verb ("said Monday that ...")."""
    if q.head is None or not _holds_time(sent_of(q.head), q):
        return None
    reach = {q.head.i}
    _walk(q.head, reach, q)
    return resolver.pick([sent_of(q.head)], reach, q)


_OBJECT_TIME_PREPS = frozenset({"on", "at"})


def object_time(resolver: DateResolver, q: _Query) -> _Found | None:
    """ "announced a $2 billion buyback on Thursday", "reported a 12% rise in profit on
    Thursday": a point in time that closes the object claim, which the parser hangs on the
    object's noun, is when the thing was said (news English puts the act's time last). Not
    for an event the object names ("announced a rally on Saturday": the rally's day)."""
    head = q.head
    if head is None or len(q.claims) != 1:
        return None
    sent = sent_of(head)
    dates = entity_tokens(q.doc, ("DATE", "TIME"))
    if bisect.bisect_left(dates, head.i) == bisect.bisect_left(dates, sent.end):
        return None  # no date after the verb (most statements): nothing to walk
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    start, end = q.claims[0]
    if obj is None or not start <= obj.idx < end:
        return None
    if obj.lemma_.lower() in lexicons.load("event_nouns"):
        return None
    last = next((t for t in reversed(sent) if t.idx < end), None)  # the claim's last word
    if last is None or last.dep_ != "pobj":
        return None
    prep = last.head
    if (
        prep.lower_ not in _OBJECT_TIME_PREPS
        or last.ent_type_ not in ("DATE", "TIME")
        or not obj.left_edge.i <= prep.i <= obj.right_edge.i
        or _event_between(prep, obj)
    ):
        return None
    unclaimed = _Query(q.doc, head, [], q.article_date, q.speaker)
    reach = set(range(prep.i, last.i + 1))
    found = resolver.pick([sent], reach, unclaimed)
    return found if found is not None and found.date else None


def _event_between(prep: Token, obj: Token) -> bool:
    """The time phrase hangs on a verb or an event inside the object ("claim to have conducted
    a test on Wednesday", "tickets to a rally on Tuesday"): it is that event's time."""
    events = lexicons.load("event_nouns")
    tok = prep.head
    for _ in range(12):  # the object's phrase: a few words up to its head
        if tok.pos_ in ("VERB", "AUX") or tok.lemma_.lower() in events:
            return True
        if tok == obj or tok.head == tok:
            return False
        tok = tok.head
    return True


def before_complement(span: Span, verb: Token) -> bool:
    """True when ``span`` stands between a reporting verb and the subject (or "that") of its
    complement ``verb``: "said on Friday he met ..." dates the saying, whatever the parse."""
    reporting = verb.head
    gov = span.root.head
    if gov.dep_ == "prep":
        gov = gov.head
    if not (0 < span.start - reporting.i <= 2 and gov.i in (verb.i, reporting.i)):
        return False  # right after the verb ("said on Friday"), nothing else between
    opening = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    return bool(opening) and span.end <= min(opening)


_FRONT_WINDOW = 12  # tokens after the verb where "said on Friday [he]" can stand


def fronted_complement(resolver: DateResolver, q: _Query) -> _Found | None:
    """A time expression between the verb and its complement's subject, which the parser
    often hangs on the complement ("said on Friday he met ..."): the saying's."""
    if q.head is None:
        return None
    comps = [c for c in q.head.children if c.dep_ == "ccomp"]
    if not comps:
        return None
    end = min(q.head.i + _FRONT_WINDOW, sent_of(q.head).end)
    if not _time_tokens_between(q.doc, q.head.i + 1, end):
        return None  # the expressions below are made of these words
    after = q.doc[q.head.i + 1 : end]
    reach: set[int] = set()
    for span in time_expressions(after) if len(after) else []:
        if any(before_complement(span, comp) for comp in comps):
            reach.update(range(span.start, span.end))
    # the claim finder may have taken the phrase in; standing before the subject, it is not the
    # claim's anyway
    unclaimed = _Query(q.doc, q.head, [], q.article_date, q.speaker)
    return resolver.pick([after], reach, unclaimed) if reach else None


_CLOSING_MARKS = frozenset("\"”’'»")


def after_quotation(resolver: DateResolver, q: _Query) -> _Found | None:
    """A time phrase that closes the sentence after a quotation ('Jones said "the bridge is
    closed" on Monday.'): the parser hangs it inside the quoted clause, but outside the marks
    and with nothing else after the quotation it dates the saying."""
    if q.head is None or not q.claims or q.head.idx > q.claims[0][0]:
        return None
    end = q.claims[-1][1]
    text = doc_text(q.doc)
    if end >= len(text) or text[end] not in _CLOSING_MARKS:
        return None
    sent = sent_of(q.head)
    rest = [t for t in sent if t.idx > end]
    if not rest:
        return None
    span = q.doc[rest[0].i : rest[-1].i + 1]
    found = time_expressions(span)
    inside = {i for e in found for i in range(e.start, e.end)}
    if not found or any(t.i not in inside and not (t.is_punct or t.pos_ == "ADP") for t in rest):
        return None  # more than a time phrase after the quotation: another clause's
    return resolver.pick([span], inside, q)


def parent_clause(resolver: DateResolver, q: _Query) -> _Found | None:
    """A time phrase on the verb that governs the cue ("went on TV Monday to say ...",
    "opened the session on Monday by warning that ...")."""
    head = q.head
    if head is not None and head.dep_ == "pcomp" and head.head.dep_ == "prep":
        head = head.head  # "by warning": the preposition hangs from the governing verb
    if head is None or head.dep_ not in ("xcomp", "advcl", "conj", "prep") or head.head == head:
        return None
    if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    if (head.dep_ == "prep" and head.lower_ != "by") or not _holds_time(sent_of(head), q):
        return None
    reach: set[int] = set()
    for child in _time_dependents(_governing_saying(head)):
        if not q.in_claim(child) and child.i != head.i:
            reach.add(child.i)
            _walk(child, reach, q)
    return resolver.pick([sent_of(head)], reach, q) if reach else None


def _governing_saying(head: Token) -> Token:
    """The verb that governs ``head``; for a participle of saying ("adding") that the parser
    hung on a verb inside the quotation before it ('she stated, "... it would have turned
    ...," adding, "..."'), the saying that quotation is the claim of: the participle goes on
    with that act."""
    reporting = lexicons.reporting_verbs()
    gov = head.head
    if (
        not _participle(head)
        or head.lemma_.lower() not in reporting
        or gov.lemma_.lower() in reporting
    ):
        return gov
    clause = gov  # up to the clause a saying reports: not "fired X, acknowledging ..."
    for _ in range(6):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in reporting:
            return clause.head
        if clause.head is clause or clause.head.i == clause.i:
            break
        clause = clause.head
    return gov


def _time_dependents(verb: Token):
    """The verb's dependents that can carry its time, with those of an event noun it takes as
    object ("framed her remarks on Monday by ...")."""
    events = lexicons.load("event_nouns")
    for child in verb.children:
        if child.dep_ in _TIME_CHILD_DEPS:
            yield child
        elif child.dep_ == "dobj" and (child.lemma_.lower() in events or child.lower_ in events):
            yield from (c for c in child.children if c.dep_ == "prep")


def claim_sentence(resolver: DateResolver, q: _Query) -> _Found | None:
    """No verb (a floating or colon quote): the claim's sentence(s) minus the claim."""
    if q.head is not None:
        return None
    sents = [
        sent
        for sent in sentences(q.doc)[0]
        if any(s < sent.end_char and sent.start_char < e for s, e in q.claims)
    ]
    reach = {t.i for sent in sents for t in sent if not q.in_claim(t)}
    return resolver.pick(sents, reach, q)


DEFINITE = frozenset({"the", "this", "that"})  # determiners of a thing already named


def dated_document(resolver: DateResolver, q: _Query) -> _Found | None:
    """A document that says ("The lawsuit contends ...", "The report also says ...") whose
    date the article gives once, before or after ("The suit was filed on Monday"): that day."""
    if q.head is None or q.timeline is None or not q.timeline.dates_documents:
        return None
    verb, subj = q.head, None
    for _ in range(3):  # "It goes on to fault ..., saying": the subject of the clause
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("xcomp", "advcl", "conj"):
            break
        verb = verb.head
    if subj is not None and subj.lower_ == "it":  # "The report says ... It also says ..."
        subj = _subject_before(subj)
    if subj is None or subj.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children):
        return None  # "A report says": another one
    found = q.timeline.document_date(subj.lemma_.lower())
    return _Found(found.date, found.text, "context", found.span) if found else None


def _subject_before(pronoun: Token) -> Token | None:
    """The subject of the sentence before the one of ``pronoun`` ("it" goes on with it)."""
    sents, starts = sentences(pronoun.doc)
    k = bisect.bisect_right(starts, pronoun.i) - 1
    if k < 1:
        return None
    root = sents[k - 1].root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def scene(resolver: DateResolver, q: _Query) -> _Found | None:
    """Nothing of its own: the scene the article set for this statement (``timeline.py``)."""
    timeline = q.timeline
    if not q.claims or timeline is None:
        return None
    if q.head is not None:
        token = q.head.i
    else:
        first = q.doc.char_span(q.claims[0][0], q.claims[0][1], alignment_mode="expand")
        if first is None:
            return None
        token = first.start
    found = timeline.scene_for(token, q.claims, q.speaker)
    return _Found(found.date, found.text, "context", found.span) if found else None


def article_date(resolver: DateResolver, q: _Query) -> _Found | None:
    """Nothing in the text: the article's publication date stands in."""
    return _Found(q.article_date, None, "article") if q.article_date else None


DATE_SIEVES = (
    own_clause,
    object_time,
    fronted_complement,
    after_quotation,
    parent_clause,
    claim_sentence,
    dated_document,
    scene,
    article_date,
)


def headline_lead(statements: list[Statement], headline_end: int) -> None:
    """A headline restates its lead ("Trump Says He Never Pledged ..." over "Donald Trump said
    Wednesday night that ..."): a headline statement with nothing of its own takes the date of
    its speaker's first statement in the body, when that one is dated; ``statements`` in text
    order, after every sieve has run (one pass)."""
    first: dict[str, Statement] = {}
    heads = []
    for st in statements:
        if not st.speaker:
            continue
        if st.claim_spans[0][0] < headline_end:
            heads.append(st)
        else:
            first.setdefault(st.speaker, st)
    for st in heads:
        lead = first.get(st.speaker or "")
        if st.date_source != "article" or lead is None or lead.date_source not in _DATED:
            continue
        at = lead.date_span[0] if lead.date_span else -1
        if any(s <= at < e for s, e in st.claim_spans):
            continue  # the headline ran into the lead: its date is inside this claim
        st.date, st.date_text, st.date_span = lead.date, lead.date_text, lead.date_span
        st.date_source = "context"
        if st.why is not None:
            st.why["date"] = "headline_lead"


_DATED = frozenset({"text", "context"})


def titled_work(clause: Token) -> bool:
    """ "In her book, ''Make Your Savings Grow,'' Ms. Reyes suggested ...": a quotation in title
    case right after a document noun names the work; the parser reads a title that starts with
    a verb as the clause said, and hangs the phrase that dates the work ("In her 2010 book")
    on it."""
    doc, start = clause.doc, clause.i
    while start > clause.left_edge.i and not doc[start - 1].is_punct:
        start -= 1  # a fronted phrase the parser hangs on the title ("In her book,") stays out
    k = start - 2
    if k < 0 or doc[start - 1].text not in _TITLE_OPENERS:
        return False
    if doc[k].text == "," and k > 0:
        k -= 1
    if doc[k].lemma_.lower() not in lexicons.load("document_nouns"):
        return False
    words = [t for t in doc[start : clause.right_edge.i + 1] if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def _walk(start: Token, reach: set[int], q: _Query) -> None:
    """Adds to ``reach`` what hangs from ``start`` outside the claim and other clauses."""
    stack = [start]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.i in reach or q.in_claim(child):
                continue
            if child.dep_ in _CLAUSAL_DEPS and not (child.dep_ == "ccomp" and titled_work(child)):
                continue
            if child.dep_ in _CIRCUMSTANCE_DEPS and any(
                g.dep_ in ("ccomp", "xcomp") for g in child.children
            ):
                continue  # "adding that ...": its own statement, with its own date
            reach.add(child.i)
            stack.append(child)


_OPENING_MARKS = frozenset("\"“‘'")
_TITLE_END_RE = re.compile(r"[.,!?]?(?:''|[\"”’])")


def _quoted_title(ent: Span, text: str) -> bool:
    """A title in quotation marks that the tagger reads as a date (ABC's ''This Week'', NBC's
    "Today"): a show's name, no time expression."""
    start, end = ent.start_char, ent.end_char
    if start == 0 or text[start - 1] not in _OPENING_MARKS:
        return False
    words = ent.text.split()
    return all(w[:1].isupper() for w in words) and bool(_TITLE_END_RE.match(text, end))


_AGE_RE = re.compile(r"\w-(?:year|month|week|day)s?-old\b|\b(?:years?|months?) old\b", re.I)


def _merge_time_entities(ents) -> list[list[int]]:
    """[start, end] token runs of the DATE/TIME entities, touching ones merged; quoted titles
    are names, not times."""
    merged: list[list[int]] = []
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME") or _quoted_title(ent, doc_text(ent.doc)):
            continue
        if _AGE_RE.search(span_text(ent)):
            continue  # "The 82-year-old chief executive": an age, no time
        if merged and ent.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], ent.end)
        else:
            merged.append([ent.start, ent.end])
    return merged


def _merged_time_entities(sent: Span) -> tuple[list[list[int]], set[int]]:
    """DATE/TIME entities of ``sent`` with touching ones merged, and the other entities'
    tokens ("Fox News Sunday" is a name, not a day)."""
    sent_ents = _ents_in(sent)
    merged = _merge_time_entities(sent_ents)
    other = {
        i for e in sent_ents if e.label_ not in ("DATE", "TIME") for i in range(e.start, e.end)
    }
    return merged, other


def _is_time_word(tok: Token, head: Token | None) -> bool:
    """A weekday, "yesterday", or a vague adverb on the reporting verb ("recently said")."""
    if tok.lower_ in _TIME_WORDS:
        return True
    return (
        head is not None
        and tok.lower_ in _VAGUE_ADVERBS
        and tok.head.i == head.i
        and tok.dep_ == "advmod"
        and not _later_in_the_act(tok, head)
    )


def _later_in_the_act(tok: Token, head: Token) -> bool:
    """'"...," Hale said, adding later, "..."': a participle that goes on with the saying
    it hangs from; "later" places it in the same act (further on in the speech or interview),
    not at another time, so the act's date holds."""
    return (
        tok.lower_ == "later"
        and _participle(head)
        and head.head.lemma_.lower() in lexicons.reporting_verbs()
    )


def _participle(head: Token) -> bool:
    """ "..., adding ...": a participle on another verb, which goes on with that verb's act."""
    return head.tag_ == "VBG" and head.dep_ == "advcl"


_WORDS_OF_TIME = tuple(sorted(_TIME_WORDS | _VAGUE_ADVERBS))


def _time_words_in(span: Span) -> list[Token]:
    """The tokens of ``span`` that ``_is_time_word`` can accept, by bisection in the
    document's, found once: no ``Token`` for the other words of every sentence looked at."""
    at = candidates(span.doc, lower=_WORDS_OF_TIME)
    doc = span.doc
    return [
        doc[i] for i in at[bisect.bisect_left(at, span.start) : bisect.bisect_left(at, span.end)]
    ]


def time_expressions(sent: Span, head: Token | None = None) -> list[Span]:
    """The time expressions of ``sent`` in text order: DATE/TIME entities, weekday words and
    "yesterday", and vague adverbs on ``head`` ("recently said"); overlaps dropped."""
    merged, other_ents = _merged_time_entities(sent)
    for tok in _time_words_in(sent):
        if tok.i in other_ents or tok.ent_type_ in ("DATE", "TIME"):
            continue  # entity tokens are already in
        if _is_time_word(tok, head):
            merged.append([tok.i, tok.i + 1])
    out: list[Span] = []
    end_taken = -1
    for start, end in sorted(merged):
        if start < end_taken:
            continue
        end_taken = end
        out.append(sent.doc[start:end])
    return out


def doc_time_expressions(doc: Doc) -> list[Span]:
    """``time_expressions`` of the whole document in one pass (the scene timeline's input)."""
    merged = _merge_time_entities(doc_ents(doc))
    words = (doc[i] for i in candidates(doc, lower=tuple(_TIME_WORDS)))
    merged += ([t.i, t.i + 1] for t in words if not t.ent_type_)
    out: list[Span] = []
    end_taken = -1
    for start, end in sorted(merged):
        if start >= end_taken:
            end_taken = end
            out.append(doc[start:end])
    return out


_OBJECT_START_RE = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that|my|our|your)\b", re.IGNORECASE
)


@cache
def _relative_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the phrases of ``scene_relative_times.txt`` and their offsets, to match
    in lowercased text. The phrases are grouped by their first word ("the (?:day before|...)"),
    and the longest is tried first: one test per word of the text instead of one per phrase."""
    offsets: dict[str, str] = {}
    for offset, *phrases in lexicons.classes("scene_relative_times"):
        offsets.update((phrase.lower(), offset) for phrase in phrases)
    by_first: dict[str, list[str]] = {}
    for phrase in offsets:
        first, _, rest = phrase.partition(" ")
        by_first.setdefault(first, []).append(rest)
    groups = "|".join(
        f"{re.escape(first)} (?:{'|'.join(map(re.escape, sorted(rests, key=len, reverse=True)))})"
        for first, rests in by_first.items()
    )
    return re.compile(rf"\b(?:{groups})\b"), offsets


def doc_relative_times(doc: Doc) -> list[tuple[Span, str]]:
    """The document's scene-relative phrases ("hours later", "the day before") with their
    offsets, in one scan of its text; "the day before the vote" is relative to the vote, not to
    the narrative's last date, and is left out."""
    pattern, offsets = _relative_phrases()
    text = doc_text(doc)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer: offsets would shift
        lowered = "".join(ch.lower()[:1] for ch in text)
    out = []
    for match in pattern.finditer(lowered):
        phrase = match.group(0)
        if phrase.endswith(("before", "after", "earlier")) and _OBJECT_START_RE.match(
            text, match.end()
        ):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is not None and len(span):
            out.append((span, offsets[phrase]))
    return out


_PRECISION = {"d": 10, "m": 7, "y": 4}


def shift_date(anchor: str | None, offset: str, article_date: str | None) -> str | None:
    """``anchor`` moved by ``offset`` ("-1d", "+1m", "0d") at the offset's precision ("0": the
    anchor as it is); None when the anchor is not that precise or the result would postdate the
    article."""
    if offset == "0":  # "at the time": that date, at its own precision
        return anchor
    n, unit = int(offset[:-1]), offset[-1]
    if not anchor or len(anchor) < _PRECISION[unit]:
        return None
    if unit == "d":
        iso = (_dt.date.fromisoformat(anchor[:10]) + _dt.timedelta(days=n)).isoformat()
    elif unit == "m":
        months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + n
        iso = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        iso = f"{int(anchor[:4]) + n:04d}"
    if article_date and iso > article_date[: len(iso)]:
        return None
    return iso


def _expressions(sents: list[Span], reach: set[int], q: _Query):
    """Candidate time expressions (token spans) in ``sents`` attached through ``reach``."""
    for sent in sents:
        merged, other_ents = _merged_time_entities(sent)
        for tok in _time_words_in(sent):
            if tok.i in other_ents or tok.ent_type_ in ("DATE", "TIME"):
                continue  # entity tokens are already in
            if _is_time_word(tok, q.head):
                merged.append([tok.i, tok.i + 1])
        taken: set[int] = set()
        # scene-relative phrases first: they win over a date entity inside them ("the day")
        relative = q.timeline.relative_spans(sent) if q.timeline is not None else []
        for start, end in relative + sorted(merged):
            span = sent.doc[start:end]
            if any(q.in_claim(t) for t in span) or not any(t.i in reach for t in span):
                continue
            if any(t.i in taken for t in span):
                continue
            taken.update(range(start, end))
            yield span


PERIOD_BOUNDS = ("since", "until", "till")  # prepositions: closed-class words, not a lexicon


def bounds_a_period(span: Span) -> bool:
    """ "Speaking during his seventh visit since October, X said": a time that bounds a period
    in the statement's sentence does not date the saying."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in PERIOD_BOUNDS


def dates_a_thing(span: Span) -> bool:
    """A time modifying a noun that is no communicative event ("a 2002 psychology class",
    "the 2005 wedding") dates that thing, not the speech act."""
    root = span.root
    if root.dep_ not in ("compound", "amod", "nummod", "poss") or root.head is root:
        return False
    noun = root.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in lexicons.load("event_nouns")


def as_written(span: Span) -> Span:
    """The expression with its preposition when it heads it ("on Thursday", "in August")."""
    doc = span.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in ("on", "in") and span.root.head.i == prev.i:
            return doc[span.start - 1 : span.end]
    return span


_DEFAULT: DateResolver | None = None


def _ents_in(span: Span) -> list[Span]:
    """Entities inside ``span``, cut to it."""
    return ents_in(span.doc, span.start, span.end)


def default_resolver() -> DateResolver:
    """A process-wide resolver, so every extractor shares one parser cache."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = DateResolver()
    return _DEFAULT
