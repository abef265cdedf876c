"""Dates: article date detection, expression resolution and statement dates on parsed text."""

from __future__ import annotations

import pytest

from claimx.datetext import detect_article_date, normalize_date
from claimx.rules.dating import DateResolver

THU = "2024-10-17"  # a Thursday
TUE = "2016-10-04"  # a Tuesday
MON = "2016-10-03"  # a Monday

REPORTING = {
    "say",
    "tell",
    "announce",
    "claim",
    "deny",
    "add",
    "warn",
    "write",
    "insist",
    "confirm",
    "state",
    "argue",
    "assert",
    "accord",
}


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


# --------------------------------------------------------------------------- normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-17", "2024-10-17"),
        ("2024-10-17T08:00:00Z", "2024-10-17"),
        ("2024/10/17", "2024-10-17"),
        ("20241017", "2024-10-17"),
        ("Oct. 17, 2024", "2024-10-17"),
        ("October 17th, 2024", "2024-10-17"),
        ("Sept. 3, 2016", "2016-09-03"),
        ("17 October 2024", "2024-10-17"),
        ("Thursday, 17 Oct 2024 08:00 GMT", "2024-10-17"),
        ("Thu, 17 Oct 2024 08:00:00 +0000", "2024-10-17"),
        ("  2016-09-15  ", "2016-09-15"),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("2024", None),
        ("October 2024", None),
        ("yesterday", None),
        ("hello", None),
        ("", None),
    ],
)
def test_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


# --------------------------------------------------------------------------- detect_article_date


@pytest.mark.parametrize(
    ("text", "filename", "expected"),
    [
        # metadata lines near the top
        ("Date: 2024-10-17\n\nNATO said on Tuesday ...", None, "2024-10-17"),
        ("NATO chief speaks\nPublished: Oct. 17, 2024 8:00 AM EDT\n\nBody.", None, "2024-10-17"),
        ("Title\nUpdated: Oct. 18, 2024\nPublished: Oct. 17, 2024\n\nBody.", None, "2024-10-17"),
        ("Title\nLast updated: 18 October 2024\n\nBody text.", None, "2024-10-18"),
        ("**Date:** 2016-09-15T10:00:00Z\nText", "other-2020-01-01.txt", "2016-09-15"),
        # datelines
        ("WASHINGTON, Oct. 17, 2024 (AP) — NATO said there is no evidence.", None, "2024-10-17"),
        ("NATO chief speaks\nOctober 17, 2024\n\nBRUSSELS — Rutte said ...", None, "2024-10-17"),
        ("Thursday, October 17, 2024\nBody.", None, "2024-10-17"),
        # a date inside the body is not the article's date: the file name decides
        ("BRUSSELS — He said on Oct. 14, 2024 that ...", "x/2016-09-15_story.txt", "2016-09-15"),
        ("Some text about Oct. 14, 2024.", "20160915-x.txt", "2016-09-15"),
        ("Body only.", "/data/news/2016_09_15.txt", "2016-09-15"),
        # nothing
        ("Just a story with no date at all.", None, None),
        ("Some text about Oct. 14, 2024, deep in a sentence.", None, None),
        ("Body.", "story-123456.txt", None),
        ("Body.", "report-2016-13-45.txt", None),
        ("", None, None),
    ],
)
def test_detect_article_date(text: str, filename: str | None, expected: str | None) -> None:
    assert detect_article_date(text, filename) == expected


# --------------------------------------------------------------------------- resolve


@pytest.mark.parametrize(
    ("expression", "article_date", "expected"),
    [
        # AP style month abbreviations, year-less dates go back to the latest past one
        ("Oct. 14", THU, "2024-10-14"),
        ("Sept. 3", THU, "2024-09-03"),
        ("October 17", THU, "2024-10-17"),
        ("Oct. 20", THU, "2023-10-20"),
        ("December", THU, "2023-12"),
        # weekdays: the latest such day on or before the article date
        ("Tuesday", THU, "2024-10-15"),
        ("on Thursday", THU, "2024-10-17"),
        ("Friday", THU, "2024-10-11"),
        ("Tuesday", TUE, "2016-10-04"),
        ("Tuesday", MON, "2016-09-27"),
        ("last Thursday", THU, "2024-10-10"),
        ("last Tuesday", THU, "2024-10-15"),
        ("Thursday night", THU, "2024-10-17"),
        ("Wednesday night", THU, "2024-10-16"),
        ("earlier Thursday morning", THU, "2024-10-17"),
        ("nearly 2 a.m. Friday", THU, "2024-10-11"),
        ("Monday’s", THU, "2024-10-14"),
        ("yesterday", THU, "2024-10-16"),
        ("today", THU, "2024-10-17"),
        ("tonight", THU, "2024-10-17"),
        ("last night", THU, "2024-10-16"),
        ("2:45 p.m. EDT", THU, "2024-10-17"),
        # precision kept
        ("last year", THU, "2023"),
        ("in October 2023", THU, "2023-10"),
        ("in 2019", THU, "2019"),
        ("early April", THU, "2024-04"),
        ("last month", THU, "2024-09"),
        ("two years ago", THU, "2022"),
        ("July 6, 2011", THU, "2011-07-06"),
        # vague, future, durations and non-dates
        ("recently", THU, None),
        ("last week", THU, None),
        ("last week's", THU, None),
        ("earlier this year", THU, None),
        ("earlier this month", THU, None),
        ("in the past", THU, None),
        ("a few days ago", THU, None),
        ("the 1990s", THU, None),
        ("next Tuesday", THU, None),
        ("tomorrow", THU, None),
        ("2025", THU, None),
        ("24 hours", THU, None),
        ("the first time", THU, None),
        # no article date: only expressions that carry their own year
        ("Tuesday", None, None),
        ("Oct. 14", None, None),
        ("yesterday", None, None),
        ("Oct. 14, 2023", None, "2023-10-14"),
        ("in 2019", None, "2019"),
    ],
)
def test_resolve(
    resolver: DateResolver, expression: str, article_date: str | None, expected: str | None
) -> None:
    assert resolver.resolve(expression, article_date) == expected


CALENDAR_WORDS = [
    *"january february march april may june july august september october november".split(),
    "december",
    "this year",
    "last year",
    "this month",
    "last month",
    "1999",
    "2016",
    "2017",
    # a month with a day, a year or both: the day or month on or before the article's
    "sept. 11",
    "oct. 4",
    "jan. 31",
    "feb. 28",
    "dec 31",
    "march 1",
    "june 30",
    "nov. 8 2015",
    "sept. 30 2016",
    "march 2016",
    "may 2015",
    "january 2017",
    # so long ago: the article date moved back
    "three months ago",
    "22 years ago",
    "a year ago",
    "a day ago",
    "10 days ago",
]


@pytest.mark.parametrize("base", [None, "2015-01-01", "2015-12-31", "2016-02-29", "2016-07-15"])
def test_calendar_words_settled_without_dateparser_as_dateparser_would(base: str | None) -> None:
    """A year, a month's name, "this/last year/month", a month with a day or year, "N units
    ago" skip dateparser (they are most of what reaches it) and must give its answer ("": none), for
    article dates across the year."""
    import datetime as dt

    from claimx.rules.dating import _calendar_word

    resolver = DateResolver()
    day = None if base is None else dt.date.fromisoformat(base)
    for days in range(0, 32, 4) if day is not None else [0]:
        at = None if day is None else day + dt.timedelta(days=days)
        for word in CALENDAR_WORDS:
            ours = _calendar_word(word, at)
            if ours is not None or (at is None and word.isdigit()):
                assert (ours or None) == resolver._dateparser(word, at), (word, at)


@pytest.mark.parametrize("expression", ["feb. 29", "february 29 2016", "sept. 31", "may 7 1850"])
def test_leap_days_impossible_days_and_far_years_are_left_to_dateparser(expression: str) -> None:
    import datetime as dt

    from claimx.rules.dating import _calendar_word

    assert _calendar_word(expression, dt.date(2016, 7, 15)) is None


def test_february_after_a_january_29th_is_the_last_february() -> None:
    """dateparser answers "February" on Jan. 29-31, 2016 with 2012-02 (it looks for a February
    with that day); the latest February before the article is 2015's."""
    import datetime as dt

    from claimx.rules.dating import _calendar_word

    assert _calendar_word("february", dt.date(2016, 1, 30)) == "2015-02"
    assert DateResolver().resolve("February", "2016-01-30") == "2015-02"


def test_resolve_caches_results_and_reuses_one_parser_per_article_date() -> None:
    resolver = DateResolver()
    for _ in range(3):
        assert resolver.resolve("Oct. 14", THU) == "2024-10-14"
        assert resolver.resolve("year 2000", THU) == "2000"
    assert len(resolver._parsers) == 1
    assert ("oct. 14", THU) in resolver._cache
    resolver.resolve("year 2000", TUE)
    assert len(resolver._parsers) == 2


# --------------------------------------------------------------------------- statement_date


def _cue_and_claim(doc, claim: str | tuple[str, ...] | None):
    """Claim = the char spans of the given substring(s) (a split quotation has two parts);
    cue = the first reporting word outside them."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for part in (claim,) if isinstance(claim, str) else claim or ():
        start = text.index(part)
        spans.append((start, start + len(part)))

    def inside(tok) -> bool:
        return any(s <= tok.idx < e for s, e in spans)

    cue = next(
        (doc[t.i : t.i + 1] for t in doc if t.lemma_.lower() in REPORTING and not inside(t)),
        None,
    )
    return cue, spans


ART = "article"

STATEMENTS = [
    # (sentence, claim substring, article date, expected (date, date_source))
    # -- a date inside the claim is the claim's, never the statement's
    ("He said the attack happened on Oct. 14.", "the attack happened on Oct. 14", THU, (THU, ART)),
    (
        "Police said the suspect was arrested Wednesday night.",
        "the suspect was arrested Wednesday night",
        THU,
        (THU, ART),
    ),
    (
        "The minister insisted that the deal signed on Tuesday was fair.",
        "the deal signed on Tuesday was fair",
        THU,
        (THU, ART),
    ),
    (
        "Analysts said the market crashed yesterday after the announcement.",
        "the market crashed yesterday after the announcement",
        THU,
        (THU, ART),
    ),
    (
        "The mayor told reporters that the bridge had closed in March 2023.",
        "the bridge had closed in March 2023",
        THU,
        (THU, ART),
    ),
    (
        "“We lost everything last year,” the farmer said.",
        "We lost everything last year",
        THU,
        (THU, ART),
    ),
    (
        "She announced that the company was founded in 1998.",
        "the company was founded in 1998",
        THU,
        (THU, ART),
    ),
    (
        "The spokesman denied that the meeting took place on Sept. 3.",
        "the meeting took place on Sept. 3",
        THU,
        (THU, ART),
    ),
    (
        "According to the ministry, the strike hit the city last Thursday.",
        "the strike hit the city last Thursday",
        THU,
        (THU, ART),
    ),
    (
        "He warned that the vote scheduled for Tuesday could be delayed.",
        "the vote scheduled for Tuesday could be delayed",
        THU,
        (THU, ART),
    ),
    ("He said yesterday’s vote was rigged.", "yesterday’s vote was rigged", THU, (THU, ART)),
    (
        "She said Tuesday was the worst day of her life.",
        "Tuesday was the worst day of her life",
        THU,
        (THU, ART),
    ),
    (
        "The ministry said Oct. 14 would be a holiday.",
        "Oct. 14 would be a holiday",
        THU,
        (THU, ART),
    ),
    # a quotation split by its attribution: the second part's "on Tuesday" is the claim's
    (
        "“The troops left,” he said, “on Tuesday, before dawn.”",
        ("The troops left,", "on Tuesday, before dawn."),
        THU,
        (THU, ART),
    ),
    # -- a date on the reporting verb wins over one in the claim
    (
        "The company said in a statement Monday that it had fired the manager on Oct. 2.",
        "it had fired the manager on Oct. 2",
        THU,
        ("2024-10-14", "text"),
    ),
    (
        "Trump claimed on Monday that Clinton started the controversy in 2008.",
        "Clinton started the controversy in 2008",
        THU,
        ("2024-10-14", "text"),
    ),
    (
        "The minister said yesterday that prices would fall next year.",
        "prices would fall next year",
        THU,
        ("2024-10-16", "text"),
    ),
    # -- weekdays, yesterday, today, clock times
    (
        "White House spokesman Josh Earnest said Monday that the president supports the bill.",
        "the president supports the bill",
        THU,
        ("2024-10-14", "text"),
    ),
    (
        "On Monday, the senator told reporters that the bill would pass.",
        "the bill would pass",
        THU,
        ("2024-10-14", "text"),
    ),
    (
        "“Our assumption is that the veto will be overridden,” Mitch McConnell said Tuesday.",
        "Our assumption is that the veto will be overridden",
        THU,
        ("2024-10-15", "text"),
    ),
    (
        "Putney, speaking at a news conference Friday, said the video would not be released.",
        "the video would not be released",
        THU,
        ("2024-10-11", "text"),
    ),
    (
        "Rutte said on Thursday night that there is no evidence of troops in Ukraine.",
        "there is no evidence of troops in Ukraine",
        THU,
        (THU, "text"),
    ),
    (
        "The governor said on Tuesday that the storm had killed five people.",
        "the storm had killed five people",
        TUE,
        (TUE, "text"),
    ),
    (
        "The governor said on Tuesday that the storm had killed five people.",
        "the storm had killed five people",
        MON,
        ("2016-09-27", "text"),
    ),
    (
        "She told reporters last Thursday that the talks had collapsed in September.",
        "the talks had collapsed in September",
        THU,
        ("2024-10-10", "text"),
    ),
    (
        "The spokesman said Thursday morning that the talks would resume.",
        "the talks would resume",
        THU,
        (THU, "text"),
    ),
    (
        "The spokesman said today that the talks would resume.",
        "the talks would resume",
        THU,
        (THU, "text"),
    ),
    ("“We will win,” she said at 2 p.m. in Ohio.", "We will win", THU, (THU, "text")),
    # -- AP style month abbreviations; a year-less date after the article date is last year's
    (
        "The governor said Sept. 3 that the storm had killed five people.",
        "the storm had killed five people",
        THU,
        ("2024-09-03", "text"),
    ),
    (
        "The agency said on Oct. 20 that it had found no errors.",
        "it had found no errors",
        THU,
        ("2023-10-20", "text"),
    ),
    # -- month and year precision
    (
        "He said in October 2023 that the war would end soon.",
        "the war would end soon",
        THU,
        ("2023-10", "text"),
    ),
    (
        "Smith said in 2019 that he would never run again.",
        "he would never run again",
        THU,
        ("2019", "text"),
    ),
    (
        "The president said last year that the economy was growing.",
        "the economy was growing",
        THU,
        ("2023", "text"),
    ),
    (
        "In a March 2016 meeting with the editorial board, Trump said that NATO may need"
        " to change.",
        "NATO may need to change",
        THU,
        ("2016-03", "text"),
    ),
    (
        "In her 2010 book, ''Make Your Savings Grow,'' Ms. Reyes argued that families should"
        " save early.",
        "families should save early",
        THU,
        ("2010", "text"),
    ),
    # -- vague: no date, and not the article date either
    ("The mayor said last week that the city was safe.", "the city was safe", THU, (None, None)),
    (
        "Officials recently said the plant would close on Tuesday.",
        "the plant would close on Tuesday",
        THU,
        (None, None),
    ),
    (
        "He told CNN earlier this year that he would not resign.",
        "he would not resign",
        THU,
        (None, None),
    ),
    # -- no article date: relative expressions cannot be placed, explicit ones can
    ("He said Monday that the plan was dead.", "the plan was dead", None, (None, None)),
    (
        "He said the plan died on Oct. 14, 2023.",
        "the plan died on Oct. 14, 2023",
        None,
        (None, None),
    ),
    (
        "He said on Oct. 14, 2023 that the plan was dead.",
        "the plan was dead",
        None,
        ("2023-10-14", "text"),
    ),
    # -- a time that bounds a period ("since", "until") dates no speech act
    (
        "On her third trip to the capital since March, the envoy said the talks had stalled.",
        "the talks had stalled",
        THU,
        (THU, ART),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "claim", "article_date", "expected"),
    STATEMENTS,
    ids=[f"{i:02d}-{s[:40]}" for i, (s, *_rest) in enumerate(STATEMENTS)],
)
def test_statement_date(
    nlp,
    resolver: DateResolver,
    sentence: str,
    claim: str | tuple,
    article_date: str | None,
    expected: tuple,
) -> None:
    doc = nlp(sentence)
    cue, claims = _cue_and_claim(doc, claim)
    assert cue is not None, "test table needs a reporting word"
    date, date_text, source = resolver.statement_date(doc, cue, claims, article_date)
    assert (date, source) == expected
    if source == "text":
        assert date_text and date_text in sentence
        start = sentence.index(date_text)
        assert not any(s < start + len(date_text) and start < e for s, e in claims)
    elif source == ART:
        assert date_text is None


@pytest.mark.parametrize(
    ("sentence", "claim", "vague_text"),
    [
        ("The mayor said last week that the city was safe.", "the city was safe", "last week"),
        ("Officials recently said the plant would close.", "the plant would close", "recently"),
        (
            "He told CNN earlier this year that he would not resign.",
            "he would not resign",
            "earlier this year",
        ),
    ],
)
def test_vague_expression_is_kept_as_date_text(nlp, resolver, sentence, claim, vague_text):
    doc = nlp(sentence)
    cue, claims = _cue_and_claim(doc, claim)
    assert resolver.statement_date(doc, cue, claims, THU) == (None, vague_text, None)


def test_date_text_includes_its_preposition(nlp, resolver) -> None:
    doc = nlp("Trump claimed on Monday that Clinton started it.")
    cue, claims = _cue_and_claim(doc, "Clinton started it")
    assert resolver.statement_date(doc, cue, claims, THU) == ("2024-10-14", "on Monday", "text")


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # a floating quote: the sentence minus the claim
        (
            "Rutte spoke to reporters. “There is no evidence of troops in Ukraine,” on Tuesday.",
            "There is no evidence of troops in Ukraine",
            ("2024-10-15", "text"),
        ),
        (
            "Rutte spoke to reporters. “The troops arrived on Tuesday and left.”",
            "The troops arrived on Tuesday and left.",
            (THU, ART),
        ),
    ],
)
def test_statement_date_without_cue(nlp, resolver, text, claim, expected) -> None:
    doc = nlp(text)
    start = text.index(claim)
    date, _text, source = resolver.statement_date(doc, None, [(start, start + len(claim))], THU)
    assert (date, source) == expected


def test_no_expression_and_no_article_date(nlp, resolver) -> None:
    doc = nlp("He said the plan was dead.")
    cue, claims = _cue_and_claim(doc, "the plan was dead")
    assert resolver.statement_date(doc, cue, claims, None) == (None, None, None)


def test_dates_module_does_not_import_heavy_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys, claimx.datetext as d; d.normalize_date('2024-10-17');"
        " d.detect_article_date('Date: 2024-10-17', 'a.txt');"
        " print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- date sieves by name

SIEVE_ROWS = [
    # (text, claim, article date, use a cue, expected (date, date_source, sieve))
    (
        "The harbour master said on Monday that the pier was unsafe.",
        "the pier was unsafe",
        THU,
        True,
        ("2024-10-14", "text", "own_clause"),
    ),
    (
        "The carmaker announced a $2 billion share buyback on Tuesday.",
        "a $2 billion share buyback on Tuesday",
        THU,
        True,
        ("2024-10-15", "text", "object_time"),
    ),
    (
        # the object's event has the time: not the saying's
        "The union announced free tickets to a rally on Tuesday.",
        "free tickets to a rally on Tuesday",
        THU,
        True,
        (THU, "article", "article_date"),
    ),
    (
        "The harbour master said on Monday the pier was unsafe.",
        "on Monday the pier was unsafe",
        THU,
        True,
        ("2024-10-14", "text", "fronted_complement"),
    ),
    (
        'The ferry operator said "the crossing is closed" on Tuesday.',
        "the crossing is closed",
        THU,
        True,
        ("2024-10-15", "text", "after_quotation"),
    ),
    (
        'The ferry operator said "the crossing is closed" yesterday.',
        "the crossing is closed",
        THU,
        True,
        ("2024-10-16", "text", "after_quotation"),
    ),
    (
        # another clause after the quotation: its time is not the saying's
        'The ferry operator said "the crossing is closed" until the storm passes on Tuesday.',
        "the crossing is closed",
        THU,
        True,
        (THU, "article", "article_date"),
    ),
    (
        "The coach went on radio Tuesday to say that the team would recover.",
        "the team would recover",
        THU,
        True,
        ("2024-10-15", "text", "parent_clause"),
    ),
    (
        # "by" + gerund: the time is on the verb the preposition hangs from
        "The governor opened the session on Monday by warning that the budget was short.",
        "the budget was short",
        THU,
        True,
        ("2024-10-14", "text", "parent_clause"),
    ),
    (
        # ... or on the event noun that verb takes as object
        "The governor ended her speech on Monday by warning that the budget was short.",
        "the budget was short",
        THU,
        True,
        ("2024-10-14", "text", "parent_clause"),
    ),
    (
        "The ferry crews walked out. “Nobody listened to us for months,” on Wednesday.",
        "Nobody listened to us for months",
        THU,
        False,
        ("2024-10-16", "text", "claim_sentence"),
    ),
    (
        "The librarian said recently that the archive would move.",
        "the archive would move",
        THU,
        True,
        (None, None, "vague_time"),
    ),
    (
        "The librarian said that the archive would move.",
        "the archive would move",
        THU,
        True,
        (THU, "article", "article_date"),
    ),
    (
        "The librarian said that the archive would move.",
        "the archive would move",
        None,
        True,
        (None, None, "no_date"),
    ),
]


@pytest.mark.parametrize(
    ("text", "claim", "article_date", "with_cue", "expected"),
    SIEVE_ROWS,
    ids=[row[-1][-1] for row in SIEVE_ROWS],
)
def test_date_sieve_names(nlp, resolver, text, claim, article_date, with_cue, expected) -> None:
    doc = nlp(text)
    cue, claims = _cue_and_claim(doc, claim)
    date, _text, source, sieve, _span = resolver.date_of(
        doc, cue if with_cue else None, claims, article_date
    )
    assert (date, source, sieve) == expected


# --------------------------------------------------------------------------- resolve: named days


@pytest.mark.parametrize(
    ("expression", "article_date", "expected"),
    [
        ("last December", THU, "2023-12"),
        ("last March", THU, "2024-03"),
        ("last October", THU, "2023-10"),  # the article's own month: the year before
        ("on Christmas Day", THU, "2023-12-25"),
        ("New Year's Day", THU, "2024-01-01"),
        ("the Fourth of July", THU, "2024-07-04"),
        ("last December", None, None),
        ("February 30", THU, None),
        ("Feb. 30, 2024", None, None),
    ],
)
def test_resolve_named_months_and_holidays(resolver, expression, article_date, expected) -> None:
    assert resolver.resolve(expression, article_date) == expected


@pytest.mark.parametrize(
    ("sentence", "article_date", "expected"),
    [
        ("Mayor Lin Park said last December that the plan was dead.", THU, "2023-12"),
        ("Mayor Lin Park said on Christmas Day that the plan was dead.", THU, "2023-12-25"),
        # no article date: null, but the expression is kept
        ("Mayor Lin Park said last December that the plan was dead.", None, None),
        # an impossible date is ignored, never a crash: the article date stands in
        ("Mayor Lin Park said on February 30 that the plan was dead.", THU, THU),
    ],
)
def test_named_days_date_statements(nlp, sentence, article_date, expected) -> None:
    from claimx.rules.attribution import extract_statements

    (st,) = extract_statements(nlp(sentence), article_date)
    assert st.date == expected
    if "December" in sentence:
        assert st.date_text == "last December"
        assert sentence[slice(*st.date_span)] == "last December"


# --------------------------------------------------------------------------- scenes (issue 14)

SCENES = [
    # (id, text, article date, claim start of the statement checked, (date, source, date_text))
    # -- openers
    (
        "opener-reporting-verb",
        "Governor Ana Ruiz on Tuesday urged lawmakers to pass the budget. "
        "“We cannot wait another year,” Ruiz said.",
        THU,
        "We cannot",
        ("2024-10-15", "context", "on Tuesday"),
    ),
    (
        "opener-event-noun",
        "In a Monday interview with a radio host, Senator Ada Brook said the plan was dead. "
        "“Nobody in this building wants it,” Brook said.",
        THU,
        "Nobody",
        ("2024-10-14", "context", "Monday"),
    ),
    (
        # Premium Times, The Hindu, Nation: "The union's President, X, ..." with the title
        # capitalised; the scene is the named person's, not the title's
        "opener-capitalised-title-with-name-in-apposition",
        "The Union President, Chidi Okafor, issued the ultimatum on Tuesday in Enugu. "
        "He said the strike would begin next week.",
        THU,
        "the strike",
        ("2024-10-15", "context", "on Tuesday"),
    ),
    (
        # the participle that describes the event carries its day ("a memo sent ... on
        # Tuesday", "a blog post published Tuesday night")
        "opener-event-participle",
        "Founder Lena Marsh apologized in a blog post published Tuesday night. "
        "“We shipped the update before it was ready,” Marsh wrote.",
        THU,
        "We shipped",
        ("2024-10-15", "context", "Tuesday night"),
    ),
    (
        "opener-event-possessive",
        "Governor Tom Reyes attacked the tax plan at Wednesday's debate. "
        "“It is a giveaway to the rich,” Reyes said.",
        THU,
        "It is a giveaway",
        ("2024-10-16", "context", "Wednesday"),
    ),
    (
        "opener-event-no-speaker",
        "Analysts noted a change of tone after an October 9 briefing at the ministry. "
        "Minister Ivo Hart warned that the border would stay closed.",
        THU,
        "the border",
        ("2024-10-09", "context", "October 9"),
    ),
    (
        "opener-hyphenated-surname",
        "Council leader Mary Smith-Jones said on Wednesday that the budget was balanced. "
        "“We made hard choices. Nobody enjoyed it,” she said.",
        THU,
        "We made",
        ("2024-10-16", "context", "on Wednesday"),
    ),
    (
        "opener-other-clause-same-speaker",
        "Mayor Lin Park attacked the plan on Monday as a giveaway. "
        "“It helps nobody but the developers,” Park said.",
        THU,
        "It helps",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "opener-appositive-name",
        "The city's mayor, Lin Park, said on Monday that the bridge would reopen. "
        "The repairs took a year. “The engineers have signed off,” she said.",
        THU,
        "The engineers",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "opener-conjoined-speakers",
        "Mayor Lin Park and Councillor Ben Ode held a joint news conference on Monday. "
        "“The bridge is safe,” Park said. “Nobody was hurt,” Ode said.",
        THU,
        "Nobody was hurt",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "opener-conjoined-speakers-not-a-third",
        "Mayor Lin Park and Councillor Ben Ode held a joint news conference on Monday. "
        "“The bridge is safe,” Park said. “Nobody was hurt,” Governor Ana Ruiz said.",
        THU,
        "Nobody was hurt",
        (THU, "article", None),
    ),
    # -- membership
    (
        "member-pronoun",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "She added that the tolls would stay.",
        THU,
        "the tolls",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        # "she" is the last named subject, whatever its verb ("toured"), not the last speaker
        "member-pronoun-opener-last-named-subject",
        "Councillor Ben Ode said the vote was close. Mayor Lin Park toured the flooded district. "
        "On Monday she told reporters the repairs would take a year. "
        "“We will rebuild,” Park said.",
        THU,
        "We will rebuild",
        ("2024-10-14", "context", "On Monday"),
    ),
    (
        "member-went-on-to-say",
        "Mayor Lin Park spoke to reporters on Monday about the bridge. "
        "She went on to say that the repairs were finished.",
        THU,
        "the repairs",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "member-across-paragraphs",
        "Mayor Lin Park said on Monday that the bridge would reopen.\n\n"
        "The bridge has been closed since a barge struck it.\n\n"
        "“The engineers have signed off on every beam,” Park said.",
        THU,
        "The engineers",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "member-not-another-speaker",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "Councillor Ben Ode said the repairs were rushed.",
        THU,
        "the repairs",
        (THU, "article", None),
    ),
    (
        # another speaker's scene sets the first one aside, not over: theirs when quoted again
        "member-resumes-after-another-speakers-scene",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "Hours later, Councillor Ben Ode told reporters that the repairs were rushed. "
        "Park said the tolls would stay.",
        THU,
        "the tolls",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        # ... unless the other scene is on a later day: the story has moved on
        "later-day-ends-scenes-set-aside",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "On Wednesday, Councillor Ben Ode said that the repairs were rushed. "
        "Park said the tolls would stay.",
        THU,
        "the tolls",
        (THU, "article", None),
    ),
    (
        "closer-ends-scenes-set-aside",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "On Wednesday, Councillor Ben Ode said that the repairs were rushed. "
        "In 2014, the city ran out of money for repairs. "
        "Park said the tolls would stay.",
        THU,
        "the tolls",
        (THU, "article", None),
    ),
    # -- closers
    (
        "closer-background-year",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "In 2014, the city ran out of money for repairs. "
        "“We learned from that,” Park said.",
        THU,
        "We learned",
        (THU, "article", None),
    ),
    (
        "closer-last-year-she-wrote",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "Last year, she wrote that the bridge was unsafe. "
        "“That was a different bridge,” Park said.",
        THU,
        "That was",
        (THU, "article", None),
    ),
    (
        # an age ("the 62-year-old mayor") is tagged as a date but is no time: it closes nothing
        "age-is-no-closer",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "The 62-year-old mayor has run the city since the flood. "
        "“We will rebuild,” Park said.",
        THU,
        "We will rebuild",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "closer-new-setting",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "In another interview, Park said the tolls would rise.",
        THU,
        "the tolls",
        (THU, "article", None),
    ),
    (
        "closer-heading",
        "Mayor Lin Park said on Monday that the bridge would reopen.\n\n"
        "Reactions from the council\n\n"
        "“The tolls will have to rise,” Park said.",
        THU,
        "The tolls",
        (THU, "article", None),
    ),
    (
        "live-blog-clock-heading",
        "Tuesday, Oct. 15\n\n10:10 a.m.\n\n"
        "Crews reached the bridge. Mayor Lin Park said the tolls would have to rise.",
        THU,
        "the tolls",
        ("2024-10-15", "context", "10:10 a.m."),
    ),
    # -- a show's name in quotation marks is no time expression
    (
        "show-title-is-not-a-date",
        "Mayor Lin Park spoke to reporters on Sunday. "
        "“Taxes will rise,” she said on ABC's ''This Week.''",
        THU,
        "Taxes will rise",
        ("2024-10-13", "context", "on Sunday"),
    ),
    (
        "show-title-is-not-a-date-double-quotes",
        "Mayor Lin Park spoke to reporters on Sunday. "
        '“Taxes will rise,” she said on ABC\'s "This Week."',
        THU,
        "Taxes will rise",
        ("2024-10-13", "context", "on Sunday"),
    ),
    (
        # an event dated to the month with nobody named as its subject: the next sentence's
        "opener-event-month-no-speaker",
        "The idea came up at a televised debate in March, when Senator Ada Brook called the "
        "plan reckless. She also said that it would bankrupt the state.",
        THU,
        "it would bankrupt",
        ("2024-03", "context", "in March"),
    ),
    (
        # the speaker named in the event noun's relative clause ("a speech X gave") owns it
        "opener-event-year-relative-clause-speaker",
        "The sharpest attack came in a 2019 speech Governor Tom Reyes gave to farmers. "
        "In his remarks, Reyes argued that the tariffs were a tax. "
        "At the end of his speech, Reyes told the farmers that help was coming.",
        THU,
        "help was coming",
        ("2019", "context", "2019"),
    ),
    (
        # a reporting verb dated to the month opens no scene: the same speaker's next line is
        # as often about something else
        "reporting-verb-month-opens-nothing",
        "Economist Lea Vance wrote in December that the housing bubble would burst. "
        "Vance says the banks are still lending.",
        THU,
        "the banks",
        (THU, "article", None),
    ),
    (
        # a dated document is no scene for the next speaker, who is not its author
        "document-year-opens-nothing",
        "A 2019 audit of the agency found no fraud. "
        "Senator Ada Brook said that the audit had been rushed.",
        THU,
        "the audit had been rushed",
        (THU, "article", None),
    ),
    (
        # an event ahead ("will speak at the convention in July") sets no scene
        "event-ahead-opens-nothing",
        "Mayor Lin Park will speak at the party convention in July. "
        "Park said that the city would host the next one.",
        THU,
        "the city would host",
        (THU, "article", None),
    ),
    (
        # an event ahead ("has to pass ... at a June hearing") is no past setting: the
        # resolver would place it a year back
        "event-month-ahead-opens-nothing",
        "The plan still has to pass a review at a June hearing of the council. "
        "Several economists concluded that the plan would fail.",
        THU,
        "the plan would fail",
        (THU, "article", None),
    ),
    (
        # a group's dated act is each member's: the members quoted next share its day
        "opener-group-subject",
        "Opposition lawmakers on Tuesday lashed out at the governor's budget in a stormy "
        "session. "
        "The measure passed anyway. “This budget robs our schools,” Representative Mia Tor "
        "said. Senator Dan Olu said the cuts would close rural clinics.",
        THU,
        "the cuts",
        ("2024-10-15", "context", "on Tuesday"),
    ),
    (
        # a group's act at no communicative event ("marched to the capital") sets no scene
        "group-subject-no-event-opens-nothing",
        "Striking workers on Tuesday marched to the capital with their banners. "
        "“Fuel prices are ruining us,” said Representative Mia Tor.",
        THU,
        "Fuel prices",
        (THU, "article", None),
    ),
    # -- what never opens a scene
    (
        # a meeting is no speech act: the statements after it are not dated by it
        "silent-act-opens-nothing",
        "Senator Ada Brook met privately with the bishop on Saturday. "
        "Brook said the meeting was about the shelter and not about the election.",
        THU,
        "the meeting was",
        (THU, "article", None),
    ),
    (
        "silent-act-travel-opens-nothing",
        "Governor Tom Reyes flew to Paris on Monday with his trade delegation. "
        "“Our farmers need these markets,” Reyes said.",
        THU,
        "Our farmers",
        (THU, "article", None),
    ),
    (
        "claim-time-opens-nothing",
        "Mayor Lin Park said the bridge closed on Monday. “It was a mess for everyone,” Park said.",
        THU,
        "It was a mess",
        (THU, "article", None),
    ),
    (
        # a time in a relative clause dates the thing it describes, not a new scene
        "relative-clause-time-opens-nothing",
        "Mayor Lin Park spoke to reporters on Wednesday. A reporter asked Park about "
        "comments she had made on Monday. “The bridge is safe,” Park said.",
        THU,
        "The bridge is safe",
        ("2024-10-16", "context", "on Wednesday"),
    ),
    (
        "vague-time-opens-nothing",
        "Mayor Lin Park said last week that the bridge would reopen. "
        "“The engineers have signed off,” Park said.",
        THU,
        "The engineers",
        (THU, "article", None),
    ),
    # -- scene-relative times: read against the last date the narrative gave
    (
        "relative-hours-later-local",
        "Mayor Lin Park said on Monday that the bridge would reopen. Hours later, "
        "Councillor Ben Ode told reporters that the repairs had been rushed.",
        THU,
        "the repairs",
        ("2024-10-14", "text", "Hours later"),
    ),
    (
        "relative-hours-later-opens-scene",
        "Mayor Lin Park said on Monday that the bridge would reopen. Hours later, "
        "Councillor Ben Ode told reporters that the repairs had been rushed. "
        "“Nobody checked the welds,” Ode said.",
        THU,
        "Nobody checked",
        ("2024-10-14", "context", "Hours later"),
    ),
    (
        "relative-day-before",
        "Mayor Lin Park said at a town hall on Tuesday that taxes would rise. "
        "On a radio show the day before, she said the budget was balanced.",
        THU,
        "the budget",
        ("2024-10-14", "text", "the day before"),
    ),
    (
        "relative-next-month",
        "The inquiry into the council opened in September. "
        "The next month, a former clerk announced that he would sue the council.",
        THU,
        "he would sue",
        ("2024-10", "text", "The next month"),
    ),
    (
        "relative-from-a-claims-date",
        "Police said the fire started on Saturday. A day later, "
        "the fire chief said that the blaze was under control.",
        THU,
        "the blaze",
        ("2024-10-13", "text", "A day later"),
    ),
    (
        "relative-at-the-time",
        "In December, the ministry doubted the figures. "
        "“The data are incomplete,” the spokesman told reporters at the time.",
        THU,
        "The data are incomplete",
        ("2023-12", "text", "at the time"),
    ),
    (
        # nothing dated before it: the phrase is kept, the date stays null
        "relative-without-anchor",
        "The next morning, the fire chief said that the blaze was under control.",
        THU,
        "the blaze",
        (None, None, "The next morning"),
    ),
    (
        # relative to the vote, not to the narrative's date: not read as Monday minus a day
        "relative-to-a-named-event-is-not",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "The day before the vote, Councillor Ben Ode said that the repairs were rushed.",
        THU,
        "the repairs",
        (THU, "article", None),
    ),
    # -- an event named again ("after the speech", "in her speech") is on the day it was given
    (
        "opener-event-named-again",
        "The governor gave her budget address on Tuesday. Senator Dan Olu, speaking to "
        "reporters right after the speech, said the cuts would close rural clinics.",
        THU,
        "the cuts",
        ("2024-10-15", "context", "right after the speech"),
    ),
    (
        # a court's events are settings of statements too: "after the verdict" is the day the
        # lede gave the jury's decision
        "court-event-named-again",
        "A federal jury on Wednesday convicted a former bank teller of wire fraud. "
        "After the verdict, her lawyer, Sam Ode, said that she would appeal.",
        THU,
        "she would appeal",
        ("2024-10-16", "context", "After the verdict"),
    ),
    (
        # the lede's dated act is the event the story names again ("convicted" is the
        # verdict), whatever day the story gave last (the closing arguments the day before)
        "dated-act-is-the-event-named-again",
        "A jury on Wednesday acquitted a former county clerk of bribery. Prosecutors had told "
        "jurors in closing arguments on Tuesday that the clerk sold permits for cash. "
        "After the verdict, her lawyer, Ann Rossi, said that the case should never have been "
        "brought.",
        THU,
        "the case should",
        ("2024-10-16", "context", "After the verdict"),
    ),
    (
        # a court's dated act is its ruling: "wrote in a 30-page ruling" is that one, though
        # "a" would introduce a new one of the kinds the text dates by their nouns
        "court-act-is-its-ruling",
        "A federal judge on Tuesday struck down a state law on ballot drop boxes. The state "
        "had argued at a hearing on Monday that the law was needed. Judge Nora Quist wrote in "
        "a 30-page ruling that the law placed an undue burden on voters.",
        THU,
        "the law placed",
        ("2024-10-15", "context", "in a 30-page ruling"),
    ),
    (
        # a court's dated act was done at its hearing: "after the hearing" is that day
        "court-act-is-its-hearing",
        "A federal judge on Tuesday blocked the county's new camping rule. Lawyers for the "
        "county had argued on Monday that the rule was lawful. After the hearing, the county "
        "attorney, Jo Lin, said that the county would appeal.",
        THU,
        "the county would",
        ("2024-10-15", "context", "After the hearing"),
    ),
    (
        # an interview the text never dated is a new one, whatever act came before
        "dated-act-not-a-new-interview",
        "A jury on Wednesday convicted a former county clerk of bribery. In an interview, her "
        "lawyer, Ann Rossi, said that the verdict was unjust.",
        THU,
        "the verdict was",
        (THU, "article", None),
    ),
    (
        # the dateline's city is no subject: the lede's act is the senator's, and her next
        # quotation is in its scene
        "dateline-is-not-the-ledes-subject",
        "SIOUX CITY, Iowa \u2014 Sen. Ruth Calder sharpened her attack against Governor Ames "
        "on Saturday, casting him as a friend of importers.\n\n"
        '"It will cost our farmers dearly," Calder told reporters after a forum in Le Mars.',
        THU,
        "It will cost",
        ("2024-10-12", "context", "on Saturday"),
    ),
    (
        # what is said to a body whose sitting the story dated is said there, whatever the
        # claim's own times and the narrative's days in between
        "told-the-sitting-body",
        "The Dunmore school board voted Tuesday night to close two elementary schools. Parents "
        "had rallied outside on Monday. Superintendent Ana Ruiz told the board that enrollment "
        "had fallen for a decade.",
        THU,
        "enrollment had",
        ("2024-10-15", "context", "the board"),
    ),
    (
        "told-the-judge-at-the-sentencing",
        "A judge on Monday sentenced a former mayor to four years in prison for bribery. "
        "Prosecutors said on Friday that he had taken $200,000. The former mayor, Len Ocker, "
        "told the judge that he was sorry.",
        THU,
        "he was sorry",
        ("2024-10-14", "context", "the judge"),
    ),
    (
        # a body the story never dated an act of: nothing to read
        "told-an-undated-body",
        "Parents rallied outside the school on Monday. Superintendent Ana Ruiz told the board "
        "that enrollment had fallen.",
        THU,
        "enrollment had",
        (THU, "article", None),
    ),
    (
        # a post dated by its publication is the scene of what its writer says in it
        "published-post-is-the-scene",
        "The chief executive, Ida Marsh, apologized in a blog post published Tuesday night. "
        '"We moved too fast, and that is on me," Marsh wrote.',
        THU,
        "We moved",
        ("2024-10-15", "context", "Tuesday night"),
    ),
    (
        "memo-sent-on-a-day-is-the-scene",
        "In a memo sent to staff on Monday, chief executive Ben Ode wrote that the company had "
        'hired too fast. "We have to get smaller to survive," Ode wrote.',
        THU,
        "We have to",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        # a poll's release is no scene of the candidate it measures
        "poll-released-is-no-scene",
        "Ruiz fell to 10 percent in a poll released Tuesday. Senator Ana Ruiz said that she "
        "would stay in the race.",
        THU,
        "she would",
        (THU, "article", None),
    ),
    (
        # a suit brought on a day is the complaint that later "says"
        "suit-brought-is-the-complaints-day",
        "Two authors sued the publisher in federal court on Monday. Prosecutors had opened an "
        "inquiry on Friday. The complaint says that the publisher withheld royalties.",
        THU,
        "the publisher withheld",
        ("2024-10-14", "context", "on Monday"),
        "dated_document",
    ),
    (
        # a council's vote on a day is the meeting it took at
        "dated-vote-is-the-meeting",
        "The Dunmore council voted on Monday night to close the pool. Mayor Eve Hart had said "
        "on Sunday that the pool was safe. Councilwoman Rita Vale, speaking during the "
        "meeting, said that repairs would cost too much.",
        THU,
        "repairs would",
        ("2024-10-14", "context", "during the meeting"),
    ),
    (
        # an event inside what was said, however deep ("said they plan to attend the next
        # hearing on Oct. 22"), is the claim's: it dates nobody's next statement
        "event-inside-a-reported-infinitive",
        "Neighbors said they plan to attend the council's next hearing on Oct. 22 to oppose the "
        "tower. The county planning office said it has not received an application.",
        THU,
        "it has not received",
        ("2024-10-17", "article", None),
    ),
    (
        # the date that kind of event was given wins over the narrative's last day
        "event-named-again-keeps-its-own-date",
        "The sharpest attack came in a 2019 speech to farmers. "
        "Senator Ada Brook toured the harvest on Monday. "
        "In his speech, Governor Tom Reyes argued that the tariffs were a tax.",
        THU,
        "the tariffs",
        ("2019", "context", "In his speech"),
    ),
    (
        # a speaker's event named again: on that speaker's last day, not on the day another
        # speaker was given in between
        "event-named-again-speakers-own",
        "Governor Ana Ruiz spoke to the nurses in a speech on Tuesday. "
        "Senator Dan Olu said on Wednesday that the cuts were too deep. "
        "In her speech, Ruiz had promised that every hospital would stay open.",
        THU,
        "every hospital",
        ("2024-10-15", "context", "In her speech"),
    ),
    (
        # a broadcast named again by its title is on the day it was first named in
        "show-named-again",
        "Mayor Lin Park spoke to reporters on Sunday. "
        "“Taxes will rise,” she said on NBC's ''Meet the Press.'' "
        "Her critics were quick to answer. "
        "Later on ''Meet the Press,'' Senator Dan Olu questioned the mayor's figures. "
        "“The numbers do not add up,” Olu said.",
        THU,
        "The numbers",
        ("2024-10-13", "context", "on ''Meet the Press,''"),
    ),
    (
        # a title never named in a dated scene dates nothing
        "show-never-dated-dates-nothing",
        "Senator Dan Olu said that the numbers did not add up. "
        "On ''Meet the Press,'' Senator Dan Olu questioned the mayor's figures. "
        "“The numbers do not add up,” Olu said.",
        THU,
        "The numbers",
        (THU, "article", None),
    ),
    (
        # an event named again as nobody's setting ("voices filled the air at the hearing")
        "event-named-again-nobodys-act-opens-nothing",
        "Mayor Lin Park closed the bridge on Tuesday. "
        "Angry voices filled the air at the hearing. "
        "Councillor Ben Ode said that the repairs were rushed.",
        THU,
        "the repairs",
        (THU, "article", None),
    ),
    (
        # "in an interview" is a new event, not one named again
        "event-new-not-named-again",
        "Mayor Lin Park closed the bridge on Tuesday. "
        "In an interview, Senator Dan Olu said that the repairs were rushed.",
        THU,
        "the repairs",
        (THU, "article", None),
    ),
    (
        # an event inside a reported clause sets no scene
        "event-named-again-in-claim-opens-nothing",
        "Mayor Lin Park closed the bridge on Tuesday. "
        "Senator Dan Olu said that the mayor had lied at the hearing.",
        THU,
        "the mayor had lied",
        (THU, "article", None),
    ),
    # -- a headline restates its lead: the same speaker's first statement in the body
    (
        "headline-restates-lead",
        "Park Says Bridge Will Reopen.\n\n"
        "Mayor Lin Park said on Monday that the bridge would reopen next month. "
        "Councillor Ben Ode said on Wednesday that the repairs were rushed.",
        THU,
        "Bridge Will Reopen",
        ("2024-10-14", "context", "on Monday"),
        "headline_lead",
    ),
    (
        # the lead itself is undated: a later dated statement of the speaker is no restatement
        "headline-lead-undated-dates-nothing",
        "Park Says Bridge Will Reopen.\n\n"
        "Mayor Lin Park said that the bridge would reopen next month. "
        "On Wednesday, Park told the council that the tolls would rise.",
        THU,
        "Bridge Will Reopen",
        (THU, "article", None),
    ),
    # -- "adding later": the participle goes on with the same act, "later" in it
    (
        "member-adding-later-participle",
        "At a town hall in Reno on Monday, Senator Joan Hale spoke about water rights. "
        "“The river is shared,” Hale said, adding later, “No county can take it alone.”",
        THU,
        "No county",
        ("2024-10-14", "context", "on Monday"),
    ),
    (
        "closer-later-on-its-own-verb",
        "At a town hall in Reno on Monday, Senator Joan Hale spoke about water rights. "
        "Hale later said the river is shared.",
        THU,
        "the river",
        (None, None, "later"),
    ),
    (
        "member-adding-hung-inside-the-quotation",
        "Mayor Lin Park spoke at a rally on Monday. On NBC’s Meet the Press the day before, she "
        "stated, “When I look at this, the flood would have probably ruined the town,” adding, "
        "“I think maybe 500 homes were saved.”",
        THU,
        "I think",
        ("2024-10-13", "text", "the day before"),
    ),
    (
        "closer-participle-of-another-act",
        "Over the past two weeks, prosecutors charged the clerk with fraud and Mayor Ruiz fired "
        "her deputy, Tom Reyes, acknowledging that the city has lost trust in the office.",
        THU,
        "the city has",
        (THU, "article", None),
    ),
    # -- no article date: absolute dates still carry, relative ones do not
    (
        "no-article-date-absolute",
        "Mayor Lin Park said on Oct. 14, 2023 that the bridge would reopen. "
        "“The engineers have signed off,” Park said.",
        None,
        "The engineers",
        ("2023-10-14", "context", "on Oct. 14, 2023"),
    ),
    # -- the verb's own time between its object and the object's infinitive
    (
        "object-infinitive-verb-time",
        "Governor Ana Ruiz urged lawmakers on Tuesday to pass the budget before the recess.",
        THU,
        "lawmakers",
        ("2024-10-15", "text", "on Tuesday"),
    ),
    (
        "object-infinitive-verb-time-year",
        "The former senator urged the president last year not to close the base.",
        THU,
        "the president",
        ("2023", "text", "last year"),
    ),
    (
        # a stretch of time is no point the saying took place at: the claim keeps it
        "object-infinitive-duration-stays",
        "The union urged the company for months to raise the wages of its drivers.",
        THU,
        "the company",
        (THU, "article", None),
    ),
    # -- a dated document: what it says takes the day the article gives it, before or after
    (
        "document-dated-after-its-claims",
        "The lawsuit argues that the county ignored its own zoning rules. "
        "Neighbors have opposed the tower for years. "
        "The suit was filed in the district court on Monday.",
        THU,
        "the county ignored",
        ("2024-10-14", "context", "on Monday"),
        "dated_document",
    ),
    (
        # "it" goes on with the document the sentence before is about
        "document-dated-it-goes-on",
        "The lawsuit argues that the county ignored its own zoning rules. "
        "It also claims that the permits were forged. "
        "The suit was filed in the district court on Monday.",
        THU,
        "the permits",
        ("2024-10-14", "context", "on Monday"),
        "dated_document",
    ),
    (
        "document-dated-by-its-release",
        "The watchdog released a report on Tuesday about the state's prisons. "
        "Governor Ana Ruiz has promised new funds. Her aides were not available. "
        "The report also says that guards were paid late.",
        THU,
        "guards were paid",
        ("2024-10-15", "context", "on Tuesday"),
        "dated_document",
    ),
    (
        # two reports on two days: no telling which one "the report" is
        "document-dated-twice-dates-nothing",
        "A report released on Monday blamed the port. Another report was published on "
        "Tuesday. Governor Ana Ruiz has promised new funds. "
        "The report says that guards were paid late.",
        THU,
        "guards were paid",
        (THU, "article", None),
    ),
    (
        # "A report says": not the one the article dated
        "document-indefinite-dates-nothing",
        "The watchdog released a report on Tuesday about the state's prisons. "
        "Governor Ana Ruiz has promised new funds. Her aides were not available. "
        "A new report says that guards were paid late.",
        THU,
        "guards were paid",
        (THU, "article", None),
    ),
    (
        "no-article-date-relative",
        "Mayor Lin Park said on Monday that the bridge would reopen. "
        "“The engineers have signed off,” Park said.",
        None,
        "The engineers",
        (None, None, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "article_date", "claim_start", "expected", "sieve"),
    [(*row[1:5], row[5] if len(row) > 5 else "scene") for row in SCENES],
    ids=[row[0] for row in SCENES],
)
def test_scene_dates(nlp, text, article_date, claim_start, expected, sieve) -> None:
    from claimx.rules.attribution import extract_statements

    statements = extract_statements(nlp(text), article_date)
    at = text.index(claim_start)
    (st,) = [s for s in statements if s.claim_spans[0][0] <= at < s.claim_spans[0][1]]
    assert (st.date, st.date_source, st.date_text) == expected
    if st.date_source == "context":
        assert st.why["date"] == sieve
        assert text[slice(*st.date_span)] == st.date_text
        assert not any(s <= st.date_span[0] < e for s, e in st.claim_spans)
    elif st.date_source == "article":
        assert st.date_span is None


def test_scene_span_in_record(nlp) -> None:
    from claimx.rules.attribution import extract_statements

    text = (
        "Governor Ana Ruiz on Tuesday urged lawmakers to pass the budget. "
        "“We cannot wait another year,” Ruiz said. She said the vote was close."
    )
    records = [s.to_dict() for s in extract_statements(nlp(text), THU)]
    assert all(r["spans"]["date"] == [18, 28] for r in records if r["date_source"] != "article")
    assert any(r["date_source"] == "context" for r in records)
    plain = extract_statements(nlp("Ruiz said the vote was close."), THU)[0].to_dict()
    assert "date" not in plain["spans"]


def test_live_blog_dates_in_linear_time(nlp) -> None:
    """Timeline and statement dating (the parse aside) grow linearly with the blog's length."""
    import time

    from claimx.rules.attribution import extract_statements

    def blog(n: int) -> str:
        entries = []
        for i in range(n):
            if i % 50 == 0:
                entries.append(f"Tuesday, Oct. {1 + i // 50 % 28}")
            entries.append(f"{1 + i % 12}:{i % 60:02d} a.m.")
            entries.append(f"Crews reached sector {i}. Ruiz said the sector was dry.")
        return "\n\n".join(entries)

    def cost(n: int) -> float:
        doc = nlp(blog(n))
        start = time.process_time()  # CPU time: the work, not the machine's load
        statements = extract_statements(doc, THU)
        elapsed = time.process_time() - start
        assert len(statements) == n
        assert all(st.date_source == "context" for st in statements)
        return elapsed

    small, large = cost(500), cost(2000)
    assert large < 4 * small * 2.0  # four times the text: well under quadratic (16x)


def test_show_highlights_the_date_span(nlp) -> None:
    from claimx.rules.attribution import extract_statements
    from claimx.show import statement_marks, statement_tip

    text = "Governor Ana Ruiz on Tuesday urged lawmakers to act. “We cannot wait,” Ruiz said."
    statements = extract_statements(nlp(text), THU)
    marks = [m for m in statement_marks(statements, len(text)) if m.role == "DATE"]
    assert {text[m.start : m.end] for m in marks} == {"on Tuesday"}
    assert "date" in statement_tip(statements[-1], 2, "DATE")
