"""The article's scenes: which day each stretch of the text reports, built once per document.

News sets a scene once ("The governor on Tuesday urged ...", "In a Monday interview, she said",
"at Tuesday's debate", "the report released Wednesday") and the quotations that follow belong to
it until something else takes over. The timeline walks the sentences once, in order:

- an *opener* is a day-precise time expression that dates a communicative event: attached to a
  reporting verb, to an event noun (``event_nouns.txt``), or to a verb whose subject is a named
  speaker ("attacked the plan on Monday");
- a *closer* is any other time expression outside quotations and claims (background: "In 2014
  ...", "Last year, she wrote ...", "last week"), or a heading line (a live blog's entries);
  a heading with a clock time opens a scene on the day of the last date heading;
- time expressions inside quotation marks or inside a reported clause ("said the attack
  happened on Monday") are the claim's and neither open nor close anything;
- a scene-relative phrase ("hours later", "the day before", "the next month":
  ``scene_relative_times.txt``) is dated from the last date the narrative gave, then opens or
  closes like any other expression.

A statement with no date of its own takes the scene around its sentence when the speakers agree
(a scene opened by a named speaker is that speaker's, and theirs who are named with them as one
subject, "X and Y held a joint rally on Monday"; an event's scene is everyone's).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimx.rules import lexicons
from claimx.rules.dating import (
    DEFINITE,
    as_written,
    before_complement,
    clock_time,
    dates_a_thing,
    doc_relative_times,
    doc_time_expressions,
    shift_date,
)
from claimx.rules.doccache import candidates, doc_text, lemma_candidates, sentences, span_text
from claimx.rules.speakers import past_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimx.rules.dating import DateResolver

__all__ = ["Scene", "Timeline"]

_PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_CLAIM_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "parataxis"})
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "relcl", "pcomp"})
_MAX_HEADING_WORDS = 10
_HEADING_REACH = 10**9  # a live blog's entry runs to the next heading
_GROUP_REACH = 5  # a group's act ("Lawmakers on Tuesday lashed out") covers its members' quotes
_FRONTED = 2  # a time expression starting within the first tokens leads its sentence


@dataclass(frozen=True, slots=True)
class Scene:
    """A dated scene: its day, the expression as written and where, and whose it is."""

    date: str
    text: str
    span: tuple[int, int]
    speaker: str | None  # the opener's speaker (last word of the name, lower case) or None
    sentence: int  # where it opens (index of the sentence)
    reach: int = 1  # sentences an unnamed scene covers (an event: the next; a heading: all)
    with_speakers: tuple[str, ...] = ()  # named beside the speaker ("X and Y held ... Monday")
    said: bool = False  # opened by a named speaker's reporting verb ("X said on Friday")


@dataclass(frozen=True, slots=True)
class _Sentence:
    """The scene a sentence starts in, the one it opens (if any), and whether it closes."""

    before: Scene | None
    opened: Scene | None
    closed: bool
    # named speakers' scenes that another scene took over, by speaker: theirs again when they
    # are quoted next ("Hours later, Trump replied ... Adelson said")
    aside: dict[str, Scene]


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Heading lines, in one scan of the text: a short line of its own without final
    punctuation (a section heading), or a clock time alone (a live blog's entry)."""
    out = []
    start = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line and len(line.split()) <= _MAX_HEADING_WORDS:
            clock = clock_time(line)
            if (clock is not None and clock.group(0) == line.lower()) or not line.endswith(
                (".", "”", '"', "?", "!", ":", ",", ";", "’", "'")
            ):
                lead = len(raw) - len(raw.lstrip())
                out.append((start + lead, start + lead + len(line)))
        start += len(raw) + 1
    return out


def _name_key(name: str | None) -> str | None:
    """A speaker's name as the scenes key it: its last word, and of a hyphenated surname the
    last part, the token the tagger's subject is ("Suhail al-Hindi" -> "hindi")."""
    words = (name or "").lower().replace("\u2019", "'").split()
    return words[-1].removesuffix("'s").strip(".,").rsplit("-", 1)[-1] if words else None


@dataclass(slots=True)
class _Facts:
    """Per sentence: its time expressions, whether it names a different event ("in another
    interview"), and the last named subject of a clause in it, reported clauses aside (who "he"
    is next)."""

    times: list[list[Span]]
    new_setting: list[bool]
    named: list[str | None]
    # an event named again ("right after the speech", "throughout her victory speech")
    event_ref: list[Token | None]


def _with_relative(times: list[Span], relative: list[Span]) -> list[Span]:
    """The time expressions with the scene-relative phrases in, which win over an entity
    inside them ("the day" of "the day before"), in text order."""
    inside = {i for span in relative for i in range(span.start, span.end)}
    kept = [s for s in times if not any(i in inside for i in range(s.start, s.end))]
    return sorted(kept + relative, key=lambda s: s.start)


def _scan(doc: Doc, sents: list[Span], relative: list[Span]) -> _Facts:
    """The sentences' facts in one pass over the tokens (and one over the entities)."""
    facts = _Facts(
        [[] for _ in sents], [False] * len(sents), [None] * len(sents), [None] * len(sents)
    )
    ends = [sent.end for sent in sents]
    for span in _with_relative(doc_time_expressions(doc), relative):
        facts.times[bisect.bisect_right(ends, span.start)].append(span)
    events = lexicons.load("event_nouns")
    new = lexicons.load("new_setting_words")
    k = 0
    # only proper nouns (named subjects) and the new-setting words: no Token for the rest
    for i in candidates(doc, pos=("PROPN",), lower=tuple(new)):
        tok = doc[i]
        while tok.i >= ends[k]:
            k += 1
        dep = tok.dep_
        subject = tok.head if dep == "appos" else tok  # "the director, James Comey, said"
        if subject.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
            verb = subject.head
            if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in _CLAIM_DEPS:
                facts.named[k] = tok.lower_  # a clause's subject, not a reported clause's
        elif tok.lower_ in new and tok.head.lemma_.lower() in events:
            facts.new_setting[k] = True
    live = events - lexicons.load("document_nouns")
    bodies = lexicons.load("session_bodies")
    for i in lemma_candidates(doc, live | bodies):
        k = bisect.bisect_right(ends, i)
        if facts.event_ref[k] is None and _setting_ref(doc[i], bodies):
            facts.event_ref[k] = doc[i]
    return facts


_SETTING_PREPS = frozenset({"in", "at", "during", "throughout", "after", "following"})
_SIDE_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})


def _named_again(noun: Token) -> bool:
    """An event the text has already introduced, as the setting of an act: "after the speech",
    "throughout her victory speech" (definite or possessive, no time of its own; "in an
    interview" is a new one; as a subject, "Murphy's floor speech wasn't a solo effort" is
    mostly about another day)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _SETTING_PREPS:
        return False
    known = False
    for child in noun.children:
        if child.ent_type_ in ("DATE", "TIME"):
            return False  # "Tuesday's debate": an opener of its own
        known = known or child.dep_ == "poss" or child.lower_ in DEFINITE
    return known


def _setting_ref(tok: Token, bodies: frozenset[str]) -> bool:
    """An event named again ("after the verdict", "wrote in a 30-page ruling") or a sitting
    body a statement is addressed to ("told the board")."""
    if tok.lemma_.lower() in bodies:
        return _addressed(tok)
    return _named_again(tok) or _written_in(tok)


def _addressed(body: Token) -> bool:
    """ "told the board", "told jurors", "said to the council", "testified before the
    committee": a definite or bare body a reporting verb addresses (not "told a judge")."""
    if any(c.dep_ == "det" and c.lower_ not in DEFINITE for c in body.children):
        return False
    verb = body.head
    if body.dep_ == "pobj" and verb.lower_ in ("to", "before"):
        verb = verb.head
    elif body.dep_ not in ("dative", "dobj"):
        return False
    return verb.lemma_.lower() in lexicons.reporting_verbs()


def _written_in(noun: Token) -> bool:
    """ "wrote in a 24-page ruling": a new one by its article, but the act a dated lede
    reported ("A federal judge on Thursday blocked ...") when the text gave that kind's day
    only through such an act (``Timeline._event_again``)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and not any(c.ent_type_ in ("DATE", "TIME") for c in noun.children)
    )


def _main_act(verb: Token) -> Token:
    """The act a side clause (a participle, a conjunct, an infinitive) belongs to."""
    while verb.dep_ in _SIDE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _act_of(noun: Token) -> tuple[Token, Token | None]:
    """The act an event is the setting of and that act's subject: the verb the preposition
    hangs from (through the side clauses of "Smiling ... throughout her speech, Clinton drew
    cheers"), or the name an "appearing ..." clause describes."""
    verb = _main_act(_governor(noun))
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":  # "Rubio, appearing ..., said"
        return verb.head.head, verb.head
    return verb, _subject(verb)


_SHOW_RE = re.compile(
    r"\bon (?:[A-Z][\w.&-]*(?:'s|\u2019s) )?(?:''|\"|\u201c)([A-Z][^\"\u201d'\n]{0,40}?)[,.]?"
    r"(?:''|\"|\u201d)"
)


def _show_mentions(text: str, starts: list[int]) -> dict[int, list[re.Match[str]]]:
    """Broadcasts named by their title in quotation marks ("on ABC's ''This Week''", "on
    \u201cMeet the Press\u201d"), by sentence, in one scan of the text."""
    out: dict[int, list[re.Match[str]]] = {}
    for m in _SHOW_RE.finditer(text):
        out.setdefault(bisect.bisect_right(starts, m.start()) - 1, []).append(m)
    return out


def _subject(verb: Token) -> Token | None:
    """The subject nearest before the verb, past a dateline ("BOISE, Idaho (AP) — A federal
    judge on Thursday blocked": the parser makes the city a subject too)."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subs:
        return None
    return past_dateline(([s for s in subs if s.i < verb.i] or subs)[-1])


def _named(subj: Token) -> Token | None:
    """The proper name of a subject: itself, or the name in apposition to a description ("the
    F.B.I. director, James B. Comey, said ...", "The NLC President, Ayuba Danjuma, said": a
    capitalised title is no name when a person's name stands beside it)."""
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj.pos_ == "PROPN" and (appos is None or subj.ent_type_ == "PERSON"):
        return subj
    return appos


def _is_speaker(tok: Token | None) -> bool:
    return tok is not None and (
        _named(tok) is not None
        or tok.ent_type_ in ("PERSON", "ORG")
        or tok.lower_ in _PERSON_PRONOUNS
    )


def _is_group(tok: Token | None) -> bool:
    """A plural common noun naming people ("The leading candidates", "lawmakers"): a group
    whose members the next sentences quote one by one."""
    return (
        tok is not None and tok.tag_ == "NNS" and tok.lemma_.lower() in lexicons.load("group_nouns")
    )


def _at_event(verb: Token) -> bool:
    """The verb's act takes place in or at a communicative event ("lashed out ... in a
    debate"): a group's act worth a scene, where "came to Denver" is not."""
    events = lexicons.load("event_nouns")
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at", "during")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in events for o in prep.children)
        for prep in verb.children
    )


def _events_made(span: Span) -> frozenset[str]:
    """The events a dated past act is, by their nouns (``event_acts.txt``): "A jury on
    Wednesday convicted ..." is the day of "the verdict", any act of a court that of its
    ruling; a sitting body's act ("The board voted Tuesday night", "said in Parliament on Jan
    8") is the day of its sitting, which "told the board" then is."""
    gov = _governor(span.root)
    if gov.pos_ != "VERB" or not _is_past(gov):
        return frozenset()
    acts = _event_acts()
    made = acts.get(gov.lemma_.lower(), frozenset())
    subj = _subject(gov)
    if subj is not None and subj.lemma_.lower() in lexicons.load("ruling_bodies"):
        made |= acts["rule"]  # "A federal judge on Thursday blocked ...": her ruling's day
    bodies = lexicons.load("session_bodies")
    sitting = [subj] if subj is not None else []  # "The board voted Tuesday night ..."
    sitting += [o for p in gov.children if p.lower_ in ("in", "before") for o in p.children]
    return made | {t.lemma_.lower() for t in sitting if t.lemma_.lower() in bodies}


@cache
def _event_acts() -> dict[str, frozenset[str]]:
    return lexicons.by_first_word(lexicons.load("event_acts"))


def _speaker_or_none(tok: Token | None) -> Token | None:
    return tok if _is_speaker(tok) else None


def _conjoined(subj: Token | None, key: str | None) -> tuple[str, ...]:
    """The names conjoined with a named subject ("Clinton and Senator Elizabeth Warren"): the
    last word of each, as the scene's other speakers."""
    if subj is None or key is None or subj.pos_ != "PROPN":
        return ()
    return tuple(c.lower_ for c in subj.conjuncts if c.pos_ == "PROPN")


def _governor(tok: Token) -> Token:
    """The word a time expression hangs from, through its preposition ("on Monday")."""
    head = tok.head
    if head.dep_ == "prep" and head.head is not head:
        return head.head
    return head


def _dated_event(gov: Token) -> Token:
    """ "in a memo sent to staff on Tuesday", "in a blog post published Tuesday night", "an
    email dated Feb. 12": the time at which an event noun (a document, mostly) was issued dates
    it, and the statements that follow (not "a program launched in 2012": no issuing)."""
    if (
        gov.dep_ == "acl"
        and gov.tag_ == "VBN"
        and gov.lemma_.lower() in lexicons.load("issuing_verbs")
        and gov.head.pos_ == "NOUN"
        and gov.head.lemma_.lower() in lexicons.load("event_nouns")
        and gov.head.lower_ not in lexicons.load("non_speakers")  # "a poll released Friday"
    ):
        return gov.head
    return gov


def _attachment(span: Span) -> tuple[str, Token | None]:
    """What a time expression dates: ``("verb" | "event" | "person", speaker token)``, a
    group's act ``("group", None)``, ``("claim", None)`` inside a reported clause,
    ``("other", None)`` for anything else."""
    gov = _dated_event(_governor(span.root))
    if gov is span.root:
        return "other", None
    lemma = gov.lemma_.lower()
    if gov.pos_ in ("NOUN", "PROPN") and lemma in lexicons.load("event_nouns"):
        verb = _governor(gov) if gov.dep_ in ("pobj", "npadvmod", "dobj", "nsubj") else gov
        if verb.pos_ == "VERB" and (verb.dep_ in _CLAIM_DEPS or _reported(verb, questions=False)):
            return "claim", None  # "said they plan to attend the next meeting on May 27"
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if not _is_speaker(subj):  # "in a 2007 address Graham gave": the clause's subject
            rel = next((c for c in gov.children if c.dep_ == "relcl"), None)
            subj = _subject(rel) if rel is not None else None
            subj = subj if subj is not None and _named(subj) is not None else None  # not "when he"
        return "event", _speaker_or_none(subj)
    if gov.pos_ in ("VERB", "AUX"):
        subj = _subject(gov)
        if lemma in lexicons.reporting_verbs():
            return ("group", None) if _is_group(subj) else ("verb", subj)
        if gov.dep_ in _CLAIM_DEPS:
            reporting = gov.head
            if (
                before_complement(span, gov)
                and reporting.lemma_.lower() in lexicons.reporting_verbs()
            ):
                return "verb", _subject(reporting)  # "said on Friday he met ...": the saying's
            return "claim", None
        if gov.dep_ == "relcl":
            return "other", None  # not "statements he had made the previous night"
        if _at_event(gov) and _is_past(gov):  # "came up at a debate in March"
            return ("group", None) if _is_group(subj) else ("event", _speaker_or_none(subj))
        if _is_speaker(subj) and lemma not in lexicons.load("silent_acts"):
            return "person", subj  # not "met with the pope on Saturday": no speech act
    return "other", None


def _opens(kind: str, iso: str, key: str | None, span: Span) -> bool:
    """Whether an expression resolved to ``iso`` attached as ``kind`` opens a scene: any at the
    day; a named speaker's event at the month or year, anyone's when it is the past setting of
    its clause (a reporting verb's month, "said in August", opens none: the same speaker's next
    lines are as often about something else)."""
    if len(iso) == 10 or (kind == "event" and key):
        return True
    return kind == "event" and _past_setting(span)


_PAST_TAGS = frozenset({"VBD", "VBN"})


def _document_key(lemma: str) -> str:
    """A document noun's class ("suit" and "lawsuit" name one filing): its first synonym."""
    return lexicons.canonical("document_synonyms").get(lemma, lemma)


def _dated_document(span: Span) -> Token | None:
    """The document a time expression dates: the noun it hangs from ("Thursday's memo"), or
    what a past verb it hangs from did with one: the passive subject ("The suit was filed on
    Monday"), the object ("sent a letter on Friday"), the noun a participle describes ("a
    report released Tuesday")."""
    documents = lexicons.load("document_nouns")
    gov = _governor(span.root)
    if gov.pos_ == "NOUN":
        return gov if gov.lemma_.lower() in documents else None
    if gov.pos_ != "VERB" or not _is_past(gov):
        return None
    nouns = [gov.head] if gov.dep_ == "acl" else []
    nouns += [c for c in gov.children if c.dep_ in ("nsubjpass", "dobj")]
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in documents), None)


def _past_setting(span: Span) -> bool:
    """The event is where a past clause happened ("came up at a debate in March"), not a thing
    mentioned in it ("part of the 1995 filings"), a document ("A 2014 report found": the next
    speaker is not its author), a relative clause's ("who argued at the February conference")
    nor ahead ("has to move through a June hearing": the resolver would put it a year back)."""
    gov = _governor(span.root)
    if gov.pos_ == "NOUN" or gov.pos_ == "PROPN":
        settled = gov.dep_ in ("nsubj", "nsubjpass") or (
            gov.dep_ == "pobj" and gov.head.lower_ in ("in", "at", "during")
        )
        if not settled or gov.lemma_.lower() in lexicons.load("document_nouns"):
            return False
        gov = _governor(gov)
    return gov.dep_ != "relcl" and _is_past(gov)


def _reported(tok: Token, *, questions: bool = True) -> bool:
    """Inside a clause a reporting verb reports ("said he would go back to work on Wednesday
    morning"), however deep: the claim's time, not the narrative's. ``questions=False`` leaves
    out a question's clause, where the parser often hangs the answer's setting ("Asked why he
    had yet to endorse her during an appearance Friday, Sanders said")."""
    reporting = lexicons.reporting_verbs()
    asking = () if questions else lexicons.load("question_verbs")
    while tok.head.i != tok.i:
        lemma = tok.head.lemma_.lower()
        if tok.dep_ in _CLAIM_DEPS and lemma in reporting and lemma not in asking:
            return True
        tok = tok.head
    return False


def _is_past(verb: Token) -> bool:
    return verb.tag_ in _PAST_TAGS or any(
        c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children
    )


class Timeline:
    """Scenes by sentence, built in one pass over the document."""

    def __init__(self, doc: Doc, resolver: DateResolver, article_date: str | None, quotes):
        self._starts: list[int] = []
        self._sentences: list[_Sentence] = []
        self._doc = doc
        self._resolver = resolver
        self._article_date = article_date
        self._quotes = quotes
        self._text = doc_text(doc)
        self._last_named: str | None = None
        self._headings: list[tuple[int, int]] = []
        # the last date the narrative gave, which "hours later" and "the day before" read from
        self._anchor: str | None = None
        # the last day the narrative itself gave (no claim's), which "after the speech" is on
        self._day: str | None = None
        # the last date each kind of event was given ("a 2007 address": "in his address"), and
        # each named speaker's last scene ("Ruiz's speech" is hers)
        self._events: dict[str, str] = {}
        self._own: dict[str, str] = {}
        self._acted: set[str] = set()  # events whose day only an act gave ("convicted")
        self._shows: dict[str, str] = {}  # a broadcast's day, by its title ("This Week")
        # the dates the article gives each kind of document ("The suit was filed on Monday"),
        # which what that document says reads wherever it stands
        self._documents: dict[str, list[Scene]] = {}
        self._offsets: dict[int, str] = {}
        self._relative: list[tuple[int, int]] = []
        # a scene-relative phrase's date by its first token (None: nothing to read it against)
        self.relative_dates: dict[int, str | None] = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        current: Scene | None = None
        day = self._article_date
        lines = self._headings = _heading_lines(self._text)
        sents = sentences(self._doc)[0]
        relative = doc_relative_times(self._doc)
        self._offsets = {span.start: offset for span, offset in relative}
        self._relative = [(span.start, span.end) for span, _ in relative]
        facts = _scan(self._doc, sents, [span for span, _ in relative])
        aside: dict[str, Scene] = {}  # never changed in place: sentences share it
        shows = _show_mentions(self._text, [sent.start_char for sent in sents])
        h = 0
        for k, sent in enumerate(sents):
            opened, closed = None, False
            at = sent.start_char
            # headings before this sentence's words (the parser often glues them to it) end
            # the scene before them
            while h < len(lines) and (
                lines[h][0] < sent.start_char
                or (lines[h][0] < sent.end_char and not self._text[at : lines[h][0]].strip())
            ):
                current, day = self._heading(lines[h], day, k)
                aside = {}
                at = max(at, lines[h][1])
                h += 1
            if self._text[at : sent.end_char].strip():
                opened, closed = self._classify(sent, k, at, facts.times[k])
                closed = closed or (opened is None and facts.new_setting[k])
                again = facts.event_ref[k]
                if opened is None and not closed and again is not None:
                    opened = self._event_again(again, k, facts.times[k])
                if opened is None and not closed and k in shows:
                    opened = self._show_again(shows[k], k)
                self._seen_shows(shows.get(k, []), opened or (None if closed else current))
                self._last_named = facts.named[k] or self._last_named
            self._starts.append(sent.start)
            self._sentences.append(_Sentence(current, opened, closed, aside))
            if opened is not None:
                aside = _set_aside(aside, current, opened)
                current = opened
                if opened.speaker is not None:
                    self._own[opened.speaker] = opened.date
            elif closed:
                current, aside = None, {}

    def _in_heading(self, offset: int) -> bool:
        k = bisect.bisect_right(self._headings, (offset, len(self._text) + 1)) - 1
        return k >= 0 and self._headings[k][0] <= offset < self._headings[k][1]

    def _heading(
        self, line: tuple[int, int], day: str | None, k: int
    ) -> tuple[Scene | None, str | None]:
        """A date heading sets the day; a clock-time heading opens a scene on that day; any
        other heading closes the scene."""
        words = self._text[line[0] : line[1]].strip()
        iso = self._resolver.resolve(words, day)
        if iso and len(iso) == 10 and not clock_time(words):
            self._anchor = iso
            return self._heading_scene(line[0], words, iso, k), iso
        clock = clock_time(words)
        if clock is not None and day:
            start = line[0] + clock.start()
            return self._heading_scene(start, words[clock.start() : clock.end()], day, k), day
        return None, day

    @staticmethod
    def _heading_scene(start: int, words: str, iso: str, k: int) -> Scene:
        words = words.strip()
        return Scene(iso, words, (start, start + len(words)), None, k, _HEADING_REACH)

    def _classify(
        self, sent: Span, k: int, at: int, times: list[Span]
    ) -> tuple[Scene | None, bool]:
        """The scene ``sent`` opens (the first opener), else whether it closes the current one."""
        closed = False
        opened: Scene | None = None
        for span in times:
            if span.start_char < at or self._in_heading(span.start_char):
                continue  # a heading's time
            if self._quotes.at(span.start_char) is not None:
                continue  # the quotation's time, not the scene's
            kind, speaker = _attachment(span)
            iso = self._date_of(span, kind)
            if kind == "claim" or opened is not None:
                continue
            made: frozenset[str] = frozenset()
            if iso and len(iso) == 10 and not dates_a_thing(span) and not _reported(span.root):
                self._day = iso
                made = _events_made(span)
                self._events.update(dict.fromkeys(made, iso))
                self._acted |= made
            if iso and kind == "event":
                self._events[_governor(span.root).lemma_.lower()] = iso
                self._acted.discard(_governor(span.root).lemma_.lower())
            if iso and len(iso) == 10:  # not "her 2003 book": the day it was issued
                self._document_dated(span, iso, k, made)
            key = self._speaker_key(speaker)
            if kind == "person" and key is None:
                kind = "other"  # "accounts of Muslims celebrating on Sept. 11": no speaker
            # an event dated to the month or year ("in a June letter", "at a debate in March")
            # opens a scene too, a reporting verb ("wrote in December") for its speaker
            if iso and kind != "other" and _opens(kind, iso, key, span):
                written = as_written(span)
                where = (written.start_char, written.end_char)
                reach = _GROUP_REACH if kind == "group" else 1
                with_speakers = _conjoined(speaker, key)
                said = kind == "verb" and speaker is not None and _named(speaker) is not None
                opened = Scene(iso, span_text(written), where, key, k, reach, with_speakers, said)
                continue
            closed = closed or kind in ("verb", "group") or span.start - sent.start <= _FRONTED
        return opened, closed and opened is None

    def _document_dated(self, span: Span, iso: str, k: int, made: frozenset[str]) -> None:
        """Records the date of a document the expression dates ("Thursday's memo", "The suit
        was filed on Monday", "a report released Tuesday", "sent a letter on Friday")."""
        noun = _dated_document(span)
        kinds = {noun.lemma_.lower()} if noun is not None else set()
        # "Authors sued the company on Monday": the day of the suit ("the complaint says")
        kinds |= made & lexicons.load("document_nouns")
        if kinds:
            written = as_written(span)
            where = (written.start_char, written.end_char)
            scene = Scene(iso, span_text(written), where, None, k)
            for kind in sorted(kinds):
                self._documents.setdefault(_document_key(kind), []).append(scene)

    @property
    def dates_documents(self) -> bool:
        """Whether the article dates any document (most do not: nothing to look up)."""
        return bool(self._documents)

    def document_date(self, lemma: str) -> Scene | None:
        """The date the article gives a kind of document, when it gives one day only (two
        reports on two days: no telling which "the report" is)."""
        scenes = self._documents.get(_document_key(lemma), [])
        return scenes[0] if scenes and all(s.date == scenes[0].date for s in scenes) else None

    def _event_again(self, noun: Token, k: int, times: list[Span]) -> Scene | None:
        """An event named again as the setting of a past act ("appearing on Fox News right
        after the speech, said"): a scene on the date that kind of event was last given, else
        its speaker's last scene, else the day the narrative last gave; its speaker's (the
        act's subject, or the name an "appearing ..." clause describes), and none without
        one."""
        if self._quotes.at(noun.idx) is not None:
            return None
        if noun.lemma_.lower() not in self._acted and not _named_again(noun):
            return None  # "in an interview": another one
        # what is said to a body may have times of its own ("told the board that enrollment
        # had fallen for a decade"); an event's sentence with a time is its own scene
        addressed = noun.lemma_.lower() in lexicons.load("session_bodies")
        if any(
            self._quotes.at(t.start_char) is None and not (addressed and _reported(t.root))
            for t in times
        ):
            return None  # "asked during the debate on Thursday night": the sentence's own time
        verb, subj = _act_of(noun)
        reporting = lexicons.reporting_verbs()
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "relcl":
            return None
        if verb.dep_ in _CLAIM_DEPS and verb.head.lemma_.lower() in reporting:
            return None  # a reported clause's event ("said she spoke at the rally")
        if not (_is_past(verb) or verb.lemma_.lower() in reporting):
            return None
        key = self._speaker_key(subj) if _is_speaker(subj) else None
        day = self._events.get(noun.lemma_.lower()) or self._own.get(key or "") or self._day
        if day is None or key is None:
            return None  # "sentiments hung in the air at the rally": nobody's act
        prep = noun.head
        start = min([prep.i] + [c.i for c in prep.children if c.dep_ == "advmod"])
        if prep.pos_ != "ADP":  # "told the board": the body as written
            start = noun.left_edge.i
        written = self._doc[start : noun.i + 1]
        where = (written.start_char, written.end_char)
        self._events[noun.lemma_.lower()] = day
        return Scene(day, span_text(written), where, key, k, 1, _conjoined(subj, key))

    def _seen_shows(self, mentions: list[re.Match[str]], scene: Scene | None) -> None:
        """A broadcast named in a dated scene ("he said on ABC's ''This Week''") was on its
        day."""
        for m in mentions:
            if scene is not None and len(scene.date) == 10:
                self._shows.setdefault(m.group(1).lower(), scene.date)

    def _show_again(self, mentions: list[re.Match[str]], k: int) -> Scene | None:
        """A broadcast named again as the setting of an act ("Later on ''This Week,'' Sanders
        questioned ..."): a scene on its day, the act's subject's."""
        for m in mentions:
            day = self._shows.get(m.group(1).lower())
            on = self._doc.char_span(m.start(), m.start() + 2)
            if day is None or on is None:
                continue
            verb = _main_act(on[0].head)
            subj = _subject(verb)
            if verb.pos_ in ("VERB", "AUX") and _is_speaker(subj):
                key = self._speaker_key(subj)
                return Scene(day, m.group(0), (m.start(), m.end()), key, k)
        return None

    def _date_of(self, span: Span, kind: str) -> str | None:
        """The expression's date; a scene-relative phrase reads it from the last date the
        narrative gave outside quotations (a claim's "the attack on Monday" too: "hours later"
        follows it), and every such date becomes the last one."""
        offset = self._offsets.get(span.start)
        if offset is not None:
            iso = shift_date(self._anchor, offset, self._article_date)
            self.relative_dates[span.start] = iso
        else:
            iso = self._resolver.resolve(span_text(span), self._article_date)
        if iso and not dates_a_thing(span):  # not "the 2005 wedding"
            self._anchor = iso
        return iso

    @property
    def relative_token_ranges(self) -> list[tuple[int, int]]:
        """Every scene-relative phrase of the document as a token range, in text order."""
        return self._relative

    def relative_spans(self, sent: Span) -> list[tuple[int, int]]:
        """The scene-relative phrases in ``sent`` as token ranges."""
        k = bisect.bisect_left(self._relative, (sent.start, -1))
        out = []
        while k < len(self._relative) and self._relative[k][0] < sent.end:
            out.append(self._relative[k])
            k += 1
        return out

    def _speaker_key(self, subj: Token | None) -> str | None:
        """A named subject's last word; a pronoun stands for the last named subject."""
        if subj is None:
            return None
        name = _named(subj)
        if name is not None:
            return name.lower_
        if subj.lower_ in _PERSON_PRONOUNS:
            return self._last_named
        return None

    # ------------------------------------------------------------------ lookup
    def scene_for(
        self, token: int, claims: list[tuple[int, int]], speaker: str | None
    ) -> Scene | None:
        """The scene a statement in the sentence of ``token`` belongs to, if its speaker fits.

        The sentence's own opener counts unless its expression is inside the claim."""
        k = bisect.bisect_right(self._starts, token) - 1
        if k < 0:
            return None
        entry = self._sentences[k]
        scene = entry.before
        opened = entry.opened
        if opened is not None and not any(
            s < opened.span[1] and opened.span[0] < e for s, e in claims
        ):
            scene = opened
        elif entry.closed:
            scene = None
        if scene is None:
            return None
        key = _name_key(speaker)
        if scene.speaker is None:  # an event nobody was named at: the next sentence only
            if k - scene.sentence <= scene.reach:
                return scene
        elif key is not None and key in (scene.speaker, *scene.with_speakers):
            return scene
        return entry.aside.get(key) if key is not None else None


def _set_aside(aside: dict[str, Scene], current: Scene | None, opened: Scene) -> dict[str, Scene]:
    """The scenes set aside once ``opened`` takes over from ``current``: a scene a named
    speaker's saying opened ("X said on Friday") waits for them while another named speaker
    has the scene on the same day or an earlier one ("Hours later, Trump ...", "in an
    interview last October"); a later day moves the story on, and the opener's own earlier
    scene is over."""
    if opened.speaker is None:
        return {}  # an event nobody was named at is everyone's: it takes over from all
    day = opened.date[:10]
    out = {s: v for s, v in aside.items() if s != opened.speaker and v.date[:10] >= day}
    if current is not None and current.said and current.speaker not in (None, opened.speaker):
        if current.date[:10] >= day:
            out[current.speaker] = current
    return out if out != aside else aside
