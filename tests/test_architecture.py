"""The layers of docs/architecture.md hold: import-linter's contracts (pyproject.toml) are kept.

Pure core below storage below the service layer below the faces; the register knows its sibling
pillars only by name; no cycles between sibling packages or modules (the few known ones are
listed in the contract, each with its reason).
"""

from __future__ import annotations

import os
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
