"""The README and docs/ as a newcomer reads them: what they show is what claimx prints, and
every link leads to a file of the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
SAMPLE = "data/samples/nato-north-korea.txt"


def text_blocks(after: str) -> list[str]:
    """The ```text blocks of the README section whose heading starts with ``after``."""
    readme = README.read_text("utf-8")
    section = readme.split(f"\n## {after}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```text\n(.*?)```", section, re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_stay_in_the_repository(page):
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", page.read_text("utf-8")):
        if "://" in target:
            continue
        assert not target.startswith(("../", "/")), f"{page.name} links {target}"
        assert (page.parent / target).exists(), f"{page.name} links {target}, not in the repo"


def test_setup_commands_are_the_ci_ones():
    readme = README.read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_command = (
        'python3 -m venv --upgrade-deps .venv && .venv/bin/pip install -e ".[test]" '
        "&& .venv/bin/python -m pytest"
    )
    assert test_command in readme and test_command in ci
    assert (
        "python3 -m venv --upgrade-deps .venv && .venv/bin/pip install . && "
        f".venv/bin/claimx extract --date 2024-10-17 {SAMPLE}"
    ) in readme
    assert "pip install claimx" not in readme and 'claimx[dask]"' not in readme


def test_what_it_prints_is_what_it_prints(cli, monkeypatch):
    """The table in 'What it prints' is the start of the real table at 80 columns."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(ROOT)
    result = cli("extract", "--date", "2024-10-17", SAMPLE, "-f", "table")
    assert result.exit_code == 0, result.stderr
    real = [line.rstrip() for line in result.stdout.splitlines()]
    shown = text_blocks("What it prints")[0].splitlines()
    cut = shown.index(" ...")
    assert shown[:cut] == real[:cut]
    assert shown[-1] == result.stderr.strip()


def test_the_summary_shown_is_what_summarize_prints(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(ROOT)
    result = cli("summarize", "data/samples/nato-north-korea.jsonl")
    assert result.exit_code == 0, result.stderr
    real = [line.rstrip() for line in result.stdout.splitlines()]
    assert text_blocks("Who took which side")[0].splitlines() == real
