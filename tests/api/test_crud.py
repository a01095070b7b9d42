"""CRUD, pagination, validation and conflicts through the REST API."""

from __future__ import annotations

import pytest
from tests.api.helpers import Served

ENTITY_SAMPLES = {
    "organisations": {"name": "Org B", "individuals_processed": 10},
    "systems": {"name": "CRM", "organisation": "示例科技有限公司", "owner": "销售部"},
    "datasets": {
        "name": "leads",
        "system": "会员系统",
        "grade": "important",
        "columns": [{"name": "phone", "pi_type": "cn_mobile", "examples_masked": ["138****0000"]}],
    },
    "activities": {"name": "营销", "purpose": "推送优惠", "legal_basis": "consent"},
    "recipients": {"name": "Vendor Ltd", "role": "entrusted_processor", "country": "SG"},
    "transfers": {"name": "leads to vendor", "dataset": "members", "recipient": "Vendor Ltd"},
}


@pytest.mark.parametrize("segment", list(ENTITY_SAMPLES))
def test_create_get_update_delete(api: Served, segment: str) -> None:
    c, editor = api.client, api.auth("editor")
    if segment == "transfers":
        c.post("/api/v1/recipients", headers=editor, json=ENTITY_SAMPLES["recipients"])
    body = ENTITY_SAMPLES[segment]
    created = c.post(f"/api/v1/{segment}", headers=editor, json=body)
    assert created.status_code == 201, created.text
    name = body["name"]
    assert created.json()["name"] == name
    got = c.get(f"/api/v1/{segment}/{name}", headers=api.auth("viewer"))
    assert got.status_code == 200
    assert got.json() == created.json()
    changed = c.patch(f"/api/v1/{segment}/{name}", headers=editor, json={"description": "changed"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["description"] == "changed"
    assert c.post(f"/api/v1/{segment}", headers=editor, json=body).status_code == 409
    assert c.delete(f"/api/v1/{segment}/{name}", headers=editor).status_code == 204
    assert c.get(f"/api/v1/{segment}/{name}", headers=editor).status_code == 404


def test_pagination_reports_total(api: Served) -> None:
    for i in range(7):
        api.client.post("/api/v1/systems", headers=api.auth("editor"), json={"name": f"S{i}"})
    page = api.client.get("/api/v1/systems?limit=3&offset=3", headers=api.auth("viewer")).json()
    assert page["total"] == 8
    assert (page["limit"], page["offset"]) == (3, 3)
    assert [s["name"] for s in page["items"]] == ["S3", "S4", "S5"]
    bad = api.client.get("/api/v1/systems?limit=0", headers=api.auth("viewer"))
    assert bad.status_code == 422
    assert "query.limit" in bad.json()["detail"]


def test_dataset_names_with_slashes_and_hashes(api: Served) -> None:
    name = "data/shop.db#orders"
    r = api.client.post("/api/v1/datasets", headers=api.auth("editor"), json={"name": name})
    assert r.status_code == 201
    got = api.client.get("/api/v1/datasets/data/shop.db%23orders", headers=api.auth("viewer"))
    assert got.status_code == 200
    assert got.json()["name"] == name


def test_validation_names_the_field(api: Served) -> None:
    r = api.client.post(
        "/api/v1/recipients",
        headers=api.auth("editor"),
        json={"name": "X", "role": "third_party", "country": "germany"},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_input"
    assert r.json()["detail"].startswith("body.country")
    r = api.client.post("/api/v1/systems", headers=api.auth("editor"), json={"nme": "x"})
    assert r.status_code == 422
    assert {e["field"] for e in r.json()["errors"]} == {"body.name", "body.nme"}


def test_references_must_exist_and_block_deletes(api: Served) -> None:
    r = api.client.post(
        "/api/v1/systems", headers=api.auth("editor"), json={"name": "X", "organisation": "nope"}
    )
    assert r.status_code == 404
    assert "nope" in r.json()["detail"]
    r = api.client.delete("/api/v1/recipients/Example GmbH", headers=api.auth("editor"))
    assert r.status_code == 409
    assert "members to HQ" in r.json()["detail"]


def test_audit_records_the_api_user(api: Served) -> None:
    api.client.post("/api/v1/systems", headers=api.auth("editor"), json={"name": "Audited"})
    events = api.client.get("/api/v1/audit?entity=system", headers=api.auth("admin")).json()
    latest = events["items"][0]
    assert (latest["actor"], latest["action"], latest["entity_key"]) == (
        "api:editor",
        "create",
        "Audited",
    )


def test_assessment_from_register(api: Served) -> None:
    r = api.client.get("/api/v1/assessment?as_of=2026-11-25", headers=api.auth("viewer"))
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["as_of"] == "2026-11-25"
    assert [t["name"] for t in data["transfers"]] == ["members to HQ"]
    early = api.client.get("/api/v1/assessment?as_of=2020-01-01", headers=api.auth("viewer"))
    assert early.status_code == 422
    assert "before PIPL" in early.json()["detail"]


def test_ropa_downloads(api: Served) -> None:
    import io

    from openpyxl import load_workbook

    r = api.client.get("/api/v1/ropa?format=xlsx&lang=en", headers=api.auth("viewer"))
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    book = load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Processing activities", "Datasets", "Transfers"]
    csv = api.client.get("/api/v1/ropa?format=csv", headers=api.auth("viewer"))
    assert csv.content.startswith(b"\xef\xbb\xbf")
    assert "会员管理" in csv.content.decode("utf-8-sig")


def test_double_list_json_and_xlsx(api: Served) -> None:
    org = "示例科技有限公司"
    r = api.client.get(f"/api/v1/double-list?organisation={org}", headers=api.auth("viewer"))
    data = r.json()
    assert {c["pi"] for c in data["collected"]} >= {"手机号码", "居民身份证号码"}
    assert [s["recipient"] for s in data["shared"]] == ["Example GmbH"]
    x = api.client.get(
        f"/api/v1/double-list?organisation={org}&format=xlsx", headers=api.auth("viewer")
    )
    assert x.status_code == 200
    assert x.content[:2] == b"PK"


def test_overview_counts(api: Served) -> None:
    data = api.client.get("/api/v1/overview", headers=api.auth("viewer")).json()
    assert data["counts"]["dataset"] == 1
    assert data["datasets_by_sensitivity"]["sensitive"] == 1
    assert {t["pi_type"] for t in data["pi_by_type"]} == {"cn_mobile", "cn_resident_id"}


def test_scan_report_import(api: Served) -> None:
    from tests.register.helpers import scan_file, scan_report

    report = scan_report([scan_file("crm.csv", [("phone", "cn_mobile", False)])])
    r = api.client.post(
        "/api/v1/scans/import?system=会员系统", headers=api.auth("editor"), json=report
    )
    assert r.status_code == 200, r.text
    assert r.json()["created"] == ["crm.csv"]
    ds = api.client.get("/api/v1/datasets/crm.csv", headers=api.auth("viewer")).json()
    assert ds["system"] == "会员系统"
    assert ds["columns"][0]["pi_type"] == "cn_mobile"
