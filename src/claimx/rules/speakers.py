"""Speaker mentions and their resolution to the most complete name in the document.

A mention is the subject as written ("Alliance Secretary General Mark Rutte", "He", "officials");
the speaker is the fullest name for it anywhere in the article ("Mark Rutte" for "Rutte" or for a
"He" whose nearest compatible antecedent is Rutte). Titles and appositions stay in the mention only.

Resolution is the ordered list ``SIEVES`` of small named rules over a ``Mention``; the first that
decides names itself in the record's ``why["speaker"]``. Facts of the whole article are computed
once: the name index (``NameIndex``: name forms, roles, genders) and the entity table it builds
(``entities.EntityTable``: salience, parties, offices).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from claimx.rules import lexicons
from claimx.rules.doccache import (
    LOWER_COL,
    candidates,
    doc_ents,
    doc_text,
    lemma_candidates,
    sent_of,
    sentences,
    span_sent,
    span_text,
    token_array,
)
from claimx.rules.entities import EntityTable, canonical_party, courtesy_titles
from claimx.rules.entities import clean_name as _clean_name
from claimx.rules.entities import fold as _fold
from claimx.rules.sieve import first

# Closed-class grammar words (pronouns, articles), not lexicon entries.
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them", "their"}
IT_PRONOUNS = {"it", "its"}
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
# "which include X", "who are X": a relative clause that names the members of a group
MEMBERSHIP = frozenset({"include", "be"})


@dataclass(slots=True)
class Speaker:
    name: str | None
    mention: str | None
    span: tuple[int, int] | None
    type: str
    head: Token | None = None
    sieve: str | None = None  # the resolution sieve that named it (``--explain``)


# Role nouns that stand before a name or in apposition to it ("Mayor Bill de Blasio",
# "Donald Trump, the Republican nominee"), so that "the mayor" can find its name.
def _roles_of(ent: Span) -> list[tuple[str, frozenset[str]]]:
    """(role, modifiers) pairs: "Republican presidential nominee Donald Trump" gives
    ("nominee", {"republican", "presidential"}); "Rep. Adam Schiff" gives ("rep.", {})."""
    doc = ent.doc
    roles = []
    k = ent.start - 1
    prev = doc[k] if k >= 0 else None
    if (
        prev is not None
        and prev.pos_ in ("NOUN", "PROPN")
        and prev.text.rstrip(".").isalpha()
        and not prev.ent_type_
    ):
        mods = set()
        j = k - 1
        while j >= 0 and k - j <= 4 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j].is_alpha:
            mods.add(doc[j].lower_)
            j -= 1
        word = prev.lower_ if prev.text.endswith(".") else prev.lemma_.lower()
        roles.append((word, frozenset(mods)))
    root = ent.root
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            mods = {m.lower_ for m in c.children if m.dep_ in ("amod", "compound")}
            roles.append((c.lemma_.lower(), frozenset(mods)))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        h = root.head
        mods = {m.lower_ for m in h.children if m.dep_ in ("amod", "compound")}
        roles.append((h.lemma_.lower(), frozenset(mods)))
    tag = _party_state(ent)
    if tag:  # "Sen. Marco Rubio, R-Fla." is "the Florida senator"
        roles = [(r, m | tag) for r, m in roles]
    return [(r, m) for r, m in roles if len(r) > 2]


def _party_state(ent: Span) -> frozenset[str]:
    """The party and state words of the designation after a lawmaker's name ("Marco Rubio,
    R-Fla." -> {"republican", "florida"}; "Bernie Sanders (I-VT)"), empty when there is none."""
    doc = ent.doc
    k = ent.end
    if k + 3 >= len(doc) or doc[k].text not in (",", "(") or doc[k + 2].text not in ("-", "–"):
        return frozenset()
    party = _party_initials().get(doc[k + 1].lower_)
    state = lexicons.canonical("us_states").get(doc[k + 3].lower_)
    if party is None or state is None:
        return frozenset()
    return frozenset([party, *state.split()])


@cache
def _party_initials() -> dict[str, str]:
    """ "r" -> "republican": the initials of the AP party-state designation."""
    return dict(line.split() for line in lexicons.load("party_initials"))


def _ranks() -> frozenset[str]:
    """Modifiers that make another office of a role ("vice presidential nominee")."""
    return lexicons.load("role_ranks")


def _parties() -> frozenset[str]:
    return lexicons.load("parties")


@cache
def _honorifics() -> dict[str, str]:
    """ "mr." -> "m", "ms." -> "f"."""
    return dict(line.split() for line in lexicons.load("honorifics"))


@cache
def _issued_nouns() -> frozenset[str]:
    """Nouns of documents that have an issuer ("the report says"), and the verbs of the
    same word ("emailed" for "the email said")."""
    nouns = lexicons.load("document_nouns") | frozenset(_synonyms("document_synonyms"))
    return nouns | lexicons.load("spoken_documents")


@cache
def _synonyms(lexicon: str) -> dict[str, frozenset[str]]:
    """Each word's synonyms in a lexicon of classes (a word may stand in two: "lawmaker")."""
    same: dict[str, set[str]] = {}
    for words in lexicons.classes(lexicon):
        for w in words:
            same.setdefault(w, set()).update(words)
    return {w: frozenset(v) for w, v in same.items()}


def _canon(word: str) -> str:
    """A role or party word's canonical form ("gop" -> "republican")."""
    return lexicons.canonical("role_synonyms").get(word, word)


def _same_role(word: str) -> frozenset[str]:
    return _synonyms("role_synonyms").get(word, frozenset({word}))


@cache
def _first_names() -> dict[str, str]:
    return dict(line.split() for line in lexicons.load("first_names"))


@cache
def _descriptions() -> dict[str, str | None]:
    """Person-describing nouns and the gender each implies ("wife" -> "f")."""
    out: dict[str, str | None] = {}
    for line in lexicons.load("person_descriptions"):
        noun, *gender = line.split()
        out[noun] = gender[0] if gender else None
    return out


def tokens_text(tokens: list[Token]) -> str:
    """The text a run of tokens covers, as written (spacing and line breaks kept)."""
    return doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def mention_tokens(head: Token) -> list[Token]:
    """The subject's words as written. A relative clause set off by a comma ("X, who ...,
    said") is left out; a restrictive one describes an unnamed source and stays ("Surety
    companies that had insured the mines agreed", "Republicans who heard the speech"). A list
    the parser split into two subjects ("The family, protesters and civic leaders have
    demanded") is one mention."""
    # "Democrats who watched the debate": a party or nationality is described, not named
    named = head.ent_type_ in NAME_LABELS and head.ent_type_ != "NORP"
    drop: set[int] = set()
    subtree = list(head.subtree)  # walked once: each walk makes a Token per word
    for t in subtree:
        if t.dep_ == "relcl" and (named or t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].is_punct):
            drop.update(x.i for x in t.subtree)
    toks = [t for t in subtree if t.i not in drop]
    if head.dep_ in ("nsubj", "nsubjpass"):
        for sib in head.head.children:
            if (
                sib.dep_ == head.dep_
                and sib.i < head.i
                and any(c.dep_ == "conj" for c in head.children)
                and sib.right_edge.i + 2 == head.left_edge.i
                and head.doc[sib.right_edge.i + 1].text == ","
            ):
                toks = list(sib.subtree) + [head.doc[sib.right_edge.i + 1]] + toks
    # One contiguous run around the head, trimmed of punctuation and dangling conjunctions.
    keep = {t.i for t in toks}
    reach = 12 if named else 20
    lo = hi = head.i
    while lo - 1 in keep and head.i - (lo - 1) <= reach:
        lo -= 1
    while hi + 1 in keep and (hi + 1) - head.i <= reach:
        hi += 1
    run = [head.doc[i] for i in range(lo, hi + 1)]
    while len(run) > 1 and (
        run[-1].is_punct
        or run[-1].is_space
        or run[-1].dep_ in ("cc", "prep")
        or run[-1].dep_ == "advmod"
        and run[-1].i > head.i
        and run[-1].head == head
    ):
        run.pop()  # "demonstrators here, who ..." -> "demonstrators"
    while len(run) > 1 and (run[0].is_punct or run[0].lower_ in lexicons.load("focus_adverbs")):
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


def _of_place(ent: Span) -> Span:
    """ "the ACLU of Idaho": an organisation named with its place is one name, though the
    tagger makes "ACLU" an organisation and "Idaho" a place."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return ent
    if not ent.start <= doc[end].head.i < end:
        return ent  # "of" hangs on the organisation, not on a verb or noun beyond it
    place = doc[end + 1]
    if place.ent_iob_ != "B" or place.ent_type_ != "GPE":
        return ent
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return Span(doc, ent.start, stop, label="ORG")


DATELINE = re.compile(r"^.*\s[-–—]+\s")

# "WASHINGTON —", "NEW YORK, N.Y. ―", "LONDON (Reuters) -" opening a paragraph: the dateline
# says where the story was filed, not what was said.
FILING_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]{2,}(?:[ ,]+[A-Z][A-Za-z.'’]*){0,3}[^\S\n]*(?:\([A-Za-z .]{1,30}\))?"
    r"[^\S\n]*[―—–-]{1,2}[^\S\n]+"
)


def past_dateline(subj: Token) -> Token:
    """ "CLEVELAND (AP) — A federal jury ... rejected": the parser takes the dateline's city
    for the subject and hangs the real one on it as an apposition; the subject is that one."""
    if not subj.is_upper:
        return subj  # the cheap test first: a dateline is in capitals
    text = doc_text(subj.doc)
    if subj.idx > 0 and text[subj.idx - 1] != "\n":
        return subj  # and opens a paragraph
    m = FILING_DATELINE.match(text, subj.idx)
    if m is None:
        return subj
    after = [c for c in subj.children if c.dep_ == "appos" and c.idx >= m.end()]
    return after[0] if after else subj


# "NEW DELHI:", "CHENNAI (PTI):" opening the lede: The Hindu, the Times of India and Dawn end the
# dateline with a colon. It is in capitals like a transcript's "PENCE: ...", so it is told apart
# by where it stands (the lede's first words) and by naming no one the article calls a person.
COLON_DATELINE = re.compile(
    r"([A-Z][A-Z.'’]{2,}(?:[ ,]+[A-Z][A-Z.'’]+){0,2})[^\S\n]*(?:\([A-Za-z .]{1,30}\))?:[^\S\n]+"
)
# The longest headline line in the PolNeAR articles, with its dek, is 148 characters; wire
# leads with no headline above them ("SAN FRANCISCO, Feb 12 (Reuters) - ...") run 180-300.
HEADLINE_MAX = 160


def _headline_end(text: str) -> int:
    """Where a headline the text opens with ends (0: none): a short first paragraph. A lede
    ("MILWAUKEE (AP) — Darius Whitaker scored 34 points ... on Wednesday night.") opens with
    a dateline or runs longer; its names are the body's, so a later "Whitaker" is him."""
    end = text.find("\n\n")
    if not 0 <= end <= HEADLINE_MAX or FILING_DATELINE.match(text):
        return 0
    return end


def colon_dateline_end(text: str, at: int, names: NameIndex | None) -> int:
    """Where a colon dateline opening the lede at ``at`` ends (0: none there). A short first
    line is a headline, and its capitals a label ("EXCLUSIVE: ...", "HUFFPOLLSTER: ...")."""
    m = COLON_DATELINE.match(text, at)
    if m is None or (names is not None and names.is_surname(m.group(1).split()[-1])):
        return 0
    head = _headline_end(text) if names is None else names.headline_end
    if at != (len(text) - len(text[head:].lstrip()) if head else 0):
        return 0
    return m.end()


def _untitled(name: str) -> str:
    """A person's name without the courtesy title the tagger took into it ("Ms Lim Swee Hoon",
    British style writing no period): the title is no part of the name (GUIDELINES)."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in courtesy_titles() else name


def _name_form(ent: Span) -> tuple[str, str]:
    """An entity's name and label as the name index keeps them: a person's name the tagger
    made an organisation or place, with a dateline in front ("ROME - Bernie Sanders"), is a
    person when it starts with a known first name."""
    name = _clean_name(span_text(ent))
    if ent.label_ == "PERSON":
        return _untitled(name), "PERSON"
    bare = DATELINE.sub("", name)
    words = bare.split()
    if (
        len(words) in (2, 3)
        and _fold(words[0]) in _first_names()
        and all(w[:1].isupper() and w[1:].islower() for w in words)
    ):
        return bare, "PERSON"
    return name, ent.label_


class NameIndex:
    """Names in a document, so that "Rutte" resolves to "Mark Rutte"."""

    def __init__(self, doc: Doc, quoted: Callable[[int], bool] | None = None):
        # a name inside a quotation is the quoted speaker's words, not an antecedent for "he"
        self.quoted = quoted or (lambda offset: False)
        self._doc = doc
        self.persons: list[Span] = _without_question_words(
            [e for e in doc_ents(doc) if e.label_ == "PERSON"]
        )
        self.person_ends = [e.end for e in self.persons]
        self.acronyms: set[str] = {
            span_text(e)
            for e in doc_ents(doc)
            if e.label_ == "ORG"
            and span_text(e).isupper()
            and span_text(e).isalpha()
            and 2 < len(span_text(e)) < 7
        }
        self.acronym_order = sorted(self.acronyms)
        self._expansions: dict[str, str | None] = {}
        self.genders = _genders(doc, self.persons)
        # Title-case headlines give the tagger junk names ("Black Lawmakers Rip Donald Trump"
        # -> "Rip Donald Trump"): a headline's name is used only when the body has none.
        self.headline_end = _headline_end(doc_text(doc))
        self.lede_first = _reads_as_lede(doc_text(doc)[: self.headline_end])
        self._index_roles(doc)
        self._index_full_names(doc)
        self._index_untagged_names(doc)
        self._add_surname_mentions(doc)
        # letters and columns signed by a line that is just a name ("Debby James.")
        text = doc_text(doc)
        signed = [e for e in self.persons if e.label_ == "PERSON" and _alone_on_line(text, e)]
        self.signature_starts = [e.start_char for e in signed]
        self.signature_names = [_clean_name(span_text(e)) for e in signed]
        # organisations by their last word ("the committee" -> "House Intelligence Committee")
        self.org_by_word: dict[str, list[tuple[int, str]]] = {}
        for ent in doc_ents(doc):
            if ent.label_ == "ORG" and len(ent) > 1:
                name = _clean_name(span_text(ent))
                self.org_by_word.setdefault(_fold(ent[-1].text), []).append((ent.end, name))
                if ent.root.i < ent.end - 1 and ent.root.pos_ == "PROPN":
                    # "the department" for "Department of Transportation": the head noun
                    self.org_by_word.setdefault(_fold(ent.root.text), []).append((ent.end, name))
        # document nouns by lemma, for "the report says" -> who issued the report
        self.documents: dict[str, list[int]] = {}
        for i in lemma_candidates(doc, _issued_nouns()):
            self.documents.setdefault(doc[i].lemma_.lower(), []).append(i)
        # persons named together as a subject ("Ann Smith and Ruth Jones met"), for "both women"
        self.pairs = [
            e.root
            for e in self.persons
            if e.root.dep_ in ("nsubj", "nsubjpass")
            and any(c.ent_type_ == "PERSON" for c in _conjuncts(e.root))
        ]
        self.pair_at = [t.i for t in self.pairs]
        # persons introduced with an apposition at their first mention ("Paul Ostrow, a
        # retired firefighter"): a later "he" may be them rather than the last speaker
        seen: set[str] = set()
        self.introduced: set[int] = set()
        self.first_mentions: set[int] = set()  # for "A judge says ... Ann Roe says ..."
        for e in self.persons:
            last = _fold(_clean_name(span_text(e))).split()[-1:]
            if not last or last[0] in seen:
                continue
            seen.add(last[0])
            self.first_mentions.add(e.start)
            if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in e.root.children):
                self.introduced.add(e.start)
        self.entities = EntityTable(doc, self)

    def _index_roles(self, doc: Doc) -> None:
        """Each person's titles and appositions by role noun, and each multi-word organisation
        by its first word ("Peabody" -> "Peabody Energy")."""
        self.roles: dict[str, list[tuple[frozenset[str], str, int]]] = {}
        self.org_prefix: dict[str, str] = {}
        # persons' names by their first word, for the short form of a company the tagger
        # made a person ("Patriot" for "Patriot Coal"); None when two names start with it
        self.person_prefix: dict[str, str | None] = {}
        # a headline's title counts only for a person the body names too: "CNN Reporter Caught
        # Conspiring" makes no reporter of "Caught Conspiring"
        in_body = {
            w
            for e in self.persons
            if e.start_char >= self.headline_end
            for w in _fold(_clean_name(span_text(e))).split()[-1:]
        }
        for ent in doc_ents(doc):
            if ent.label_ == "PERSON" and (
                ent.start_char >= self.headline_end
                or any(w in in_body for w in _fold(_clean_name(span_text(ent))).split()[-1:])
            ):
                for role, mods in _roles_of(ent):
                    self.roles.setdefault(role, []).append(
                        (mods, _clean_name(span_text(ent)), ent.start)
                    )
            if ent.label_ == "ORG" and len(ent) > 1:
                first = _fold(ent[0].text)
                name = _clean_name(span_text(ent))
                if len(name) > len(self.org_prefix.get(first, "")):
                    self.org_prefix[first] = name
            elif ent.label_ == "PERSON" and len(ent) > 1 and ent.start_char >= self.headline_end:
                name = _untitled(_clean_name(span_text(ent)))
                self._add_prefix(name)
        self.roles_by_name: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for role, entries in self.roles.items():
            for mods, name, _ in entries:
                self.roles_by_name.setdefault(name, []).append((role, mods))

    def _add_prefix(self, name: str) -> None:
        """Index a full name by its first word ("Xi" -> "Xi Jinping", "Ng" -> "Ng Hui Min")."""
        if " " not in name:
            return
        first = _fold(name.split()[0])
        seen = self.person_prefix.setdefault(first, name)
        if seen is not None and not _fold(name).endswith(_fold(seen)):
            self.person_prefix[first] = None  # two names start so

    def _index_full_names(self, doc: Doc) -> None:
        """The longest name for each (is a person, last word), the body's before the
        headline's; but when the first line is the lede, not a headline, a body that only
        shortens its name ("Starmer" after "Keir Starmer") keeps the lede's."""
        self.full: dict[str, str] = {}
        self.full_label: dict[str, str] = {}  # the tagger's label of that longest name
        from_body: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ not in NAME_LABELS:
                continue
            name, label = _name_form(ent)
            words = name.split()
            if not words:
                continue
            key = str((label == "PERSON", _fold(words[-1])))
            in_body = ent.start_char >= self.headline_end
            best = self.full.get(key)
            shortened = (
                self.lede_first
                and best is not None
                and key not in from_body
                and _shortens(name, best)
            )
            if (
                best is None
                or (in_body and key not in from_body and not shortened)
                or (in_body or key not in from_body)
                and len(name) > len(best)
            ):
                self.full[key] = name
                self.full_label[key] = label
            if in_body:
                from_body.add(key)

    def _index_untagged_names(self, doc: Doc) -> None:
        """Full names the tagger missed or split, as the run of capitalised proper nouns they
        are written as: names from many languages ("the Minister of Power, Olumide Akintola,"
        untagged, then "Mr Akintola"; "Governor Johnson Kamau Mwangi's" as two people). A run
        after a courtesy title is a person's name ("Ms Ng Hui Min"), so "Ms Ng" is her; any
        other run, written once, is the full name of a surname the tagger found only alone (a
        title the lexicons lack recurs before it: "Admiral Harris")."""
        # only runs that can serve: after a courtesy title, or holding a surname the tagger
        # found alone or a word written after a courtesy title ("Mr Hidayat")
        strings = doc.vocab.strings
        lower = token_array(doc)[:, LOWER_COL]
        titles = tuple(sorted(courtesy_titles()))
        wanted = {
            strings[_fold(name)]
            for key, name in self.full.items()
            if key.startswith("(True") and " " not in name
        } | {int(lower[i + 1]) for i in candidates(doc, lower=titles) if i + 1 < len(doc)}
        found = list(_name_runs(doc, self.headline_end, self.quoted, wanted))
        seen = Counter(" ".join(words) for words, _ in found)
        runs: dict[str, set[str]] = {}  # surname -> the full names that end with it
        given: dict[str, set[str]] = {}  # a word -> the names a run gives from it on
        titled_words: set[str] = set()  # surnames of runs after a courtesy title
        for words, titled in found:
            name = " ".join(words)
            for k in range(len(words) - 1):
                given.setdefault(_fold(words[k]), set()).add(" ".join(words[k:]))
            if titled:
                self._add_prefix(name)
            if titled or seen[name] == 1:
                runs.setdefault(_fold(words[-1]), set()).add(name)
                titled_words.update([_fold(words[-1])] if titled else [])
        for low, names in runs.items():
            key = str((True, low))
            best = max(names, key=len)
            alone = self.full.get(key, "" if low in titled_words else " ")
            if " " not in alone and all(_shortens(n, best) for n in names - {best}):
                self.full[key], self.full_label[key] = best, "PERSON"
        # "Mr Hidayat" for "Minister of State for Transport Hidayat Rahman": a Malay given name
        # or a Chinese family name, which the run starts with (the office's words before it)
        self.given = {w: names.pop() for w, names in given.items() if len(names) == 1}

    def _add_surname_mentions(self, doc: Doc) -> None:
        """A surname the tagger missed or mislabelled as a subject or owner ("Oz has been
        dogged ...", "Trump's guiding principle" with "Trump" as ORG) is still that person, for
        "he" and for descriptions."""
        full_names: dict[str, set[str]] = {}
        single: set[str] = set()
        for e in self.persons:
            words = _clean_name(span_text(e)).split()
            if e.start_char < self.headline_end:
                continue
            if len(words) > 1:
                full_names.setdefault(_fold(words[-1]), set()).add(_fold(words[0]))
            elif words:
                single.add(_fold(words[0]))
        # only a surname one person carries (by first name, outside the headline): "Scott"
        # may be Keith or Rakeyia Scott; a name the tagger only ever found alone ("Oz" once,
        # his full name missed) is one person too
        surnames = {k for k, v in full_names.items() if len(v) == 1} | (single - set(full_names))
        extra = []
        for t in (doc[i] for i in candidates(doc, pos=("PROPN",)) if surnames or full_names):
            if t.dep_ not in ("nsubj", "nsubjpass", "poss") or t.ent_type_ == "PERSON":
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
                continue
            if t.ent_iob_ != "I" and t.lower_.replace("’", "'") in surnames:
                extra.append(Span(doc, t.i, t.i + 1, label="PERSON"))
            elif _full_name_before(t, full_names):
                extra.append(Span(doc, t.i - 1, t.i + 1, label="PERSON"))
        if extra:
            self.persons = sorted(self.persons + extra, key=lambda e: e.start)
            self.person_ends = [e.end for e in self.persons]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, for the pronoun window's look back (made when a pronoun
        first asks)."""
        return sentences(self._doc)[1]

    @cached_property
    def pronoun_subjects(self) -> dict[str, list[int]]:
        """ "m" and "f" -> where "he" / "she" (and the other forms) stand as a subject outside
        quotations, in text order: what a pronoun's look back follows, found once."""
        doc = self._doc
        found: dict[str, list[int]] = {"m": [], "f": []}
        for i in candidates(doc, lower=tuple(sorted(MALE | FEMALE))):
            t = doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and not self.quoted(t.idx):
                found["m" if t.lower_ in MALE else "f"].append(i)
        return found

    @cached_property
    def person_facts(self) -> list[tuple[bool, str | None]]:
        """For each person mention (``persons``): whether a pronoun can stand for it (a
        singular name outside quotations, with a name) and its gender, found once, not per
        pronoun that looks back over it."""
        facts: list[tuple[bool, str | None]] = []
        for e in self.persons:
            name = _clean_name(span_text(e))
            usable = e.root.tag_ != "NNPS" and not self.quoted(e.start_char) and bool(name)
            facts.append((usable, self.gender(name) if usable else None))
        return facts

    @cached_property
    def _places(self) -> tuple[list[int], list[tuple[str, int, int]], dict[str, str]]:
        """Where the article names a place (the mentions the tagger left untagged too), the
        place named most so far at each (with its count and the runner-up's), and the places
        it writes once as "Town, State" in that form; found once, when "the town" asks."""
        doc = self._doc
        by_word: dict[str, str] = {}  # a place's last word as written -> its name
        full: dict[str, str] = {}
        for e in doc_ents(doc):
            if e.label_ != "GPE":
                continue
            name = _clean_name(span_text(e))
            by_word.setdefault(e[-1].text, name)
            nxt = e.end + 1
            if e.end < len(doc) and doc[e.end].text == "," and nxt < len(doc):
                if doc[nxt].ent_type_ == "GPE" and doc[nxt].ent_iob_ == "B":
                    state = entity_of(doc[nxt])
                    if state is not None:
                        full.setdefault(name, name + ", " + _clean_name(span_text(state)))
        at: list[int] = []
        leader: list[tuple[str, int, int]] = []
        count: dict[str, int] = {}
        top, second = "", 0  # counts only grow: the leader changes to the place just named
        for i in candidates(doc, lower=tuple(sorted({w.lower() for w in by_word}))):
            place = by_word.get(doc[i].text)  # as written: not every "city" of "Mexico City"
            if place is None:
                continue
            count[place] = count.get(place, 0) + 1
            if place != top and count[place] > count.get(top, 0):
                top, second = place, count.get(top, 0)
            elif place != top:
                second = max(second, count[place])
            at.append(i)
            leader.append((top, count[top], second))
        return at, leader, full

    def main_place(self, before: int) -> str | None:
        """The town the article is about so far: the place named most often before ``before``,
        at least three times and twice as often as any other, written once as "Town, State"
        ("Ferguson, Missouri"), in that form; None when no town stands out."""
        at, leader, full = self._places
        k = bisect.bisect_left(at, before)
        if k == 0:
            return None
        top, most, second = leader[k - 1]
        return full.get(top) if most >= 3 and second * 2 <= most else None

    def expansion(self, acronym: str) -> str | None:
        """The capitalised words of the body whose initials spell ``acronym`` ("BLM" ->
        "Black Lives Matter"; "of", "the", "and" between them), looked up once per acronym."""
        if acronym not in self._expansions:
            words = r"\s+(?:(?:of|the|and|for)\s+)*".join(ch + r"[a-z][\w'’-]*" for ch in acronym)
            found = re.compile(r"\b" + words + r"\b").search(doc_text(self._doc), self.headline_end)
            self._expansions[acronym] = found.group(0) if found else None
        return self._expansions[acronym]

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` ends a person's name somewhere in the article ("Cruz")."""
        return str((True, _fold(word))) in self.full

    def gender(self, name: str) -> str | None:
        """ "m" or "f": by the first name of the fullest form ("Ivanka Trump" is "f" whatever
        "Trump said he" says), else by the article's evidence for the surname, else None."""
        words = self.complete(name, "PERSON")[0].split() if name.split() else []
        if not words:
            return None
        first = _fold(words[0])
        if first in _first_names() and (len(words) > 1 or first not in self.genders):
            return _first_names()[first]  # "Ivanka Trump", or "Donald" alone
        return self.genders.get(_fold(words[-1]))

    def complete(self, name: str, label: str, titled: bool = False) -> tuple[str, str]:
        """Fullest name and its label; a person's full name wins over a mislabelled surname
        ("Caddell" tagged ORG in one sentence is "Pat Caddell" elsewhere); a name asked for
        with no label is an organisation if the tagger made it one elsewhere; a single word
        that starts one fuller name and ends none is that name ("Bernie", "Xi" for "Xi
        Jinping", "Patriot" for a "Patriot Coal" the tagger made a person); after a courtesy
        title (``titled``) also a name that starts a run of names ("Mr Hidayat")."""
        words = name.split()
        if not words:
            return name, label
        untitled = _untitled(name)
        if untitled != name:
            # British style writes the title without a period, and the tagger keeps it in
            # the name: "said Mr Smith" is "John Smith", or "Smith" when no fuller name
            name, label, titled = untitled, "PERSON", True  # "Ms Ng" tagged ORG
            words = name.split()
        low = _fold(name)
        alone = self.full.get(str((True, low)))  # the longest person's name ending so
        single = len(words) == 1 and (alone is None or " " not in alone)  # ends no fuller one
        if single and label in ("PERSON", ""):
            # untagged too: "Amadou estimated" after "Amadou Keita, 12, sold lemonade", "Lumen
            # denied" after the "Lumen AI" the tagger made a person
            if self.person_prefix.get(low):
                return self.person_prefix[low] or name, "PERSON"  # "Patriot" -> "Patriot Coal"
            if titled and low in self.given:
                return self.complete(self.given[low], label)  # "Mr Hidayat" -> "Hidayat Rahman"
        if single and label in ("PERSON", "ORG", "") and low in self.org_prefix:
            # a company's short name the tagger made a person ("Nordhaven declined" beside
            # "Nordhaven Bank"): no person of the article has it as surname or first name
            if not self.person_prefix.get(low):
                return self.org_prefix[low], "ORG"
        tagged = ""  # an untagged "Zero Hedge" is the organisation the tagger named elsewhere
        bare = _office_short_form(low, words)
        for as_person in (True, False) if label != "PERSON" else (True,):
            key = str((as_person, _fold(words[-1])))
            best = self.full.get(key)
            if best and _fold(best).endswith(bare):
                if as_person or len(best) > len(name):
                    return best, "PERSON" if as_person else label
                if not label and self.full_label[key] == "ORG":
                    tagged = "ORG"
        if len(words) == 1 and label != "PERSON" and low in self.org_prefix:
            return self.org_prefix[low], "ORG"  # "Peabody" -> "Peabody Energy"
        return name, label or tagged


def _office_short_form(low: str, words: list[str]) -> str:
    """ "the Sheriff's Office" after "the Pasco Sheriff's Office": an office's definite short
    form is the end of its fuller name (``office_nouns.txt``); anything else must match whole."""
    if len(words) < 3 or not low.startswith("the "):
        return low
    if low.split()[-1] not in lexicons.load("office_nouns"):
        return low
    return " " + low.removeprefix("the ")


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _name_runs(
    doc: Doc, start_char: int, quoted: Callable[[int], bool], wanted: set[int]
) -> Iterator[tuple[list[str], bool]]:
    """Runs of two to four capitalised proper nouns after ``start_char`` and outside
    quotations that the tagger left untagged or made a person, without the titles before them
    ("Chief", "Governor"), and whether a courtesy title ("Mr", "Ms") stood first; only runs
    with a word of ``wanted`` (lowercase hashes) are read (Token objects cost)."""
    propn = candidates(doc, pos=("PROPN",))
    lower = token_array(doc)[:, LOWER_COL]
    k = 0
    while k < len(propn):
        j = k
        while j + 1 < len(propn) and propn[j + 1] == propn[j] + 1:
            j += 1
        first, end, k = propn[k], propn[j] + 1, j + 1
        if not 2 <= end - first <= 6 or not any(
            int(h) in wanted for h in lower[max(first - 1, 0) : end]
        ):
            continue  # a single name ("Trump") has no fuller form here
        toks = list(doc[first:end])
        titled = toks[0].idx >= start_char and (
            toks[0].lower_ in courtesy_titles()
            or (toks[0].i > 0 and toks[0].nbor(-1).lower_ in courtesy_titles())
        )
        while toks and (toks[0].lower_ in courtesy_titles() or _is_title(toks[0])):
            toks = toks[1:]
        if (
            2 <= len(toks) <= 4
            and toks[0].idx >= start_char
            and all(_NAME_WORD.match(t.text) for t in toks)
            and (titled or _untagged_run(toks))
            and not quoted(toks[0].idx)
        ):
            yield [t.text for t in toks], titled


def _untagged_run(toks: list[Token]) -> bool:
    """Words the tagger gave no other name: untagged or a person's, the surname maybe an
    organisation of its own ("Olumide Akintola" with "Akintola" an ORG), not part of one."""
    if toks[0].is_sent_start and toks[0].ent_type_ != "PERSON":
        return False  # "Outside Carrier's plant": a capital that opens the sentence
    last = toks[-1]
    alone = (
        last.ent_type_ == "ORG"
        and last.ent_iob_ == "B"
        and (last.i + 1 == len(last.doc) or last.nbor().ent_iob_ != "I")
    )
    return all(t.ent_type_ in ("", "PERSON") for t in toks[:-1]) and (
        alone or last.ent_type_ in ("", "PERSON")
    )


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$")


def _reads_as_lede(line: str) -> bool:
    """A first paragraph that is the lede, not a headline: a sentence of 120 characters or
    more, most of its longer words lower-case (a headline is short or title-cased, and its
    tagger's names are junk: "Rip Donald Trump")."""
    if len(line) < 120:
        return False
    words = _LONG_WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _shortens(name: str, longer: str) -> bool:
    """ "Starmer" of "Keir Starmer": the name is the longer one's last words."""
    short, full = _fold(name).split(), _fold(longer).split()
    return len(short) < len(full) and full[-len(short) :] == short


def _full_name_before(surname: Token, full_names: dict[str, set[str]]) -> bool:
    """A first name and surname the article names a person by, that the tagger gave another
    label or none in this sentence ("In a Washington Post op-ed, Karen Holt acknowledged ..."
    with "Karen Holt" an ORG)."""
    if surname.i == 0:
        return False
    first = surname.nbor(-1)
    return (
        first.dep_ == "compound"
        and first.ent_type_ != "PERSON"
        and first.ent_iob_ in ("B", "O", "")
        and _fold(first.text) in full_names.get(_fold(surname.text), ())
    )


LINE_END = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")


def _without_question_words(persons: list[Span]) -> list[Span]:
    """Without a one-word question the tagger took for a name ("Harsh? He doesn't think so."):
    a word that opens its sentence and is asked alone, named nowhere else in the article."""
    seen: dict[str, int] = {}
    for e in persons:
        seen[span_text(e)] = seen.get(span_text(e), 0) + 1

    def asked(e: Span) -> bool:
        doc = e.doc
        if len(e) != 1 or seen[span_text(e)] > 1 or e.end >= len(doc) or doc[e.end].text != "?":
            return False
        return e.start == 0 or doc[e.start - 1].is_space or doc[e.start - 1].text in ".?!"

    return [e for e in persons if not asked(e)]


def _alone_on_line(text: str, ent: Span) -> bool:
    """A name of two words or more that is a line of its own, but for a final period: the
    signature under a letter or a column."""
    before = text[max(0, ent.start_char - 4) : ent.start_char]
    return (
        len(ent) > 1
        and (ent.start_char == 0 or before.rstrip(" \t").endswith("\n"))
        and LINE_END.match(text, ent.end_char) is not None
    )


MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def _genders(doc: Doc, persons: list[Span]) -> dict[str, str]:
    """Gender of each surname by the article's own evidence: an honorific before the name
    ("Mr. Clarke"), or the subject pronoun of the clause that the person's own verb takes
    ("Clinton said she would ...", "Caddell added that he ..."), where no other person is named
    in the sentence."""
    votes: dict[str, list[int]] = {}
    sent_at = {e.start: span_sent(e).start for e in persons}
    count_in_sent: dict[int, int] = {}
    for e in persons:
        count_in_sent[sent_at[e.start]] = count_in_sent.get(sent_at[e.start], 0) + 1
    for ent in persons:
        key = _fold(_clean_name(span_text(ent)).split()[-1]) if span_text(ent).split() else ""
        if not key:
            continue
        v = votes.setdefault(key, [0, 0])
        honorific = _honorifics().get(doc[ent.start - 1].lower_) if ent.start > 0 else None
        if honorific is not None:
            v[0 if honorific == "m" else 1] += 3
        if ent.root.dep_ not in ("nsubj", "nsubjpass") or count_in_sent[sent_at[ent.start]] > 1:
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


def _person_antecedent(
    doc: Doc, before: int, names: NameIndex, spoke: Callable[[int], bool]
) -> Span | Token | None:
    """The nearest PERSON before ``before``, preferring a subject in the nearest sentence. A
    "he"/"she" made subject there before any named subject carries the reference on ("As he
    spoke in the lobby of Trump Tower, ... . ... he called"): it stands for whom it resolves to,
    followed back a few pronouns at most, or returned when it was a statement's speaker
    (``spoke``), whose resolution holds."""
    for _ in range(4):
        found = _nearest_person(doc, before, names)
        if not isinstance(found, Token) or spoke(found.i):
            return found
        before = found.i
    return None


def _nearest_person(doc: Doc, before: int, names: NameIndex) -> Span | Token | None:
    """The nearest fitting PERSON before ``before``, or a pronoun of the same gender to follow
    back: a subject of an earlier sentence that no named subject precedes, or the subject of a
    possessive's own clause ("he paid ... , according to his book")."""
    pron = doc[before].lower_
    sent_starts, pronouns = _window_back(doc, before, names)

    male = pron in MALE
    facts = names.person_facts

    def fits(k: int) -> bool:
        usable, gender = facts[k]
        return usable and (gender is None or (gender == "m") == male)

    # Walk back from the pronoun only as far as the window (or the first fitting person
    # before it): a scan of every person in the document per pronoun would be quadratic.
    candidates: list[Span] = []
    k = bisect.bisect_right(names.person_ends, before)
    while k > 0:
        k -= 1
        e = names.persons[k]
        if e.start < sent_starts[0] and candidates:
            break
        if fits(k):
            candidates.insert(0, e)
            if e.start < sent_starts[0]:
                break
    bound = _possessor_subject(doc[before], candidates, pronouns)
    if bound is not None:
        return bound
    claim_first = _after_its_claim(doc[before])
    for back, start in enumerate(reversed(sent_starts)):
        in_sent = [e for e in candidates if e.start >= start]
        if not back and claim_first:
            # only the subject of a narrating main clause before a quotation ("Ann Roe fired
            # back: '...,' she wrote"); the rest of the sentence is what was said
            in_sent = [e for e in in_sent if _narrates(e.root, doc[before])]
        subjects = [e for e in in_sent if e.root.dep_ in ("nsubj", "nsubjpass")]
        chain = [p for b, p in pronouns if b == back]
        if back and chain and _carries_on(chain[-1], subjects):
            return chain[-1]  # the sentence's first pronoun subject
        if not in_sent:
            continue
        if back and subjects:
            return subjects[0]
        if not back:
            return _governing_subject(doc[before], in_sent) or in_sent[-1]
        return (subjects or in_sent)[0]
    if claim_first:
        candidates = [e for e in candidates if e.start < sent_starts[-1]]
    return candidates[-1] if candidates else None


def _governing_subject(pron: Token, in_sent: list[Span]) -> Span | None:
    """For the subject of an adverbial clause, the person subject of the clause it modifies,
    before it, over a nearer object ("Roe went after Lee at the debate, when she called the
    mayor 'unfit'": Roe)."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "advcl":
        return None
    verb = pron.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > pron.i:
        return None
    return next((e for e in in_sent if e.start <= subj.i < e.end), None)


def _after_its_claim(pron: Token) -> bool:
    """A pronoun subject of a reporting verb set off after the clause it reports, or inside it
    ("The governor will lose, he said", "Unless governments act, they say, ..."): the words
    before it in its sentence are what was said, not who said it."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.pos_ != "PRON" or pron.i == 0:
        return False
    if pron.nbor(-1).text != "," and not pron.nbor(-1).is_quote:
        return False  # not "For that she drew Trump's ire - he called her 'weak'"
    if verb.lemma_.lower() not in lexicons.reporting_verbs():
        return False
    if any(c.dep_ == "ccomp" and c.i > pron.i for c in verb.children):
        return False  # "Millennials agree: by 2-1, they say that ...": its clause follows
    return verb.dep_ == "parataxis" or any(
        c.dep_ == "ccomp" and c.i < pron.i for c in verb.children
    )


def _narrates(subject: Token, pron: Token) -> bool:
    """A subject of the main clause or of the reported one, outside the quotation a pronoun's
    cue follows: who is quoted ("Ann Roe was blunt: '...,' she said"; "Roe tossed 'cold water
    on the idea,' she wrote")."""
    verb = subject.head
    return (
        pron.nbor(-1).is_quote
        and subject.dep_ in ("nsubj", "nsubjpass")
        and verb != pron.head
        and (verb.dep_ == "ROOT" or verb.head == pron.head)
    )


def _window_back(
    doc: Doc, before: int, names: NameIndex
) -> tuple[list[int], list[tuple[int, Token]]]:
    """The starts of the pronoun's sentence and the three before (within 400 tokens: a run-on
    "sentence" of a bad input goes no further), and the pronoun subjects of its gender there
    outside quotations, nearest first, with how many sentences back each is. Read off the
    document's sentence starts and pronoun subjects (found once), not token by token."""
    lo = max(0, before - 400)
    starts = names.sentence_starts
    k = bisect.bisect_right(starts, before)
    sent_starts = [s for s in starts[max(0, k - 4) : k] if s >= lo] or [lo]
    first = sent_starts[0] if len(sent_starts) == 4 else lo
    subjects = names.pronoun_subjects["m" if doc[before].lower_ in MALE else "f"]
    found = subjects[bisect.bisect_left(subjects, first) : bisect.bisect_left(subjects, before)]
    back = len(sent_starts)
    pronouns = [(back - bisect.bisect_right(sent_starts, j), doc[j]) for j in reversed(found)]
    return sent_starts, pronouns


def _carries_on(pron: Token, subjects: list[Span]) -> bool:
    """Whether a sentence's first "he"/"she" subject, rather than a person named subject in
    it, is who a later pronoun continues: no named subject comes before it, and it is not in an
    adverbial clause before a named subject ("Just as he made a visit ..., Francis also made
    ..." is Francis's sentence)."""
    if subjects and subjects[0].start < pron.i:
        return False
    return not subjects or pron.head.dep_ != "advcl"


def _possessor_subject(
    pron: Token, candidates: list[Span], pronouns: list[tuple[int, Token]]
) -> Span | Token | None:
    """For "his"/"her", the subject of its own clause when that is before it and fits: a
    pronoun of the same gender (to follow) or a named person ("he paid $8 million to a
    company, Diamond Shamrock, according to his book": not the company)."""
    if pron.dep_ != "poss":
        return None
    verb = pron.head
    subj = None
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if subj is None or subj.i >= pron.i:
        return None
    if any(p.i == subj.i for _, p in pronouns):
        return subj
    return next((e for e in candidates if e.start <= subj.i < e.end), None)


def _group_antecedent(head: Token, names: NameIndex) -> Token | None:
    """For "they" / "it": the nearest subject before it, within two sentences, that can be a
    group ("environmentalists worry ... they say") or an organisation ("The White House ...
    it is steering clear"); names inside quotations do not count."""
    doc = head.doc
    plural = head.lower_ in GROUP_PRONOUNS
    starts = 0
    # "Unless governments act, they say": not the governments
    own = sent_of(head).start if _after_its_claim(head) else head.i
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if tok.is_sent_start:
            starts += 1
            if starts > 2:
                break
        if i >= own and not _narrates(tok, head):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or names.quoted(tok.idx):
            continue
        if plural and (tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP")):
            return tok
        if not plural and (
            tok.ent_type_ in ("ORG", "GPE")
            or tok.pos_ == "PROPN"
            and tok.tag_ == "NNP"
            and tok.ent_type_ != "PERSON"
            and names.complete(tok.text, "")[1] != "PERSON"  # not "Rubio" mis-tagged
            or tok.tag_ == "NN"
            and tok.lemma_.lower() in lexicons.load("org_descriptions")
            or tok.tag_ == "NN"
            and tok.lemma_.lower() in lexicons.load("document_nouns")
        ):
            # "the Central and East European Coalition ... it", "the company ... it", "The
            # lawsuit contends ... It goes on to" (the document speaks for its issuer)
            return tok
    return None


def _recent_person(head: Token, previous: list[Speaker], names: NameIndex) -> Speaker | None:
    """The last person who spoke, if within the two sentences before: speakers stay salient."""
    for p in reversed(previous):
        if p.type != "person" or not p.name or p.head is None or " and " in p.name:
            continue  # "he" is one person, not "Jeb Bush and Chris Christie"
        if not _agrees(head.lower_, p.name, names):
            continue
        return p if p.head.i >= _window_start(head, 2, names) else None
    return None


def _issuer(head: Token, names: NameIndex) -> tuple[str, str] | None:
    """Who issued a document that "says" ("the report says" -> the group that published it):
    the nearest earlier mention of the same noun or a synonym ("the ad" for "a web video")
    with an owner ("PIRG's report", "a report by PIRG", "the Clinton ad") or published by a
    named subject ("PIRG released a report", "Mariano wrote a memoir")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lexicons.load("document_nouns"):
        return None
    lemma = head.lemma_.lower()
    same = _synonyms("document_synonyms").get(lemma, frozenset({lemma}))
    # the last few mentions up to this one (positions are in text order): a scan of every
    # earlier mention per document noun would be quadratic in a document of many
    earlier = []
    for w in same:
        at = names.documents.get(w, [])
        k = bisect.bisect_right(at, head.i)
        earlier += at[max(0, k - 20) : k]
    for t in (head.doc[i] for i in sorted(earlier, reverse=True)):
        authors = _authors(t)
        if authors:
            listed = authors[:1] + _conjuncts(authors[0])
            parts = [_conjunct_name(a, names) for a in listed]
            labels = [e.label_ for e in map(entity_of, listed) if e is not None]
            kind = TYPE_OF_LABEL.get(labels[0], "unknown") if labels else "unknown"
            if len(parts) > 1:
                return ", ".join(parts[:-1]) + " and " + parts[-1], kind
            return parts[0], kind
        owners = [c for c in t.children if c.dep_ in ("poss", "compound") and c.ent_type_]
        for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            owners += [g for g in p.children if g.dep_ == "pobj" and g.ent_type_]
        if t.dep_ == "dobj":
            owners += [c for c in t.head.children if c.dep_ == "nsubj" and c.ent_type_]
        owners += _agents(t)
        if not owners and _agents(t, named=False):
            return None  # "a report issued by the board": its issuer, unnamed, not an earlier one
        filer = _unnamed_filer(t)
        if not owners and filer is not None:
            return filer, "group"
        for o in owners:
            ent = entity_of(o)
            ent = _of_place(ent) if ent is not None else None
            if ent is not None and ent.label_ in NAME_LABELS:
                name, label = names.complete(_clean_name(ent.text), ent.label_)
                # "Patricia Smith and Charles Woods ... have filed a lawsuit"
                more = [_conjunct_name(c, names) for c in _conjuncts(ent.root)]
                more = [n for n in more if n and n[:1].isupper()]
                if more:
                    return ", ".join([name] + more[:-1]) + " and " + more[-1], "person"
                return name, TYPE_OF_LABEL.get(label, "unknown")
    return None


def _unnamed_filer(doc_noun: Token) -> str | None:
    """ "Marsh's family filed a wrongful-death lawsuit ... The lawsuit alleges": the subject
    that issued the document, unnamed, as written (not a pronoun: "he filed")."""
    verb = doc_noun.head
    if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicons.load("issuing_verbs"):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not subj:
        return None
    words = mention_tokens(subj[0])
    if len(words) > 1 and words[0].lower_ in ARTICLES:
        words = words[1:]  # as unnamed sources are written: "a coalition" -> "coalition"
    return _clean_name(tokens_text(words))


def _authors(doc_noun: Token) -> list[Token]:
    """The named authors a document is given through that noun: "the authors of the report,
    which include the Acme Institute and ...", "the study's authors, the Acme Institute"."""
    holder = None
    if doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "of":
        holder = doc_noun.head.head
    elif doc_noun.dep_ == "poss":
        holder = doc_noun.head
    if holder is None or holder.lemma_.lower() not in lexicons.load("author_nouns"):
        return []
    named = [c for c in holder.children if c.dep_ == "appos"]
    for rel in (c for c in holder.children if c.dep_ == "relcl" and c.lemma_ in MEMBERSHIP):
        named += [c for c in rel.children if c.dep_ in ("dobj", "attr")]
    return [t for t in named if t.pos_ == "PROPN"]


def _agents(doc_noun: Token, named: bool = True) -> list[Token]:
    """The agents (the named ones) of a passive that issued a document: "a lawsuit has been
    filed by Ann Roe", "a report released by the Acme Institute"."""
    issuing = lexicons.load("issuing_verbs")
    verbs = [c for c in doc_noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if doc_noun.dep_ == "nsubjpass":
        verbs.append(doc_noun.head)
    verbs = [v for v in verbs if v.lemma_.lower() in issuing]
    return [
        g
        for v in verbs
        for a in v.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj" and (g.ent_type_ or not named)
    ]


def _acronym(words: list[Token], acronyms: list[str]) -> str | None:
    """ "the North Atlantic alliance" -> "NATO" when the capitals start a known acronym."""
    initials = "".join(
        t.text[0] for t in words if t.text[:1].isupper() and t.lower_ not in ARTICLES
    )
    if len(initials) < 2:
        return None
    for a in acronyms:
        if a.startswith(initials.upper()) and len(a) > len(initials) - 1:
            return a
    return None


class Mention:
    """A subject to resolve and what several sieves read off it, each computed at most once."""

    def __init__(
        self, head: Token, names: NameIndex, previous: list[Speaker], toks: list[Token]
    ) -> None:
        self.head = head
        self.names = names
        self.previous = previous
        self.toks = toks
        self.low = head.lower_
        self.text = tokens_text(toks)
        self.span = (toks[0].idx, toks[0].idx + len(self.text))

    def speaker(self, name: str | None, type: str) -> Speaker:
        return Speaker(name, self.text, self.span, type, self.head)

    @cached_property
    def person_antecedent(self) -> Span | Token | None:
        """A named person, or a pronoun that was an earlier statement's speaker."""
        return _person_antecedent(
            self.head.doc, self.head.i, self.names, lambda i: self.spoken(i) is not None
        )

    def spoken(self, i: int) -> Speaker | None:
        """The recent statement whose speaker's head is token ``i``."""
        return next((p for p in reversed(self.previous[-12:]) if p.head and p.head.i == i), None)

    @cached_property
    def group_antecedent(self) -> Token | None:
        return _group_antecedent(self.head, self.names)

    @cached_property
    def named(self) -> tuple[Span, bool] | None:
        """The name the subject is, or (True) the name in apposition to its title or
        description: "the president, Barack Obama," or "spokesman John Smith"."""
        ent = entity_of(self.head)
        if ent is not None:
            return _headline_trim(_of_place(ent), self.head, self.names), False
        for t in self.toks:
            if t.dep_ != "appos" or t.head != self.head:
                continue
            if t.ent_type_ == "PERSON":
                appos = entity_of(t)
                return (appos, True) if appos is not None else None
            misread = _misread_appositive(t)
            if misread is not None:
                return misread, True
        head, toks = self.head, self.toks
        office = _name_after_office(head, toks) or _name_after_titles(head, toks)
        return (office, True) if office is not None else None

    @cached_property
    def name_parts(self) -> tuple[list[str], str]:
        """The fullest name of the named subject and of each name conjoined to it, and its
        label: "Hillary Clinton and Donald Trump said", "Craig Bryan ... and other scientists"."""
        assert self.named is not None
        ent = self.named[0]
        # "Mr Zulkarnain" tagged a place is a person: a Malay given name
        titled = ent.start > 0 and ent.doc[ent.start - 1].lower_ in courtesy_titles()
        name, label = self.names.complete(
            _clean_name(span_text(ent)), "PERSON" if titled else ent.label_, titled
        )
        inside = {t.i for t in self.toks}
        parts = [name] + [
            _conjunct_name(c, self.names)
            for c in _conjuncts(ent.root)
            if c.i in inside or any(a.lower_ == "other" for a in c.children)  # "and other experts"
        ]
        return parts, label

    @cached_property
    def words(self) -> list[Token]:
        """The mention without its leading article."""
        toks = self.toks
        return toks[1:] if toks and toks[0].lower_ in ARTICLES else toks

    @cached_property
    def group(self) -> bool:
        head = self.head
        return head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in lexicons.load("group_nouns")

    @cached_property
    def owner(self) -> tuple[Token, Speaker] | None:
        """A possessive pronoun before the head and whom it resolves to, if named: "His
        surrogates", "Her submission to the court"."""
        owner = next(
            (
                c
                for c in self.head.children
                if c.dep_ == "poss" and c.pos_ == "PRON" and c.i < self.head.i
            ),
            None,
        )
        if owner is None or owner.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS | IT_PRONOUNS:
            return None
        who = resolve(owner, self.names, self.previous)
        return (owner, who) if who.name else None


Sieve = Callable[[Mention], "Speaker | None"]


# --- the sieves, in the order they are tried -----------------------------------------------


def relative_pronoun(m: Mention) -> Speaker | None:
    """ "who", "which", "many of whom": the antecedent's speaker ("two of five
    superdelegates" for a part of an unnamed group)."""
    relative = _relative_antecedent(m.head)
    if relative is None:
        return None
    antecedent, of_whom = relative
    found = resolve(antecedent, m.names, m.previous)
    name = found.name
    if of_whom and name and found.type in ("group", "unknown"):
        first = antecedent.left_edge
        if first.lower_ in ARTICLES and first.i < antecedent.i:
            first = first.nbor()
        joint = " of " if first.like_num else " "  # "two of five superdelegates"
        name = f"{m.low}{joint}{name}"
    return m.speaker(name, found.type)


def _later_subject(ent: Span | Token | None, recent: Speaker | None) -> bool:
    """A person made the subject of a later sentence than the last speaker's takes over ("X
    said ... . Trump has ... . He recently ... . '...,' he said")."""
    return (
        isinstance(ent, Span)
        and recent is not None
        and recent.head is not None
        and ent.root.dep_ in ("nsubj", "nsubjpass")
        and sent_of(ent.root).start > sent_of(recent.head).start
    )


def _introduced_later(ent: Span | Token | None, recent: Speaker | None, names: NameIndex) -> bool:
    """The pronoun's antecedent is a person first named with an apposition in a sentence after
    the last speaker's ("... went to Paul Ostrow, a retired firefighter ... . '...,' he said"):
    the story has turned to them."""
    return (
        isinstance(ent, Span)
        and recent is not None
        and recent.head is not None
        and ent.start in names.introduced
        and sent_of(ent.root).start > sent_of(recent.head).start
    )


def pronoun_last_speaker(m: Mention) -> Speaker | None:
    """ "he"/"she": the last person who spoke within two sentences, unless a person is named
    in the pronoun's own sentence or made subject after that speaker."""
    if m.low not in PERSON_PRONOUNS:
        return None
    recent = _recent_person(m.head, m.previous, m.names)
    ent = m.person_antecedent
    at = ent.start if isinstance(ent, Span) else ent.i if ent is not None else -1
    same_sentence = at >= sent_of(m.head).start
    if recent is None or same_sentence or _later_subject(ent, recent):
        return None
    if _introduced_later(ent, recent, m.names):
        return None
    return m.speaker(recent.name, "person")


def pronoun_antecedent(m: Mention) -> Speaker | None:
    """ "he"/"she": the nearest agreeing person named before it, a subject first."""
    if m.low not in PERSON_PRONOUNS:
        return None  # before the look back, which only a pronoun needs
    ante = m.person_antecedent
    if ante is None:
        return None
    if isinstance(ante, Token):  # "'...,' he said. ... '...,' he said": as resolved then
        spoke = m.spoken(ante.i)
        return m.speaker(spoke.name, "person") if spoke is not None and spoke.name else None
    return m.speaker(m.names.complete(_clean_name(span_text(ante)), "PERSON")[0], "person")


def pronoun_earlier_speaker(m: Mention) -> Speaker | None:
    """ "he"/"she": the last agreeing person who spoke, however far back."""
    if m.low not in PERSON_PRONOUNS:
        return None
    for p in reversed(m.previous):
        if p.type == "person" and p.name and " and " not in p.name:
            if _agrees(m.low, p.name, m.names):
                return m.speaker(p.name, "person")
    return None


def group_pronoun_speaker(m: Mention) -> Speaker | None:
    """ "they"/"it": a group or organisation among the last three speakers ("it" not a plural
    group: "officials said ... after it announced"), unless a source is made subject in the
    pronoun's own sentence or after that speaker ("Senate Democrats blocked the bill because
    they said", "Environmentalists worry that ... , they say")."""
    if m.low not in GROUP_PRONOUNS | IT_PRONOUNS:
        return None
    for p in reversed(m.previous[-3:]):
        if p.type not in ("group", "organization") or not p.name:
            continue
        if m.low in IT_PRONOUNS and p.head is not None and p.head.tag_ in ("NNS", "NNPS"):
            continue
        if _later_source(m, p):
            return None
        return m.speaker(p.name, p.type)
    return None


def _later_source(m: Mention, spoke: Speaker) -> bool:
    """Whether the pronoun's nearest possible antecedent is a source made subject after the
    speaker ``spoke``: in a later sentence than the speaker's or in the pronoun's own, as the
    subject of a main clause or of a clause that governs the pronoun. A source is a named group or
    organisation, a group noun, or a subject whose verb takes a clause ("environmentalists
    worry that"), not "prices have risen"; "they" needs a plural one."""
    ante = m.group_antecedent
    if ante is None or spoke.head is None or ante.i <= spoke.head.i:
        return False
    if (
        sent_of(ante).start != sent_of(m.head).start
        and sent_of(ante).start <= sent_of(spoke.head).start
    ):
        return False
    if ante.head.dep_ != "ROOT" and ante.head not in list(m.head.ancestors)[:8]:
        return False  # not: "... a system that Republicans want. '...,' they conclude"
    if m.low in GROUP_PRONOUNS and ante.tag_ not in ("NNS", "NNPS"):
        return False
    return (
        ante.ent_type_ in ("ORG", "NORP")
        or ante.lemma_.lower() in lexicons.load("group_nouns")
        or any(c.dep_ == "ccomp" for c in ante.head.children)
    )


def group_pronoun_antecedent(m: Mention) -> Speaker | None:
    """ "they"/"it": the nearest subject before it that can be a group or organisation."""
    if m.low not in GROUP_PRONOUNS | IT_PRONOUNS:
        return None
    ante = m.group_antecedent
    if ante is None:
        return None
    found = resolve(ante, m.names, [])
    return m.speaker(found.name, found.type)


INDEFINITE = ("someone", "somebody", "anyone", "anybody", "everyone", "everybody")


def indefinite_pronoun(m: Mention) -> Speaker | None:
    """ "Someone shouted that ...": an unnamed source, kept as written."""
    if m.low not in INDEFINITE:
        return None
    return m.speaker(_clean_name(m.text), "unknown")


def symbol_subject(m: Mention) -> Speaker | None:
    """A subject with no letter or digit (an emoji, a symbol: social-media reactions quoted in
    news, "❤️ said"): no name can come from it."""
    if any(ch.isalnum() for ch in m.text):
        return None  # "42% say": the number names the group
    return m.speaker(None, "unknown")


def signed_first_person(m: Mention) -> Speaker | None:
    """ "I" in the narration of a letter or column signed below by a line that is just a name
    ("... I would like to announce my departure ...\n\nDebby James.\n\n"): the signer."""
    if m.low != "i" or m.names.quoted(m.head.idx):
        return None
    starts = m.names.signature_starts
    k = bisect.bisect_left(starts, m.head.idx)
    if k == len(starts) or starts[k] - m.head.idx > 3000:
        return None
    return m.speaker(m.names.signature_names[k], "person")


def unresolved_pronoun(m: Mention) -> Speaker | None:
    """A pronoun no earlier sieve resolved: no name."""
    if m.head.pos_ != "PRON" and m.low not in PERSON_PRONOUNS | GROUP_PRONOUNS | IT_PRONOUNS:
        return None
    return m.speaker(None, "person" if m.low in PERSON_PRONOUNS else "unknown")


def _headline_trim(ent: Span, head: Token, names: NameIndex) -> Span:
    """A Title Case headline's name cut where the tagger ran it into the verb: "Trump Says He
    Never Pledged" -> "Trump"."""
    if ent.start_char >= names.headline_end or len(ent) < 2:
        return ent
    end = head.i + 1
    while end < ent.end and not _ends_headline_name(ent.doc[end]):
        end += 1
    return ent.doc[ent.start : end] if end < ent.end else ent


def _ends_headline_name(tok: Token) -> bool:
    lemma = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
    return tok.pos_ in ("PRON", "VERB", "AUX") or lemma in lexicons.reporting_verbs()


def party_group(m: Mention) -> Speaker | None:
    """A group named by party or nationality with more words than the name ("one
    well-connected Democrat familiar with the campaign", "Senate Republicans", "other
    Democrats"): an unnamed source, kept as written."""
    if m.head.ent_type_ != "NORP" or m.named is None:
        return None
    if any(_names_a_member(t, m.head) for t in m.words):
        return None  # "Roman Smbatyan, an Armenian history professor", "Democrats, like Ryan"
    if len(m.words) <= len(m.named[0]) or _appositive_person(m.head) is not None:
        return None
    return m.speaker(_clean_name(tokens_text(m.words)), "group")


def _names_a_member(tok: Token, head: Token) -> bool:
    """A person named in a group's mention as one of it or as the speaker, not as a
    modifier: "Roman Smbatyan, an Armenian ...", "Democrats -- including Clinton"."""
    if tok.ent_type_ != "PERSON":
        return False
    return (
        tok.i < head.i or tok.dep_ in ("appos", "conj") or tok.head.lower_ in ("like", "including")
    )


def _appositive_person(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def apposition_names(m: Mention) -> Speaker | None:
    """Names in apposition to a group or a party: "the two leading Republicans, Donald J.
    Trump and Senator Ted Cruz," -> both names; "A Democrat, Jane Roe," -> Jane Roe."""
    if m.head.ent_type_ == "PERSON":
        return None
    appos = _appositive_person(m.head)
    if appos is None:
        return None
    parts = [_conjunct_name(appos, m.names)]
    parts += [_conjunct_name(c, m.names) for c in _conjuncts(appos) if c.ent_type_ == "PERSON"]
    if len(parts) == 1 and not m.head.ent_type_:
        return None  # one name for a description: apposition_name
    name = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    return m.speaker(name, "person")


def conjoined_names(m: Mention) -> Speaker | None:
    """Names joined by "and": "Hillary Clinton and Donald Trump said"."""
    if m.named is None or len(m.name_parts[0]) < 2:
        return None
    parts, label = m.name_parts
    name = ", ".join(parts[:-1]) + " and " + parts[-1]
    return m.speaker(name, TYPE_OF_LABEL.get(label, "unknown"))


def exact_name(m: Mention) -> Speaker | None:
    """A named subject: its fullest form in the article ("Rutte" -> "Mark Rutte")."""
    if m.named is None or m.named[1]:
        return None
    parts, label = m.name_parts
    return m.speaker(_country_owned(m, parts[0], label), TYPE_OF_LABEL.get(label, "unknown"))


def _country_owned(m: Mention, name: str, label: str) -> str:
    """ "Gaza's health ministry said", "Finland's coast guard", "Russia's foreign ministry": an
    institution the tagger names by its common noun belongs to the country before it, which
    stays in the name ("the ministry" alone is every country's)."""
    if label not in ("ORG", ""):
        return name
    head = m.head
    owner = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    if owner is None or owner.i + 2 > head.i or head.doc[owner.i + 1].tag_ != "POS":
        return name
    doc = head.doc
    rest = doc[owner.i + 2 : head.i + 1]
    if not _fold(span_text(rest)).endswith(_fold(name)):
        return name  # a name of its own the article gives ("Ministry of Health")
    return span_text(doc[owner.left_edge.i : head.i + 1])


def apposition_name(m: Mention) -> Speaker | None:
    """A title or description with its name in apposition: "the president, Barack Obama,"."""
    if m.named is None:
        return None
    parts, label = m.name_parts
    return m.speaker(parts[0], TYPE_OF_LABEL.get(label, "unknown"))


def acronym(m: Mention) -> Speaker | None:
    """Capitalised words that start an acronym the article uses: "the North Atlantic
    alliance" -> "NATO"."""
    acro = _acronym(m.toks, m.names.acronym_order)
    return m.speaker(acro, "organization") if acro is not None else None


def acronym_group(m: Mention) -> Speaker | None:
    """ "the BLM group", "the BLM movement": the organisation whose name the acronym
    abbreviates, when the article spells it out ("Black Lives Matter")."""
    toks = m.toks
    if len(toks) != 3 or toks[0].lower_ != "the" or toks[2] != m.head:
        return None
    acro = toks[1].text
    if not (acro.isupper() and acro.isalpha() and 2 < len(acro) < 7):
        return None
    if m.head.lemma_.lower() not in lexicons.load("org_descriptions"):
        return None
    name = m.names.expansion(acro)
    return m.speaker(name, "organization") if name is not None else None


def surname_noun(m: Mention) -> Speaker | None:
    """A person's surname the tagger read as a common noun ("Trump did rule out", "Price
    said"): capitalised, alone, and the last word of a person's full name in the article."""
    head = m.head
    if head.tag_ != "NN" or not head.text.istitle() or m.toks != [head] or _is_title(head):
        return None
    name, label = m.names.complete(head.text, "PERSON")
    if label != "PERSON" or name == head.text or not name.endswith(head.text):
        return None
    return m.speaker(name, "person")


def proper_noun(m: Mention) -> Speaker | None:
    """A proper noun the tagger did not make a name ("Rubio", "EPA"), unless it is a bare
    title or description ("President said", a headline's "Judge rejects")."""
    head, names = m.head, m.names
    # a surname the tagger read as a common noun ("Cruz: Trump Would ...") is still a name
    surname = head.is_title and names.is_surname(head.text)
    if not (head.pos_ == "PROPN" or head.is_upper and head.is_alpha or surname):
        return None
    if (
        not head.ent_type_
        and (head.lemma_.lower() in names.roles or head.lower_ in _descriptions())
        and (len(m.toks) == 1 or _in_headline(head, names))
    ):
        return None
    # compounds before the head, but for a courtesy title: "MR. KLINE:" is Kline
    chain = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.i < head.i and not (c.is_punct or c.lower_ in _honorifics())
    ]
    # a title of several words hangs on its last word ("Chief Financial Officer Ana Ruiz",
    # "Orrin Motors Chief Executive Ana Ruiz"): the name starts after it
    titled = [k for k, c in enumerate(chain) if any(g.dep_ == "compound" for g in c.children)]
    chain = chain[titled[-1] + 1 :] + [head] if titled else chain + [head]
    office = None if head.ent_type_ == "PERSON" or surname else _office_name(head)
    name, label = names.complete(_clean_name(office or " ".join(t.text for t in chain)), "")
    label = label or ("ORG" if office else "")
    inside = {t.i for t in m.toks}  # "Chaffetz and Rep. Bob Goodlatte"
    more = [_conjunct_name(c, names) for c in _conjuncts(head) if c.i in inside and c.ent_type_]
    if more and not _is_title(head):  # not "former Pennsylvania Gov. and DNC Chairman Ed Rendell"
        return m.speaker(", ".join([name] + more[:-1]) + " and " + more[-1], "person")
    return m.speaker(_country_owned(m, name, label), TYPE_OF_LABEL.get(label, "unknown"))


def _misread_appositive(t: Token) -> Span | None:
    """ "The Conservative leader, Kemi Badenoch, said": a proper name set off after a title or
    description of a person is that person, whatever label the tagger gave the name (a
    place, an organisation); not "the senator, a Republican," with its article."""
    if t.pos_ != "PROPN" or not _is_title(t.head) or any(c.dep_ == "det" for c in t.children):
        return None
    ent = entity_of(t)
    if ent is None or (ent.start, ent.end) != (t.left_edge.i, t.right_edge.i + 1):
        return None  # the whole appositive, no more, is the name
    if not all(w.is_alpha and w.is_title for w in ent):
        return None  # "Kemi Adeyemi", not a garbled or mixed-case string
    return Span(t.doc, ent.start, ent.end, label="PERSON")


def _name_after_office(head: Token, toks: list[Token]) -> Span | None:
    """ "Minister for Housing James Browne said", "Secretary of State for Health Wes
    Streeting": an office named with "for"/"of" and its portfolio before the name, which the
    parser hangs on the preposition. The name must end the mention and follow words of its
    own after the preposition: "the wife of Bill Clinton" is no name of hers."""
    last = toks[-1] if toks else None
    if last is None or last.ent_type_ != "PERSON" or not head.is_title or not _is_title(head):
        return None  # a capitalised office, not "a spokesman for Mr. Lee"
    ent = entity_of(last)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    if ent is None or ent.end != last.i + 1 or prep is None or ent.root.head != prep:
        return None
    portfolio = head.doc[prep.i + 1 : ent.start]
    if not len(portfolio) or any(not w.is_title or _is_title(w) for w in portfolio):
        return None  # "Housing", "Higher Education"; not "candidate", "Mr."
    return ent


def _name_after_titles(head: Token, toks: list[Token]) -> Span | None:
    """ "DART President and CEO Nadine Lee said", "Union president and founder Paul Kessler":
    titles joined by "and" before one name; the parser makes the name a conjunct of the first
    title, as if two people spoke. Not "the mayor and Police Chief Ann Cole" (two people)."""
    last = toks[-1] if toks else None
    if last is None or last.ent_type_ != "PERSON" or head.ent_type_ or not _is_title(head):
        return None
    ent = entity_of(last)
    if ent is None or ent.end != last.i + 1 or ent.root.dep_ != "conj" or ent.root.head != head:
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    between = head.doc[head.i + 1 : ent.start]
    if len(between) < 2 or between[0].lower_ != "and" or not all(map(_is_title, between[1:])):
        return None
    return ent


def _office_name(head: Token) -> str | None:
    """ "the Chatham County District Attorney's Office": an office named after its holder's
    title is one name with its possessive (the tagger ends the entity before it, and the parser
    makes the title a possessor); not a person's or a place's ("Obama's White House"), nor a
    person of an organisation ("Media Research Center's Bozell")."""
    poss = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    if not poss or poss[0].pos_ != "PROPN" or poss[0].ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    if poss[0].right_edge.i + 1 != head.i or not poss[0].is_title:
        return None
    words = list(head.doc[poss[0].left_edge.i : head.i + 1])
    return tokens_text(words[1:] if words[0].dep_ == "det" else words)


def _is_title(tok: Token) -> bool:
    """A title or role word standing where a name would ("Gov.", "Vice President")."""
    low = tok.lower_
    return (
        low in lexicons.load("titles")
        or low in _synonyms("role_synonyms")
        or tok.lemma_.lower() in _descriptions()
    )


def possessive_document(m: Mention) -> Speaker | None:
    """ "Her submission to the court noted": the document speaks for its owner."""
    if m.owner is None or m.head.lemma_.lower() not in lexicons.load("document_nouns"):
        return None
    who = m.owner[1]
    return m.speaker(who.name, who.type)


def possessive_owner(m: Mention) -> Speaker | None:
    """ "His surrogates" -> "Donald J. Trump's surrogates"."""
    if m.owner is None:
        return None
    owner, who = m.owner
    rest = [t for t in m.words if t.i > owner.i]
    if not rest or who.name is None:
        return None
    text = _clean_name(tokens_text(rest))
    owner_name = who.name + ("'" if who.name.endswith("s") else "'s")
    return m.speaker(f"{owner_name} {text}", "group" if m.group else "unknown")


def document_issuer(m: Mention) -> Speaker | None:
    """ "The report says" -> the group that published the report."""
    issuer = _issuer(m.head, m.names)
    return m.speaker(issuer[0], issuer[1]) if issuer is not None else None


def statement_of_last_speaker(m: Mention) -> Speaker | None:
    """ "Acme said in a statement ... 'We regret it,' the statement added": a statement,
    release or email given no issuer carries the words of who spoke last, within two
    sentences; when the story mentioned it there, of that mention or of the speaker whose
    verb it hangs on ("said in a statement", "emailed", "sent a letter"), not of an outlet
    that reported it ("CBS News reports that the letter was sent ...")."""
    head = m.head
    lemma = head.lemma_.lower()
    if m.toks[0].lower_ != "the" or lemma not in lexicons.load("spoken_documents"):
        return None
    if m.toks[-1].i != head.i:
        return None  # "the release of the emails" is an act, not a document
    window = _window_start(head, 2, m.names)
    at = m.names.documents.get(lemma, [])
    k = bisect.bisect_left(at, head.i)
    before = head.doc[at[k - 1]] if k and at[k - 1] >= window else None
    for p in reversed(m.previous[-4:]):
        if p.head is None or p.head.i >= head.i:
            continue
        if p.head.i < window or not p.name:
            return None
        if before is None or before == p.head or _hangs_on(before, p.head.head):
            return m.speaker(p.name, p.type)
    return None


def _hangs_on(tok: Token, verb: Token) -> bool:
    """Whether a document is the verb itself ("emailed") or its object or instrument ("sent a
    letter", "said in a statement"), not a word of the clause it reports."""
    if tok.dep_ == "pobj":
        tok = tok.head
    return tok == verb or tok.head == verb and tok.dep_ in ("dobj", "prep", "dative")


def description(m: Mention) -> Speaker | None:
    """ "the GOP nominee", "the senator": the person the article gives that title or who
    spoke last."""
    described = _described(m.head, m.toks, m.names, m.previous)
    return m.speaker(described, "person") if described is not None else None


def later_title(m: Mention) -> Speaker | None:
    """ "A New York judge has ruled ... Justice Ann Roe wrote": a lead that describes the
    speaker first names them within the next two sentences with that title; the one person
    given it there, when the article gave it to no one before."""
    head = m.head
    if head.tag_ != "NN" or head.ent_type_ in NAME_LABELS or m.toks[0].lower_ not in ("a", "an"):
        return None  # "the judge" is someone named before
    if head.dep_ != "nsubj" or _description_gender(head, m.toks) is None:
        return None
    ahead = _window_end(head, 2, m.names)
    given = [
        (n, i) for w in _same_role(head.lemma_.lower()) for _, n, i in m.names.roles.get(w, [])
    ]
    named = {n for n, i in given if i < ahead}
    if len(named) != 1 or any(i < head.i for _, i in given):
        return None
    return m.speaker(m.names.complete(named.pop(), "PERSON")[0], "person")


def later_speaker(m: Mention) -> Speaker | None:
    """ "Connecticut's tax commissioner says ... . Kevin Sullivan says he ...": a lead that
    describes its speaker names them in the next sentence, as the subject of a reporting verb
    at the name's first mention."""
    head = m.head
    owner = [c for c in head.children if c.dep_ == "poss"]
    if m.toks[0].lower_ not in ("a", "an") and not (owner and owner[0].ent_type_ == "GPE"):
        return None
    if head.tag_ != "NN" or head.ent_type_ in NAME_LABELS or head.dep_ != "nsubj":
        return None
    gender = _description_gender(head, m.toks)
    doc, names = head.doc, m.names
    if gender is None or sent_of(head).end >= len(doc):
        return None
    nxt = sent_of(doc[sent_of(head).end])
    k = bisect.bisect_left(names.person_ends, nxt.start + 1)
    for e in names.persons[k : k + 3]:
        if e.start >= nxt.end or e.root.dep_ != "nsubj":
            continue
        name = names.complete(_clean_name(e.text), "PERSON")[0]
        g = names.gender(name)
        if (
            e.start in names.first_mentions
            and e.root.head.lemma_.lower() in lexicons.reporting_verbs()
            and not (gender[0] and g and g != gender[0])
        ):
            return m.speaker(name, "person")
        return None
    return None


def earlier_unnamed(m: Mention) -> Speaker | None:
    """ "The employee said" after "A city hall employee told reporters": the unnamed source
    that spoke before with the same noun (or any, for "the person"), as it was written then."""
    head = m.head
    if head.pos_ != "NOUN" or m.toks[0].lower_ != "the" or len(m.toks) != 2:
        return None
    lemma = head.lemma_.lower()
    if lemma in lexicons.load("document_nouns"):
        return None  # "the report" speaks for its issuer
    earlier = [
        (p, p.head)
        for p in reversed(m.previous[-8:])
        if p.head is not None
        and p.name is not None
        and p.sieve in UNNAMED
        and p.head.tag_ == head.tag_
        and p.head.i < head.i
    ]
    found = next((p for p, h in earlier if h.lemma_.lower() == lemma), None)
    if found is None and lemma in lexicons.load("generic_sources"):
        # "the person said" of "a former employee": the last unnamed source under any noun
        found = next((p for p, h in earlier if h.pos_ == "NOUN"), None)
    if found is None or found.name is None or len(found.name.split()) < 2:
        return None
    return m.speaker(found.name, found.type)


UNNAMED = ("unnamed_source", "party_group", "earlier_unnamed")


def group_members(m: Mention) -> Speaker | None:
    """ "Both women", "the pair", "the two senators": the persons last named together as a
    subject, however far back (a story about two people names them together once or twice and
    then calls them "both women")."""
    toks = m.toks
    both = toks[0].lower_ == "both" or len(toks) > 2 and toks[1].lower_ == "two"
    if not (both or m.head.lemma_.lower() in lexicons.load("pair_nouns")):
        return None
    names = m.names
    k = bisect.bisect_left(names.pair_at, m.head.i)
    if k == 0:
        return None
    root = names.pairs[k - 1]
    others = [c for c in _conjuncts(root) if c.ent_type_ == "PERSON"]
    parts = [_conjunct_name(root, names)] + [_conjunct_name(c, names) for c in others]
    return m.speaker(", ".join(parts[:-1]) + " and " + parts[-1], "person")


def possessive_name(m: Mention) -> Speaker | None:
    """ "Gowdy's office" -> "Trey Gowdy's office": an unnamed source owned by a named person
    keeps its words with the owner's fullest name."""
    owner = next((c for c in m.head.children if c.dep_ == "poss" and c.ent_type_), None)
    ent = entity_of(owner) if owner is not None else None
    if ent is None or ent.start < m.words[0].i:
        return None
    short = _clean_name(ent.text)
    full, label = m.names.complete(short, ent.label_)  # "Gowdy" tagged ORG is Trey Gowdy
    if label != "PERSON" or full == short or not full.endswith(short):
        return None
    rest = _clean_name(tokens_text([t for t in m.words if t.i >= ent.start]))
    before = [t for t in m.words if t.i < ent.start and t.lower_ not in _honorifics()]
    given = full[: -len(short)].split()  # "Keith" the tagger left out of "Lamont Scott's"
    while before and given and before[-1].text == given[-1]:
        before, given = before[:-1], given[:-1]
    if not rest.startswith(short) or any(not t.is_alpha for t in before):
        return None  # not "Weak - Rubio's tax plan"
    name = full + rest[len(short) :]
    if before:  # "Mrs. Clinton's aides" drops the courtesy title
        name = tokens_text(before) + " " + name
    return m.speaker(name, "group" if m.group else "unknown")


def salient_person(m: Mention) -> Speaker | None:
    """ "the candidate", "the GOP presidential nominee" that no title and no recent subject
    ties: the person the article is most about, when gender and party allow."""
    head, toks = m.head, m.toks
    if head.tag_ != "NN" or head.ent_type_ in NAME_LABELS or toks[0].lower_ != "the":
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "the senator's wife" is someone else
    gender = _description_gender(head, toks)
    if gender is None:
        return None
    fits = _fits_description(head, toks, m.names, gender[0])
    parties = {_canon(t.lower_) for t in toks if t.i < head.i} & _parties()
    entities = m.names.entities
    name = entities.most_salient(lambda n: fits(n) and entities.party_fits(n, parties))
    return m.speaker(name, "person") if name is not None else None


def president_administration(m: Mention) -> Speaker | None:
    """ "The administration said" in a story that names one sitting president ("President
    Ann Roe") is that president's government, written as news writes it: "Roe administration"."""
    if len(m.toks) != 2 or m.toks[0].lower_ != "the" or m.head.lower_ != "administration":
        return None
    sitting = {
        m.names.complete(n, "PERSON")[0]
        for w in _same_role("president")
        for mods, n, _ in m.names.roles.get(w, [])
        if not mods & (_ranks() | {"former", "late", "ex"})
    }
    if len(sitting) != 1:
        return None
    return m.speaker(sitting.pop().split()[-1] + " administration", "organization")


def organisation_description(m: Mention) -> Speaker | None:
    """ "the committee", "the company": the organisation named with it or that spoke last."""
    found = _described_organisation(m.head, m.toks, m.names, m.previous)
    return m.speaker(found, "organization") if found is not None else None


def place_description(m: Mention) -> Speaker | None:
    """ "The town released a statement": the town or city the article is about, when one
    place stands out."""
    head = m.head
    if head.tag_ != "NN" or head.lower_ not in lexicons.load("place_nouns"):
        return None
    if [t.lower_ for t in m.toks] != ["the", head.lower_]:
        return None  # not "the city council", "a town in Ohio"
    place = m.names.main_place(head.i)
    return m.speaker(place, "place") if place is not None else None


def unnamed_source(m: Mention) -> Speaker | None:
    """No name for it: the mention as written, without its leading article."""
    name = _clean_name(tokens_text(m.words) if m.words else m.text)
    return m.speaker(name, "group" if m.group else "unknown")


SIEVES: tuple[Sieve, ...] = (
    symbol_subject,
    relative_pronoun,
    pronoun_last_speaker,
    pronoun_antecedent,
    pronoun_earlier_speaker,
    group_pronoun_speaker,
    group_pronoun_antecedent,
    indefinite_pronoun,
    signed_first_person,
    unresolved_pronoun,
    apposition_names,
    party_group,
    conjoined_names,
    exact_name,
    apposition_name,
    acronym,
    acronym_group,
    surname_noun,
    proper_noun,
    possessive_document,
    possessive_owner,
    document_issuer,
    statement_of_last_speaker,
    group_members,
    description,
    later_title,
    later_speaker,
    earlier_unnamed,
    president_administration,
    organisation_description,
    salient_person,
    possessive_name,
    place_description,
    unnamed_source,
)


def resolve(
    head: Token,
    names: NameIndex,
    previous: list[Speaker],
    tokens: list[Token] | None = None,
) -> Speaker:
    """Turn a subject head into a Speaker (mention as written, fullest name, type), named
    after the first sieve that decides it."""
    m = Mention(head, names, previous, tokens or mention_tokens(head))
    decision = first(SIEVES, m)
    assert decision is not None  # unnamed_source always decides
    spk = decision.value
    spk.sieve = decision.sieve
    return spk


def _relative_antecedent(head: Token) -> tuple[Token, bool] | None:
    """The noun a relative subject stands for, and whether it is "many of whom" (a part of it):
    "demonstrators, who have ... called for", "family members, many of whom say" (the latter
    also when the parser hangs the clause on the verb)."""
    doc = head.doc
    of_whom = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in ("whom", "which") for g in c.children)
        for c in head.children
    )
    if not (of_whom or head.lower_ in ("who", "which", "that")):
        return None
    clause = head.head
    if clause.dep_ != "relcl":
        loose = _noun_before_comma(head) if of_whom else None
        return (loose, True) if loose is not None else None
    antecedent = clause.head
    if antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    k = clause.left_edge.i - 1  # the noun right before the clause, if the parser hung the
    while k > antecedent.i and (doc[k].is_punct or doc[k].pos_ == "ADV"):
        k -= 1  # clause higher ("a focal point for demonstrators here, who")
    if (
        head.lower_ == "who"
        and antecedent.tag_ == "NN"
        and (doc[k].tag_ in ("NNS", "NNPS") or doc[k].ent_type_ == "PERSON")
        and doc[k].i in {t.i for t in antecedent.subtree}
    ):
        antecedent = doc[k]  # "who" is people: not the "point", the "demonstrators"
    return antecedent, of_whom


def _noun_before_comma(head: Token) -> Token | None:
    """The head of the noun phrase that ends right before ", many of whom": "family members"
    of "family members of 9/11 victims, many of whom"."""
    k = head.left_edge.i - 1
    if k < 1 or head.doc[k].text != ",":
        return None
    tok = head.doc[k - 1]
    if tok.pos_ != "NOUN":
        return None  # not "... of the University of Virginia, both of whom"
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok


def _in_headline(tok: Token, names: NameIndex) -> bool:
    """In the article's first paragraph when that is short: a headline, where descriptions
    stand bare ("Judge rejects ...") and the name comes in the body."""
    return tok.idx < names.headline_end


def _role_holders(
    head: Token, toks: list[Token], names: NameIndex
) -> tuple[tuple[str, bool] | None, set[str]]:
    """Who the article names with this role ("Republican presidential nominee Donald Trump" for
    "the GOP nominee"): the title with all the description's modifiers and fewest others (the
    latest mention on a tie) and whether it has no others, and every holder of the role whose
    rank and party agree."""
    role = head.lower_ if head.text.endswith(".") else head.lemma_.lower()
    words = _same_role(role)
    mods = {_canon(t.lower_) for t in toks if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}
    entries = []
    for w in words:
        for m, n, i in names.roles.get(w, []):
            m = frozenset(_canon(x) for x in m)
            if m & _ranks() != mods & _ranks():
                continue
            if mods & _parties() and m & _parties() and not mods & _parties() & m:
                continue
            entries.append((m, n, i))
    fits = [(len(m - mods), -i, n) for m, n, i in entries if mods <= m]
    best = (names.complete(min(fits)[2], "PERSON")[0], min(fits)[0] == 0) if fits else None
    return best, {names.complete(n, "PERSON")[0] for _, n, _ in entries}


def _described(
    head: Token, toks: list[Token], names: NameIndex, previous: list[Speaker]
) -> str | None:
    """The person a description stands for: the holder of the title it names with its
    modifiers ("the GOP nominee") or of that bare title ("the president"); else, for a
    definite description ("the 34-year-old mother of three", "the governor"), the person last
    made main subject or speaker within two sentences, when the noun's gender and party allow
    and the sentence does not name that person after it ("The judge agreed with Ivana Trump"),
    unless the one holder of the role is someone else; else a holder of the role; in a
    headline, the first person made subject after it. "his wife", "a spokeswoman" are other
    people: only a title finds them. "Mr. Clarke's new company" is no person at all."""
    if head.tag_ not in ("NN", "NNP") or head.ent_type_ in NAME_LABELS:
        return None
    if head.lemma_.lower() in lexicons.load("org_descriptions"):
        return None  # a parse that gave someone the role "company" does not make it a person
    if toks[0].lower_ in ("a", "an", "another", "one"):
        return None  # "a spokeswoman for Fiorina" is someone the story does not name
    found_title, holders = _role_holders(head, toks, names)
    best = found_title[0] if found_title else None
    mods = {t.lower_ for t in toks if t.i < head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}
    if found_title is not None and (mods or found_title[1]):
        return best  # "the GOP nominee", or "the president" for the one "President Obama"
    headline = _in_headline(head, names)
    owner = [c for c in head.children if c.dep_ == "poss"]
    definite = toks[0].lower_ in ("the", "this", "that") or bool(owner)
    if not (definite or headline) or any(o.pos_ == "PRON" for o in owner):
        return best
    gender = _description_gender(head, toks)
    if gender is None:
        # "the FBI director" is an office of the FBI: only a title names its holder
        return best or (holders.pop() if len(holders) == 1 else None)
    fits = _fits_description(head, toks, names, gender[0])
    relative = any(_is_person(o, names) for o in owner)  # "Lee's brother" is not Lee's subject
    found = None if relative else _salient_person(head, names, previous, fits)
    if found is not None:
        return holders.pop() if len(holders) == 1 and found not in holders else found
    if best is not None:
        return best
    if len(holders) == 1:
        return holders.pop()
    return _headline_subject(head, names, fits) if headline else None


def _is_person(tok: Token, names: NameIndex) -> bool:
    """A name the article gives a person, wherever the tagger put it ("Keith Lamont Scott's"
    tagged ORG)."""
    if tok.pos_ != "PROPN" and not tok.ent_type_:
        return False
    ent = entity_of(tok)
    short = _clean_name(span_text(ent) if ent is not None else tok.text)
    return names.complete(short, ent.label_ if ent is not None else "")[1] == "PERSON"


def _description_gender(head: Token, toks: list[Token]) -> tuple[str | None] | None:
    """For a noun of person_descriptions.txt not owned by a named organisation, the gender it
    implies (in a 1-tuple, None when it implies none); else None."""
    lemma = head.lemma_.lower()
    descriptions = _descriptions()
    if (lemma not in descriptions and head.lower_ not in descriptions) or any(
        t.ent_type_ == "ORG" and canonical_party(t.lower_) is None for t in toks if t.i < head.i
    ):
        return None
    return (descriptions.get(lemma) or descriptions.get(head.lower_),)


def _fits_description(
    head: Token, toks: list[Token], names: NameIndex, gender: str | None
) -> Callable[[str], bool]:
    """Whether a person can be the one a description means: not named after it in its own
    sentence, of no other gender, party or office."""
    parties = {_canon(t.lower_) for t in toks if t.i < head.i} & _parties()
    role = head.lower_ if head.text.endswith(".") else head.lemma_.lower()
    mention = {t.i for t in toks}
    # read off the token tags of the rest of the sentence: ``sent.ents`` walks every entity
    # of the document, once per description
    after = (entity_of(t) for t in head.doc[head.i + 1 : sent_of(head).end] if t.ent_iob_ == "B")
    named_here = {
        _fold(e.text.split()[-1])
        for e in after
        if e is not None and e.label_ == "PERSON" and e.start not in mention and e.text.split()
    }

    def fits(name: str) -> bool:
        if _fold(_clean_name(name).split()[-1]) in named_here:
            return False
        g = names.gender(name)
        if gender and g and g != gender:
            return False
        if names.entities.other_office(name, role):
            return False
        theirs = names.entities.parties.get(name, set())
        if parties and not theirs and names.entities.only_private_roles(name):
            return False  # "the GOP candidate" is not the economist quoted before
        return not (parties and theirs and not theirs & parties)

    return fits


def _salient_person(
    head: Token, names: NameIndex, previous: list[Speaker], fits: Callable[[str], bool]
) -> str | None:
    """The person last made main subject (or named in its "of" phrase: ``_about``) or
    speaker within two sentences of narration, if they fit."""
    window = _narration_start(head, 2, names)
    found: tuple[int, str] | None = None
    for p in reversed(previous):
        if p.type == "person" and p.name and p.head is not None and " and " not in p.name:
            if not fits(p.name):
                continue
            if p.head.i >= window:
                found = (p.head.i, p.name)
            break
    k = bisect.bisect_right(names.person_ends, head.i)
    while k > 0:
        k -= 1
        e = names.persons[k]
        if found is not None and e.start < found[0] or e.start < window:
            break
        if not _about(e.root):
            continue
        if names.quoted(e.start_char):
            continue
        name = names.complete(_clean_name(e.text), "PERSON")[0]
        if fits(name):
            return name
    return found[1] if found is not None else None


def _about(tok: Token) -> bool:
    """Whether a name is whom its sentence is about: its main subject, or named in the "of"
    phrase of a main subject that is no name ("A clip of Tom Reed is featured in the ad. The
    Republican candidate is shown ...")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.ent_type_ == "":
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def _headline_subject(head: Token, names: NameIndex, fits: Callable[[str], bool]) -> str | None:
    """In a headline, the first fitting person made subject in the next three sentences."""
    k = bisect.bisect_right(names.person_ends, head.i)
    ahead = _window_end(head, 3, names)
    for e in names.persons[k:]:
        if e.start >= ahead:
            break
        if e.root.dep_ in ("nsubj", "nsubjpass") and not names.quoted(e.start_char):
            name = names.complete(_clean_name(e.text), "PERSON")[0]
            if fits(name):
                return name
    return None


def _narration_start(tok: Token, sentences: int, names: NameIndex) -> int:
    """Like ``_window_start``, counting only sentences of narration: the sentences of a
    quotation before "..., the former governor said" do not push its speaker out of reach."""
    doc = tok.doc
    start = sent_of(tok).start
    counted = steps = 0
    while counted < sentences and start > 0 and steps < 12:
        start = sent_of(doc[start - 1]).start
        steps += 1
        counted += not names.quoted(doc[start].idx)
    return start


def _window_start(tok: Token, sentences: int, names: NameIndex) -> int:
    """The first token of the sentence ``sentences`` before ``tok``'s (or of the document),
    read off the sentence starts found once (``Token.sent`` walks back to its start each time)."""
    starts = names.sentence_starts
    k = bisect.bisect_right(starts, tok.i) - 1
    return starts[max(0, k - sentences)]


def _window_end(tok: Token, sentences: int, names: NameIndex) -> int:
    """The end of the sentence ``sentences`` after ``tok``'s (or of the document)."""
    starts = names.sentence_starts
    k = bisect.bisect_right(starts, tok.i) + sentences
    return starts[k] if k < len(starts) else len(tok.doc)


def _conjuncts(root: Token) -> list[Token]:
    """Nouns joined to a name by "and" ("X, Y and Z"), as the parser chains them, also from
    the name's apposition ("X, head of ..., and other scientists")."""
    out = []
    tok = root
    while nxt := [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]:
        tok = nxt[0]
        out.append(tok)
    for appos in (c for c in root.children if c.dep_ == "appos"):
        if _listed_name(appos):  # "wrote Jane Roe, Ann Lee and Tom Ray": a list, not a title
            out.append(appos)
            out += _conjuncts(appos)
            continue
        # only "and other ...": "the former governor and EPA administrator" is the same person
        out += [
            c
            for c in appos.children
            if c.dep_ == "conj" and any(a.lower_ == "other" for a in c.children)
        ]
    return out


def _listed_name(appos: Token) -> bool:
    """A name the parser hung as an apposition on the name before it while a person is
    conjoined to it: the middle of a list of three names ("X, Y and Z")."""
    return (
        _named_conjunct(appos)
        and appos.ent_type_ in ("PERSON", "ORG")
        and any(c.dep_ == "cc" for c in appos.children)
        and any(c.dep_ == "conj" and _named_conjunct(c) for c in appos.children)
    )


def _named_conjunct(tok: Token) -> bool:
    """A proper name in a list, however tagged, and not a title ("President and CEO")."""
    return (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "FAC", "") and not _is_title(tok)
    )


def _conjunct_name(tok: Token, names: NameIndex) -> str:
    ent = entity_of(tok)
    if ent is not None:
        return names.complete(_clean_name(ent.text), ent.label_)[0]
    chained = {x.i for c in tok.children if c.dep_ in ("conj", "cc") for x in c.subtree}
    words = [t for t in mention_tokens(tok) if t.i not in chained]
    persons = [t for t in words if t.ent_type_ == "PERSON"]
    if persons:  # "Breitbart News National Security editor Dr. Sebastian Gorka"
        ent = entity_of(persons[-1])
        if ent is not None and ent.end - 1 >= tok.i:  # the name ends the conjunct
            return names.complete(_clean_name(ent.text), "PERSON")[0]
    while len(words) > 1 and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    return _clean_name(tokens_text(words))


def _company_name(name: str) -> bool:
    """A name that ends as companies' names do ("Lumenar Technologies", "Acme Holdings"): an
    organisation whatever label the tagger gave it."""
    words = name.split()
    return len(words) > 1 and _fold(words[-1]) in lexicons.load("company_designators")


def _based(tok: Token) -> bool:
    """In an "X-based" modifier ("the Copenhagen-based lender", "The Cupertino,
    California-based company" with the city a place of its own): a place, not an owner."""
    return tok.lower_ == "based" or tok.head.lower_ == "based" or tok.head.head.lower_ == "based"


def _described_organisation(
    head: Token, toks: list[Token], names: NameIndex, previous: list[Speaker]
) -> str | None:
    """The organisation a definite description stands for: the one named with that noun last
    ("the committee" -> "House Intelligence Committee"), else, for a noun of
    org_descriptions.txt, the organisation last made main subject or speaker within two
    sentences ("Zero Hedge asked ... The website noted"), or made subject of the very
    clause the description reports ("The NFL suspended Benton, the league said")."""
    if head.tag_ != "NN" or toks[0].lower_ != "the" or head.ent_type_:
        return None
    based = any(t.lower_ == "based" for t in toks if t.i < head.i)
    product = head.lemma_.lower() in lexicons.load("product_maker_nouns")  # "the iPhone maker"
    if not product and any(
        t.pos_ == "PROPN" or t.ent_type_
        for t in toks
        if t.i < head.i and not _based(t) and not (based and t.ent_type_ in ("GPE", "LOC"))
    ):
        return None  # "the Clinton campaign", "the state Democratic party": named by others
    doc = head.doc
    named = names.org_by_word.get(_fold(head.text), [])
    k = bisect.bisect_right(named, (head.i, "\uffff"))
    if k:
        return names.complete(named[k - 1][1], "ORG")[0]
    if head.lemma_.lower() not in lexicons.load("org_descriptions"):
        return None
    window = _window_start(head, 2, names)
    for p in reversed(previous):
        if p.head is None or p.head.i < window:
            break
        if p.name and (_company_name(p.name) or p.type == "organization"):
            return p.name
    for t in reversed(doc[window : head.i]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.ent_type_ != "ORG":
            continue
        if t.head.dep_ == "ROOT" or t.head.dep_ == "ccomp" and t.head.head == head.head:
            ent = entity_of(t)
            if ent is not None and not names.quoted(ent.start_char):
                return names.complete(_clean_name(ent.text), "ORG")[0]
    return None
