"""The RoPA's security columns and sheet: dataset grade reasons and important-data steps, and a
sheet of systems with their MLPS level, filing, open rectification items and CII designation.

Kept apart from ``ropa`` (the PIPL record) so each stays one job. The systems sheet is added
only when the register records any MLPS or CII fact, so a register without them exports the
same workbook as before.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from piplkit.assess.law.languages import Lang
from piplkit.map.register.models import Dataset, System

DATASET_HEADERS = {
    "zh": ["定级理由", "识别为重要数据日期", "申报日期", "重要数据目录"],
    "en": ["Grade reason", "Identified as important data", "Declared on", "Catalogue"],
}
SYSTEM_TITLE = {"zh": "信息系统等级保护与关键信息基础设施", "en": "Systems (MLPS and CII)"}
SYSTEM_HEADERS = {
    "zh": [
        "信息系统",
        "所属单位",
        "安全保护等级",
        "定级日期",
        "定级理由",
        "专家评审日期",
        "上线日期",
        "备案日期",
        "备案编号",
        "受理公安机关",
        "未完成整改项",
        "关键信息基础设施",
        "认定日期",
        "保护工作部门",
    ],
    "en": [
        "System",
        "Organisation",
        "MLPS level",
        "Graded on",
        "Grading rationale",
        "Expert review on",
        "Live on",
        "Filed on",
        "Filing number",
        "Public security organ",
        "Open rectification items",
        "CII",
        "Designated on",
        "Protection department",
    ],
}

Row = list[str | int | None]


def _iso(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


def dataset_columns(d: Dataset) -> Row:
    return [
        d.grade_reason,
        _iso(d.important_identified_on),
        _iso(d.important_declared_on),
        d.important_catalogue,
    ]


def system_rows(session: Session, lang: Lang) -> list[Row] | None:
    """One row per system, or None when no system carries an MLPS level or CII designation."""
    stmt = (
        select(System)
        .options(selectinload(System.rectifications), selectinload(System.organisation))
        .order_by(System.name)
    )
    found = list(session.scalars(stmt))
    if not any(s.mlps_level is not None or s.cii for s in found):
        return None
    yes, no = ("是", "否") if lang == "zh" else ("yes", "no")
    sep = "；" if lang == "zh" else "; "
    rows: list[Row] = []
    for s in found:
        open_items = [
            r.title + (f" ({r.due_on.isoformat()})" if r.due_on else "")
            for r in s.rectifications
            if r.closed_on is None
        ]
        rows.append(
            [
                s.name,
                s.organisation.name if s.organisation else None,
                s.mlps_level,
                _iso(s.mlps_graded_on),
                s.mlps_rationale,
                _iso(s.mlps_expert_reviewed_on),
                _iso(s.live_on),
                _iso(s.mlps_filed_on),
                s.mlps_filing_number,
                s.mlps_filing_authority,
                sep.join(open_items),
                yes if s.cii else no,
                _iso(s.cii_designated_on),
                s.cii_protection_department,
            ]
        )
    return rows
