"""App check endpoints: upload an APK (and its privacy policy) for the report; import its drafts.

``POST /apps/check`` streams the multipart upload to a private temporary folder with hard
limits (:mod:`piplkit.platform.service.uploads`: 413 the moment the APK passes the server's limit,
never the whole body in memory), runs the check in a worker thread (at most
``Settings.app_check_workers`` at once) and removes the folder however the request ends. Errors name
the uploaded file (never the temporary path) and the part of it that failed, as the CLI's do. ``POST
/apps/import`` takes the report JSON and adds its draft collected-PI list and sharing list to the
register, as ``piplkit register import-app`` does, in one audited transaction.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from piplkit.faces.api.errors import ErrorBody
from piplkit.faces.api.openapi import UNAVAILABLE
from piplkit.faces.api.security import current, guard
from piplkit.map.register.app_import import AppReportIn
from piplkit.platform.auth.models import Role
from piplkit.platform.service import app_check as svc
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.export import attachment_headers
from piplkit.platform.service.i18n import Lang
from piplkit.platform.service.uploads import Upload, UploadError, receive_upload, upload_folder

router = APIRouter(prefix="/apps", tags=["apps"])
CHECK_PATH = "/apps/check"
Format = Literal["json", "html", "pdf", "docx"]
_TRUE = {"true", "1", "on", "yes"}
_FALSE = {"false", "0", "off", "no", ""}

_UPLOAD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["apk"],
    "additionalProperties": False,
    "properties": {
        "apk": {"type": "string", "format": "binary",
                "description": "The APK (up to the server's limit, 1 GiB by default)."},
        "policy": {"type": "string", "format": "binary",
                   "description": "The privacy policy: .html/.htm, .txt/.md, .pdf or .docx "
                                  "(up to 20 MiB)."},
        "type": {"type": "string", "maxLength": 200,
                 "description": "One of the 39 app types (GET /apps/types): id, number or "
                                "Chinese name. Adds the necessary-scope findings."},
        "compare_register": {"type": "boolean", "default": False,
                             "description": "Also count SDKs in the register's third-party "
                                            "sharing list as disclosed."},
        "organisation": {"type": "string", "maxLength": 200,
                         "description": "With compare_register: only this organisation's "
                                        "sharing list."},
    },
}
_REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "The app check report (docs/apps.md): findings with severity, citations, "
                   "evidence and fix; permissions; SDKs; PI; policy elements; manual checks; "
                   "draft double list (the body of POST /apps/import).",
    "required": ["report", "version", "as_of", "lang", "app", "summary", "findings",
                 "manual_checks", "drafts"],
}


def _check_route() -> dict[str, Any]:
    kwargs = guard(Role.EDITOR)
    kwargs["openapi_extra"] = {
        **kwargs["openapi_extra"],
        "requestBody": {"required": True,
                        "content": {"multipart/form-data": {"schema": _UPLOAD_SCHEMA}}},
    }
    return kwargs


def _flag(upload: Upload, name: str) -> bool:
    value = upload.fields.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise HTTPException(422, f"{name}: must be true or false")


def _clean(message: str, folder: Path) -> str:
    """An error message without the temporary folder (the file names stay)."""
    return re.sub(re.escape(str(folder)) + r"(/part-\d+)?/?", "", message)


@router.get("/types", summary="The 39 app types of the 2021 necessary-scope Provisions",
            **guard(Role.VIEWER))
def types() -> list[dict[str, Any]]:
    return [
        {"number": t.number, "id": t.id, "name_zh": t.name_zh, "name_en": t.name_en,
         "article": t.article, "necessary_pi": sorted(t.necessary_types()),
         "needs_no_pi": t.needs_no_pi, "verified": t.verified}
        for t in svc.app_types()
    ]


@router.post(
    "/check",
    summary="Upload an APK (and its privacy policy): the app check report",
    description="Multipart upload, streamed to disk with hard limits (413 beyond). The report "
                "is JSON by default; `format=html|pdf|docx` returns the document instead.",
    response_class=Response,
    responses={
        200: {"description": "The report", "content": {
            "application/json": {"schema": _REPORT_SCHEMA},
            "text/html": {}, "application/pdf": {}, svc.FORMATS["docx"]: {}}},
        415: {"model": ErrorBody, "description": "The body is not multipart/form-data"},
        **UNAVAILABLE,
    },
    **_check_route(),
)
async def check(
    request: Request,
    format: Annotated[Format, Query(description="json (default), html, pdf or docx.")] = "json",
    lang: Annotated[Lang, Query(description="Report language.")] = "zh",
) -> Response:
    from piplkit.assess.documents import ReportError

    settings = request.app.state.settings
    with upload_folder("piplkit-app-") as folder:
        try:
            upload = await receive_upload(request, folder, svc.upload_spec(settings.max_apk_bytes))
        except UploadError as exc:
            raise HTTPException(exc.status, str(exc), headers={"Connection": "close"}) from None
        apk = upload.files.get("apk")
        if apk is None:
            raise HTTPException(422, "apk: required file is missing")
        policy = upload.files.get("policy")
        try:
            raw_type = upload.fields.get("type", "").strip()
            kind = svc.app_type(raw_type) if raw_type else None
            declared = None
            if _flag(upload, "compare_register"):
                with backend(request).read() as session:
                    declared = svc.sharing_list(session, upload.fields.get("organisation"))
            report = await svc.run_limited(
                request, lambda: svc.run_check(
                    apk.path, policy=policy.path if policy else None, kind=kind,
                    declared=declared))
            if format == "json":
                return JSONResponse(report.to_dict(lang))
            data = await svc.run_limited(request, svc.render_report, report, format, lang)
        except svc.AppCheckError as exc:
            raise HTTPException(422, _clean(str(exc), folder)) from None
        except ReportError as exc:
            raise HTTPException(503, str(exc)) from None
    return Response(data, media_type=svc.FORMATS[format],
                    headers=attachment_headers(svc.report_filename(report, format, lang)))


@router.post(
    "/import",
    summary="Import an app check's draft double list into the register",
    description="The body is the JSON report of POST /apps/check (or `piplkit app check "
                "--format json`). Creates or updates the app's system, dataset, processing "
                "activities, recipients and transfers, like `piplkit register import-app`.",
    **guard(Role.EDITOR),
)
def import_drafts(
    request: Request,
    report: AppReportIn,
    organisation: Annotated[
        str | None, Query(max_length=200, description="The organisation running the app.")
    ] = None,
    system: Annotated[
        str | None, Query(max_length=200, description="System name (default `App <name>`).")
    ] = None,
) -> dict[str, Any]:
    who = current(request)
    with backend(request).write(actor("api", who)) as session:
        summary = svc.import_report(session, report, organisation=organisation, system=system,
                                    source=f"api: {report.app.file}", where="body")
    return svc.summary_dict(summary)
