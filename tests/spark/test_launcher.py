"""The file docs/spark.md hands to ``spark-submit`` is found by the docs' own command and runs
``piplkit spark`` (without a cluster: the cluster test runs the rest of the docs' commands)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.spark.test_cluster import doc_blocks

ROOT = Path(__file__).resolve().parents[2]


def test_the_documented_launcher_runs_the_spark_commands() -> None:
    line = next(x for x in doc_blocks()["submit"].splitlines() if x.startswith("LAUNCHER="))
    lookup = re.fullmatch(r"LAUNCHER=\$\(python -c '(.+)'\)", line)
    assert lookup is not None, line
    launcher = Path(_run("-c", lookup[1]).strip())
    assert launcher.is_file()
    # a face, so that protect/ never imports an interface (import-linter's layers contract)
    assert launcher.is_relative_to(ROOT / "src" / "piplkit" / "faces")
    shown = _run(str(launcher), "--help")
    assert "Usage: piplkit spark" in shown
    assert "scan" in shown and "deid" in shown


def _run(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    return done.stdout
