"""Builders for MLPS, CII and important-data facts in a test register (synthetic names only)."""

from __future__ import annotations

from tests.register.helpers import populate

from piplkit.map.register import repository as repo
from piplkit.map.register.store import Register

ORG = "示例科技有限公司"


def populate_security(reg: Register) -> None:
    """``populate`` plus a graded, filed, tested level-3 system with an open rectification, a
    CII system, an important dataset and the organisation's security facts and records."""
    populate(reg)
    with reg.write("test") as s:
        repo.organisations.update(
            s,
            ORG,
            {
                "important_data_handler": True,
                "data_security_officer": "首席信息安全官",
                "data_security_body": "数据安全管理部",
                "officer_threshold_reached_on": "2025-09-01",
                "records": [
                    {"kind": "important_data_risk_report", "done_on": "2025-12-20"},
                    {
                        "kind": "compliance_audit",
                        "done_on": "2025-06-30",
                        "performed_by": "某会计师事务所",
                        "reference": "审计报告-2025-01",
                    },
                ],
            },
        )
        repo.systems.update(
            s,
            "会员系统",
            {
                "mlps_business_object": "citizens_legal_persons",
                "mlps_business_degree": "serious",
                "mlps_service_object": "social_order_public_interest",
                "mlps_service_degree": "serious",
                "mlps_rationale": "会员个人信息约12万人，服务中断影响社会公众",
                "mlps_graded_on": "2025-03-01",
                "mlps_expert_reviewed_on": "2025-03-10",
                "live_on": "2024-05-01",
                "mlps_filed_on": "2025-03-20",
                "mlps_filing_number": "31010199999-25001",
                "mlps_filing_authority": "上海市公安局",
                "records": [
                    {
                        "kind": "mlps_test",
                        "done_on": "2025-06-15",
                        "performed_by": "某等级测评机构",
                        "reference": "DJCP-2025-0615",
                    },
                    {"kind": "mlps_self_inspection", "done_on": "2025-11-30"},
                ],
                "rectifications": [
                    {
                        "title": "数据库审计日志留存不足六个月",
                        "found_on": "2025-06-15",
                        "due_on": "2025-09-30",
                        "source": "DJCP-2025-0615",
                    },
                    {
                        "title": "弱口令",
                        "found_on": "2025-06-15",
                        "due_on": "2025-07-31",
                        "closed_on": "2025-07-20",
                    },
                ],
            },
        )
        repo.systems.create(
            s,
            repo.systems.schema(
                name="支付网关",
                organisation=ORG,
                mlps_level=3,
                mlps_graded_on="2024-10-01",
                live_on="2024-12-01",
                mlps_filed_on="2024-12-20",
                mlps_filing_number="31010199999-24002",
                sector="power",
                cii=True,
                cii_designated_on="2025-02-01",
                cii_protection_department="某行业主管部门",
                records=[{"kind": "cii_testing", "done_on": "2025-05-10"}],
            ),
        )
        repo.datasets.update(
            s,
            "members",
            {
                "grade": "important",
                "grade_reason": "列入行业重要数据目录（示例）",
                "grade_set_on": "2025-08-01",
                "important_identified_on": "2025-08-01",
                "important_declared_on": "2025-08-15",
                "important_catalogue": "示例行业重要数据目录",
            },
        )
