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

    @classmethod
    def of(cls, root: Token) -> ClaimFrame:
        children = list(root.children)
        return cls(
            root,
            [c for c in children if c.dep_ in ("nsubj", "nsubjpass")],
            [c for c in children if c.dep_ in ("aux", "auxpass")],
            [c for c in children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS],
            children,
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
    """ "feel great", "believe in", "think of": an adjective or a phrase, not a clause."""
    kids = c.children
    if any(k.dep_ in ("ccomp", "xcomp", "advcl") for k in kids):
        return False
    return any(k.dep_ == "acomp" or (k.dep_ == "prep" and k.lower_ in ("in", "of")) for k in kids)


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


def hedge_modal(c: ClaimFrame) -> Stance | None:
    """ "may have paid"; "may not have paid" hedges the negation too."""
    modal = [a for a in c.aux if a.lower_ in _hedges()]
    return ("uncertain", [modal[0].text]) if modal else None


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


def negated_predicate(c: ClaimFrame) -> Stance | None:
    """ "the plant will not close"; not the idioms that assert ("can't stand")."""
    negs = _negation_words(c.children)
    for a in c.aux:
        negs += [d for d in a.children if d.dep_ == "neg"]
    negs = [n for n in negs if not _not_only(n)]
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
        if head.lemma_.lower() not in transparent:
            continue
        comps = [d for d in head.children if d.dep_ == "ccomp"]
        inner = claim_stance(comps[0]) if comps else None
        if inner is not None:
            return inner.value
    return None


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
    marker = next(m for m in cond[0].children if m.lower_ in CONDITIONAL_MARKS)
    return "uncertain", [marker.text]


def _concessive(clause: Token) -> bool:
    """ "Even if the venture fails, he has already built ...": the main clause holds anyway."""
    return any(m.dep_ == "advmod" and m.lower_ == "even" for m in clause.children)


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
    false_predicate,
    negated_certainty,
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


def claim_stance(root: Token) -> Decision[Stance] | None:
    """Stance carried by the claim's main predicate; None for a plain assertion."""
    return first(CLAIM_SIEVES, ClaimFrame.of(root))


# --- the decision -------------------------------------------------------------------------------


def decide(
    cue: Token | None, cue_words: list[Token], root: Token | None, claim_text: str
) -> tuple[str, list[str], str]:
    """``(stance, deciding words, why)``: the cue's own meaning first, then the claim's;
    ``why`` names the deciding sieve and the words it used."""
    decision = cue_stance(cue, cue_words) if cue is not None else None
    if decision is None and root is not None:
        decision = claim_stance(root)
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
