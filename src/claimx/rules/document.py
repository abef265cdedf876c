"""The document model: facts of the whole article, computed once per parsed Doc and read by
every sieve (statements, speakers, stance, dates), so that no sieve scans the article again.

It grows by parts, each in its own module and built here once: the quotations, the name index
(the entity table's seed: names, forms, roles), and, as the rules need them, the entity table
(``entities``) and the scene timeline (``timeline``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.rules.doccache import doc_text, quote_index
from claimx.rules.quotes import QuoteIndex
from claimx.rules.speakers import NameIndex, Speaker
from claimx.rules.timeline import Timeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.rules.dating import DateResolver
    from claimx.rules.entities import EntityTable


@dataclass
class DocumentModel:
    doc: Doc
    text: str
    quotes: QuoteIndex
    names: NameIndex
    article_date: str | None
    resolver: DateResolver
    # Speakers in text order as the statements are made: who "he" and "they" can be.
    speakers: list[Speaker] = field(default_factory=list)
    # The article's dated scenes (``timeline.py``), which the ``scene`` date sieve reads.
    timeline: Timeline | None = None

    @property
    def entities(self) -> EntityTable:
        """The article's people: fullest names, salience, parties, roles (``entities.py``),
        built once with the name index."""
        return self.names.entities

    @classmethod
    def build(cls, doc: Doc, article_date: str | None, resolver: DateResolver) -> DocumentModel:
        text = doc_text(doc)
        quotes = quote_index(doc)
        names = NameIndex(doc, quoted=lambda i: quotes.at(i) is not None)
        model = cls(doc, text, quotes, names, article_date, resolver)
        model.timeline = Timeline(doc, resolver, article_date, quotes)
        return model
