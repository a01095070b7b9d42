"""The app "double list" (双清单): PI collected, and PI shared with third parties.

MIIT's app-governance practice asks an app to publish two lists: the personal information it
collects (what, for which purpose, in which business scenario) and the personal information it
shares with others (what, with whom, for which purpose, in which scenario). Both come from the
register, per organisation: activities give purposes and scenarios, their datasets' columns give
the PI types, transfers give the recipients. Only what an app would publish appears: no dataset
names, paths, volumes or filing numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.law.languages import Lang
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.sheets import Sheet, write_xlsx
from piplkit.map.register.enums import LegalBasis, RecipientRole, SensitiveCategory, TransferPurpose
from piplkit.map.register.labels import label
from piplkit.map.register.models import Dataset, Organisation, ProcessingActivity, Transfer
from piplkit.map.register.repository import organisations

_SEP = "；"


@dataclass(frozen=True, slots=True)
class CollectedItem:
    pi: str
    sensitive: bool
    purpose: str
    scenario: str
    legal_basis: str
    retention: str | None


@dataclass(frozen=True, slots=True)
class SharedItem:
    recipient: str
    role: str
    country: str
    pi: tuple[str, ...]
    purpose: str
    scenario: str


@dataclass(frozen=True, slots=True)
class DoubleList:
    organisation: str
    lang: Lang
    collected: list[CollectedItem] = field(default_factory=list)
    shared: list[SharedItem] = field(default_factory=list)


def _pi_label(type_id: str, lang: Lang) -> tuple[str, bool]:
    entry = load_catalogue().types.get(type_id)
    if entry is None:
        return type_id, False
    return (entry.name_zh if lang == "zh" else entry.name_en), entry.sensitive


def _dataset_pi(dataset: Dataset, lang: Lang) -> list[tuple[str, bool]]:
    out: dict[str, bool] = {}
    for col in dataset.columns:
        if col.pi_type:
            name, sensitive = _pi_label(col.pi_type, lang)
            out[name] = out.get(name, False) or sensitive or col.sensitive
    return list(out.items())


def _owners(dataset: Dataset | None) -> set[str]:
    if dataset is not None and dataset.system is not None and dataset.system.organisation:
        return {dataset.system.organisation.name}
    return set()


def _belongs(owner_names: set[str], org: str, sole: bool) -> bool:
    """Entities tagged with the organisation; untagged ones when it is the only organisation."""
    return org in owner_names or (sole and not owner_names)


def _activity_owners(a: ProcessingActivity) -> set[str]:
    names = {a.organisation.name} if a.organisation else set()
    for d in a.datasets:
        names |= _owners(d)
    return names


def build_double_list(session: Session, organisation: str, lang: Lang = "zh") -> DoubleList:
    """Both lists for ``organisation`` (which must exist)."""
    org = organisations.get(session, organisation)
    sole = len(list(session.scalars(select(Organisation.id)))) == 1
    result = DoubleList(organisation=org.name, lang=lang)
    acts = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.name))
    for a in acts:
        if not _belongs(_activity_owners(a), org.name, sole):
            continue
        items: dict[str, bool] = {}
        for category in a.pi_categories or []:
            name, sensitive = _pi_label(category, lang)
            items[name] = items.get(name, False) or sensitive
        for d in a.datasets:
            for name, sensitive in _dataset_pi(d, lang):
                items[name] = items.get(name, False) or sensitive
        for category in a.sensitive_categories or []:
            items[label(category, SensitiveCategory, lang)] = True
        basis = label(a.legal_basis, LegalBasis, lang)
        for name, sensitive in items.items():
            result.collected.append(
                CollectedItem(name, sensitive, a.purpose, a.name, basis, a.retention)
            )
    for t in session.scalars(select(Transfer).order_by(Transfer.name)):
        owners = _owners(t.dataset)
        if t.activity is not None:
            owners |= _activity_owners(t.activity)
        if not _belongs(owners, org.name, sole):
            continue
        purpose = t.purpose_description or (
            t.activity.purpose
            if t.activity is not None
            else label(t.purpose, TransferPurpose, lang)
        )
        result.shared.append(
            SharedItem(
                recipient=t.recipient.name,
                role=label(t.recipient.role, RecipientRole, lang),
                country=t.recipient.country,
                pi=(
                    tuple(_pi_label(c, lang)[0] for c in t.pi_categories)
                    if t.pi_categories
                    else tuple(name for name, _ in _dataset_pi(t.dataset, lang))
                ),
                purpose=purpose,
                scenario=t.activity.name if t.activity is not None else "",
            )
        )
    return result


_HEADERS = {
    "zh": (
        ("个人信息", "是否敏感个人信息", "使用目的", "使用场景", "处理依据", "保存期限"),
        ("第三方名称", "第三方类型", "所在国家或地区", "共享的个人信息", "共享目的", "使用场景"),
        ("已收集个人信息清单", "与第三方共享个人信息清单"),
    ),
    "en": (
        ("Personal information", "Sensitive", "Purpose", "Scenario", "Legal basis", "Retention"),
        ("Third party", "Type", "Country or region", "PI shared", "Purpose", "Scenario"),
        ("PI collected", "PI shared with third parties"),
    ),
}


def _yes(value: bool, lang: Lang) -> str:
    return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")


def sheets(doc: DoubleList) -> list[Sheet]:
    collected_h, shared_h, titles = _HEADERS[doc.lang]
    collected: list[list[str | int | None]] = [
        [c.pi, _yes(c.sensitive, doc.lang), c.purpose, c.scenario, c.legal_basis, c.retention]
        for c in doc.collected
    ]
    shared: list[list[str | int | None]] = [
        [s.recipient, s.role, s.country, _SEP.join(s.pi), s.purpose, s.scenario] for s in doc.shared
    ]
    return [
        Sheet(titles[0], list(collected_h), collected),
        Sheet(titles[1], list(shared_h), shared),
    ]


def write_double_list(doc: DoubleList, path: Path) -> None:
    """Write both lists as a two-sheet XLSX file."""
    write_xlsx(path, sheets(doc))
