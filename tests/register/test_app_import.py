"""``register import-app``: the app's double list into the register; re-import keeps edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from piplkit.discover.apps.check import check_app
from piplkit.discover.samples.apk import SampleApk, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK, write_demo
from piplkit.map.register.app_import import import_app, load_app_report, sharing_declarations
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import Dataset, ProcessingActivity, Recipient, Transfer
from piplkit.map.register.store import Register


def _report(tmp_path: Path, spec: SampleApk = DEMO_APK, name: str = "r.json") -> Path:
    apk = write_apk(spec, tmp_path / f"{name}.apk")
    out = tmp_path / name
    out.write_text(json.dumps(check_app(apk).to_dict("zh"), ensure_ascii=False), encoding="utf-8")
    return out


def _import(reg: Register, path: Path):  # type: ignore[no-untyped-def]
    parsed = load_app_report(path)
    with reg.write() as s:
        return import_app(s, parsed, source=path.name)


def test_import_builds_the_double_list(reg: Register, tmp_path: Path) -> None:
    summary = _import(reg, _report(tmp_path))
    assert summary.dataset == "app:com.example.citymap"
    assert len(summary.transfers_created) == 4 and summary.stale_transfers == ()
    with reg.read() as s:
        ds = s.scalars(select(Dataset).where(Dataset.name == summary.dataset)).one()
        assert "contacts" in ds.categories or any("contact" in c for c in ds.categories)
        jpush = s.scalars(select(Transfer).where(Transfer.name.like("%jpush"))).one()
        assert set(jpush.pi_categories) <= set(ds.categories) and jpush.pi_categories
        firebase = s.scalars(
            select(Transfer).where(Transfer.name.like("%firebase_analytics"))
        ).one()
        assert firebase.recipient.country == "US"
        declared = sharing_declarations(s)
    assert len(declared) == 4


def test_reimport_is_idempotent_keeps_edits_and_reports_stale_sdks(reg: Register,
                                                                    tmp_path: Path) -> None:
    first = _import(reg, _report(tmp_path))
    with reg.write() as s:
        act = s.scalars(select(ProcessingActivity)
                        .where(ProcessingActivity.name.in_(first.activities_created))).first()
        act.purpose = "confirmed by the DPO"
        edited = act.name
        rec = s.scalars(select(Recipient).where(Recipient.country == "US")).one()
        rec.description = "DPA signed 2026-03-01"
        tr = s.scalars(select(Transfer).where(Transfer.name.like("%jpush"))).one()
        tr.purpose_description = "push of order status only"
    again = _import(reg, _report(tmp_path))
    assert again.activities_created == () and again.transfers_created == ()
    assert set(again.transfers_updated) == set(first.transfers_created)
    with reg.read() as s:
        assert s.scalars(select(ProcessingActivity).where(ProcessingActivity.name == edited)
                         ).one().purpose == "confirmed by the DPO"
        assert s.scalars(select(Recipient).where(Recipient.country == "US")).one().description \
            == "DPA signed 2026-03-01"
        assert len(s.scalars(select(Transfer)).all()) == 4
        assert s.scalars(select(Transfer).where(Transfer.name.like("%jpush"))).one() \
            .purpose_description == "push of order status only"
    # version 2 drops the foreign analytics SDK: its transfer is reported stale, not deleted
    v2 = SampleApk(**{**DEMO_APK.__dict__,
                      "dex": [DEMO_APK.dex[0], ["com.tencent.bugly.crashreport.CrashReport"]],
                      "version_name": "2.4.0"})
    third = _import(reg, _report(tmp_path, v2, "v2.json"))
    assert third.stale_transfers == ("CityMap → firebase_analytics",)
    with reg.read() as s:
        assert len(s.scalars(select(Transfer)).all()) == 4


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{", "not valid JSON"),
        ('{"report": "piplkit scan"}', "not an app check report"),
        ('{"report": "piplkit app check", "as_of": "2026-01-01", "app": {"file": "a"}, '
         '"drafts": {}}', "package"),
    ],
)
def test_bad_report_files(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=says) as err:
        load_app_report(path)
    assert "bad.json" in str(err.value)


def test_unknown_pi_type_is_named(tmp_path: Path) -> None:
    data = json.loads(_report(tmp_path).read_text(encoding="utf-8"))
    data["drafts"]["shared"][0]["pi"].append("soul")
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"drafts.shared\[0\].pi.*soul"):
        load_app_report(path)


def test_cli_import_app_twice(tmp_path: Path, db_url: str) -> None:
    from typer.testing import CliRunner

    from piplkit.faces.cli.app import build_app

    apk, _ = write_demo(tmp_path)
    cli = build_app(("app_cmd", "register_cmd"))
    runner = CliRunner()
    report = tmp_path / "r.json"
    assert runner.invoke(cli, ["app", "check", str(apk), "--format", "json",
                               "-o", str(report)]).exit_code == 0
    first = runner.invoke(cli, ["register", "import-app", str(report), "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "4 transfer(s) created" in first.output
    second = runner.invoke(cli, ["register", "import-app", str(report), "--db", db_url])
    assert "0 transfer(s) created, 4 updated" in second.output
    # the register's sharing list now covers every SDK: no undisclosed-SDK finding
    checked = runner.invoke(cli, ["app", "check", str(apk), "--db", db_url, "--lang", "en",
                                  "--format", "json"])
    assert checked.exit_code == 0, checked.output
    rules = {f["rule"] for f in json.loads(checked.stdout)["findings"]}
    assert "sdk_not_disclosed" not in rules


def test_control_characters_are_refused_before_they_become_names(tmp_path: Path) -> None:
    """A hand-edited report once could put a NUL or a bell into system and activity names."""
    data = json.loads(_report(tmp_path).read_text(encoding="utf-8"))
    data["app"]["label"] = "City\x07Map"
    path = tmp_path / "ctl.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    says = r"app.label: contains the control character U\+0007"
    with pytest.raises(InvalidInputError, match=says):
        load_app_report(path)
