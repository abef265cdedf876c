"""Speaker mentions and their resolution to the most complete name in the document.

A mention is the subject as written ("Alliance Secretary General Mark Rutte", "He", "officials");
the speaker is the fullest name for it anywhere in the article ("Mark Rutte" for "Rutte" or for a
"He" whose nearest compatible antecedent is Rutte). Titles and appositions stay in the mention only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx import lexicons
from claimx.doccache import doc_text

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
IT_PRONOUNS = {"it"}
FIRST_PERSON = {"i", "we", "me", "us"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
TYPE_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
ARTICLES = {"the", "a", "an"}
POSSESSIVE = re.compile(r"\s*['’]s?$")


@dataclass(slots=True)
class Speaker:
    name: str | None
    mention: str | None
    span: tuple[int, int] | None
    type: str
    head: Token | None = None


def _fold(text: str) -> str:
    return text.lower().replace("’", "'")


# Role nouns that stand before a name or in apposition to it ("Mayor Bill de Blasio",
# "Donald Trump, the Republican nominee"), so that "the mayor" can find its name.
def _roles_of(ent: Span) -> list[tuple[str, frozenset[str]]]:
    """(role, modifiers) pairs: "Republican presidential nominee Donald Trump" gives
    ("nominee", {"republican", "presidential"})."""
    doc = ent.doc
    roles = []
    k = ent.start - 1
    if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].is_alpha and not doc[k].ent_type_:
        mods = set()
        j = k - 1
        while j >= 0 and k - j <= 4 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j].is_alpha:
            mods.add(doc[j].lower_)
            j -= 1
        roles.append((doc[k].lemma_.lower(), frozenset(mods)))
    for c in ent.root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            mods = {m.lower_ for m in c.children if m.dep_ in ("amod", "compound")}
            roles.append((c.lemma_.lower(), frozenset(mods)))
    if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
        h = ent.root.head
        mods = {m.lower_ for m in h.children if m.dep_ in ("amod", "compound")}
        roles.append((h.lemma_.lower(), frozenset(mods)))
    return [(r, m) for r, m in roles if len(r) > 2]


def _clean_name(text: str) -> str:
    return POSSESSIVE.sub("", text.strip())


def mention_tokens(head: Token) -> list[Token]:
    """The subject's words as written, without relative clauses ("X, who ..., said")."""
    drop: set[int] = set()
    for t in head.subtree:
        if t.dep_ == "relcl":
            drop.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in drop]
    # One contiguous run around the head, trimmed of punctuation and dangling conjunctions.
    keep = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in keep and head.i - (lo - 1) <= 12:
        lo -= 1
    while hi + 1 in keep and (hi + 1) - head.i <= 12:
        hi += 1
    run = [head.doc[i] for i in range(lo, hi + 1)]
    while len(run) > 1 and (run[-1].is_punct or run[-1].dep_ in ("cc", "prep")):
        run.pop()
    while len(run) > 1 and run[0].is_punct:
        run.pop(0)
    return run


def entity_of(head: Token) -> Span | None:
    """The named entity that holds the head, read off the token tags (no walk over doc.ents)."""
    if head.ent_type_ not in NAME_LABELS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=head.ent_type_)


class NameIndex:
    """Names in a document, so that "Rutte" resolves to "Mark Rutte"."""

    def __init__(self, doc: Doc, quoted: Callable[[int], bool] | None = None):
        # a name inside a quotation is the quoted speaker's words, not an antecedent for "he"
        self.quoted = quoted or (lambda offset: False)
        self.persons: list[Span] = [e for e in doc.ents if e.label_ == "PERSON"]
        self.person_ends = [e.end for e in self.persons]
        self.full: dict[str, str] = {}
        self.acronyms: set[str] = {
            e.text
            for e in doc.ents
            if e.label_ == "ORG" and e.text.isupper() and e.text.isalpha() and 2 < len(e.text) < 7
        }
        self.roles: dict[str, list[tuple[frozenset[str], str, int]]] = {}
        self.genders = _genders(doc, self.persons)
        self.org_prefix: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                for role, mods in _roles_of(ent):
                    self.roles.setdefault(role, []).append((mods, _clean_name(ent.text), ent.start))
            if ent.label_ == "ORG" and len(ent) > 1:
                first = _fold(ent[0].text)
                name = _clean_name(ent.text)
                if len(name) > len(self.org_prefix.get(first, "")):
                    self.org_prefix[first] = name
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            name = _clean_name(ent.text)
            words = name.split()
            if not words:
                continue
            key = (ent.label_ == "PERSON", _fold(words[-1]))
            best = self.full.get(str(key))
            if best is None or len(name) > len(best):
                self.full[str(key)] = name

    def gender(self, name: str) -> str | None:
        """"m" or "f" from the article's own evidence, None when it gives none."""
        return self.genders.get(_fold(name.split()[-1])) if name.split() else None

    def complete(self, name: str, label: str) -> tuple[str, str]:
        """Fullest name and its label; a person's full name wins over a mislabelled surname
        ("Caddell" tagged ORG in one sentence is "Pat Caddell" elsewhere)."""
        words = name.split()
        if not words:
            return name, label
        low = _fold(name)
        for as_person in (True, False) if label != "PERSON" else (True,):
            best = self.full.get(str((as_person, _fold(words[-1]))))
            if best and _fold(best).endswith(low) and (as_person or len(best) > len(name)):
                return best, "PERSON" if as_person else label
        if len(words) == 1 and label != "PERSON" and _fold(name) in self.org_prefix:
            return self.org_prefix[_fold(name)], "ORG"  # "Peabody" -> "Peabody Energy"
        return name, label


MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}


def _genders(doc: Doc, persons: list[Span]) -> dict[str, str]:
    """Gender of each surname by the article's own evidence: an honorific before the name
    ("Mr. Clarke"), or the subject pronoun of the clause that the person's own verb takes
    ("Clinton said she would ...", "Caddell added that he ..."), where no other person is named
    in the sentence."""
    votes: dict[str, list[int]] = {}
    sent_of = {e.start: e.sent.start for e in persons}
    count_in_sent: dict[int, int] = {}
    for e in persons:
        count_in_sent[sent_of[e.start]] = count_in_sent.get(sent_of[e.start], 0) + 1
    for ent in persons:
        key = _fold(_clean_name(ent.text).split()[-1]) if ent.text.split() else ""
        if not key:
            continue
        v = votes.setdefault(key, [0, 0])
        if ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS:
            v[0 if HONORIFICS[doc[ent.start - 1].lower_] == "m" else 1] += 3
        if ent.root.dep_ not in ("nsubj", "nsubjpass") or count_in_sent[sent_of[ent.start]] > 1:
            continue
        verb = ent.root.head
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp", "conj"):
                continue
            for t in clause.children:
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in MALE | FEMALE:
                    v[0 if t.lower_ in MALE else 1] += 1
    return {k: ("m" if m > f else "f") for k, (m, f) in votes.items() if m != f}


def _agrees(pronoun: str, name: str | None, names: NameIndex) -> bool:
    if not name:
        return False
    g = names.gender(name)
    if g is None:
        return True
    return (g == "m") == (pronoun in MALE)


def _person_antecedent(doc: Doc, before: int, names: NameIndex) -> Span | None:
    """The nearest PERSON before ``before``, preferring a subject in the nearest sentence."""
    sent_starts = []  # the starts of this sentence and the three before, walking back
    i = before
    while i >= 0 and len(sent_starts) < 4:
        if doc[i].is_sent_start or i == 0:
            sent_starts.insert(0, i)
        i -= 1
    pron = doc[before].lower_

    def fits(e: Span) -> bool:
        return (
            e.root.tag_ != "NNPS"
            and not names.quoted(e.start_char)
            and _agrees(pron, _clean_name(e.text), names)
        )

    # Walk back from the pronoun only as far as the window (or the first fitting person
    # before it): a scan of every person in the document per pronoun would be quadratic.
    candidates: list[Span] = []
    k = bisect.bisect_right(names.person_ends, before)
    while k > 0:
        k -= 1
        e = names.persons[k]
        if e.start < sent_starts[0] and candidates:
            break
        if fits(e):
            candidates.insert(0, e)
            if e.start < sent_starts[0]:
                break
    if not candidates:
        return None
    for start in reversed(sent_starts[-4:]):
        in_sent = [e for e in candidates if e.start >= start]
        if not in_sent:
            continue
        subjects = [e for e in in_sent if e.root.dep_ in ("nsubj", "nsubjpass")]
        if start < doc[before].sent.start and subjects:
            return subjects[0]
        return in_sent[-1] if start == doc[before].sent.start else (subjects or in_sent)[0]
    return candidates[-1]


def _group_antecedent(head: Token, names: NameIndex) -> Token | None:
    """For "they" / "it": the nearest subject before it, within two sentences, that can be a
    group ("environmentalists worry ... they say") or an organisation ("The White House ...
    it is steering clear"); names inside quotations do not count."""
    doc = head.doc
    plural = head.lower_ in GROUP_PRONOUNS
    starts = 0
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if tok.is_sent_start:
            starts += 1
            if starts > 2:
                break
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or names.quoted(tok.idx):
            continue
        if plural and (tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP")):
            return tok
        if not plural and tok.ent_type_ in ("ORG", "GPE"):
            return tok
    return None


def _recent_person(head: Token, previous: list[Speaker], names: NameIndex) -> str | None:
    """The last person who spoke, if within the two sentences before: speakers stay salient."""
    for p in reversed(previous):
        if p.type != "person" or not p.name or p.head is None:
            continue
        if not _agrees(head.lower_, p.name, names):
            continue
        breaks = 0
        for t in head.doc[p.head.i + 1 : head.i + 1]:
            breaks += bool(t.is_sent_start)
            if breaks > 2:
                return None
        return p.name
    return None


def _issuer(head: Token, names: NameIndex) -> tuple[str, str] | None:
    """Who issued a document that "says" ("the report says" -> the group that published it):
    the nearest earlier mention of the same noun with an owner ("PIRG's report", "a report by
    PIRG", "the Clinton ad") or published by a named subject ("PIRG released a report")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lexicons.load("document_nouns"):
        return None
    lemma = head.lemma_.lower()
    for t in reversed(head.doc[: head.i + 1]):
        if t.lemma_.lower() != lemma:
            continue
        owners = [c for c in t.children if c.dep_ in ("poss", "compound") and c.ent_type_]
        for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            owners += [g for g in p.children if g.dep_ == "pobj" and g.ent_type_]
        if t.dep_ == "dobj":
            owners += [c for c in t.head.children if c.dep_ == "nsubj" and c.ent_type_]
        for o in owners:
            ent = entity_of(o)
            if ent is not None and ent.label_ in NAME_LABELS:
                name, label = names.complete(_clean_name(ent.text), ent.label_)
                return name, TYPE_OF_LABEL.get(label, "unknown")
    return None


def _acronym(words: list[Token], acronyms: set[str]) -> str | None:
    """ "the North Atlantic alliance" -> "NATO" when the capitals start a known acronym."""
    initials = "".join(
        t.text[0] for t in words if t.text[:1].isupper() and t.lower_ not in ARTICLES
    )
    if len(initials) < 2:
        return None
    for a in sorted(acronyms):
        if a.startswith(initials.upper()) and len(a) > len(initials) - 1:
            return a
    return None


def resolve(
    head: Token,
    names: NameIndex,
    previous: list[Speaker],
    tokens: list[Token] | None = None,
) -> Speaker:
    """Turn a subject head into a Speaker: mention as written, fullest name, type."""
    toks = tokens or mention_tokens(head)
    doc = head.doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    mention = doc_text(doc)[start:end]
    span = (start, end)
    low = head.lower_
    if head.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS | IT_PRONOUNS:
        if low in PERSON_PRONOUNS:
            ent = _person_antecedent(doc, head.i, names)
            same_sentence = ent is not None and ent.start >= head.sent.start
            recent = _recent_person(head, previous, names)
            if recent is not None and not same_sentence:
                return Speaker(recent, mention, span, "person", head)
            if ent is not None:
                return Speaker(
                    names.complete(_clean_name(ent.text), "PERSON")[0], mention, span, "person",
                    head,
                )
            for p in reversed(previous):
                if p.type == "person" and _agrees(low, p.name, names):
                    return Speaker(p.name, mention, span, "person", head)
            return Speaker(None, mention, span, "person", head)
        if low in GROUP_PRONOUNS | IT_PRONOUNS:
            for p in reversed(previous[-3:]):
                if p.type in ("group", "organization") and p.name:
                    return Speaker(p.name, mention, span, p.type, head)
            ante = _group_antecedent(head, names)
            if ante is not None:
                found = resolve(ante, names, [])
                return Speaker(found.name, mention, span, found.type, head)
            return Speaker(None, mention, span, "unknown", head)
        return Speaker(None, mention, span, "unknown", head)
    ent = entity_of(head)
    if ent is None:
        # A title or description in front of a name: "the president, Barack Obama," or
        # "spokesman John Smith" keeps its name in an apposition or compound.
        for t in toks:
            if t.ent_type_ == "PERSON" and t.dep_ == "appos" and t.head == head:
                ent = entity_of(t)
                break
    if ent is not None:
        name, label = names.complete(_clean_name(ent.text), ent.label_)
        conj = [c for c in ent.root.children if c.dep_ == "conj" and c.ent_type_ == ent.label_]
        if conj and tokens is None:  # "Hillary Clinton and Donald Trump said"
            other = entity_of(conj[0])
            if other is not None:
                name = f"{name} and {names.complete(_clean_name(other.text), other.label_)[0]}"
        return Speaker(name, mention, span, TYPE_OF_LABEL.get(label, "unknown"), head)
    acro = _acronym(toks, names.acronyms)
    if acro is not None:
        return Speaker(acro, mention, span, "organization", head)
    # Unnamed source: keep it as written, without the leading article.
    words = [t for t in toks]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    name = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)] if words else mention
    name = _clean_name(name)
    group = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in lexicons.load("group_nouns")
    if (head.pos_ == "PROPN" or head.is_upper and head.is_alpha) and not (
        len(toks) == 1 and head.lemma_.lower() in names.roles and not head.ent_type_
    ):
        chain = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
        name, label = names.complete(_clean_name(" ".join(t.text for t in chain)), "")
        return Speaker(name, mention, span, TYPE_OF_LABEL.get(label, "unknown"), head)
    issuer = _issuer(head, names)
    if issuer is not None:
        return Speaker(issuer[0], mention, span, issuer[1], head)
    role = head.lemma_.lower()
    if head.tag_ in ("NN", "NNP") and words and role in names.roles:
        # "the Republican nominee said": the person the article names with that role and
        # those modifiers (fewest extra modifiers, then the latest mention)
        mods = {t.lower_ for t in toks if t.dep_ in ("amod", "compound") and t.head == head}
        fits = [(len(m - mods), -i, n) for m, n, i in names.roles[role] if mods <= m]
        if not fits:
            # a bare role ("Judge Frank Nervo", "Kevin Sullivan, the commissioner") says
            # nothing against the description's modifiers
            bare = {n for m, n, _ in names.roles[role] if not m}
            if len(bare) == 1:
                fits = [(0, 0, bare.pop())]
        if fits:
            full = names.complete(min(fits)[2], "PERSON")[0]
            return Speaker(full, mention, span, "person", head)
    return Speaker(name, mention, span, "group" if group else "unknown", head)
