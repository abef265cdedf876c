"""Facts of one parsed document that spaCy recomputes on every access, computed once.

spaCy's ``Doc.text`` joins every token's text on each access (O(length), with a Python object
per token), ``Doc.ents`` and ``Token.sent`` make new spans each time, and the rules read them per
sentence and per statement: that made them cost a quarter of the parse. Documents are processed
one at a time, so one entry per fact is enough; it holds the ``Doc`` itself, so identity (not a
recycled ``id()``) decides a hit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from claimx.rules.quotes import QuoteIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

# fact name -> (the document, its value); each entry is read and replaced whole, so threads
# sharing the module see one document's value or another's, never a mix
_entries: dict[str, tuple[Any, Any]] = {}


def _per_doc(name: str, doc: Doc, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, made once for the last document asked about."""
    last = _entries.get(name)
    if last is not None and last[0] is doc:
        return last[1]
    value = build(doc)
    _entries[name] = (doc, value)
    return value


def doc_text(doc: Doc) -> str:
    return _per_doc("text", doc, lambda d: d.text)


def quote_index(doc: Doc) -> QuoteIndex:
    """The document's quotations, found once: the document model and the gates that receive
    only a clause ask the same index whether a word is quoted."""
    return _per_doc("quotes", doc, lambda d: QuoteIndex(doc_text(d)))


def span_text(span: Any) -> str:
    """``span.text`` read off the document's text: spaCy joins the span's tokens, a Python
    ``Token`` each."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def sentences(doc: Doc) -> tuple[list[Any], list[int]]:
    """The document's sentences and the token each starts at, made once per document."""
    return _per_doc("sentences", doc, _sentences)


def _sentences(doc: Doc) -> tuple[list[Any], list[int]]:
    sents = list(doc.sents)
    return sents, [s.start for s in sents]


def sent_of(tok: Any) -> Any:
    """``tok.sent`` by bisection in the document's sentences: spaCy walks back to the
    sentence's start and makes a new ``Span`` on every access."""
    import bisect

    sents, starts = sentences(tok.doc)
    return sents[bisect.bisect_right(starts, tok.i) - 1]


def span_sent(span: Any) -> Any:
    """``span.sent`` (the sentence its first token is in) by ``sent_of``."""
    doc = span.doc
    return sent_of(doc[span.start]) if span.start < len(doc) else span.sent


def parsed_from(doc: Doc, text: str) -> None:
    """Tell the cache the text ``doc`` was parsed from: spaCy's tokenizer keeps every
    character, so that text is ``doc.text``, and its join over every token is saved (a check of
    the last token's offset guards against a pipeline that changes the text)."""
    if not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        _entries["text"] = (doc, text)


def doc_ents(doc: Doc) -> tuple[Any, ...]:
    """``Doc.ents``, made once per document: each access makes a ``Span`` (and a ``Token`` per
    word) for every entity of the article."""
    return _ents(doc)[0]


def _ents(doc: Doc) -> tuple[tuple[Any, ...], list[int]]:
    return _per_doc("ents", doc, _entities)


def _entities(doc: Doc) -> tuple[tuple[Any, ...], list[int]]:
    ents = tuple(doc.ents)
    return ents, [e.start for e in ents]


def ents_in(doc: Doc, start: int, end: int) -> list[Any]:
    """The entities over tokens ``start``..``end``, cut to that range, in text order: by
    bisection in the document's entities (``Span.ents`` walks every entity of the Doc)."""
    import bisect

    from spacy.tokens import Span

    ents, starts = _ents(doc)
    k = bisect.bisect_right(starts, start) - 1
    if k < 0 or ents[k].end <= start:
        k += 1
    out = []
    while k < len(ents) and ents[k].start < end:
        e = ents[k]
        if e.start >= start and e.end <= end:
            out.append(e)
        else:
            out.append(Span(doc, max(e.start, start), min(e.end, end), label=e.label))
        k += 1
    return out


# Columns of ``token_array``: what the whole-document scans filter on before making Tokens.
LOWER_COL, POS_COL, DEP_COL, ENT_TYPE_COL, LEMMA_COL = 0, 1, 2, 3, 4


def token_array(doc: Doc) -> Any:
    """The lowercase form, part of speech, dependency label, entity type and lemma of every token as
    one array (hashes and symbol ids), made once per document: a scan over the whole document
    picks its few candidates here instead of making a Python ``Token`` for every word."""
    return _per_doc("array", doc, _token_array)


def _token_array(doc: Doc) -> Any:
    from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, POS  # type: ignore[import-not-found]

    return doc.to_array([LOWER, POS, DEP, ENT_TYPE, LEMMA])


def candidates(doc: Doc, pos: tuple[str, ...] = (), lower: tuple[str, ...] = ()) -> list[int]:
    """Indices of the tokens whose part of speech is in ``pos`` or lowercase form in ``lower``,
    in text order; found once per document and question (callers must not change the list)."""
    found: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]]
    found = _per_doc("candidates", doc, lambda d: {})
    if (pos, lower) not in found:
        found[pos, lower] = _candidates(doc, pos, lower)
    return found[pos, lower]


def entity_tokens(doc: Doc, labels: tuple[str, ...]) -> list[int]:
    """Indices of the tokens inside an entity of one of ``labels``, in text order, read off the
    token array once per document and question (no ``Doc.ents`` spans; callers must not change
    the list)."""
    found: dict[tuple[str, ...], list[int]] = _per_doc("entity tokens", doc, lambda d: {})
    if labels not in found:
        import numpy

        column = token_array(doc)[:, ENT_TYPE_COL]
        strings = doc.vocab.strings
        mask = _among(column, [strings[label] for label in labels])
        found[labels] = numpy.nonzero(mask)[0].tolist()
    return found[labels]


def phrases_in(doc: Doc, phrases: frozenset[str]) -> tuple[str, ...]:
    """The ``phrases`` that occur in the document's lowercased text, in the set's own order,
    found once per document and set: a sentence can only hold one of these."""
    found: dict[frozenset[str], tuple[str, ...]] = _per_doc("phrases", doc, lambda d: {})
    if phrases not in found:
        lowered = doc_text(doc).lower()
        found[phrases] = tuple(phrase for phrase in phrases if phrase in lowered)
    return found[phrases]


def _among(column: Any, values: list[int]) -> Any:
    """True where ``column`` holds one of a few ``values``: one comparison each, cheaper than
    ``numpy.isin`` (which sorts) for the short lists asked here."""
    import numpy

    mask = numpy.zeros(len(column), dtype=bool)
    for value in values:
        mask |= column == value
    return mask


def _candidates(doc: Doc, pos: tuple[str, ...], lower: tuple[str, ...]) -> list[int]:
    import numpy

    array = token_array(doc)
    strings = doc.vocab.strings
    mask = _among(array[:, POS_COL], [strings[p] for p in pos])
    mask |= _among(array[:, LOWER_COL], [strings[w] for w in lower])
    return numpy.nonzero(mask)[0].tolist()


# The lemma sets asked about, each with its bit, and for each lemma hash looked at so far the
# bits of the sets its string, lowercased, is in: the vocabulary's strings never change, so a
# lemma is looked at once per process, and a document's once per distinct lemma.
_lemma_sets: dict[frozenset[str], int] = {}
_lemma_bits: dict[int, int] = {}
_lemma_lock = threading.Lock()


def _bits_of(h: int, strings: Any) -> int:
    low = strings[h].lower()
    bits = _lemma_bits[h] = sum(bit for lemmas, bit in _lemma_sets.items() if low in lemmas)
    return bits


def _token_lemma_bits(doc: Doc) -> Any:
    """For each token, the bits of the lemma sets its lemma is in."""
    return _per_doc("lemma bits", doc, _lemma_bits_of_tokens)


def _lemma_bits_of_tokens(doc: Doc) -> Any:
    import numpy

    distinct, inverse = numpy.unique(token_array(doc)[:, LEMMA_COL], return_inverse=True)
    strings, known = doc.vocab.strings, _lemma_bits
    bits = [known[h] if h in known else _bits_of(h, strings) for h in distinct.tolist()]
    return numpy.array(bits, dtype=numpy.int64)[inverse]


def _lemma_mask(doc: Doc, lemmas: frozenset[str]) -> Any:
    """True for the tokens whose lemma, lowercased, is in ``lemmas``."""
    with _lemma_lock:  # threads share the tables
        bit = _lemma_sets.get(lemmas)
        if bit is None:  # a new set: every lemma is looked at again (once, at the first document)
            if len(_lemma_sets) >= 62:  # the bits of an int64: start the tables again
                _lemma_sets.clear()
            bit = _lemma_sets[lemmas] = 1 << len(_lemma_sets)
            _lemma_bits.clear()
            _entries.pop("lemma bits", None)
        return (_token_lemma_bits(doc) & bit) != 0


def lemma_candidates(doc: Doc, lemmas: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lemma, lowercased, is in ``lemmas``, in text order."""
    import numpy

    return numpy.nonzero(_lemma_mask(doc, lemmas))[0].tolist()


def cue_candidates(
    doc: Doc, verb_lemmas: frozenset[str], noun_lemmas: frozenset[str], lower: tuple[str, ...]
) -> list[int]:
    """Indices of the verbs (VERB, AUX) whose lemma is in ``verb_lemmas``, the nouns whose lemma
    is in ``noun_lemmas`` and the words in ``lower``, in text order: the only words that can cue
    a statement, found without a Python ``Token`` for the others."""
    import numpy

    array = token_array(doc)
    strings = doc.vocab.strings
    pos = array[:, POS_COL]
    verbs = _among(pos, [strings["VERB"], strings["AUX"]]) & _lemma_mask(doc, verb_lemmas)
    nouns = (pos == strings["NOUN"]) & _lemma_mask(doc, noun_lemmas)
    words = _among(array[:, LOWER_COL], [strings[w] for w in lower])
    return numpy.nonzero(verbs | nouns | words)[0].tolist()
