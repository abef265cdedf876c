"""Stance of a speaker toward a claim: confirm, deny or uncertain (see GUIDELINES.md).

Two ordered lists of named sieves: the cue's own meaning first (a denial or hedge verb, a
negated cue), then the claim's main predicate (hedged, false, negated, lacking, a question, a
real conditional). Only the main clause counts: negation inside a subordinate clause does not
make a denial. What no sieve decides is a question (yes/no) or else a plain assertion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from claimx.rules import lexicons
from claimx.rules.doccache import phrases_in, sent_of, span_text
from claimx.rules.sieve import Decision, explain, first

# Function words of the grammar (closed classes, not lexicon entries).
CONDITIONAL_MARKS = {"if", "unless"}
QUESTION_MARKS = {"whether", "if"}
WOULD = {"would", "'d", "’d"}
WILL = {"will", "'ll", "’ll", "shall"}
NOT_ONLY = {"just", "only", "merely", "simply"}
GENERIC_SUBJECTS = {"you", "we", "anyone", "anybody", "one", "someone", "somebody", "people"}
# forms of the copula by norm: the model lemmatizes "’m" as itself and "’s" as "’"
BE = {"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re"}

Stance = tuple[str, list[str]]  # (stance, the words that decided it)


def _negators(tok: Token) -> list[Token]:
    """Negation words on a predicate and on the auxiliaries it governs."""
    return _negation_words(tok.children)


def _negation_words(children: Iterable[Token]) -> list[Token]:
    """The negation words among a predicate's ``children``."""
    return [c for c in children if c.dep_ == "neg" or c.lower_ == "never"]


def _not_only(neg: Token) -> bool:
    """ "is not just X but Y" asserts both: the "not" is no denial."""
    doc = neg.doc
    if neg.i + 1 >= len(doc) or doc[neg.i + 1].lower_ not in NOT_ONLY:
        return False
    return any(t.lower_ == "but" for t in doc[neg.i + 2 : sent_of(neg).end])


def _correction(neg: Token) -> bool:
    """ "is a cash business, not a growth business": a "not" set off by a comma after the
    predicate's own complement negates the alternative it rejects, and asserts the first."""
    doc, verb = neg.doc, neg.head
    if neg.i == 0 or doc[neg.i - 1].text != "," or neg.i < verb.i:
        return False
    return any(k.dep_ in ("attr", "dobj", "acomp") and verb.i < k.i < neg.i for k in verb.children)


# --- the cue ------------------------------------------------------------------------------------


@dataclass
class CueFrame:
    """The cue's verbs and the negation on them: "did not deny", "declined to comment"."""

    cue: Token
    verbs: list[Token]
    negs: list[Token]

    @classmethod
    def of(cls, cue: Token, cue_words: list[Token]) -> CueFrame:
        negs = _negators(cue)
        for word in cue_words:
            if word.head != cue and word != cue and word.pos_ != "VERB":
                continue
            negs = negs or _negators(word)
        verbs = [w for w in cue_words if w.pos_ in ("VERB", "AUX")] or [cue]
        return cls(cue, verbs, negs)

    def denial_verb(self) -> Token | None:
        """The first verb of the cue that denies ("denied", phrasal "ruled out")."""
        for word in self.verbs:
            lemma = word.lemma_.lower()
            particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
            if particles:
                lemma = f"{lemma} {particles[0]}"
            if lemma in lexicons.load("deny_cues"):
                return word
        return None


def refusal(c: CueFrame) -> Stance | None:
    """ "refused to confirm", "declined to deny", "refused to say": refusing to speak commits
    to nothing, whatever the refused verb means (GUIDELINES.md: "declined to comment")."""
    for k, word in enumerate(c.verbs[:-1]):
        inner = c.verbs[k + 1]
        if (
            word.lemma_.lower() in lexicons.load("refusal_verbs")
            and inner.head == word
            and inner.lemma_.lower() in lexicons.reporting_verbs()
        ):
            return "uncertain", [word.text, inner.text]
    return None


def negated_denial(c: CueFrame) -> Stance | None:
    """ "did not deny": a negated denial leaves the claim open."""
    word = c.denial_verb()
    if word is None or not c.negs:
        return None
    return "uncertain", [t.text for t in c.negs] + [word.text]


def denial_cue(c: CueFrame) -> Stance | None:
    """ "denied", "rejected", "ruled out"."""
    word = c.denial_verb()
    return ("deny", [word.text]) if word is not None else None


def request_for(c: CueFrame) -> Stance | None:
    """ "asked for an inquiry": a question verb with "for" and no question is a request,
    confirm like "called for" (GUIDELINES.md), not a hedge."""
    for word in c.verbs:
        if word.lemma_.lower() in lexicons.load("hedge_cues") and not c.negs:
            deps = {ch.dep_ for ch in word.children}
            fors = [ch for ch in word.children if ch.dep_ == "prep" and ch.lower_ == "for"]
            if fors and not deps & {"ccomp", "dobj", "xcomp"}:
                return "confirm", [word.text, fors[0].text]
    return None


def request_to(c: CueFrame) -> Stance | None:
    """ "asked a federal judge to block the rules", "asked anyone with information to call":
    a question verb with an addressee and an infinitive is a request, confirm like "urged"
    (GUIDELINES.md), not a question ("asked whether", "Asked to respond, she said")."""
    for word in c.verbs:
        if word.lemma_.lower() not in lexicons.load("question_verbs") or c.negs:
            continue
        kids = list(word.children)
        objs = [k for k in kids if k.dep_ == "dobj" and k.i > word.i]
        if not objs or any(o.lemma_.lower() in lexicons.load("question_verbs") for o in objs):
            continue  # "asking candidates brain-teaser questions to see how they respond"
        if any(k.dep_ == "xcomp" and _to_infinitive(k) for k in kids) or any(
            k.dep_ == "prep" and _to_infinitive(a)
            for k in kids
            for o in k.children
            for a in o.children
        ):
            return "confirm", [word.text]
    return None


def _to_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and tok.left_edge.tag_ == "TO" and tok.left_edge.i < tok.i


def hedge_cue(c: CueFrame) -> Stance | None:
    """ "suggested", "speculated", "declined to comment"."""
    for word in c.verbs:
        if word.lemma_.lower() in lexicons.load("hedge_cues"):
            return "uncertain", [t.text for t in c.negs] + [word.text]
    return None


def called_false(c: CueFrame) -> Stance | None:
    """ "called the report false": the cue's predicate denies its object; the parser may hang a
    participle on the object instead ("called the charges unsubstantiated and invented")."""
    falsity = lexicons.load("falsity_words")
    objs = [d for d in c.cue.children if d.dep_ == "dobj"]
    preds = [d for d in c.cue.children if d.dep_ in ("oprd", "ccomp", "xcomp", "acomp")]
    preds += [d for o in objs for d in o.children if d.dep_ == "acl"]
    called = [d for d in preds if _word_in(d, falsity)]
    return ("deny", [called[0].text]) if called and not c.negs else None


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    """Lemma or form: an adjective tagged as a participle gets a verb's lemma
    ("unsubstantiated" -> "unsubstantiate")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def negated_cue(c: CueFrame) -> Stance | None:
    """ "did not say", "would not confirm": the speaker does not commit."""
    return ("uncertain", [t.text for t in c.negs] + [c.cue.text]) if c.negs else None


CUE_SIEVES = (
    refusal,
    negated_denial,
    denial_cue,
    request_for,
    request_to,
    hedge_cue,
    called_false,
    negated_cue,
)


def cue_stance(cue: Token, cue_words: list[Token]) -> Decision[Stance] | None:
    return first(CUE_SIEVES, CueFrame.of(cue, cue_words))


# --- the claim's main predicate -----------------------------------------------------------------


@dataclass
class ClaimFrame:
    """The claim's main predicate with its subject, auxiliaries and subordinators."""

    root: Token
    subj: list[Token]
    aux: list[Token]
    marks: list[Token]
    # the predicate's children, read once for all the sieves (spaCy makes them anew each time)
    children: list[Token]
    # the whole claim as reported ("" when unknown), for a point made in its next sentence
    claim_text: str = ""

    @classmethod
    def of(cls, root: Token, claim_text: str = "") -> ClaimFrame:
        children = list(root.children)
        return cls(
            root,
            [c for c in children if c.dep_ in ("nsubj", "nsubjpass")],
            [c for c in children if c.dep_ in ("aux", "auxpass")],
            [c for c in children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS],
            children,
            claim_text,
        )

    @property
    def lemma(self) -> str:
        return self.root.lemma_.lower()

    def conditional(self) -> list[Token]:
        return [
            c
            for c in self.children
            if c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children)
        ]


def _hedges() -> frozenset[str]:
    return lexicons.load("hedge_words")


def whether_question(c: ClaimFrame) -> Stance | None:
    """ "whether ...": an open question."""
    if c.marks and c.marks[0].lower_ == "whether":
        return "uncertain", [c.marks[0].text]
    return None


def hedge_predicate(c: ClaimFrame) -> Stance | None:
    """ "I think ...", "we believe ...", and in reported speech "he thinks ...": the hedge is
    the main predicate. Not when the verb takes no proposition: "we feel great", "I believe
    in firewalls", "I think of myself as"."""
    if (
        _word_in(c.root, _hedges())
        and c.subj
        and c.subj[0].pos_ == "PRON"
        and not _no_proposition(c)
    ):
        return "uncertain", [c.subj[0].text, c.root.text]
    return None


def _no_proposition(c: ClaimFrame) -> bool:
    """ "feel great", "feeling better", "believe in", "think of": an adjective, a comparative
    or a phrase, not a clause."""
    kids = c.children
    if any(k.dep_ in ("ccomp", "xcomp", "advcl") for k in kids):
        return False
    return any(
        k.dep_ == "acomp"
        or (k.dep_ == "advmod" and k.tag_ in ("RBR", "JJR"))
        or (k.dep_ == "prep" and k.lower_ in ("in", "of"))
        for k in kids
    )


def raising_verb(c: ClaimFrame) -> Stance | None:
    """ "it appears that ...", "the plan seems to work"."""
    return ("uncertain", [c.root.text]) if c.lemma in lexicons.load("raising_verbs") else None


def forecast(c: ClaimFrame) -> Stance | None:
    """ "the union expected production to improve": an expectation, not a fact."""
    if c.lemma in lexicons.load("forecast_predicates") and c.subj:
        return "uncertain", [c.root.text]
    return None


def hedge_phrase(c: ClaimFrame) -> Stance | None:
    """Fixed phrases of non-commitment in the sentence ("too early to tell")."""
    present = phrases_in(c.root.doc, lexicons.load("hedge_phrases"))
    if not present:
        return None
    text = span_text(sent_of(c.root)).lower()
    for phrase in present:
        if phrase in text:
            return "uncertain", [phrase]
    return None


def asserting_idiom(c: ClaimFrame) -> Stance | None:
    """ "had no choice but to raise fares", "could not be clearer", "couldn't agree more": an
    idiom whose negation asserts is no denial when it holds every negation of the predicate."""
    present = phrases_in(c.root.doc, lexicons.load("asserting_idioms"))
    if not present:
        return None
    negs = _predicate_negators(c) + [
        d
        for arg in c.children
        if arg.dep_ in ("dobj", "attr", "nsubj")
        for d in arg.children
        if d.dep_ == "det" and d.lower_ == "no"
    ]
    sent = sent_of(c.root)
    text = span_text(sent).lower()
    for phrase in present:
        at = text.find(phrase)
        while at >= 0 and negs:
            start = sent.start_char + at
            if all(start <= n.idx < start + len(phrase) for n in negs):
                return "confirm", [phrase]
            at = text.find(phrase, at + 1)
    return None


# "could not breathe", "couldn't remember": negated, "could" is a past inability, not a hedge
ABILITY_MODALS = {"could"}


def hedge_modal(c: ClaimFrame) -> Stance | None:
    """ "may have paid"; "may not have paid" hedges the negation too, but "could not" denies."""
    modal = [a for a in c.aux if a.lower_ in _hedges() and not _negated_ability(a)]
    return ("uncertain", [modal[0].text]) if modal else None


def _negated_ability(modal: Token) -> bool:
    doc = modal.doc
    return (
        modal.lower_ in ABILITY_MODALS and modal.i + 1 < len(doc) and doc[modal.i + 1].dep_ == "neg"
    )


def hedged_complement(c: ClaimFrame) -> Stance | None:
    """ "it was unlikely to work"."""
    hedged = [d for d in c.children if d.dep_ == "acomp" and d.lower_ in _hedges()]
    return ("uncertain", [hedged[0].text]) if hedged else None


def false_predicate(c: ClaimFrame) -> Stance | None:
    """ "the claims are unfounded", "the reports were fabricated"."""
    falsity = lexicons.load("falsity_words")
    pred = [d for d in c.children if d.dep_ in ("acomp", "attr", "oprd") and _word_in(d, falsity)]
    if pred:
        return "deny", [pred[0].text]
    if c.root.tag_ == "VBN" and c.root.lower_ in falsity:
        return "deny", [c.root.text]
    return None


def negated_certainty(c: ClaimFrame) -> Stance | None:
    """ "we are not sure the vote will pass", "it is not clear whether ...": denying certainty
    hedges; it does not deny the proposition (hedges dominate negation)."""
    certainty = lexicons.load("certainty_words")
    words = [d for d in c.children if d.dep_ == "acomp" and d.lemma_.lower() in certainty]
    if c.lemma in certainty:
        words.append(c.root)
    negs = _negation_words(c.children) + [d for a in c.aux for d in a.children if d.dep_ == "neg"]
    return ("uncertain", [negs[0].text, words[0].text]) if words and negs else None


def _predicate_negators(c: ClaimFrame) -> list[Token]:
    """The negation on the predicate or its auxiliaries, "not only ... but" apart."""
    negs = _negation_words(c.children)
    for a in c.aux:
        negs += [d for d in a.children if d.dep_ == "neg"]
    return [n for n in negs if not _not_only(n) and not _correction(n)]


def _but_clause(c: ClaimFrame) -> Token | None:
    """The clause conjoined by "but" ("..., but I will vote"); not a shared-subject verb ("did
    not, but was referring to") or a phrase ("not X but Y")."""
    buts = [k for k in c.children if k.dep_ == "cc" and k.lower_ == "but"]
    for conj in c.children:
        if conj.dep_ != "conj" or conj.i < c.root.i:
            continue
        own = [k for k in conj.children if k.dep_ == "cc" and k.lower_ == "but"]
        but = next((b for b in buts if b.i < conj.i), None) or next(iter(own), None)
        if but is not None and _makes_point(c, but, conj):
            return conj
    return None


def _but_sentence(c: ClaimFrame) -> Token | None:
    """The predicate of the claim's next sentence when it opens with "But" ('"She had never run
    for office. But she made it her mission ..."'), also past an attribution between the two
    parts of the quotation."""
    doc = c.root.doc
    end = sent_of(c.root).end
    if end >= len(doc):
        return None
    nxt = sent_of(doc[end])
    words = [t for t in doc[nxt.start : min(nxt.start + 3, nxt.end)] if not t.is_punct]
    if not words or words[0].lower_ != "but" or words[0].dep_ != "cc":
        return None
    # the "But" clause's own predicate: the sentence's root may be the attribution's verb
    return words[0].head if _makes_point(c, words[0], words[0].head) else None


def _makes_point(c: ClaimFrame, but: Token, pred: Token) -> bool:
    """The "but" clause is a main clause of the claim: a subject of its own, no subordinator
    ("but if you say it"), inside the quotation (not the attribution's verb after it: '"... but
    in response to a question," he said'), and no copula set against a copula ("It is not about
    money. But it is about power", "X is not A, but Y is B"): that corrects, and denies what
    it corrects."""
    kids = list(pred.children)
    if not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
        return False
    if any(k.dep_ == "mark" for k in kids) or (_copula(c.root) and _copula(pred)):
        return False
    doc = but.doc
    words = span_text(doc[but.i : max(pred.i, but.i + 2) + 1])
    return bool(c.claim_text) and words in c.claim_text


def _copula(tok: Token) -> bool:
    return tok.lemma_ == "be" or tok.norm_ in BE


def concessive_but(c: ClaimFrame) -> Stance | None:
    """ "I have never voted in a primary, but I'm going to vote in this one", "I don't want to
    interrupt, but ...": the negated clause is conceded; the point is the "but" clause, whose
    stance is the claim's ("..., but it's just not realistic" denies)."""
    negs = _predicate_negators(c)
    conj = (_but_clause(c) or _but_sentence(c)) if negs else None
    if conj is None or c.lemma in lexicons.load("negated_idioms"):
        return None
    inner = claim_stance(conj)
    return inner.value if inner is not None else ("confirm", [negs[0].text, "but"])


def negated_denial_predicate(c: ClaimFrame) -> Stance | None:
    """ "said it cannot rule out sabotage", "told reporters he did not deny that X": a negated
    denial of a possibility or a clause as the claim's own predicate leaves it open, as it
    does as the cue; "we have not rejected anything" is an act denied (the literal rule)."""
    particles = [k.lower_ for k in c.children if k.dep_ == "prt"]
    lemma = f"{c.lemma} {particles[0]}" if particles else c.lemma
    if lemma not in lexicons.load("deny_cues"):
        return None
    if not particles and not any(k.dep_ == "ccomp" for k in c.children):
        return None
    negs = _predicate_negators(c)
    return ("uncertain", [t.text for t in negs] + [c.root.text]) if negs else None


# "would not", "won't": a refusal, not a past act denied; "can't answer a question" is as often
# a charge against someone else ("Clinton still cannot say the two words")
REFUSAL_MODALS = frozenset({"would", "will", "wo"})


def refused_remark(c: ClaimFrame) -> Stance | None:
    """ "said he would not comment on the matter", "would not react until ...": the speaker's
    refusal to speak, reported, commits to nothing, like "declined to comment" (GUIDELINES.md);
    "I did not say that" denies an act."""
    if not any(a.lower_ in REFUSAL_MODALS for a in c.aux):
        return None
    if c.lemma not in lexicons.load("comment_verbs"):
        return None
    negs = _predicate_negators(c)
    return ("uncertain", [negs[0].text, c.root.text]) if negs else None


def negated_predicate(c: ClaimFrame) -> Stance | None:
    """ "the plant will not close"; not the idioms that assert ("can't stand")."""
    negs = _predicate_negators(c)
    if negs and c.lemma not in lexicons.load("negated_idioms"):
        return "deny", [t.text for t in negs]
    return None


def negated_adverb(c: ClaimFrame) -> Stance | None:
    """ "allies no longer trust us": the negation sits on an adverb of the main verb."""
    for adv in c.children:
        if adv.dep_ != "advmod" or adv.lower_ not in lexicons.load("cessation_adverbs"):
            continue
        negs = [n for n in adv.children if n.dep_ == "neg" and not _not_only(n)]
        if negs:
            return "deny", [negs[0].text, adv.text]
    return None


def negative_argument(c: ClaimFrame) -> Stance | None:
    """ "nothing was found", "there is no evidence", "neither side agreed"."""
    negative = lexicons.load("negation_words")
    for arg in c.children:
        if arg.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj", "expl"):
            continue
        dets = [d for d in arg.children if d.dep_ == "det" and d.lower_ == "no"]
        if dets:
            return "deny", [dets[0].text]
        if arg.lower_ in negative:
            return "deny", [arg.text]
        pre = [d for d in arg.children if d.dep_ == "preconj" and d.lower_ == "neither"]
        if pre:
            return "deny", [pre[0].text]
    return None


def negative_answer(c: ClaimFrame) -> Stance | None:
    """ "Asked whether he would run, the senator said no": the pro-form "no" after the cue
    answers in the negative; the speaker presents the proposition asked about as false."""
    head = c.root.head
    if (
        c.root.lower_ == "no"
        and head != c.root
        and head.lemma_.lower() in lexicons.reporting_verbs()
    ):
        return "deny", [c.root.text]
    return None


def negative_verb(c: ClaimFrame) -> Stance | None:
    """ "the company lacks the funds", "officials failed to ..."."""
    if c.lemma in lexicons.load("negative_predicates"):
        return "deny", [c.root.text]
    return None


def transparent_predicate(c: ClaimFrame) -> Stance | None:
    """ "the audit shows no one leaked", "it means he never paid", "is satisfied that there was
    no leak": the complement is the proposition, so its stance is the claim's. Not under a
    condition ("If turnout stays low, that means ..."): the conditional decides."""
    if c.conditional():
        return None
    heads = [c.root] + [d for d in c.children if d.dep_ == "acomp"]
    transparent = lexicons.load("transparent_predicates")
    for head in heads:
        if head.lemma_.lower() not in transparent and not (head == c.root and _asserting_frame(c)):
            continue
        comps = [d for d in head.children if d.dep_ == "ccomp"]
        inner = claim_stance(comps[0]) if comps else None
        if inner is not None:
            return inner.value
    return None


def _asserting_frame(c: ClaimFrame) -> bool:
    """ "The simple truth is that ...", "I'm telling you, ...": a frame that vouches for its
    clause; "he told me that ..." reports a telling, and stays the claim."""
    frames = lexicons.load("assertion_frames")
    if c.lemma == "be":
        return any(s.lemma_.lower() in frames for s in c.subj)
    return (
        c.lemma in frames
        and bool(c.subj)
        and c.subj[0].lower_ in ("i", "we")
        and any(d.lower_ == "you" for d in c.children if d.dep_ in ("dobj", "dative"))
    )


def hedge_adverb(c: ClaimFrame) -> Stance | None:
    """ "the plant will probably close"; before negation, as hedges dominate it: "likely
    won't reopen" is uncertain, not a denial."""
    adverbs = [d for d in c.children if d.dep_ == "advmod" and d.lower_ in _hedges()]
    return ("uncertain", [adverbs[0].text]) if adverbs else None


def conditional_would(c: ClaimFrame) -> Stance | None:
    """ "the plant would close if ...": a hypothesis."""
    would = [a.text for a in c.aux if a.lower_ in WOULD]
    return ("uncertain", would + ["if"]) if would and c.conditional() else None


def counterfactual(c: ClaimFrame) -> Stance | None:
    """ "a smaller jet would have cost twice as much": "would have" with no "if" states what
    did not happen, a hypothesis (GUIDELINES.md: "would ... if ..."), not a fact."""
    would = [a for a in c.aux if a.lower_ in WOULD]
    perfect = [a for a in c.aux if a.lower_ == "have" and would and a.i > would[0].i]
    return ("uncertain", [would[0].text, perfect[0].text]) if perfect else None


def conditional(c: ClaimFrame) -> Stance | None:
    """ "If you're that kind of student, you'll succeed": a real conditional; "If elected,
    I will ..." is a promise, not a hypothesis."""
    cond = c.conditional()
    if not cond or cond[0].i > c.root.i or _promise(c) or _concessive(cond[0]):
        return None
    if _relevance(cond[0]):
        return None
    marker = next(m for m in cond[0].children if m.lower_ in CONDITIONAL_MARKS)
    return "uncertain", [marker.text]


def _concessive(clause: Token) -> bool:
    """ "Even if the venture fails, he has already built ...": the main clause holds anyway."""
    return any(m.dep_ == "advmod" and m.lower_ == "even" for m in clause.children)


def _relevance(clause: Token) -> bool:
    """ "If you look at the polls, he is ahead", "If you want to win, you have to ...": the
    if-clause addresses the hearer's interest, not a condition; the main clause holds anyway."""
    subj = [k for k in clause.children if k.dep_ == "nsubj"]
    return (
        clause.lemma_.lower() in lexicons.load("relevance_conditions")
        and bool(subj)
        and subj[0].lower_ in GENERIC_SUBJECTS
    )


def embedded_question(c: ClaimFrame) -> Stance | None:
    """ "asked if ..."."""
    return ("uncertain", [c.marks[0].text]) if c.marks else None


def _promise(c: ClaimFrame) -> bool:
    """A first-person will-clause is a promise."""
    return bool(c.subj) and c.subj[0].lower_ in {"i", "we"} and any(a.lower_ in WILL for a in c.aux)


CLAIM_SIEVES = (
    whether_question,
    hedge_predicate,
    raising_verb,
    forecast,
    hedge_phrase,
    hedge_modal,
    hedged_complement,
    hedge_adverb,
    asserting_idiom,
    false_predicate,
    negated_certainty,
    concessive_but,
    negated_denial_predicate,
    refused_remark,
    negated_predicate,
    negated_adverb,
    negative_argument,
    negative_answer,
    negative_verb,
    transparent_predicate,
    conditional_would,
    counterfactual,
    conditional,
    embedded_question,
)


def claim_stance(root: Token, claim_text: str = "") -> Decision[Stance] | None:
    """Stance carried by the claim's main predicate; None for a plain assertion."""
    return first(CLAIM_SIEVES, ClaimFrame.of(root, claim_text))


# --- the decision -------------------------------------------------------------------------------


def decide(
    cue: Token | None, cue_words: list[Token], root: Token | None, claim_text: str
) -> tuple[str, list[str], str]:
    """``(stance, deciding words, why)``: the cue's own meaning first, then the claim's;
    ``why`` names the deciding sieve and the words it used."""
    decision = cue_stance(cue, cue_words) if cue is not None else None
    if decision is None and root is not None:
        decision = claim_stance(root, claim_text)
    if decision is None and _yes_no_question(claim_text):
        decision = Decision(("uncertain", ["?"]), "question")
    if decision is None:
        decision = Decision(("confirm", []), "assertion")
    (stance, words) = decision.value
    used = " ".join(words) or None
    return stance, words, explain(Decision(decision.value, decision.sieve, used)) or ""


def _yes_no_question(claim_text: str) -> bool:
    """A genuine question: the claim's first sentence asks yes or no ("Will the plant close?").
    A wh-question is most often rhetorical ("What kind of genius loses a billion dollars?") and
    takes the stance of what it presupposes, so it is not counted as a hedge."""
    first_sentence = re.split(r"(?<=[.!?])[”\"’']?\s+", claim_text.strip(), maxsplit=1)[0]
    if not first_sentence.rstrip(" ”\"'’").endswith("?"):
        return False
    word = re.match(r"[“\"‘']*(\w+)", first_sentence)
    return word is not None and word.group(1).lower() in lexicons.load("question_openers")
