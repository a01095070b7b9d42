"""The register and ledger commands end to end: one clear line on errors, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.register.helpers import scan_file, scan_report, write_csv, write_json
from typer.testing import CliRunner

from piplkit.faces.cli.app import app
from piplkit.map.register.pseudonym import ENV_KEY

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_full_cli_flow(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", db_url]
    assert run("register", "init", *db)[0] == 0
    for args in (
        ["organisation", "add", "示例公司", "--individuals", "5000"],
        ["system", "add", "HR", "--organisation", "示例公司"],
        ["recipient", "add", "Parent Ltd", "--role", "joint_handler", "--country", "hk"],
    ):
        code, out, err = run("register", *args, *db)
        assert code == 0, err
    report = write_json(
        tmp_path / "scan.json",
        scan_report(
            [scan_file("staff.csv", [("证件号", "cn_resident_id", True), ("部门", None, False)])]
        ),
    )
    code, out, _ = run("register", "import-scan", str(report), "--system", "HR", *db)
    assert code == 0 and "1 dataset(s) created" in out
    code, out, err = run(
        "register",
        "transfer",
        "add",
        "staff to HK",
        "--dataset",
        "staff.csv",
        "--recipient",
        "Parent Ltd",
        "--purpose",
        "hr_management",
        *db,
    )
    assert code == 0, err
    code, out, err = run(
        "register",
        "activity",
        "add",
        "人事管理",
        "--purpose",
        "员工管理",
        "--legal-basis",
        "contract_or_hr",
        "--dataset",
        "staff.csv",
        "--pi-category",
        "cn_resident_id",
        *db,
    )
    assert code == 0, err
    code, out, _ = run("register", "dataset", "list", "--format", "json", *db)
    assert json.loads(out)[0]["columns"][0]["pi_type"] == "cn_resident_id"

    export = write_csv(
        tmp_path / "batch.csv", ["证件号", "部门"], [["A1", "x"], ["A2", "y"], ["A1", "z"]]
    )
    monkeypatch.delenv(ENV_KEY, raising=False)
    code, _, err = run(
        "ledger", "add", "--transfer", "staff to HK", str(export), "--year", "2025", *db
    )
    assert code == 2 and f"set {ENV_KEY}" in err and "Traceback" not in err
    env = {ENV_KEY: "k" * 32}
    code, out, err = run(
        "ledger", "add", "--transfer", "staff to HK", str(export), "--year", "2025", *db, env=env
    )
    assert code == 0, err
    assert "2 individual(s) by '证件号'" in " ".join(out.split())
    code, out, _ = run("ledger", "show", "--format", "json", *db)
    volumes = json.loads(out)["volumes"]
    assert volumes == [
        {
            "transfer": "staff to HK",
            "year": 2025,
            "individuals": 2,
            "sensitive_individuals": 2,
            "batches": 1,
        }
    ]
    assert "A1" not in out and "A2" not in out

    dump = tmp_path / "register.json"
    assert run("register", "export", str(dump), *db)[0] == 0
    code, _, err = run("register", "import", str(dump), *db)
    assert code == 2 and "not empty" in err
    copy_db = f"sqlite:///{tmp_path / 'copy.db'}"
    assert run("register", "import", str(dump), "--db", copy_db)[0] == 0
    assert run("register", "export", "-", "--db", copy_db)[1] == dump.read_text(encoding="utf-8")

    for suffix in ("xlsx", "csv"):
        code, out, err = run("register", "ropa", str(tmp_path / f"ropa.{suffix}"), *db)
        assert code == 0, err
    assert "人事管理" in (tmp_path / "ropa.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["register", "import-scan", "{tmp}/missing.json"], "cannot read"),
        (["register", "import", "{tmp}/bad.json"], "not valid JSON"),
        (
            ["register", "transfer", "add", "t", "--dataset", "d", "--recipient", "r"],
            "no dataset named 'd'",
        ),
        (["register", "system", "remove", "nope"], "no system named 'nope'"),
        (["register", "ropa", "{tmp}/x.txt"], ".xlsx or .csv"),
        (["ledger", "show", "--transfer", "nope"], "no transfer named 'nope'"),
    ],
)
def test_errors_are_one_line(db_url: str, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _, err = run(*argv, "--db", db_url)
    assert code == 2
    assert message in " ".join(err.split())
    assert "Traceback" not in err


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("register", "init", "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db")
    assert code == 2 and "does not exist" in err
