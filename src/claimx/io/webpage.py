"""Saved web pages -> article text, title and publication date, through trafilatura.

A news page is mostly not the story: menus, related-article boxes, ads, comments and footers would
give the extractor statements nobody published ("my brother said the plant was closed"). The
article body is taken out with trafilatura, and that extracted text is the document: every span
of every record counts into it (``claimx extract --show-text`` prints it).

trafilatura is imported on first use, so nothing here slows down ``claimx --help``. Decoding a
page's bytes is :func:`claimx.io.decoding.decode_html`; :mod:`claimx.io.sources` turns the
article into a document.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from claimx.io.decoding import SNIFF_BYTES, decode_html

__all__ = [
    "HTML_SUFFIXES",
    "Article",
    "decode_html",
    "extract_article",
    "is_html_input",
    "looks_like_html",
]

HTML_SUFFIXES = (".html", ".htm")
_FIELDS = ("text", "title", "date")  # what claimx takes from trafilatura's result

# Library convention: no output unless the application configures logging. Without a handler,
# trafilatura's "discarding data" warnings would land on stderr through logging's last resort.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# What may stand before <!doctype html> or <html> in a page saved by a browser: an XML
# declaration (XHTML) and comments such as "<!-- saved from url=(0042)https://... -->".
_PROLOGUE = re.compile(rb"\A(?:\s+|<\?xml[^>]*\?>|<!--.*?-->)*", re.DOTALL)
_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


@dataclass(slots=True)
class Article:
    """What a page holds for claimx: the story's text, its headline and publication date."""

    text: str
    title: str | None = None
    date: str | None = None


def looks_like_html(data: bytes | str) -> bool:
    """True when the data starts (after whitespace, an XML declaration or comments) with
    ``<!doctype html`` or ``<html``; used for standard input, which has no file name."""
    if isinstance(data, str):
        data = data[:SNIFF_BYTES].encode("utf-8", "replace")
    head = data[:SNIFF_BYTES]
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    prologue = _PROLOGUE.match(head)
    start = prologue.end() if prologue else 0
    return _HTML_START.match(head, start) is not None


def is_html_input(path: str | None, data: bytes) -> bool:
    """Files by their suffix (``.html``, ``.htm``); standard input (no path) by its content."""
    if path is None:
        return looks_like_html(data)
    return path.lower().endswith(HTML_SUFFIXES)


def extract_article(html: str, url: str | None = None) -> Article:
    """The page's main text without boilerplate, its title (``og:title`` first) and its
    publication date (page metadata only: ``article:published_time``, JSON-LD, ``<time>``).

    The text is trafilatura's plain-text rendering, one paragraph a line; comments, tables and
    image captions are left out (no statements of the article live there). A first line that
    repeats the title is dropped: a headline has no full stop and would run into the first
    sentence of the story.
    """
    import trafilatura

    from claimx.datetext import normalize_date

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # No "extensive" search: a date in the related-articles box is not the page's date.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if result is None:
        return Article("")
    # A trafilatura Document (a dict from older versions, or when asked for one).
    fields = result if isinstance(result, dict) else {k: getattr(result, k, None) for k in _FIELDS}
    text = (fields.get("text") or "").strip()
    title = " ".join((fields.get("title") or "").split()) or None
    if title:
        first, _, rest = text.partition("\n")
        if " ".join(first.split()).casefold() == title.casefold():
            text = rest.lstrip("\n")
    page_date = fields.get("date")
    date = normalize_date(page_date) if isinstance(page_date, str) and page_date else None
    return Article(text=text, title=title, date=date)
