"""The article's people as entities: each by its fullest name, with how salient it is and the
parties the article gives it. Built once per document (``DocumentModel.entities``) from the name
index, read by the speaker sieves that need more than the nearest sentence: a description that no
title and no recent subject ties ("the candidate", "the GOP presidential nominee") goes to the
person the article is about, when gender and party allow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from claimx.rules import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.rules.speakers import NameIndex

POSSESSIVE = re.compile(r"\s*['’]s?$")


def fold(text: str) -> str:
    return text.lower().replace("’", "'")


def clean_name(text: str) -> str:
    return POSSESSIVE.sub("", text.strip())


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
            name = names.complete(clean_name(e.text), "PERSON")[0]
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

    def most_salient(self, fits: Callable[[str], bool], least: int = 3) -> str | None:
        """The most salient person who fits, if clearly ahead of the next who fits."""
        # the first few names only: a scan of every name per description would be quadratic
        found = [n for n in islice(self.ranked, 12) if fits(n)][:2]
        if not found or self.salience[found[0]] < least:
            return None
        if len(found) == 2 and self.salience[found[1]] * 2 > self.salience[found[0]]:
            return None
        return found[0]
