"""The demo company's MLPS, CII and important-data facts, dated from the demo's as-of day so the
compliance calendar always shows a mix: an overdue rectification, a filing due soon, a level
test coming up, a CII test and an important dataset with its yearly risk report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from piplkit.map.register import repository as repo


def add_security_facts(s: Any, org: str, datasets: set[str], as_of: dt.date) -> None:
    """Grade two systems, designate one CII and grade one dataset important (once)."""

    def day(offset: int) -> str:
        return (as_of + dt.timedelta(days=offset)).isoformat()

    platform = repo.systems.get(s, "电商平台")
    if platform.mlps_level is not None:
        return
    repo.systems.update(
        s,
        "电商平台",
        {
            "mlps_business_object": "citizens_legal_persons",
            "mlps_business_degree": "serious",
            "mlps_service_object": "social_order_public_interest",
            "mlps_service_degree": "serious",
            "mlps_rationale": "示例：订单与支付服务中断影响社会公众",
            "mlps_graded_on": day(-400),
            "live_on": day(-500),
            "mlps_filed_on": day(-380),
            "mlps_filing_number": "31010199999-DEMO1",
            "cii": True,
            "cii_designated_on": day(-300),
            "records": [
                {"kind": "mlps_test", "done_on": day(-340), "performed_by": "示例测评机构"},
                {"kind": "mlps_self_inspection", "done_on": day(-200)},
            ],
            "rectifications": [
                {"title": "安全审计日志留存不足六个月", "found_on": day(-340), "due_on": day(-5)},
                {"title": "弱口令", "found_on": day(-340), "due_on": day(-300),
                 "closed_on": day(-310)},
            ],
        },
    )  # fmt: skip
    repo.systems.update(
        s,
        "会员系统",
        {
            "mlps_business_object": "citizens_legal_persons",
            "mlps_business_degree": "serious",
            "mlps_service_object": "citizens_legal_persons",
            "mlps_service_degree": "general",
            "mlps_graded_on": day(-10),
            "live_on": day(-700),
        },
    )
    members = sorted(n for n in datasets if "member" in n.lower() or "会员" in n)
    if members:
        repo.datasets.update(
            s,
            members[0],
            {
                "grade": "important",
                "grade_reason": "示例：按行业重要数据目录识别",
                "grade_set_on": day(-90),
                "important_identified_on": day(-90),
            },
        )
    repo.organisations.update(
        s, org, {"data_security_officer": "首席数据安全官", "data_security_body": "数据安全管理部"}
    )
