"""See the statements: an article as a self-contained HTML page (or rich text) with each
statement's speaker, cue and claim highlighted, and one browsable page for a whole corpus.

The highlighting is drawn by spaCy's displaCy span renderer (``style="span"``, manual mode), so
overlapping statements (a claim that holds another statement) stack the way displaCy stacks
span groups. What we add around it, and why:

- Display tokens are the article's whitespace-separated words, cut where a span starts or ends,
  not spaCy tokens: displaCy puts a space after every token, and with spaCy's tokens the page
  would read "Rutte said , “ there is …". Each line of the article is rendered as its own
  displaCy document so paragraphs stay paragraphs.
- Labels carry the statement's number ("SPEAKER 2", "CUE 2", "DENY 2") so the three parts of a
  statement can be paired when several share a paragraph.
- Date on hover: displaCy has no hover, so its per-word template (the documented ``template``
  option) gets a marker attribute, which is then replaced, word by word in render order, by a
  ``title`` naming the statement(s) the word belongs to, with speaker, stance and date. The
  statement list under the article repeats the date visibly.
- Safety: displaCy escapes the text of every word; everything else we put in the page (names,
  claims, ids, titles) goes through :func:`html.escape`. The page has no script, loads nothing
  (no external font, CSS or image: displaCy's span output references none) and says so in a
  Content-Security-Policy, so even an injected tag could neither run nor call out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimx.record import STANCES, Document, Statement

if TYPE_CHECKING:
    from rich.text import Text

ROLE_COLORS = {
    "SPEAKER": "#7cb7ff",  # blue
    "CUE": "#ffd23f",  # yellow
    "DATE": "#d9d9d9",  # grey
    "CONFIRM": "#3fbf6f",  # green
    "DENY": "#ff5a5f",  # red
    "UNCERTAIN": "#b48cff",  # violet
}
RICH_STYLES = {
    "SPEAKER": "bold blue",
    "CUE": "bold yellow",
    "DATE": "bold white",
    "CONFIRM": "green underline",
    "DENY": "red underline",
    "UNCERTAIN": "magenta underline",
}
FALLBACK_COLOR = "#dddddd"
UNKNOWN = "unknown speaker"
_MARK = 'data-claimx-tip=""'
# displaCy's span templates (the documented ``template`` option) with its inline styles moved
# into the page's CSS (a corpus report stays a third of the size), the word template given our
# marker (see the module docstring) and no space after a word (see _token_texts).
_TEMPLATES = {
    "span": ' <span class="cx-w" ' + _MARK + ' style="height:{total_height}px">'
    "{text}{span_slices}{span_starts}</span>",
    "slice": '<span class="cx-s" style="background:{bg};top:{top_offset}px"></span>',
    "start": '<span class="cx-s cx-b" style="background:{bg};top:{top_offset}px">'
    '<span class="cx-l" style="background:{bg}">{label}{kb_link}</span></span>',
}
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
_CSS = """
body{font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;
 color:#1d1d1f;background:#fff;max-width:72rem;margin:0 auto;padding:2rem 2rem 4rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
.meta{color:#555;margin:0 0 1rem}
.key span{display:inline-block;padding:0 .5em;margin-right:.4em;border-radius:.3em;
 font-size:.8rem;font-weight:bold;color:#000}
.article .spans{margin:0 0 .6rem}
.cx-w{font-weight:bold;display:inline-block;position:relative}
.cx-s{height:4px;left:-1px;width:calc(100% + 2px);position:absolute}
.cx-b{border-top-left-radius:3px;border-bottom-left-radius:3px}
.cx-l{z-index:10;color:#000;top:-.5em;padding:2px 3px;position:absolute;font-size:.6em;
 font-weight:bold;line-height:1;border-radius:3px;white-space:nowrap}
.cx-w:hover .cx-l{z-index:20}
.badge{display:inline-block;padding:0 .45em;border-radius:.3em;font-size:.8rem;
 font-weight:bold;color:#000}
.statements li{margin:.35rem 0}.statements .speaker{font-weight:bold}
.statements .cue{font-style:italic}.statements .date{color:#555}
.by-speaker .date{display:block;font-size:.9rem}
table.overview{border-collapse:collapse;margin:.5rem 0}
table.overview th,table.overview td{border-bottom:1px solid #ddd;padding:.2rem .8rem;
 text-align:right}
table.overview th:nth-child(-n+2),table.overview td:nth-child(-n+2){text-align:left}
table.overview td{white-space:nowrap}table.overview td:first-child{white-space:normal}
details.doc{border:1px solid #ddd;border-radius:.4rem;margin:.6rem 0;padding:.4rem .8rem}
details.doc>summary{cursor:pointer;font-weight:bold}
a{color:#0b57d0}
"""


@dataclass(slots=True)
class _Mark:
    """One highlighted span: a part of a statement, with its displaCy label."""

    start: int
    end: int
    role: str  # SPEAKER, CUE or the stance in capitals
    number: int  # the statement's 1-based number in its document

    @property
    def label(self) -> str:
        return f"{self.role} {self.number}"


def _role_of_stance(stance: str) -> str:
    return stance.upper() if stance in STANCES else "UNCERTAIN"


def statement_marks(statements: Sequence[Statement], text_length: int) -> list[_Mark]:
    """The spans to highlight, clipped to the text; empty or inverted spans are dropped."""
    marks: list[_Mark] = []
    for number, st in enumerate(statements, start=1):
        parts: list[tuple[tuple[int, int] | None, str]] = [
            (st.speaker_span, "SPEAKER"),
            (st.cue_span, "CUE"),
            (st.date_span, "DATE"),
        ]
        parts += [(span, _role_of_stance(st.stance)) for span in st.claim_spans]
        for span, role in parts:
            if not span:
                continue
            start, end = max(0, int(span[0])), min(text_length, int(span[1]))
            if start < end:
                marks.append(_Mark(start, end, role, number))
    return marks


def _date_phrase(st: Statement) -> str:
    if not st.date:
        return "date unknown"
    if st.date_source == "article":
        return f"{st.date} (article date)"
    if st.date_text:
        return f"{st.date} (from “{st.date_text}”)"
    return st.date


def statement_tip(st: Statement, number: int, role: str | None = None) -> str:
    """One line for a hover title: which statement, who, how, what stance, when, and (for
    records made with ``explain``) the rules that decided it, so a reader can tell why."""
    what = {"SPEAKER": "speaker", "CUE": "cue", "DATE": "date"}.get(role or "", "claim")
    who = st.speaker or UNKNOWN
    cue = f" · {st.cue}" if st.cue else ""
    tip = f"#{number} {what} · {who}{cue} · {st.stance} · {_date_phrase(st)}"
    if st.why:
        tip += " · why: " + ", ".join(f"{k} {v}" for k, v in st.why.items() if v)
    return tip


# ---------------------------------------------------------------------- displaCy rendering


def _display_tokens(text: str, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Words of ``text[start:end]`` as (start, end), also cut at every span boundary."""
    pieces: list[tuple[int, int]] = []
    for m in re.finditer(r"\S+", text[start:end]):
        s, e = m.start() + start, m.end() + start
        inner = sorted(c for c in cuts if s < c < e)
        for a, b in zip([s, *inner], [*inner, e], strict=True):
            pieces.append((a, b))
    return pieces


def _token_texts(text: str, tokens: list[tuple[int, int]], marked: list[bool]) -> list[str]:
    """Token texts for displaCy, spaced like the article.

    displaCy writes a space after each plain word; our word template has a space before it but
    (unlike displaCy's) none after, so "deployment." stays together, and a plain word that follows a
    highlighted one after a space gets that space in front of it.
    """
    out = []
    for i, (s, e) in enumerate(tokens):
        after_marked = i > 0 and marked[i - 1] and not marked[i] and tokens[i - 1][1] < s
        out.append((" " if after_marked else "") + text[s:e])
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*\S[^\r\n]*", text)]


def render_article(text: str, statements: Sequence[Statement], *, anchor: str = "a0") -> str:
    """The article as displaCy span markup (an HTML fragment), one ``div.spans`` a line.

    ``anchor`` prefixes the ids: the first highlighted word of statement n is ``{anchor}-t{n}``
    (its next word if an earlier statement starts on the same word).
    """
    return _render(text, statements, anchor)[0]


def _render(text: str, statements: Sequence[Statement], anchor: str) -> tuple[str, set[int]]:
    """Markup, and the numbers of the statements that got an ``{anchor}-t{n}`` id."""
    from spacy import displacy

    marks = statement_marks(statements, len(text))
    cuts = {m.start for m in marks} | {m.end for m in marks}
    parsed: list[dict[str, Any]] = []
    tips: list[str] = []  # one per highlighted word, in render order
    covered: dict[int, list[int]] = {}  # statement number -> its words (indices into tips)
    for line_start, line_end in _lines(text):
        tokens = _display_tokens(text, line_start, line_end, cuts)
        spans = []
        for mark in marks:
            inside = [i for i, (s, e) in enumerate(tokens) if s >= mark.start and e <= mark.end]
            if inside:
                spans.append(
                    {
                        "start_token": inside[0],
                        "end_token": inside[-1] + 1,
                        "label": mark.label,
                        "kb_id": "",
                        "kb_url": "#",
                    }
                )
        marked = []
        for s, e in tokens:
            covering = [m for m in marks if m.start <= s and e <= m.end]
            marked.append(bool(covering))
            if not covering:
                continue
            for m in covering:
                covered.setdefault(m.number, []).append(len(tips))
            seen: set[tuple[int, str]] = set()
            lines = []
            for m in sorted(covering, key=lambda m: (m.number, m.role)):
                if (m.number, m.role) not in seen:
                    seen.add((m.number, m.role))
                    lines.append(statement_tip(statements[m.number - 1], m.number, m.role))
            tips.append("\n".join(lines))
        parsed.append(
            {
                "text": text[line_start:line_end],
                "tokens": _token_texts(text, tokens, marked),
                "spans": spans,
                "title": None,
                "settings": {"lang": "en", "direction": "ltr"},
            }
        )
    if not parsed:
        return '<div class="spans"></div>', set()
    colors = {m.label: ROLE_COLORS.get(m.role, FALLBACK_COLOR) for m in marks}
    markup = displacy.render(
        parsed,
        style="span",
        manual=True,
        jupyter=False,
        options={"colors": colors, "template": _TEMPLATES},
    )
    chunks = markup.split(_MARK)
    if len(chunks) - 1 != len(tips):  # displaCy changed how it renders words: no titles
        return "".join(chunks), set()
    ids: dict[int, int] = {}  # word -> statement number; one id per element
    for number in sorted(covered):
        free = next((i for i in covered[number] if i not in ids), None)
        if free is not None:
            ids[free] = number
    out = [chunks[0]]
    for i, (tip, chunk) in enumerate(zip(tips, chunks[1:], strict=True)):
        attr = f'title="{_esc(tip)}"'
        if i in ids:
            attr += f' id="{_esc(anchor)}-t{ids[i]}"'
        out.append(attr)
        out.append(chunk)
    return "".join(out), set(ids.values())


# ---------------------------------------------------------------------- page pieces


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _badge(stance: str) -> str:
    role = _role_of_stance(stance)
    return (
        f'<span class="badge {role.lower()}" style="background:{ROLE_COLORS[role]}">'
        f"{_esc(stance)}</span>"
    )


def colour_key() -> str:
    parts = [
        f'<span style="background:{color}">{role}</span>' for role, color in ROLE_COLORS.items()
    ]
    return (
        '<p class="key" title="Hover a highlighted word for its statement and date">'
        + "".join(parts)
        + "</p>"
    )


def statement_list(
    statements: Sequence[Statement],
    *,
    anchor: str = "a0",
    anchored: set[int] | None = None,
    speaker_links: dict[str, str] | None = None,
) -> str:
    """The numbered statements under an article: each links to its place in the text.

    ``anchored``: the statements that have an id in the text (see :func:`render_article`);
    None means all of them.
    """
    if not statements:
        return '<p class="statements none">No statements found.</p>'
    items = []
    for number, st in enumerate(statements, start=1):
        who = _esc(st.speaker or UNKNOWN)
        if speaker_links and st.speaker in speaker_links:
            who = f'<a href="#{_esc(speaker_links[st.speaker])}">{who}</a>'
        cue = f' <span class="cue">{_esc(st.cue)}</span>' if st.cue else ""
        items.append(
            f'<li id="{_esc(anchor)}-s{number}" title="{_esc(statement_tip(st, number))}">'
            f'<a href="#{_target(anchor, number, anchored)}">#{number}</a> {_badge(st.stance)} '
            f'<span class="speaker">{who}</span>{cue}: “{_esc(st.claim)}” '
            f'<span class="date">{_esc(_date_phrase(st))}</span></li>'
        )
    return '<ol class="statements">' + "".join(items) + "</ol>"


def _target(anchor: str, number: int, anchored: set[int] | None) -> str:
    """The statement's place in the text, else its line in the statement list."""
    kind = "t" if anchored is None or number in anchored else "s"
    return _esc(f"{anchor}-{kind}{number}")


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _doc_name(document: Document) -> str:
    return document.title or document.id


def article_page(document: Document, statements: Sequence[Statement]) -> str:
    """A whole HTML page for one article: key, highlighted text, statement list."""
    from claimx import __version__

    name = _doc_name(document)
    meta = [document.id] if document.title else []
    meta += [
        f"published {document.date}" if document.date else "publication date unknown",
        _plural(len(statements), "statement"),
        f"claimx {__version__}",
    ]
    markup, anchored = _render(document.text, statements, "a0")
    body = (
        f'<header><h1>{_esc(name)}</h1><p class="meta">{_esc(" · ".join(meta))}</p>'
        f"{colour_key()}</header>\n"
        f'<article class="article">{markup}</article>\n'
        f"<section><h2>Statements</h2>{statement_list(statements, anchored=anchored)}</section>"
    )
    return _page(f"claimx · {name}", body)


# ---------------------------------------------------------------------- corpus report


def report_page(
    results: Sequence[tuple[Document, Sequence[Statement]]],
    *,
    title: str = "claimx report",
    failed: Sequence[tuple[str, str]] = (),
) -> str:
    """One page for a corpus: speaker × stance overview, statements by speaker, the articles.

    Speaker names link to their statements; each statement links into its article, which the
    browser opens when it follows the link (Chromium and Firefox expand a closed ``details``
    holding the link's target).
    """
    from claimx import __version__
    from claimx.summarize import speaker_key, summarize

    everything = [st for _, sts in results for st in sts]
    rows = summarize(st.to_dict() for st in everything)  # the figures of `claimx summarize`
    # one row and one section per entity ("Donald J. Trump" and "Trump" together)
    slug = {speaker_key(row): f"speaker-{i}" for i, row in enumerate(rows, start=1)}
    head = "".join(f"<th>{_badge(s)}</th>" for s in STANCES)
    table = [
        f'<table class="overview"><thead><tr><th>speaker</th><th>type</th>{head}'
        "<th>statements</th><th>articles</th><th>dates</th></tr></thead><tbody>"
    ]
    for row in rows:
        who = row["speaker"]
        cells = "".join(f"<td>{row[s]}</td>" for s in STANCES)
        dates = " – ".join(dict.fromkeys(d for d in (row["first_date"], row["last_date"]) if d))
        table.append(
            f'<tr><td><a href="#{slug[speaker_key(row)]}">{_esc(who or UNKNOWN)}</a></td>'
            f"<td>{_esc(row['speaker_type'])}</td>{cells}<td>{row['statements']}</td>"
            f"<td>{row['documents']}</td><td>{_esc(dates)}</td></tr>"
        )
    table.append("</tbody></table>")

    by_speaker: dict[tuple[str, str | None], list[str]] = {speaker_key(row): [] for row in rows}
    names = {speaker_key(row): row["speaker"] for row in rows}
    articles = []
    for j, (document, statements) in enumerate(results, start=1):
        anchor = f"a{j}"
        keys = [speaker_key(st.to_dict()) for st in statements]
        # within one article a name is one entity, so its link can go by name
        links = {st.speaker: slug[k] for st, k in zip(statements, keys, strict=True) if st.speaker}
        markup, anchored = _render(document.text, statements, anchor)
        for number, (st, key) in enumerate(zip(statements, keys, strict=True), start=1):
            by_speaker[key].append(
                f'<li>{_badge(st.stance)} <a href="#{_target(anchor, number, anchored)}" '
                f'title="{_esc(statement_tip(st, number))}">“{_esc(st.claim)}”</a> '
                f'<span class="date">{_esc(_doc_name(document))} #{number} · '
                f"{_esc(_date_phrase(st))}</span></li>"
            )
        date = f" · {document.date}" if document.date else ""
        articles.append(
            f'<details class="doc" id="{anchor}"><summary>{_esc(_doc_name(document))}'
            f'<span class="meta">{_esc(date)} · {_plural(len(statements), "statement")}'
            f"</span></summary>"
            f'<div class="article">{markup}</div>'
            f"{statement_list(statements, anchor=anchor, anchored=anchored, speaker_links=links)}"
            "</details>"
        )
    speakers = "".join(
        f'<section id="{slug[key]}"><h3>{_esc(names[key] or UNKNOWN)}</h3>'
        f'<ul class="statements by-speaker">{"".join(items)}</ul></section>'
        for key, items in by_speaker.items()
    )
    problems = ""
    if failed:
        problems = (
            "<h2>Inputs that failed</h2><ul>"
            + "".join(f"<li>{_esc(name)}: {_esc(message)}</li>" for name, message in failed)
            + "</ul>"
        )
    meta = (
        f"{_plural(len(results), 'article')} · {_plural(len(everything), 'statement')}"
        f" · {_plural(len(rows), 'speaker')} · claimx {__version__}"
    )
    body = (
        f'<header><h1>{_esc(title)}</h1><p class="meta">{_esc(meta)}</p>{colour_key()}'
        f"</header>\n<section><h2>Speakers and stances</h2>{''.join(table)}</section>\n"
        f"<section><h2>Statements by speaker</h2>{speakers}</section>\n"
        f"<section><h2>Articles</h2>{''.join(articles)}</section>{problems}"
    )
    return _page(title, body)


# ---------------------------------------------------------------------- terminal


def rich_article(text: str, statements: Sequence[Statement]) -> Text:
    """The article with statement parts styled and a ``[#n stance]`` tag after each claim."""
    from rich.text import Text

    from claimx.io.safety import visible

    base = Text(visible(text, keep_lines=True))  # one character for one: the marks still fit
    marks = statement_marks(statements, len(text))
    for role in ("CONFIRM", "DENY", "UNCERTAIN", "CUE", "SPEAKER"):  # parts over claims
        for m in marks:
            if m.role == role:
                base.stylize(RICH_STYLES[role], m.start, m.end)
    tags: dict[int, list[Text]] = {}
    for number, st in enumerate(statements, start=1):
        claim_marks = [m for m in marks if m.number == number and m.role not in ("SPEAKER", "CUE")]
        if not claim_marks:
            continue
        where = max(m.end for m in claim_marks)
        role = _role_of_stance(st.stance)
        style = RICH_STYLES[role].replace(" underline", "") + " reverse"
        tags.setdefault(where, []).append(Text(f"[#{number} {st.stance}]", style=style))
    out = Text()
    last = 0
    for pos in sorted(tags):
        out.append_text(base[last:pos])
        for tag in tags[pos]:
            out.append(" ")
            out.append_text(tag)
        last = pos
    out.append_text(base[last:])
    return out


def rich_statements(statements: Sequence[Statement]) -> Text:
    """A numbered list under the article: who, how, stance, when."""
    from rich.text import Text

    from claimx.io.safety import visible

    out = Text()
    for number, st in enumerate(statements, start=1):
        role = _role_of_stance(st.stance)
        out.append(f"#{number} ", style="bold")
        out.append(visible(st.speaker or UNKNOWN), style=RICH_STYLES["SPEAKER"])
        if st.cue:
            out.append(" ")
            out.append(visible(st.cue), style=RICH_STYLES["CUE"])
        out.append(" · ")
        out.append(st.stance, style=RICH_STYLES[role].replace(" underline", " bold"))
        out.append(f" · {visible(_date_phrase(st))}\n")
    return out
