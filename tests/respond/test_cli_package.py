"""CLI end to end, locating data by keyed hash, and the access package (JSON + Chinese PDF)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from tests import skips
from tests.register.helpers import populate
from tests.respond.conftest import KEY
from tests.respond.helpers import MOBILE
from typer.testing import CliRunner

from piplkit.assess.documents.pdf_renderer import cjk_font_installed
from piplkit.faces.cli.app import app
from piplkit.map.register.errors import ConflictError
from piplkit.map.register.ledger import add_batch
from piplkit.map.register.schemas import ColumnIn
from piplkit.map.register.store import Register
from piplkit.respond import dsr
from piplkit.respond.locate import locate
from piplkit.respond.package import build_package, package_html, package_pdf

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    monkeypatch.setenv("PIPLKIT_DATABASE_URL", url)
    monkeypatch.setenv("PIPLKIT_HMAC_KEY", KEY.decode())
    return url


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_cli_dsr_flow_and_audit_verify(env: str) -> None:
    assert run("dsr", "config", "--target-working-days", "15")[0] == 0
    submit = (
        "dsr",
        "submit",
        "--kind",
        "deletion",
        "--id-type",
        "cn_mobile",
        "--id",
        MOBILE,
        "--request-id",
        "d1",
        "--received-at",
        "2025-01-27T09:00:00+08:00",
    )
    code, out = run(*submit)
    assert code == 0 and "due 2025-02-24" in out and MOBILE not in out
    code, out = run(*submit)
    assert code == 0 and "already recorded" in out
    code, out = run("dsr", "submit", "--kind", "erase", "--id-type", "cn_mobile", "--id", MOBILE)
    assert code == 2 and "kind: unknown value" in out and "Traceback" not in out
    code, out = run("dsr", "submit", "--kind", "access", "--id-type", "cn_mobile", "--id", "1234")
    assert code == 2 and "not a valid cn_mobile" in out and "1234" not in out
    assert run("dsr", "verify", "d1", "--method", "SMS code")[0] == 0
    code, out = run("dsr", "alerts", "--today", "2025-03-03")
    assert code == 1 and "overdue" in out
    code, out = run("audit", "verify")
    assert code == 0 and "intact" in out
    head = run("audit", "head")[1].strip()
    assert ":" in head
    code, out = run("audit", "verify", "--anchor", head, "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_cli_audit_verify_names_tampering(env: str) -> None:
    run(
        "dsr",
        "submit",
        "--kind",
        "access",
        "--id-type",
        "cn_mobile",
        "--id",
        MOBILE,
        "--request-id",
        "a1",
    )
    run("dsr", "verify", "a1", "--method", "in person")
    db = env.removeprefix("sqlite:///")
    with __import__("sqlite3").connect(db) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 1")
    code, out = run("audit", "verify")
    assert code == 1 and "entry 1" in out and "edited" in out


def test_cli_incident_report_in_chinese(env: str, tmp_path: Path) -> None:
    spec = tmp_path / "inc.json"
    spec.write_text(
        json.dumps(
            {
                "incident_id": "I1",
                "title": "拖库",
                "kind": "leak",
                "discovered_at": "2025-12-01T09:00:00+08:00",
                "individuals_affected": 20_000_000,
            }
        ),
        "utf-8",
    )
    code, out = run("incident", "record", str(spec))
    assert code == 0 and "重大网络安全事件" in out
    code, out = run("incident", "report", "I1", "--organisation", "示例公司")
    assert code == 0 and json.loads(out)["报告内容"][0]["内容"] == "示例公司"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    code, out = run("incident", "record", str(bad))
    assert code == 2 and "not JSON" in out


def _with_source(reg: Register, tmp_path: Path) -> None:
    from piplkit.map.register import repository as repo

    populate(reg)
    source = tmp_path / "members.csv"
    source.write_text(f"mobile,name\n{MOBILE},张三\n13912345678,李四\n{MOBILE},张三\n", "utf-8")
    with reg.write() as s:
        repo.datasets.update(s, "members", {"source": str(source)})
        repo.set_columns(
            s,
            repo.datasets.get(s, "members"),
            [
                ColumnIn(name="mobile", pi_type="cn_mobile"),
                ColumnIn(name="name", pi_type="person_name"),
            ],
        )
        add_batch(s, "members to HQ", source, key=KEY, id_column="mobile", year=2025)


def test_locate_and_package(reg: Register, tmp_path: Path) -> None:
    _with_source(reg, tmp_path)
    with reg.write() as s:
        dsr.submit(
            s,
            {
                "request_id": "p1",
                "kind": "copy",
                "identifier_type": "cn_mobile",
                "identifier": MOBILE,
            },
            key=KEY,
        )
    with reg.read() as s, pytest.raises(ConflictError, match="not verified yet"):
        build_package(s, "p1", key=KEY)  # never before the requester's identity is checked
    with reg.write() as s:
        dsr.start_verification(s, "p1")
        dsr.verify_identity(s, "p1", "ID card checked at the counter")
    with reg.read() as s:
        record = dsr.get(s, "p1")
        where = locate(s, record.subject_hash, "cn_mobile", key=KEY)
        package = build_package(s, "p1", key=KEY)
    assert [(d.dataset, d.rows_matched) for d in where.datasets] == [("members", 2)]
    assert [(h.transfer, h.year) for h in where.ledger] == [("members to HQ", 2025)]
    blob = json.dumps(package, ensure_ascii=False)
    assert MOBILE not in blob and "张三" not in blob
    assert package["recipients"] and package["datasets"][0]["records_found"] == 2
    assert "个人信息查阅、复制答复" in package_html(package)
    if not cjk_font_installed():
        pytest.skip(skips.pdf("no CJK font", "pip install justmytype-intl-cjk"))
    if shutil.which("pdftotext") is None:
        pytest.skip(skips.pdf("pdftotext missing", "apt-get install -y poppler-utils"))
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(package_pdf(package))
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "存有您个人信息的数据集" in extracted and "members" in extracted
    with reg.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM dsr_request")).scalar() == 1


def test_cli_audit_log_json_is_the_one_serialisation(env: str) -> None:
    from piplkit.map.register.store import open_register
    from piplkit.respond.verify import audit_log, entry_dict

    assert run("dsr", "config", "--target-working-days", "15")[0] == 0
    code, out = run("audit", "log", "--json", "--limit", "5")
    assert code == 0, out
    rows = json.loads(out)
    reg = open_register(env)
    try:
        with reg.read() as session:
            expected = [entry_dict(e) for e in audit_log(session, limit=5)]
    finally:
        reg.dispose()
    assert rows == json.loads(json.dumps(expected, default=str))
    assert rows and "T" in rows[0]["at"]  # ISO 8601, as the API writes it
    code, out = run("audit", "log")
    assert code == 0 and rows[0]["at"][:10] in out
