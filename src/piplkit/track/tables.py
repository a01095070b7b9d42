"""Developments laid out as table rows (Date | Authority | Development | Status | Link).

A table is a list of developments when its header names the columns: at least one column holds
the development (title or summary) and one more a known role (date, authority, stage, effective
date, kind, penalty, source). Each data row is then one item, its cells kept as ``hints`` so the
extractors read the date from the date column and the authority from the authority column. A
table whose header is not recognised is read as text (its rows joined), so layout tables lose
nothing.
"""

from __future__ import annotations

import re

from piplkit.track import rowinstrument, ticketrows
from piplkit.track.headerwords import head_role
from piplkit.track.model import Block, RawItem
from piplkit.track.roles import bilingual_parts
from piplkit.track.textutil import normalise

ROLES: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "dates",
        "time",
        "issued on",
        "publication date",
        "release date",
        "announced",
        "date of issue",
        "date issued",
        "日期",
        "时间",
        "发布日期",
        "发布时间",
        "印发日期",
        "公布日期",
        "成文日期",
        "处罚日期",
        "判决日期",
        "published",
        "date published",
        "published on",
    ),
    "authority": (
        "authority",
        "authorities",
        "regulator",
        "regulators",
        "issuer",
        "issued by",
        "issuing authority",
        "agency",
        "body",
        "department",
        "court",
        "enforcer",
        "发布机关",
        "发文机关",
        "发布机构",
        "机关",
        "部门",
        "监管机构",
        "发布单位",
        "单位",
        "执法机关",
        "机构",
        "institution",
        "处罚机关",
        "法院",
        "监管部门",
        "发布部门",
        "归口单位",  # the technical committee in charge of a standard (TC260)
        "归口部门",
    ),
    "title": (
        "title",
        "document",
        "development",
        "instrument",
        "regulation",
        "law",
        "name",
        "item",
        "headline",
        "event",
        "case",
        "rule",
        "measure",
        "change",
        "changes",
        "update",
        "updates",
        "entry",
        "subject",
        "topic",
        "标题",
        "名称",
        "文件名称",
        "文件",
        "法规名称",
        "事项",
        "动态",
        "事件",
        "案件",
        "案例",
        "标准名称",
        "standard",
        "standard name",
        "standard title",
        "法规",
        "规定",
    ),
    "summary": (
        "summary",
        "description",
        "details",
        "content",
        "key points",
        "highlights",
        "overview",
        "comment",
        "comments",
        "what happened",
        "notes",
        "概要",
        "内容",
        "摘要",
        "要点",
        "主要内容",
        "简介",
        "说明",
        "概述",
        "备注",
        "案情",
        "简要内容",
        "核心内容",
        # what was decided in a case: the row's text (the fine in it is read from there)
        "decision",
        "outcome",
        "处罚决定",
        "处理决定",
        "处理结果",
        "处罚情况",
    ),
    "stage": (
        "status",
        "stage",
        "action",
        "type of action",
        "状态",
        "阶段",
        "文件状态",
        "性质",
        "进展",
        # a legal database's validity column: 现行有效, 尚未生效, 征求意见稿 (heldout9)
        "时效性",
        "时效",
        "效力状态",
    ),
    "effective": (
        "takes effect",
        "take effect",
        "in effect from",
        "effective on",
        "commencement date",
        "effective date",
        "effective",
        "in force",
        "effective from",
        "commencement",
        "date of effect",
        "施行日期",
        "生效日期",
        "实施日期",
        "施行时间",
        "实施时间",
    ),
    "kind": ("type", "category", "kind", "area", "类别", "类型", "分类", "领域"),
    "penalty": ("penalty", "fine", "fines", "amount", "罚款", "罚款金额", "处罚结果", "处罚金额"),
    "source": (
        "source",
        "sources",
        "link",
        "links",
        "url",
        "reference",
        "来源",
        "链接",
        "出处",
        "原文",
        # a notice's table of the drafts it opens for comment links each file (H14-4, heldout16)
        "附件",
        "附件下载",
        "下载",
        "attachment",
        "attachments",
        "annex",
        "download",
    ),
}
_LOOKUP = {normalise(word): role for role, names in ROLES.items() for word in names}
_FIRST_SENTENCE = re.compile(r"^(.+?[.。!?！？])(?:\s|$)")


def column_role(cell: str) -> str | None:
    """The role a header cell names, in one language or two ("日期 Date", "发布机关 / Issuer":
    either part; they name the same column)."""
    key = normalise(cell)
    role = _LOOKUP.get(key)
    if role is None and not key.isascii():
        for part in bilingual_parts(key):
            role = _LOOKUP.get(part)
            if role is not None:
                break
    if role is None:  # "作出机关", "機關", "法規／事件": by script, parts and head word
        role = head_role(cell, _lookup)
    return role


def _lookup(name: str) -> str | None:
    return _LOOKUP.get(normalise(name))


def header_roles(cells: list[str]) -> list[str | None] | None:
    """The role of each column when ``cells`` is a header of a development table, else None."""
    roles = [column_role(c) for c in cells]
    known = [r for r in roles if r]
    if len(known) < 2 or not ({"title", "summary"} & set(known)):
        return None
    if any(len(c) > 40 for c in cells):
        return None
    return roles


def _title_by_content(rows: list[Block]) -> list[str | None] | None:
    """Roles for a header that names its date column and one more known column but calls the
    development column something the vocabulary lacks ("Change", "What's new", "动向"): the
    unnamed column whose cells hold the most text is the title."""
    cells = rows[0].cells or []
    roles = [column_role(c) for c in cells]
    known = [r for r in roles if r]
    if "date" not in known or len(known) < 2 or any(len(c) > 40 for c in cells):
        return None
    unnamed = [i for i, r in enumerate(roles) if r is None]
    if not unnamed:
        return None

    def mean_length(column: int) -> float:
        values = [r.cells[column] for r in rows[1:] if r.cells and len(r.cells) > column]
        return sum(len(v) for v in values) / max(1, len(values))

    best = max(unnamed, key=mean_length)
    if mean_length(best) < 15:
        return None
    roles[best] = "title"
    return roles


def table_items(
    rows: list[Block], section: str | None, section_kind: str | None
) -> list[RawItem] | None:
    """One item per data row of a development table; None when the header is not recognised."""
    if len(rows) < 2 or rows[0].cells is None:
        return None
    roles = header_roles(rows[0].cells) or _title_by_content(rows)
    if roles is None:
        return None
    roles = ticketrows.title_column(roles, rows)
    header = rows[0].cells
    named = any(
        r == "title" and rowinstrument.names_instrument(c)
        for r, c in zip(roles, header, strict=False)
    )
    items: list[RawItem] = []
    for row in rows[1:]:
        cells = row.cells or []
        values: dict[str, str] = {}
        for role, cell in zip(roles, cells, strict=False):
            if role and cell and role not in values:
                values[role] = cell
        title = values.get("title")
        summary = values.get("summary", "")
        if not title and not summary:
            continue
        bare = bool(title) and (named or bool(rowinstrument.bare_name(title or "")))
        if ticketrows.reports_nothing(values, bare):
            continue  # the team's own ticket (an epic, a licence to renew)
        derived = not title
        if not title:
            m = _FIRST_SENTENCE.match(summary)
            title = (m.group(1) if m else summary)[:200]
        body = [summary] if summary else [title]
        if "penalty" in values and values["penalty"] not in summary:
            body.append(f"Penalty: {values['penalty']}")
        if "basis" in values and values["basis"] not in summary:
            body.append(values["basis"])  # the provisions applied: instruments only cited
        hints: dict[str, str] = {
            k: values[k] for k in ("date", "authority", "stage", "effective", "kind") if k in values
        }
        hints["title_text"] = title if not derived else ""
        if not derived and (named or rowinstrument.bare_name(title)):
            hints[rowinstrument.HINT] = "1"
        items.append(
            RawItem(
                title=title,
                body=body,
                section=section,
                section_kind=section_kind,
                footnotes=list(row.refs),
                links=list(row.links),
                line=row.line,
                hints=hints,
                derived_title=derived,
            )
        )
    return items


def row_as_text(row: Block) -> Block:
    """A row of a table that is not a development table, as a paragraph."""
    text = " ".join(c for c in (row.cells or []) if c)
    return Block(text, refs=list(row.refs), links=list(row.links), line=row.line)
