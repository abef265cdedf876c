"""claimx as a spaCy pipeline component: ``nlp.add_pipe("claimx_statements")`` sets
``doc._.statements``, so statement extraction can join any English pipeline.

Registered through the ``spacy_factories`` entry point, so spaCy finds the factory without an
import of claimx. The article date, if known, goes in ``doc._.article_date`` before the call.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)
if not Doc.has_extension("article_date"):
    Doc.set_extension("article_date", default=None)


class StatementsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from claimx.attribution import extract_statements

        doc._.statements = extract_statements(doc, article_date=doc._.article_date)
        return doc


@Language.factory("claimx_statements")
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)
