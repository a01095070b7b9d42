"""MLPS, CII and important-data facts in the register: validation, storage, lossless exchange."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from tests.register.security_helpers import ORG, populate_security

from piplkit.map.register import repository as repo
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.exchange import VERSION, dumps, export_register, import_register
from piplkit.map.register.models import ComplianceRecord
from piplkit.map.register.schemas import OrganisationIn, SystemIn, validate
from piplkit.map.register.store import Register, open_register


def exported(reg: Register) -> dict[str, Any]:
    with reg.read() as s:
        return json.loads(dumps(export_register(s)))


def test_level_is_computed_from_the_grading_elements(reg: Register) -> None:
    populate_security(reg)
    with reg.read() as s:
        system = repo.systems.get(s, "会员系统")
        # business: serious to citizens → 2; service: serious to social order → 3; higher = 3
        assert system.mlps_level == 3
        dumped = repo.systems.dump(system)
    assert [r.kind.value for r in dumped.records] == ["mlps_self_inspection", "mlps_test"]
    assert [r.title for r in dumped.rectifications] == ["弱口令", "数据库审计日志留存不足六个月"]


def test_a_level_other_than_the_elements_needs_a_rationale() -> None:
    with pytest.raises(InvalidInputError, match="record why in mlps_rationale"):
        validate(
            SystemIn,
            {
                "name": "s",
                "mlps_level": 2,
                "mlps_business_object": "national_security",
                "mlps_business_degree": "general",
            },
            "system",
        )
    ok = validate(
        SystemIn,
        {
            "name": "s",
            "mlps_level": 4,
            "mlps_business_object": "national_security",
            "mlps_business_degree": "general",
            "mlps_rationale": "主管部门核准为第四级",
        },
        "system",
    )
    assert ok.mlps_level == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"mlps_business_object": "national_security"}, "degree is missing"),
        ({"mlps_level": 6}, "less than or equal to 5"),
        ({"mlps_filing_number": "X-1"}, "mlps_filed_on is not"),
        ({"mlps_filed_on": "2025-01-01"}, "no mlps_level"),
        ({"cii_designated_on": "2025-01-01"}, "cii is false"),
        ({"sector": "banking"}, "unknown sector"),
        ({"records": [{"kind": "compliance_audit", "done_on": "2025-01-01"}]}, "does not belong"),
        (
            {"records": [{"kind": "mlps_test", "done_on": "2025-01-01"}] * 2},
            "listed twice",
        ),
        (
            {"rectifications": [{"title": "a", "found_on": "2025-02-01", "due_on": "2025-01-01"}]},
            "before found_on",
        ),
        ({"rectifications": [{"title": "a"}, {"title": "a"}]}, "title twice"),
    ],
)
def test_system_input_is_checked(data: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        validate(SystemIn, {"name": "s", **data}, "system")


def test_organisation_and_dataset_input_is_checked(reg: Register) -> None:
    with pytest.raises(InvalidInputError, match="does not belong"):
        validate(
            OrganisationIn,
            {"name": "o", "records": [{"kind": "mlps_test", "done_on": "2025-01-01"}]},
            "organisation",
        )
    populate_security(reg)
    with reg.write() as s, pytest.raises(InvalidInputError, match="grade is general"):
        repo.datasets.update(s, "members", {"grade": "general"})
    with reg.write() as s, pytest.raises(InvalidInputError, match="before it was identified"):
        repo.datasets.update(s, "members", {"important_declared_on": "2025-07-01"})


def test_updating_records_keeps_matching_rows(reg: Register) -> None:
    populate_security(reg)
    with reg.read() as s:
        before = {r.kind: r.id for r in repo.systems.get(s, "会员系统").records}
    with reg.write() as s:
        current = repo.systems.dump(repo.systems.get(s, "会员系统")).model_dump(mode="json")
        records = [*current["records"], {"kind": "mlps_test", "done_on": "2026-06-10"}]
        repo.systems.update(s, "会员系统", {"records": records})
    with reg.read() as s:
        rows = repo.systems.get(s, "会员系统").records
        kept = {r.kind: r.id for r in rows if r.done_on.year == 2025}
        assert kept == before and len(rows) == 3


def test_deleting_a_system_deletes_its_records_and_rectifications(reg: Register) -> None:
    populate_security(reg)
    with reg.write() as s:
        for d in repo.datasets.list(s):
            d.system = None
        repo.systems.delete(s, "会员系统")
    with reg.read() as s:
        kinds = {r.kind.value for r in s.scalars(select(ComplianceRecord))}
        assert "mlps_test" not in kinds and "important_data_risk_report" in kinds
        left = s.execute(text("SELECT count(*) FROM mlps_rectification")).scalar_one()
        assert left == 0


def test_a_record_has_exactly_one_subject(reg: Register) -> None:
    populate_security(reg)
    with pytest.raises(IntegrityError), reg.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO compliance_record (kind, done_on) VALUES ('mlps_test', '2025-01-01')")
        )


def test_round_trip_keeps_every_security_fact(reg: Register, tmp_path: Path) -> None:
    populate_security(reg)
    first = exported(reg)
    assert first["version"] == VERSION
    system = next(x for x in first["systems"] if x["name"] == "会员系统")
    assert system["mlps_filing_number"] == "31010199999-25001"
    assert len(system["rectifications"]) == 2
    org = first["organisations"][0]
    assert org["data_security_officer"] == "首席信息安全官" and len(org["records"]) == 2
    other = open_register(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        with other.write() as s:
            import_register(s, first)
        assert exported(other) == first
    finally:
        other.dispose()


def test_version_1_exports_still_import(reg: Register, tmp_path: Path) -> None:
    populate_security(reg)
    doc = exported(reg)
    old = {**doc, "version": 1}
    for section in ("organisations", "systems", "datasets"):
        for item in old[section]:
            for key in [k for k in item if k not in _V1_FIELDS[section]]:
                del item[key]
    other = open_register(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        with other.write() as s:
            counts = import_register(s, old)
        assert counts["systems"] == 2
        with other.read() as s:
            assert repo.systems.get(s, "会员系统").mlps_level is None
            assert repo.organisations.get(s, ORG).records == []
    finally:
        other.dispose()


_V1_FIELDS = {
    "organisations": {
        "name",
        "uscc",
        "country",
        "contact",
        "ciio",
        "individuals_processed",
        "description",
        "created_at",
        "updated_at",
    },
    "systems": {
        "name",
        "organisation",
        "owner",
        "location",
        "description",
        "created_at",
        "updated_at",
    },
    "datasets": {
        "name",
        "system",
        "source",
        "kind",
        "rows",
        "grade",
        "sensitivity",
        "scanned_on",
        "description",
        "categories",
        "minors",
        "grading",
        "columns",
        "created_at",
        "updated_at",
    },
}
