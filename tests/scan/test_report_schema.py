"""One scan-report schema: every report the scanner writes is read back by the same model the
register import uses (``ScanReport``), and the documented example in docs/scanning.md is that
model's shape.

The scanner's reports are taken from the bundled samples and from each generated evaluation set
(held-out sets 1, 3 and 4 and the business set), scanned the way users do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from piplkit.discover.scan import ScanOptions, scan
from piplkit.discover.scan.report import ColumnReport, FileReport, ScanError, ScanReport, Summary

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 12, 1)


def _samples(out: Path) -> None:
    from piplkit.discover.samples.generate import generate_samples

    generate_samples(out, rows=60)


def _heldout(out: Path) -> None:
    from piplkit.discover.evaluation.heldout import build

    build.generate(out)


def _heldout3(out: Path) -> None:
    from piplkit.discover.evaluation.heldout3 import generate

    generate(out, rows=12)


def _heldout4(out: Path) -> None:
    from piplkit.discover.evaluation.heldout4 import build

    build.generate(out, rows=25)


def _business(out: Path) -> None:
    from piplkit.discover.evaluation.business.generate import BusinessOptions, generate_business

    generate_business(out, BusinessOptions(seed=7, rows=60))


SETS: dict[str, Callable[[Path], None]] = {
    "samples": _samples,
    "heldout": _heldout,
    "heldout3": _heldout3,
    "heldout4": _heldout4,
    "business": _business,
}


def _read_back(report: ScanReport) -> ScanReport:
    """The report as ``--format json`` writes it, read with the model the import uses."""
    text = json.dumps(report.to_json_dict(), ensure_ascii=False)
    return ScanReport.model_validate(json.loads(text))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_every_report_the_scanner_writes_is_read_back_unchanged(
    name: str, tmp_path: Path
) -> None:
    SETS[name](tmp_path)
    files = sorted(
        str(p) for p in tmp_path.rglob("*") if p.is_file() and p.name != "manifest.json"
    )
    assert files
    report = scan(files, ScanOptions(as_of=AS_OF, jobs=1, sample_rows=200))
    assert report.files
    assert _read_back(report).to_json_dict() == report.to_json_dict()


def test_names_with_control_characters_are_written_so_that_they_read_back(
    tmp_path: Path,
) -> None:
    """A header with a line break (common in exported workbooks) or a bell used to be written
    as is, and the register import then refused the whole report."""
    path = tmp_path / "h.csv"
    path.write_bytes(
        b',"\xe6\x89\x8b\xe6\x9c\xba\n\xe5\x8f\xb7",c\x07d,name\n'
        b"1,13800138000,x,a\n2,13900139000,y,b\n"
    )
    report = scan([str(path)], ScanOptions(as_of=AS_OF, jobs=1))
    assert not report.summary.errors
    names = [c.name for c in report.files[0].columns]
    assert names == ["column_1", "手机 号", "c\ufffdd", "name"]
    assert _read_back(report).to_json_dict() == report.to_json_dict()


def _example() -> dict[str, Any]:
    text = (ROOT / "docs" / "scanning.md").read_text(encoding="utf-8")
    section = text.split("## Report (JSON)", 1)[1]
    block = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert block, "docs/scanning.md: no JSON example under 'Report (JSON)'"
    data: dict[str, Any] = json.loads(block.group(1))
    return data


def _fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def test_the_documented_report_is_the_models_shape() -> None:
    """The example in docs/scanning.md names every field of the model, and nothing else."""
    data = _example()
    ScanReport.model_validate(data)
    assert set(data) == _fields(ScanReport)
    assert set(data["files"][0]) == _fields(FileReport)
    assert set(data["files"][0]["columns"][0]) == _fields(ColumnReport)
    assert set(data["summary"]) == _fields(Summary)
    assert set(data["summary"]["errors"][0]) == _fields(ScanError)


def test_the_serialization_schema_requires_every_field() -> None:
    """The scanner writes every field (reading tolerates absent ones, writing never omits)."""
    for model in (ScanReport, FileReport, ColumnReport, Summary, ScanError):
        schema = model.model_json_schema(mode="serialization")
        assert set(schema["required"]) == _fields(model), model.__name__


def test_strings_carry_the_input_rule_in_the_schema() -> None:
    schema = ScanReport.model_json_schema()
    column = schema["$defs"]["ColumnReport"]["properties"]
    assert column["name"]["pattern"] == r"^[^\x00-\x1f\x7f]*$"
    assert column["name"]["minLength"] == 1
    assert schema["$defs"]["FileReport"]["properties"]["path"]["pattern"]
