"""The access/copy package for a rights request: JSON for machines, a Chinese PDF for people.

What it holds is what PIPL Arts. 17 and 45 let a person learn about their PI from the handler:
which datasets and systems hold it (and, where the source could be searched, how many records),
for which processing activities, purposes and lawful bases, how long it is kept, to whom it
was provided (transfers and ledger years), and the consents on record. Values themselves stay in
the source systems: the package names the columns, never copies cell contents, so it is safe
to store, log and send through any channel; the handler exports the values separately.
"""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.documents.fonts import CJK_FONT_STACK
from piplkit.assess.documents.pdf_renderer import html_to_pdf
from piplkit.map.register.errors import ConflictError
from piplkit.map.register.models import ProcessingActivity, Transfer
from piplkit.respond.consent import list_consents
from piplkit.respond.dsr import get, to_dict
from piplkit.respond.locate import Location, locate

KIND_ZH = {
    "access": "查阅",
    "copy": "复制",
    "portability": "转移",
    "correction": "更正、补充",
    "deletion": "删除",
    "explanation": "解释说明处理规则",
    "withdraw_consent": "撤回同意",
    "next_of_kin": "近亲属行使权利",
}


def _activity(a: ProcessingActivity) -> dict[str, Any]:
    return {
        "name": a.name,
        "purpose": a.purpose,
        "legal_basis": a.legal_basis.value,
        "pi_categories": list(a.pi_categories or []),
        "sensitive_categories": list(a.sensitive_categories or []),
        "retention": a.retention,
        "automated_decision_making": bool(a.automated_decision_making),
    }


def build_package(
    session: Session, request_id: str, *, key: bytes, now: dt.datetime | None = None
) -> dict[str, Any]:
    """The package's content (JSON-ready); raises NotFoundError for an unknown request."""
    record = get(session, request_id)
    if record.verified_at is None:
        # the package holds the person's data: it goes only to a requester whose identity
        # was checked (the request's verify step)
        raise ConflictError(
            f"{request_id}: the requester's identity is not verified yet; verify it before "
            "the package is made (dsr start-verification, then dsr verify)"
        )
    where: Location = locate(session, record.subject_hash, record.identifier_type, key=key)
    dataset_names = {d.dataset for d in where.datasets if d.rows_matched != 0}
    dataset_names |= {h.dataset for h in where.ledger}
    activity_names = {a for d in where.datasets if d.rows_matched != 0 for a in d.activities}
    activities = [
        _activity(a)
        for a in session.scalars(
            select(ProcessingActivity)
            .where(ProcessingActivity.name.in_(sorted(activity_names)))
            .order_by(ProcessingActivity.name)
        )
    ]
    recipients = [
        {
            "transfer": t.name,
            "dataset": t.dataset.name,
            "recipient": t.recipient.name,
            "role": t.recipient.role.value,
            "country": t.recipient.country,
            "purpose": t.purpose_description or t.purpose.value,
        }
        for t in session.scalars(select(Transfer).order_by(Transfer.name))
        if t.dataset.name in dataset_names
    ]
    consents = [
        {
            "consent_id": c.name,
            "purpose": c.purpose,
            "pi_categories": list(c.pi_categories),
            "notice_version": c.notice_version,
            "notice_hash": c.notice_hash,
            "separate": c.separate,
            "given_at": c.given_at.isoformat(),
            "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None,
        }
        for c in list_consents(session, record.subject_hash)
    ]
    return {
        "format": "piplkit-access-package/1",
        "generated_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "request": to_dict(record),
        "datasets": [
            {
                "dataset": d.dataset,
                "system": d.system,
                "matched_by_column": d.column,
                "columns": d.columns,
                "records_found": d.rows_matched,
                "search": d.searched,
            }
            for d in where.datasets
        ],
        "transfers_by_year": [
            {
                "transfer": h.transfer,
                "recipient": h.recipient,
                "country": h.country,
                "year": h.year,
                "sensitive": h.sensitive,
            }
            for h in where.ledger
        ],
        "activities": activities,
        "recipients": recipients,
        "consents": consents,
        "note": (
            "Values are not copied into this package; they are exported from the source "
            "systems named above."
        ),
    }


def package_json(package: dict[str, Any]) -> str:
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "<p>无</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in r) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def package_html(package: dict[str, Any]) -> str:
    """The human-readable package in Chinese (also the PDF's source)."""
    req = package["request"]
    yes_no = {True: "是", False: "否", None: "—"}
    sections = [
        "<h2>一、请求信息</h2>",
        _table(
            ["项目", "内容"],
            [
                ["请求编号", req["request_id"]],
                ["请求类型", KIND_ZH.get(req["kind"], req["kind"])],
                ["个人标识（已脱敏）", req["identifier"]],
                ["收到时间", req["received_at"]],
                ["答复期限", req["due_on"] or "—"],
                ["期限依据", req["deadline_note"]],
                ["处理状态", req["state"]],
            ],
        ),
        "<h2>二、存有您个人信息的数据集</h2>",
        _table(
            ["数据集", "系统", "包含的字段", "找到的记录数", "查找方式"],
            [
                [
                    d["dataset"],
                    d["system"],
                    "、".join(d["columns"]),
                    "未能查找" if d["records_found"] is None else d["records_found"],
                    d["search"],
                ]
                for d in package["datasets"]
            ],
        ),
        "<h2>三、处理目的、方式与法律依据</h2>",
        _table(
            ["处理活动", "目的", "法律依据", "个人信息种类", "保存期限", "自动化决策"],
            [
                [
                    a["name"],
                    a["purpose"],
                    a["legal_basis"],
                    "、".join(a["pi_categories"]),
                    a["retention"],
                    yes_no[a["automated_decision_making"]],
                ]
                for a in package["activities"]
            ],
        ),
        "<h2>四、向其他方提供的情况</h2>",
        _table(
            ["接收方", "角色", "所在国家/地区", "目的", "数据集"],
            [
                [r["recipient"], r["role"], r["country"], r["purpose"], r["dataset"]]
                for r in package["recipients"]
            ],
        ),
        _table(
            ["传输", "接收方", "年度", "含敏感个人信息"],
            [
                [h["transfer"], h["recipient"], h["year"], yes_no[h["sensitive"]]]
                for h in package["transfers_by_year"]
            ],
        ),
        "<h2>五、同意记录</h2>",
        _table(
            [
                "同意编号",
                "目的",
                "告知版本",
                "告知文本摘要（SHA-256）",
                "单独同意",
                "同意时间",
                "撤回时间",
            ],
            [
                [
                    c["consent_id"],
                    c["purpose"],
                    c["notice_version"],
                    c["notice_hash"][:16] + "…",
                    yes_no[c["separate"]],
                    c["given_at"],
                    c["withdrawn_at"] or "—",
                ]
                for c in package["consents"]
            ],
        ),
        "<p class='note'>本文件列明个人信息的存放位置、处理目的与依据、提供对象及同意记录；"
        "个人信息的具体内容由处理者从上述系统另行导出提供。</p>",
    ]
    css = (
        f"@page{{size:A4;margin:18mm}} body{{font-family:{CJK_FONT_STACK};font-size:10pt}}"
        "table{border-collapse:collapse;width:100%;margin:4pt 0 10pt}"
        "th,td{border:0.5pt solid #888;padding:3pt;text-align:left;vertical-align:top}"
        "th{background:#eee} .note{color:#444}"
    )
    return (
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><style>{css}</style>"
        f"<title>个人信息查阅、复制答复</title></head><body><h1>个人信息查阅、复制答复</h1>"
        f"<p>生成时间：{escape(package['generated_at'])}</p>{''.join(sections)}</body></html>"
    )


def package_pdf(package: dict[str, Any]) -> bytes:
    """The Chinese PDF (raises ``PdfUnavailable`` with the fix when WeasyPrint/font is missing)."""
    return html_to_pdf(package_html(package))
