"""``Doc.text``, computed once per document.

spaCy's ``Doc.text`` joins every token's text on each access (O(length), with a Python object
per token), and the rules read it per sentence and per statement: that made them cost a
quarter of the parse. Documents are processed one at a time, so one entry is enough; it holds
the ``Doc`` itself, so identity (not a recycled ``id()``) decides a hit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_last: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    global _last
    last = _last  # one read: another thread may replace the entry meanwhile
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.text
    _last = (doc, text)
    return text
