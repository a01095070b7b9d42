"""Scan endpoints: import a scan report, or upload one file to scan and import.

An uploaded file is written to a private temporary folder, scanned in a child process with a
memory and a time limit (:mod:`piplkit.discover.scan.isolated`; whatever the file makes the scan
take is never the server's) and deleted; a limit hit answers 413. The datasets are named after the
uploaded file name, never the temporary path. Responses carry masked previews and counts only, as
scan reports do.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile

from piplkit.discover.scan.report import ScanReport
from piplkit.faces.api.security import current, guard
from piplkit.map.register.scan_import import ImportSummary, import_scan
from piplkit.map.register.schemas import validate
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend

router = APIRouter(prefix="/scans", tags=["scans"])

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_filename(name: str | None) -> str:
    """The last path component with anything but word characters, dots and dashes replaced."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    clean = _UNSAFE.sub("_", base).strip("._")[:120]
    return clean or "upload"


def _summary(s: ImportSummary) -> dict[str, Any]:
    return {
        "created": list(s.created),
        "updated": list(s.updated),
        "columns": s.columns,
        "pi_columns": s.pi_columns,
    }


@router.post(
    "/import",
    summary="Import a scan report (JSON from `piplkit scan --format json`)",
    **guard(Role.EDITOR),
)
def import_report(
    request: Request,
    report: ScanReport,
    system: Annotated[str | None, Query(description="Attach datasets to this system.")] = None,
) -> dict[str, Any]:
    who = current(request)
    target = system
    with backend(request).write(actor("api", who)) as session:
        summary = import_scan(session, report, system=target, source="api upload")
    return _summary(summary)


@router.post(
    "/run",
    summary="Upload one file, scan it, and (by default) import the result",
    **guard(Role.EDITOR),
)
def run_scan(
    request: Request,
    file: Annotated[UploadFile, File(description="CSV, XLSX, JSON, Parquet, DOCX, PDF, text.")],
    system: Annotated[str | None, Form(description="Attach datasets to this system.")] = None,
    do_import: Annotated[
        bool, Form(alias="import", description="Import into the register.")
    ] = True,
    as_of: Annotated[dt.date | None, Form(description="Evaluation date for ages.")] = None,
) -> dict[str, Any]:
    from piplkit.discover.scan.isolated import IsolationLimits, ScanLimitError, scan_isolated

    settings = request.app.state.settings
    limits = IsolationLimits(settings.scan_memory_bytes, settings.scan_seconds)
    who = current(request)
    name = safe_filename(file.filename)
    with tempfile.TemporaryDirectory(prefix="piplkit-scan-") as folder:
        path = Path(folder) / name
        with path.open("wb") as fh:
            while chunk := file.file.read(1024 * 1024):
                fh.write(chunk)
        try:
            data = scan_isolated(path, as_of=as_of or dt.date.today(), limits=limits)
        except ScanLimitError as exc:
            status = 413 if exc.kind in ("memory", "time") else 422
            raise HTTPException(status, f"{name}: {exc}") from None
    prefix = folder.rstrip("/") + "/"
    for entry in data.get("files", []):
        entry["path"] = str(entry.get("path", "")).removeprefix(prefix)
    errors = data.get("summary", {}).get("errors", [])
    for err in errors:
        err["path"] = str(err.get("path", "")).removeprefix(prefix)
        err["message"] = str(err.get("message", "cannot be scanned")).replace(prefix, "")
    if not data.get("files") and errors:
        message = errors[0]["message"] or "cannot be scanned"
        raise HTTPException(422, message if message.startswith(name) else f"{name}: {message}")
    out: dict[str, Any] = {"report": data, "imported": None}
    if do_import:
        report = validate(ScanReport, data, name)
        with backend(request).write(actor("api", who)) as session:
            out["imported"] = _summary(
                import_scan(session, report, system=system, source=f"upload {name}")
            )
    return out
