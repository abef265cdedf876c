"""`claimx show` and `claimx report`: the HTML they build, read back with an HTML parser, and
the same pages opened in a real headless Chromium (DOM and screenshot).

The statements come from the real extractor on the sample article, plus a few hand-made
statements where a test needs spans in exact places (overlaps, a span across two lines, a
script tag inside a claim).
"""

from __future__ import annotations

import html
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimx
from claimx import show
from claimx.cli import app
from claimx.extractor import DEFAULT_MODEL
from claimx.record import Document, Statement
from claimx.summarize import summarize

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "nato-north-korea.txt"
SEED_DATE = "2024-10-17"
CHROMIUM = "/usr/bin/chromium"
ATTACK = "<script>alert(1)</script>"


# ---------------------------------------------------------------------- reading pages back


class Page(HTMLParser):
    """What a reader sees: highlighted words (with their hover titles), labels, plain text."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.words: list[dict] = []  # {"text", "title", "id"} of each highlighted word
        self.labels: list[tuple[str, str]] = []  # (label text, style)
        self.article_text: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._label_style = ""
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        cls = a.get("class", "")
        if "cx-w" in cls.split():
            self.words.append({"text": "", "title": a.get("title"), "id": a.get("id")})
        if "cx-l" in cls.split():
            self._label_style = a.get("style", "")
        if tag not in ("meta", "br", "img", "input", "link"):
            self.stack.append(cls or tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("meta", "br", "img", "input", "link") and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        top = self.stack[-1] if self.stack else ""
        if top == "cx-w":
            self.words[-1]["text"] += data.strip()
        elif top == "cx-l":
            self.labels.append((data.strip(), self._label_style))
        if top in ("cx-w", "spans"):
            self.article_text.append(data)

    def label_texts(self) -> set[str]:
        return {text for text, _ in self.labels}

    def words_of(self, number: int, role: str) -> str:
        """The highlighted words whose hover title names statement ``number`` in ``role``."""
        return " ".join(
            w["text"]
            for w in self.words
            if w["title"]
            and any(line.startswith(f"#{number} {role} ") for line in w["title"].split("\n"))
        )


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def words(text: str) -> str:
    return " ".join(text.split())


def network_references(markup: str) -> list[str]:
    """Anything that would make a browser fetch from a network."""
    found = re.findall(r"(?i)https?://|//[a-z0-9.-]+\.[a-z]{2,}/|url\(|@import", markup)
    found += re.findall(
        r"(?i)\b(?:src|srcset|href|action|poster|data)\s*=\s*[\"']?\s*(?!#)"
        r"[a-z]+:",
        markup,
    )
    return found


# ---------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def seed(extractor) -> tuple[Document, list[Statement]]:
    text = SEED.read_text(encoding="utf-8")
    document = Document(id=str(SEED.relative_to(ROOT)), text=text, date=SEED_DATE)
    return document, extractor.extract_document(document)


@pytest.fixture(scope="module")
def seed_page(seed) -> str:
    return show.article_page(*seed)


def make(
    text: str,
    speaker: str | None,
    cue: str | None,
    claims: list[str],
    stance: str,
    date: str | None = "2024-10-17",
    number: int = 0,
) -> Statement:
    """A statement whose spans are found in ``text`` (the first occurrence of each part)."""

    def at(part: str | None) -> tuple[int, int] | None:
        if part is None:
            return None
        start = text.index(part)
        return start, start + len(part)

    spans = [at(c) for c in claims]
    return Statement(
        speaker=speaker,
        speaker_mention=speaker,
        speaker_type="person",
        cue=cue,
        claim=" ".join(claims),
        quote="indirect",
        stance=stance,
        stance_cues=[],
        date=date,
        date_text=None,
        date_source="article" if date else None,
        sentence=text,
        speaker_span=at(speaker),
        cue_span=at(cue),
        claim_spans=spans,
        confidence=0.9,
        index=number,
    )


# ---------------------------------------------------------------------- the article page


def test_seed_page_has_every_statement_part_highlighted(seed, seed_page):
    document, statements = seed
    assert len(statements) >= 10  # the sample article really was read
    page = Page(seed_page)
    labels = page.label_texts()
    for number, st in enumerate(statements, start=1):
        text = document.text
        claim_words = " ".join(words(text[s:e]) for s, e in st.claim_spans)
        assert page.words_of(number, "claim") == claim_words, number
        assert f"{st.stance.upper()} {number}" in labels
        if st.speaker_span:
            assert page.words_of(number, "speaker") == words(text[slice(*st.speaker_span)])
            assert f"SPEAKER {number}" in labels
        if st.cue_span:
            assert page.words_of(number, "cue") == words(text[slice(*st.cue_span)])
            assert f"CUE {number}" in labels
        assert f"a0-t{number}" in page.ids and f"a0-s{number}" in page.ids
    # all three stances occur in the sample, each drawn in its own colour
    assert {st.stance for st in statements} == {"confirm", "deny", "uncertain"}
    colours = {show.ROLE_COLORS[r] for r in ("CONFIRM", "DENY", "UNCERTAIN")}
    assert len(colours) == 3
    for text, style in page.labels:
        role = text.split()[0]
        assert show.ROLE_COLORS[role] in style, text


def test_page_keeps_every_character_of_the_article(seed, seed_page):
    document, _ = seed
    assert squeeze("".join(Page(seed_page).article_text)) == squeeze(document.text)


def test_hover_title_gives_each_claim_its_date(seed, seed_page):
    _, statements = seed
    page = Page(seed_page)
    for number, st in enumerate(statements, start=1):
        titles = [w["title"] for w in page.words if f"#{number} claim " in (w["title"] or "")]
        assert titles and all(st.date in t for t in titles)
    assert all(w["title"] for w in page.words)  # every highlighted word has a hover


def test_page_is_self_contained_and_safe(seed_page):
    assert network_references(seed_page) == []
    assert "<script" not in seed_page.lower()
    assert "Content-Security-Policy" in seed_page and "default-src 'none'" in seed_page
    assert '<meta charset="utf-8">' in seed_page


HOSTILE = (
    f'The aide said "{ATTACK}" was harmless.\n'
    'Critics said <img src=x onerror=alert(2)> & "quotes" were fine.\n'
)


@pytest.mark.parametrize("where", ["claim", "plain text", "title and id"])
def test_markup_in_the_input_is_escaped(where):
    if where == "claim":
        sts = [make(HOSTILE, "The aide", "said", [ATTACK], "deny")]
        doc = Document("a.txt", HOSTILE)
    elif where == "plain text":
        sts = []
        doc = Document("a.txt", HOSTILE)
    else:
        sts = [make(HOSTILE, "Critics", "said", ["<img src=x onerror=alert(2)>"], "confirm")]
        doc = Document(ATTACK + ".txt", HOSTILE, title=f"<b onmouseover=alert(3)>{ATTACK}</b>")
    for markup in (show.article_page(doc, sts), show.report_page([(doc, sts)])):
        assert "<script" not in markup.lower() and "<img" not in markup.lower()
        assert "<b onmouseover" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        page = Page(markup)
        assert {t for t, _ in page.tags} <= {
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "h1",
            "h2",
            "h3",
            "p",
            "span",
            "article",
            "div",
            "section",
            "ol",
            "ul",
            "li",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "details",
            "summary",
        }
        assert squeeze(HOSTILE) in squeeze("".join(page.article_text))
        assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)


OVERLAP = "Smith said that Jones denied that the bridge was closed.\nAnd it reopened today."


@pytest.mark.parametrize(
    ("text", "statements", "expected"),
    [
        pytest.param(  # a statement inside another's claim: both drawn, stacked
            OVERLAP,
            [
                make(
                    OVERLAP, "Smith", "said", ["Jones denied that the bridge was closed"], "confirm"
                ),
                make(OVERLAP, "Jones", "denied", ["the bridge was closed"], "deny"),
            ],
            {
                (1, "claim"): "Jones denied that the bridge was closed",
                (2, "speaker"): "Jones",
                (2, "claim"): "the bridge was closed",
            },
            id="nested",
        ),
        pytest.param(  # a claim across a line break keeps both lines, labelled on each
            OVERLAP,
            [
                make(
                    OVERLAP,
                    None,
                    "said",
                    ["Jones denied that the bridge was closed.\nAnd it"],
                    "uncertain",
                )
            ],
            {(1, "claim"): "Jones denied that the bridge was closed. And it", (1, "speaker"): ""},
            id="across-lines",
        ),
        pytest.param(  # spans that start or end inside a word cut the word there
            'He said "no comment," twice.',
            [make('He said "no comment," twice.', "He", "said", ["no comment,"], "deny")],
            {(1, "claim"): "no comment,", (1, "cue"): "said"},
            id="inside-words",
        ),
        pytest.param(  # a quotation split by its attribution: one claim, two parts
            '"We are ready," Rutte said, "and we will act."',
            [
                make(
                    '"We are ready," Rutte said, "and we will act."',
                    "Rutte",
                    "said",
                    ["We are ready,", "and we will act."],
                    "confirm",
                )
            ],
            {(1, "claim"): "We are ready, and we will act.", (1, "speaker"): "Rutte"},
            id="two-parts",
        ),
        pytest.param("", [], {}, id="empty-text"),
    ],
)
def test_spans_are_drawn_where_the_record_says(text, statements, expected):
    markup = show.article_page(Document("t.txt", text), statements)
    page = Page(markup)
    for (number, role), want in expected.items():
        assert page.words_of(number, role) == want, (number, role)
    assert squeeze("".join(page.article_text)) == squeeze(text)
    for number in range(1, len(statements) + 1):  # even when two start on the same word
        assert f"a0-t{number}" in page.ids and f"#a0-t{number}" in page.hrefs
    claim_labels = [t for t, _ in page.labels if not t.startswith(("SPEAKER", "CUE"))]
    if statements and "\n" in statements[0].claim:
        assert claim_labels == ["UNCERTAIN 1", "UNCERTAIN 1"]  # one label on each line


def test_words_keep_the_article_spacing():
    text = "Rutte said there is no evidence today. Officials agreed that it was “fake.”"
    st = make(text, "Rutte", "said", ["there is no evidence"], "deny")
    other = make(text, "Officials", "agreed", ["fake."], "confirm")
    fragment = show.render_article(text, [st, other])
    plain = re.sub(r"<span class=\"cx-l\"[^>]*>.*?</span>", "", fragment)
    plain = re.sub(r"<[^>]+>", "", plain)
    # "evidence today" keeps its space, "fake.”" stays together; only before a highlighted
    # word that is glued to a plain one (“fake) does displaCy's layout add a space
    assert " ".join(plain.split()) == text.replace("“fake", "“ fake")


# ---------------------------------------------------------------------- the corpus report


OTHER = (
    "The minister denied that the plant had closed, a spokesman said on Friday. "
    "Mark Rutte said the alliance stands ready.\n"
)


@pytest.fixture(scope="module")
def corpus(extractor, seed):
    other = Document("other.txt", OTHER, date="2024-10-18")
    return [seed, (other, extractor.extract_document(other))]


def test_report_overview_matches_summarize_and_links_resolve(corpus):
    markup = show.report_page(corpus)
    page = Page(markup)
    records = [st.to_dict() for _, sts in corpus for st in sts]
    rows = summarize(records)
    table = markup[markup.index('<table class="overview"') : markup.index("</table>")]
    body_rows = re.findall(r"<tr><td><a href=\"#(speaker-\d+)\">(.*?)</a></td>(.*?)</tr>", table)
    assert len(body_rows) == len(rows)
    for (anchor, name, cells), row in zip(body_rows, rows, strict=True):
        assert html.unescape(name) == (row["speaker"] or show.UNKNOWN)
        numbers = re.findall(r"<td>(\d+)</td>", cells)
        assert numbers == [
            str(row[k]) for k in ("confirm", "deny", "uncertain", "statements", "documents")
        ]
        assert anchor in page.ids
    # every internal link lands somewhere; every statement of every article has its anchor
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    for j, (_, sts) in enumerate(corpus, start=1):
        assert f"a{j}" in page.ids
        for number in range(1, len(sts) + 1):
            assert f"a{j}-t{number}" in page.ids and f"#a{j}-t{number}" in page.hrefs
    assert markup.count('<details class="doc"') == len(corpus)
    assert '<details class="doc" id="a1" open' not in markup  # collapsed
    assert network_references(markup) == [] and "<script" not in markup.lower()


def test_report_speaker_section_lists_exactly_their_statements(corpus):
    markup = show.report_page(corpus)
    rutte = [st for _, sts in corpus for st in sts if st.speaker == "Mark Rutte"]
    assert len(rutte) >= 2  # in both articles
    anchor = re.search(r'<a href="#(speaker-\d+)">Mark Rutte</a>', markup).group(1)
    section = re.search(rf'<section id="{anchor}">(.*?)</section>', markup).group(1)
    assert section.count("<li>") == len(rutte)
    assert "a1-t" in section and "a2-t" in section


# ---------------------------------------------------------------------- the terminal view


def test_rich_view_styles_the_spans_and_tags_each_claim(seed):
    document, statements = seed
    rendered = show.rich_article(document.text, statements)
    plain = rendered.plain
    for number, st in enumerate(statements, start=1):
        assert f"[#{number} {st.stance}]" in plain
    stripped = re.sub(r" \[#\d+ (confirm|deny|uncertain)\]", "", plain)
    assert stripped == document.text
    first = statements[0]
    styles = {str(s.style) for s in rendered.spans if s.start <= first.speaker_span[0] < s.end}
    assert show.RICH_STYLES["SPEAKER"] in styles


# ---------------------------------------------------------------------- the commands


@pytest.fixture
def same_model(monkeypatch, extractor):
    """The commands reuse the session's extractor instead of loading the model again."""
    monkeypatch.setattr(
        claimx,
        "load",
        lambda name=None: (
            extractor if name in (None, DEFAULT_MODEL) else pytest.fail(f"unexpected model {name}")
        ),
    )
    monkeypatch.delenv("CLAIMX_MODEL", raising=False)


def run(args: list[str], input: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def test_show_writes_the_page(same_model, tmp_path, seed):
    out = tmp_path / "page.html"
    result = run(["show", SEED, "--date", SEED_DATE, "-o", out])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert len({w["id"] for w in page.words if w["id"]}) == len(seed[1])
    assert "published 2024-10-17" in out.read_text(encoding="utf-8")


def test_show_hover_names_the_rules_that_decided(same_model):
    text = "Rutte said on Monday that there is no evidence.\n"
    result = run(["show", "-", "--date", "2024-10-17"], input=text)
    assert result.exit_code == 0
    assert "why: statement say_complement, speaker exact_name, stance " in result.stdout
    assert "date own_clause" in result.stdout


@pytest.mark.parametrize("command", ["show", "report"])
def test_pages_leave_the_shared_extractor_as_they_found_it(
    same_model, extractor, tmp_path, command
):
    """The page needs the sieves' names, but the loaded extractor is the process's: a later
    extract in the same process must get records without ``why``."""
    assert extractor.explain is False
    out = tmp_path / "page.html"
    result = run([command, "-", "--date", "2024-10-17", "-o", out], input="Rutte said it rained.\n")
    assert result.exit_code == 0, result.output
    assert "why: statement say_complement" in out.read_text(encoding="utf-8")
    assert extractor.explain is False
    assert extractor.extract("Rutte said it rained.", "2024-10-17")[0].why is None


def test_show_off_a_terminal_writes_html_to_stdout(same_model):
    result = run(["show", "-"], input="Rutte said there is no evidence.\n")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and "SPEAKER 1" in result.stdout


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["show", "missing.txt"], "no such file", 2),
        (["show", "{corpus}"], "holds 2 articles", 2),
        (["report", "{corpus}", "-o", "/nonexistent-dir/r.html"], "no such directory", 2),
    ],
)
def test_command_errors(same_model, tmp_path, args, message, code):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": OTHER}) for i in "ab") + "\n")
    result = run([a.replace("{corpus}", str(corpus)) for a in args])
    assert result.exit_code == code and message in result.stderr


def test_report_command(same_model, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(OTHER, encoding="utf-8")
    (folder / "two.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "report.html"
    result = run(["report", folder, "-o", out, "--title", "Week 42"])
    assert result.exit_code == 3  # the binary file failed, the rest is in the page
    markup = out.read_text(encoding="utf-8")
    assert markup.count('<details class="doc"') == 2 and "<h1>Week 42</h1>" in markup
    assert "bad.txt" in markup and "Inputs that failed" in markup


def test_show_open_writes_a_temporary_page_and_hands_it_to_the_browser(tmp_path):
    """A real process, so webbrowser reads $BROWSER (a script that records what it was given)."""
    seen = tmp_path / "seen.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {seen}\n')
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": f"{browser} %s", "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "claimx", "show", "-", "--open"],
        input="Officials said the talks failed.\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    uri = seen.read_text().strip()
    assert uri.startswith("file://") and uri.endswith(".html")
    path = Path(uri.removeprefix("file://"))
    assert path.parent == tmp_path and "SPEAKER 1" in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------- in a real browser


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def png_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, length of the decompressed pixel rows) of a PNG; fails if it is not one."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(zlib.decompress(idat))


@pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} not installed (apt-get install -y chromium); CI has it",
)
def test_chromium_renders_the_page(tmp_path, seed):
    document, statements = seed
    hostile = Document("hostile.txt", HOSTILE)
    hostile_sts = [make(HOSTILE, "The aide", "said", [ATTACK], "deny")]
    page_file = tmp_path / "page.html"
    page_file.write_text(show.report_page([seed, (hostile, hostile_sts)]), encoding="utf-8")
    url = page_file.as_uri() + "#a1-t2"  # following a link opens the collapsed article

    dom = chromium(tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    built = Page(dom.stdout)  # the DOM as the browser built it, serialised back
    labels = built.label_texts()
    for number, st in enumerate(statements, start=1):
        assert f"{st.stance.upper()} {number}" in labels
        assert f"a1-t{number}" in built.ids
    assert {"CONFIRM", "DENY", "UNCERTAIN"} <= {t.split()[0] for t in labels}
    assert "<script" not in dom.stdout.lower()  # the input's script stayed text
    assert ATTACK in "".join(built.article_text)
    assert re.search(r'<details class="doc" id="a1" open', dom.stdout)

    shot = tmp_path / "shot.png"
    proc = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", page_file.as_uri())
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    width, height, raw = png_size(data)
    assert (width, height) == (1200, 1600) and raw >= height * width * 3
    assert len(data) > 40_000  # a blank page of this size is under 10 KB
