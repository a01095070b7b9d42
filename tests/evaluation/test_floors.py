"""The issue-2 quality floors, checked with the real detector and scan classifier.

Skipped only while the recognizer (or scan) modules cannot be imported; once they can, this runs
on the default evaluation set (the one docs/evaluation.md reports) and must pass.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.evaluation.helpers import importable, needs_detector, needs_scan

from piplkit.discover.evaluation import generate
from piplkit.discover.evaluation.dataset import GenerateOptions
from piplkit.discover.evaluation.run import evaluate
from piplkit.discover.evaluation.sentences import load_carriers


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, as_of: date) -> dict:
    root: Path = tmp_path_factory.mktemp("floors")
    generate(root)
    tables = importable("piplkit.discover.scan")
    return evaluate(root, as_of=as_of, tables=tables)


@needs_detector
def test_identifier_micro_f1(report: dict) -> None:
    assert report["metrics"]["identifier_micro_f1"] >= 0.97, report["sentences"]["per_type"]


@needs_detector
def test_person_name_f1(report: dict) -> None:
    assert report["metrics"]["person_name_f1"] >= 0.85


@needs_detector
def test_address_f1(report: dict) -> None:
    assert report["metrics"]["address_f1"] >= 0.75


@needs_detector
def test_uscc_never_reported_as_pi(report: dict) -> None:
    assert report["sentences"]["uscc_reported_as_pi"] == 0


@needs_detector
@needs_scan
def test_table_column_accuracy(report: dict) -> None:
    tables = report["tables"]
    assert tables["accuracy"] >= 0.97, tables["errors"]


OTHER_CARRIERS = Path(__file__).parents[1] / "data" / "carriers_other_domains.txt"


@pytest.fixture(scope="module")
def other_domains(tmp_path_factory: pytest.TempPathFactory, as_of: date) -> dict:
    """Sentences from carriers written apart from the built-in ones (news, judgments, chat …)."""
    root: Path = tmp_path_factory.mktemp("other")
    options = GenerateOptions(
        seed=11, sentences=900, negatives=0, tables=0, carriers=load_carriers(OTHER_CARRIERS)
    )
    generate(root, options)
    return evaluate(root, as_of=as_of, tables=False)


@needs_detector
def test_floors_hold_on_other_domains(other_domains: dict) -> None:
    metrics = other_domains["metrics"]
    assert metrics["person_name_f1"] >= 0.85, other_domains["sentences"]["per_type"]
    assert metrics["address_f1"] >= 0.75, other_domains["sentences"]["per_type"]
    assert metrics["identifier_micro_f1"] >= 0.97, other_domains["sentences"]["per_type"]
