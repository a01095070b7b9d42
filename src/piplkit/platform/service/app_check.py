"""The app check as every face runs it: the command line, the REST API and the web page.

One entry point so that the three faces cannot drift apart: the same app-type validation, the
same comparison with the register's sharing list, the same report files (JSON, HTML, PDF, DOCX)
and the same import of the draft double list into the register. The servers also share the
upload limits (:func:`upload_spec`) and a cap on checks running at once
(:func:`run_limited`): a check holds about one inflated dex file in memory, so the cap bounds
what concurrent uploads can make the server take.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from piplkit.assess.law.app_scope import AppType, load_app_scope
from piplkit.discover.apps.archive import ApkLimits
from piplkit.discover.apps.check import check_app
from piplkit.discover.apps.errors import AppCheckError
from piplkit.discover.apps.policy_check import DeclaredShare
from piplkit.discover.apps.policy_text import MAX_BYTES as MAX_POLICY_BYTES
from piplkit.discover.apps.report import AppReport

if TYPE_CHECKING:  # the register and the HTTP stack load only when a face needs them
    from sqlalchemy.orm import Session

    from piplkit.map.register.app_import import AppImportSummary, AppReportIn
    from piplkit.platform.service.backend import HasApp
    from piplkit.platform.service.uploads import UploadSpec

__all__ = [
    "FORMATS",
    "AppCheckError",
    "DeclaredShare",
    "app_type",
    "app_types",
    "import_report",
    "render_report",
    "report_filename",
    "report_from_json",
    "run_check",
    "run_limited",
    "sharing_list",
    "summary_dict",
    "upload_spec",
]

Format = Literal["json", "html", "pdf", "docx"]
#: Report formats and their media types.
FORMATS: dict[Format, str] = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: Text fields of the upload form (REST and web); the web form adds its CSRF token.
UPLOAD_FIELDS = frozenset({"type", "compare_register", "organisation"})
T = TypeVar("T")


def app_types() -> tuple[AppType, ...]:
    """The 39 app types of the 2021 Provisions, in their order."""
    return tuple(load_app_scope().types)


def app_type(value: str, field: str = "type") -> AppType:
    """One of the 39 types by id, number or Chinese name; AppCheckError naming ``field``."""
    try:
        return load_app_scope().get(value.strip())
    except KeyError:
        shown = "".join(ch if ch.isprintable() else "?" for ch in value)[:60]
        raise AppCheckError(
            f"{field}: {shown!r} is not one of the 39 app types (an id such as "
            "map_navigation, a number 1-39 or the Chinese name)"
        ) from None


def sharing_list(session: Session, organisation: str | None = None) -> list[DeclaredShare]:
    """The register's third-party sharing list (of ``organisation``, which must exist)."""
    from piplkit.map.register.app_import import sharing_declarations
    from piplkit.map.register.repository import organisations

    if organisation:
        organisations.get(session, organisation)  # NotFoundError for a name not in the register
    return sharing_declarations(session, organisation or None)


def run_check(
    apk: Path,
    *,
    policy: Path | None = None,
    kind: AppType | None = None,
    declared: list[DeclaredShare] | None = None,
    as_of: dt.date | None = None,
    limits: ApkLimits | None = None,
) -> AppReport:
    """Check ``apk`` (with its ``policy``); :class:`AppCheckError` names what is wrong.

    ``kind`` is the app type (:func:`app_type`); ``declared`` is the register's sharing list
    (None: the register is not consulted).
    """
    return check_app(
        apk,
        policy=policy,
        app_type=kind.id if kind else None,
        declared=declared,
        as_of=as_of,
        limits=limits or ApkLimits.from_env(),
    )


def render_report(report: AppReport, fmt: Format, lang: str) -> bytes:
    """The report as a file in ``fmt``; ``ReportError`` when PDF output is not available."""
    if fmt == "json":
        text = json.dumps(report.to_dict(lang), ensure_ascii=False, indent=2) + "\n"
        return text.encode("utf-8")
    from piplkit.assess.documents import render
    from piplkit.discover.apps.document import build_app_report

    return render(build_app_report(report, lang), fmt)


def report_filename(report: AppReport, fmt: Format, lang: str) -> str:
    """``citymap-app-check-zh.pdf``: named after the APK, never a temporary path."""
    stem = Path(report.apk.file_name).stem or "app"
    return f"{stem}-app-check-{lang}.{fmt}"


def import_report(
    session: Session,
    report: AppReportIn,
    *,
    organisation: str | None = None,
    system: str | None = None,
    source: str = "",
    where: str = "report",
) -> AppImportSummary:
    """The report's draft collected-PI and sharing lists into the register (audited).

    ``where`` names the report in errors (a file name, ``body``); ``source`` goes into the
    audit entry.
    """
    from piplkit.map.register.app_import import check_app_report, import_app
    from piplkit.map.register.checks import check as check_text
    from piplkit.map.register.errors import InvalidInputError
    from piplkit.map.register.models import NAME_LENGTH

    check_app_report(report, where)
    for field, value in (("organisation", organisation), ("system", system)):
        if value:
            check_text(value, field, multiline=False)
    if system and len(system.strip()) > NAME_LENGTH:
        raise InvalidInputError(f"system: longer than {NAME_LENGTH} characters")
    return import_app(session, report, organisation=organisation or None,
                      system=system.strip() if system and system.strip() else None,
                      source=source)


def report_from_json(data: Any, where: str) -> AppReportIn:
    """An app check report's JSON (a file's, a request body's) validated for the import."""
    from piplkit.map.register.app_import import app_report_from

    return app_report_from(data, where)


def summary_dict(summary: AppImportSummary) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(summary).items()}


def upload_spec(max_apk_bytes: int, extra_fields: frozenset[str] = frozenset()) -> UploadSpec:
    """The app check's upload: the APK (up to the server's limit) and an optional policy."""
    from piplkit.platform.service.uploads import UploadSpec

    return UploadSpec(
        files={"apk": max_apk_bytes, "policy": MAX_POLICY_BYTES},
        fields=UPLOAD_FIELDS | extra_fields,
    )


async def run_limited(request: HasApp, func: Callable[..., T], *args: Any) -> T:
    """Run ``func(*args)`` in a worker thread, at most ``app_check_workers`` at a time."""
    import anyio.to_thread

    state = request.app.state
    limiter = getattr(state, "app_check_limiter", None)
    if limiter is None:
        limiter = anyio.CapacityLimiter(max(1, state.settings.app_check_workers))
        state.app_check_limiter = limiter
    return await anyio.to_thread.run_sync(lambda: func(*args), limiter=limiter)
