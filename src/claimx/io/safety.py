"""Untrusted text on its way out: to a terminal, a spreadsheet, or a UTF-8 stream.

Article text, file names and corpus ids come from anyone. Three places would otherwise act on
them: a terminal runs escape sequences (retitle the window, clear the screen, spoof a link), a
spreadsheet runs a cell that starts like a formula, and a UTF-8 encoder refuses the lone
surrogates that undecodable file names become. JSON output needs none of this (json.dumps
escapes control characters), so only the terminal views, the messages and CSV/TSV use it.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "error_text", "spreadsheet_cell", "utf8_safe", "visible"]

# C0 controls, DEL and the C1 controls (U+0080-U+009F: 0x9b is a one-byte CSI in some terminals).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# OWASP, "CSV Injection": cells starting with these are run as formulas by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _picture(m: re.Match[str]) -> str:
    """One character for one: the Unicode control picture (ESC shows as U+241B, DEL as
    U+2421), U+FFFD for a C1 control; so offsets into a shown article still hold."""
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)
    return "\u2421" if c == 0x7F else "\ufffd"


def visible(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with control characters shown, never sent: safe to print on a terminal.

    ``keep_lines`` keeps newlines and tabs (an article's layout); one-line messages show them.
    """
    pattern = _CONTROLS_BUT_LINES if keep_lines else _CONTROLS
    return pattern.sub(_picture, utf8_safe(text))


def utf8_safe(text: str) -> str:
    """``text`` encodable as UTF-8: lone surrogates (an undecodable file name's bytes under
    surrogateescape, a JSON ``"\\ud800"``) become U+FFFD, one for one, so offsets still hold."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def error_text(exc: BaseException) -> str:
    """An exception as a person reads it: its message, not its Python class name (which is
    only the fallback for an exception that has no message)."""
    return str(exc) or type(exc).__name__


def spreadsheet_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'`` (shown as
    text); anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
