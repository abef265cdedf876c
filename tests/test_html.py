"""HTML pages: the article body without boilerplate, title and date from the page metadata, and
records whose spans count into the extracted text (``--show-text``).

The pages in tests/data/html/ are realistic news pages: navigation, cookie banners, ads,
related-article boxes, newsletter boxes, comment threads (that contain "said" sentences of their
own) and footers around the story.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimx.io.sources import InputWarning, iter_documents
from claimx.io.webpage import decode_html, extract_article, looks_like_html
from claimx.record import Document

HTML_DIR = Path(__file__).parent / "data" / "html"

PAGES = {
    "council-water.html": {
        "title": "Mayor denies water plant was shut down after contamination report",
        "date": "2024-03-12",
        "body": [
            "Mayor Linda Okafor denied on Monday that the Eastbank water treatment plant",
            "The plant has not stopped treating water for a single hour",
            "City council member Tom Reyes said the conflicting statements were alarming",
        ],
        "boilerplate": [
            "Accept all cookies",
            "Search the Gazette",
            "Related stories",
            "Bridge repairs delayed",
            "Subscribe to our newsletter",
            "Comments (3)",
            "riverwatcher77",
            "My brother works at the plant",
            "Typical council cover-up",
            "Most read",
            "Police appeal for witnesses",
            "All rights reserved",
            "Privacy policy",
            "Share on Facebook",
            "Tags:",
            "Advertisement",
        ],
        "statements": [("Okafor", "deny"), ("Bell", "confirm"), ("Reyes", "confirm")],
    },
    "vaccine-trial.htm": {
        "title": "Drugmaker says malaria vaccine cut infections by half in late-stage trial",
        "date": "2023-11-08",
        "body": [
            "Meridian Biologics said on Tuesday that its experimental malaria vaccine",
            "No site was closed and no safety signal was found",
            "Health ministers from several African countries",
        ],
        "boilerplate": [
            "Skip to main content",
            "Subscribe from",
            "Sign in",
            "More from Health",
            "Hospital waiting lists",
            "Join the discussion",
            "Company-funded trials",
            "I hope it is true",
            "Cookie settings",
            "Advertise with us",
            "Read more:",
            "Why free mosquito nets",
            "Northern Ledger News",
        ],
        "statements": [("Meridian", "deny"), ("Osei", None), ("World Health", "deny")],
    },
    "port-merger.html": {
        "title": "Harbourline and Castell Shipping deny they are in merger talks",
        "date": "2025-01-16",
        "body": [
            "Harbourline Logistics and Castell Shipping both denied on Thursday",
            "There are no discussions of any kind with Castell",
            "Shares in Harbourline closed up 11 percent in Stockholm",
        ],
        "boilerplate": [
            "DOW 37,468.61",
            "Careers",
            "Posted by Carlos Mendes",
            "Tweet",
            "Trade stocks with zero commission",
            "Advertisement",
            "Carlos Mendes covers",
            "You may also like",
            "Freight rates jump",
            "12 thoughts on",
            "Denied means confirmed",
            "shop steward",
            "Leave a Reply",
            "Popular this week",
            "Morning Manifest",
            "CBJ Media Group",
            "Sitemap",
        ],
        "statements": [("Lindqvist", "deny"), ("Castell", "deny"), ("Norrland", "confirm")],
    },
}


@pytest.fixture(scope="module")
def articles():
    return {name: extract_article((HTML_DIR / name).read_text("utf-8")) for name in PAGES}


@pytest.fixture(scope="module")
def documents():
    docs = [d for d in iter_documents([str(HTML_DIR)]) if isinstance(d, Document)]
    return {Path(d.id).name: d for d in docs}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_article_body_kept_boilerplate_dropped(articles, name):
    text = articles[name].text
    for phrase in PAGES[name]["body"]:
        assert phrase in text
    leaked = [phrase for phrase in PAGES[name]["boilerplate"] if phrase in text]
    assert leaked == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_title_and_date_from_page_metadata(articles, name):
    article = articles[name]
    assert article.title == PAGES[name]["title"]
    assert article.date == PAGES[name]["date"]
    # The headline is the title, not the first line of the text (it would run into sentence 1).
    assert not article.text.startswith(PAGES[name]["title"])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_documents_from_html_files(documents, articles, name):
    doc = documents[name]
    assert doc.text == articles[name].text
    assert doc.title == PAGES[name]["title"]
    assert doc.date == PAGES[name]["date"]
    assert doc.meta.get("format") == "html"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_statements_found_in_extracted_text(extractor, documents, name):
    doc = documents[name]
    statements = extractor.extract_document(doc)
    assert len(statements) >= 4
    for speaker, stance in PAGES[name]["statements"]:
        hits = [s for s in statements if speaker in (s.speaker or "") + (s.speaker_mention or "")]
        assert hits, f"no statement by {speaker!r}"
        if stance is not None:
            assert stance in {s.stance for s in hits}
    for s in statements:
        for start, end in s.claim_spans:
            assert doc.text[start:end] in s.claim
        for phrase in PAGES[name]["boilerplate"]:
            assert phrase not in s.sentence


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        (b"<!doctype HTML>\n<html lang='en'>", True),
        (b"  \n\t<html>\n<head></head>", True),
        (b'<html lang="en-GB" class="no-js">', True),
        (b"\xef\xbb\xbf<!DOCTYPE html>", True),
        (b"<!-- saved from url=(0042)https://news.example/a -->\n<!DOCTYPE html>", True),
        (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML'
            b' 1.0 Strict//EN">',
            True,
        ),
        ("<!DOCTYPE html>".encode("utf-16"), True),
        (b"The mayor said <html> tags were not the problem.", False),
        (b"<htmlish>not a page</htmlish>", False),
        (b"<div><p>A fragment is not a page.</p></div>", False),
        (b"<!doctype svg>", False),
        (b"Date: 2024-03-12\n\nOfficials said the plant was closed.", False),
        (b"", False),
    ],
)
def test_looks_like_html(data, expected):
    assert looks_like_html(data) is expected


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        f"<article>{body}</article>"
        "<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>"
        "</body></html>"
    )


BODY = (
    "<p>The finance minister, Clara Jensen, said on Wednesday that the government would not "
    "raise the fuel tax this year, despite pressure from the central bank.</p>"
    "<p>Opposition leader Piet Aalders said the decision was irresponsible and accused the "
    "government of ignoring the deficit, which he said had doubled in two years.</p>"
    "<p>A spokesman for the central bank declined to comment on the decision.</p>"
)


def test_stdin_html_is_detected_and_extracted():
    html = page(
        BODY,
        '<meta property="og:title" content="Minister rules out fuel tax rise">'
        '<meta property="article:published_time" content="2024-05-22T10:00:00Z">',
    )
    items = list(iter_documents(["-"], stdin=io.BytesIO(html.encode())))
    [doc] = [d for d in items if isinstance(d, Document)]
    assert doc.id == "-" and doc.path is None
    assert doc.title == "Minister rules out fuel tax rise"
    assert doc.date == "2024-05-22"
    assert doc.text.startswith("The finance minister, Clara Jensen, said on Wednesday")
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text


def test_stdin_plain_text_is_not_html():
    text = "The mayor said <html> tags were not the problem.\n"
    [doc] = list(iter_documents(["-"], stdin=io.BytesIO(text.encode())))
    assert doc.text == text and doc.title is None


def test_date_option_overrides_page_date(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(page(BODY, '<meta property="article:published_time" content="2024-05-22">'))
    [doc] = list(iter_documents([str(p)], date="2024-06-01"))
    assert doc.date == "2024-06-01"


def test_no_metadata_date_falls_back_to_dateline_not_sidebar(tmp_path):
    body = (
        "<p>BRUSSELS, May 21, 2024 - "
        + BODY[3:]
        + "<aside><h3>Related</h3><ul><li>Ports strike ends, union says <span>January 3, "
        "2023</span></li></ul></aside>"
    )
    p = tmp_path / "no-meta.html"
    p.write_text(page(body))
    [doc] = list(iter_documents([str(p)]))
    assert doc.text.startswith("BRUSSELS, May 21, 2024")
    assert doc.date == "2024-05-21"


def test_date_in_file_name_when_page_has_none(tmp_path):
    p = tmp_path / "2024-04-30-fuel-tax.html"
    p.write_text(page(BODY))
    [doc] = list(iter_documents([str(p)]))
    assert doc.date == "2024-04-30"


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_declared_charset_is_used(charset):
    body = BODY.replace("Clara Jensen", "Cl\u00e9a J\u00f8rgensen").replace(
        "the decision was",
        "the decision\u2019s timing was" if charset == "windows-1252" else "the decision was",
    )
    data = page(body, charset=charset).encode("cp1252")
    text, warning = decode_html(data)
    assert warning is None
    assert "Cl\u00e9a J\u00f8rgensen" in text
    items = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert not [i for i in items if isinstance(i, InputWarning)]
    [doc] = [i for i in items if isinstance(i, Document)]
    assert "Cl\u00e9a J\u00f8rgensen" in doc.text


def test_page_without_article_text_is_a_warning_and_an_empty_document(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text(
        "<!DOCTYPE html><html><head><title>Loading</title></head><body>"
        '<div id="app"></div><script>render(document.getElementById("app"))</script>'
        "</body></html>"
    )
    items = list(iter_documents([str(p)]))
    warnings = [i for i in items if isinstance(i, InputWarning)]
    assert warnings and "no article text" in warnings[0].message
    [doc] = [i for i in items if isinstance(i, Document)]
    assert doc.text == ""


def test_txt_file_with_markup_is_read_as_text(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(page(BODY))
    [doc] = list(iter_documents([str(p)]))
    assert doc.text.startswith("<!DOCTYPE html>")


# ---------------------------------------------------------------------- the command line


def _check_spans(header: dict, records: list[dict]) -> None:
    text = header["text"]
    for rec in records:
        assert rec["doc"] == header["doc"]
        parts = [text[s:e] for s, e in rec["spans"]["claim"]]
        assert " ".join(parts) == rec["claim"]
        if rec["spans"]["speaker"]:
            s, e = rec["spans"]["speaker"]
            assert text[s:e] == rec["speaker_mention"]
        if rec["spans"]["cue"]:
            s, e = rec["spans"]["cue"]
            assert text[s:e] == rec["cue"]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_show_text_headers_make_spans_checkable(cli, fmt):
    result = cli(*["extract", HTML_DIR, "--show-text", "-f", fmt, "-q"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    objs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    headers = [o for o in objs if o.get("type") == "document"]
    assert [Path(h["doc"]).name for h in headers] == sorted(PAGES)
    current = None
    groups: dict[str, list[dict]] = {}
    for obj in objs:
        if obj.get("type") == "document":
            current = obj
            assert list(obj) == ["doc", "type", "title", "date", "text"]
            groups[obj["doc"]] = []
        else:
            assert current is not None, "a record before its document header"
            groups[current["doc"]].append(obj)
    for header in headers:
        name = Path(header["doc"]).name
        assert header["title"] == PAGES[name]["title"]
        assert header["date"] == PAGES[name]["date"]
        assert all(p not in header["text"] for p in PAGES[name]["boilerplate"])
        assert len(groups[header["doc"]]) >= 4
        _check_spans(header, groups[header["doc"]])


def test_show_text_on_stdin_html(cli):
    html = (HTML_DIR / "port-merger.html").read_text("utf-8")
    result = cli(*["extract", "-", "--show-text", "-f", "jsonl"], input=html)
    assert result.exit_code == 0, result.stderr
    header, *records = [json.loads(line) for line in result.stdout.splitlines()]
    assert header["type"] == "document" and header["doc"] == "-"
    assert header["date"] == "2025-01-16"
    assert records
    _check_spans(header, records)
    assert not any("shop steward" in r["sentence"] for r in records)


def test_without_show_text_no_headers(cli):
    result = cli(*["extract", HTML_DIR / "council-water.html", "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    assert all("type" not in json.loads(line) for line in result.stdout.splitlines())


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table"])
def test_show_text_needs_a_json_format(cli, fmt):
    result = cli(*["extract", HTML_DIR / "council-water.html", "--show-text", "-f", fmt])
    assert result.exit_code == 2
    assert "--show-text needs --format jsonl or json" in result.stderr
    assert result.stdout == ""
