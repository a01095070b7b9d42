"""Load the demo's scan into a register, describe the sample business around it, add an admin.

Used by ``piplkit demo``: the samples become datasets (named relative to the demo folder), and a
small, plausible register grows around them (an organisation, systems, activities, recipients,
transfers and two recorded export batches), so the web UI has something real to show.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piplkit.discover.scan.report import ScanReport
from piplkit.faces.cli.demo_security import add_security_facts
from piplkit.map.register import repository as repo
from piplkit.map.register.enums import (
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.ledger import add_batch
from piplkit.map.register.scan_import import import_scan
from piplkit.map.register.schemas import (
    ActivityIn,
    OrganisationIn,
    RecipientIn,
    SystemIn,
    TransferIn,
)
from piplkit.map.register.store import open_register
from piplkit.platform.auth import service
from piplkit.platform.auth.passwords import password_problem

ORG = "示例科技有限公司"
ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class DemoRegister:
    url: str
    admin: str
    password: str
    datasets: int


def _relative(entry: dict[str, Any], root: Path) -> None:
    """Dataset names relative to the demo folder (``data/shop.db`` for the SQLite URL)."""
    path = str(entry["path"])
    if path.startswith("sqlite:///"):
        path = path.removeprefix("sqlite:///")
    try:
        entry["path"] = str(Path(path).resolve().relative_to(root.resolve()))
    except ValueError:
        entry["path"] = path


def _system_of(name: str) -> str:
    if "hr_" in name or "labour" in name:
        return "人力资源系统"
    if "vendors" in name:
        return "采购系统"
    if "members" in name:
        return "会员系统"
    if "service_notes" in name:
        return "客服系统"
    return "电商平台"


def admin_password() -> str:
    """A random password for the demo's admin that the password policy accepts: 96 random
    bits nearly always are, and the rare draw that looks like a pattern is drawn again."""
    while True:
        candidate = secrets.token_urlsafe(12)
        if password_problem(candidate, [ADMIN]) is None:
            return candidate


def load_demo_register(directory: Path, report: dict[str, Any], as_of: dt.date) -> DemoRegister:
    """Create (or refresh) ``directory/piplkit.db`` from the scan report; returns the login."""
    db = directory.resolve() / "piplkit.db"
    url = f"sqlite:///{db}"
    data = {**report, "files": [dict(f) for f in report.get("files", [])]}
    for entry in data["files"]:
        _relative(entry, directory)
    parsed = ScanReport.model_validate(data)
    key_file = directory / "ledger.key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
        key_file.chmod(0o600)
    key = key_file.read_bytes().strip()
    password = admin_password()
    reg = open_register(url)
    try:
        with reg.write("demo") as s:
            if repo.organisations.find(s, ORG) is None:
                repo.organisations.create(
                    s,
                    OrganisationIn(
                        name=ORG, individuals_processed=250_000, contact="dpo@example.cn"
                    ),
                )
            for name, owner in [
                ("电商平台", "电商事业部"),
                ("会员系统", "会员运营部"),
                ("人力资源系统", "人力资源部"),
                ("采购系统", "采购部"),
                ("客服系统", "客户服务部"),
            ]:
                if repo.systems.find(s, name) is None:
                    repo.systems.create(
                        s, SystemIn(name=name, organisation=ORG, owner=owner, location="上海")
                    )
            summary = import_scan(s, parsed, source="piplkit demo")
            for name in summary.created:
                ds = repo.datasets.get(s, name)
                ds.system = repo.systems.get(s, _system_of(name))
            names = {d.name for d in repo.datasets.list(s)}
            _describe_business(s, names)
            add_security_facts(s, ORG, names, as_of)
        with reg.write("demo") as s:
            _record_exports(s, directory, key, as_of)
        with reg.write("demo") as s:
            if service.find_user(s, ADMIN) is None:
                service.add_user(s, ADMIN, "admin", password)
            else:
                service.set_password(s, ADMIN, password)
        with reg.read() as s:
            count = repo.datasets.count(s)
    finally:
        reg.dispose()
    return DemoRegister(url=url, admin=ADMIN, password=password, datasets=count)


def _pick(names: set[str], fragment: str) -> list[str]:
    return sorted(n for n in names if fragment in n)


def _describe_business(s: Any, names: set[str]) -> None:
    """Activities, recipients and transfers of the sample company (skipped when present)."""
    activities = [
        ActivityIn(
            name="订单履行",
            organisation=ORG,
            purpose="完成商品订单的支付、发货与售后",
            legal_basis=LegalBasis.CONTRACT_OR_HR,
            pi_categories=["person_name", "cn_mobile", "address"],
            retention="订单完成后3年",
            retention_days=1095,
            individuals_count=180_000,
            datasets=_pick(names, "customers") + _pick(names, "#orders"),
        ),
        ActivityIn(
            name="会员服务",
            organisation=ORG,
            purpose="会员注册、积分与权益服务",
            legal_basis=LegalBasis.CONSENT,
            pi_categories=["person_name", "cn_mobile", "cn_resident_id"],
            sensitive_categories=[SensitiveCategory.SPECIFIC_IDENTITY],
            separate_consents=[SeparateConsent.SENSITIVE_PI, SeparateConsent.CROSS_BORDER],
            retention="注销账号后6个月",
            individuals_count=120_000,
            datasets=_pick(names, "members") + _pick(names, "#users"),
        ),
        ActivityIn(
            name="人力资源管理",
            organisation=ORG,
            purpose="员工入职、薪酬发放与社保缴纳",
            legal_basis=LegalBasis.CONTRACT_OR_HR,
            sensitive_categories=[SensitiveCategory.FINANCIAL_ACCOUNT],
            retention="劳动关系终止后2年",
            individuals_count=850,
            datasets=_pick(names, "hr_export") + _pick(names, "labour"),
        ),
        ActivityIn(
            name="网络安全日志",
            organisation=ORG,
            purpose="网络安全监测与事件追溯",
            legal_basis=LegalBasis.LEGAL_DUTY,
            retention="不少于6个月",
            retention_days=180,
            datasets=_pick(names, "app_logs"),
        ),
    ]
    for a in activities:
        if repo.activities.find(s, a.name) is None:
            repo.activities.create(s, a)
    recipients = [
        RecipientIn(name="迅达物流有限公司", role=RecipientRole.ENTRUSTED_PROCESSOR, country="CN"),
        RecipientIn(name="Example Retail GmbH", role=RecipientRole.JOINT_HANDLER, country="DE"),
        RecipientIn(name="示例集团（香港）有限公司", role=RecipientRole.THIRD_PARTY, country="HK"),
    ]
    for r in recipients:
        if repo.recipients.find(s, r.name) is None:
            repo.recipients.create(s, r)
    transfers: list[TransferIn] = []
    for ds in _pick(names, "customers")[:1]:
        transfers.append(
            TransferIn(
                name="订单配送",
                dataset=ds,
                recipient="迅达物流有限公司",
                activity="订单履行",
                purpose=TransferPurpose.CONTRACT_WITH_INDIVIDUAL,
                purpose_description="委托配送商品",
                mechanism=TransferMechanism.DOMESTIC,
            )
        )
    for ds in _pick(names, "members")[:1]:
        transfers.append(
            TransferIn(
                name="会员数据至德国总部",
                dataset=ds,
                recipient="Example Retail GmbH",
                activity="会员服务",
                purpose=TransferPurpose.OTHER,
                purpose_description="全球会员权益互通",
                mechanism=TransferMechanism.STANDARD_CONTRACT,
                filing_references=["沪网信标备2025-0012"],
                mechanism_effective_on=dt.date(2025, 3, 1),
            )
        )
    for ds in _pick(names, "hr_export")[:1]:
        transfers.append(
            TransferIn(
                name="员工数据至香港",
                dataset=ds,
                recipient="示例集团（香港）有限公司",
                activity="人力资源管理",
                purpose=TransferPurpose.HR_MANAGEMENT,
                purpose_description="集团跨境人力资源管理",
                mechanism=TransferMechanism.EXEMPT,
            )
        )
    for t in transfers:
        if repo.transfers.find(s, t.name) is None:
            repo.transfers.create(s, t)


def _record_exports(s: Any, directory: Path, key: bytes, as_of: dt.date) -> None:
    """Record the sample member and HR files as this year's export batches (once)."""
    from piplkit.map.register.ledger_report import batches

    done = {b.transfer.name for b in batches(s)}
    plans = [
        ("会员数据至德国总部", directory / "data" / "members.parquet"),
        ("员工数据至香港", directory / "data" / "hr_export_gbk.csv"),
    ]
    for transfer, path in plans:
        if transfer in done or repo.transfers.find(s, transfer) is None or not path.exists():
            continue
        add_batch(s, transfer, path, key=key, year=as_of.year)
