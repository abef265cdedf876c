"""claimx as a spaCy pipeline component: ``nlp.add_pipe("claimx_statements")`` sets
``doc._.statements``, so statement extraction can join any English pipeline.

Registered through the ``spacy_factories`` entry point, so spaCy finds the factory without an
import of claimx. The article date, if known, goes in ``doc._.article_date`` before the call.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)
if not Doc.has_extension("article_date"):
    Doc.set_extension("article_date", default=None)


class StatementsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from claimx.rules.attribution import extract_statements

        doc._.statements = extract_statements(doc, article_date=doc._.article_date)
        return doc


@Language.factory("claimx_statements")
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)


@Language.component("claimx_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs: news text has one
    paragraph a line, and a sentence that ran over a paragraph break would glue a quote to the
    narration after it. The parser keeps boundaries that are already set.

    Also after "on X." (the platform: "said in a post on X. Crews ..."): the tokenizer reads
    "X." as an initial, and the parser then runs the sentence on into the next one."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if "\n" in prev.text_with_ws or (prev.text == "X." and _after_on_x(prev, tok)):
            tok.is_sent_start = True
    return doc


def _after_on_x(prev: Token, tok: Token) -> bool:
    """ "on X." then a capital or a quotation mark: a new sentence."""
    return (
        prev.i > 0
        and prev.doc[prev.i - 1].lower_ == "on"
        and (tok.text[:1].isupper() or tok.is_quote)
    )
