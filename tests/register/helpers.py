"""Builders for register test data (all names and values synthetic)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from piplkit.map.register import repository as repo
from piplkit.map.register.schemas import (
    ActivityIn,
    ColumnIn,
    DatasetIn,
    OrganisationIn,
    RecipientIn,
    SystemIn,
    TransferIn,
)
from piplkit.map.register.store import Register


def populate(reg: Register) -> None:
    """A small but complete register: one of each entity, with references between them."""
    with reg.write("test") as s:
        repo.organisations.create(
            s, OrganisationIn(name="示例科技有限公司", individuals_processed=250_000)
        )
        repo.systems.create(s, SystemIn(name="会员系统", organisation="示例科技有限公司"))
        repo.datasets.create(
            s,
            DatasetIn(
                name="members",
                system="会员系统",
                grade="general",
                sensitivity="sensitive",
                columns=[
                    ColumnIn(name="id_no", pi_type="cn_resident_id", sensitive=True),
                    ColumnIn(name="mobile", pi_type="cn_mobile", examples_masked=["138****5678"]),
                    ColumnIn(name="diagnosis", sensitive=True),
                    ColumnIn(name="city"),
                ],
            ),
        )
        repo.activities.create(
            s,
            ActivityIn(
                name="会员管理",
                organisation="示例科技有限公司",
                purpose="提供会员服务",
                legal_basis="contract_or_hr",
                pi_categories=["cn_mobile", "cn_resident_id"],
                sensitive_categories=["medical_health"],
                individuals_count=120_000,
                retention="会员注销后3年",
                retention_days=1095,
                separate_consents=["sensitive_pi", "cross_border"],
                datasets=["members"],
            ),
        )
        repo.recipients.create(
            s, RecipientIn(name="Example GmbH", role="joint_handler", country="DE")
        )
        repo.transfers.create(
            s,
            TransferIn(
                name="members to HQ",
                dataset="members",
                recipient="Example GmbH",
                activity="会员管理",
                purpose="other",
                mechanism="standard_contract",
                filing_references=["沪网信备2024-0001"],
                mechanism_effective_on="2024-06-01",
            ),
        )


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def scan_report(files: list[dict[str, Any]]) -> dict[str, Any]:
    """A report in the shape of ``piplkit scan --format json``."""
    return {
        "as_of": "2026-11-25",
        "mode": "sample",
        "sample_rows": 1000,
        "files": files,
        "summary": {"files_scanned": len(files)},
    }


def scan_file(
    path: str, columns: list[tuple[str, str | None, bool]], rows: int = 100
) -> dict[str, Any]:
    return {
        "path": path,
        "kind": "csv",
        "encoding": "utf-8",
        "rows": rows,
        "columns": [
            {
                "name": name,
                "pi_type": pi_type,
                "confidence": 0.9 if pi_type else 0.0,
                "matches": rows if pi_type else 0,
                "sampled": rows,
                "sensitive": sensitive,
                "examples_masked": ["1**********8"] if pi_type else [],
            }
            for name, pi_type, sensitive in columns
        ],
        "findings_by_type": {},
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
