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
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimx.record import Statement
from claimx.rules import lexicons
from claimx.rules.doccache import doc_text
from claimx.rules.quotes import CLOSERS, Quote, QuoteIndex
from claimx.rules.speakers import NameIndex, Speaker, mention_tokens, resolve, tokens_text
from claimx.rules.stance import decide

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions that introduce what was said after some cues ("called for", "warned of").
CLAIM_PREPS = {"for", "of", "against", "about", "on", "to", "that"}
# Cues whose direct object is the addressee, not the content ("told reporters that ...").
ADDRESSEE_VERBS = {"tell", "inform", "notify", "remind", "assure", "advise", "ask", "thank"}
# Cues that never take their object as the claim without a clause.
NEEDS_CLAUSE = {"say", "add", "continue", "respond", "reply", "explain", "write", "tell"}
# Phrasal cues "VERB NOUN PREP": "drew attention to", "made the case for", "raised questions about"


@cache
def _phrasal() -> set[tuple[str, str]]:
    return {tuple(e.split(None, 1)) for e in lexicons.load("phrasal_cues")}  # type: ignore[misc]


COMPLEMENTIZERS = {"that"}
# Cues that report speech only with an infinitive ("declined to comment", not "sales declined").
XCOMP_ONLY = {"decline"}
MIN_QUOTE_WORDS = 4
CLOSING_QUOTES = CLOSERS | {"''", "’"}  # as the tokenizer splits them


@dataclass
class Found:
    cue_tokens: list[Token]
    cue_head: Token | None
    speaker_head: Token | None
    claim_tokens: list[Token] = field(default_factory=list)
    claim_root: Token | None = None
    inherited: Speaker | None = None
    quotes: list[Quote] = field(default_factory=list)
    colon: bool = False
    confidence: float = 0.85
    cue_text: str | None = None
    cue_span: tuple[int, int] | None = None
    clausal: bool = False  # the claim is a clause or quotation, not a noun phrase
    speaker_tokens: list[Token] | None = None  # the mention, when not the head's subtree
    line: bool = False  # "NAME: ..." line: the claim is the rest of the line, quoted or not
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
            while k > verb.sent.start and doc[k].text not in CLOSING_QUOTES:
                k -= 1
            j = k + 1
            while j < verb.i and doc[j].is_punct:
                j += 1
            if doc[k].text in CLOSING_QUOTES and j < verb.i and doc[j].ent_type_ == "PERSON":
                return doc[j]  # right after the quotation, not inside a 'that' clause
        return (before or subs)[-1]
    return None


def _speaker_head(verb: Token) -> tuple[Token | None, bool]:
    """Subject of the cue, climbing through xcomp, conj, participles and relative clauses.

    Returns the head and whether it was inherited from a governing clause (so no mention
    stands next to the cue itself).
    """
    subj = _subject(verb)
    rel = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")]
    if rel and verb.dep_ == "relcl":
        return verb.head, False
    if subj is not None:
        return subj, False
    tok = verb
    for _ in range(4):
        if (
            tok.dep_ == "pcomp"
            and tok.tag_ == "VBG"
            and tok.head.dep_ == "prep"
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):
            # "pitched himself by telling them ...", "After saying X, she was whisked ...":
            # the gerund's speaker is the subject of the clause the preposition hangs on
            tok = tok.head.head
            subj = _subject(tok)
            if subj is not None:
                return subj, True
            continue
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head != tok:
            was_participle = tok.dep_ == "advcl" and tok.tag_ == "VBG"
            tok = tok.head
            if (
                was_participle
                and tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in lexicons.reporting_verbs()
            ):
                # "X warned that Y would spread, saying Z": the participle is X's, though the
                # parser hangs it on the reported clause
                tok = tok.head
            subj = _subject(tok)
            if subj is not None:
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
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], False
    return None, False


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading complementizers and punctuation, and trailing punctuation."""
    while tokens and (
        tokens[0].is_punct
        and tokens[0].text not in "“\"‘'«"
        or tokens[0].lower_ in COMPLEMENTIZERS
        and tokens[0].dep_ == "mark"
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


def _claim_from(head: Token, exclude: set[int]) -> list[Token]:
    """A clause's words, minus trailing participial clauses and summative appositives.

    "X said Y, adding Z" and "..., a move meant to ..." comment on the claim; they are not
    part of it (and "adding" is a statement of its own).
    """
    ids = _subtree_ids(head) - exclude
    for t in head.subtree:
        if (
            t.dep_ == "conj"
            and t.i > head.i
            and t.lemma_.lower() in lexicons.reporting_verbs()
            and t.tag_ in ("VBD", "VBZ", "VBP")
            and (t.tag_ != t.head.tag_ or any(c.dep_ in SUBJECT_DEPS for c in t.children))
        ):
            # "said he would order a review and warned against hackers": the warning is a
            # statement of its own, not part of what was said
            ids -= _subtree_ids(t)
            ids -= {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
        prev = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
        if prev is None or prev.text not in (",", "—", "--", "–"):
            continue
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i in ids:
            ids -= _subtree_ids(t)
        elif (
            t.dep_ in ("appos", "dobj", "npadvmod")
            and t.pos_ == "NOUN"
            and any(d.lower_ in ("a", "an") and d.dep_ == "det" for d in t.children)
            and max(_subtree_ids(t)) >= max(ids, default=0) - 1
        ):
            ids -= _subtree_ids(t)
    toks = [head.doc[i] for i in sorted(ids)]
    # keep the contiguous run that holds the head
    run: list[Token] = []
    for t in toks:
        if run and t.i != run[-1].i + 1:
            if head.i <= run[-1].i:
                break
            run = []
        run.append(t)
    return _trim(run)


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
            elif c.dep_ == "prt":
                words.append(c)
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


def _find_for_verb(verb: Token, quotes: QuoteIndex) -> Found | None:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    has_obj = any(c.dep_ == "dobj" for c in children)
    inner = [
        c for c in children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicons.reporting_verbs()
    ]
    bare = (
        lemma in XCOMP_ONLY
        and inner
        and not any(g.dep_ in ("ccomp", "dobj", "prep", "xcomp") for g in inner[0].children)
    )
    if not has_obj and inner and not bare:
        return None  # "continues to urge": the inner verb carries the statement
    # ("declined to comment." has no inner statement: the refusal is the statement)
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in lexicons.reporting_verbs()
        and any(c.dep_ == "dobj" for c in verb.head.children)
    ):
        return None  # "urged partners to maintain ...": the content of the outer cue
    spk, inherited = _speaker_head(verb)
    cue = _cue_words(verb)
    exclude = _subtree_ids(spk) if spk is not None else set()
    speaker_tokens = None
    if (
        verb.dep_ == "relcl"
        and spk is not None
        and verb.head == spk
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that", "which") for c in children)
    ):
        # "demonstrators, who said X": the cue's own clause hangs under the speaker, and the
        # mention stops where it starts; a clause on the last of a list ("Jeb Bush and Chris
        # Christie, who say") is the whole list's
        exclude -= _subtree_ids(verb)
        while spk.dep_ == "conj" and spk.head.pos_ in ("NOUN", "PROPN"):
            spk = spk.head
        words = [t for t in mention_tokens(spk) if t.i < verb.left_edge.i]
        while len(words) > 1 and (words[-1].is_punct or words[-1].lower_ in ("who", "that")):
            words.pop()
        speaker_tokens = words or None
    exclude |= {t.i for t in cue}
    ccomp = [c for c in children if c.dep_ == "ccomp"]
    found = Found(cue, verb, spk)
    found.speaker_tokens = speaker_tokens
    if inherited:
        found.confidence -= 0.1
    if ccomp:
        # "said that X and that Y": the conjoined clause is in the first one's subtree.
        found.claim_root = ccomp[0]
        found.clausal = True
        found.claim_tokens = _claim_from(ccomp[0], exclude)
        for extra in ccomp[1:]:
            found.claim_tokens += _claim_from(extra, exclude)
        return found
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        # "The plan will work, he said."
        found.claim_root = verb.head
        found.clausal = True
        found.claim_tokens = _claim_from(verb.head, exclude | _subtree_ids(verb))
        return found
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.text == ":":
        found.colon = found.clausal = True
        found.cue_tokens = cue + [nxt]
        return found
    dobj = [c for c in children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    xcomp = [c for c in children if c.dep_ in ("xcomp", "oprd") and c.i > verb.i]
    as_prep = [c for c in children if c.dep_ == "prep" and c.lower_ == "as"]
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ in CLAIM_PREPS and c.i > verb.i]
    if dobj and (lemma, dobj[0].lemma_.lower()) in _phrasal():
        # "drew attention to X": the noun belongs to the cue, the claim follows the preposition
        noun = dobj[0]
        p = [c for c in list(noun.children) + preps if c.dep_ == "prep" and c.i > noun.i]
        found.cue_tokens = cue + [noun] + p[:1]
        if p:
            objs = [g for g in p[0].children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                found.claim_root = objs[0]
                found.claim_tokens = _claim_from(objs[0], exclude)
                return found
        cl = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
        if cl and cl[0].lemma_.lower() in lexicons.reporting_verbs():
            return None  # "issued a statement saying X": the participle carries the statement
        if cl:
            found.claim_root = cl[0]
            found.claim_tokens = _claim_from(cl[0], exclude)
            return found
        return None
    if lemma in ADDRESSEE_VERBS:
        if xcomp:
            found.claim_root = xcomp[0]
            found.claim_tokens = _claim_from(xcomp[0], exclude)
            return found
        return None
    reason = [
        c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > verb.i
    ]
    on_obj = [
        c
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == verb.i + 1 and xcomp
    ]
    if on_obj and lemma not in NEEDS_CLAUSE:
        # "called on X to Y", "urged on": the preposition belongs to the cue
        found.cue_tokens = cue + [on_obj[0]]
        ids = set().union(*(_subtree_ids(t) for t in on_obj + xcomp)) - {on_obj[0].i}
        found.claim_root = xcomp[0]
        found.claim_tokens = _trim([verb.doc[i] for i in range(min(ids), max(ids) + 1)])
        found.confidence -= 0.1
        return found
    if lemma in XCOMP_ONLY and not xcomp:
        return None
    if dobj and (dobj[0].pos_ != "PRON" or reason) and lemma not in NEEDS_CLAUSE:
        parts = [dobj[0]] + xcomp + as_prep + reason
        head_ids: set[int] = set()
        for p in parts:
            head_ids |= _subtree_ids(p)
        first, last = min(head_ids), max(head_ids)
        span_tokens = [verb.doc[i] for i in range(first, last + 1) if i not in exclude]
        found.claim_root = dobj[0]
        found.claim_tokens = _trim(span_tokens)
        cut = _claim_from(dobj[0], exclude)
        if not (xcomp or as_prep or reason):
            if _bare_party(cut):
                return None  # "praised the firefighters": an endorsement, no proposition
            found.claim_tokens = cut
        found.confidence -= 0.1
        return found
    if as_prep and verb.dep_ == "relcl":
        objs = [g for g in as_prep[0].children if g.dep_ == "pobj"]
        if objs:
            found.claim_root = objs[0]
            found.claim_tokens = _claim_from(objs[0], exclude)
            found.confidence -= 0.1
            return found
    if xcomp and lemma not in NEEDS_CLAUSE:
        # "vowed to fight", "promised to ...", "declined to comment"
        found.claim_root = xcomp[0]
        found.claim_tokens = _claim_from(xcomp[0], exclude)
        found.confidence -= 0.15
        return found
    if preps and lemma not in NEEDS_CLAUSE:
        for p in preps:
            objs = [g for g in p.children if g.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].ent_type_ not in ("DATE", "TIME"):
                found.cue_tokens = cue + [p]
                found.claim_root = objs[0]
                found.claim_tokens = _claim_from(objs[0], exclude)
                if _bare_party(found.claim_tokens):
                    return None  # "apologized to passengers"
                found.confidence -= 0.15
                return found
    fronted = _fronted_claim(verb, spk)
    if fronted:
        # "Language unclear on whether single mothers are covered, experts say."
        found.claim_tokens = fronted
        found.claim_root = verb.doc[fronted[0].i : fronted[-1].i + 1].root
        found.clausal = True
        found.confidence -= 0.15
        return found
    quote = _adjacent_quote(verb, spk, quotes)
    if quote is not None:
        # the parse lost the quotation ('"Wall Street's a cynical place," said X'): the
        # quotation right next to the cue is its claim
        span = verb.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            found.claim_tokens = list(span)
            found.claim_root = span.root
            found.clausal = True
            found.confidence -= 0.15
            return found
    return None


def _fronted_claim(verb: Token, spk: Token | None) -> list[Token]:
    """The words before "..., SUBJECT say(s)." at the end of a sentence, when the parser made
    no clause of them (a verbless headline claim)."""
    if spk is None or verb.dep_ != "ROOT" or spk.i > verb.i:
        return []
    doc = verb.doc
    comma = spk.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != ",":
        return []
    if any(not t.is_punct and not t.is_space for t in doc[verb.i + 1 : sent.end]):
        return []  # only for a cue that ends its sentence
    words = _trim(list(doc[sent.start : comma]))
    return words if sum(1 for t in words if t.is_alpha) >= MIN_QUOTE_WORDS else []


def _adjacent_quote(verb: Token, spk: Token | None, quotes: QuoteIndex) -> Quote | None:
    """A quotation of a few words or more that stands right after the cue ('said, "..."')
    or right before it, with at most the speaker between ('"...," said X', '"...," X said')."""
    text = doc_text(verb.doc)
    end = verb.idx + len(verb.text)
    after = quotes.after(end)
    if after is not None and re.fullmatch(r"[\s,:]*[“\"«‘']{1,2}", text[end : after.start]):
        candidate = after
    else:
        before = quotes.before(verb.idx)
        if before is None or before.end > verb.idx:
            return None
        between = text[before.end : verb.idx].strip(" \t”\"’'»,")
        if between and (spk is None or between != tokens_text(mention_tokens(spk))):
            return None
        candidate = before
    if len(text[candidate.start : candidate.end].split()) < MIN_QUOTE_WORDS:
        return None
    return candidate


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
    return bool(particles) and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _is_phrasal(verb: Token) -> bool:
    pairs = _phrasal()
    return any(
        (verb.lemma_.lower(), c.lemma_.lower()) in pairs
        for c in verb.children
        if c.dep_ in ("dobj", "attr", "acomp")
    )


def _nominal(noun: Token) -> Found | None:
    """ "the minister's claim that X", "a denial by the company that X"."""
    clause = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp")
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]
    if not clause:
        return None
    speaker = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        speaker += [g for g in p.children if g.dep_ == "pobj"]
    if not speaker:
        return None
    found = Found([noun], noun, speaker[0], sieve="nominal_cue")
    found.claim_root = clause[0]
    found.claim_tokens = _claim_from(clause[0], _subtree_ids(speaker[0]) | {noun.i})
    found.clausal = True
    found.confidence = 0.7
    return found


def _according_to(tok: Token) -> Found | None:
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
        if not nouns or len(list(pcomp[0].subtree)) > 6:
            return None
        objs, mention = nouns, list(pcomp[0].subtree)
    clause = tok.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head != clause:
        if clause.pos_ in ("VERB", "AUX"):
            break
        clause = clause.head
    exclude = _subtree_ids(tok)
    found = Found([tok, to[0]], None, objs[0], sieve="according_to")
    found.speaker_tokens = mention
    found.claim_root = clause
    found.claim_tokens = _claim_from(clause, exclude)
    found.cue_text = None
    return found


def _headline_colon(sent: Span, text: str | None = None) -> Found | None:
    """ "Name: claim" at the start of a line: headlines and interview transcripts
    ("PENCE: Well, look, ..."); the claim runs to the end of the paragraph."""
    doc = sent.doc
    text = doc_text(doc) if text is None else text  # Doc.text re-joins every token: pass it in
    before = text[max(0, sent.start_char - 3) : sent.start_char].rstrip("\"“”' ")
    if sent.start_char > 0 and not (before == "" or before.endswith("\n")):
        return None
    start = sent.start
    while start < sent.end and doc[start].is_quote:
        start += 1
    # An entity starting at ``start``, read off the token's IOB tags: ``sent.ents`` walks the
    # whole Doc on every call, which made documents of many short sentences quadratic.
    ents = []
    first = doc[start] if start < sent.end else None
    if first is not None and first.ent_iob_ == "B" and first.ent_type_ in ("PERSON", "ORG"):
        ent_end = start + 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        if ent_end <= sent.end:
            ents = [doc[start:ent_end]]
    if ents:
        name_end, head = ents[0].end, ents[0].root
    elif start < sent.end and doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1:
        name_end, head = start + 1, doc[start]  # transcript speaker in capitals
        while name_end < sent.end and doc[name_end].is_upper and doc[name_end].is_alpha:
            name_end += 1
            head = doc[name_end - 1]
    else:
        return None
    if name_end >= len(doc) or doc[name_end].text != ":":
        return None
    para_end = text.find("\n", doc[name_end].idx)
    para_end = len(text) if para_end < 0 else para_end
    claim = _trim([t for t in doc[name_end + 1 :] if t.idx < para_end])
    if len(claim) < 3:
        return None
    found = Found([doc[name_end]], None, head, sieve="name_colon_line")
    found.speaker_tokens = list(doc[start:name_end])
    found.line = True
    found.claim_tokens = claim
    found.claim_root = claim[0].sent.root
    found.clausal = True
    found.confidence = 0.6
    return found


def _spans_of(tokens: list[Token]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for t in tokens:
        s, e = t.idx, t.idx + len(t.text)
        if spans and t.i > 0 and tokens[0].doc[t.i - 1] in tokens and spans[-1][1] <= s:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    # join runs that are contiguous in tokens
    merged: list[tuple[int, int]] = []
    ids = {t.i for t in tokens}
    for t in tokens:
        s, e = t.idx, t.idx + len(t.text)
        if merged and t.i - 1 in ids:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _alnum(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(1 for s, e in spans for ch in text[s:e] if ch.isalnum())


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
    total = _alnum(text, spans)
    covered = sum(
        1 for q in inside for i in range(max(lo, q.start), min(hi, q.end)) if text[i].isalnum()
    )
    if total and covered >= total * 0.9:
        partner = _split_partner(text, quotes, inside, found)
        if partner is not None:
            inside = sorted([*inside, partner], key=lambda q: q.start)
        found.quotes = inside
        return [(q.start, q.end) for q in inside], "direct"
    # mixed: the parsed clause, widened to the quotations it cuts into, within its sentences
    s_lo, s_hi = _sentence_bounds(doc, lo, hi)
    lo = max(s_lo, min(lo, *(q.start for q in inside)))
    hi = min(s_hi, max(hi, *(q.end for q in inside)))
    found.quotes = inside
    return [(lo, hi)], "mixed"


def _split_partner(
    text: str, quotes: QuoteIndex, inside: list[Quote], found: Found
) -> Quote | None:
    """The other half of a quotation the attribution splits: '"A," X said, "B."' is one
    statement in two parts. The first half ends with a comma, and only the attribution
    (no sentence end) stands between the halves."""
    if not found.cue_tokens:
        return None
    cue_lo = min(t.idx for t in found.cue_tokens)
    cue_hi = max(t.idx + len(t.text) for t in found.cue_tokens)
    first, last = inside[0], inside[-1]
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
    if not text[before.start : before.end].rstrip().endswith(",") or not between.rstrip(
        " \t“\"‘'«"
    ).endswith(","):
        return None
    return after if last.end <= cue_lo else before


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in '“”"«»'):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in '“”"«»,'):
        e -= 1
    return s, e


def _sentence_bounds(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    last = doc.char_span(max(lo, hi - 1), hi, alignment_mode="expand")
    s = first.sent.start_char if first is not None else lo
    e = last.sent.end_char if last is not None else hi
    return s, e


def find_attributions(doc: Doc, quotes: QuoteIndex | None = None) -> list[Found]:
    quotes = quotes or QuoteIndex(doc_text(doc))
    verbs = lexicons.reporting_verbs()
    out: list[Found] = []
    text = doc_text(doc)
    for sent in doc.sents:
        head = _headline_colon(sent, text)
        if head is not None:
            out.append(head)
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                f = _according_to(tok)
                if f is not None:
                    out.append(f)
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicons.load("nominal_cues"):
                f = _nominal(tok)
                if f is not None:
                    out.append(f)
                continue
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lemma_.lower() not in verbs and not _is_phrasal(tok) and not _has_particle(tok):
                continue
            if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and tok.head.pos_ == "NOUN":
                continue  # "the reported cases", "a plan announced by ..." are not speech acts
            if quotes.at(tok.idx) is not None:
                continue  # a verb inside a quotation belongs to the quoted speech
            f = _find_for_verb(tok, quotes)
            if f is not None:
                out.append(f)
    return out


def _speaker_ok(found: Found) -> bool:
    h = found.speaker_head
    if h is None:
        return True
    # Subjects that are events or texts without an issuer are not speakers ("The episode
    # underscores", "the exchange highlighted"); a document with an issuer is fine.
    return not (h.pos_ == "NOUN" and h.lemma_.lower() in lexicons.load("non_speakers"))


def extract_statements(
    doc: Doc, article_date: str | None = None, doc_id: str = "-", resolver=None
) -> list[Statement]:
    """All statements of a parsed document, in text order."""
    from claimx.rules.document import DocumentModel

    model = DocumentModel.build(doc, article_date, resolver or _default_resolver())
    resolver, text, quotes, names = model.resolver, model.text, model.quotes, model.names
    found = [f for f in find_attributions(doc, quotes) if _speaker_ok(f)]
    found.sort(key=lambda f: f.cue_tokens[0].i if f.cue_tokens else 0)
    statements: list[Statement] = []
    speakers = model.speakers
    nominal: list[bool] = []
    for f in found:
        if f.colon:
            q = quotes.after(f.cue_tokens[-1].idx)
            if q is None or q.start - f.cue_tokens[-1].idx > 6:
                # "X said:" followed by the rest of the sentence
                rest = _trim([t for t in f.cue_tokens[-1].sent if t.i > f.cue_tokens[-1].i])
                if len(rest) < 3:
                    continue
                f.claim_tokens = rest
                f.claim_root = rest[0].sent.root
                spans, kind = _apply_quotes(doc, f, quotes)
            else:
                spans, kind = [(q.start, q.end)], "direct"
                f.quotes = [q]
        elif f.line:
            spans, kind = _spans_of(f.claim_tokens), "direct"
            spans = [(spans[0][0], spans[-1][1])]
        else:
            spans, kind = _apply_quotes(doc, f, quotes)
        spans = [_strip_span(text, s, e) for s, e in spans]
        spans = [(s, e) for s, e in spans if e > s]
        if not spans or _alnum(text, spans) < 2:
            continue
        if f.speaker_head is not None:
            spk = resolve(f.speaker_head, names, speakers, f.speaker_tokens)
            if f.speaker_head.i in {t.i for t in f.claim_tokens}:
                continue
        else:
            spk = Speaker(None, None, None, "unknown")
        if f.speaker_head is not None and _is_inherited(f):
            spk = Speaker(spk.name, None, None, spk.type, spk.head)
        # A split quotation: “A,” he said, “B.” — the second part follows the attribution.
        if kind == "direct" and f.quotes:
            nxt = quotes.after(f.quotes[-1].end)
            att_end = max(
                [t.idx + len(t.text) for t in f.cue_tokens] + ([spk.span[1]] if spk.span else [])
            )
            if (
                nxt is not None
                and att_end < nxt.start
                and nxt.start - att_end <= 4
                and att_end > f.quotes[-1].end
            ):
                spans.append(_strip_span(text, nxt.start, nxt.end))
                f.quotes.append(nxt)
        st = _make(doc, f, spk, spans, kind, article_date, resolver)
        nested = st.cue_span is not None and any(
            p.claim_spans[0][0] <= st.cue_span[0] < p.claim_spans[-1][1] for p in statements[-3:]
        )
        statements.append(st)
        nominal.append(not f.clausal and kind == "indirect")
        if not nested:  # a speaker inside someone else's claim is not who "he" will be next
            speakers.append(spk)
    statements = _drop_nested(statements, nominal)
    statements += _floating_quotes(doc, quotes, statements, names, article_date, resolver)
    statements.sort(key=lambda s: (s.claim_spans[0][0], s.cue_span or (0, 0)))
    # one statement per claim: drop later duplicates of the same claim text
    seen: set[tuple[tuple[int, int], ...]] = set()
    unique = []
    for s in statements:
        key = tuple(s.claim_spans)
        if key in seen:
            continue
        seen.add(key)
        unique.append(s)
    for i, s in enumerate(unique):
        s.doc = doc_id
        s.index = i
    return unique


def _drop_nested(statements: list[Statement], nominal: list[bool]) -> list[Statement]:
    """A noun-phrase "statement" inside another statement's claim ("noted that chiefs
    discussed X", "drew attention to what he described as X") is part of that claim."""
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


def _make(
    doc: Doc,
    f: Found,
    spk: Speaker,
    spans: list[tuple[int, int]],
    kind: str,
    article_date: str | None,
    resolver,
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
    stance, stance_cues, stance_sieve = decide(f.cue_head, f.cue_tokens, f.claim_root, claim)
    date, date_text, date_source, date_sieve, date_span = resolver.date_of(
        doc, cue_span_obj, spans, article_date, speaker=spk.name
    )
    lo = min(
        [spans[0][0]] + ([cue_span[0]] if cue_span else []) + ([spk.span[0]] if spk.span else [])
    )
    hi = max(
        [spans[-1][1]] + ([cue_span[1]] if cue_span else []) + ([spk.span[1]] if spk.span else [])
    )
    ss, se = _sentence_bounds(doc, lo, hi)
    confidence = f.confidence - (0.2 if spk.name is None else 0.0)
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
        confidence=max(0.05, min(1.0, confidence)),
        date_span=date_span,
        why={
            "statement": "colon_quote" if f.colon else f.sieve,
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
) -> list[Statement]:
    """Quotations with no attribution verb of their own.

    - "“...” ― Name": a dash after the quotation names its speaker (lists of reactions).
    - A quotation in the same paragraph right after a direct quote continues it (one
      statement in two parts); one in the next paragraph is a new statement by the same
      speaker ("paragraphs of quotation").
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
        if e <= s or len(text[s:e].split()) < MIN_QUOTE_WORDS:
            continue
        if any(covered[s:e]):
            continue
        first = doc.char_span(s, s + 1, alignment_mode="expand")
        if first is None:
            continue
        sent = first.sent
        dash = DASH_ATTRIBUTION.match(text, q.end, min(len(text), q.end + 80))
        sent_alnum = sum(1 for ch in sent.text if ch.isalnum())
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
            st.confidence = 0.7
            st.date, st.date_text, st.date_source, date_sieve, st.date_span = resolver.date_of(
                doc, span, [(s, e)], article_date, speaker=name
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
        if "\n" not in gap and p.quote in ("direct", "mixed"):
            del ends[k - 1], ordered[k - 1]
            p.claim_spans.append((s, e))
            p.claim = " ".join(text[a:b] for a, b in p.claim_spans)
            place(p)
            continue
        st = _quote_statement(doc, s, e, sent, p.speaker, p.speaker_type)
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
        confidence=0.55,
    )


_RESOLVER = None


def _default_resolver():
    global _RESOLVER
    if _RESOLVER is None:
        from claimx.rules.dating import DateResolver

        _RESOLVER = DateResolver()
    return _RESOLVER
