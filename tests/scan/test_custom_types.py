"""Custom PI types from a YAML file: validated with clear errors, and known to detect, scan,
deid, the catalogue and the register (the worked example of docs/custom-types.md)."""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.detect import Detector
from piplkit.discover.scan.custom_types import (
    CustomTypeError,
    install_text,
    parse_types_text,
    uninstall,
)
from piplkit.faces.cli.app import build_app

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "custom_types.yaml"
RUNNER = CliRunner()


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    uninstall()
    yield
    uninstall()


def _luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _staff(path: Path, rows: int = 200) -> Path:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["工号", "姓名", "血型", "会员卡号", "备注"])
        for _ in range(rows):
            card = _luhn("".join(str(rng.randint(0, 9)) for _ in range(11)))
            writer.writerow(
                [
                    f"EMP{rng.randint(0, 999_999):06d}",
                    rng.choice(["张伟", "王芳", "李娜"]),
                    rng.choice(["A型", "B型", "O型", "AB型"]),
                    card,
                    "无",
                ]
            )
    return path


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{id: Bad, name_zh: x, name_en: x, category: other, sensitive: false, pattern: a}",
         "type #1: custom PI type 'Bad': field 'id'"),
        ("{id: cn_mobile, name_zh: x, name_en: x, category: other, sensitive: false, pattern: a}",
         "'cn_mobile' is a built-in type"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, sensitive: false, pattern: '('}",
         "pattern: is not a valid regular expression"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, sensitive: false, pattern: 'x*'}",
         "pattern: matches the empty string"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, sensitive: false, pattern: a, "
         "validator: crc32}", "validator: unknown validator"),
        ("{id: a_b, name_zh: x, name_en: x, category: nope, sensitive: false, pattern: a}",
         "field 'category': unknown category 'nope'"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, pattern: a}",
         "field 'sensitive': required"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, sensitive: false, patern: a}",
         "unknown field 'patern'"),
        ("{id: a_b, name_zh: x, name_en: x, category: other, sensitive: false}",
         "give exactly one of `pattern` and `vocabulary`"),
    ],
)  # fmt: skip
def test_errors_name_the_file_the_entry_and_the_field(entry: str, message: str) -> None:
    with pytest.raises(CustomTypeError) as excinfo:
        parse_types_text(f"types:\n  - {entry}\n", "my.yaml")
    assert "my.yaml" in str(excinfo.value)
    assert message in str(excinfo.value)


def test_not_a_types_file() -> None:
    with pytest.raises(CustomTypeError, match=r"x\.yaml: not valid YAML \(line 1\)"):
        parse_types_text("types: [", "x.yaml")
    with pytest.raises(CustomTypeError, match="expected a mapping with a `types:` list"):
        parse_types_text("- a\n- b\n", "x.yaml")


def test_installed_types_join_the_catalogue_and_the_registry() -> None:
    ids = install_text(EXAMPLE.read_text("utf-8"), "example")
    assert ids == ["employee_no", "member_card", "blood_group"]
    catalogue = load_catalogue()
    blood = catalogue.get("blood_group")
    assert (blood.category, blood.sensitive, blood.custom) == ("health", True, True)
    assert install_text(EXAMPLE.read_text("utf-8"), "again") == ids  # idempotent
    found = Detector(["employee_no", "member_card"]).detect("工号EMP123456，会员卡 798273987130")
    assert [f.type for f in found] == ["employee_no", "member_card"]
    assert "123456" not in json.dumps([f.preview for f in found])
    uninstall()
    assert "blood_group" not in load_catalogue().types


def test_detect_cli_with_a_types_file_and_workers(tmp_path: Path) -> None:
    text = tmp_path / "in.txt"
    text.write_text(
        "工号EMP123456，血型AB型\n会员卡 798273987130\n会员 798273987130\n" * 3, "utf-8"
    )
    for jobs in ("1", "2"):
        result = RUNNER.invoke(
            build_app(),
            ["detect", str(text), "--types-file", str(EXAMPLE), "--jobs", jobs],
        )
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        types = [[f["type"] for f in line["findings"]] for line in lines]
        # The member card needs its cue word (needs_context): the third line has none.
        assert types[:3] == [["employee_no", "blood_group"], ["member_card"], []]


def test_scan_classifies_custom_columns(tmp_path: Path) -> None:
    path = _staff(tmp_path / "staff.csv")
    result = RUNNER.invoke(
        build_app(),
        [
            "scan",
            str(path),
            "--types-file",
            str(EXAMPLE),
            "--format",
            "json",
            "--as-of",
            "2026-12-04",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    columns = {c["name"]: c for c in report["files"][0]["columns"]}
    assert columns["工号"]["pi_type"] == "employee_no"
    assert columns["会员卡号"]["pi_type"] == "member_card"
    assert columns["血型"]["pi_type"] == "blood_group" and columns["血型"]["sensitive"]
    assert "health" in report["files"][0]["categories"]
    assert "blood_group" in report["files"][0]["sensitive_types"]


def test_deid_protects_custom_types_without_a_rule(tmp_path: Path) -> None:
    path = _staff(tmp_path / "staff.csv")
    out = tmp_path / "out.csv"
    result = RUNNER.invoke(build_app(), ["deid", str(path), str(out), "--types-file", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    source = list(csv.reader(path.open(encoding="utf-8")))[1:]
    written = list(csv.reader(out.open(encoding="utf-8")))[1:]
    for before, after in zip(source, written, strict=True):
        assert after[0] != before[0] and after[0][0] == "E"  # masked, first character kept
        assert after[2] == ""  # sensitive custom type: suppressed
        assert after[3] != before[3]


def test_types_kept_in_the_register(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'reg.db'}"
    app = build_app()
    assert RUNNER.invoke(app, ["register", "init", "--db", db]).exit_code == 0
    result = RUNNER.invoke(app, ["types", "set", str(EXAMPLE), "--db", db])
    assert result.exit_code == 0, result.output
    uninstall()
    shown = RUNNER.invoke(app, ["types", "show", "--db", db])
    assert shown.exit_code == 0 and "blood_group" in shown.stdout
    uninstall()
    # Any command that opens the register installs them: importing a scan whose columns hold
    # custom types, the register knows their catalogue entries.
    path = _staff(tmp_path / "staff.csv", rows=60)
    install_text(EXAMPLE.read_text("utf-8"), "example")
    report = tmp_path / "scan.json"
    scanned = RUNNER.invoke(app, ["scan", str(path), "--format", "json", "-o", str(report)])
    assert scanned.exit_code == 0, scanned.output
    uninstall()
    imported = RUNNER.invoke(app, ["register", "import-scan", str(report), "--db", db])
    assert imported.exit_code == 0, imported.output
    assert load_catalogue().get("blood_group").name_zh == "血型"
    cleared = RUNNER.invoke(app, ["types", "clear", "--db", db])
    assert cleared.exit_code == 0
    uninstall()
    shown = RUNNER.invoke(app, ["types", "show", "--db", db])
    assert "no custom types" in shown.output


def test_full_scan_counts_custom_digit_runs(tmp_path: Path) -> None:
    """Digit-only cells are settled early in full scans; a custom type of digits (a card
    number) must still reach its recognizer in every row."""
    path = _staff(tmp_path / "staff.csv", rows=300)
    install_text(EXAMPLE.read_text("utf-8"), "example")
    from piplkit.discover.scan import ScanOptions, scan

    report = scan([str(path)], ScanOptions(full=True, jobs=1)).files[0]
    types = {c.name: (c.pi_type, c.matches) for c in report.columns}
    assert types["会员卡号"] == ("member_card", 300)
    assert types["工号"] == ("employee_no", 300)


def test_custom_types_reach_the_isolated_upload_scanner(tmp_path: Path) -> None:
    """Server uploads are scanned in a child of a fork server (a fresh interpreter): the custom
    types the server installed travel to it."""
    from datetime import date

    from piplkit.discover.scan.isolated import scan_isolated

    path = _staff(tmp_path / "staff.csv", rows=80)
    install_text(EXAMPLE.read_text("utf-8"), "example")
    report = scan_isolated(path, as_of=date(2026, 12, 4))
    types = {c["name"]: c["pi_type"] for c in report["files"][0]["columns"]}
    assert types["血型"] == "blood_group" and types["工号"] == "employee_no"
