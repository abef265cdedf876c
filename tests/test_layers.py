"""The layout's layers hold: ``claimx.rules`` (the rules) never imports the input/output layer or
the applications, ``claimx.io`` never imports spaCy, no module imports one that imports it back,
and every lexicon file is read by the rules.

Imports are read from the source (every ``import``, also inside functions, where claimx keeps its
lazy ones) and checked for real in a fresh interpreter."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "claimx"
LEXICONS = PACKAGE / "rules" / "lexicons"
# What the rules sit under: reading and writing, the command line and the applications.
ABOVE_RULES = (
    "claimx.io",
    "claimx.cli",
    "claimx.runner",
    "claimx.commands",
    "claimx.distributed",
    "claimx.show",
    "claimx.summarize",
    "claimx.evaluate",
)
# Modules that must work without spaCy (and so never pull it in): reading, decoding, writing,
# the store, the record, article dates.
SPACY_FREE = ("claimx.io", "claimx.record", "claimx.datetext")
SPACY = ("spacy", "thinc")
SPACY_USERS = ("claimx.rules", "claimx.extractor", "claimx.component")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.AST) -> set[int]:
    """The import nodes under ``if TYPE_CHECKING:``: read by type checkers, never run."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            out.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return out


def imports_of(path: Path, runtime_only: bool = False) -> set[str]:
    """Every module ``path`` imports, anywhere in it: ``from a import b`` counts as ``a`` and
    ``a.b`` (b may be a submodule); ``runtime_only`` leaves out type-checking imports."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def run_python(code: str, timeout: int) -> Any:
    """Run ``code`` in a fresh interpreter on this source tree; what it printed, read as JSON."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_source_tree_is_read():
    assert "claimx.rules.attribution" in MODULES and "claimx.io.sources" in MODULES
    assert "claimx.io.sources" in imports_of(MODULES["claimx.runner"])


@pytest.mark.parametrize("module", [m for m in MODULES if under(m, ("claimx.rules",))])
def test_rules_never_import_io_or_the_applications(module):
    wrong = sorted(i for i in imports_of(MODULES[module]) if under(i, ABOVE_RULES))
    assert not wrong, f"{module} imports {wrong}: the rules must not depend on the layers above"


@pytest.mark.parametrize("module", [m for m in MODULES if under(m, SPACY_FREE)])
def test_io_never_imports_spacy(module):
    wrong = sorted(i for i in imports_of(MODULES[module]) if under(i, SPACY + SPACY_USERS))
    assert not wrong, f"{module} imports {wrong}: it must work without spaCy"


def test_io_really_loads_without_spacy():
    """Importing every spaCy-free module and reading, decoding and writing loads no spaCy."""
    names = [m for m in MODULES if under(m, SPACY_FREE)]
    n_docs, loaded = run_python(
        f"""
        import importlib, io, json, sys
        for name in {names!r}:
            importlib.import_module(name)
        from claimx.io import sources, writers
        docs = list(sources.iter_documents(["-"], stdin=io.BytesIO(b"He said it was fine.")))
        writers.make_writer("csv", io.StringIO()).close()
        print(json.dumps([len(docs), sorted(m for m in sys.modules if m.split(".")[0] in
                                            ("spacy", "thinc"))]))
        """,
        timeout=120,
    )
    assert n_docs == 1
    assert loaded == []


def test_no_import_cycles():
    """No module imports one that (directly or not) imports it back when run. The package
    itself (``claimx/__init__.py``, whose ``load`` and ``run`` import on first use) is left out,
    and so are imports under ``if TYPE_CHECKING:`` (annotations only: nothing runs them)."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        deps = set()
        for imported in imports_of(path, runtime_only=True):
            while imported and imported not in MODULES:
                imported = imported.rpartition(".")[0]
            if imported and imported not in (name, "claimx"):
                deps.add(imported)
        graph[name] = deps

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            for dep in graph.get(node, ()):
                if dep == start:
                    return [*path, start]
                if dep not in seen:
                    seen.add(dep)
                    stack.append((dep, [*path, dep]))
        return None

    cycles = [c for c in map(cycle_from, graph) if c]
    assert not cycles, f"import cycles: {cycles}"


# ---------------------------------------------------------------------- lexicons

LEXICON_FILES = sorted(p.name for p in LEXICONS.glob("*.txt"))
# Sentences that walk the rules through their branches (each lexicon is read on first use).
TEXT = (
    "Senator Bob Jones said on Monday that the bill would pass. The lawmaker added that the vote "
    "was close. Acme Corp. said profits rose. The company said it would hire more staff. The firm "
    'denied that it had cut jobs. "We have done nothing wrong," he told reporters. Officials may '
    "have suggested that the plan could fail, according to a report. The minister did not rule "
    "out new taxes. Analysts warned the deal was unlikely to survive. The mayor said the plant "
    'will not close. The minister said: "Is this the end of the talks?" "Follow us on Twitter '
    'for updates," the mayor said. The tax, the governor argued, is a burden. Still, she said, '
    "the budget is balanced. The whip said she was not sure of the votes. The agency did not "
    "respond to a request for comment. The auditor said the review shows no one moved the money. "
    "The mayor spoke about the flood, and the council said so. The statement said the audit was "
    "over. It is worth noting that aides not authorized to discuss the talks said they were "
    "over. Two aides, speaking on condition of anonymity to describe the talks, said so. The "
    "carmaker recalled 4,000 trucks. A clerk, who asked not to be named, said so. The person "
    "said it again. "
    "Senator Bob Jones met the mayor on Tuesday. The union took aim at the plan to close the "
    "depot. Sen. Ann Roe, R-Fla., said the bill was dead. The union delivered a critique of the "
    "plan. The mayor echoed those complaints. She cast herself as a reformer. The mayor "
    "expressed anger at the delay. A judge ordered a review of the fees. The authors of "
    "the report, which include the Acme Institute, surveyed 300 firms. The report says Ohio "
    "spends the least on roads. A charity called the Oak Fund will own the land. "
    '"That is not what we agreed to," fumed the mayor. The whip said the truth is that the vote '
    "never took place. "
    '"If you look at the map, the road is gone," the mayor said. The fine was too high, the '
    "judge ruled. The spokesman said he would not comment on the case. In a memo sent to staff "
    "on Friday, the mayor wrote that the pool would close. The fire started in a garage, "
    "according to the Tulsa Fire Department. Crews had it out by 3 a.m., the Fire Department "
    "said. As the Ledger reported, the depot will close. The lot was sold in 2009, county "
    "records show. The firm is listed as a sponsor. The clerk was charged with theft. "
    "The price was not disclosed.\n"
)


@pytest.fixture(scope="module")
def lexicons_read() -> set[str]:
    """The lexicon files a fresh interpreter reads while extracting from the samples and TEXT
    (every file read is seen, whichever function reads it)."""
    samples = sorted(str(p) for p in (SRC.parent / "data" / "samples").glob("*.txt"))
    n, paths = run_python(
        f"""
        import builtins, json, pathlib
        seen = set()
        read_text, open_ = pathlib.Path.read_text, builtins.open

        def seen_read_text(self, *args, **kwargs):
            seen.add(str(self))
            return read_text(self, *args, **kwargs)

        def seen_open(file, *args, **kwargs):
            seen.add(str(file))
            return open_(file, *args, **kwargs)

        pathlib.Path.read_text = seen_read_text
        builtins.open = seen_open
        import claimx
        extractor = claimx.load()
        texts = [pathlib.Path(p).read_text("utf-8") for p in {samples!r}] + [{TEXT!r}]
        n = sum(len(extractor.extract(t, "2024-10-17")) for t in texts)
        print(json.dumps([n, sorted(s for s in seen if "lexicons" in s)]))
        """,
        timeout=300,
    )
    assert n > 10, "the texts must give statements for the rules to have run"
    return {Path(p).name for p in paths}


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_every_lexicon_file_is_read(lexicons_read, name):
    assert name in lexicons_read, f"lexicons/{name} is never read: use it or remove it"
