"""The layers of docs/architecture.md hold: import-linter's contracts (pyproject.toml) are kept.

Pure core below storage below the service layer below the faces; the register knows its sibling
pillars only by name; no cycles between sibling packages or modules (the few known ones are
listed in the contract, each with its reason).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

importlinter_cli = pytest.importorskip("importlinter.cli", reason="pip install import-linter")

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        code = importlinter_cli.lint_imports(
            config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True
        )
    finally:
        os.chdir(here)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 broken" in out


# --- docs/architecture.md's import tables match the import graph -------------------------------

#: The short names the package table uses, and the packages they stand for.
PACKAGES = {
    "detect": "discover.detect",
    "scan": "discover.scan",
    "containers": "discover.containers",
    "apps": "discover.apps",
    "evaluation": "discover.evaluation",
    "samples": "discover.samples",
    "deid": "protect.deid",
    "spark": "protect.spark",
    "law": "assess.law",
    "rules": "assess.rules",
    "documents": "assess.documents",
    "sheets": "assess.sheets",
    "register": "map.register",
    "agenda": "map.agenda",
    "auth": "platform.auth",
    "service": "platform.service",
    "respond": "respond",
    "track": "track",
    "inputs": "inputs",
    "cli": "faces.cli",
    "api": "faces.api",
    "web": "faces.web",
}
PILLARS = {p: p for p in ("discover", "protect", "map", "assess", "respond", "track")} | {
    p: p for p in ("platform", "faces", "inputs")
}


def _table(first_header: str) -> dict[str, str]:
    """The rows of the table whose header starts with ``| first_header |``: each name the first
    cell gives (```cli/`, `api/```), mapped to the last cell."""
    lines = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(next(x for x in lines if x.startswith(f"| {first_header} |")))
    rows: dict[str, str] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        for name in re.findall(r"`(\w+)/`", cells[0]):
            rows[name] = cells[-1]
    return rows


def _named(cell: str, names: dict[str, str]) -> set[str]:
    """The packages an imports cell names (``(never …)`` excepted): the first folder of every
    backticked path (`` `rules/response_deadlines.py` `` names ``rules``)."""
    cell = re.sub(r"\(never[^)]*\)", "", cell)
    return {t for t in re.findall(r"`(\w+)/", cell) if t in names}


def _imports(names: dict[str, str]) -> dict[str, set[str]]:
    """Which of ``names`` each one imports directly, from the import graph."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("piplkit", cache_dir=None)
    prefixes = sorted(
        ((f"piplkit.{full}", short) for short, full in names.items()), key=lambda p: -len(p[0])
    )

    def owner(module: str) -> str | None:
        return next((s for p, s in prefixes if module == p or module.startswith(p + ".")), None)

    found: dict[str, set[str]] = {n: set() for n in names}
    for module in graph.modules:
        if (a := owner(module)) is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            if (b := owner(imported)) is not None and b != a:
                found[a].add(b)
    return found


@pytest.mark.parametrize(
    ("header", "names"), [("package", PACKAGES), ("pillar", PILLARS)], ids=["packages", "pillars"]
)
def test_the_import_tables_say_what_each_package_imports(
    header: str, names: dict[str, str]
) -> None:
    table = _table(header)
    assert set(table) == set(names), "every package has its row"
    actual = _imports(names)
    wrong = {}
    for name, cell in sorted(table.items()):
        if "everything above" in cell:  # the faces
            continue
        documented = _named(cell, names) - {name}
        if documented != actual[name]:
            wrong[name] = {
                "imported, not in the table": sorted(actual[name] - documented),
                "in the table, not imported": sorted(documented - actual[name]),
            }
    assert wrong == {}
