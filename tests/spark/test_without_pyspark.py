"""Without PySpark, `piplkit` still works and `piplkit spark …` says what to install."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.protect.spark import SparkUnavailable, require_pyspark


def test_missing_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes `import pyspark` fail
    with pytest.raises(SparkUnavailable, match=r"piplkit\[spark\]"):
        require_pyspark()
    result = CliRunner().invoke(app, ["spark", "scan", "whatever.parquet"])
    assert result.exit_code == 2
    assert "pip install 'piplkit[spark]'" in result.output
    assert "Traceback" not in result.output
