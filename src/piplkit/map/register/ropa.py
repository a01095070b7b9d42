"""Record of processing activities (RoPA) from the register, as XLSX or CSV, Chinese or English.

One row per processing activity with its purpose, lawful basis (PIPL Art. 13), PI, retention,
separate consents, datasets, systems, recipients and cross-border transfers. The XLSX adds a
sheet of datasets and one of transfers with their ledger volumes. The files are written by
:mod:`piplkit.assess.sheets` (no live formulas, no characters that break the file; CSV with a BOM so
that spreadsheet programs open the Chinese headers correctly).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from piplkit.assess.law.languages import Lang
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.sheets import Sheet, write_csv, write_xlsx
from piplkit.map.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.labels import label
from piplkit.map.register.ledger_report import volumes
from piplkit.map.register.models import Dataset, ProcessingActivity, Transfer
from piplkit.map.register.repository import activities, datasets, transfers
from piplkit.map.register.ropa_security import (
    DATASET_HEADERS,
    SYSTEM_HEADERS,
    SYSTEM_TITLE,
    dataset_columns,
    system_rows,
)

_GRADE_ORDER = [Grade.GENERAL, Grade.IMPORTANT, Grade.CORE]
_SEP = "；"


_ACTIVITY_HEADERS = {
    "zh": [
        "处理活动",
        "个人信息处理者",
        "处理目的",
        "处理的法律依据（个人信息保护法第十三条）",
        "个人信息种类",
        "敏感个人信息种类",
        "涉及个人数量",
        "保存期限",
        "需取得单独同意的事项",
        "自动化决策",
        "数据集",
        "信息系统",
        "数据级别（GB/T 43697）",
        "接收方",
        "向境外提供",
    ],
    "en": [
        "Processing activity",
        "Handler",
        "Purpose",
        "Legal basis (PIPL Art. 13)",
        "PI categories",
        "Sensitive PI categories",
        "Individuals",
        "Retention",
        "Separate consent needed for",
        "Automated decision-making",
        "Datasets",
        "Systems",
        "Data grade (GB/T 43697)",
        "Recipients",
        "Cross-border transfers",
    ],
}
_DATASET_HEADERS = {
    "zh": [
        "数据集",
        "信息系统",
        "来源",
        "行数",
        "数据级别",
        "敏感程度",
        "个人信息字段",
        "扫描日期",
    ],
    "en": [
        "Dataset",
        "System",
        "Source",
        "Rows",
        "Grade",
        "Sensitivity",
        "PI columns",
        "Scanned on",
    ],
}
_TRANSFER_HEADERS = {
    "zh": [
        "传输",
        "数据集",
        "接收方",
        "接收方类型",
        "接收方所在国家或地区",
        "目的",
        "出境路径",
        "备案/申报编号",
        "生效日期",
        "重要数据",
        "出境个人数量（按年）",
    ],
    "en": [
        "Transfer",
        "Dataset",
        "Recipient",
        "Recipient role",
        "Recipient country",
        "Purpose",
        "Mechanism",
        "Filing references",
        "Effective on",
        "Important data",
        "Individuals exported (per year)",
    ],
}
_TITLES = {
    "zh": ("个人信息处理活动记录", "数据集", "对外提供与出境"),
    "en": ("Processing activities", "Datasets", "Transfers"),
}


def _yes(value: bool, lang: Lang) -> str:
    if lang == "zh":
        return "是" if value else "否"
    return "yes" if value else "no"


def _pi_name(type_id: str, lang: Lang) -> str:
    entry = load_catalogue().types.get(type_id)
    if entry is None:
        return type_id
    return entry.name_zh if lang == "zh" else entry.name_en


def _highest_grade(items: list[Dataset]) -> Grade | None:
    if not items:
        return None
    return max((d.grade for d in items), key=_GRADE_ORDER.index)


def _paren(text: str, lang: Lang) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _recipient(t: Transfer, lang: Lang) -> str:
    role = label(t.recipient.role, RecipientRole, lang)
    sep = "，" if lang == "zh" else ", "
    return t.recipient.name + _paren(f"{role}{sep}{t.recipient.country}", lang)


def _purpose(t: Transfer, lang: Lang) -> str:
    text = label(t.purpose, TransferPurpose, lang)
    if t.purpose_description:
        text += ("：" if lang == "zh" else ": ") + t.purpose_description
    return text


def _activity_row(
    a: ProcessingActivity, all_transfers: list[Transfer], lang: Lang
) -> list[str | int | None]:
    used = {d.id for d in a.datasets}
    related = [t for t in all_transfers if t.activity_id == a.id or t.dataset_id in used]
    systems = sorted({d.system.name for d in a.datasets if d.system is not None})
    grade = _highest_grade(list(a.datasets))
    abroad = [
        f"{t.name} → {t.recipient.name}{_paren(t.recipient.country, lang)}"
        f"{'：' if lang == 'zh' else ': '}{label(t.mechanism, TransferMechanism, lang)}"
        for t in related
        if t.recipient.country != "CN"
    ]
    return [
        a.name,
        a.organisation.name if a.organisation else None,
        a.purpose,
        label(a.legal_basis, LegalBasis, lang),
        _SEP.join(_pi_name(c, lang) for c in a.pi_categories or []),
        _SEP.join(label(c, SensitiveCategory, lang) for c in a.sensitive_categories or []),
        a.individuals_count,
        a.retention,
        _SEP.join(label(c, SeparateConsent, lang) for c in a.separate_consents or []),
        _yes(a.automated_decision_making, lang),
        _SEP.join(d.name for d in a.datasets),
        _SEP.join(systems),
        label(grade, Grade, lang) if grade else None,
        _SEP.join(dict.fromkeys(_recipient(t, lang) for t in related)),
        _SEP.join(abroad),
    ]


def build_sheets(session: Session, lang: Lang = "zh") -> list[Sheet]:
    """The RoPA tables: activities, datasets, transfers."""
    all_transfers = list(transfers.list(session))
    act_rows = [_activity_row(a, all_transfers, lang) for a in activities.list(session)]
    ds_rows: list[list[str | int | None]] = []
    for d in datasets.list(session):
        colon = "：" if lang == "zh" else ": "
        pi_cols = [f"{c.name}{colon}{_pi_name(c.pi_type, lang)}" for c in d.columns if c.pi_type]
        ds_rows.append(
            [
                d.name,
                d.system.name if d.system else None,
                d.source,
                d.rows,
                label(d.grade, Grade, lang),
                label(d.sensitivity, Sensitivity, lang),
                _SEP.join(pi_cols),
                d.scanned_on.isoformat() if d.scanned_on else None,
                *dataset_columns(d),
            ]
        )
    by_transfer: dict[str, list[str]] = {}
    for v in volumes(session):
        text = (
            f"{v.year}：{v.individuals:,}（敏感 {v.sensitive_individuals:,}）"
            if lang == "zh"
            else f"{v.year}: {v.individuals:,} ({v.sensitive_individuals:,} sensitive)"
        )
        by_transfer.setdefault(v.transfer, []).append(text)
    tr_rows: list[list[str | int | None]] = [
        [
            t.name,
            t.dataset.name,
            t.recipient.name,
            label(t.recipient.role, RecipientRole, lang),
            t.recipient.country,
            label(t.purpose, TransferPurpose, lang)
            + (
                f"{'：' if lang == 'zh' else ': '}{t.purpose_description}"
                if t.purpose_description
                else ""
            ),
            label(t.mechanism, TransferMechanism, lang),
            _SEP.join(t.filing_references or []),
            t.mechanism_effective_on.isoformat() if t.mechanism_effective_on else None,
            _yes(t.important_data, lang),
            _SEP.join(by_transfer.get(t.name, [])),
        ]
        for t in all_transfers
    ]
    titles = _TITLES[lang]
    sheets = [
        Sheet(titles[0], _ACTIVITY_HEADERS[lang], act_rows),
        Sheet(titles[1], _DATASET_HEADERS[lang] + DATASET_HEADERS[lang], ds_rows),
        Sheet(titles[2], _TRANSFER_HEADERS[lang], tr_rows),
    ]
    systems = system_rows(session, lang)
    if systems is not None:
        sheets.append(Sheet(SYSTEM_TITLE[lang], SYSTEM_HEADERS[lang], systems))
    return sheets


def export_ropa(session: Session, path: Path, *, lang: Lang = "zh") -> int:
    """Write the RoPA to ``path`` (.xlsx: three sheets, four with MLPS/CII facts; .csv:
    activities); returns the number of activity rows."""
    suffix = path.suffix.lower()
    if suffix not in {".xlsx", ".csv"}:
        raise InvalidInputError(f"{path}: RoPA is written as .xlsx or .csv")
    sheets = build_sheets(session, lang)
    if suffix == ".xlsx":
        write_xlsx(path, sheets)
    else:
        write_csv(path, sheets[0])
    return len(sheets[0].rows)
