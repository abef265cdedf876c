"""What the package ships and where its version is written (once)."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(tomllib is None, reason="tomllib is Python 3.11+")
def test_the_version_is_written_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "claimx.__version__"}
    assert claimx.__version__.count(".") == 2


def test_typed_and_lexicons_are_package_data():
    package = ROOT / "src" / "claimx"
    assert (package / "py.typed").is_file()
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"rules/lexicons/*.txt"' in project and '"py.typed"' in project
