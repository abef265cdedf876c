"""The article's people as entities: each by its fullest name, with how salient it is and the
parties the article gives it. Built once per document (``DocumentModel.entities``) from the name
index, read by the speaker sieves that need more than the nearest sentence: a description that no
title and no recent subject ties ("the candidate", "the GOP presidential nominee") goes to the
person the article is about, when gender and party allow. The table also gives each named
speaker its entity id (the record's ``speaker_entity``), one for all its names in the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from claimx.rules import lexicons
from claimx.rules.doccache import candidates, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.rules.speakers import NameIndex

POSSESSIVE = re.compile(r"\s*['’]s?$")
# the end of a tag a scraper left glued to the name after it: '">Sanders', 'datetime="...">Trump'
MARKUP_RESIDUE = re.compile(r"^[^\s>]*[\"']>(?=\w)")
INITIAL = re.compile(r"^\w\.?$")
SEVERAL = re.compile(r",| and | & ")  # "Hillary Clinton and Donald Trump": no one entity
NAMED_TYPES = ("person", "organization", "place")


def fold(text: str) -> str:
    return text.lower().replace("’", "'")


def clean_name(text: str) -> str:
    text = text.strip()
    if ">" in text:
        text = MARKUP_RESIDUE.sub("", text)
    return POSSESSIVE.sub("", text)


@lru_cache(maxsize=4096)  # the same few names are keyed again for every record
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name_words(name))


def name_words(name: str) -> list[str]:
    """A name's words as every document compares them: case, accents, a possessive, a leading
    "the", courtesy titles and single-letter initials dropped ("Mr. Donald J. Trump's" ->
    ["donald", "trump"]), so that outlets' spellings of one name meet across a corpus."""
    text = unicodedata.normalize("NFKD", clean_name(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text).casefold()  # Hangul syllables stay whole
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[0] in courtesy_titles():
        words = words[1:]
    named = [w for w in words if not INITIAL.match(w)]
    if len(named) > 1:  # "George H. W. Bush"; not "J. Smith", whose initial is all it has
        words = named
    parts = ("".join(ch for ch in w if ch.isalnum() or ch == "-").strip("-") for w in words)
    return [w for w in parts if w]


def name_key(name: str) -> str:
    """The entity id of a name: its :func:`name_words` joined by "-" ("donald-trump")."""
    return "-".join(_name_words(name))


def entity_ids(names: Iterable[str], persons: Iterable[str]) -> dict[str, str]:
    """Each name key of the article's named entities -> its entity id. A person's surname
    alone, or first and last name without the middle one, is the one fuller name the article
    gives with those words ("Trump" -> "donald-trump", "Hillary Clinton" ->
    "hillary-rodham-clinton"); a surname two people share stays as it is."""
    ids = {k: k for k in map(name_key, names) if k}
    fullest: dict[tuple[str, str], tuple[str, ...]] = {}  # (first, last) -> the longest words
    for words in map(_name_words, persons):
        if len(words) > 1 and len(words) > len(fullest.get((words[0], words[-1]), ())):
            fullest[(words[0], words[-1])] = words
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    for words in fullest.values():
        by_surname.setdefault(words[-1], []).append(words)
        ids["-".join(words[:1] + words[-1:])] = "-".join(words)
    for surname, found in by_surname.items():
        if len(found) == 1:
            ids[surname] = "-".join(found[0])
    return ids


@cache
def canonical_party(word: str) -> str | None:
    """ "gop" -> "republican", "democrat" -> "democratic"; None for a word that is no party."""
    for words in lexicons.classes("role_synonyms"):
        if word in words and words[0] in lexicons.load("parties"):
            return words[0]
    return None


@cache
def courtesy_titles() -> frozenset[str]:
    """ "mr.", "ms.": titles before a name that give no office."""
    return frozenset(line.split()[0] for line in lexicons.load("honorifics"))


@cache
def campaign_roles() -> frozenset[str]:
    """ "candidate", "nominee", ...: the role_synonyms.txt class of "candidate"."""
    return next(frozenset(c) for c in lexicons.classes("role_synonyms") if c[0] == "candidate")


@cache
def offices() -> dict[str, frozenset[str]]:
    """Office nouns of role_synonyms.txt and the words for the same office; party words and
    campaign roles ("candidate", "nominee") are no office: a senator may be the candidate."""
    out: dict[str, set[str]] = {}
    for words in lexicons.classes("role_synonyms"):
        if words[0] in lexicons.load("parties") or words[0] == "candidate":
            continue
        for w in words:
            out.setdefault(w, set()).update(words)
    return {w: frozenset(v) for w, v in out.items()}


class EntityTable:
    """Persons by fullest name: salience (mentions, a subject's and a headline's counting more)
    and party evidence (a party word right before the name: "Republican Donald Trump",
    "Democrat Hillary Clinton"; or in a title: "Democratic candidate Hillary Clinton")."""

    def __init__(self, doc: Doc, names: NameIndex) -> None:
        self.salience: dict[str, int] = {}
        self.parties: dict[str, set[str]] = {}
        # role nouns from titles and appositions ("Senator Bob Jones", "Roe, an economist")
        self.roles: dict[str, set[str]] = {}
        for e in names.persons:
            name = names.complete(clean_name(span_text(e)), "PERSON")[0]
            if not name:
                continue
            score = (
                1
                + (e.root.dep_ in ("nsubj", "nsubjpass"))
                + 2 * (e.start_char < names.headline_end)
            )
            self.salience[name] = self.salience.get(name, 0) + score
            for k in range(max(0, e.start - 4), e.start):
                party = canonical_party(doc[k].lower_)
                if party is not None:
                    self.parties.setdefault(name, set()).add(party)
        for name, roles in names.roles_by_name.items():
            full = names.complete(name, "PERSON")[0]
            for role, mods in roles:
                if role not in courtesy_titles():
                    self.roles.setdefault(full, set()).add(role)
                for m in mods:
                    party = canonical_party(m)
                    if party is not None:
                        self.parties.setdefault(full, set()).add(party)
        self.ranked = sorted(self.salience, key=lambda n: -self.salience[n])
        # the parties the article gives anyone: "the GOP nominee" in a story that calls no one
        # a Republican is still someone it names
        self.parties_given: set[str] = set().union(*self.parties.values())
        self.campaigners = self._campaigners(doc, names)
        # the names the index holds: every person, the fullest name of each other name, every
        # organisation of several words, the acronyms
        body = [span_text(e) for e in names.persons if e.start_char >= names.headline_end]
        orgs = [name for found in names.org_by_word.values() for _, name in found]
        named = [span_text(e) for e in names.persons] + list(names.full.values()) + orgs
        self.ids = entity_ids(named + sorted(names.acronyms), body)

    def _campaigners(self, doc: Doc, names: NameIndex) -> set[str]:
        """The persons the article makes candidates: a campaign role ("nominee Ann Roe") or a
        campaign of theirs ("the Roe campaign", "Roe's campaign")."""
        found = {n for n, roles in self.roles.items() if roles & campaign_roles()}
        for i in candidates(doc, lower=("campaign",)):
            for c in doc[i].children:
                if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN":
                    name = names.complete(clean_name(c.text), "PERSON")[0]
                    if name in self.salience:
                        found.add(name)
        return found

    def entity_id(self, name: str | None, kind: str) -> str | None:
        """The id of the named entity a speaker's name is (None for an unnamed source, several
        names, or no speaker): the records' ``speaker_entity``. A name no tagger found (a
        signature after a dash, "— Jane Roe") is an entity of its own."""
        if not name:
            return None
        key = name_key(name)
        if key in self.ids:
            return self.ids[key]
        if kind not in NAMED_TYPES or SEVERAL.search(name) or not key:
            return None
        return key

    def other_office(self, name: str, role: str) -> bool:
        """Whether the article gives the person an office other than ``role`` (an office):
        "the mayor" is not "Senator Bob Jones"."""
        same = offices().get(role)
        theirs = {r for r in self.roles.get(name, ()) if r in offices()}
        return same is not None and bool(theirs) and not theirs & same

    def only_private_roles(self, name: str) -> bool:
        """Whether the article gives the person a source's role ("Aparna Mathur, a conservative
        economist") and no office nor campaign role."""
        theirs = self.roles.get(name, set())
        if any(r in offices() or r in campaign_roles() for r in theirs):
            return False
        return any(r in lexicons.load("group_nouns") and not canonical_party(r) for r in theirs)

    def party_fits(self, name: str, parties: set[str]) -> bool:
        """Whether a person can be "the GOP nominee": given that party, or, where the article
        gives no one that party, a candidate of no party the article names (so not the judge
        or the candidate's wife the story is about)."""
        theirs = self.parties.get(name, set())
        if parties <= theirs:
            return True
        return not (theirs or parties & self.parties_given) and name in self.campaigners

    def most_salient(self, fits: Callable[[str], bool], least: int = 3) -> str | None:
        """The most salient person who fits, if clearly ahead of the next who fits."""
        # the first few names only: a scan of every name per description would be quadratic
        found = [n for n in islice(self.ranked, 12) if fits(n)][:2]
        if not found or self.salience[found[0]] < least:
            return None
        if len(found) == 2 and self.salience[found[1]] * 2 > self.salience[found[0]]:
            return None
        return found[0]
