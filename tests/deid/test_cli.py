"""The ``piplkit deid`` command: default subcommand, errors that write nothing, risk exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piplkit.faces.cli.app import app

from .conftest import digest, people

runner = CliRunner()


@pytest.fixture()
def table(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    with src.open("w", encoding="gb18030", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["身份证", "手机", "出生日期", "城市"])
        for p in people(12):
            writer.writerow([p["id"], p["phone"], f"{p['id'][6:10]}-{p['id'][10:12]}-01", "深圳"])
    return src


def test_deid_with_key_and_report(tmp_path: Path, table: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "columns:\n  身份证: {type: cn_resident_id, op: pseudonymize}\n"
        "  出生日期: {op: generalize, to: age_band}\n",
        encoding="utf-8",
    )
    key = tmp_path / "k.key"
    key.write_bytes(b"0123456789abcdef0123\n")
    before = digest(table)
    report_path = str(tmp_path / "r.json")
    args = ["deid", str(table), str(tmp_path / "out.csv"), "--policy", str(policy),
            "--key-file", str(key), "--report", report_path, "--as-of", "2026-11-25"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert digest(table) == before
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["by_column"]["身份证"]["cn_resident_id"]["pseudonymize"] == 12
    assert report["by_column"]["手机"]["cn_mobile"]["mask"] == 12
    out = (tmp_path / "out.csv").read_text(encoding="gb18030")
    for p in people(12):
        assert p["id"] not in out and p["phone"] not in out and p["id"] not in json.dumps(report)
    # Same key, another run: the same pseudonyms (joins survive).
    again = runner.invoke(app, [*args[:2], str(tmp_path / "again.csv"), *args[3:]])
    assert again.exit_code == 0
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "out.csv").read_bytes()


def test_missing_key_writes_nothing(
    tmp_path: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIPLKIT_HMAC_KEY", raising=False)
    policy = tmp_path / "p.yaml"
    policy.write_text("types:\n  cn_mobile: {op: pseudonymize}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["deid", str(table), str(out), "--policy", str(policy)])
    assert result.exit_code == 2
    assert "PIPLKIT_HMAC_KEY" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_short_key_and_unknown_policy_key(
    tmp_path: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", "short")
    policy = tmp_path / "p.yaml"
    policy.write_text("types:\n  cn_mobile: {op: pseudonymize}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["deid", str(table), str(out), "--policy", str(policy)])
    assert (
        result.exit_code == 2
        and "at least 16" in result.output
        and "short" not in result.output.split("error:")[1].replace("at least", "")
    )
    policy.write_text("colums: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["deid", str(table), str(out), "--policy", str(policy)])
    assert result.exit_code == 2 and "colums: unknown key" in result.output
    assert not out.exists()


def test_refuses_same_file_and_unknown_columns_as(tmp_path: Path, table: Path) -> None:
    before = digest(table)
    result = runner.invoke(app, ["deid", str(table), str(table)])
    assert result.exit_code == 2 and "must not be the input" in result.output
    assert digest(table) == before
    result = runner.invoke(
        app, ["deid", str(table), str(tmp_path / "o.csv"), "--columns-as", "手机=phone"]
    )
    assert result.exit_code == 2 and "unknown type 'phone'" in result.output


def test_columns_as_declares_a_column(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("code\n13912345678\n12345678901\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(
        app, ["deid", "apply", str(src), str(out), "--columns-as", "code=cn_mobile"]
    )
    assert result.exit_code == 0, result.output
    # A valid number keeps 3 + 4 digits; 123… is no mobile number (no network uses 12) and
    # keeps its first 3 only.
    assert out.read_text(encoding="utf-8").splitlines()[1:] == ["139****5678", "123********"]


def test_risk_command(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    src.write_text("age,city,dx\n" + "30-39,深圳,a\n" * 5 + "30-39,深圳,b\n" + "40-49,北京,a\n")
    result = runner.invoke(app, ["deid", "risk", str(src), "--qi", "age,city", "--k", "2",
                                 "--json", str(tmp_path / "r.json")])  # fmt: skip
    assert result.exit_code == 1
    assert "k = 1" in result.output and "MISSES" in result.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["violations"][0]["rows"] == [7]
    ok = runner.invoke(app, ["deid", "risk", str(src), "--qi", "city", "--k", "1"])
    assert ok.exit_code == 0, ok.output
    missing = runner.invoke(app, ["deid", "risk", str(src), "--qi", "nope"])
    assert missing.exit_code == 2 and "nope; columns: age, city, dx" in " ".join(
        missing.output.split()
    )


def test_policy_command_prints_the_default() -> None:
    result = runner.invoke(app, ["deid", "policy"])
    assert result.exit_code == 0 and "GB/T 37964-2019" in result.output


def test_report_names_classified_columns_and_counts_invalid_cells(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    rows = [p["phone"] for p in people(20)] + ["14912345678", "1391234567"]
    src.write_text("联系电话\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    out = tmp_path / "o.csv"
    result = runner.invoke(app, ["deid", str(src), str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "columns typed by the classifier: 联系电话 (cn_mobile)" in result.output
    assert "not valid values of their column's type: 联系电话 (cn_mobile) 2" in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["invalid_cells"] == {"联系电话": {"cn_mobile": 2}}
    assert data["classified_columns"]["联系电话"]["type"] == "cn_mobile"
    assert "14912345678" not in result.output + report.read_text(encoding="utf-8")


def test_a_given_key_is_used_by_the_default_policy(tmp_path: Path) -> None:
    """The default policy pseudonymises join keys without needing a key; a key given on the
    command line (or in the environment) must still be used, so that outputs join across runs."""
    src = tmp_path / "in.csv"
    src.write_text("imei\n490154203237518\n", encoding="utf-8")
    key = tmp_path / "k.key"
    key.write_bytes(b"0123456789abcdef0123\n")
    policy = tmp_path / "p.yaml"
    policy.write_text("columns:\n  imei: imei\n", encoding="utf-8")
    outputs = []
    for n in range(2):
        out = tmp_path / f"o{n}.csv"
        args = ["deid", str(src), str(out), "--policy", str(policy), "--key-file", str(key)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "random key" not in result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and "490154203237518" not in outputs[0]
    no_key = runner.invoke(
        app, ["deid", str(src), str(tmp_path / "o2.csv"), "--policy", str(policy)]
    )
    assert no_key.exit_code == 0 and "random key for this run only" in no_key.output
    assert (tmp_path / "o2.csv").read_text(encoding="utf-8") != outputs[0]
