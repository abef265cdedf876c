"""Article dates: the publication date of an input, from cheap regular expressions (metadata
line, dateline, file name), so reading inputs never pays for dateparser or spaCy. Shared by
``io`` (reading inputs) and ``rules.dating`` (resolving statement dates against it).
"""

from __future__ import annotations

import datetime as _dt
import os
import re

__all__ = ["detect_article_date", "normalize_date"]

# --------------------------------------------------------------------------- month names

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_ORD = r"(?:st|nd|rd|th)?"

# Full dates only (day, month and year): what an article date must be.
_DATE_PATTERNS = [
    # 2024-10-17, 2024/10/17, 2024-10-17T08:00:00Z
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # Oct. 17, 2024 / October 17th 2024 / Thursday, Oct. 17, 2024
    re.compile(
        rf"(?<![a-z])(?:{_WEEKDAY_RE})?{_MONTH_RE}\s+(?P<d>\d{{1,2}}){_ORD},?\s+"
        r"(?P<y>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
    # 17 October 2024 / 17th of Oct. 2024
    re.compile(
        rf"(?<![\w])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH_RE},?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
    # 20241017 (compact ISO)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
]


def _match_to_iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    try:
        return _dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
    except ValueError:
        return None


def _find_date(text: str, *, anchored: bool = False) -> str | None:
    """The first full date written in ``text`` (at its start when ``anchored``), as ISO."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if anchored and m.start() != 0:
                break
            iso = _match_to_iso(m)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else None


def normalize_date(value: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a written date ("Oct. 17, 2024", "2024-10-17T08:00:00Z"), else None.

    Common formats are matched by regular expressions; anything else goes to dateparser, which
    must find a day, a month and a year (an article date is a day: it anchors "on Tuesday").
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 80 or not re.search(r"\d", value):
        return None
    found = _find_date(value)
    if found:
        return found
    if re.match(r"\d{4}[-/.]?\d{1,2}[-/.]?\d{1,2}", value):
        return None  # ISO-shaped but not a real day ("2024-13-01"): do not let dateparser guess
    import dateparser  # type: ignore[import-untyped]

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


# --------------------------------------------------------------------------- article date

_HEAD_LINES = 12  # metadata and datelines live in the first few lines
_META_RE = re.compile(
    r"^\s*[*_#>\-\s]*(?P<key>date(?:line)?|pub(?:lication|lished)?[ _-]?date|published(?: on| at)?"
    r"|first published|posted(?: on)?|updated(?: on| at)?|last updated|last modified|modified"
    r"|created|time)\s*[*_]*\s*[:=|]\s*(?P<value>.+)$",
    re.I,
)
# A dateline: optional "CITY, STATE" / "CITY (Reuters)" prefix, optional weekday, then the date.
_DATELINE_PREFIX_RE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?"
    r"\s*(?:,|\u2014|\u2013|-|:)\s*)?"
    r"(?:(?:by\s+[^,]{2,60},\s*)|(?:posted|published|updated)(?:\s+on)?:?\s+)?"
)


def detect_article_date(text: str, filename: str | None = None) -> str | None:
    """The article's publication date as ISO ``YYYY-MM-DD``, or None.

    Order of trust: a metadata line near the top ("Date:", "Published:"; "Updated:" only if
    nothing better), a dateline at the top ("WASHINGTON, Oct. 17, 2024 (AP) —" or a line that
    is just a date), then a date in the file name ("2016-09-15_story.txt", "20160915-x.txt").
    """
    lines = [ln for ln in (text or "")[:3000].splitlines() if ln.strip()][:_HEAD_LINES]

    published: str | None = None
    updated: str | None = None
    for line in lines:
        m = _META_RE.match(line)
        if not m:
            continue
        iso = _find_date(m.group("value"))
        if not iso:
            continue
        key = m.group("key").lower()
        if "updated" in key or "modified" in key:
            updated = updated or iso
        elif published is None:
            published = iso
    if published or updated:
        return published or updated

    for line in lines[:5]:
        prefix = _DATELINE_PREFIX_RE.match(line)
        start = prefix.end() if prefix else 0
        iso = _find_date(line[start:], anchored=True)
        if iso:
            return iso

    if filename:
        return _date_in_filename(filename)
    return None


_FILENAME_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"
)


def _date_in_filename(filename: str) -> str | None:
    name = os.path.basename(filename.rstrip("/\\"))
    for m in _FILENAME_RE.finditer(name):
        iso = _match_to_iso(m)
        if iso:
            return iso
    return None
