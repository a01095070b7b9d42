"""The app check in the browser: upload an APK (and its policy), read the report, import drafts.

``/apps/check`` is the upload form (APK, optional privacy policy, one of the 39 app types, an
optional comparison with the register's sharing list). The upload is streamed to a private
temporary folder with the server's limits (:mod:`piplkit.platform.service.uploads`) and checked
through the service layer, like the REST endpoint; the folder is removed however the request ends.
The finished report is kept for the user who ran it (:mod:`piplkit.faces.web.app_report_view`) and
shown at ``/apps/reports/{id}``, with downloads (JSON, HTML, PDF, DOCX) and the import of the draft
double list into the register, which asks for a confirmation first. Editors only, as uploads and
imports are for the REST API.
"""

from __future__ import annotations

import hmac
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from piplkit.discover.containers.zipguard import size_text
from piplkit.faces.web.app_report_view import Entry, store, view
from piplkit.faces.web.auth import CSRF_FIELD, Forbidden, form_user, page, page_user
from piplkit.faces.web.render import attachment, language, render
from piplkit.map.register.errors import NotFoundError, RegisterError
from piplkit.map.register.repository import organisations
from piplkit.platform.auth.models import Role
from piplkit.platform.auth.service import Principal
from piplkit.platform.service import app_check as svc
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.i18n import Lang, translate
from piplkit.platform.service.uploads import UploadError, receive_upload, upload_folder

router = APIRouter()
CHECK_PATH = "/apps/check"
Editor = Annotated[Principal, Depends(page_user(Role.EDITOR))]
EditorForm = Annotated[dict[str, Any], Depends(form_user(Role.EDITOR))]
FORMATS = ("json", "html", "pdf", "docx")


def _type_options(lang: Lang) -> list[dict[str, str]]:
    """The 39 types, each with both names (the page's language first)."""
    out = []
    for t in svc.app_types():
        first, second = (t.name_zh, t.name_en) if lang == "zh" else (t.name_en, t.name_zh)
        out.append({"value": t.id, "label": f"{t.number} · {first} · {second}"})
    return out


def _organisations(request: Request) -> list[str]:
    with backend(request).read() as session:
        return [o.name for o in organisations.list(session)]


def _form_page(request: Request, *, error: str | None = None, status: int = 200,
               values: dict[str, str] | None = None) -> HTMLResponse:
    lang = language(request)
    settings = request.app.state.settings
    spec = svc.upload_spec(settings.max_apk_bytes)
    return render(
        request, "app_check_form.html", status=status, error=error,
        types=_type_options(lang), orgs=_organisations(request), values=values or {},
        max_apk=settings.max_apk_bytes, max_apk_text=size_text(settings.max_apk_bytes),
        max_policy_text=size_text(spec.files["policy"]),
    )


def _sharing_list(request: Request, organisation: str | None) -> list[svc.DeclaredShare]:
    with backend(request).read() as session:
        return svc.sharing_list(session, organisation)


def _clean(message: str, folder: Path) -> str:
    return re.sub(re.escape(str(folder)) + r"(/part-\d+)?/?", "", message)


@router.get(CHECK_PATH, response_class=HTMLResponse, **page(Role.EDITOR))
def check_form(request: Request, _user: Editor) -> Response:
    return _form_page(request)


@router.post(CHECK_PATH, **page(Role.EDITOR))
async def check_upload(request: Request, user: Editor) -> Response:
    """Stream the upload to disk, check it, keep the report and show it (303 to its page)."""
    lang = language(request)
    settings = request.app.state.settings
    spec = svc.upload_spec(settings.max_apk_bytes, frozenset({CSRF_FIELD}))
    with upload_folder("piplkit-app-") as folder:
        try:
            upload = await receive_upload(request, folder, spec)
        except UploadError as exc:
            message = translate(lang, "appcheck.failed", message=str(exc))
            return _form_page(request, error=message, status=exc.status)
        if not hmac.compare_digest(upload.fields.get(CSRF_FIELD, ""), request.state.csrf):
            raise Forbidden
        values = {k: upload.fields.get(k, "") for k in ("type", "compare_register",
                                                         "organisation")}
        apk = upload.files.get("apk")
        if apk is None:
            return _form_page(request, error=translate(lang, "appcheck.no_apk"), status=422,
                              values=values)
        policy = upload.files.get("policy")
        try:
            kind = svc.app_type(values["type"]) if values["type"] else None
            declared = None
            if values["compare_register"]:
                declared = await run_in_threadpool(_sharing_list, request,
                                                   values["organisation"] or None)
            report = await svc.run_limited(request, lambda: svc.run_check(
                apk.path, policy=policy.path if policy else None, kind=kind, declared=declared))
        except (svc.AppCheckError, NotFoundError) as exc:
            message = translate(lang, "appcheck.failed", message=_clean(str(exc), folder))
            return _form_page(request, error=message, status=422, values=values)
    key = store(request).put(user.name, report)
    return RedirectResponse(f"/apps/reports/{key}", status_code=303)


def _entry(request: Request, key: str, user: Principal) -> Entry:
    entry = store(request).get(key, user.name)
    if entry is None:
        raise NotFoundError(translate(language(request), "appcheck.expired"))
    return entry


@router.get("/apps/reports/{key}", response_class=HTMLResponse, **page(Role.EDITOR))
def report_page(request: Request, key: str, user: Editor) -> Response:
    return _report_page(request, key, _entry(request, key, user))


def _report_page(request: Request, key: str, entry: Entry, *, error: str | None = None,
                 status: int = 200) -> HTMLResponse:
    lang = language(request)
    data = view(entry.report, lang)
    name = data["app"]["label"] or data["app"]["package"]
    return render(
        request, "app_check_report.html", status=status, key=key, r=data, error=error,
        imported=entry.imported, orgs=_organisations(request),
        default_system=f"App {name}", formats=FORMATS,
    )


@router.get("/apps/reports/{key}/download", **page(Role.EDITOR))
def download(
    request: Request,
    key: str,
    user: Editor,
    format: Annotated[str, Query()] = "json",
    lang: Annotated[str | None, Query()] = None,
) -> Response:
    from piplkit.assess.documents import ReportError

    entry = _entry(request, key, user)
    page_lang = language(request)
    if format not in FORMATS or lang not in (None, "zh", "en"):
        return render(request, "error.html", status=422,
                      message=translate(page_lang, "appcheck.bad_download"))
    fmt: svc.Format = format  # type: ignore[assignment]
    doc_lang = lang or page_lang
    try:
        data = svc.render_report(entry.report, fmt, doc_lang)
    except ReportError as exc:
        return render(request, "error.html", status=503, message=str(exc))
    return attachment(data, svc.report_filename(entry.report, fmt, doc_lang), svc.FORMATS[fmt])


@router.post("/apps/reports/{key}/import", **page(Role.EDITOR))
def import_drafts(request: Request, key: str, posted: EditorForm) -> Response:
    user: Principal = posted["principal"]
    form: dict[str, str] = posted["form"]
    entry = _entry(request, key, user)
    lang = language(request)
    if form.get("confirm") != "yes":
        return _report_page(request, key, entry, status=422,
                            error=translate(lang, "appcheck.confirm_needed"))
    try:
        parsed = svc.report_from_json(entry.report.to_dict(lang), "report")
        with backend(request).write(actor("web", user)) as session:
            entry.imported = svc.import_report(
                session, parsed, organisation=form.get("organisation") or None,
                system=form.get("system", "").strip() or None,
                source=f"web: {entry.report.apk.file_name}")
    except RegisterError as exc:
        return _report_page(request, key, entry, status=422,
                            error=translate(lang, "appcheck.failed", message=str(exc)))
    return RedirectResponse(f"/apps/reports/{key}#import", status_code=303)
