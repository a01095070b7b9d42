"""Packaging metadata that pip and setuptools accept without deprecation warnings."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_license_is_an_spdx_string_with_its_files_shipped() -> None:
    """A TOML table for ``project.license`` is deprecated (PEP 639): pip warns three times."""
    data = _project()
    project = data["project"]
    assert project["license"] == "Apache-2.0"
    for pattern in project["license-files"]:
        assert list(ROOT.glob(pattern)), f"license file {pattern} is missing"
    assert "Apache License" in (ROOT / "LICENSE").read_text("utf-8")[:200]
    # license strings and license-files need setuptools 77 or later at build time
    assert any(r.replace(" ", "") == "setuptools>=77" for r in data["build-system"]["requires"])
