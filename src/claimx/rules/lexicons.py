"""Word lists kept as data files (``lexicons/*.txt``), so that they can be read and amended
without touching the rules; each file says in its header where its entries come from."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    """The lowercase entries of ``lexicons/<name>.txt`` in file order; ``#`` starts a comment."""
    text = (
        resources.files("claimx.rules")
        .joinpath("lexicons")
        .joinpath(f"{name}.txt")
        .read_text("utf-8")
    )
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return [e for e in entries if e]


@cache
def load(name: str) -> frozenset[str]:
    """Entries of ``lexicons/<name>.txt``: one lowercase entry a line, ``#`` starts a comment."""
    return frozenset(_lines(name))


@cache
def classes(name: str) -> tuple[tuple[str, ...], ...]:
    """Lines of ``lexicons/<name>.txt`` read as classes of synonyms, "a, b, c" a line, in file
    order (the first word of a class is its canonical form)."""
    return tuple(tuple(w.strip() for w in line.split(",") if w.strip()) for line in _lines(name))


@cache
def canonical(name: str) -> dict[str, str]:
    """Each word of a lexicon of classes and its canonical form: the first word of the first
    class it stands in ("gop" -> "republican", "suit" -> "lawsuit")."""
    canon: dict[str, str] = {}
    for words in classes(name):
        for w in words:
            canon.setdefault(w, words[0])
    return canon


def _cue_entries() -> frozenset[str]:
    cues = load("reporting_verbs") | load("deny_cues") | load("hedge_cues")
    return (
        cues
        | load("comparison_verbs")
        | load("characterization_verbs")
        | load("expression_verbs")
        | load("directive_verbs")
    )


@cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas that head a cue on their own."""
    return frozenset(e for e in _cue_entries() if " " not in e)


@cache
def phrasal_verbs() -> dict[str, frozenset[str]]:
    """Verbs that head a cue only with their particle: {"rule": {"out"}} for "rule out"."""
    return by_first_word(e for e in _cue_entries() if " " in e)


def by_first_word(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """{"call": {"off", "up"}} from "call off", "call up": the entries of a "VERB WORD" list
    looked up by the verb; a lone verb maps to an empty set."""
    out: dict[str, set[str]] = {}
    for e in entries:
        first, *rest = e.split(None, 1)
        out.setdefault(first, set()).update(rest)
    return {k: frozenset(v) for k, v in out.items()}
