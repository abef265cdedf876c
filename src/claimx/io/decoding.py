"""Bytes -> text: binary detection and decoding of inputs (plain text and HTML pages).

Text is decoded but otherwise untouched (no newline translation, NUL bytes kept): record spans are
indices into exactly this text. The one exception is a leading byte-order mark, dropped here so
that offsets start at the first real character.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["BINARY_SAMPLE", "decode_bytes", "decode_html", "is_binary"]

BINARY_SAMPLE = 8192
# A few stray NUL bytes happen in scraped text; more than this in the first 8 KB is a binary file.
MAX_TEXT_NULS = 8
# C0 control characters that never occur in text (tab, newlines, form feed, escape are allowed).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x08\x1b")

SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def is_binary(data: bytes) -> bool:
    """True for data that is no text: many NUL bytes or mostly control bytes near the start.

    UTF-16/32 text with a byte-order mark is text (it is full of NULs by nature).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return False
    sample = data[:BINARY_SAMPLE]
    if not sample:
        return False
    if sample.count(0) > MAX_TEXT_NULS:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > 0.3 * len(sample)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode input bytes; return the text (leading BOM dropped) and a warning message or None.

    UTF-8 by default; UTF-16/32 when a byte-order mark says so; bytes that are not UTF-8 are
    read as cp1252 (latin-1 for the five bytes cp1252 leaves undefined) with a warning, never
    an exception. An explicit ``encoding`` is used as given, undecodable bytes replaced.
    """
    warning: str | None = None
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            text = data.decode(encoding, errors="replace")
            warning = (
                f"not valid {encoding} (byte 0x{data[e.start]:02x} at offset {e.start}); "
                "undecodable bytes replaced by U+FFFD"
            )
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            try:
                text, used = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, used = data.decode("latin-1"), "latin-1"
            warning = (
                f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); read as "
                f"{used} (use --encoding to choose)"
            )
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, warning


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode a page: ``encoding`` if given, else UTF-8 (BOM or valid bytes), else the charset the
    page declares in a ``<meta>`` tag, else the plain-text fallback of :func:`decode_bytes`."""
    if encoding is not None or data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return decode_bytes(data, encoding)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:SNIFF_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            if name.lower().replace("_", "-") in (
                "iso-8859-1",
                "latin-1",
                "latin1",
                "ascii",
                "us-ascii",
            ):
                name = "cp1252"  # what browsers do (WHATWG encoding standard)
            text = data.decode(name, errors="replace")
            if "\ufffd" in text:
                return text, f"not valid {name} as the page declares; bad bytes replaced"
            return text, None
    return decode_bytes(data, None)
