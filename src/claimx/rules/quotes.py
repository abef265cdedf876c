"""Quotation regions of a text, found in one linear scan.

News prose mixes straight and curly marks, guillemets, quotes that run over several paragraphs
(each paragraph reopens the quote and only the last closes it) and stray, unbalanced marks. A
region is the text between an opening and its closing mark; an unbalanced mark closes at the end
of its paragraph, so a missing mark never swallows the rest of the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", '"'}


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # the closing mark's index (exclusive end of the content)


def _is_opening_straight(text: str, i: int) -> bool:
    """A straight mark opens when it follows a space or an opening bracket (or starts the text)."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-:"


# The only characters the scan acts on: it jumps from one to the next.
_MARKS = re.compile("[\n\"'“”«»„]")


# British and Irish house style quotes in single marks ('We will not back down,' she said),
# straight or curly, which are also apostrophes: a mark opens only at the start of a word
# and closes only at the end of one, and a quote must close within its paragraph.
_SINGLE_OPEN = re.compile(r"[‘'](?<![^\s(\[—–][‘'])(?=[\w£$€])(?!\d\ds?\b)")  # not '90s
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,?!…%)])[’'](?=[\s.,;:?!)—–]|$)")
_DOUBLE = ('"', "“", "”", "«", "»", "„", "''")  # two apostrophes: a double mark in wire copy


def _single_quotes(text: str) -> list[Quote]:
    """Quotations in single marks, for a text that uses them as its quotation marks. One left
    open at the end of a sentence that ends its paragraph runs to the paragraph's end (the
    next paragraph reopens it, as with double marks); any other unclosed mark is an apostrophe."""
    out: list[Quote] = []
    pos = 0
    for para in text.split("\n"):
        end = pos + len(para)
        i = pos
        while (m := _SINGLE_OPEN.search(text, i, end)) is not None:
            c = _SINGLE_CLOSE.search(text, m.end(), end)
            if c is None:
                if text[m.end() : end].rstrip()[-1:] in (".", "?", "!"):
                    out.append(Quote(m.end(), end))
                break
            out.append(Quote(m.end(), c.start()))
            i = c.end()
        pos = end + 1
    return out


def find_quotes(text: str) -> list[Quote]:
    """The text's quotations, in single marks when it opens more quotes with them than it has
    double marks (a British or Irish house style), else in double marks."""
    if len(_SINGLE_OPEN.findall(text)) > sum(text.count(mark) for mark in _DOUBLE):
        return _single_quotes(text)
    return _double_quotes(text)


def _double_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    open_at: int | None = None
    closer = ""
    n = len(text)
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:
        i = mark.start()
        ch = text[i]
        if ch == "\n":
            # A paragraph break: an open quote continues only if the next paragraph reopens it.
            j = i
            while j < n and text[j].isspace():
                j += 1
            if open_at is not None and j > i and "\n" in text[i:j]:
                reopen = j < n and (text[j] in OPENERS or text.startswith("''", j))
                if reopen:
                    if i > open_at:
                        out.append(Quote(open_at, i))
                    width = 2 if text.startswith("''", j) else 1
                    open_at, closer = j + width, OPENERS.get(text[j], '"')
                    i = j + width
                    continue
                if i > open_at:
                    out.append(Quote(open_at, i))
                open_at = None
            i = j if j > i else i + 1
            continue
        # Two apostrophes stand for a straight double quote in some wire copy ('' ... '').
        double = ch == "'" and text.startswith("''", i)
        if double:
            ch = '"'
        width = 2 if double else 1
        if open_at is None:
            if ch in OPENERS and (ch != '"' or _is_opening_straight(text, i)):
                open_at, closer = i + width, OPENERS[ch]
            elif ch == "”" and (i == 0 or text[i - 1] == "\n"):
                open_at, closer = i + 1, "”"  # a closing mark used to open a paragraph
        elif ch == closer or ch in CLOSERS:  # wire copy mixes straight and curly marks
            if i > open_at:
                out.append(Quote(open_at, i))
            open_at = None
        i += width
    if open_at is not None and n > open_at:
        out.append(Quote(open_at, n))
    return out


class QuoteIndex:
    """Looks up which quote a character offset falls in, by bisection."""

    def __init__(self, text: str):
        self.quotes = find_quotes(text)
        self._starts = [q.start for q in self.quotes]

    def at(self, offset: int) -> Quote | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.quotes[k].start <= offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def overlapping(self, start: int, end: int) -> list[Quote]:
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            q = self.quotes[k]
            if q.end > start:
                found.append(q)
            k += 1
        return found

    def after(self, offset: int) -> Quote | None:
        k = bisect.bisect_left(self._starts, offset)
        return self.quotes[k] if k < len(self.quotes) else None

    def before(self, offset: int) -> Quote | None:
        """The last quotation that opens before ``offset``."""
        k = bisect.bisect_left(self._starts, offset) - 1
        return self.quotes[k] if k >= 0 else None


# Scripts written without spaces between words (Chinese, Japanese kana, Thai): there each
# character counts as a word, so a quotation in them is as long as its meaning, not one "word".
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of ``text``: runs between spaces, each unspaced-script character one word."""
    return sum(max(1, len(_UNSPACED.findall(w))) for w in text.split())
