"""Attribution rules over the spaCy parse: cue, speaker and claim of each reported statement.

Constructions handled (each a general pattern of news English, each with a row in the tests):
- a reporting verb with its subject and its clausal complement: "X said (that) ...",
  "..., X said.", "said X", "X told reporters ...", "X, who ..., said", "..., saying ..."
- nominal and prepositional complements: "X denied the report", "X called for ...",
  "X described Y as Z", "X urged Y to ..." and phrasal cues ("drew attention to", "pointed to")
- "according to X, ..."; "X: ..." headlines and colon-introduced quotes ("X said:" + quote)
- direct quotes with the attribution before, inside or after, running over several sentences
  and paragraphs; floating quotes whose speaker is in the sentence or paragraph before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import cast

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from claimx.record import Statement
from claimx.rules import lexicons
from claimx.rules.confidence import statement_confidence
from claimx.rules.dating import default_resolver, headline_lead, titled_work
from claimx.rules.doccache import (
    candidates,
    cue_candidates,
    doc_text,
    quote_index,
    sent_of,
    sentences,
    span_sent,
    span_text,
)
from claimx.rules.document import DocumentModel
from claimx.rules.quotes import CLOSERS, OPENERS, Quote, QuoteIndex, word_count
from claimx.rules.sieve import Decision, first
from claimx.rules.speakers import (
    FILING_DATELINE,
    NameIndex,
    Speaker,
    colon_dateline_end,
    mention_tokens,
    past_dateline,
    resolve,
    tokens_text,
)
from claimx.rules.stance import decide

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions that introduce what was said after some cues ("called for", "warned of").
CLAIM_PREPS = {"for", "of", "against", "about", "on", "to", "that"}


@cache
def _phrasal() -> set[tuple[str, str]]:
    """Phrasal cues "VERB NOUN PREP": "drew attention to", "made the case for"."""
    return {tuple(e.split(None, 1)) for e in lexicons.load("phrasal_cues")}  # type: ignore[misc]


@cache
def _phrasal_verbs() -> frozenset[str]:
    """The verbs that start a phrasal cue ("make", "draw")."""
    return frozenset(verb for verb, _ in _phrasal())


@cache
def _topic_cues() -> dict[str, frozenset[str]]:
    """Verbs that report what was spoken of through a preposition: {"refer": {"to"}}; an empty
    set takes the direct object ("referencing X")."""
    return lexicons.by_first_word(lexicons.load("topic_cues"))


OBJ_DEPS = ("pobj", "pcomp")


def _topic_object(verb: Token) -> tuple[Token | None, Token] | None:
    """(preposition, its object) of a topic cue ("talked about X"); (None, object) for a verb
    that takes it directly ("referencing X")."""
    preps = _topic_cues().get(verb.lemma_.lower())
    if preps is None:
        return None
    for c in verb.children:
        if c.i < verb.i:
            continue
        if not preps and c.dep_ == "dobj":
            return None, c
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ in OBJ_DEPS]
            if objs:
                return c, objs[0]
    return None


@cache
def _attack_cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """Attack phrases by verb: {"take": (("aim", "at"), ...), "lash": (("out", "at"),)}; the
    middle word is a particle or the verb's object noun."""
    out: dict[str, list[tuple[str, str]]] = {}
    for e in sorted(lexicons.load("attack_cues")):
        verb, middle, prep = e.split()
        out.setdefault(verb, []).append((middle, prep))
    return {v: tuple(m) for v, m in out.items()}


def _attack_target(verb: Token) -> tuple[list[Token], Token] | None:
    """(the phrase's words after the verb, the target) of "lashed out at X", "took aim at X"."""
    entries = _attack_cues().get(verb.lemma_.lower())
    if entries is None:
        return None
    after = [c for c in verb.children if c.i > verb.i]
    for middle, prep in entries:
        mid = [c for c in after if c.lower_ == middle or c.dep_ == "dobj" and c.lemma_ == middle]
        if not mid:
            continue
        preps = [c for c in after + list(mid[0].children) if c.dep_ == "prep" and c.i > mid[0].i]
        objs = [g for p in preps if p.lower_ == prep for g in p.children if g.dep_ in OBJ_DEPS]
        if objs:
            return [mid[0], objs[0].head], objs[0]
    return None


def _remark_noun(verb: Token) -> Token | None:
    """The object of "delivered a defense of X", "offered his thoughts on X": a noun of
    something said after a verb of giving, or repeated after "echo" ("echoed those comments")."""
    lemma = verb.lemma_.lower()
    if lemma in ECHO_VERBS:
        nouns = _echoed_remarks()
    elif lemma in lexicons.load("remark_verbs"):
        nouns = lexicons.load("remark_nouns")
    else:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i and (c.lemma_.lower() in nouns or c.lower_ in nouns):
            return c
    return None


# A verb of repeating whose object is a remark only when it is a noun of speech; with any other
# object it reports a resemblance ("the title echoes the war").
ECHO_VERBS = frozenset({"echo"})


@cache
def _echoed_remarks() -> frozenset[str]:
    """The remark nouns an echo can repeat: those one gives (remark_nouns.txt) and more."""
    return lexicons.load("remark_nouns") | lexicons.load("echoed_remarks")


@cache
def _proforms() -> tuple[tuple[str, ...], ...]:
    """The pro-forms of what was said ("said so", "said as much")."""
    return tuple(tuple(e.split()) for e in lexicons.load("proform_claims"))


@cache
def _proform_starts() -> frozenset[str]:
    """First words of the pro-forms: a cheap test before reading the words after a cue."""
    return frozenset(p[0] for p in _proforms())


def _addressee_verbs() -> frozenset[str]:
    """Cues whose direct object is the addressee, not the content ("told reporters that")."""
    return lexicons.load("addressee_verbs")


def _needs_clause() -> frozenset[str]:
    """Cues that never take their object as the claim without a clause ("said it")."""
    return lexicons.load("clause_only_cues")


COMPLEMENTIZERS = {"that"}
# Cues that report speech only with an infinitive ("declined to comment", not "sales declined").
XCOMP_ONLY = {"decline"}
# Subordinators of a time clause ("declined to comment as she left the courthouse").
TIME_MARKS = {"as", "when", "while", "after", "before"}
# Cues of an answer: negated, with a request as object, they report a non-answer.
ANSWER_VERBS = {"respond", "reply"}
# "did not return a call seeking comment": the request is the object of "return" (local news);
# "did not answer questions about X", "did not answer emailed questions" (technology news)
RETURN_VERBS = frozenset({"return", "answer"})
# "the judge ruled that ...": a court's ruling is its statement, through a clause only ("ruled the
# death a homicide" is an act, "ruled out" the phrasal cue of deny_cues.txt). Court news; the
# PolNeAR training cues have "ruled" 5 times (4 of the 6 "ruled that" of its texts are cues).
RULING_VERB = "rule"
# "records show": the verb an official record states with (record_nouns.txt), in every form
# the parser may misread as a noun.
RECORD_SHOWS = ("show", "shows", "showed")
PLEAS = {"guilty", "innocent"}  # "pleaded (not) guilty"
# Addressee cues whose addressee is part of a request's content ("asked a judge to block the
# rules": about 2 in 3 such PolNeAR training claims start at the object; "told X to" is split).
REQUEST_VERBS = {"ask"}
# Subordinators of a concession ("said X, though she did not say how").
CONCESSIVE_MARKS = {"though", "although"}
MIN_QUOTE_WORDS = 4
INHERITED = "inherited subject"  # ``why`` note: the speaker is a governing clause's subject
CLOSING_QUOTES = CLOSERS | {"''", "’"}  # as the tokenizer splits them
OPENING_MARKS = {*OPENERS, "''", "``"}  # as the tokenizer splits them
NP_INNER = ("compound", "det", "amod", "nmod", "poss", "case", "nummod")  # words before a head
NOMINAL_PRONOUNS = frozenset({"his", "her", "its", "their"})  # "her claim that": not "my"


def _reason_preps(verb: Token) -> tuple[str, ...]:
    """The prepositions whose phrase belongs to an object claim: "blamed X for Y", "accused X
    of Y"; a comparison's "to"/"with" too ("compared X to Y", "credited X with Y"), and what an
    expressed attitude is about ("voiced anger at X")."""
    if verb.lemma_.lower() in lexicons.load("comparison_verbs"):
        return ("for", "of", "to", "with")
    if verb.lemma_.lower() in lexicons.load("expression_verbs"):  # "voiced anger at X"
        return ("for", "of", "at", "about", "over", "with", "toward", "towards")
    return ("for", "of")


@dataclass
class Found:
    cue_tokens: list[Token]
    cue_head: Token | None
    speaker_head: Token | None
    claim_tokens: list[Token] = field(default_factory=list)
    claim_root: Token | None = None
    inherited_subject: bool = False  # the speaker is the subject of a governing clause
    quotes: list[Quote] = field(default_factory=list)
    colon: bool = False
    cue_text: str | None = None
    cue_span: tuple[int, int] | None = None
    clausal: bool = False  # the claim is a clause or quotation, not a noun phrase
    speaker_tokens: list[Token] | None = None  # the mention, when not the head's subtree
    line: bool = False  # "NAME: ..." line: the claim is the rest of the line, quoted or not
    lead: list[Token] = field(default_factory=list)  # a first part before a mid-sentence cue
    sieve: str = "reporting_verb"  # the statement sieve that found it (``--explain``)


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _subject(verb: Token) -> Token | None:
    subs = [
        c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("that", "which")
    ]
    if subs:
        before = [s for s in subs if s.i < verb.i]
        if not before:
            # '"...," Flynn, a top Trump surrogate, said on "Fox and Friends"': the parser
            # took the show for the subject; the name between the quotation and the verb is it
            doc = verb.doc
            k = verb.i - 1
            while k > sent_of(verb).start and doc[k].text not in CLOSING_QUOTES:
                k -= 1
            j = k + 1
            while j < verb.i and doc[j].is_punct:
                j += 1
            if doc[k].text in CLOSING_QUOTES and j < verb.i and doc[j].ent_type_ == "PERSON":
                return doc[j]  # right after the quotation, not inside a 'that' clause
        return past_dateline((before or subs)[-1])
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker of an attribution after its quotation that the parser took for an object:
    the noun phrase next to the closing quotation mark, right after the verb ('"...," added
    Smith', '"...?" asked the boy, who ...') or between the mark and the verb ('"...," Ohio
    delegate Bill Carter, wearing a hat, said'), whatever its label; the person it names when
    the parser split the phrase ('said Oversight ranking Democrat Elijah Cummings')."""
    doc = verb.doc
    if verb.tag_ not in _FINITE_TAGS or verb.dep_ == "conj":
        # '"...," Trump said, adding ...': a participle's subject is inherited, and so is a
        # conjunct's ('summed her up as "terrible," denounced her record and said ...')
        return None
    k = _closing_mark(verb)
    if k is None:
        return None
    j = k + 1
    while j < verb.i and (doc[j].is_punct or doc[j].is_space):
        j += 1
    if j == verb.i:
        j += 1
    if j >= len(doc):
        return None
    tok = doc[j]
    while tok.dep_ in NP_INNER and tok.head.i > tok.i and tok.head.pos_ in ("PROPN", "NOUN"):
        tok = tok.head
    for t in doc[j : min(j + 6, len(doc))]:
        if t.is_punct or t.i == verb.i:
            break
        if t.ent_type_ == "PERSON" and tok.ent_type_ != "PERSON":
            tok = t  # the last word of the person's name is taken below
    if tok.ent_type_ == "PERSON":
        while tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
            tok = doc[tok.i + 1]
    if tok.pos_ not in ("PROPN", "NOUN") or tok.dep_ in NP_INNER and tok.ent_type_ != "PERSON":
        return None
    if tok.i < verb.i and tok.dep_ in SUBJECT_DEPS:
        return None  # the subject of another verb: that one is the attribution
    return tok


def _closing_mark(verb: Token) -> int | None:
    """The closing quotation mark of the quotation a verb attributes, in its sentence before
    it: one that ends the quotation (after its comma or question mark, not a scare quote's
    '"Ted Cruz" pins'), whose words the verb governs (not 'summed her up as "terrible,"
    denounced ...')."""
    doc = verb.doc
    k = verb.i - 1
    start = sent_of(verb).start
    while k > start and not (
        doc[k].text in CLOSING_QUOTES and (k == verb.i - 1 or doc[k - 1].text in ",?!")
    ):
        k -= 1
    w = k - 1
    while w > start and (doc[w].is_punct or doc[w].is_space):
        w -= 1
    if w <= start or not verb.is_ancestor(doc[w]):
        return None
    words = 0  # a quotation, not a scare quote's word or two ('as "terrible,"')
    while w > start and doc[w].text not in OPENING_MARKS and words < 2:
        words += doc[w].is_alpha
        w -= 1
    # or a word that opens the sentence ('"Absolutely," said Smith'): no scare quote does
    return k if words >= 2 or w == start and doc[w].text in OPENING_MARKS else None


def _dated_subject(verb: Token) -> Token | None:
    """A subject the parser hung on the date that opens the sentence: in "Friday, Texas,
    leading a coalition of 13 states, asked ..." or "On Monday, Acme, citing weak demand,
    said ..." the name set off by commas after the date is an appositive of the date."""
    if verb.tag_ not in _FINITE_TAGS:
        return None
    start = sent_of(verb).start
    doc = verb.doc
    for t in doc[start : min(start + 2, verb.i)]:
        if t.ent_type_ != "DATE":
            continue
        for c in t.children:
            if (
                c.dep_ == "appos"
                and c.i < verb.i
                and c.pos_ in ("PROPN", "NOUN")
                and doc[c.left_edge.i - 1].text == ","
            ):
                return c
    return None


def _set_off_subject(verb: Token) -> Token | None:
    """A named subject the parser hung on the phrase before it: "Alarmed by the unrest in
    Nevada, Senator Harry Reid, the minority leader, said", "As part of his plea, Marcel
    Lazar, 44, said": the last name before the verb that opens its noun phrase after a comma
    (or the sentence) and has only its own words (an apposition, an age) before the verb."""
    if verb.tag_ not in _FINITE_TAGS:
        return None
    doc = verb.doc
    start = sent_of(verb).start
    for j in range(verb.i - 1, max(start, verb.i - 30) - 1, -1):
        tok = doc[j]
        if tok.ent_type_ not in ("PERSON", "ORG") or tok.dep_ in SUBJECT_DEPS:
            continue
        if j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            continue  # not the last word of its name
        edge = _title_words_before(doc, tok.left_edge.i, start)
        if edge > start and doc[edge - 1].text != ",":
            continue
        own = {t.i for t in tok.subtree}
        if verb.i in own:
            return None
        if all(i in own or doc[i].is_punct or doc[i].is_space for i in range(j + 1, verb.i)):
            return tok
    return None


def _title_words_before(doc: Doc, edge: int, start: int) -> int:
    """ "In a memo to staff, co-founder and CEO Aaron Feld wrote": the parser can hang a title
    of several words ("co-founder and CEO", "OpenAI co-founder") on the phrase before it and
    leave the name alone; the title's words (nouns, names, "and", a hyphen; no verb, no
    determiner) still open the name's phrase after the comma."""
    k = edge
    while k > start and edge - k < 6:
        t = doc[k - 1]
        if not (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text in ("-", "and", "&")):
            break
        if t.dep_ in SUBJECT_DEPS:
            break
        k -= 1
    return k


def _related_subject(verb: Token) -> Token | None:
    """ "Mayor Teresa Vance, who pushed for the program after a boy was struck near the
    school, said ...": after a long relative clause the parser can take the name for the
    subject of the clause's last verb and leave the cue none. The sentence opens with the name
    (its title and name words only), set off by ", who" or ", whose", and the cue stands after
    the relative clause, with no subject of its own."""
    if verb.tag_ not in _FINITE_TAGS or verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    start = sent_of(verb).start
    j = start
    while j < verb.i and doc[j].pos_ == "PROPN":
        j += 1
    if j == start or j + 1 >= verb.i or doc[j].text != ",":
        return None
    if doc[j + 1].lower_ not in ("who", "whose") or doc[j - 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    name = doc[j - 1]
    return name if verb in name.ancestors else None


def _gerund_governor(tok: Token) -> Token | None:
    """The verb a gerund's preposition hangs on: directly ("by telling them"), or through the
    verb's object when that has no owner of its own ("had a reputation for asking", "drew
    criticism for saying"; not "praised her habit of asking")."""
    if not (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep"):
        return None
    held = tok.head.head
    if (
        held.pos_ == "NOUN"
        and held.dep_ == "dobj"
        and tok.head.lower_ in ("for", "of")
        and held.lemma_.lower() not in lexicons.load("document_nouns")
        and not any(c.dep_ == "poss" for c in held.children)
    ):
        held = held.head  # not "discredits a report from Bloomberg saying ..."
    return held if held.pos_ in ("VERB", "AUX") else None


def _participle_host(participle: Token) -> Token:
    """The verb whose subject a participle shares. "X warned that Y would spread, saying Z",
    "X said Y will have to choose a side, saying Z": the participle is X's, though the parser
    hangs it on the reported clause (or a verb of it) after X's verb."""
    up = participle.head
    while up.dep_ == "xcomp" and up.head != up:
        up = up.head
    if (
        up.dep_ == "ccomp"
        and up.head.i < up.i
        and up.head.lemma_.lower() in lexicons.reporting_verbs()
    ):
        return up.head  # not in '"Her friends mocked him, calling him X," Roe said'
    host = participle.head
    subj = _subject(host)
    if subj is not None and subj.lower_ in ("it", "there"):
        # "It was a one-two punch, as Clinton echoed the criticism, saying ...": no "it"
        # speaks; the clause that ends right before the participle's comma is its host
        for c in host.children:
            if c.dep_ == "advcl" and c.right_edge.i == participle.i - 2 and _subject(c):
                return c
    return host


def _speaker_head(verb: Token) -> tuple[Token | None, bool]:
    """Subject of the cue, climbing through xcomp, conj, participles and relative clauses.

    Returns the head and whether it was inherited from a governing clause (so no mention
    stands next to the cue itself).
    """
    subj = (
        _subject(verb)
        or _inverted_subject(verb)
        or _dated_subject(verb)
        or _set_off_subject(verb)
        or _related_subject(verb)
    )
    rel = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")]
    if rel and verb.dep_ == "relcl":
        return verb.head, False
    if subj is not None:
        agent = _agent(verb) if subj.dep_ == "nsubjpass" else None
        if agent is not None and verb.lemma_.lower() in _addressee_verbs():
            return agent, False  # "X was asked by Y whether ...": the subject is the addressee
        return subj, False
    tok = verb
    for _ in range(4):
        governor = _gerund_governor(tok)
        if governor is not None:
            # "pitched himself by telling them ...", "After saying X, she was whisked ...":
            # the gerund's speaker is the subject of the clause the preposition hangs on
            tok = governor
            subj = _subject(tok)
            if subj is not None:
                return subj, True
            continue
        if _cue_on_claim(tok) or _second_cue_of(tok):
            # "said the deal was 'a fraud' and accused X", "said the results were promising
            # but declined to give details": the parser hung the second cue on the complement;
            # it is the first cue's subject's
            tok = tok.head.head
            subj = _subject(tok)
            if subj is not None:
                return subj, True
            continue
        # "X paused, then revealed why ...": a verb the parser hung on the one before it
        # with no label ("dep") shares its subject as a conjunct would
        loose = tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB"
        if (tok.dep_ in ("xcomp", "conj", "advcl", "acomp") or loose) and tok.head != tok:
            # "were reluctant to reveal", "was quick to point out": an adjective's
            # complement shares the subject of its copula (not "it was too early to tell")
            adjective = tok.dep_ == "acomp"
            tok = _participle_host(tok) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok.head
            subj = _subject(tok)
            if subj is not None and not (adjective and subj.lower_ in ("it", "there")):
                return subj, True
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("PROPN", "NOUN"):
            noun = tok.head
            if noun.lemma_.lower() in lexicons.load("document_nouns") and noun.dep_ == "dobj":
                issuer = _subject(noun.head)  # "The ministry issued a statement saying ..."
                if issuer is not None:
                    return issuer, True
            return noun, True
        break
    # passive "X was quoted as saying", agent "by X"
    return _agent(verb), False


def _agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading complementizers and punctuation, and trailing punctuation."""
    while tokens and (
        tokens[0].is_punct
        and tokens[0].text not in "“\"‘'«"
        or tokens[0].lower_ in COMPLEMENTIZERS
        and (tokens[0].dep_ == "mark" or _misread_complementizer(tokens[0]))
        or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        and tokens[-1].text not in "”\"’'»?!"
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
    ):
        tokens = tokens[:-1]
    return tokens


def _misread_complementizer(tok: Token) -> bool:
    """ "said at the time that the plan is dead", "told a crowd on the final day that he has
    no regrets": after a noun the parser takes the complementizer for a relative pronoun (an
    adverb or object of the clause), though the clause has a subject of its own and no room
    for an object "that" ("is", or a verb with its own object)."""
    head = tok.head
    if tok.dep_ not in ("advmod", "dobj") or head.i <= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    after = [c for c in head.children if c.i > tok.i]
    clause = head  # "that Ferris is expected to miss two weeks": the subject is the governor's
    while clause.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head
    if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children if c.i > tok.i):
        return False
    return (
        tok.dep_ == "advmod"
        or tok.tag_ == "IN"  # tagged a conjunction, not a relative pronoun (WDT)
        or head.lemma_ == "be"
        or any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in after)
        or _after_setting(tok)
    )


def _after_setting(tok: Token) -> bool:
    """ "said before the game that the guard would play": right after the object of a setting
    preposition on a reporting verb, "that" opens what was said, not a relative clause of
    the game."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    prep = prev.head
    return (
        prev.dep_ == "pobj"
        and prep.lower_ in SETTING_PREPS
        and prep.head.lemma_.lower() in lexicons.reporting_verbs()
    )


def _claim_from(head: Token, exclude: set[int]) -> list[Token]:
    """A clause's words, minus trailing participial clauses and summative appositives.

    "X said Y, adding Z" and "..., a move meant to ..." comment on the claim; they are not
    part of it (and "adding" is a statement of its own).
    """
    subtree = list(head.subtree)  # walked once: each walk makes a Token per word
    ids = {t.i for t in subtree} - exclude
    for t in subtree:
        if t.i > head.i and _cue_conjunct(t):
            # "said he would order a review and warned against hackers": the warning is a
            # statement of its own, not part of what was said
            ids -= _subtree_ids(t)
            ids -= {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
        if t.dep_ not in ("advcl", "appos", "dobj", "npadvmod", "relcl"):
            continue  # (the only clauses cut below)
        prev = _comma_before(t)
        if prev is None or prev.text not in (",", "—", "--", "–"):
            continue
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i in ids:
            # after the attribution or a closing quotation mark ('"...," X said, wearing a
            # hat'), the participle is the speaker's whatever its verb
            doc = t.doc
            between = range(t.head.i, t.i)
            if _speaker_act(t) or any(i in exclude or doc[i].is_quote for i in between):
                ids -= _subtree_ids(t)
        elif (
            t.dep_ in ("appos", "dobj", "npadvmod")
            and t is not head  # "described, in blunt terms, a set of X": the object itself
            and t.pos_ == "NOUN"
            and any(d.lower_ in ("a", "an") and d.dep_ == "det" for d in t.children)
            and max(_subtree_ids(t)) >= max(ids, default=0) - 1
        ):
            ids -= _subtree_ids(t)
        elif t.dep_ == "relcl" and _trailing_aside(t, ids) or _reported_aside(t):
            ids -= _subtree_ids(t)
    doc = head.doc
    return _trim([doc[i] for i in _run_at(sorted(ids), head.i)])


def _cue_conjunct(t: Token) -> bool:
    """A reporting verb conjoined to a complement's verb that is finite where that verb is
    not, or has a subject of its own ("said he would order a review and warned against
    hackers", "said the results were promising but declined to give details"), or whose
    complement's subject cannot speak ("said the deal was 'a fraud' and accused X"): a
    second statement, not part of the first's claim."""
    return (
        t.dep_ == "conj"
        and t.lemma_.lower() in lexicons.reporting_verbs()
        and t.tag_ in _TENSED_TAGS
        and (
            t.tag_ != t.head.tag_
            or any(c.dep_ in SUBJECT_DEPS for c in t.children)
            or _mute_subject(t.head)
        )
    )


def _second_cue_of(conj: Token) -> bool:
    """A cue conjunct (``_cue_conjunct``) of a reporting verb's complement is that verb's
    speaker's second statement. Not when the complement's verb is perfect ("that Sanders had
    ignored her call and instead attacked his rival": the conjunct shares "had" and its
    subject) unless the cue is repeated ("said his attacks have worked and said that ..."),
    nor when a comma sets the complement off from the cue (a main clause the parser hung on
    a fronted one: "At the moment Sanders announced his bid, Mook was holding a meeting and
    told aides ...")."""
    clause = conj.head
    cue = clause.head
    if clause.dep_ != "ccomp" or not _cue_conjunct(conj):
        return False
    if cue.lemma_.lower() not in lexicons.reporting_verbs() or cue.i > clause.i:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    if perfect and conj.lemma_ != cue.lemma_:
        return False
    subj = [c.i for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return all(t.text != "," for t in conj.doc[cue.i + 1 : min(subj + [clause.i])])


def _mute_subject(clause: Token) -> bool:
    """ "said the deal was 'a fraud' and accused X of Y": the parser hangs the second reporting
    verb on the claim's verb, but a subject that cannot speak ("the deal") cannot be the one
    who accused; the cue's speaker did, in a statement of its own."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and not _speaker_like(subj)


def _cue_on_claim(tok: Token) -> bool:
    """A reporting verb conjoined to the claim's verb whose subject cannot speak: it goes with
    the cue the claim hangs on (see :func:`_mute_subject`)."""
    return tok.head.dep_ == "ccomp" and _cue_conjunct(tok) and _mute_subject(tok.head)


def _reported_aside(t: Token) -> bool:
    """ "said they were seeking better terms, though they stressed that X", "says it is
    studying the offer, as Blinken urged it to accept": a comma-set clause whose own subject
    reports is the writer's narration of another statement, not part of the claim; inside a
    quotation it is the speaker's words, and a relative one ("both of whom advised him that")
    goes on about the claim's own people."""
    if t.dep_ != "advcl" or t.tag_ not in _TENSED_TAGS:
        return False
    subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subj is not None
        and t.lemma_.lower() in lexicons.reporting_verbs()
        and not any(w.tag_ in ("WP", "WDT") for w in subj.subtree)
        and quote_index(t.doc).at(t.idx) is None
    )


def _run_at(ids: list[int], at: int) -> list[int]:
    """The contiguous run of ``ids`` (sorted) that holds the head at ``at`` (the first reaching
    it, else the last): found on indices, so only the kept words become ``Token`` objects."""
    run: list[int] = []
    for i in ids:
        if run and i != run[-1] + 1:
            if at <= run[-1]:
                break
            run = []
        run.append(i)
    return run


def _trailing_aside(relcl: Token, ids: set[int]) -> bool:
    """ "the bridge would reopen in March, which would be a year late", "the new auditor, who
    took office in May": a non-restrictive relative clause that ends the claim is the writer's
    gloss on its last noun, not what was said. Inside a quotation it is the speaker's words."""
    doc = relcl.doc
    first, noun = relcl.left_edge, relcl.head
    if first.lower_ not in ("which", "who") or max(_subtree_ids(relcl)) < max(ids, default=0) - 1:
        return False
    while noun.dep_ in ("appos", "conj") and noun.head.i < noun.i:
        noun = noun.head
    if (
        noun.i != relcl.head.i
        and noun.dep_ == "attr"
        and any(c.lower_ == "it" for c in noun.head.children)
    ):
        return False  # a cleft: "it was the referee, not the players, who erred"
    return quote_index(doc).at(first.idx) is None


def _speaker_act(participle: Token) -> bool:
    """ "..., pointing to the repairs" (what the speaker did) leaves the claim; "could
    backfire, angering his supporters" (what the claim says follows) stays."""
    lemma = participle.lemma_.lower()
    after = participle.doc[participle.i + 1] if participle.i + 1 < len(participle.doc) else None
    return (
        lemma in lexicons.reporting_verbs()
        or lemma in lexicons.load("speaker_acts")
        or after is not None
        and f"{lemma} {after.lower_}" in lexicons.load("speaker_acts")  # "pushing back"
        or any(_body_part_subject(c) for c in participle.children)
    )


def _comma_before(t: Token) -> Token | None:
    """The mark before a phrase, looking inside a closing quotation mark: '"hurt families,"
    pointing to ...' sets the participle off with the quotation's own comma."""
    doc, i = t.doc, t.left_edge.i - 1
    if i > 0 and doc[i].is_quote and doc[i - 1].text == "," and not doc[i - 1].whitespace_:
        i -= 1
    return doc[i] if i >= 0 else None


def _cue_words(verb: Token) -> list[Token]:
    """The cue with its auxiliaries, negation and adverbs: "did not categorically dismiss"."""
    words = [verb]
    chain = [verb]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        chain.append(verb.head)  # "continues to urge", "appeared to suggest"
        words.append(verb.head)
        words += [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    for v in chain:
        for c in v.children:
            if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i:
                words.append(c)
            elif c.dep_ == "advmod" and c.i < v.i and c.i >= v.i - 3 and c.pos_ == "ADV":
                words.append(c)
            elif c.dep_ == "prt" or c.i == v.i + 1 and c.lower_ in _frame_particles(v):
                words.append(c)  # "shot back": the parser makes "back" an adverb
    words.sort(key=lambda t: t.i)
    # keep a contiguous stretch ending at the verb (or its particle)
    run = [words[-1]]
    for t in reversed(words[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        elif t.i < run[0].i - 1:
            break
    if verb not in run:
        return [verb]
    return run


@dataclass(frozen=True, slots=True)
class NotStatement:
    """An explicit "not a statement" answer: the cue is there but reports no proposition
    ("praised the firefighters", "continues to urge" whose inner verb carries the statement)."""

    reason: str


Verdict = Found | NotStatement | None


@dataclass
class VerbFrame:
    """A cue verb's parse read once for all the verb sieves: its speaker, cue words and the
    complements a claim can be (clause, object, infinitive, prepositional object)."""

    verb: Token
    lemma: str
    quotes: QuoteIndex
    cue: list[Token]
    spk: Token | None
    inherited: bool
    exclude: set[int]
    speaker_tokens: list[Token] | None
    ccomp: list[Token]
    dobj: list[Token]
    xcomp: list[Token]
    as_prep: list[Token]
    preps: list[Token]
    reason: list[Token]
    on_obj: list[Token]

    @classmethod
    def of(cls, verb: Token, quotes: QuoteIndex) -> VerbFrame:
        children = list(verb.children)
        spk, inherited = _speaker_head(verb)
        cue = _cue_words(verb)
        exclude = _subtree_ids(spk) if spk is not None else set()
        speaker_tokens = None
        if _relative_cue(verb, spk, children):
            # "demonstrators, who said X": the cue's own clause hangs under the speaker
            assert spk is not None
            exclude -= _subtree_ids(verb)
            spk, speaker_tokens = _relative_speaker(verb, spk)
        elif spk is not None and verb.i in exclude and (root := _verbless_root(verb)):
            # "Stevens, who served as X's strategist, called Y Z": the root noun is the subject
            exclude = (_subtree_ids(root) - _subtree_ids(verb)) | {t.i for t in cue}
            spk, speaker_tokens = _relative_speaker(verb, root)
            inherited = False
        exclude |= {t.i for t in cue}
        after = [c for c in children if c.i > verb.i]
        xcomp = [c for c in after if c.dep_ in ("xcomp", "oprd") or _timed_infinitive(verb, c)]
        xcomp = xcomp or _infinitive_in_object_phrase(after)
        reason_preps = _reason_preps(verb)
        return cls(
            verb=verb,
            lemma=verb.lemma_.lower(),
            quotes=quotes,
            cue=cue,
            spk=spk,
            inherited=inherited,
            exclude=exclude,
            speaker_tokens=speaker_tokens,
            ccomp=[c for c in children if c.dep_ == "ccomp" or _fronted_advcl(verb, c)],
            dobj=[c for c in after if c.dep_ in ("dobj", "attr")],
            xcomp=xcomp,
            as_prep=[c for c in after if c.dep_ == "prep" and c.lower_ == "as"],
            preps=[c for c in after if c.dep_ == "prep" and c.lower_ in CLAIM_PREPS],
            reason=[c for c in after if c.dep_ == "prep" and c.lower_ in reason_preps],
            on_obj=[
                c
                for c in children
                if c.dep_ == "prep"
                and c.lower_ in ("on", "upon")
                and c.i == verb.i + 1
                and xcomp
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Monday"
            ],
        )

    def found(self, sieve: str, root: Token | None = None, *, clausal: bool = False) -> Found:
        """A statement of this cue, its claim the clean clause under ``root``."""
        f = Found(list(self.cue), self.verb, self.spk, sieve=sieve)
        f.speaker_tokens = self.speaker_tokens
        f.inherited_subject = self.inherited
        f.clausal = clausal
        if root is not None:
            f.claim_root = root
            f.claim_tokens = _claim_from(root, self.exclude)
        return f

    @property
    def needs_clause(self) -> bool:
        return self.lemma in _needs_clause()


def _fronted_advcl(verb: Token, c: Token) -> bool:
    """ "As of 5 p.m. Tuesday, evacuation orders covered 2,300 homes, the sheriff's department
    said in a post": after a long fronted claim the parser can hang it on the cue as an adverbial
    clause; one with a subject of its own and no subordinator ("As the fire spread, ...") that
    opens the sentence, before ", SUBJECT said", is what was said."""
    if c.dep_ != "advcl" or c.i > verb.i or c.tag_ not in _TENSED_TAGS:
        return False
    doc, end = verb.doc, c.right_edge.i
    if doc[end + 1].text != "," or c.left_edge.i != sent_of(verb).start:
        return False
    if any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children):
        return False
    if not any(g.dep_ in SUBJECT_DEPS for g in c.children):
        return False
    if sum(t.is_alpha for t in doc[c.left_edge.i : end]) < MIN_QUOTE_WORDS:
        return False  # "What's more, ..." is a connective
    kids = list(verb.children)
    return (
        verb.lemma_.lower() in lexicons.reporting_verbs()
        and not any(k.dep_ == "ccomp" for k in kids)
        and any(k.dep_ == "nsubj" and end < k.i < verb.i for k in kids)  # an active cue
    )


def _infinitive_in_object_phrase(after: list[Token]) -> list[Token]:
    """ "asked anyone with information to call the tip line": the parser hangs the object's
    "with" phrase on the cue and the request's infinitive on that phrase's noun; an infinitive
    with no subject that ends the phrase right after the object is what was asked."""
    if len(after) < 2 or after[0].dep_ != "dobj" or after[1].dep_ != "prep":
        return []
    obj, prep = after[0], after[1]
    if prep.i != obj.right_edge.i + 1:
        return []
    for noun in prep.children:
        for c in noun.children if noun.dep_ == "pobj" else ():
            if (
                c.dep_ in ("acl", "relcl")
                and c.tag_ == "VB"
                and c.left_edge.tag_ == "TO"
                and c.left_edge.i > noun.i
                and c.right_edge.i == prep.right_edge.i
                and not any(k.dep_ in SUBJECT_DEPS for k in c.children)
            ):
                return [c]
    return []


def _relative_cue(verb: Token, spk: Token | None, children: list[Token]) -> bool:
    return (
        verb.dep_ == "relcl"
        and spk is not None
        and verb.head == spk
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which") for c in children)
    )


def _relative_speaker(verb: Token, spk: Token) -> tuple[Token, list[Token] | None]:
    """The mention stops where the relative clause starts; a clause on the last of a list
    ("Jeb Bush and Chris Christie, who say") is the whole list's."""
    while spk.dep_ == "conj" and spk.head.pos_ in ("NOUN", "PROPN"):
        spk = spk.head
    words = [t for t in mention_tokens(spk) if t.i < verb.left_edge.i]
    while len(words) > 1 and (words[-1].is_punct or words[-1].lower_ in ("who", "that")):
        words.pop()
    return spk, words or None


# --- gates: the verb is a cue, but another word carries the statement -------------------------


def inner_cue(verb: Token) -> NotStatement | None:
    """ "continues to urge": the inner reporting verb carries the statement ("declined to
    comment." has no inner statement: the refusal is the statement). Not when a quotation
    before the verb is its own content ('"A," she recalled telling her staff')."""
    if _asked_participle(verb):
        return None  # "Asked by X to respond, ...": the request is the statement
    children = list(verb.children)
    inner = [
        c
        for c in children
        if c.dep_ == "xcomp"
        and c.lemma_.lower() in lexicons.reporting_verbs()
        and not _needs_object(c)
    ]
    if not inner or any(c.dep_ == "dobj" or c.dep_ == "ccomp" and c.i < verb.i for c in children):
        return None  # '"A," she recalled telling them': the quotation before is the verb's own
    bare = verb.lemma_.lower() in XCOMP_ONLY and not any(
        g.dep_ in ("ccomp", "dobj", "prep", "xcomp") for g in inner[0].children
    )
    return None if bare else NotStatement("the inner cue carries the statement")


def _needs_object(verb: Token) -> bool:
    """ "asked to name a single achievement", "tweeted, 'Thank you Indiana!'": a cue that
    states something only with its object and what the object is said to be (or set beside,
    or ordered to do) is no inner cue without them."""
    return any(g(verb) is not None for g in (bare_comparison, bare_characterization, bare_order))


def object_control(verb: Token) -> NotStatement | None:
    """ "urged partners to maintain ...": the infinitive is the content of the outer cue."""
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in lexicons.reporting_verbs()
        and any(c.dep_ == "dobj" for c in verb.head.children)
    ):
        return NotStatement("content of the outer cue")
    return None


def that_said(verb: Token) -> NotStatement | None:
    """ "That said, the mayor will sign it.": "that said" opening a sentence is a connective
    (= "even so"), not a report of what "that" said."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "said" or i < 1 or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return None
    subj = doc[i - 1]
    if subj.lower_ != "that" or subj.head != verb or not subj.is_sent_start:
        return None
    return NotStatement("a connective, not a report")


def poll_category(verb: Token) -> NotStatement | None:
    """ "won 60 percent among voters who said the economy was their top issue": a restrictive
    relative clause on a poll's group (no comma before "who") says who the respondents are,
    by their answer; it reports no statement."""
    if verb.dep_ != "relcl":
        return None
    rel = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")]
    if not rel or rel[0].i == 0 or verb.doc[rel[0].i - 1].text == ",":
        return None
    groups = lexicons.load("poll_groups")
    head = verb.head
    of_group = head.head.lower_ == "of" and head.head.head.lemma_.lower() in groups
    if head.lower_ in groups or head.lemma_.lower() in groups or of_group:
        return NotStatement("a poll's group of respondents")
    return None


def asked_content(verb: Token) -> NotStatement | None:
    """ "Asked to describe the damage, the chief said ...": the infinitive is what the
    question asked for (``asked_participle`` reports it), not a statement of the one who
    answers."""
    if verb.dep_ == "xcomp" and _asked_participle(verb.head):
        return NotStatement("the question's content")
    return None


def not_authorized(verb: Token) -> NotStatement | None:
    """ "officials who were not authorized to discuss the talks", "who spoke on the condition
    of anonymity to discuss the meeting": the infinitive under a verb of permission, or after
    "anonymity" in its clause, says what the source may (not) speak about (the anonymity
    formula), not what anyone said."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in lexicons.load("permission_verbs"):
        return NotStatement("permission to speak, nothing said")
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "spoke anonymously to complain that X": a clause is said
    before = verb.doc[head.left_edge.i : verb.i]
    if any(t.lower_ in lexicons.load("anonymity_words") for t in before):
        return NotStatement("the anonymity formula, nothing said")
    return None


def withheld_identity(verb: Token) -> NotStatement | None:
    """ "two former employees, who asked not to be named because ...", "asked to remain
    anonymous": what the source asked for is anonymity (the formula that introduces an unnamed
    source), not something said; the parser makes the infinitive the request's content."""
    if verb.lemma_.lower() not in REQUEST_VERBS:
        return None
    words = lexicons.load("withheld_identity")
    for c in verb.children:
        if c.dep_ != "xcomp" or any(g.dep_ == "ccomp" for g in c.children):
            continue
        named = c.lemma_.lower() in words and any(g.dep_ == "auxpass" for g in c.children)
        if named or any(g.dep_ == "acomp" and g.lower_ in words for g in c.children):
            return NotStatement("the anonymity formula, nothing said")
    return None


_PRO_VERBS = frozenset({"be", "do"})  # "who he says he is", "what it says it does"


def echoed_relative(verb: Token) -> NotStatement | None:
    """ "a patient who is not who he says he is", "the app does what it says it does": the
    complement is only a subject and "be" or "do", whose missing word is the "who"/"what"
    before the cue; the clause names something by what someone claims, and reports nothing."""
    doc = verb.doc
    if not any(doc[k].tag_ == "WP" for k in range(max(0, verb.i - 3), verb.i)):
        return None  # the cheap test first: "who" or "what" right before the cue
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(comps) != 1 or comps[0].lemma_.lower() not in _PRO_VERBS:
        return None
    clause = comps[0]
    kids = list(clause.children)
    if any(g.dep_ not in ("nsubj", "aux", "neg", "punct") and g.tag_ != "WP" for g in kids):
        return None
    if any(w.tag_ == "WP" and w.i < verb.i for w in [*verb.children, *kids]):
        return NotStatement("a free relative: who or what someone says a thing is")
    return None


def writer_aside(verb: Token) -> NotStatement | None:
    """ "It is worth noting that ...", "it's fair to say ...", "it is too soon to say whether
    ...", "Let's say ...": a saying verb with no speaker of its own, under "it is ADJ" or
    "let's", is the writer's aside or a supposition, not a reported statement."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return None
    head = verb.head
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if head.lower_ == "let" and [c.lower_ for c in subj] in (["'s"], ["’s"], ["us"]):
        return NotStatement("a supposition")
    if verb.dep_ != "xcomp" or subj:
        return None
    adj = head.pos_ in ("ADJ", "ADV")  # "fair to say", "too soon to say"
    be = head.head if adj else head
    preds = [head] if adj else [c for c in head.children if c.dep_ == "acomp"]
    if (
        be.lemma_ == "be"
        and any(p.lower_ in lexicons.load("aside_predicates") for p in preds)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
    ):
        return NotStatement("the writer's aside")
    return None


_TENSED_TAGS = ("VBD", "VBZ", "VBP")  # a verb with its own tense: no infinitive, participle
_FINITE_TAGS = (*_TENSED_TAGS, "MD")


def _finite(head: Token) -> bool:
    """A clause with a tensed verb ("the agency ignored", "would rise"), not a small clause
    ("him guilty", "itself playing host", "it to be a deterrent")."""
    return head.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in head.children
    )


def discovery(verb: Token) -> NotStatement | None:
    """ "found out that ...", "she found that the door was open", "found him guilty", "found
    itself playing host", "seems to have found", "a poll found": "find" states a verdict only
    as the finite act of a named or described agent over a tensed clause (or the clause before
    it: "..., the panel found"); otherwise it is learning, perceiving, finding a thing or a
    ruling on a person, and polls that find are not statements (GUIDELINES.md)."""
    if verb.lemma_ != "find":
        return None
    kids = list(verb.children)
    if verb.dep_ in ("xcomp", "relcl", "acl") or any(
        c.dep_ in ("prt", "dobj", "auxpass") for c in kids
    ):
        return NotStatement("learning or finding a thing, not a verdict")
    subj = [c for c in kids if c.dep_ in SUBJECT_DEPS]
    if any(c.pos_ == "PRON" or c.lower_ in lexicons.load("non_speakers") for c in subj):
        return NotStatement("a discovery or a poll, not a verdict")
    if any(c.dep_ == "ccomp" and not _finite(c) for c in kids):
        return NotStatement("a small clause, not a verdict")
    return None


def bare_comparison(verb: Token) -> NotStatement | None:
    """ "compared prices", "linked to three articles", "compared to last year", "compare my
    case to hers" (a request), "plans to link him to X" (an aim), "a site linking workers to
    jobs": a verb of comparison states something only as a speaker's act with an object
    ("which he likened to X": the relative word) and what it is set beside."""
    if verb.lemma_.lower() not in lexicons.load("comparison_verbs"):
        return None
    kids = list(verb.children)
    subject = any(c.dep_ in SUBJECT_DEPS for c in kids)
    if verb.dep_ in ("xcomp", "acl") or (verb.tag_ == "VB" and not subject):
        return NotStatement("a request or an aim, not a comparison made")
    if any(c.dep_ == "auxpass" for c in kids):
        return NotStatement("a connection stated of its object, no speaker")  # "is linked to"
    has_object = verb.dep_ == "relcl" or any(c.dep_ == "dobj" for c in kids)
    beside = any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("to", "with", "for") for c in kids
    )
    return None if has_object and beside else NotStatement("a comparison with nothing set beside")


def listed_entry(verb: Token) -> NotStatement | None:
    """ "is listed as an attorney", "was listed on the slate": in the passive a verb of listing
    enters a name on a list or register, no one's statement (entry_verbs.txt); with no
    object, "the pens list for $1,000" is a price."""
    if verb.lemma_.lower() not in lexicons.load("entry_verbs"):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return NotStatement("an entry on a list, no speaker")
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Hurun lists his wealth at $6.5 billion": a valuation said
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "at")):
        if any(t.ent_type_ == "MONEY" or t.text == "$" for t in p.subtree):
            return NotStatement("a price: what the thing is sold for")  # "list for $1,000"
    return None


def other_sense_particle(verb: Token) -> NotStatement | None:
    """ "called off the deal", "called in to a town hall", "the numbers don't add up": a
    particle that takes the verb out of speech."""
    lemma = verb.lemma_.lower()
    particles = _other_sense_particles().get(lemma)
    if particles and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
        return NotStatement("another sense of the verb")
    return None


def counted_goods(verb: Token) -> NotStatement | None:
    """ "recalled 40,000 pickup trucks", "is recalling about 2 million vehicles": a counted
    object makes the product-recall sense of the verb, not remembering aloud."""
    if verb.lemma_.lower() not in lexicons.load("goods_verbs"):
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and any(
            c.dep_ in ("nummod", "quantmod") and c.ent_type_ not in ("DATE", "TIME")
            for c in obj.children
        ):  # not a year: "recalling a 2007 reform bill"
            return NotStatement("goods counted, nothing said")
    return None


@cache
def _other_sense_particles() -> dict[str, frozenset[str]]:
    """{"call": {"off", "up", "in"}, ...} from other_sense_particles.txt."""
    return lexicons.by_first_word(lexicons.load("other_sense_particles"))


def naming_participle(verb: Token) -> NotStatement | None:
    """ "a group called Our Future is expanding", "His charity, called the Oak Fund, will own
    the land": a naming participle right after its noun (or the comma after it), its name a
    proper noun; the parser makes the noun its speaker and the sentence its claim ("Graham
    called Trump crazy" names no one: its complement is no proper noun)."""
    doc, i = verb.doc, verb.i
    if verb.lemma_.lower() not in lexicons.load("naming_verbs") or verb.tag_ not in ("VBD", "VBN"):
        return None
    if i < 2 or not (doc[i - 1].pos_ in ("NOUN", "PROPN") or doc[i - 1].text == ","):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg") for c in kids) or not _given_name(verb):
        return None
    if verb.dep_ != "parataxis" and not any(c.dep_ == "ccomp" for c in kids):
        return None
    return NotStatement("a name given to a noun, not a statement")


def _given_name(verb: Token) -> bool:
    """A proper noun as the verb's complement, or (misparsed) as the subject of a clause that
    starts right after it ("called Our Future is expanding")."""
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ == "PROPN":
            return True
        if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1:
            if any(s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in c.children):
                return True
    return False


_MODIFIER_TAGS = frozenset({"DT", "CD", "POS", "PRP$", "JJ"})


def attributive_participle(verb: Token) -> NotStatement | None:
    """ "leads in both pledged delegates and the popular vote", "271 pledged delegates": a
    participle between a determiner, number or possessive and its noun modifies the noun; the
    parser's verb with that noun as object reports nothing."""
    doc, i = verb.doc, verb.i
    if verb.tag_ not in ("VBD", "VBN") or i == 0 or i + 1 >= len(doc):
        return None
    if doc[i - 1].tag_ not in _MODIFIER_TAGS:
        return None
    noun = doc[i + 1]
    if noun.head != verb or noun.dep_ != "dobj":
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return NotStatement("an adjective before its noun")


_IMPERATIVE_BLOCKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def _bare_verb(tok: Token) -> bool:
    """A base-form verb with no subject and no auxiliary: the shape of an imperative."""
    return tok.tag_ == "VB" and not any(c.dep_ in _IMPERATIVE_BLOCKERS for c in tok.children)


def imperative(verb: Token) -> NotStatement | None:
    """ "Ask yourself whether ...", "Call it viral fundraising.", "go further and ask whether
    ...": a cue in the imperative (heading its sentence, or joined to a verb that does) is the
    writer's instruction to the reader; nobody is reported saying anything."""
    if not _bare_verb(verb):
        return None
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ == "ROOT" and _bare_verb(head):
        return NotStatement("a command to the reader")
    return None


def bare_characterization(verb: Token) -> NotStatement | None:
    """ "cast their nets", "was cast as a detective", "presented the award": a verb of
    characterization states something only as a speaker's act with an object and what the
    object is said to be ("cast himself as an outsider")."""
    if verb.lemma_.lower() not in lexicons.load("characterization_verbs"):
        return None
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" for c in kids):
        return NotStatement("a role given to its subject, no speaker")  # "was cast as"
    obj = [c for c in kids if c.dep_ == "dobj"]
    if not obj or not _as_phrase(verb, obj[0]):
        return NotStatement("no object said to be something")
    return None


def bare_order(verb: Token) -> NotStatement | None:
    """ "ordered a pizza", "ordered limits on construction": an order states something only
    through what is to be done, a clause, an object with its infinitive, or an action noun
    with its "of" phrase ("ordered the release of the tapes"); "was ordered to" names whom
    the order was given, not who gave it."""
    if verb.lemma_.lower() not in lexicons.load("directive_verbs"):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return NotStatement("an order received: its subject is not who gave it")
    for c in verb.children:
        if c.i < verb.i and c.dep_ == "ccomp":
            return NotStatement("a clause before an order is not its content")
        if c.i < verb.i:
            continue
        if c.dep_ in ("ccomp", "xcomp") or _timed_infinitive(verb, c):
            return None
        if c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children):
            return None
    return NotStatement("an order with nothing said to be done")


def _as_phrase(verb: Token, obj: Token) -> bool:
    """An "as" phrase after the verb's object says what it is ("described it as a hoax",
    "cast himself more as X"), not a clause after a comma ("may present a test, as voters
    ...")."""
    doc = verb.doc
    return any(
        (c.dep_ == "prep" and c.lower_ == "as" and c.n_rights or _as_participle(c))
        and c.left_edge.i > obj.i
        and doc[c.left_edge.i - 1].text != ","
        for c in verb.children
    )


def admission(verb: Token) -> NotStatement | None:
    """ "opposed admitting Poland and Hungary to NATO", "admits students into the program":
    "admit" with an object let into a body is admission, not a confession; a confession has a
    fact as its object ("admitted the error to reporters"), never a name."""
    if verb.lemma_.lower() != "admit":
        return None
    kids = list(verb.children)
    obj = [c for c in kids if c.dep_ == "dobj"]
    if not obj or any(c.dep_ == "ccomp" for c in kids):
        return None
    into = [c for c in kids if c.dep_ == "prep" and c.i > obj[0].i and c.lower_ in ("to", "into")]
    if not into:
        return None
    if into[0].lower_ == "into" or obj[0].pos_ == "PROPN":
        return NotStatement("let in, not a confession")
    return None


_QUANTIFIER_PRONOUNS = frozenset({"everything", "nothing", "anything"})


def indefinite_relative(verb: Token) -> NotStatement | None:
    """ "Everything the governor says is a promise", "Nothing the mayor said will calm them": a
    cue in a relative clause on "everything", "nothing" or "anything", the pronoun its object,
    sums up what was said without reporting any of it; the parser's clause after it is the
    writer's (or the outer cue's). "something X said" stays: it points back to a claim ("did
    not apologize, something many had urged him to do")."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in _QUANTIFIER_PRONOUNS:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return None  # "nothing that suggests X": the pronoun is the subject, X is a claim
    return NotStatement("what was said, summed up, not reported")


VERB_GATES = (
    inner_cue,
    object_control,
    that_said,
    poll_category,
    asked_content,
    not_authorized,
    withheld_identity,
    echoed_relative,
    writer_aside,
    discovery,
    bare_comparison,
    listed_entry,
    imperative,
    attributive_participle,
    naming_participle,
    other_sense_particle,
    counted_goods,
    bare_characterization,
    bare_order,
    admission,
    indefinite_relative,
)


# --- statement sieves of a cue verb, in order --------------------------------------------------


def say_complement(v: VerbFrame) -> Verdict:
    """ "X said (that) Y"; "said that X and that Y": the conjoined clause is in the first's
    subtree, a second complement is added."""
    ccomp = [c for c in v.ccomp if not _before_colon(c, v.verb) and not titled_work(c)]
    ccomp = [c for c in _after_speaker(ccomp, v) if not _described_speaker(c, v)]
    if not ccomp or _colon_block(v.verb):
        return None
    f = v.found("say_complement", ccomp[0], clausal=True)
    for extra in ccomp[1:]:
        if _and_cue_clause(extra):
            continue
        if not _absolute_phrase(extra) and not _holds_speaker(extra, v):
            f.claim_tokens += _claim_from(extra, v.exclude)
    more = _conjoined_clause(v.verb, f.claim_tokens)
    if more:
        f.claim_tokens = _trim(f.claim_tokens + more)
    f.claim_tokens = _cue_time(v, ccomp[0], _object_subject(v, ccomp[0], f.claim_tokens))
    f.claim_tokens = _object_then_question(v, f.claim_tokens)
    f.claim_tokens = _subordinate_end(v.verb, f.claim_tokens)
    f.claim_tokens = _concessive_cue_end(ccomp[0], f.claim_tokens)
    f.claim_tokens += _phrase_before_cue(v.verb, f.claim_tokens)
    f.claim_tokens = _first_conjunct(v.verb, f.claim_tokens) + f.claim_tokens
    f.lead = _fronted_clause(v, f.claim_tokens) or _relative_pronoun(v.verb, ccomp[0])
    return f


def _concessive_cue_end(clause: Token, claim: list[Token]) -> list[Token]:
    """ "said classes would continue Thursday, though the district did not rule out late
    starts": a concessive clause after a comma whose verb is a cue with a subject of its own is
    the writer's account of a second statement, not part of the first claim."""
    doc = clause.doc
    for c in clause.children:
        if c.dep_ != "advcl" or c.i < clause.i:
            continue
        if c.lemma_.lower() not in lexicons.reporting_verbs() and not _has_particle(c):
            continue
        mark = next((g for g in c.children if g.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in CONCESSIVE_MARKS or doc[mark.i - 1].text != ",":
            continue
        if any(g.dep_ in SUBJECT_DEPS and g.i > mark.i for g in c.children):
            return _trim([t for t in claim if t.i < mark.i - 1])
    return claim


def _first_conjunct(verb: Token, claim: list[Token]) -> list[Token]:
    """ "Acme was in talks to buy the firm, but the talks fell apart, The Information reported":
    the parser makes the closing cue a conjunct of the sentence's first clause, and the second
    clause its complement; the closing attribution reports the whole sentence, its first
    clause and the "but"/"and" too (not "X said A, and Y said B": the first clause no saying)."""
    head = verb.head
    if verb.dep_ != "conj" or not claim or claim[-1].i > verb.i or head.i > claim[0].i:
        return []
    if head.lemma_.lower() in lexicons.reporting_verbs() or head.pos_ not in ("VERB", "AUX"):
        return []
    doc = verb.doc
    start = claim[0].left_edge.i
    if doc[start - 1].dep_ != "cc" or doc[start - 1].head != head:
        return []  # ", but" right before the second clause
    if not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return []
    end = sent_of(verb).end
    if any(not doc[i].is_punct for i in range(verb.right_edge.i + 1, end)):
        return []  # the cue ends the sentence
    return list(doc[head.left_edge.i : start])


def _and_cue_clause(clause: Token) -> bool:
    """ "said the figure was 'speculative' and declined to give its own": a verb with no
    subject after "and", parsed as a second complement of the cue, is the cue's speaker doing
    something more, not a second thing said."""
    doc = clause.doc
    i = clause.left_edge.i
    return (
        i > 0
        and doc[i - 1].lower_ == "and"
        and clause.pos_ == "VERB"
        and clause.tag_ in _TENSED_TAGS
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children)
    )


def _subordinate_end(verb: Token, claim: list[Token]) -> list[Token]:
    """ "When the mayor said that the bridge would reopen, engineers doubted it", "While she
    claimed the cut paid for itself, economists found ...": a cue inside a clause that opens
    the sentence ("When", "While", "After") reports only to that clause's end; the parser
    often runs the claim on into the main clause. It ends at the first comma (or the comma
    closing a quotation) after which a new subject starts, once it holds a verb."""
    if len(claim) < 3 or not _opens_sentence(verb):
        return claim
    doc, first = verb.doc, claim[0]
    if first.i != verb.i + 1 and "," in [t.text for t in doc[verb.i + 1 : first.i]]:
        return claim  # "As she put it, ...": the claim is the main clause
    if first.tag_ in ("IN", "WRB") and first.dep_ in ("mark", "advmod"):
        return claim  # "said that if we wait, prices rise": the claim's own clause
    marks, verb_seen, last = 0, False, claim[-1].i
    for t in doc[first.i : last]:  # the parse may leave the comma to the cue, out of the claim
        marks += t.is_quote
        verb_seen = verb_seen or t.pos_ in ("VERB", "AUX")
        if t.text != "," or not verb_seen:
            continue
        inside = marks % 2 == 1
        closing = inside and doc[t.i + 1].is_quote  # 'hacked,'' both experts': it ends the quote
        if inside and not closing:
            continue
        cut = t.i + 2 if closing else t.i + 1
        if cut <= last and _starts_subject(doc[cut]):
            kept = [k for k in claim if k.i < t.i]
            return kept + list(doc[kept[-1].i + 1 : cut]) if kept else claim
    return claim


def _opens_sentence(verb: Token) -> bool:
    """The cue's clause is introduced by a subordinator ("When", "While", "After") that
    begins the sentence."""
    for c in verb.children:
        if c.i >= verb.i:
            break
        if c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") and c.is_sent_start:
            return c.lower_ != "as"
    return False


def _starts_subject(tok: Token) -> bool:
    """``tok`` begins a subject whose verb comes after it: a new clause starts here."""
    up = tok
    while up.left_edge.i == tok.i and up.dep_ not in SUBJECT_DEPS and up.head.i != up.i:
        up = up.head
    return up.dep_ in SUBJECT_DEPS and up.left_edge.i == tok.i and up.head.i > up.i


# Prepositions of the setting a cue is said in ("told reporters during the visit", "said in an
# interview", "told CNN on Sunday"), whose object the parser makes carry the clause said.
SETTING_PREPS = frozenset({"during", "at", "in", "on", "after", "before"})


def setting_clause(v: VerbFrame) -> Verdict:
    """ "told reporters during the visit that the bridge would reopen", "insisted in an
    interview that X": with no clause of its own, a cue's clause is the one the parser hung, as
    if "that" began a relative clause, on the object of the setting phrase after it (not a
    refusal's infinitive: "declined to comment on reports that X")."""
    if v.ccomp or v.verb.dep_ == "xcomp":  # "declined to comment on reports that X"
        return None
    for p in v.verb.children:
        if p.dep_ != "prep" or p.i < v.verb.i or p.lower_ not in SETTING_PREPS:
            continue
        for g in p.children:
            said = _setting_said(g) if g.dep_ == "pobj" else None
            if said is not None:
                f = v.found("setting_clause", said, clausal=True)
                f.claim_tokens = _claim_from(said, v.exclude | {said.left_edge.i})
                return f
    return None


def _setting_said(noun: Token) -> Token | None:
    """The clause after the setting's noun that opens with a complementizer (tagged so), not
    a relative "that" ("in an engaging way that readers could understand")."""
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl", "ccomp") or c.i < noun.i:
            continue
        first = c.left_edge
        if first.lower_ != "that" or not any(g.dep_ in SUBJECT_DEPS for g in c.children):
            continue
        if first.dep_ == "mark":
            return c
    return None


def _cue_time(v: VerbFrame, clause: Token, claim: list[Token]) -> list[Token]:
    """ "said on Friday she met him", "said Tuesday his plan would pass": a date right after
    the cue and before the clause's subject tells when it was said; the parser hangs it on
    the clause, but it is not part of the claim."""
    if not claim or claim[0].i != v.cue[-1].i + 1:
        return claim
    subj = [c.left_edge.i for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i > claim[0].i]
    lead = [t for t in claim if t.i < min(subj, default=claim[0].i)]
    if not lead or lead[-1].ent_type_ not in ("DATE", "TIME"):
        return claim
    if all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "at") for t in lead):
        return claim[len(lead) :]
    return claim


def _after_speaker(ccomp: list[Token], v: VerbFrame) -> list[Token]:
    """ "Writing for a paper that all agreed X won, Ann Cole noted that Y", "A happened (her
    office disclosed that Y)": when the speaker and cue run straight into the complement, an
    unquoted clause the parser also hangs on the cue before the speaker is the narrator's (an
    adjunct, or a sentence of its own), not a second thing said. A cue set off by a comma or
    colon splits one claim ("It is no surprise, she said, that Y"), and a quotation before the
    speaker is what was said ('"X," he said, Y'). The same drops the speaker's own mention
    when the parser misreads it as a clause ("Ann Cole, a nurse helping to organize the
    strike, said Y")."""
    verb, doc = v.verb, v.verb.doc
    after = [c for c in ccomp if c.i > verb.i]
    if len(ccomp) < 2 or not after or after[0].pos_ in ("NOUN", "PROPN"):
        return ccomp
    if any(t.text in (",", ":") for t in doc[v.cue[-1].i + 1 : after[0].left_edge.i]):
        return ccomp
    subj = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    start = min(subj + [v.cue[0].i])
    return [
        c
        for c in ccomp
        if c.right_edge.i >= start
        or v.quotes.overlapping(doc[c.left_edge.i].idx, doc[c.right_edge.i].idx + 1)
    ]


def _object_subject(v: VerbFrame, clause: Token, claim: list[Token]) -> list[Token]:
    """ "promised her whole plan would be paid for": the parser takes the clause's subject for
    the cue's object; a clause with no subject of its own starts at that object."""
    if not claim or v.lemma in _addressee_verbs() or claim[0].dep_ == "mark":
        return claim  # "told the crowd ...", "asked him if ..."
    if claim[0].tag_.startswith("W") or any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children
    ):
        return claim
    doc = clause.doc
    for o in v.dobj:
        gap = doc[o.right_edge.i + 1 : claim[0].i]
        if o.i < clause.i and o.i not in v.exclude and all(t.is_punct for t in gap):
            return list(doc[o.left_edge.i : claim[-1].i + 1])
    return claim


def _object_then_question(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "decried the lack of detail and just how much it would cost": the parser makes the
    wh-clause after the cue's object and "and" the cue's clause, but it is the object's second
    conjunct; the claim starts at the object."""
    if not claim or not any(t.tag_ in ("WRB", "WP") for t in claim[:3]):
        return claim
    doc = v.verb.doc
    for o in v.dobj:
        end = o.right_edge.i - (o.right_edge.dep_ == "cc")  # the "and" may hang on the object
        gap = [t.lower_ for t in doc[end + 1 : claim[0].i] if not t.is_quote]
        if o.i not in v.exclude and gap in (["and"], ["or"]):
            return list(doc[o.left_edge.i : claim[-1].i + 1])
    return claim


def _relative_pronoun(verb: Token, clause: Token) -> list[Token]:
    """ "the mine, which he said is losing money": the relative pronoun before the speaker is
    the subject or object of what was said, so it opens the claim (the annotators' spans
    keep it; a relative "that" stands before the speaker, unlike the complementizer)."""
    if verb.dep_ != "relcl":
        return []
    start = min([c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS] + [verb.i])
    for t in clause.subtree:
        if t.i < start and t.lower_ in ("which", "who", "whom", "that"):
            return [t]
    return []


def _conjoined_clause(verb: Token, claim: list[Token]) -> list[Token]:
    """ "said the plant will close, and 200 jobs will go": the parse hangs the second clause on
    the cue, but it goes on with what was said (its own subject, not a reporting verb, right
    after the claim and ", and"). Not a clause with a that-clause of its own ('..., and data
    from the program show that ...'): another source's attribution."""
    if not claim:
        return []
    doc = verb.doc
    end = claim[-1].i
    for c in verb.children:
        if c.dep_ != "conj" or c.i <= end or c.lemma_.lower() in lexicons.reporting_verbs():
            continue
        if any(k.dep_ == "ccomp" and k.left_edge.lower_ == "that" for k in c.children):
            continue
        if not any(k.dep_ in SUBJECT_DEPS for k in c.children):
            continue
        between = doc[end + 1 : c.left_edge.i]
        if [t.lower_ for t in between if not t.is_punct and not t.is_quote] != ["and"]:
            continue
        return [t for t in doc[end + 1 : c.right_edge.i + 1]]
    return []


def _before_colon(clause: Token, verb: Token) -> bool:
    """ "The deal came together quickly, under duress: A pending ballot initiative threatened
    to ...": a clause that ends at a colon before the cue is the narrator's lead-in, which the
    cue's own sentence after the colon illustrates; it is not what the cue reports."""
    end = clause.right_edge.i
    return end < verb.i and any(t.text == ":" for t in verb.doc[end : verb.i])


def _holds_speaker(clause: Token, v: VerbFrame) -> bool:
    """ "''...,'' said Jane Roe, half joking": a second clause the parser built around the
    speaker ("Roe half joking") tells how it was said; it is not a second thing said."""
    spk = v.spk
    return spk is not None and (spk == clause or clause.is_ancestor(spk))


def _absolute_phrase(verb: Token) -> bool:
    """ "..., his voice rising as he turned to the crowd": a participle after a comma whose
    subject the speaker possesses describes the speaker; it is not a second thing said."""
    doc = verb.doc
    start = verb.left_edge.i
    while start < verb.i and doc[start].is_punct:
        start += 1
    return (
        verb.tag_ in ("VBG", "VBN")
        and start > 0
        and doc[start - 1].text == ","
        and any(_body_part_subject(c) for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def _body_part_subject(tok: Token) -> bool:
    """ "his voice", "her hands": a subject the speaker possesses (not "some of it")."""
    return tok.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in tok.children
    )


def claim_then_cue(v: VerbFrame) -> Verdict:
    """ "The plan will work, he said.": the cue is a parenthetical on the claim's verb."""
    verb = v.verb
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ != "parataxis" and not _trailing_cue_clause(verb):
        return None
    if verb.dep_ == "advcl" and any(c.tag_ == "WRB" for c in verb.children):
        return None  # "Bush attacked Trump, when he called him 'unhinged'": a time clause
    f = v.found("claim_then_cue", clausal=True)
    f.claim_root = verb.head
    f.claim_tokens = _claim_from(verb.head, v.exclude | _subtree_ids(verb))
    if verb.dep_ == "advcl":
        f.claim_tokens += _phrase_before_cue(verb, f.claim_tokens)
    f.lead = _lead_in(verb, f.claim_tokens, v.quotes) or _fronted_clause(v, f.claim_tokens)
    f.claim_tokens += _resumed_claim(v, f.claim_tokens)
    return f


def as_aside(v: VerbFrame) -> Verdict:
    """ "As the Post reported, the fund lost money", "But as Lee noted, ...", "..., as X
    observed", "As reported by X, ...": a reporting cue in an "as" clause with no complement
    of its own credits the clause it opens or closes (not "as the crowd applauded", "as he
    said goodbye": no reporting verb, or one with its object). The aside runs to its comma
    (the parser may hang the claim's opening phrase on the cue)."""
    verb = v.verb
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = verb.left_edge
    if first.lower_ != "as" or first.head != verb or first.dep_ != "mark":
        return None
    if v.ccomp or v.dobj or v.xcomp or v.lemma not in lexicons.load("as_aside_cues"):
        return None
    if verb.head.i < verb.i and verb.head.lemma_.lower() in lexicons.reporting_verbs():
        return None  # '"...," Lee said in an interview, as the Post reported': a report of a cue
    # "As reported by X": the agent speaks, not the main clause's subject ("as it is called":
    # no one does)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    spk = _agent(verb) if passive or v.inherited else v.spk
    if spk is None or spk.lower_ in ("i", "we", "it"):
        return None  # "As I mentioned, ...": the writer's own aside
    claim = _aside_claim(verb, first, v.cue)
    if not claim:
        return None
    f = Found(list(v.cue), verb, spk, sieve="as_aside", clausal=True)
    f.claim_root, f.claim_tokens = verb.head, claim
    return f


def _aside_claim(verb: Token, first: Token, cue: list[Token]) -> list[Token]:
    """The clause beside the aside: all of it after a leading aside (but a connective before
    it), all of it before one that ends the sentence; none for an aside inside the clause."""
    doc, head, sent = verb.doc, verb.head, sent_of(verb)
    end = verb.right_edge.i
    stop = head.i if first.i < head.i else sent.end  # "As X noted Thursday, ...": to its comma
    comma = next((t.i for t in doc[verb.i : stop] if t.text in (",", "--", "—")), None)
    if comma is not None and (first.i < head.i or comma <= end + 1):
        end = comma
    aside = set(range(first.i, end + 1)) | {t.i for t in cue}
    claim = _claim_from(head, aside)
    connectives = lexicons.load("discourse_connectives")
    if first.i < head.i:
        before = [t for t in doc[sent.start : first.i] if not t.is_punct]
        if any(t.lower_ not in connectives and t.dep_ != "cc" for t in before):
            return []  # "Spicer -- as the campaign noted -- promoted ...": the parse splits it
        claim = [t for t in claim if t.i > end]
        rest = range(end + 1, verb.right_edge.i + 1)  # the claim's opening phrase, on the cue
        if claim and rest and claim[0].i <= rest[-1] + 2:
            claim = sorted({*claim, *(doc[i] for i in rest)}, key=lambda t: t.i)
        return _trim(claim)
    if doc[first.i - 1].text != "," or any(not t.is_punct for t in doc[end + 1 : sent.end]):
        return []
    return _trim([t for t in claim if t.i < first.i])


def _phrase_before_cue(verb: Token, claim: list[Token]) -> list[Token]:
    """ "Netflix bought the film, in a deal worth $20 million, sources confirmed to Variety":
    the parser hangs the claim's last phrase on the closing cue; a phrase of the cue's between
    the claim and the cue's subject ends the claim (not "in a statement", "on Monday": when
    and how the words were said)."""
    if not claim or claim[-1].i > verb.i:
        return []  # the cheap test first: most claims follow their cue
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or claim[-1].i > subj[0].i:
        return []
    start, end = claim[-1].i + 1, subj[0].left_edge.i
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and start <= c.left_edge.i and c.right_edge.i < end
    ]
    ids: set[int] = set().union(*(_subtree_ids(p) for p in preps))
    if not preps or any(not doc[i].is_punct and i not in ids for i in range(start, end)):
        return []
    setting = lexicons.load("document_nouns") | lexicons.load("remark_nouns")
    for p in preps:
        if _time_phrase(p) or any(g.lemma_.lower() in setting for g in p.children):
            return []
    words = _trim(list(doc[start:end]))
    return list(doc[start : words[-1].i + 1]) if words else []


def _trailing_cue_clause(verb: Token) -> bool:
    """ "Orrin expects revenue of $12 billion, finance chief Ana Ruiz told Reuters in an
    interview.": the parser made the closing attribution a complement of the claim's verb; a
    clause after a comma, with its own subject and no complement of its own, that ends the
    sentence, is that attribution."""
    doc, head = verb.doc, verb.head
    first = verb.left_edge
    if head.dep_ != "ROOT" or verb.i < head.i or first.i < 1:
        return False
    if first.text != "," and doc[first.i - 1].text != ",":
        return False  # the parser may give the comma to either clause
    kids = list(verb.children)
    if verb.tag_ not in _TENSED_TAGS or verb.lemma_.lower() not in lexicons.reporting_verbs():
        return False  # a plain finite saying: not "could tell", "mentioning", "would decline"
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in kids):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "mark", "aux") for c in kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False  # the claim is a clause of its own, not a fronted phrase ("Standing ...")
    end = sent_of(verb).end
    return all(doc[i].is_punct or doc[i].is_space for i in range(verb.right_edge.i + 1, end))


def _resumed_claim(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": a cue set between
    commas inside the claim's clause; the clause's words after it are the claim's second part
    (not a participle about the speaker, ", adding ...", nor a quotation, joined by its own
    rule)."""
    verb, doc = v.verb, v.verb.doc
    start, end = verb.right_edge.i + 1, verb.head.right_edge.i + 1
    if not claim or claim[-1].i > verb.i or start >= end or doc[verb.right_edge.i].text != ",":
        return []
    if any(not doc[i].is_punct for i in range(claim[-1].i + 1, verb.left_edge.i)):
        return []  # the claim does not run up to the cue
    ids = _subtree_ids(verb.head) - v.exclude
    if any(i not in ids and not doc[i].is_punct for i in range(start, end)):
        return []  # the words after the cue are not all the claim's clause
    more = _trim([doc[i] for i in range(start, end) if i in ids])
    if any(t.is_quote or v.quotes.at(t.idx) is not None for t in claim + more):
        return []  # a quotation's parts are joined by their own rule
    for t in more:
        if t.head == verb.head and (t.tag_ in ("VBG", "VBN") or t.dep_ == "conj"):
            return []  # "..., he said, adding ...", "..., she says, dressed as Clinton"
        if t.head == verb.head and any(c.lower_ in SPEAKER_PRONOUNS for c in t.children):
            return []  # "..., he said, as he left the hall": the speaker's circumstances
    return more if sum(t.is_alpha for t in more) >= 2 else []


SPEAKER_PRONOUNS = ("he", "she", "they")


def _fronted_clause(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "If the bill fails, she said, prices will rise": the parser hangs a fronted "if"/"when"
    clause on the cue set off by commas, but it opens what was said ("When asked about it,
    she said, ...", with no subject of its own, is about the speaker)."""
    verb, doc = v.verb, v.verb.doc
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not claim or not subj or claim[0].i <= verb.i:
        return []
    between = [t for t in doc[v.cue[-1].i + 1 : claim[0].i] if not t.is_quote]
    if [t.text for t in between] != [","]:
        return []  # not a parenthetical cue: "When asked, she said the plan ..."
    for c in verb.children:
        opener = doc[c.left_edge.i]
        if (
            c.dep_ == "advcl"
            and c.right_edge.i < subj[0].left_edge.i
            and doc[c.right_edge.i + 1].text == ","
            and (opener.dep_ == "mark" or opener.tag_ == "WRB")
            and opener.head == c
            and c.left_edge.i - sent_of(verb).start <= 1  # opens the sentence ("So when ...")
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)  # not "when pressed, ..."
            and c.lemma_.lower() not in lexicons.reporting_verbs()  # "After X accused him, ..."
        ):
            return _trim(list(doc[c.left_edge.i : c.right_edge.i + 1]))
    return []


def _lead_in(verb: Token, claim: list[Token], quotes: QuoteIndex) -> list[Token]:
    """ "Too often, Mr. Clarke said, the mines close", "Unless countries act, experts say,
    ...": a cue set mid-sentence between commas splits the claim; the words before it are
    the claim's first part. (A split quotation is joined by its own rule.)"""
    doc, left = verb.doc, verb.left_edge.i
    while left < verb.i and doc[left].is_punct:
        left += 1
    if not claim or claim[0].i <= verb.i or left <= sent_of(verb).start:
        return []
    if doc[left - 1].text not in (",", "—", "–"):
        return []
    ids = _subtree_ids(verb.head) - _subtree_ids(verb)
    run: list[Token] = []
    start = left - 1
    while start > sent_of(verb).start and doc[start].is_punct:
        start -= 1
    for i in range(start, sent_of(verb).start - 1, -1):
        if i not in ids:
            break
        run.insert(0, doc[i])
    run = _trim(run)
    if not any(t.is_alpha for t in run) or any(quotes.at(t.idx) is not None for t in run):
        return []
    # "Asked what he wanted, Adelson said, ...", "Speaking to reporters, ...": a participial
    # clause about the speaker's situation, not the first part of what was said
    if all(t.lower_ in lexicons.load("discourse_connectives") for t in run if t.is_alpha):
        return []  # "Still, Mr. Devine acknowledged, ...": the narrator's connective
    tops = [t for t in run if t.head not in run]
    if any(t.tag_ in ("VBN", "VBG") or t.lemma_.lower() == "ask" for t in tops + run[:2]):
        return []
    return run


def colon_quote(v: VerbFrame) -> Verdict:
    """ "X said:" and the quotation (or the rest of the sentence) after the colon."""
    nxt = _colon_after(v.verb, v.quotes)
    if nxt is None:
        return None
    f = v.found("colon_quote", clausal=True)
    f.colon = True
    f.cue_tokens = v.cue + [nxt]
    return f


def _colon_after(verb: Token, quotes: QuoteIndex) -> Token | None:
    """The colon of "X said:", or of "X tweeted in response:", "told his audience, to rowdy
    applause:" (a few words of the cue's own clause between) when a quotation or a paragraph
    of what was said follows it."""
    doc = verb.doc
    if ":" not in doc_text(doc)[verb.idx : verb.idx + 120]:  # no Token objects for most cues
        return None
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 10)]:
        if t.text == ":":
            if t.i == verb.i + 1:
                return t
            q = quotes.after(t.idx)
            near = q is not None and q.start - t.idx <= 6
            return t if near or _paragraph_after(doc_text(doc), t.idx + 1) else None
        if t.pos_ in ("VERB", "AUX") or t.is_quote or not verb.is_ancestor(t):
            return None
    return None


def proform_claim(v: VerbFrame) -> Verdict:
    """ "half said so", "the candidate said no", "73 percent said the same of Trump": a pro-form
    right after the cue stands for what was said (with what it is said of)."""
    doc, start = v.verb.doc, v.cue[-1].i + 1
    if start >= len(doc) or doc[start].lower_ not in _proform_starts():
        return None
    words = tuple(t.lower_ for t in doc[start : start + max(map(len, _proforms()))])
    longest = max((len(p) for p in _proforms() if p == words[: len(p)]), default=0)
    if not longest:
        return None
    end = start + longest
    span = list(doc[start:end])
    if not any(t.head == v.verb for t in span) or any(t.head.i >= end for t in span):
        return None  # "said no one", "said so many things"
    about = [c for t in span + [v.verb] for c in t.children if c.i == end and c.dep_ == "prep"]
    if about and about[0].lower_ in ("of", "for", "about", "to"):  # "said no to the war"
        span += list(doc[end : about[0].right_edge.i + 1])
    f = v.found("proform_claim")
    f.claim_tokens, f.claim_root = span, span[0]
    return f


def phrasal_cue(v: VerbFrame) -> Verdict:
    """ "drew attention to X": the noun belongs to the cue, the claim follows the preposition
    (or is the noun's own clause)."""
    if not v.dobj or (v.lemma, v.dobj[0].lemma_.lower()) not in _phrasal():
        return None
    noun = v.dobj[0]
    if noun.lower_ == "it":
        return _put_it(v)
    p = [c for c in list(noun.children) + v.preps if c.i > noun.i and _phrasal_prep(v, c)]
    f = v.found("phrasal_cue")
    f.cue_tokens = v.cue + [noun] + p[:1]
    objs = [g for g in p[0].children if g.dep_ in ("pobj", "pcomp")] if p else []
    if objs:
        f.claim_root = objs[0]
        f.claim_tokens = _claim_from(objs[0], v.exclude)
        return f
    cl = [c for c in noun.children if c.dep_ in ("acl", "ccomp")] or _said_to(v, noun)
    if not cl:
        return NotStatement("phrasal cue with no claim")
    if cl[0].lemma_.lower() in lexicons.reporting_verbs():
        return NotStatement("the participle carries the statement")  # "issued a statement saying"
    f.claim_root = cl[0]
    that = {cl[0].left_edge.i} if cl[0].left_edge.lower_ == "that" else set()
    f.claim_tokens = _claim_from(cl[0], v.exclude | that)
    return f


def _put_it(v: VerbFrame) -> Verdict:
    """ "as X put it, 'Y'", "'Y,' as X put it": the quotation next to the cue is what was said;
    "put it" without "as" is not a cue ("put it into play", "to put it mildly")."""
    as_ = [c for c in v.verb.children if c.lower_ == "as" and c.i < v.verb.i]
    if not as_ or not v.dobj:
        return NotStatement("'put it' without 'as'")
    quote = _adjacent_quote(v.verb, v.spk, v.quotes, last=v.dobj[0])
    if quote is None:  # '"Y," as X put it': the quotation ends right before "as"
        before = v.quotes.before(as_[0].idx)
        gap = doc_text(v.verb.doc)[before.end : as_[0].idx] if before else "-"
        quote = before if before and re.fullmatch(r"[\s,”\"’']*", gap) else None
    f = _quote_claim(v, quote)
    if f is None:
        return NotStatement("'as X put it' with no quotation")
    f.cue_tokens = v.cue + v.dobj[:1]
    return f


def _said_to(v: VerbFrame, noun: Token) -> list[Token]:
    """ "made the case to 23 leaders that he did not sell them out": the clause the parser
    hangs on the addressee."""
    for p in list(noun.children) + v.preps:
        for g in p.children:
            if p.dep_ == "prep" and p.i > noun.i and g.dep_ in OBJ_DEPS and _addressee(v, p, g):
                said = _clause_after_addressee(g)
                if said is not None:
                    return [said]
    return []


def _phrasal_prep(v: VerbFrame, prep: Token) -> bool:
    """The preposition of what was said after a phrasal cue ("made its case for X"), not who
    joined in ("made its case, including Y"), whom it was made to ("made their case to
    voters") or when ("made their case on Wednesday")."""
    if prep.dep_ != "prep" or prep.lower_ == "including":
        return False
    objs = [g for g in prep.children if g.dep_ in OBJ_DEPS]
    return not any(_addressee(v, prep, g) or g.ent_type_ in ("DATE", "TIME") for g in objs)


def topic_cue(v: VerbFrame) -> Verdict:
    """ "..., he said, referring to Barack Obama", "talked about raising the wage": what was
    spoken of is the claim, a name included; "is often referred to as" names, it reports
    nothing, and a verb with no speaker ("the term refers to") is not a statement."""
    topic = _topic_object(v.verb)
    if topic is None:
        return None
    if not _speaker_like(v.spk) or any(c.dep_ == "auxpass" for c in v.verb.children):
        return NotStatement("a topic with no speaker")
    if v.verb.dep_ == "pcomp" and v.verb.head.lower_ == "without":
        return NotStatement("a topic not spoken of")  # "he said, without referring to X"
    prep, obj = topic
    f = v.found("topic_cue", obj)
    if prep is not None:
        f.cue_tokens = v.cue + [prep]
    # "referred to X as Y", "the ad talking about X": what the verb says of the object is part
    # of the claim; when and where it was said is not ("at a rally", "in the debate"), nor a
    # name's appositive after a comma ("Condoleezza Rice, his adviser at the time")
    doc = v.verb.doc
    parts = [obj] + [c for c in v.verb.children if c.i > obj.i and _topic_tail(c)]
    ids: set[int] = set().union(*(_subtree_ids(p) for p in parts)) - v.exclude
    for c in obj.children:  # "referring to Condoleezza Rice, his adviser": the name alone
        if c.dep_ in ("appos", "relcl") and c.i > obj.i and doc[c.left_edge.i - 1].text == ",":
            ids -= _subtree_ids(c) | {c.left_edge.i - 1}
    if not ids:
        return NotStatement("the topic is the speaker")  # a misparse
    f.claim_tokens = _second_conjunct(v, _trim([doc[i] for i in range(min(ids), max(ids) + 1)]))
    return f


def attack_cue(v: VerbFrame) -> Verdict:
    """ "lashed out at the plan to X", "took aim at a provision that X": an attack phrase with a
    claim-like target; a person or group as the target is name-calling, not a statement."""
    attack = _attack_target(v.verb)
    if attack is None:
        return None
    words, target = attack
    if v.spk is None or _person_target(target):
        return NotStatement("an attack on a person, or with no speaker")
    f = v.found("attack_cue", target)
    f.cue_tokens = list(v.verb.doc[v.cue[0].i : words[-1].i + 1])
    # "fired back at Trump's comments, including Rep. Lacy Clay": who joined in is not the target
    joined = [c for c in target.children if c.dep_ == "prep" and c.lower_ == "including"]
    if joined:
        f.claim_tokens = _trim([t for t in f.claim_tokens if t.i < joined[0].i])
    return f


# What a remark is about, when the parser hangs it on the verb ("his thoughts on X").
REMARK_PREPS = frozenset({"of", "on", "about"})


def remark_object(v: VerbFrame) -> Verdict:
    """ "delivered a blistering critique of X", "offered his thoughts on X": the remark given is
    what was said, the object with its complement; a subject that cannot speak ("the deal
    offers an answer to X") makes no statement."""
    noun = _remark_noun(v.verb)
    if noun is None:
        return None
    if not _speaker_like(v.spk):
        return NotStatement("a remark with no speaker")
    f = v.found("remark_object", noun)
    # "offered his thoughts on X": the parser hangs what the remark is about on the verb
    about = [
        c
        for c in v.preps
        if c.lower_ in REMARK_PREPS and c.i == noun.right_edge.i + 1 and not _time_phrase(c)
    ]
    if about:
        f.claim_tokens = f.claim_tokens + _claim_from(about[0], v.exclude)
    return f


def _time_phrase(prep: Token) -> bool:
    """ "on Tuesday": when it was said, not what about."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _person_target(target: Token) -> bool:
    """A target that is someone, not something said or done: a name, a pronoun, a noun of
    people ("the businessman"), "one another", or a list with a person's name in it."""
    people = _person_nouns()
    return (
        target.lower_ == "one"
        or _speaker_like(target)
        or any(t.ent_type_ == "PERSON" or t.lemma_.lower() in people for t in target.conjuncts)
    )


@cache
def _person_nouns() -> frozenset[str]:
    """The nouns of person_descriptions.txt, without the gender some entries give."""
    return frozenset(line.split()[0] for line in lexicons.load("person_descriptions"))


def _topic_tail(c: Token) -> bool:
    """A dependent of a topic cue that goes on saying what the object is: "as Y", a predicate,
    or a participle with no comma before it ("the ad talking about X", parsed as the verb's)."""
    if c.dep_ == "prep":
        return c.lower_ in ("as", "of")  # "of" completes the object ("his account ... of X")
    if c.dep_ == "advcl":
        return c.tag_ == "VBG" and c.doc[c.left_edge.i - 1].text != ","
    return c.dep_ in ("oprd", "npadvmod")


def _speaker_like(tok: Token | None) -> bool:
    """A subject that can speak: a person pronoun, a name, or a noun of people, groups,
    organisations or documents ("the spokesman", "the report"), not "the term" or "it"."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "which", "what")
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in _person_nouns() or any(
        lemma in lexicons.load(name)
        for name in ("group_nouns", "org_descriptions", "document_nouns")
    )


def made_clear(v: VerbFrame) -> Verdict:
    """ "made (it) clear that X", "made plain his aim to X": the adjective (and "it") belong to
    the cue; the clause after it, or the object, is the claim."""
    if v.lemma not in _phrasal_verbs():
        return None  # the cheap test first: most cue verbs start no phrasal cue
    adj = [
        c
        for c in v.verb.children
        if c.pos_ == "ADJ" and c.i > v.verb.i and (v.lemma, c.lemma_.lower()) in _phrasal()
    ]
    if not adj:
        return None
    inner = [c for c in adj[0].children if c.dep_ in ("advcl", "ccomp") and c.i > adj[0].i]
    after = [c for c in v.verb.children if c.dep_ in ("ccomp", "dobj") and c.i > adj[0].i]
    clause = (inner + after)[:1]
    if not clause:
        return NotStatement("made clear, nothing said")
    f = v.found("made_clear", clause[0], clausal=True)
    f.cue_tokens = list(v.verb.doc[v.cue[0].i : adj[0].i + 1])
    f.claim_tokens = _claim_from(clause[0], v.exclude | {t.i for t in f.cue_tokens})
    return f


def _asked_participle(verb: Token) -> bool:
    """ "Asked (by a reporter) whether ...," before the clause of the one who answers."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i  # before the answer ("X said, when asked ..." is the answer's)
        and verb.lemma_.lower() in REQUEST_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def asked_participle(v: VerbFrame) -> Verdict:
    """ "Asked if he was ever bullied, the candidate said no", "When asked by a host whether
    ..., she said ...": the question is a statement of whoever asked it (the agent, or no one
    named), not of the one who answers; it keeps its "if" or "whether"."""
    if not _asked_participle(v.verb):
        return None
    question = [
        c
        for c in v.verb.children
        if c.i > v.verb.i
        and (
            c.dep_ in ("ccomp", "xcomp")
            or c.dep_ == "advcl"
            and any(m.lower_ in ("if", "whether") for m in c.children)
        )
    ]
    if not question:
        return None
    f = v.found("asked_participle", question[0], clausal=True)
    f.speaker_head = _agent(v.verb)
    f.inherited_subject, f.speaker_tokens = False, None
    return f


@cache
def _passive_complements() -> dict[str, frozenset[str]]:
    return lexicons.by_first_word(lexicons.load("passive_complements"))


_HYPOTHETICAL = frozenset({"could", "might", "may", "would", "should", "can"})


def _passive_phrase(verb: Token) -> tuple[Token, Token] | None:
    """The "as" or "with" phrase of a passive characterization or charge ("was described as
    X", "being portrayed as X", "were rated as mostly true", "was charged with X", "a tragedy
    often labeled as X by Democrats"): the phrase's head, or its first word when the parser
    made the predicate the verb's own complement; a naming verb's bare complement ("has been
    called a charlatan"). The claim's first word and the phrase's head. Not a hypothetical
    ("could be charged")."""
    preps = _passive_complements().get(verb.lemma_.lower())
    if preps is None or verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in kids):
        return None
    if not any(c.dep_ == "auxpass" for c in kids):
        # a participle after its noun only with the "by" phrase of who said it
        if not _set_off_participle(verb) or not any(t.lower_ == "by" for t in verb.subtree):
            return None
    doc = verb.doc
    for c in kids:
        if c.i <= verb.i:
            continue
        if not preps and c.dep_ in ("oprd", "attr") and c.left_edge.i == verb.i + 1:
            return c.left_edge, c  # "was dubbed the debate winner"
        if c.dep_ == "prep" and c.lower_ in preps and c.n_rights:
            return doc[c.i + 1], c
        if c.dep_ in ("oprd", "acomp", "advcl") and c.left_edge.lower_ in preps:
            if not any(g.dep_ in SUBJECT_DEPS for g in c.children):  # not "as she spoke"
                return doc[c.left_edge.i + 1], c  # "were rated as mostly true"
    return None


def _set_off_participle(verb: Token) -> bool:
    """A participle modifying the noun before it: the parser's "acl", or (misparsed as a
    clause of the sentence) one with no subject or auxiliary right after a dash or comma ("the
    tragedy — often labeled as X by Y —")."""
    if verb.dep_ == "acl":
        return True
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    k = verb.i - 1
    while k > 0 and (verb.doc[k].is_space or verb.doc[k].dep_ == "advmod"):
        k -= 1
    return verb.doc[k].text in (",", "—", "–", "--", "-")


def _subject_core(subj: Token) -> list[Token]:
    """The subject's noun phrase, an apposition included ("Symbolic gestures - another lighting
    of the Eiffel Tower -"), without its relative clause ("Officer Betty Shelby, who shot ...":
    "Officer Betty Shelby")."""
    end = subj.i
    for c in subj.rights:
        if c.dep_ in ("relcl", "acl") or c.left_edge.i != end + 1:
            break
        end = c.right_edge.i
    core = list(subj.doc[subj.left_edge.i : end + 1])
    while core and core[-1].text in (",", "—", "-", "--"):
        core.pop()
    return core


def passive_complement(v: VerbFrame) -> Verdict:
    """ "he was described as becoming newly serious", "was charged with manslaughter": what
    the subject is said to be or to have done, with the subject as the claim's first part; the
    speaker is the "by" phrase or no one named (the subject is what is spoken of)."""
    phrase = _passive_phrase(v.verb) if v.lemma in _passive_complements() else None
    if phrase is None:
        return None
    doc = v.verb.doc
    start, end = phrase[0].i, phrase[1].right_edge.i
    subj = [c for c in v.verb.children if c.dep_ == "nsubjpass" and c.i < v.verb.i]
    if subj and doc[start - 1].lower_ == "as":
        start -= 1  # "he was described | as serious": "as" joins the two parts (not "with")
    speaker = _agent(v.verb)
    last = doc[end] if end < len(doc) else None
    by = [t for t in doc[start : end + 1] if t.lower_ == "by" and t.dep_ == "prep"]
    if speaker is None and by and last is not None and by[-1].right_edge.i == end:
        objs = [g for g in by[-1].children if g.dep_ == "pobj"]  # "labeled as X by Democrats"
        if objs:
            speaker, end = objs[0], by[-1].i - 1
    for c in v.verb.rights if phrase[1].lower_ == "with" else ():
        if c.dep_ == "prep" and c.lower_ == "for" and c.i == end + 1:
            end = c.right_edge.i  # "charged with battery for grabbing a reporter": the ground
    claim = _trim(list(doc[start : end + 1]))
    if not claim:
        return None
    f = v.found("passive_complement")
    f.claim_tokens, f.claim_root = claim, phrase[1]
    f.speaker_head, f.inherited_subject, f.speaker_tokens = speaker, False, None
    if subj:
        f.lead = _subject_core(subj[0])
    return f


def _question_asked(verb: Token) -> Token | None:
    """The question of a passive "asked": an "if", "whether" or wh- clause after the verb ("was
    asked during a luncheon if Clinton would hold a press conference"), or a "why" or "how"
    clause the parser hung on the asker ("was asked by a caller why young men are coming")."""
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in ("advcl", "ccomp"):
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
            return c
        if c.left_edge.tag_ in ("WRB", "WP") and c.left_edge.i > verb.i:
            return c
    agent = _agent(verb)
    if agent is None:
        return None
    for c in agent.children:
        first = c.left_edge
        if c.dep_ in ("relcl", "acl") and first.tag_ == "WRB" and first.i == agent.i + 1:
            return c
    return None


def asked_passive(v: VerbFrame) -> Verdict:
    """ "X was asked if/why ...", 'X was asked by host Y, who ..., "...?"': the question is a
    statement of whoever asked it (the agent, or no one named), not of the one asked."""
    if v.lemma not in lexicons.load("question_verbs"):
        return None
    if not any(c.dep_ == "auxpass" for c in v.verb.children):
        return None
    agent = _agent(v.verb)
    clause = _question_asked(v.verb)
    if clause is not None:
        f = v.found("asked_passive", clause, clausal=True)
        f.claim_tokens = _claim_from(clause, v.exclude - _subtree_ids(clause))  # in the asker's
    elif agent is not None:
        found = _quote_claim(v, _question_quote(agent, v.quotes))
        if found is None:
            return None
        f, f.sieve = found, "asked_passive"
    else:
        question = _question_before(v.verb, v.quotes)
        if not question:
            return None
        f = v.found("asked_passive", clausal=True)
        f.claim_tokens, f.claim_root = question, v.verb.doc[question[0].i : question[-1].i + 1].root
    f.speaker_head, f.inherited_subject, f.speaker_tokens = agent, False, None
    if agent is not None:  # "by a caller why ...": the asker's words, not the question's
        f.speaker_tokens = list(agent.doc[agent.left_edge.i : agent.i + 1])
    return f


def _question_before(verb: Token, quotes: QuoteIndex) -> list[Token]:
    """ "Why does Mr. Trump remain so popular? Mr. Sanders was asked.": a question with no
    quotation marks, the whole sentence before a sentence that is only "X was asked"."""
    sent, doc = sent_of(verb), verb.doc
    last = sent.end - 1
    while last > verb.i and doc[last].is_space:
        last -= 1
    if sent.start == 0 or last - verb.i != 1 or doc[last].text != ".":
        return []
    before = sent_of(doc[sent.start - 1])
    words = _trim(list(before))
    if not words or words[-1].text != "?" or quotes.overlapping(before.start_char, sent.end_char):
        return []
    gap = doc_text(doc)[words[-1].idx : sent.start_char]
    return words if "\n" not in gap else []  # the same paragraph


def _question_quote(agent: Token, quotes: QuoteIndex) -> Quote | None:
    """'was asked by host Bill Maher, who ..., "..., has it not?"': the question in quotation
    marks after a comma later in the asker's sentence, however long the asker's description."""
    text = doc_text(agent.doc)
    q = quotes.after(agent.idx)
    if q is None or q.start > sent_of(agent).end_char or not text[: q.end].endswith("?"):
        return None
    return q if re.search(r",[^\S\n]*[“\"]$", text[max(0, q.start - 3) : q.start]) else None


def asked_addressee(v: VerbFrame) -> Verdict:
    """ "asked Clinton if she would run", "asked Trump about his remarks": the question put to
    the addressee (the object) is the claim; an attempt ("tried to ask him about X") is not
    asked."""
    if v.lemma not in lexicons.load("question_verbs") or not v.dobj or v.verb.dep_ == "xcomp":
        return None
    for c in v.verb.children:
        if c.i < v.dobj[0].i:
            continue
        if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children
        ):
            return v.found("asked_addressee", c, clausal=True)
        objs = [g for g in c.children if g.dep_ in OBJ_DEPS]
        if c.dep_ == "prep" and c.lower_ == "about" and objs:
            return v.found("asked_addressee", objs[0])
    return None


def addressee_cue(v: VerbFrame) -> Verdict:
    """ "told reporters to ...": the object is the addressee; only an infinitive is a claim
    ("asked for an inquiry", "asked about X", with no addressee, are prepositional claims)."""
    if v.lemma not in _addressee_verbs():
        return None
    if v.dobj and v.reason and v.lemma in lexicons.load("comparison_verbs"):
        return None  # "thanked the crew for their work": the object with its "for" (below)
    if v.xcomp:
        f = v.found("addressee_cue", v.xcomp[0])
        if v.lemma in REQUEST_VERBS:
            f.claim_tokens = _with_object(v, f.claim_tokens)
        return f
    if not v.dobj and any(p.lower_ in ("for", "about") for p in v.preps) and not v.needs_clause:
        return None
    # '"But why?" the reporter asked him.', 'telling the crowd, "..."': the quotation next to
    # the cue, or to its addressee, is what was said
    addressee = v.dobj[0].right_edge if v.dobj else v.verb
    quote = _adjacent_quote(v.verb, v.spk, v.quotes, addressee)
    return _quote_claim(v, quote) or NotStatement("an addressee, no content")


def called_on(v: VerbFrame) -> Verdict:
    """ "called on X to Y", "urged on": the preposition belongs to the cue."""
    if not v.on_obj or v.needs_clause:
        return None
    f = v.found("called_on")
    f.cue_tokens = v.cue + [v.on_obj[0]]
    ids = set().union(*(_subtree_ids(t) for t in v.on_obj + v.xcomp)) - {v.on_obj[0].i}
    f.claim_root = v.xcomp[0]
    f.claim_tokens = _trim([v.verb.doc[i] for i in range(min(ids), max(ids) + 1)])
    return f


def plea(v: VerbFrame) -> Verdict:
    """ "pleaded not guilty to all charges": a plea is a statement about the charge; its
    adjective and what follows are the claim (a negated plea denies it)."""
    pleas = [c for c in v.verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in PLEAS]
    if v.lemma != "plead" or not pleas:
        return None
    return v.found("plea", pleas[0])


def no_response(v: VerbFrame) -> Verdict:
    """ "did not (immediately) respond to a request for comment", "did not return a call seeking
    comment": a non-answer to a request is a statement without commitment, like "declined to
    comment" (GUIDELINES.md)."""
    if v.lemma in RETURN_VERBS:
        request = _unreturned_request(v.verb)
        if request is None:
            return None
        f = v.found("no_response", request)
        # "a call seeking comment (on) Tuesday": the time is the call's, not the request's
        while len(f.claim_tokens) > 1 and f.claim_tokens[-1].ent_type_ == "DATE":
            f.claim_tokens.pop()
            if f.claim_tokens[-1].pos_ == "ADP":
                f.claim_tokens.pop()
        return f
    if v.lemma not in ANSWER_VERBS or not any(t.dep_ == "neg" or t.lemma_ == "fail" for t in v.cue):
        return None
    for p in v.preps:
        objs = [g for g in p.children if g.dep_ == "pobj"]
        if p.lower_ == "to" and objs and objs[0].lemma_.lower() in lexicons.load("request_nouns"):
            f = v.found("no_response", objs[0])
            f.cue_tokens = v.cue + [p]
            f.claim_tokens += _asker(v, f.claim_tokens[-1])
            return f
    return None


def _asker(v: VerbFrame, last: Token) -> list[Token]:
    """ "enquiries from our reporter": who asked, when the parser hung it on the verb."""
    after = [p for p in v.verb.rights if p.lower_ == "from" and p.i == last.i + 1]
    return list(after[0].subtree) if after else []


def refusal_without_infinitive(v: VerbFrame) -> Verdict:
    """ "sales declined": a refusal cue reports speech only with an infinitive."""
    if v.lemma in XCOMP_ONLY and not v.xcomp:
        return NotStatement("no infinitive")
    return None


def object_claim(v: VerbFrame) -> Verdict:
    """ "X denied the report", "described Y as Z", "blamed X for Y": the object (with its
    predicate) is the claim; an object that only names people is an endorsement. A pronoun
    object is part of the claim only with its predicate ("called it a hoax", "described himself
    as X")."""
    if not v.dobj or v.needs_clause:
        return None
    if v.dobj[0].pos_ == "PRON" and not v.reason and not _object_predicate(v):
        if v.dobj[0].tag_ in ("WDT", "WP") or not _as_phrase(v.verb, v.dobj[0]):
            return None  # "described himself as X" is a claim, "which he described as" below
    obj = v.dobj[0]
    f = v.found("object_claim")
    f.claim_root = obj
    if not (v.xcomp or v.as_prep or v.reason):
        cut = _claim_from(obj, v.exclude)
        if _bare_party(cut):
            return NotStatement("an endorsement, no proposition")  # "praised the firefighters"
        f.claim_tokens = cut + (_object_modifier(v, cut) or _object_infinitive(v, cut))
        f.claim_tokens = _as_predicate(v, f.claim_tokens)
    else:
        # the object with its predicate: every word from the first to the last of their subtrees
        parts = [obj] + v.xcomp + v.as_prep + v.reason
        head_ids: set[int] = set().union(*(_subtree_ids(p) for p in parts))
        doc = v.verb.doc
        out = v.exclude | _verb_time(v.verb)
        f.claim_tokens = _trim(
            [doc[i] for i in range(min(head_ids), max(head_ids) + 1) if i not in out]
        )
    f.claim_tokens = _infinitive_series(v, _second_conjunct(v, f.claim_tokens))
    return f


# Prepositions whose phrase after the object says when, despite what or through whom the
# saying happened ("denied the charges through his lawyer", "backed the bill before the vote").
_SETTING_PREPS = frozenset({"before", "after", "during", "despite", "through", "until", "amid"})


def _object_modifier(v: VerbFrame, cut: list[Token]) -> list[Token]:
    """ "announced the deal with state lawmakers", "blamed the crash on the weather": the phrase
    the parser hangs on the verb right after the object still says what was said; the setting
    of the saying ("in an interview", "through a spokesman", "to me") does not."""
    if not cut:
        return []
    doc, end = v.verb.doc, cut[-1].i
    events = lexicons.load("event_nouns")
    for c in v.verb.children:
        if c.dep_ != "prep" or c.left_edge.i != end + 1 or c.i in v.exclude:
            continue
        if c.i in _verb_time(v.verb):
            return []
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in _SETTING_PREPS or any(
            g.pos_ == "PRON" or g.lemma_.lower() in events for g in objs
        ):
            return []
        toks = [doc[i] for i in sorted(_subtree_ids(c) - v.exclude)]
        return _trim(toks) if toks and toks[-1].i - toks[0].i + 1 == len(toks) else []
    return []


_GERUND_DEPS = frozenset({"pcomp", "pobj", "dobj", "amod"})


def _second_conjunct(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "questioned the mayor's record and his fitness to lead", "talked about jobs and how he
    would bring them back", "accused her of hiding the losses and misleading investors": the
    parser lifts the object's second conjunct onto the cue, as if "and" began a second clause;
    a noun, a wh-clause or a gerund like the first, with no subject, is still what was said."""
    if not claim:
        return claim
    doc, end = v.verb.doc, claim[-1].i
    hosts = {v.verb, v.verb.head, *v.cue}
    for c in (c for h in hosts for c in h.children if c.dep_ in ("conj", "ccomp") and c.i > end):
        gap = [t for t in doc[end + 1 : c.left_edge.i] if not t.is_quote]
        if len(gap) != 1 or gap[0].lower_ not in ("and", "or"):
            continue
        first = next((t for t in doc[c.left_edge.i : c.i + 1] if not t.is_quote), c)
        if (
            c.tag_.startswith("NN")  # "and someone who ...": an indefinite pronoun too
            and not _verb_as_noun(c)
            or c.pos_ in ("VERB", "AUX")
            and first.tag_ in ("WRB", "WP")
            or c.tag_ == "VBG"
            and not any(k.dep_ in SUBJECT_DEPS or k.dep_ == "aux" for k in c.children)
            and any(t.tag_ == "VBG" and t.dep_ in _GERUND_DEPS for t in claim)
        ):
            return _trim(claim + list(doc[end + 1 : c.right_edge.i + 1]))
    return claim


_SERIES_GAP = frozenset({",", "and", "or"})


def _infinitive_series(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "urged the party to drop the rule, replace its leaders and open its primaries",
    "pledged to cut taxes, fix the roads": the parser makes the bare verbs after the first
    infinitive conjuncts of the cue; a bare verb with no subject or auxiliary cannot be a
    tensed cue's own second act, so it goes on with the series said."""
    if not claim or v.verb.tag_ not in _TENSED_TAGS or not any(t.tag_ == "TO" for t in claim):
        return claim
    doc, end = v.verb.doc, claim[-1].i
    for c in v.verb.children:
        if c.dep_ != "conj" or c.i <= end or c.tag_ != "VB":
            continue
        gap = doc[end + 1 : c.left_edge.i]
        if not len(gap) or any(t.text not in _SERIES_GAP for t in gap):
            continue
        if any(k.dep_ in SUBJECT_DEPS or k.dep_ in ("aux", "auxpass", "mark") for k in c.children):
            continue
        # up to a clause of its own conjoined to it ("... and he pledged X")
        clauses = [k.left_edge.i for k in c.children if k.dep_ == "conj" and _finite(k)]
        last = min([c.right_edge.i + 1, *clauses])
        return _trim(claim + list(doc[end + 1 : last]))
    return claim


def _verb_as_noun(noun: Token) -> bool:
    """ "gushes about X and jokes about Y": a bare word the parser took for a noun (no article
    or modifier) that is a reporting verb is a second cue, not a second object."""
    return noun.lemma_.lower() in lexicons.reporting_verbs() and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children
    )


def _object_infinitive(v: VerbFrame, cut: list[Token]) -> list[Token]:
    """ "defended her call to raise the fees", "questioned his fitness to lead": the parser
    hangs the object's own infinitive on the cue, as if it said why the speaker spoke; right
    after the object, with no subject of its own, it still says what was said. A reporting
    verb there ("called a meeting to discuss X") is a statement of its own."""
    if not cut:
        return []
    end = cut[-1].i
    for c in v.verb.children:
        if c.dep_ != "advcl" or c.left_edge.i != end + 1 or c.left_edge.tag_ != "TO":
            continue
        if (
            _own_cue(c)
            or c.text[:1].isupper()  # "allegiance to ISIS": a name taken for a verb
            or any(k.dep_ in SUBJECT_DEPS or k.dep_ == "mark" for k in c.children)
        ):
            return []
        return _trim(list(v.verb.doc[end + 1 : c.right_edge.i + 1]))
    return []


def _own_cue(verb: Token) -> bool:
    """A reporting verb that makes a statement of its own: not a clause-only cue with no
    clause ("the launch of a hotline to explain the rules", "the efforts of Kerry to find a
    solution"): that infinitive is the object's."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicons.reporting_verbs():
        return False
    return lemma not in _needs_clause() or any(c.dep_ == "ccomp" for c in verb.children)


def _as_predicate(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "described the harbor as choked by silt", "points to the drought, as one more reason
    X": what the speaker makes of the object, an "as" phrase or a bare participle after "as",
    is hung by the parser on the verb; right after the object it is still what was said. An
    "as" clause with a subject of its own ("as she spoke") says when, and "as well" is no
    predicate. In the passive ("is described on Amazon as X") it says what the subject is."""
    if not claim or any(c.dep_ == "auxpass" for c in v.verb.children):
        return claim
    doc, end = v.verb.doc, claim[-1].i
    for c in v.verb.children:
        first = c.left_edge
        gap = doc[end + 1 : first.i]
        if c.i <= end or first.lower_ != "as" or len(gap) > 1 or gap and gap[0].text != ",":
            continue
        if c.dep_ == "prep" and c.i == first.i:
            ok = doc[c.i + 1].lower_ != "well" and any(g.dep_ in OBJ_DEPS for g in c.children)
        else:
            ok = _as_participle(c)
        if ok:
            return _trim(claim + list(doc[end + 1 : c.right_edge.i + 1]))
    return claim


def _as_participle(c: Token) -> bool:
    """ "as choked by silt", "as singularly suited to win": a bare participle after "as" (its
    mark, or an adverb to the parser) says what the object is; with a subject of its own ("as
    she spoke") it says when, and alone ("as planned") how things went."""
    return (
        c.dep_ == "advcl"
        and c.left_edge.lower_ == "as"
        and c.left_edge.dep_ in ("mark", "advmod")
        and c.tag_ in ("VBN", "VBG")
        and c.n_rights > 0  # not "as planned", "as expected"
        and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" for g in c.children)
    )


_POINT_PREPS = frozenset({"on", "in", "at", "during"})


def _timed_infinitive(verb: Token, c: Token) -> bool:
    """ "vowed on Tuesday to launch an offensive", "pledged on Monday to cut taxes": with the
    cue's own time phrase between them the parser takes the infinitive for a purpose clause;
    right after that phrase, with no subject of its own, it is what was vowed."""
    if c.dep_ != "advcl" or c.tag_ != "VB" or c.left_edge.tag_ != "TO" or c.left_edge.i <= verb.i:
        return False
    if any(k.dep_ in SUBJECT_DEPS or k.dep_ == "mark" for k in c.children):
        return False
    if any(k.dep_ == "dobj" for k in verb.children):
        return False  # ", a statement that ...": a summative noun the parser made the object
    between = set(range(verb.i + 1, c.left_edge.i))
    return bool(between) and between <= _verb_time(verb)


def _verb_time(verb: Token) -> set[int]:
    """The cue verb's own time phrase, which stands between its object and the object's
    infinitive ("urged lawmakers on Tuesday to pass the budget"): the saying's, not the
    claim's. A point in time only: "called for elections for October", "attacked her for
    the past decade" are the claim's."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"):
            out |= _subtree_ids(c)
        elif (
            c.dep_ == "prep"
            and c.lower_ in _POINT_PREPS
            and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        ):
            out |= _subtree_ids(c)
    return out


def _object_predicate(v: VerbFrame) -> bool:
    """ "called it a hoax", "called them dishonest": a noun or adjective says what the object
    is (not an infinitive: "urged them to leave")."""
    return any(x.pos_ in ("NOUN", "PROPN", "ADJ") for x in v.xcomp)


def described_as(v: VerbFrame) -> Verdict:
    """ "what he described as X": the object of "as" in a relative clause is the claim."""
    if not v.as_prep or v.verb.dep_ != "relcl":
        return None
    objs = [g for g in v.as_prep[0].children if g.dep_ == "pobj"]
    return v.found("described_as", objs[0]) if objs else None


def gerund_subject(v: VerbFrame) -> Verdict:
    """ "She said having a casino downtown would hurt the shops": the parser makes the
    gerund subject of the clause said the cue's complement and hangs the clause's verb on
    the gerund; a gerund right after a clause-only cue that holds a tensed clause is the
    clause's subject, the whole the claim (not "said nothing", "kept saying ...")."""
    if not v.xcomp or not v.needs_clause:
        return None
    ger = v.xcomp[0]
    if ger.tag_ != "VBG" or ger.left_edge.i != ger.i or ger.i > v.verb.i + 2:
        return None
    if not any(c.dep_ == "ccomp" and c.i > ger.i and _finite(c) for c in ger.children):
        return None
    return v.found("gerund_subject", ger, clausal=True)


def infinitive_claim(v: VerbFrame) -> Verdict:
    """ "vowed to fight", "promised to ...", "declined to comment"."""
    if not v.xcomp or v.needs_clause:
        return None
    f = v.found("infinitive_claim", v.xcomp[0])
    f.claim_tokens = _with_object(v, f.claim_tokens)
    if v.lemma in XCOMP_ONLY:
        # "declined to comment as she left the courthouse": when it was refused, not what
        late = [c for c in v.xcomp[0].children if c.dep_ == "advcl" and _time_clause(c)]
        if late:
            f.claim_tokens = [t for t in f.claim_tokens if t.i < late[0].left_edge.i]
    f.claim_tokens = _infinitive_series(v, f.claim_tokens)
    return f


def _runs_into(v: VerbFrame, obj: Token, first: Token) -> bool:
    """The object runs into the infinitive: right before it, or through its own phrase that the
    parser hung on the cue ("asked anyone with information to call")."""
    if obj.right_edge.i + 1 == first.i:
        return True
    nxt = v.verb.doc[obj.right_edge.i + 1]
    return nxt.dep_ == "prep" and nxt.head == v.verb and first.i in _subtree_ids(nxt)


def _time_clause(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.children)


def _with_object(v: VerbFrame, claim: list[Token]) -> list[Token]:
    """ "called on police to release the video", "asked a judge to block it": the one asked to
    act, right before the infinitive, is part of the request (the annotators' convention)."""
    objs = v.dobj + [g for t in v.cue if t.dep_ == "prt" for g in t.children if g.dep_ == "pobj"]
    for o in objs:
        if claim and _runs_into(v, o, claim[0]) and o.i not in v.exclude:
            return [v.verb.doc[i] for i in range(o.left_edge.i, claim[-1].i + 1)]
    return claim


def for_clause(v: VerbFrame) -> Verdict:
    """ "called for the wage to be raised": the parser makes "for X to Y" a clause of the cue;
    the clause after "for" is the claim."""
    if v.needs_clause:
        return None
    for c in v.verb.children:
        marks = [g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"]
        to = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        if c.dep_ == "advcl" and c.i > v.verb.i and marks and to:
            f = v.found("for_clause", clausal=True)
            f.cue_tokens = v.cue + marks[:1]
            f.claim_root = c
            f.claim_tokens = _claim_from(c, v.exclude | {marks[0].i})
            return f
    return None


def prepositional_claim(v: VerbFrame) -> Verdict:
    """ "called for X", "warned of X", "spoke about X"; a date or a bare party is no claim, nor
    is the addressee after "to" ("denied it to me", "complained to the council about X")."""
    if v.needs_clause:
        return None
    for p in v.preps:
        objs = [g for g in p.children if g.dep_ in ("pobj", "pcomp")]
        if objs and _addressee(v, p, objs[0]):
            said = _clause_after_addressee(objs[0])
            if said is None:
                continue
            f = v.found("prepositional_claim", clausal=True)
            f.cue_tokens = v.cue + [p]
            f.claim_root = said
            f.claim_tokens = _claim_from(said, v.exclude | {said.left_edge.i})
            return f
        if objs and objs[0].ent_type_ not in ("DATE", "TIME"):
            f = v.found("prepositional_claim", objs[0])
            f.cue_tokens = v.cue + [p]
            f.claim_tokens += _object_infinitive(v, f.claim_tokens)  # "called for X to Y"
            f.claim_tokens = _as_predicate(v, f.claim_tokens)  # "pointed to X as the cause"
            if _bare_party(f.claim_tokens):
                return NotStatement("an addressee, no proposition")  # "apologized to passengers"
            f.claim_tokens = _second_conjunct(v, f.claim_tokens)
            return f
    return None


_PERSONAL = frozenset({"me", "us", "him", "her", "them", "you"})


def _addressee(v: VerbFrame, prep: Token, obj: Token) -> bool:
    """ "to me", "to reporters", "to Senator Reed": after "to", a person or a group of people is
    whom the words were spoken to; what a comparison sets beside ("likened to Trump") is not."""
    if prep.lower_ != "to" or v.lemma in lexicons.load("comparison_verbs"):
        return False
    lemma = obj.lemma_.lower()
    return (
        obj.lower_ in _PERSONAL
        or obj.ent_type_ == "PERSON"
        or lemma in _person_nouns()
        or lemma in lexicons.load("group_nouns")
        or lemma in lexicons.load("addressee_nouns")
    )


def _clause_after_addressee(obj: Token) -> Token | None:
    """ "yelling to the officers that her husband was unarmed": the parser hangs the clause
    said on the addressee, as if "that" began a relative clause; a relative "that" fills the
    clause's subject or object ("talked to the officers that the city hired"), a
    complementizer fills neither."""
    for c in obj.children:
        if c.dep_ not in ("relcl", "acl", "ccomp") or c.i < obj.i:
            continue
        that = [m for m in c.children if m.lower_ == "that" and m.i == c.left_edge.i]
        if that and that[0].dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return c
    return None


def fronted_claim(v: VerbFrame) -> Verdict:
    """ "Language unclear on whether single mothers are covered, experts say.": the words
    before a sentence-final "..., X say(s)" when the parser made no clause of them."""
    words = _fronted_claim(v.verb, v.spk)
    if not words:
        return None
    f = v.found("fronted_claim", clausal=True)
    f.claim_tokens = words
    f.claim_root = v.verb.doc[words[0].i : words[-1].i + 1].root
    return f


def adjacent_quote(v: VerbFrame) -> Verdict:
    """'"Wall Street's a cynical place," said X': the parse lost the quotation; the one
    right next to the cue is its claim."""
    return _quote_claim(v, _adjacent_quote(v.verb, v.spk, v.quotes))


def _quote_claim(v: VerbFrame, quote: Quote | None) -> Found | None:
    """The cue's statement whose claim is the quotation next to it."""
    if quote is None:
        return None
    span = v.verb.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    f = v.found("adjacent_quote", clausal=True)
    f.claim_tokens = list(span)
    f.claim_root = span.root
    return f


def verbless_participle(v: VerbFrame) -> Verdict:
    """ "Ed Park, a Kasich ally, called Ohio's schools 'excellent.'": in a sentence the parser
    left with no verb, the words after the cue (which it scattered over the subject) are what
    was said."""
    root = _verbless_root(v.verb)
    if root is None:
        return None
    f = v.found("verbless_participle")
    f.claim_root = next(c for c in v.verb.children if c.dep_ in ("oprd", "dobj"))
    start = max(t.i for t in v.cue) + 1  # after its particle: "tweeted out X"
    f.claim_tokens = _trim(list(v.verb.doc[start : root.right_edge.i + 1]))
    return f


def passive_subject(v: VerbFrame) -> Verdict:
    """ "a curfew was announced", "The purchase price was not disclosed": a bare passive of
    making known says its subject was made known (by the "by" phrase, or no one named); not a
    plan ("will be disclosed"), a pronoun, or "no deal was announced" (nothing was)."""
    verb = v.verb
    if v.lemma not in lexicons.load("passive_subject_cues") or verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in kids
    ):
        return None
    subj = [c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subj or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(d.dep_ == "det" and d.lower_ == "no" for d in subj[0].children):
        return None
    claim = _subject_core(subj[0])
    if not claim:
        return None
    f = v.found("passive_subject")
    f.claim_tokens, f.claim_root = claim, subj[0]
    f.speaker_head, f.inherited_subject, f.speaker_tokens = _agent(verb), False, None
    return f


def no_complement(v: VerbFrame) -> Verdict:
    """A cue with nothing said: "he said." alone, "X responded"."""
    return NotStatement("no complement")


VERB_SIEVES = (
    topic_cue,
    attack_cue,
    remark_object,
    made_clear,
    asked_participle,
    passive_complement,
    asked_passive,
    say_complement,
    setting_clause,
    as_aside,
    claim_then_cue,
    colon_quote,
    proform_claim,
    phrasal_cue,
    asked_addressee,
    addressee_cue,
    called_on,
    plea,
    no_response,
    refusal_without_infinitive,
    verbless_participle,
    object_claim,
    described_as,
    gerund_subject,
    infinitive_claim,
    for_clause,
    prepositional_claim,
    fronted_claim,
    adjacent_quote,
    passive_subject,
    no_complement,
)


# Every statement sieve by name, in the order they are tried: per line, per word, per verb,
# then the quotations left over. The confidence table (``confidence.py``) is keyed by these.
STATEMENT_SIEVES = (
    ("name_colon_line", "according_to", "records_show", "nominal_cue", "unattributed_nominal")
    + tuple(s.__name__ for s in VERB_SIEVES if s not in (refusal_without_infinitive, no_complement))
    + ("name_colon_quote", "clause_colon_quote", "dash_attribution", "floating_quote")
)


def verb_decision(verb: Token, quotes: QuoteIndex) -> Decision[Found | NotStatement]:
    """What the verb sieves make of a cue verb, named after the sieve that decided."""
    gate: Decision[NotStatement] | None = first(VERB_GATES, verb)
    if gate is not None:
        return cast("Decision[Found | NotStatement]", gate)
    decision: Decision[Found | NotStatement] | None = first(VERB_SIEVES, VerbFrame.of(verb, quotes))
    assert decision is not None  # no_complement decides what the others leave
    f = decision.value
    if isinstance(f, Found) and f.sieve in _SPELLED_OUT_SIEVES:
        f.claim_tokens += _spelled_out(f.claim_tokens) or _reason_clause(f)
    return decision


# The sieves whose claim is the cue's own clause or object, which a colon can spell out.
_SPELLED_OUT_SIEVES = frozenset(
    {"say_complement", "object_claim", "topic_cue", "prepositional_claim", "infinitive_claim"}
)
_LIST_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "CCONJ", "PUNCT"})


# The claims a reason can follow: what was said or the object judged, not a topic ("speaks
# about race because X": why she speaks of it).
_REASON_SIEVES = frozenset({"say_complement", "object_claim", "infinitive_claim"})
_REASON_MARKS = frozenset({"because", "if", "unless"})


def _reason_clause(f: Found) -> list[Token]:
    """ "charged that she hid the files because they contradicted her pledge", "called the
    bridge "a mistake" because so few people use it", "vowed to raise tariffs if the plant
    closes": a "because", "if" or "unless" clause right after the claim, which the parser hangs
    on the cue, is the speaker's reason or condition, part of what was said; after "on
    condition of anonymity" it is why the source was not named."""
    claim, verb = f.claim_tokens, f.cue_head
    if f.sieve not in _REASON_SIEVES or verb is None or not claim:
        return []
    doc = verb.doc
    k = claim[-1].i + 1
    while k < len(doc) and (doc[k].is_quote or doc[k].text == ","):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _REASON_MARKS or doc[k].dep_ != "mark":
        return []
    clause = doc[k].head
    if clause.dep_ != "advcl" or clause.head != verb or clause.i < k:
        return []
    if any(t.lower_ == "anonymity" for t in claim):
        return []
    return _trim(list(doc[claim[-1].i + 1 : clause.right_edge.i + 1]))


def _counted(claim: list[Token]) -> bool:
    """ "three things are happening at once:", "for one reason:", "the following tasks:": a
    counted noun announces what the colon spells out, clauses too."""
    return any(
        t.lower_ == "following" or t.tag_ == "CD" and t.is_alpha and t.dep_ == "nummod"
        for t in claim
    )


def _bare_gerund(tok: Token) -> bool:
    """ "fixing the roads" (an item of a list), not "is missing its goal" (a clause)."""
    return tok.tag_ == "VBG" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in tok.children
    )


def _spelled_out(claim: list[Token]) -> list[Token]:
    """ "reiterated his pledges: rebuilding the military and ...", "mocked three hopefuls: Jeb
    Bush, Ben Carson and Donald Trump": a colon ending the claim, followed to the end of its
    sentence by a list or a name, spells out the claim's own noun; it is part of what was
    said. A clause or a quotation after the colon is a sentence of its own."""
    if not claim:
        return []
    doc = claim[0].doc
    k = claim[-1].i + 1
    while k < len(doc) and doc[k].is_quote and doc[k].i > claim[0].i:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ":" or "\n" in doc[k].whitespace_ + doc[k + 1].text:
        return []
    sent = sent_of(doc[k + 1])
    tail = _trim(list(doc[k + 1 : sent.end]))
    if not tail or tail[0].is_quote or sent.start not in (k + 1, sent_of(doc[k]).start):
        return []
    lo, hi = tail[0].i, tail[-1].i
    heads = [t for t in tail if not lo <= t.head.i <= hi or t.head == t]
    if _counted(claim) or all(t.pos_ in _LIST_HEADS or _bare_gerund(t) for t in heads):
        return list(doc[claim[-1].i + 1 : hi + 1])
    return []


def _find_for_verb(verb: Token, quotes: QuoteIndex) -> Found | None:
    value = verb_decision(verb, quotes).value
    return value if isinstance(value, Found) else None


def cue_verdicts(doc: Doc) -> list[tuple[str, str, bool]]:
    """(cue verb, deciding sieve, makes a statement) for every cue verb of a document: what
    ``--explain`` cannot show for the verbs that make no record (a named rejection)."""
    quotes = quote_index(doc)
    out = []
    for tok in doc:
        if not _is_according_to(tok) and _is_cue_verb(tok, quotes):
            decision = verb_decision(tok, quotes)
            out.append((tok.text, decision.sieve, isinstance(decision.value, Found)))
    return out


def _fronted_claim(verb: Token, spk: Token | None) -> list[Token]:
    """The words before "..., SUBJECT say(s)." at the end of a sentence, when the parser made
    no clause of them (a verbless headline claim)."""
    if spk is None or verb.dep_ != "ROOT" or spk.i > verb.i:
        return []
    doc = verb.doc
    comma = spk.left_edge.i - 1
    sent = sent_of(verb)
    if comma <= sent.start or doc[comma].text != ",":
        return []
    if any(not t.is_punct and not t.is_space for t in doc[verb.i + 1 : sent.end]):
        return []  # only for a cue that ends its sentence
    words = _trim(list(doc[sent.start : comma]))
    return words if sum(1 for t in words if t.is_alpha) >= MIN_QUOTE_WORDS else []


def _adjacent_quote(
    verb: Token, spk: Token | None, quotes: QuoteIndex, last: Token | None = None
) -> Quote | None:
    """A quotation of a few words or more that stands right after the cue ('said, "..."'), or
    its ``last`` word (an addressee: 'told the crowd, "..."'), or right before the cue, with at
    most the speaker between ('"...," said X', '"...," X said')."""
    text = doc_text(verb.doc)
    last = verb if last is None else last
    end = last.idx + len(last.text)
    after = quotes.after(end)
    if after is not None and re.fullmatch(r"[\s,:]*[“\"«‘']{1,2}", text[end : after.start]):
        candidate = after
    else:
        before = quotes.before(verb.idx)
        if before is None or before.end > verb.idx:
            return None
        between = text[before.end : verb.idx].strip(" \t”\"’'»,")
        if between and not _only_speaker(between, spk):
            return None
        candidate = before
    if word_count(text[candidate.start : candidate.end]) < MIN_QUOTE_WORDS:
        return candidate if _short_utterance(text, candidate, candidate is after) else None
    return candidate


def _only_speaker(between: str, spk: Token | None) -> bool:
    """What stands between a quotation and its cue is the speaker's mention, or a person's
    name with a word or three describing them before it ('"...," cornerback Devon Sharpe
    said', '"...," Jets left tackle Ray Moss said'), which the tagger, reading a rare position
    noun as a verb, may have cut off the name."""
    if spk is None:
        return False
    if between == tokens_text(mention_tokens(spk)):
        return True
    if spk.ent_type_ != "PERSON" or "\n" in between:
        return False  # a new paragraph's speaker ('"..."\n\nAide Ann Roe responded') is not it
    doc, k = spk.doc, spk.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    name = span_text(doc[k : spk.i + 1])
    if not between.endswith(" " + name):
        return False
    words = between[: -len(name)].split()
    return len(words) <= 3 and all(w.isalpha() and w.lower() not in STOP_WORDS for w in words)


def _described_speaker(c: Token, v: VerbFrame) -> bool:
    """'"...," cornerback Devon Sharpe said': a complement the parser hangs on a description
    word before the speaker's name is that word, not a clause; the quotation before it is
    what was said (``adjacent_quote``)."""
    if c.i > v.verb.i or v.quotes.overlapping(c.idx, c.idx + 1):
        return False
    before = v.quotes.before(c.idx)
    if before is None or before.end > c.idx:
        return False
    text = doc_text(c.doc)
    return _only_speaker(text[before.end : v.verb.idx].strip(" \t”\"’'»,"), v.spk)


# What sets a quotation of a word or three off as a whole utterance: after the cue, a comma
# before it and the sentence's end inside it ('Smith said, "Probably."'); before the cue, the
# sentence's start before it and a comma (or ? !) inside it ('"Absolutely," she said.').
UTTERANCE_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*[“\"‘']{1,2}$")
SENTENCE_END = re.compile(r"[.?!][”\"’']{0,2}[^\S\n]*(?:\n|$|[A-Z“\"‘(<])")


def _short_utterance(text: str, q: Quote, after: bool) -> bool:
    """A quotation too short to be told from a scare quote or a title by its length ('calling
    it "a hoax"', 'the film, "Trainwreck."') that the frame of the sentence sets off as all the
    speaker said (``_adjacent_quote``): the training experts attribute such answers."""
    if after:
        return bool(
            UTTERANCE_AFTER.search(text, max(0, q.start - 6), q.start)
            and SENTENCE_END.match(text, q.end - 1)
        )
    head = text[max(0, q.start - 5) : q.start].rstrip("“\"‘'").rstrip(" \t")
    return text[q.end - 1 : q.end] in ",?!" and (not head or head[-1] in ".?!\n")


def _bare_party(tokens: list[Token]) -> bool:
    """A claim that only names people or groups ("Mr. Clarke", "the firefighters",
    "passengers") carries no proposition: GUIDELINES.md leaves such endorsements out."""
    words = [t for t in tokens if not t.is_punct and t.dep_ not in ("det", "poss", "case")]
    if not words:
        return True
    titles = lexicons.load("titles")
    if all(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lower_ in titles for t in words):
        return True
    head = [t for t in words if t.head not in words or t.head == t]
    return (
        len(words) <= 2
        and len(head) == 1
        and head[0].lemma_.lower() in lexicons.load("group_nouns")
    )


def _has_particle(verb: Token) -> bool:
    """A phrasal cue ("ruled out") whose verb alone is not one ("ruled")."""
    particles = lexicons.phrasal_verbs().get(verb.lemma_.lower())
    return particles is not None and any(
        c.dep_ == "prt" and c.lower_ in particles for c in verb.children
    )


def _is_phrasal(verb: Token) -> bool:
    pairs = _phrasal()
    return any(
        (verb.lemma_.lower(), c.lemma_.lower()) in pairs
        for c in verb.children
        if c.dep_ in ("dobj", "attr", "acomp") or c.dep_ in ("oprd", "ccomp") and c.pos_ == "ADJ"
    )


def _that_clauses(head: Token) -> list[Token]:
    return [
        c
        for c in head.children
        # "a report that X had ...", parsed as a relative clause: its "that" is a mark, not
        # the relative pronoun's subject or object
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]


def _nominal(noun: Token, quoted: bool = False) -> Found | None:
    """ "the minister's claim that X", "a denial by the company that X", "her argument that X",
    "a New York Times report that X", "the senator's claim is that X"."""
    clause = _that_clauses(noun)
    if not clause and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = [c for c in _that_clauses(noun.head) if c.i > noun.head.i]
    nxt = noun.nbor() if not clause and noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.i > noun.i:
        # 'her comment that, "We are ..."': the parser hung the clause on the main verb
        clause = [nxt.head]
    if not clause:
        return None
    speaker = _nominal_speaker(noun, quoted)
    if speaker is None:
        return _unattributed(noun, clause[0]) if not quoted else None
    found = Found([noun], noun, speaker, sieve="nominal_cue")
    found.claim_root = clause[0]
    found.claim_tokens = _claim_from(clause[0], _subtree_ids(speaker) | {noun.i})
    found.clausal = True
    return found


def _unattributed(noun: Token, clause: Token) -> Found | None:
    """ "dogged by charges that X", "amid reports that X": a bare plural (no article, owner
    or name) reports statements whose speakers the sentence leaves unnamed; the record has
    no speaker, as the guidelines' gold does."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "compound") for c in noun.children):
        return None
    found = Found([noun], noun, None, sieve="unattributed_nominal")
    found.claim_root = clause
    found.claim_tokens = _claim_from(clause, {noun.i})
    found.clausal = True
    return found


def _nominal_speaker(noun: Token, quoted: bool) -> Token | None:
    """Whose the statement is: a possessive (a third-person pronoun's too, resolved as a
    subject "she" is, but not inside a quotation, where "their argument" is in the quoted
    speaker's frame), a by- or from-phrase, or a name in front of the noun."""
    pronouns = () if quoted else NOMINAL_PRONOUNS
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in pronouns):
            return c
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        for g in p.children:  # "complaints from his counterpart that", not "reports from Iraq"
            if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
                return g
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG"):
            return c
    return None


def _according_to(tok: Token, quotes: QuoteIndex) -> Found | None:
    """ "according to X, CLAIM" and "CLAIM, according to X"."""
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    objs = [g for g in to[0].children if g.dep_ == "pobj"]
    mention = None
    if not objs:
        # "according to show insiders" tagged as a verb "show" with an object: the words
        # after "to" are the source all the same
        pcomp = [g for g in to[0].children if g.dep_ == "pcomp"]
        nouns = [g for g in pcomp[0].children if g.dep_ == "dobj"] if pcomp else []
        if nouns and len(list(pcomp[0].subtree)) <= 6:
            objs, mention = nouns, list(pcomp[0].subtree)
        elif (source := _unparsed_source(to[0])) is not None:
            objs, mention = source[-1:], source
        else:
            return None
    clause = tok.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head != clause:
        if clause.pos_ in ("VERB", "AUX"):
            break
        clause = clause.head
    # "A, and B, according to X": the source after the coordination vouches for all of it,
    # though the parse hangs it on the last clause
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and tok.i > clause.i:
        clause = clause.head
    exclude = _subtree_ids(tok)
    found = Found([tok, to[0]], None, objs[0], sieve="according_to")
    found.speaker_tokens = mention
    found.claim_root = clause
    found.claim_tokens = _claim_from(clause, exclude)
    found.cue_text = None
    if found.claim_tokens:
        found.lead = _aside_lead(tok, clause, found.claim_tokens, quotes)
        found.claim_tokens += _claim_after_aside(tok, clause, found.claim_tokens, quotes)
    return found


def _aside_lead(tok: Token, clause: Token, claim: list[Token], quotes: QuoteIndex) -> list[Token]:
    """ "The opposition, according to Haddad, has no evidence": the clause's words before an
    aside set inside it are the claim's first part (not a lone "because" or "In addition,")."""
    lead = _lead_in(tok, claim, quotes) if tok.head == clause else []
    words = [t.lower_ for t in lead if not t.is_punct]
    if len(words) < 2 or " ".join(words) in lexicons.load("discourse_connectives"):
        return []
    return lead


def _claim_after_aside(
    tok: Token, clause: Token, claim: list[Token], quotes: QuoteIndex
) -> list[Token]:
    """ "G4S receives, according to one report, $234 million in contracts": an aside set
    between commas inside its clause splits the claim; the verb's object or complement after
    it is the claim's second part (not "..., but ...", ", becoming ...", ", a huge sum": a
    clause or comment of its own, nor the source's own apposition)."""
    doc, end = tok.doc, tok.right_edge.i
    if claim[-1].i > tok.i or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    if any(not doc[i].is_punct for i in range(claim[-1].i + 1, tok.left_edge.i)):
        return []  # the claim does not run up to the aside
    ids = _subtree_ids(clause)
    more: list[Token] = []
    for t in doc[end + 2 : clause.right_edge.i + 1]:
        if t.i not in ids:
            break
        more.append(t)
    more = _trim(more)
    if sum(t.is_alpha for t in more) < 2 or any(quotes.at(t.idx) is not None for t in more):
        return []
    ids = {t.i for t in more}
    tops = [t for t in more if t.head.i not in ids]
    return more if all(t.dep_ in _COMPLEMENT_DEPS for t in tops) else []


_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "ccomp", "xcomp"})


def _record_statement(tok: Token, quotes: QuoteIndex) -> Found | None:
    """ "FEC filings show that X", "He sold the jet in 2010, records show.", "During that
    stretch, F.A.A. records show, the Cessna has flown 216 hours": official records that
    show state what their issuer put on file (record_nouns.txt); other things that show
    (polls, data, emails) are no speakers."""
    doc, nouns = tok.doc, lexicons.load("record_nouns")
    if quotes.at(tok.idx) is not None or tok.i < 1:
        return None
    found = None
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in nouns for c in tok.children):
        found = _find_for_verb(tok, quotes)  # "FEC records from 2008 show he backed McCain"
    if found is None and doc[tok.i - 1].lower_ in nouns:
        found = _records_show(tok)
    return found


def _records_show(tok: Token) -> Found | None:
    """ ", records show," set in a clause or closing it, which the parser reads as a noun
    phrase ("records show" a compound, or the subject of the clause's verb): the clause it is
    set in, less the aside, is the claim."""
    doc, sent = tok.doc, sent_of(tok)
    left = tok.i - 1
    while left > sent.start and _record_phrase_word(doc[left - 1]):
        left -= 1
    before = doc[left - 1].text if left > sent.start else None
    rest = doc[tok.i + 1 : sent.end]
    if before == "," and all(t.is_punct and t.text != "," or t.is_space for t in rest):
        return _closing_records(tok, left)
    if before not in (",", None) or not rest or rest[0].text != ",":
        return None  # not set off by commas
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.i == tok.i:
        return None
    aside = set(range(left - 1 if before else left, tok.i + 2))
    found = _records_found(tok, left, clause)
    found.claim_tokens = _claim_from(clause, aside | _subtree_ids(tok))
    if before and left - 2 >= sent.start and doc[left - 2].dep_ == "cc":
        # "a man who is rich and, records show, rarely flies": the predicate after the aside,
        # to its comma, is what the records show (the parser hangs the sentence on it)
        after = [t for t in found.claim_tokens if t.i > tok.i]
        cut = next((k for k, t in enumerate(after) if t.text == ","), len(after))
        found.claim_tokens = _trim(after[:cut])
    elif found.claim_tokens and clause.left_edge.i < min(aside) < found.claim_tokens[0].i:
        found.lead = _trim(list(doc[clause.left_edge.i : min(aside)]))  # "During that stretch"
    return found


def _record_phrase_word(t: Token) -> bool:
    """A word of the records' noun phrase before its head ("campaign and corporate", "Federal
    Election Commission", which the parser may make the verb's subject)."""
    return not t.is_punct and (t.dep_ in NP_INNER or t.dep_ in ("cc", "conj") or t.pos_ == "PROPN")


def _closing_records(tok: Token, left: int) -> Found | None:
    """ "X gave $5,000 to the PAC, campaign finance records show.": the words before the
    comma are the claim; its verb the one word there whose head lies outside them."""
    doc, start = tok.doc, sent_of(tok).start
    words = _trim(list(doc[start : left - 1]))
    ids = {t.i for t in words}
    roots = [t for t in words if t.pos_ in ("VERB", "AUX") and (t.head == t or t.head.i not in ids)]
    if not roots:
        return None
    found = _records_found(tok, left, roots[0])
    found.claim_tokens = words
    return found


def _records_found(tok: Token, left: int, clause: Token) -> Found:
    found = Found([tok], None, tok.doc[tok.i - 1], sieve="records_show")
    found.speaker_tokens = list(tok.doc[left : tok.i])
    found.claim_root, found.clausal = clause, True
    return found


def _unparsed_source(to: Token) -> list[Token] | None:
    """ "..., according to the F.A.A.": at a sentence's end an abbreviation with its own
    period leaves the parser no object for "to" ("the" read as punctuation); the few words
    after "to", up to the sentence's end and ending in a name or noun, are the source."""
    doc, end = to.doc, sent_of(to).end
    words = []
    for t in doc[to.i + 1 : min(end, to.i + 7)]:
        if t.is_punct or t.is_space:
            break
        words.append(t)
    rest = doc[to.i + 1 + len(words) : end]
    if (
        not words
        or words[-1].pos_ not in ("PROPN", "NOUN")
        or any(not t.is_punct and not t.is_space for t in rest)
    ):
        return None
    return words


def _line_name(doc: Doc, start: int, end: int, names: NameIndex | None) -> tuple[int, Token] | None:
    """The speaker's name opening a "Name: ..." line, as (end, head): a tagged person or
    organisation, a transcript speaker in capitals, or a surname the article gives a person
    elsewhere ("Cruz: Trump Would Put Liberals On Court", where the tagger sees no name)."""
    # An entity starting at ``start``, read off the token's IOB tags: ``sent.ents`` walks the
    # whole Doc on every call, which made documents of many short sentences quadratic.
    first = doc[start] if start < end else None
    if first is None:
        return None
    if first.ent_iob_ == "B" and first.ent_type_ in ("PERSON", "ORG"):
        ent_end = start + 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        if ent_end <= end:
            if _colon_at(doc, ent_end):
                return ent_end, doc[start:ent_end].root
            # the tagger's entity may run over the colon ("De Blasio: Trust Bratton" as one ORG)
            return _surname_line(doc, start, end, names)
    if first.is_upper and first.is_alpha and len(first) > 1:
        name_end, head = start + 1, first  # transcript speaker in capitals
        while name_end < end and doc[name_end].is_upper and doc[name_end].is_alpha:
            name_end += 1
            head = doc[name_end - 1]
        return name_end, head
    return _surname_line(doc, start, end, names)


def _colon_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text == ":"


def _surname_line(
    doc: Doc, start: int, end: int, names: NameIndex | None
) -> tuple[int, Token] | None:
    """ "De Blasio: ...", "Cruz: ...": up to three capitalised words before the colon, the
    last a surname the article gives a person (so "Report:", "Poll:", "Iowa:" are not)."""
    if names is None:
        return None
    k = start
    while k < min(end, start + 3) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == start or not _colon_at(doc, k):
        return None
    return (k, doc[k - 1]) if names.is_surname(doc[k - 1].text) else None


def _headline_colon(
    sent: Span, text: str | None = None, names: NameIndex | None = None
) -> Found | None:
    """ "Name: claim" at the start of a line: headlines and interview transcripts
    ("PENCE: Well, look, ..."); the claim runs to the end of the paragraph."""
    doc = sent.doc
    if not _colon_token_in(doc, sent.start, sent.end):
        return None  # every form below ends its name at a colon: most sentences have none
    text = doc_text(doc) if text is None else text  # Doc.text re-joins every token: pass it in
    label = _line_honorific(sent, text)
    before = text[max(0, sent.start_char - 3) : sent.start_char].rstrip("\"“”' ")
    if label is None and sent.start_char > 0 and not (before == "" or before.endswith("\n")):
        return None
    start = sent.start
    while start < sent.end and doc[start].is_quote:
        start += 1
    if label is None and colon_dateline_end(text, doc[start].idx, names):
        return None  # "NEW DELHI: The court on Tuesday ...": a place, not a speaker
    if label is None and start + 1 < sent.end and _courtesy_title(doc[start]):
        label = start  # "MR. SMITH: ..." in one sentence
        start += 2 if doc[start + 1].text == "." else 1
    name = _line_name(doc, start, sent.end, names)
    if name is not None and _colon_at(doc, name[0]):
        name_end, head, mention_end = name[0], name[1], name[0]
    else:
        described = _described_line(doc, start, sent.end, text, names)
        if described is None:
            return None
        name_end, head, mention_end = described
    para_end = text.find("\n", doc[name_end].idx)
    para_end = len(text) if para_end < 0 else para_end
    claim = _trim([t for t in doc[name_end + 1 :] if t.idx < para_end])
    if len(claim) < 3:
        return None
    found = Found([doc[name_end]], None, head, sieve="name_colon_line")
    first = start if label is None else label
    if mention_end != name_end:  # a described name: the name alone ("Former AG Mukasey")
        first = mention_end - 1
        while first > start and doc[first].ent_iob_ == "I" and doc[first].ent_type_ == "PERSON":
            first -= 1
    found.speaker_tokens = list(doc[first:mention_end])
    found.line = True
    found.claim_tokens = claim
    found.claim_root = sent_of(claim[0]).root
    found.clausal = True
    return found


def _colon_token_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a colon token stands at ``start``..``end`` (the token after the sentence too: a
    transcript speaker's name can end the parser's sentence)."""
    colons = candidates(doc, lower=(":",))
    k = bisect.bisect_left(colons, start)
    return k < len(colons) and colons[k] <= end


LINE_TOPIC_PREPS = ("on", "to", "at", "about")


def _described_line(
    doc: Doc, start: int, end: int, text: str, names: NameIndex | None
) -> tuple[int, Token, int] | None:
    """ "Dr. Ben Carson: ...", "Former AG Mukasey at RNC: ...", "Gillibrand on the Transcripts:
    ...": a headline whose speaker, a person's name after capitalised words of description,
    ends the words before the colon or a preposition of topic or audience. As (colon, name's
    head, mention end); the name must be a person the tagger or the article knows."""
    if start >= end:  # a line of quotation marks only
        return None
    lo = doc[start].idx
    if ":" not in text[lo : min(doc[end - 1].idx + 1, lo + 160)]:
        return None
    colon = next((i for i in range(start + 1, min(end, start + 14)) if doc[i].text == ":"), None)
    if colon is None:
        return None
    stop = next((i for i in range(start + 1, colon) if doc[i].lower_ in LINE_TOPIC_PREPS), colon)
    last = doc[stop - 1]
    if not (last.ent_type_ == "PERSON" or names is not None and names.is_surname(last.text)):
        return None
    if not all(
        t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX") or t.is_punct
        for t in doc[start:stop]
    ):
        return None  # a sentence, not a described name ("Carly Fiorina Endorses Ted Cruz: ...")
    return colon, last, stop


def _line_honorific(sent: Span, text: str) -> int | None:
    """Where a transcript's speaker label starts when a courtesy title opens it ("MR. SMITH:
    ...", "MS. GARCIA: ..."), which the parser splits off as a sentence of its own: the
    title's token, if the title starts a line right before the sentence."""
    doc = sent.doc
    k = sent.start - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k < 0 or not _courtesy_title(doc[k]):
        return None
    line = text[max(0, doc[k].idx - 3) : doc[k].idx].rstrip("\"“”' ")
    return k if doc[k].idx == 0 or line == "" or line.endswith("\n") else None


def _courtesy_title(tok: Token) -> bool:
    """ "MR", "MS.": a courtesy title of the honorifics lexicon in capitals."""
    return tok.is_upper and tok.lower_.rstrip(".") + "." in _courtesy()


@cache
def _courtesy() -> frozenset[str]:
    """ "mr.", "ms.": the honorifics lexicon's titles, with their period."""
    return frozenset(w.split()[0] for w in lexicons.load("honorifics") if w.split()[0][-1] == ".")


def _spans_of(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the tokens, one per run of consecutive tokens."""
    merged: list[tuple[int, int]] = []
    ids = {t.i for t in tokens}
    for t in tokens:
        s, e = t.idx, t.idx + len(t.text)
        if merged and t.i - 1 in ids:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


# One letter or digit: what ``str.isalnum`` accepts (``\w`` is that and the underscore).
_ALNUM = re.compile(r"[^\W_]")


def _alnum(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(len(_ALNUM.findall(text, s, e)) for s, e in spans)


def _apply_quotes(doc: Doc, found: Found, quotes: QuoteIndex) -> tuple[list[tuple[int, int]], str]:
    """Claim spans and quote kind: a claim inside quotation marks becomes the whole quotation."""
    spans = _spans_of(found.claim_tokens)
    if not spans:
        return [], "indirect"
    text = doc_text(doc)
    lo, hi = spans[0][0], spans[-1][1]
    inside = quotes.overlapping(lo, hi)
    if not inside:
        return spans, "indirect"
    cue = quotes.at(found.cue_tokens[0].idx) if found.cue_tokens else None
    if cue is not None and cue in inside:
        # '"... the committee's insistence that X," Gowdy said': a statement reported inside
        # someone's quotation is its clause, not the quotation (which is Gowdy's)
        return spans, "indirect"
    total = _alnum(text, spans)
    covered = _alnum(text, [(max(lo, q.start), min(hi, q.end)) for q in inside])
    # 'said Rubio "has failed"': the clause's own subject before the quotation keeps it mixed
    lead = _ALNUM.search(text, lo, inside[0].start) is not None
    if total and not lead and (covered >= total * 0.9 or _trailing_adjunct(text, found, inside)):
        partner = _split_partner(text, quotes, inside, found)
        if partner is not None:
            inside = sorted([*inside, partner], key=lambda q: q.start)
        found.quotes = inside
        return [(q.start, q.end) for q in inside], "direct"
    # mixed: the parsed clause, widened to the quotations it cuts into, within its sentences
    s_lo, s_hi = _sentence_bounds(doc, lo, hi)
    lo = max(s_lo, min(lo, *(q.start for q in inside)))
    hi = min(s_hi, max(hi, *(q.end for q in inside)))
    if inside[-1].start >= lo:
        hi = _runs_on(text, inside[-1], hi)
    found.quotes = inside
    return [(lo, hi)], "mixed"


RUN_ON_END = re.compile(r"[.!?…][’']?$")  # the quotation ends a sentence of its own
ATTRIBUTED = re.compile(r"[^\S\n]*[a-z]")  # '..." she said', '..." said Roe'


def _runs_on(text: str, q: Quote, hi: int) -> int:
    """'said the ferry was "ready for winter. We tested it twice."': a quotation the claim
    opens that runs on past the claim's sentence is still what was said; the annotators keep
    the whole quotation. Not when it ends with a comma or is followed by an attribution of
    its own ('"a mess. Nobody can pay," an aide said'), nor when a stray opening mark inside
    shows the marks are unbalanced."""
    if q.end <= hi:
        return hi
    rest = text[hi : q.end]
    if any(m in rest for m in '\n"“«„') or "''" in rest:
        return hi
    width = 2 if text.startswith("''", q.end) else 1
    closed = text[q.end : q.end + 1] in CLOSERS or width == 2
    if not closed or not RUN_ON_END.search(rest.rstrip()):
        return hi
    return hi if ATTRIBUTED.match(text, q.end + width) else q.end


def _trailing_adjunct(text: str, found: Found, inside: list[Quote]) -> bool:
    """'Jones said "the bridge is closed" on Monday.': the quotation is the claim; a short
    verbless phrase after it ("on Monday", "yesterday", "in a statement", "after the vote")
    tells when or how it was said, and is not part of it."""
    first, last = inside[0], inside[-1]
    lo = found.claim_tokens[0].idx
    if text[min(lo, first.start) : first.start].strip(" “\"‘'«") or lo > first.start + 1:
        return False
    gaps = [text[a.end : b.start] for a, b in zip(inside, inside[1:], strict=False)]
    if any(any(ch.isalnum() for ch in gap) for gap in gaps):
        return False
    after = [t for t in found.claim_tokens if t.idx >= last.end and not t.is_punct]
    if not 0 < len(after) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in after):
        return False
    root = found.claim_root
    if root is None or root.pos_ not in ("VERB", "AUX") or not first.start <= root.idx < last.end:
        return False  # the quotation must hold the claim's own verb
    # the phrase is an adverbial of the claim's verb or of the cue (when, where, how it was
    # said), not a continuation of a word inside the quotation ("... at the end" of the season),
    # and nothing in the quotation hangs on it ('"illegal" immigrants')
    ids = {t.i for t in after}
    tops = [t for t in after if t.head.i not in ids]
    adverbial = all(
        t.dep_ in ("prep", "npadvmod", "advmod")
        and (t.head == root or not first.start <= t.head.idx < last.end)
        for t in tops
    )
    inner = [t for t in found.claim_tokens if first.start <= t.idx < last.end]
    return adverbial and not any(t.head.i in ids for t in inner)


def _split_partner(
    text: str, quotes: QuoteIndex, inside: list[Quote], found: Found
) -> Quote | None:
    """The other half of a quotation the attribution splits: '"A," X said, "B."' is one
    statement in two parts. The first half ends with a comma, and only the attribution
    (no sentence end) stands between the halves. A participle with no subject of its own
    ('X stated, "A," adding, "B."') is a second statement, not the middle of one."""
    if not found.cue_tokens or found.inherited_subject:
        return None
    cue_lo = min(t.idx for t in found.cue_tokens)
    cue_hi = max(t.idx + len(t.text) for t in found.cue_tokens)
    first, last = inside[0], inside[-1]
    before: Quote | None
    after: Quote | None
    if last.end <= cue_lo:
        before, after = last, quotes.after(cue_hi)
    elif first.start >= cue_hi:
        before, after = quotes.before(first.start), first
    else:
        return None
    if before is None or after is None or not before.end <= cue_lo < cue_hi <= after.start:
        return None
    between = text[before.end : after.start]
    if len(between) > 120 or re.search(r"[.!?;:\n]", between.strip(" \t”\"’'«»“")):
        return None
    if _second_cue(found.cue_tokens[0].doc, cue_hi, after.start):
        return None
    if not text[before.start : before.end].rstrip().endswith(",") or not between.rstrip(
        " \t“\"‘'«"
    ).endswith(","):
        return None
    return after if last.end <= cue_lo else before


def _second_cue(doc: Doc, s: int, e: int) -> bool:
    """A reporting participle after the cue ('"A," X said, adding, "B."') makes the next
    quotation a statement of its own, not the second half of this one."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "VBG" and t.lemma_.lower() in lexicons.reporting_verbs() for t in span
    )


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in '“”"«»「『'):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in '“”"«»,，、「」『』'):
        e -= 1
    return s, e


def _closing(text: str, e: int, mark: str) -> int:
    """Where a claim ending just before ``mark`` ends with it ('as hell,”' keeps its comma)."""
    skip = 1 if text[e : e + 1] in (",", ".", "!", "?") else 0
    return e + skip + len(mark) if text[e + skip : e + skip + len(mark)] == mark else e


def _balanced(text: str, s: int, e: int) -> tuple[int, int]:
    """A claim that opens or closes a quotation keeps the matching mark, so no mark is left
    stray: 'his "capital was lost."', '"a bomb" had gone off'."""
    for opener, closer in (("“", "”"), ("«", "»")):
        seg = text[s:e]
        if seg.count(opener) > seg.count(closer):
            e = _closing(text, e, closer)
        elif seg.count(closer) > seg.count(opener) and s and text[s - 1] == opener:
            s -= 1
    for mark in ("''", '"'):
        seg = text[s:e].replace("''", "") if mark == '"' else text[s:e]
        if seg.count(mark) % 2 == 0:
            continue
        first = seg.find(mark)
        if seg[first + len(mark) :].strip() and _closing(text, e, mark) > e:
            e = _closing(text, e, mark)  # the odd mark opens a quotation that the claim ends
        elif text[max(0, s - len(mark)) : s] == mark:
            s -= len(mark)
    return s, e


def _sentence_bounds(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    last = doc.char_span(max(lo, hi - 1), hi, alignment_mode="expand")
    s = span_sent(first).start_char if first is not None else lo
    e = span_sent(last).end_char if last is not None else hi
    return s, e


def _is_according_to(tok: Token) -> bool:
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


@cache
def _cue_verb_lemmas() -> frozenset[str]:
    """Every lemma that can head a verbal cue: a reporting verb, a phrasal verb's, a phrasal
    cue's, a topic cue's (what ``_is_cue_verb`` can accept)."""
    phrasal = set(lexicons.phrasal_verbs()) | {v for v, _ in _phrasal()} | set(_topic_cues())
    phrasal |= set(_attack_cues()) | lexicons.load("remark_verbs") | set(_quote_frame_verbs())
    phrasal |= set(_passive_complements())
    return lexicons.reporting_verbs() | phrasal | RETURN_VERBS | {RULING_VERB}


def _ruling(verb: Token) -> bool:
    """A ruling made (not "would rule that"): its clause after it ("ruled that the stop was
    unlawful"), or set before it by a court ("The stop was unlawful, a judge ruled")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.i > verb.i for c in clauses):
        return True
    subj = _subject(verb)
    bodies = lexicons.load("ruling_bodies")
    return bool(clauses) and subj is not None and subj.lemma_.lower() in bodies


def _unreturned_request(verb: Token) -> Token | None:
    """The request of "did not return a call (seeking comment)": a negated "return" whose object
    is a request noun; any other "return" ("returned to Ohio") is no cue."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs and objs[0].lemma_.lower() in lexicons.load("request_nouns"):
        return objs[0]
    return None


@cache
def _quote_frame_verbs() -> dict[str, frozenset[str]]:
    return lexicons.by_first_word(lexicons.load("quote_frame_verbs"))


def _frame_particles(verb: Token) -> frozenset[str]:
    return _quote_frame_verbs().get(verb.lemma_.lower(), frozenset())


def _frames_quotation(verb: Token) -> bool:
    """'"This is a disgrace!" fumed Jane Roe', '"Not a chance," Smith shot back': a verb of
    manner reports the quotation it closes, its speaker next to it (between the mark and the
    verb only the subject's words); elsewhere it is no speech ("the satellite beamed images")."""
    particles = _quote_frame_verbs().get(verb.lemma_.lower())
    if particles is None or verb.tag_ not in _FINITE_TAGS:
        return False
    doc = verb.doc
    if particles and not (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in particles):
        return False
    near = doc[max(sent_of(verb).start, verb.i - 8) : verb.i]
    if not any(t.text in CLOSING_QUOTES for t in near):
        return False  # the cheap test first: most of these verbs are nowhere near a quotation
    k = _closing_mark(verb)
    if k is None:
        return False
    subj = _subject(verb)
    own = _subtree_ids(subj) if subj is not None and subj.i > k else set()
    return all(i in own or doc[i].is_punct or doc[i].is_space for i in range(k + 1, verb.i))


def _is_cue_verb(tok: Token, quotes: QuoteIndex) -> bool:
    """A reporting verb that speaks: not a participle modifying a noun ("the reported cases",
    "a plan announced by ..."), not a verb inside a quotation (the quoted speech's own)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in _passive_complements() and _passive_phrase(tok) is not None:
        return quotes.at(tok.idx) is None  # "was rated as true", "a tragedy labeled as X by Y"
    if lemma not in lexicons.reporting_verbs() and not _is_phrasal(tok):
        if lemma in RETURN_VERBS and _unreturned_request(tok) is not None:
            return quotes.at(tok.idx) is None  # not '"...," he answered': a frame, below
        if lemma in RETURN_VERBS and not _frames_quotation(tok):
            return False  # "returned to Ohio", "answered questions about the budget"
        if lemma == RULING_VERB and not _has_particle(tok):
            return _ruling(tok) and quotes.at(tok.idx) is None
        topic = lemma in _topic_cues() and _topic_object(tok) is not None
        if not topic and not _has_particle(tok) and _attack_target(tok) is None:
            if _remark_noun(tok) is None and not _frames_quotation(tok):
                return False
    if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and tok.head.pos_ == "NOUN":
        if _verbless_root(tok) is None:
            return False
    return quotes.at(tok.idx) is None


def _verbless_root(verb: Token) -> Token | None:
    """ "Beruff, a Scott ally, called Florida's standards 'strong.'", "one lawmaker called
    Trump 'the orange prince'": in a sentence the parser left with a noun for its root, the
    participle after the subject that takes a complement is its main verb, not a name given
    to the noun ("a group called Our Future is expanding" has a verb of its own). The noun
    root, or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return None
    if not any(c.dep_ in ("oprd", "dobj") for c in verb.children):
        return None
    root = verb.head
    while root.head != root:
        root = root.head
    return root if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i else None


def _token_statement(tok: Token, quotes: QuoteIndex) -> Found | None:
    """The statement a word cues: "according to", a nominal cue, or a reporting verb."""
    if _is_according_to(tok):
        return _according_to(tok, quotes)
    if tok.lower_ in RECORD_SHOWS:
        return _record_statement(tok, quotes)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicons.load("nominal_cues"):
        return _nominal(tok, quotes.at(tok.idx) is not None)
    if _is_cue_verb(tok, quotes):
        return _find_for_verb(tok, quotes)
    return None


def find_attributions(
    doc: Doc, quotes: QuoteIndex | None = None, names: NameIndex | None = None
) -> list[Found]:
    """Every cued statement of the document: a "NAME: ..." line, then each cue word's."""
    text = doc_text(doc)
    quotes = quotes or QuoteIndex(text)
    out: list[Found] = []
    # only the words that can cue: verbs and nouns of a cue's lemma, and "according" (no Token
    # for the rest)
    cues = cue_candidates(
        doc, _cue_verb_lemmas(), lexicons.load("nominal_cues"), ("according", *RECORD_SHOWS)
    )
    k = 0
    for sent in sentences(doc)[0]:
        head = _headline_colon(sent, text, names)
        if head is not None:
            out.append(head)
        while k < len(cues) and cues[k] < sent.end:
            f = _token_statement(doc[cues[k]], quotes)
            k += 1
            if f is not None:
                out.append(f)
    out += [f for q in quotes.quotes if (f := _name_colon_quote(doc, text, q, names)) is not None]
    # the colons that already have their statement, and the quotations a claim begins in
    taken = {f.cue_tokens[-1].idx for f in out if f.colon}
    taken |= {q.start for f in out if f.claim_tokens and (q := quotes.at(f.claim_tokens[0].idx))}
    out += [f for q in quotes.quotes if (f := _clause_colon_quote(doc, text, q, quotes, taken))]
    return out


NAME_COLON_QUOTE = re.compile(r":[^\S\n]*[“\"‘']{1,2}$")


def _name_colon_quote(doc: Doc, text: str, q: Quote, names: NameIndex | None) -> Found | None:
    """'The surge does not surprise pollster Daron Shaw: "..."', '- Mark Blumenthal: "..."': a
    quotation right after a person's name and a colon is that person's; not when the name is
    what a cue reports on or to ('said of Cruz: "..."', 'told Jake Tapper: "..."') or the
    byline of an excerpt ('"Headline," by Times\' Ben Sisario: "..."')."""
    m = NAME_COLON_QUOTE.search(text, max(0, q.start - 4), q.start)
    colon = doc.char_span(m.start(), m.start() + 1) if m else None
    if colon is None or colon.start == 0:
        return None
    name = doc[colon.start - 1]
    if name.ent_type_ != "PERSON" and not (names is not None and names.is_surname(name.text)):
        return None
    first = name.i
    while first > 0 and name.ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
        first -= 1
    root = doc[first : name.i + 1].root
    governor = root.head if root.dep_ not in ("ROOT", "conj") else None
    if governor is not None and (
        governor.lemma_.lower() in lexicons.reporting_verbs()
        or governor.pos_ == "ADP"
        and governor.lower_ != "from"  # "More from X:", not a byline "by X:"
    ):
        return None
    found = Found([colon[0]], None, name, sieve="name_colon_quote")
    found.speaker_tokens = list(doc[first : name.i + 1])
    found.colon = True
    found.clausal = True
    return found


CLAUSE_COLON_QUOTE = re.compile(r":\s*[“\"‘']{1,2}$")


def _clause_colon_quote(
    doc: Doc, text: str, q: Quote, quotes: QuoteIndex, taken: set[int]
) -> Found | None:
    """'Mr. Lee gloated: "..."', 'she returned to her familiar lines: "..."', 'issued the
    following statement:' over a quoted paragraph: a quotation right after the colon that ends
    a clause is what the clause's subject said, whatever the verb, when the subject can speak.
    In the PolNeAR training articles 96% of quotations after a colon are attributions.
    ``taken``: the offsets of the colons and quotations other statements already hold (a cue
    verb's own colon is ``colon_quote``'s)."""
    m = CLAUSE_COLON_QUOTE.search(text, max(0, q.start - 8), q.start)
    if m is None or {q.start, m.start()} & taken or quotes.at(m.start()):
        return None
    colon = doc.char_span(m.start(), m.start() + 1)
    if colon is None or colon.start == 0 or word_count(text[q.start : q.end]) < 3:
        return None
    width = 2 if text.startswith("''", q.end) else 1
    if text[q.end - 1 : q.end] in (",", "?", "!") and ATTRIBUTED.match(text, q.end + width):
        return None  # 'was blunt: "A," she said': the quotation's own attribution holds it
    verb = _clause_verb(doc[colon.start - 1], colon.start)
    subj = _subject(verb) if verb is not None else None
    if verb is None or subj is None or subj.i > verb.i or subj.lower_ in ("who", "whom"):
        return None
    if not _speaker_like(subj) or quotes.at(verb.idx) or quotes.at(subj.idx):
        return None  # quoted: a headline before an excerpt's byline ('"X to close," by Y: "..."')
    found = Found([verb, colon[0]], verb, subj, sieve="clause_colon_quote")
    found.colon = True
    found.clausal = True
    return found


EMBEDDED_DEPS = ("ccomp", "pcomp", "relcl", "csubj", "acl")


def _clause_verb(tok: Token, colon: int) -> Token | None:
    """The nearest verb with a subject above the word before a colon ("spent the day there to
    encourage staffers with a simple message:" is "spent"), if it stands before the colon and
    heads a main clause: in "said that she has learned her lesson:" or "how the site rated
    this claim:" the quotation belongs to the reported clause, or is what it is about."""
    for _ in range(6):
        # a clause a preposition takes is a phrase of the clause around it ("apologized for
        # what happened:", "lashed out at how the network covered the rally:")
        if tok.pos_ in ("VERB", "AUX") and _subject(tok) is not None and tok.dep_ != "pcomp":
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    # "as Y reported after the agency appears to have left the scene:": a subordinate clause's
    # colon ends the main clause too
    while tok.dep_ == "advcl" and tok.head.i < colon and _subject(tok.head) is not None:
        tok = tok.head
    # (the parser may hang the clause on the quotation's verb, as it does "X said" after one)
    if tok.i > colon or any(
        t.dep_ in EMBEDDED_DEPS and t.head.i < colon for t in (tok, *tok.ancestors)
    ):
        return None
    # "She said she recalls the partner ... admonishing the client:": a colon after the verb's
    # own reported clause ends that clause, whose record already holds the quotation
    return None if any(c.dep_ == "ccomp" and c.i < colon for c in tok.rights) else tok


def _speaker_ok(found: Found) -> bool:
    h = found.speaker_head
    if h is None:
        return True
    # Subjects that are events or texts without an issuer are not speakers ("The episode
    # underscores", "the exchange highlighted"); a document with an issuer is fine. The word as
    # written counts too: the lemmatizer makes "data" "datum".
    words = lexicons.load("non_speakers")
    return not (h.pos_ == "NOUN" and (h.lemma_.lower() in words or h.lower_ in words))


def _colon_spans(doc: Doc, f: Found, quotes: QuoteIndex) -> tuple[list[tuple[int, int]], str]:
    """ "X said:" and the quotation right after the colon, or the rest of the sentence."""
    colon = f.cue_tokens[-1]
    q = quotes.after(colon.idx)
    if q is not None and q.start - colon.idx <= 6:
        f.quotes = [q]
        return [(q.start, q.end)], "direct"
    block = _paragraph_after(doc_text(doc), colon.idx + 1)
    if block is not None:
        first = doc.char_span(block[0], block[0] + 1, alignment_mode="expand")
        f.claim_root = span_sent(first).root if first is not None else None
        return [block], "direct"
    rest = _trim([t for t in sent_of(colon) if t.i > colon.i])
    if len(rest) < 3:
        return [], "indirect"
    f.claim_tokens = rest
    f.claim_root = sent_of(rest[0]).root
    return _apply_quotes(doc, f, quotes)


# An embedded post as the page's extraction leaves it: '<tweet tweet-author="@x" ...>text<tweet/>'
# or '<tweet pic="" author="x" ...>text</tweet>'; its text is what was posted.
EMBED = re.compile(r"<tweet\b[^>\n]*>([^<\n]*)(?:<tweet/>|</tweet>)")
BLOCK_START = re.compile(r"[^\S\n]*\n\s*")


def _colon_block(verb: Token) -> bool:
    """ "he said:" ending its paragraph, the next one what he said (``colon_quote`` reads all
    of it; the parser hangs only its first sentence on the verb)."""
    text, colon = doc_text(verb.doc), verb.idx + len(verb.text)
    return text.startswith(":", colon) and _paragraph_after(text, colon + 1) is not None


def _paragraph_after(text: str, i: int) -> tuple[int, int] | None:
    """ "X said:" or "One activist tweeted:" ending its paragraph: the claim is the whole next
    paragraph (a block quotation set off without marks), or the text of the post embedded
    there."""
    m = BLOCK_START.match(text, i)
    if m is None or m.end() >= len(text):
        return None
    start = m.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    embed = EMBED.match(text, start, end)
    if embed is not None:
        start, end = embed.span(1)
    return (start, end) if len(text[start:end].strip()) > 2 else None


def _claim_spans(model: DocumentModel, f: Found) -> tuple[list[tuple[int, int]], str]:
    """The claim's character spans (empty when there is no claim worth a record) and the
    quote kind."""
    doc, text, quotes = model.doc, model.text, model.quotes
    if f.colon:
        spans, kind = _colon_spans(doc, f, quotes)
    elif f.line:
        spans, kind = _spans_of(f.claim_tokens), "direct"
        spans = [(spans[0][0], spans[-1][1])]
    else:
        spans, kind = _apply_quotes(doc, f, quotes)
    if f.lead and spans:
        if kind == "direct" and f.claim_tokens:  # 'X, she said, is "doing well"': keep "is"
            spans[0] = (min(spans[0][0], f.claim_tokens[0].idx), spans[0][1])
        spans = [(f.lead[0].idx, f.lead[-1].idx + len(f.lead[-1].text)), *spans]
        kind = "mixed" if kind == "direct" else kind
    spans = [_balanced(text, *_strip_span(text, s, e)) for s, e in spans]
    spans = [(s, e) for s, e in spans if e > s]
    if spans:
        spans[0] = (_after_dateline(text, *spans[0]), spans[0][1])
    if spans and kind == "indirect":
        spans[0] = (_after_connective(text, *spans[0]), spans[0][1])
        if (
            not f.clausal
            and f.claim_root is not None
            and f.claim_root.pos_ in ("NOUN", "PROPN", "PRON")
        ):
            spans[-1] = (spans[-1][0], _before_platform(text, *spans[-1]))
    if spans and kind != "direct" and not (f.colon or f.line):
        spans = _before_dash_aside(text, spans, quotes)
    if not spans or _alnum(text, spans) < 2:
        return [], kind
    return spans, kind


ASIDE_DASH = re.compile(r"[^\S\n]*(?:—|--|–)[^\S\n]*|[^\S\n]+-[^\S\n]+")
ASIDE_OPENER = re.compile(
    rf"(?:an?|(?:even[^\S\n]+)?(?:{'|'.join(sorted(CONCESSIVE_MARKS))})|even[^\S\n]+as)[^\S\n]",
    re.IGNORECASE,
)


def _before_dash_aside(
    text: str, spans: list[tuple[int, int]], quotes: QuoteIndex
) -> list[tuple[int, int]]:
    """ "said he would not kill their families — a proposal he has raised before", "told
    agents he had not made the changes - though he gave varying stories": after a lone dash
    outside quotation marks, an indefinite noun phrase sums up what was said and a concessive
    clause answers it; both are the writer's, and the claim ends at the dash. A second dash
    makes the pair a parenthesis inside the claim; the speaker's own dash stays."""
    lo, hi = spans[0][0], spans[-1][1]
    dashes = [m for m in ASIDE_DASH.finditer(text, lo, hi) if quotes.at(m.start()) is None]
    if len(dashes) != 1 or not ASIDE_OPENER.match(text, dashes[0].end(), hi):
        return spans
    cut = dashes[0].start()
    return [(s, min(e, cut)) for s, e in spans if s < cut]


def _after_dateline(text: str, s: int, e: int) -> int:
    """Where a claim starts once a dateline at the start of its paragraph is left out."""
    if s > 0 and text[s - 1] != "\n":
        return s
    m = FILING_DATELINE.match(text, s, e)
    return m.end() if m else colon_dateline_end(text, s, None) or s


@cache
def _connective() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(lexicons.load("discourse_connectives"), key=len)[::-1]))
    return re.compile(rf"(?:{words}),[^\S\n]+", re.IGNORECASE)


def _after_connective(text: str, s: int, e: int) -> int:
    """ "Even so, the plan will pass, aides said", "In contrast, sales fell, according to X":
    a connective set off by a comma ties the sentence to the one before it; it is the
    narrator's, not part of what was reported (a quotation keeps it: the speaker's words)."""
    m = _connective().match(text, s, e) or _bare_connective().match(text, s, e)
    return m.end() if m else s


@cache
def _bare_connective() -> re.Pattern[str]:
    words = "|".join(w.capitalize() for w in sorted(lexicons.load("bare_connectives")))
    return re.compile(rf"(?:{words})[^\S\n]+")


@cache
def _platform_tail() -> re.Pattern[str]:
    names = sorted(lexicons.load("speech_platforms"), key=len)[::-1]
    words = "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in names)
    return re.compile(rf"[^\S\n]+on[^\S\n]+(?:{words})\W*$", re.IGNORECASE)


def _before_platform(text: str, s: int, e: int) -> int:
    """ "mocked the senator on Twitter", "posted the story on Facebook": the platform ending a
    noun-phrase claim is where it was said, not what (a clause keeps it: "said there is hate
    on Twitter")."""
    m = _platform_tail().search(text, s, e)
    return m.start() if m else e


# 'pic="" author="cityhall"': the attributes of an embed's tag left in the text by the page's
# extraction ("<tweet ...>"); the tag's name is no cue and its attributes no claim
MARKUP = re.compile(r"""[\w-]+=(?:["']|$)""")


def call_to_action(claim: str) -> bool:
    """ "Follow Pam Key on Twitter @pamkeyNEN", "Sign up for our newsletter": boilerplate,
    never a statement, even inside quotation marks."""
    words = claim.strip(" “”\"'‘’").lower()
    opener = any(words.startswith(v + " ") or words == v for v in lexicons.load("calls_to_action"))
    return opener and any(t in words for t in lexicons.load("call_to_action_targets"))


@cache
def _note_labels() -> tuple[str, ...]:
    return tuple(lexicons.load("editorial_notes"))


# a note is one sentence: it ends at a sentence end or a blank line (not at a line break alone)
NOTE_END = re.compile(r"[.!?][\"”’']?(?:\s+(?=[A-Z“\"‘'])|[^\S\n]*(?:\n|$))|\n[^\S\n]*\n")


def editorial_notes(text: str) -> list[tuple[int, int]]:
    """The outlet's notes on its own story ("Editor's note: ...", "This story has been
    updated to note that ...", "Correction: ..."): boilerplate, never a statement, even with a
    reporting verb in it. A note is its label's sentence, wrapped over lines or not: what
    follows it (a correction's "On Wednesday, Comey said ...") is reported again."""
    notes, pos, labels = [], 0, _note_labels()
    for line in text.split("\n"):  # a label opens a line: one look at each line's start
        lead = len(line) - len(line.lstrip())
        if line[lead : lead + 40].lower().replace("’", "'").startswith(labels):
            end = NOTE_END.search(text, pos + lead + 1)
            notes.append((pos + lead, end.end() if end else len(text)))
        pos += len(line) + 1
    return notes


def _speaker_of(model: DocumentModel, f: Found) -> Speaker | None:
    """The resolved speaker; None when the speaker's head is inside the claim (a misparse)."""
    if f.speaker_head is None:
        return Speaker(None, None, None, "unknown")
    spk = resolve(f.speaker_head, model.names, model.speakers, f.speaker_tokens)
    if f.speaker_head.i in {t.i for t in f.claim_tokens}:
        return None
    if _is_inherited(f):  # "..., saying ...": the main clause's subject, named there
        spk = replace(spk, mention=None, span=None)
    return spk


def _second_half(
    model: DocumentModel, f: Found, spk: Speaker, spans: list[tuple[int, int]]
) -> None:
    """A split quotation: “A,” he said, “B.”: the second part follows the attribution in the
    same paragraph (a quotation opening the next paragraph is a statement of its own)."""
    quotes = model.quotes
    nxt = quotes.after(f.quotes[-1].end)
    att_end = max([t.idx + len(t.text) for t in f.cue_tokens] + ([spk.span[1]] if spk.span else []))
    if (
        nxt is not None
        and att_end < nxt.start
        and nxt.start - att_end <= 4
        and "\n" not in model.text[att_end : nxt.start]
        and att_end > f.quotes[-1].end
    ):
        spans.append(_strip_span(model.text, nxt.start, nxt.end))
        f.quotes.append(nxt)


def extract_statements(
    doc: Doc, article_date: str | None = None, doc_id: str = "-", resolver=None
) -> list[Statement]:
    """All statements of a parsed document, in text order."""
    model = DocumentModel.build(doc, article_date, resolver or default_resolver())
    found = [f for f in find_attributions(doc, model.quotes, model.names) if _speaker_ok(f)]
    found.sort(key=lambda f: f.cue_tokens[0].i if f.cue_tokens else 0)
    statements: list[Statement] = []
    nominal: list[bool] = []
    notes = editorial_notes(model.text)
    for f in found:
        if notes and _in_note(f, notes):
            continue
        spans, kind = _claim_spans(model, f)
        claim = model.text[spans[0][0] : spans[-1][1]] if spans else ""
        if not spans or call_to_action(claim) or MARKUP.match(claim):
            continue
        spk = _speaker_of(model, f)
        if spk is None:
            continue
        if kind == "direct" and f.quotes:
            _second_half(model, f, spk, spans)
        st = _make(doc, f, spk, spans, kind, article_date, model.resolver, model.timeline)
        nested = st.cue_span is not None and any(
            p.claim_spans[0][0] <= st.cue_span[0] < p.claim_spans[-1][1] for p in statements[-3:]
        )
        statements.append(st)
        nominal.append((not f.clausal or f.sieve in NOUN_CUES) and kind == "indirect")
        if not nested:  # a speaker inside someone else's claim is not who "he" will be next
            model.speakers.append(spk)
    statements = _drop_nested(statements, nominal)
    statements += _floating_quotes(
        doc, model.quotes, statements, model.names, article_date, model.resolver, model.timeline
    )
    statements = _numbered(_one_per_claim(statements), doc_id)
    headline_lead(statements, model.names.headline_end)
    for st in statements:  # one id for all the names of the speaker's entity in the article
        st.speaker_entity = model.entities.entity_id(st.speaker, st.speaker_type)
    return statements


def _in_note(f: Found, notes: list[tuple[int, int]]) -> bool:
    at = f.cue_tokens[0].idx if f.cue_tokens else f.claim_tokens[0].idx if f.claim_tokens else -1
    return any(s <= at < e for s, e in notes)


def _one_per_claim(statements: list[Statement]) -> list[Statement]:
    """In text order, one statement per claim: later duplicates of the same spans go."""
    statements.sort(key=lambda s: (s.claim_spans[0][0], s.cue_span or (0, 0)))
    seen: set[tuple[tuple[int, int], ...]] = set()
    unique = []
    for s in statements:
        key = tuple(s.claim_spans)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return unique


def _numbered(statements: list[Statement], doc_id: str) -> list[Statement]:
    for i, s in enumerate(statements):
        s.doc = doc_id
        s.index = i
    return statements


# Nominal cues report a clause, but inside another statement's claim they are part of it: the
# gold counts "rejected her claim that X" once, as the rejection.
NOUN_CUES = ("nominal_cue", "unattributed_nominal")


def _drop_nested(statements: list[Statement], nominal: list[bool]) -> list[Statement]:
    """A noun-phrase "statement" inside another statement's claim ("noted that chiefs
    discussed X", "drew attention to what he described as X") is part of that claim, and so is
    a nominal cue's ("rejected complaints from X that Y", '"Their claim that Y is wrong," she
    said')."""
    # Claims by start, with the two largest ends seen so far (and whose): "is the cue inside
    # another claim" is then one bisection, not a scan of every claim.
    claims = sorted(
        (s.claim_spans[0][0], s.claim_spans[-1][1], i) for i, s in enumerate(statements)
    )
    starts = [lo for lo, _, _ in claims]
    best: list[tuple[tuple[int, int], tuple[int, int]]] = []
    top = ((-1, -1), (-1, -1))  # (end, index) of the largest and second largest end
    for _, hi, i in claims:
        if hi > top[0][0]:
            top = ((hi, i), top[0])
        elif hi > top[1][0]:
            top = (top[0], (hi, i))
        best.append(top)
    keep = []
    for i, s in enumerate(statements):
        if nominal[i] and s.cue_span is not None:
            k = bisect.bisect_right(starts, s.cue_span[0])
            if k:
                first, second = best[k - 1]
                hi = first[0] if first[1] != i else second[0]
                if hi > s.cue_span[0]:
                    continue
        keep.append(s)
    return keep


def _is_inherited(f: Found) -> bool:
    if f.cue_head is None or f.speaker_head is None:
        return False
    # A participle ("..., saying ...") borrows its subject from the main clause: no mention of
    # its own. An xcomp or conjoined verb ("continues to urge") keeps the subject it shares.
    return f.cue_head.dep_ == "advcl" and f.speaker_head.head != f.cue_head


def _main_proposition(doc: Doc, root: Token | None, spans: list[tuple[int, int]]) -> Token | None:
    """The predicate whose stance is the claim's: a quotation of several sentences before its
    attribution ('"There is no plan. We will wait," she said.') makes its point in its first
    assertive sentence, not in the last one, which the attribution's parse holds. A question
    or a preface ("Let me be clear.") before it makes no point of its own."""
    if root is None or not spans:
        return root
    s, e = spans[0]
    first = doc.char_span(s, s + 1, alignment_mode="expand")
    if first is None or span_sent(first).start > root.i:
        return root
    sent = span_sent(first)
    while sent != sent_of(root) and sent.end < len(doc):
        lead = sent.root
        if s <= lead.idx < e and _assertive(sent):
            return lead
        sent = sent_of(doc[sent.end])
    if root.idx < s:
        return _claim_head(root, s, e)
    return _past_preface(doc, root, spans) or root


def _past_preface(doc: Doc, root: Token, spans: list[tuple[int, int]]) -> Token | None:
    """'"Well, let me put it this way," he continued. "I would not ..."': the attribution's
    parse holds an imperative preface; the point is the next part of the quotation."""
    if len(spans) < 2 or not _bare_verb(root):
        return None
    # an imperative opens its clause ("Well, let me ..."); a bare verb deeper in the first part
    # is a parse of something else ("Hillary wants to abolish — essentially abolish ...")
    lead = [t for t in sent_of(root) if spans[0][0] <= t.idx < root.idx]
    if any(t.dep_ not in ("intj", "punct", "advmod", "cc") for t in lead):
        return None
    s, e = spans[1]
    first = doc.char_span(s, s + 1, alignment_mode="expand")
    sent = span_sent(first) if first is not None else None
    if sent is None or not s <= sent.root.idx < e or not _assertive(sent):
        return None
    return sent.root


def _claim_head(root: Token, s: int, e: int) -> Token:
    """A transcript line or headline ("PENCE: Flowers will not attend.") parses the speaker's
    name before the colon as the sentence root; the claim's own predicate is the topmost word
    inside the claim, the one whose head lies outside it."""
    tops = [t for t in sent_of(root) if s <= t.idx < e and not s <= t.head.idx < e]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    return (verbs or tops or [root])[0]


def _assertive(sent: Span) -> bool:
    """Not a question, not an imperative ("Let me put it this way.", "Look at the facts.")."""
    if span_text(sent).rstrip(" ”\"’'").endswith("?"):
        return False
    return not _bare_verb(sent.root)


def _make(
    doc: Doc,
    f: Found,
    spk: Speaker,
    spans: list[tuple[int, int]],
    kind: str,
    article_date: str | None,
    resolver,
    timeline=None,
) -> Statement:
    text = doc_text(doc)
    claim = " ".join(text[s:e] for s, e in spans)
    if f.cue_tokens:
        cs = min(t.idx for t in f.cue_tokens)
        ce = max(t.idx + len(t.text) for t in f.cue_tokens)
        cue_span = (cs, ce)
        cue_text = text[cs:ce]
    else:
        cue_span, cue_text = None, None
    cue_span_obj = doc.char_span(*cue_span, alignment_mode="expand") if cue_span else None
    root = _main_proposition(doc, f.claim_root, spans)
    stance, stance_cues, stance_sieve = decide(f.cue_head, f.cue_tokens, root, claim)
    date, date_text, date_source, date_sieve, date_span = resolver.date_of(
        doc, cue_span_obj, spans, article_date, speaker=spk.name, timeline=timeline
    )
    lo = min(
        [spans[0][0]] + ([cue_span[0]] if cue_span else []) + ([spk.span[0]] if spk.span else [])
    )
    hi = max(
        [spans[-1][1]] + ([cue_span[1]] if cue_span else []) + ([spk.span[1]] if spk.span else [])
    )
    ss, se = _sentence_bounds(doc, lo, hi)
    return Statement(
        speaker=spk.name,
        speaker_mention=spk.mention,
        speaker_type=spk.type,
        cue=cue_text,
        claim=claim,
        quote=kind,
        stance=stance,
        stance_cues=stance_cues,
        date=date,
        date_text=date_text,
        date_source=date_source,
        sentence=text[ss:se].strip(),
        speaker_span=spk.span,
        cue_span=cue_span,
        claim_spans=spans,
        confidence=statement_confidence(
            f.sieve,
            kind,
            speaker=spk.name,
            speaker_type=spk.type,
            inherited=f.inherited_subject,
        ),
        date_span=date_span,
        why={
            "statement": f"{f.sieve}: {INHERITED}" if f.inherited_subject else f.sieve,
            "speaker": spk.sieve or ("no_speaker" if spk.name is None else "mention"),
            "stance": stance_sieve,
            "date": date_sieve,
        },
    )


DASH_ATTRIBUTION = re.compile(
    r"[”\"»]?[^\S\n]*[―—–][^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})"
)


def _floating_quotes(
    doc: Doc,
    quotes: QuoteIndex,
    statements: list[Statement],
    names: NameIndex,
    article_date: str | None,
    resolver,
    timeline=None,
) -> list[Statement]:
    """Quotations with no attribution verb of their own.

    - "“...” ― Name": a dash after the quotation names its speaker (lists of reactions).
    - A quotation in the same paragraph right after a statement continues it (one statement
      in two parts), whether what came before was quoted or reported ('X said Y. "Z."'); one
      in the next paragraph is a new statement by the same speaker ("paragraphs of
      quotation"), unless it goes on from a paragraph of only a quotation and its attribution.
    Scare quotes (a few words inside a sentence of narration) are left alone.
    """
    text = doc_text(doc)
    # Characters already claimed, and statements by the end of their claim: both looked up in
    # time independent of the number of statements, so 10,000 quotations stay linear.
    covered = bytearray(len(text) + 1)
    for st in statements:
        for cs, ce in st.claim_spans:
            covered[cs:ce] = b"\x01" * (ce - cs)
    new: list[Statement] = []
    ordered = sorted(statements, key=lambda st: st.claim_spans[-1][1])
    ends = [st.claim_spans[-1][1] for st in ordered]

    def place(st: Statement) -> None:
        k = bisect.bisect_right(ends, st.claim_spans[-1][1])
        ends.insert(k, st.claim_spans[-1][1])
        ordered.insert(k, st)

    for q in quotes.quotes:
        s, e = _strip_span(text, q.start, q.end)
        if e <= s or word_count(text[s:e]) < MIN_QUOTE_WORDS or call_to_action(text[s:e]):
            continue
        if any(covered[s:e]):
            continue
        first = doc.char_span(s, s + 1, alignment_mode="expand")
        if first is None:
            continue
        sent = span_sent(first)
        dash = DASH_ATTRIBUTION.match(text, q.end, min(len(text), q.end + 80))
        sent_alnum = len(_ALNUM.findall(span_text(sent)))
        if dash:  # the dashed name may share the quotation's sentence
            sent_alnum -= sum(1 for ch in dash.group(0) if ch.isalnum())
        lo, hi = max(s, sent.start_char), min(e, sent.end_char)
        quote_alnum = sum(1 for ch in text[lo:hi] if ch.isalnum())
        if sent_alnum and quote_alnum < 0.7 * sent_alnum:
            continue
        if dash:
            ms, me = dash.span(1)
            me -= len(text[ms:me]) - len(text[ms:me].rstrip("."))
            span = doc.char_span(ms, me, alignment_mode="expand")
            name, label = names.complete(text[ms:me], "PERSON")
            kind = "person" if label == "PERSON" else "unknown"
            st = _quote_statement(doc, s, e, sent, name, kind)
            st.speaker_mention, st.speaker_span = text[ms:me], (ms, me)
            st.cue = text[dash.start(0) : ms].strip().strip('”"»').strip() or None
            if st.cue:
                cs = text.index(st.cue, dash.start(0))
                st.cue_span = (cs, cs + len(st.cue))
            st.confidence = statement_confidence(
                "dash_attribution", "direct", speaker=name, speaker_type=kind
            )
            st.date, st.date_text, st.date_source, date_sieve, st.date_span = resolver.date_of(
                doc, span, [(s, e)], article_date, speaker=name, timeline=timeline
            )
            st.stance, st.stance_cues, stance_sieve = decide(None, [], sent.root, st.claim)
            st.why = {
                "statement": "dash_attribution",
                "speaker": "dash_name",
                "stance": stance_sieve,
                "date": date_sieve,
            }
            new.append(st)
            covered[s:e] = b"\x01" * (e - s)
            continue
        k = bisect.bisect_right(ends, s)  # the statement whose claim ends last before s
        if k == 0 or ordered[k - 1].speaker is None:
            continue
        p = ordered[k - 1]
        gap = text[p.claim_spans[-1][1] : s]
        if gap.count("\n\n") > 1 or gap.count("\n") > 3 or len(gap) > 400:
            continue
        covered[s:e] = b"\x01" * (e - s)
        j = _continued(doc, ordered, k, s) if "\n" not in gap else _goes_on(text, ordered, k, gap)
        if j is not None:
            p = ordered[j]
            del ends[j], ordered[j]
            p.claim_spans.append((s, e))
            p.quote = "mixed" if p.quote == "indirect" else p.quote
            p.claim = " ".join(text[a:b] for a, b in p.claim_spans)
            place(p)
            continue
        p = _last_attribution(ordered, k, s)
        st = _quote_statement(doc, s, e, sent, p.speaker, p.speaker_type)
        st.confidence = statement_confidence(
            "floating_quote", "direct", speaker=p.speaker, speaker_type=p.speaker_type
        )
        st.date, st.date_text, st.date_source = p.date, p.date_text, p.date_source
        st.date_span = p.date_span
        st.stance, st.stance_cues, stance_sieve = decide(None, [], sent.root, st.claim)
        st.why = {
            "statement": "floating_quote",
            "speaker": "previous_speaker",
            "stance": stance_sieve,
            "date": "previous_statement",
        }
        new.append(st)
        place(st)
    return new


QUOTE_THEN_CUE = re.compile(
    r"[,?!]?[^\S\n]*[”\"'’]+[^\S\n]*[^“”\"\n]{1,200}\.[^\S\n]*\n+\s*[“\"‘']+$"
)


UNCLOSED_THEN_QUOTE = re.compile(r"[.!?]?[^\S\n]*\n+\s*[“\"‘']+$")
PULL_QUOTE = 24  # characters compared to tell a repeated quotation
CLOSED_THEN_QUOTE = re.compile(r"[,.!?]?[^\S\n]*[”\"'’]+[^\S\n]*\n+\s*[“\"‘']+$")


def _goes_on(text: str, ordered: list[Statement], k: int, gap: str) -> int | None:
    """'"We will win," Cole said. / "Our voters are ready."': a paragraph that is only a
    quotation and its attribution (or a quotation, its attribution and the quotation's next
    part: '"A," Cole said. "B." / "C."'), followed by a paragraph that is only a quotation:
    the speaker goes on; the annotators keep both paragraphs as one statement. So does a
    quotation left open at the end of its paragraph when the next one opens with a quotation
    mark: the printed convention for a quotation of several paragraphs."""
    p = ordered[k - 1]
    if p.quote != "direct":
        return None
    if UNCLOSED_THEN_QUOTE.fullmatch(gap) and p.claim[-1:] not in CLOSING_QUOTES:
        return k - 1
    if p.cue_span is None:
        return None
    end = p.claim_spans[-1][1]
    parts = p.claim_spans
    if len(parts) > 1 and CLOSED_THEN_QUOTE.fullmatch(gap):
        if not parts[0][1] <= p.cue_span[0] < parts[1][0] or "\n" in text[parts[0][0] : end]:
            return None  # the attribution does not stand between two parts of one paragraph
        s = end + len(gap)
        if text[s : s + PULL_QUOTE].strip() in p.claim:
            return None  # a pull quote: the page repeats what was just quoted
    elif not QUOTE_THEN_CUE.fullmatch(gap) or not end <= p.cue_span[0] < end + len(gap):
        return None  # the attribution does not follow the first quotation
    start = p.claim_spans[0][0]
    opening = text[text.rfind("\n", 0, start) + 1 : start]
    return None if opening.strip(" \t“\"‘'") else k - 1


def _last_attribution(ordered: list[Statement], k: int, s: int) -> Statement:
    """The statement a quotation in the next paragraph goes on from: the one whose claim ends
    last before it, unless that speaker was only inherited and another statement's
    attribution follows its claim ('Her friends mocked him, calling him X, Roe said. ¶ "B."'
    is Roe's)."""
    p = ordered[k - 1]
    if p.speaker_span is not None:
        return p
    end = p.claim_spans[-1][1]
    for q in reversed(ordered[max(0, k - 4) : k - 1]):
        if q.speaker is not None and q.cue_span is not None and end < q.cue_span[0] < s:
            return q
    return p


def _continued(doc: Doc, ordered: list[Statement], k: int, s: int) -> int | None:
    """Which earlier statement of the paragraph a quotation with no attribution continues.

    A reported clause that ends the sentence right before it ('X said Y. "Z."'), unless that
    sentence also quotes the speaker ('"A," said X, who said Y. "B."': the quotation goes on);
    else the paragraph's last quoted statement ('"A," X said after the talks. "B."'); else a
    reported clause ('Y, X said. "Z."'). Not a noun phrase ('X seeks a raise. "Z."'), whose
    quotation is a statement of its own.
    """
    text = doc_text(doc)
    quoted, j = None, k - 1
    while j >= 0 and "\n" not in text[ordered[j].claim_spans[-1][1] : s]:
        if ordered[j].quote in ("direct", "mixed") and ordered[j].speaker is not None:
            quoted = j
            break
        j -= 1
    cs, ce = ordered[k - 1].claim_spans[-1]
    claim = doc.char_span(cs, ce, alignment_mode="expand")
    if claim is None or claim.root.pos_ not in ("VERB", "AUX"):
        return quoted
    sent = sent_of(claim[-1])
    ends_sentence = not any(ch.isalnum() for ch in text[ce : sent.end_char])
    alone = quoted is None or ordered[quoted].claim_spans[-1][1] <= sent.start_char
    if ends_sentence and alone:
        return k - 1
    return quoted if quoted is not None else k - 1


def _quote_statement(
    doc: Doc, s: int, e: int, sent: Span, speaker: str | None, speaker_type: str
) -> Statement:
    text = doc_text(doc)
    return Statement(
        speaker=speaker,
        speaker_mention=None,
        speaker_type=speaker_type,
        cue=None,
        claim=text[s:e],
        quote="direct",
        stance="confirm",
        stance_cues=[],
        date=None,
        date_text=None,
        date_source=None,
        sentence=text[sent.start_char : max(sent.end_char, e)].strip(),
        speaker_span=None,
        cue_span=None,
        claim_spans=[(s, e)],
        confidence=0.0,  # set by the caller, from the sieve that found it
    )
