"""``register import-app``: the app check's draft double list into the register.

What the JSON of ``piplkit app check --format json`` becomes:

* a **system** for the app (``App <label or package>``), under ``--organisation`` if given;
* a **dataset** ``app:<package>`` (kind ``app``) whose columns are the PI types the app and its
  SDKs can collect (column name = type id), with its sensitivity;
* one **processing activity** per scenario of the collected-PI list (a permission group, or an
  SDK), lawful basis consent, its PI types, linked to the dataset;
* one **recipient** per SDK operator (a third party, in the operator's country), and one
  **transfer** per SDK from the app dataset, with exactly the PI types that SDK receives
  (``pi_categories``), so the register's double list is the app's.

Re-importing (a new version of the app) updates what the check knows — columns, PI types — and
keeps what people confirmed: an activity's purpose once edited, a transfer's mechanism and
filings, a recipient's details. SDKs no longer found are reported as stale, never deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.policy_check import DeclaredShare
from piplkit.inputs.text import line, text
from piplkit.map.register.audit import record_event
from piplkit.map.register.enums import (
    LegalBasis,
    RecipientRole,
    Sensitivity,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import (
    NAME_LENGTH,
    Dataset,
    Organisation,
    ProcessingActivity,
    Recipient,
    System,
    Transfer,
)
from piplkit.map.register.repository import organisations, set_columns
from piplkit.map.register.schemas import ColumnIn, validate

DRAFT_MARK = "piplkit app check"
#: the ``report`` field of an app check's JSON
REPORT_MARK = "piplkit app check"


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


# Names and one-line fields take no control characters (inputs.text): they become register
# names, and PostgreSQL refuses NUL outright. Purposes and methods may span lines.
_Short = Annotated[str, line(min_length=1, max_length=1000)]
_Package = Annotated[str, line(min_length=1, max_length=150)]
_Optional = Annotated[str, line(max_length=1000)]
_Long = Annotated[str, text(max_length=4000)]
_Purpose = Annotated[str, text(min_length=1, max_length=4000)]


class AppIn(_Lenient):
    file: _Optional
    package: _Package
    label: _Optional | None = None
    version_name: _Optional | None = None
    sha256: str = Field(default="", pattern=r"^[0-9a-f]{0,64}$")


class CollectedIn(_Lenient):
    pi: str
    scenario: _Short
    purpose: _Purpose
    collected_by: _Short
    source: _Optional


class SharedIn(_Lenient):
    sdk: _Short
    recipient: _Short
    country: str = Field(pattern=r"^[A-Z]{2}$")
    pi: list[str] = Field(default_factory=list)
    purpose: _Long = ""
    method: _Long = ""
    policy_title: _Optional | None = None
    policy_url: _Optional | None = None


class DraftsIn(_Lenient):
    collected: list[CollectedIn] = Field(default_factory=list)
    shared: list[SharedIn] = Field(default_factory=list)


class AppReportIn(_Lenient):
    """The parts of an app check report (``piplkit app check --format json``) the import reads."""

    report: str = Field(description='Always "piplkit app check".')
    as_of: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    app: AppIn
    drafts: DraftsIn


@dataclass(frozen=True, slots=True)
class AppImportSummary:
    system: str
    dataset: str
    activities_created: tuple[str, ...]
    activities_updated: tuple[str, ...]
    transfers_created: tuple[str, ...]
    transfers_updated: tuple[str, ...]
    stale_transfers: tuple[str, ...]


def load_app_report(path: Path) -> AppReportIn:
    """Read the JSON of ``piplkit app check --format json``; errors name the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(
            f"{path}: cannot read as UTF-8 text ({type(exc).__name__})"
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    return app_report_from(data, str(path))


def app_report_from(data: Any, where: str) -> AppReportIn:
    """Validate an app check report already parsed from JSON (a file, an API body)."""
    if not isinstance(data, dict) or data.get("report") != REPORT_MARK:
        raise InvalidInputError(
            f"{where}: not an app check report (make one with "
            "`piplkit app check APP.apk --format json -o report.json`)"
        )
    return check_app_report(validate(AppReportIn, data, where), where)


def check_app_report(report: AppReportIn, where: str) -> AppReportIn:
    """What the JSON shape cannot say: the report kind, and PI types the catalogue knows."""
    if report.report != REPORT_MARK:
        raise InvalidInputError(f"{where}: report: not an app check report "
                                f"(expected {REPORT_MARK!r})")
    known = set(load_catalogue().types)
    for i, row in enumerate(report.drafts.collected):
        if row.pi not in known:
            raise InvalidInputError(
                f"{where}: drafts.collected[{i}].pi: unknown PI type {_shown(row.pi)}")
    for i, shared in enumerate(report.drafts.shared):
        unknown = sorted(set(shared.pi) - known)
        if unknown:
            raise InvalidInputError(
                f"{where}: drafts.shared[{i}].pi: unknown PI types "
                f"[{', '.join(_shown(u) for u in unknown[:5])}]")
    return report


def _shown(value: str) -> str:
    """A type id from the input, made printable and short for a one-line message."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in value)[:60]
    return repr(clean)


def _clip(name: str) -> str:
    return name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1] + "…"


def _find(session: Session, model: type[Any], name: str) -> Any:
    return session.scalars(select(model).where(model.name == name)).one_or_none()


def import_app(
    session: Session,
    report: AppReportIn,
    *,
    organisation: str | None = None,
    system: str | None = None,
    source: str = "",
) -> AppImportSummary:
    """Create or update the app's system, dataset, activities, recipients and transfers."""
    cat = load_catalogue()
    org = organisations.get(session, organisation) if organisation else None
    app = report.app
    app_name = app.label or app.package
    sys_name = _clip(system or f"App {app_name}")
    target_system = _find(session, System, sys_name)
    if target_system is None:
        target_system = System(name=sys_name, description=f"{DRAFT_MARK}: {app.package}")
        session.add(target_system)
    if org is not None:
        target_system.organisation = org

    dataset_name = _clip(f"app:{app.package}")
    dataset = _find(session, Dataset, dataset_name)
    if dataset is None:
        dataset = Dataset(name=dataset_name)
        session.add(dataset)
    types = list(dict.fromkeys(
        [r.pi for r in report.drafts.collected] + [t for s in report.drafts.shared for t in s.pi]
    ))
    types = [t for t in cat.types if t in types]  # catalogue order
    sensitive = {t for t in types if cat.types[t].sensitive}
    dataset.system = target_system
    dataset.kind = "app"
    dataset.source = app.file
    dataset.categories = types
    dataset.sensitivity = (Sensitivity.SENSITIVE if sensitive
                           else Sensitivity.PI if types else Sensitivity.NONE)
    dataset.description = (f"{DRAFT_MARK} {report.as_of}: {app.package} "
                           f"{app.version_name or ''} sha256 {app.sha256[:16]}").strip()
    columns = [
        validate(ColumnIn, {"name": t, "pi_type": t, "sensitive": t in sensitive},
                 f"columns[{i}]")
        for i, t in enumerate(types)
    ]
    set_columns(session, dataset, columns)
    session.flush()

    scenarios: dict[str, tuple[str, list[str]]] = {}
    for row in report.drafts.collected:
        purpose, pis = scenarios.setdefault(row.scenario, (row.purpose, []))
        if row.pi not in pis:
            pis.append(row.pi)
    act_created: list[str] = []
    act_updated: list[str] = []
    activity_by_sdk: dict[str, ProcessingActivity] = {}
    for scenario, (purpose, pis) in scenarios.items():
        name = _clip(f"{app_name} · {scenario}")
        act = _find(session, ProcessingActivity, name)
        if act is None:
            act = ProcessingActivity(name=name, purpose=purpose, legal_basis=LegalBasis.CONSENT,
                                     description=f"{DRAFT_MARK}: purpose to confirm")
            session.add(act)
            act_created.append(name)
        else:
            act_updated.append(name)
        if org is not None:
            act.organisation = org
        act.pi_categories = pis
        if dataset not in act.datasets:
            act.datasets.append(dataset)
        for row in report.drafts.collected:
            if row.scenario == scenario and row.collected_by != "app":
                activity_by_sdk[row.collected_by] = act
    session.flush()

    tr_created: list[str] = []
    tr_updated: list[str] = []
    current: set[str] = set()
    for share in report.drafts.shared:
        recipient = _find(session, Recipient, _clip(share.recipient))
        if recipient is None:
            recipient = Recipient(name=_clip(share.recipient), role=RecipientRole.THIRD_PARTY,
                                  country=share.country,
                                  description=" ".join(x for x in (share.policy_title,
                                                                   share.policy_url) if x) or None)
            session.add(recipient)
            session.flush()
        name = _clip(f"{app_name} → {share.sdk}")
        current.add(name)
        transfer = _find(session, Transfer, name)
        if transfer is None:
            transfer = Transfer(
                name=name, dataset=dataset, recipient=recipient,
                purpose=TransferPurpose.OTHER,
                mechanism=(TransferMechanism.DOMESTIC if share.country == "CN"
                           else TransferMechanism.UNDECIDED),
                filing_references=[],
                # drafts from the catalogue: set once, then the people's to confirm or edit
                purpose_description=share.purpose or None,
                description=share.method or None,
            )
            session.add(transfer)
            tr_created.append(name)
        else:
            tr_updated.append(name)
        transfer.dataset = dataset
        transfer.recipient = recipient
        transfer.pi_categories = list(share.pi)
        if share.sdk in activity_by_sdk:
            transfer.activity = activity_by_sdk[share.sdk]
    session.flush()
    prefix = f"{app_name} → "
    stale = sorted(
        t.name for t in session.scalars(select(Transfer).where(Transfer.dataset_id == dataset.id))
        if t.name.startswith(prefix) and t.name not in current
    )
    record_event(session, "import_app", "dataset", dataset.name, {
        "source": source, "as_of": report.as_of, "package": app.package,
        "activities_created": act_created, "transfers_created": tr_created, "stale": stale,
    })
    return AppImportSummary(sys_name, dataset.name, tuple(act_created), tuple(act_updated),
                            tuple(tr_created), tuple(tr_updated), tuple(stale))


def sharing_declarations(session: Session, organisation: str | None = None) -> list[DeclaredShare]:
    """The register's sharing list: each transfer's recipient and the PI types it receives."""
    out = []
    for t in session.scalars(select(Transfer).order_by(Transfer.name)):
        if organisation is not None:
            owner: Organisation | None = None
            if t.dataset.system is not None:
                owner = t.dataset.system.organisation
            if owner is None and t.activity is not None:
                owner = t.activity.organisation
            if owner is not None and owner.name != organisation:
                continue
        pi = (set(t.pi_categories) if t.pi_categories
              else {c.pi_type for c in t.dataset.columns if c.pi_type})
        names = [t.recipient.name]
        if t.recipient.description:
            names.append(t.recipient.description)
        out.append(DeclaredShare(" ".join(names), frozenset(pi)))
    return out
