"""``Doc.text``, computed once per document.

spaCy's ``Doc.text`` joins every token's text on each access (O(length), with a Python object
per token), and the rules read it per sentence and per statement: that made them cost a
quarter of the parse. Documents are processed one at a time, so one entry is enough; it holds
the ``Doc`` itself, so identity (not a recycled ``id()``) decides a hit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


def parsed_from(doc: Doc, text: str) -> None:
    """Tell the cache the text ``doc`` was parsed from: spaCy's tokenizer keeps every
    character, so that text is ``doc.text``, and its join over every token is saved (a check of
    the last token's offset guards against a pipeline that changes the text)."""
    global _last
    if not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        _last = (doc, text)


# Columns of ``token_array``: what the whole-document scans filter on before making Tokens.
LOWER_COL, POS_COL, DEP_COL, ENT_TYPE_COL, LEMMA_COL = 0, 1, 2, 3, 4
_last_array: tuple[Doc, Any] | None = None


def token_array(doc: Doc) -> Any:
    """The lowercase form, part of speech, dependency label, entity type and lemma of every token as
    one array (hashes and symbol ids), made once per document: a scan over the whole document
    picks its few candidates here instead of making a Python ``Token`` for every word."""
    global _last_array
    last = _last_array
    if last is not None and last[0] is doc:
        return last[1]
    from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, POS  # type: ignore[import-not-found]

    array = doc.to_array([LOWER, POS, DEP, ENT_TYPE, LEMMA])
    _last_array = (doc, array)
    return array


def candidates(doc: Doc, pos: tuple[str, ...] = (), lower: tuple[str, ...] = ()) -> list[int]:
    """Indices of the tokens whose part of speech is in ``pos`` or lowercase form in ``lower``,
    in text order."""
    import numpy

    array = token_array(doc)
    strings = doc.vocab.strings
    mask = numpy.zeros(len(doc), dtype=bool)
    if pos:
        mask |= numpy.isin(array[:, POS_COL], [strings[p] for p in pos])
    if lower:
        mask |= numpy.isin(array[:, LOWER_COL], [strings[w] for w in lower])
    return [int(i) for i in numpy.nonzero(mask)[0]]


def lemma_candidates(doc: Doc, lemmas: frozenset[str] | set[str]) -> list[int]:
    """Indices of the tokens whose lemma, lowercased, is in ``lemmas``, in text order: each
    distinct lemma of the document is looked at once, not each token."""
    import numpy

    column = token_array(doc)[:, LEMMA_COL]
    strings = doc.vocab.strings
    wanted = [h for h in numpy.unique(column) if strings[int(h)].lower() in lemmas]
    if not wanted:
        return []
    return [int(i) for i in numpy.nonzero(numpy.isin(column, wanted))[0]]
