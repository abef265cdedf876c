"""Word lists kept as data files (``lexicons/*.txt``), so that they can be read and amended
without touching the rules; each file says in its header where its entries come from."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> frozenset[str]:
    """Entries of ``lexicons/<name>.txt``: one lowercase entry a line, ``#`` starts a comment."""
    text = resources.files("claimx").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(e for e in entries if e)


def reporting_verbs() -> frozenset[str]:
    return load("reporting_verbs") | load("deny_cues") | load("hedge_cues")
