"""Stance of a speaker toward a claim: confirm, deny or uncertain (see GUIDELINES.md).

Decided in this order: the cue (a denial or hedge verb, a negated cue), then the claim's main
predicate (negated, lacking, hedged by a modal or adverb, a question, a real conditional).
Only the main clause counts: negation inside a subordinate clause does not make a denial.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimx.rules import lexicons

NEG_DEPS = {"neg"}
NEG_DETERMINERS = {"no"}
NEG_PRONOUNS = {"nothing", "none", "nobody", "noone", "neither"}
# Negated idioms that assert rather than deny ("can't stand", "could not be clearer").
IDIOM_HEADS = {"stand", "help", "wait", "overstate", "emphasize", "stress", "agree"}
CONDITIONAL_MARKS = {"if", "unless"}
QUESTION_MARKS = {"whether", "if"}
WOULD = {"would", "'d", "’d"}
# First words of a yes/no question.
YES_NO_OPENERS = {
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "am",
    "isn't",
    "aren't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
}


def _negators(tok: Token) -> list[Token]:
    """Negation words on a predicate and on the auxiliaries it governs."""
    negs = [c for c in tok.children if c.dep_ in NEG_DEPS or c.lower_ in {"never"}]
    return negs


def _not_only(neg: Token) -> bool:
    """ "is not just X but Y" asserts both: the "not" is no denial."""
    doc = neg.doc
    if neg.i + 1 >= len(doc) or doc[neg.i + 1].lower_ not in {"just", "only", "merely", "simply"}:
        return False
    return any(t.lower_ == "but" for t in doc[neg.i + 2 : neg.sent.end])


def cue_stance(cue: Token, cue_words: list[Token]) -> tuple[str, list[str]] | None:
    negs = _negators(cue)
    for word in cue_words:
        if word.head != cue and word != cue and word.pos_ != "VERB":
            continue
        negs = negs or _negators(word)
    verbs = [w for w in cue_words if w.pos_ in ("VERB", "AUX")] or [cue]
    # "did not deny", "declined to comment", "appeared to suggest": any verb of the cue counts
    for word in verbs:
        lemma = word.lemma_.lower()
        particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
        if particles:  # phrasal denials: "ruled out", "played down"
            lemma = f"{lemma} {particles[0]}"
        if lemma in lexicons.load("deny_cues"):
            if negs:
                return "uncertain", [t.text for t in negs] + [word.text]
            return "deny", [word.text]
    for word in verbs:
        if word.lemma_.lower() in lexicons.load("hedge_cues"):
            return "uncertain", [t.text for t in negs] + [word.text]
    falsity = lexicons.load("falsity_words")
    called = [
        c
        for c in cue.children
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lemma_.lower() in falsity
    ]
    if called and not negs:  # "called the report false"
        return "deny", [called[0].text]
    if negs:
        return "uncertain", [t.text for t in negs] + [cue.text]
    return None


def claim_stance(root: Token) -> tuple[str, list[str]]:
    """Stance carried by the claim's main predicate."""
    hedges = lexicons.load("hedge_words")
    # A question: "whether ..." or a claim ending in "?".
    marks = [c for c in root.children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS]
    if marks and marks[0].lower_ == "whether":
        return "uncertain", [marks[0].text]
    # "I think ..." / "we believe ...": the hedge is the main predicate.
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lemma_.lower() in hedges and subj and subj[0].pos_ == "PRON":
        # "I think ...", and in reported speech "he thinks ...", "it believes ..."
        return "uncertain", [subj[0].text, root.text]
    if root.lemma_.lower() in {"appear", "seem"}:
        return "uncertain", [root.text]
    if root.lemma_.lower() in lexicons.load("forecast_predicates") and subj:
        return "uncertain", [root.text]  # "the union expected production to improve"
    phrase = _hedge_phrase(root)
    if phrase:  # "it was too early to tell whether ..."
        return "uncertain", [phrase]
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    modal = [a for a in aux if a.lower_ in hedges]
    if modal:  # "may not have paid" hedges the negation too
        return "uncertain", [modal[0].text]
    hedged = [c for c in root.children if c.dep_ == "acomp" and c.lower_ in hedges]
    if hedged:  # "it was unlikely to work"
        return "uncertain", [hedged[0].text]
    falsity = lexicons.load("falsity_words")
    false_pred = [
        c
        for c in root.children
        if c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in falsity
    ]
    if false_pred:  # "the claims are unfounded", "called the report false"
        return "deny", [false_pred[0].text]
    if root.tag_ == "VBN" and root.lower_ in falsity:  # "the reports were fabricated"
        return "deny", [root.text]
    negs = _negators(root)
    for a in aux:
        negs += [c for c in a.children if c.dep_ == "neg"]
    negs = [n for n in negs if not _not_only(n)]
    if negs and root.lemma_.lower() not in IDIOM_HEADS:
        return "deny", [t.text for t in negs]
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj", "expl"):
            dets = [d for d in c.children if d.dep_ == "det" and d.lower_ in NEG_DETERMINERS]
            if dets:
                return "deny", [dets[0].text]
            if c.lower_ in NEG_PRONOUNS or c.lower_ == "no":
                return "deny", [c.text]
            pre = [d for d in c.children if d.dep_ == "preconj" and d.lower_ == "neither"]
            if pre:
                return "deny", [pre[0].text]
    if root.lemma_.lower() in lexicons.load("negative_predicates"):
        return "deny", [root.text]
    adverbs = [c for c in root.children if c.dep_ == "advmod" and c.lower_ in hedges]
    if adverbs:
        return "uncertain", [adverbs[0].text]
    conditional = [
        c
        for c in root.children
        if c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children)
    ]
    if conditional and any(a.lower_ in WOULD for a in aux):
        return "uncertain", [a.text for a in aux if a.lower_ in WOULD] + ["if"]
    if conditional and conditional[0].i < root.i and not _promise(root, subj, aux):
        # "If you're that kind of student, you'll succeed": a real conditional, not a promise
        marker = next(m for m in conditional[0].children if m.lower_ in CONDITIONAL_MARKS)
        return "uncertain", [marker.text]
    if marks:  # "asked if ..."
        return "uncertain", [marks[0].text]
    return "confirm", []


def decide(
    cue: Token | None, cue_words: list[Token], root: Token | None, claim_text: str
) -> tuple[str, list[str], str]:
    """``(stance, cue words, sieve)``: the cue's own meaning first, then the claim's."""
    if cue is not None:
        by_cue = cue_stance(cue, cue_words)
        if by_cue is not None:
            return by_cue[0], by_cue[1], "cue_word"
    if root is not None:
        stance, cues = claim_stance(root)
        if stance != "confirm":
            return stance, cues, "claim_predicate"
    if _yes_no_question(claim_text, root):
        return "uncertain", ["?"], "question"
    return "confirm", [], "assertion"


def _yes_no_question(claim_text: str, root: Token | None) -> bool:
    """A genuine question: the claim's first sentence asks yes or no ("Will the plant close?").
    A wh-question is most often rhetorical ("What kind of genius loses a billion dollars?") and
    takes the stance of what it presupposes, so it is not counted as a hedge."""
    first = re.split(r"(?<=[.!?])[”\"’']?\s+", claim_text.strip(), maxsplit=1)[0]
    if not first.rstrip(" ”\"'’").endswith("?"):
        return False
    word = re.match(r"[“\"‘']*(\w+)", first)
    return bool(word) and word.group(1).lower() in YES_NO_OPENERS


def _promise(root: Token, subj: list[Token], aux: list[Token]) -> bool:
    """ "If elected, I will ...": a first-person will-clause is a promise, not a hypothesis."""
    return (
        bool(subj)
        and subj[0].lower_ in {"i", "we"}
        and any(a.lower_ in {"will", "'ll", "’ll", "shall"} for a in aux)
    )


def _hedge_phrase(root: Token) -> str | None:
    """Fixed phrases of non-commitment in the main clause ("too early to tell")."""
    sent = root.sent
    text = sent.text.lower()
    for phrase in lexicons.load("hedge_phrases"):
        if phrase in text:
            return phrase
    return None
