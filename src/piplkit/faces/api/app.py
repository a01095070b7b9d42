"""Assemble the REST API: routers under ``/api/v1``, error handlers, body limits, request log.

The request log names the method, the route *template* (``/api/v1/datasets/{name}``), the status
and the time, never the concrete path or query, which could contain personal information.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from sqlalchemy import text

from piplkit import __version__
from piplkit.faces.api import (
    apps,
    audit,
    calendar,
    consents,
    docs_pages,
    dsr,
    entities,
    errors,
    incidents,
    mlps,
    openapi,
    reports,
    scans,
    users,
)
from piplkit.faces.api.limits import BodyLimit, NoNulInUrl
from piplkit.faces.api.security import guard
from piplkit.map.register.store import Register
from piplkit.platform.service.backend import Backend, backend
from piplkit.platform.service.settings import Settings

PREFIX = "/api/v1"
log = logging.getLogger("piplkit.faces.api")

DESCRIPTION = """\
The piplkit register of processing over HTTP: systems, datasets, processing activities,
recipients and transfers; scan import; app check (APK upload); assessment; RoPA and
double-list exports.

Authenticate with `Authorization: Bearer <token>` (`piplkit user token create NAME`). Viewers read,
editors also write, admins also manage users. Errors are JSON in one shape (`Error`):
`{"error": code, "detail": text}`, plus `errors` (validation) or `request_id` (500).
"""


def create_api(
    register: Register, settings: Settings | None = None, streamed: frozenset[str] = frozenset()
) -> FastAPI:
    """The API; ``streamed`` adds paths (of the web pages) whose handlers stream their uploads."""
    settings = settings or Settings()
    app = FastAPI(
        title="piplkit",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{PREFIX}/openapi.json",
    )
    app.state.backend = Backend(register)
    app.state.settings = settings
    errors.install(app, PREFIX)
    for segment in entities.ENTITY_PATHS:
        app.include_router(entities.entity_router(segment, settings), prefix=PREFIX)
    app.include_router(reports.router, prefix=PREFIX)
    app.include_router(scans.router, prefix=PREFIX)
    app.include_router(apps.router, prefix=PREFIX)
    app.include_router(users.router, prefix=PREFIX)
    for respond_router in (dsr.router, consents.router, incidents.router, audit.router):
        app.include_router(respond_router, prefix=PREFIX)
    app.include_router(calendar.router, prefix=PREFIX)
    app.include_router(mlps.router, prefix=PREFIX)

    @app.get(
        f"{PREFIX}/health", tags=["meta"], summary="Liveness and database check", **guard(None)
    )
    def health(request: Request) -> dict[str, str]:
        with backend(request).read() as session:
            session.execute(text("SELECT 1"))
        return {"status": "ok", "version": __version__}

    @app.middleware("http")
    async def request_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        began = time.perf_counter()
        response = await call_next(request)
        log.info(
            "%s %s %d %.1fms",
            request.method,
            errors.route_template(request.scope, PREFIX),
            response.status_code,
            (time.perf_counter() - began) * 1000,
        )
        return response

    openapi.install(app)
    docs_pages.install(app, f"{PREFIX}/openapi.json", "piplkit")
    app.add_middleware(
        BodyLimit,
        limit=settings.max_body_bytes,
        overrides={f"{PREFIX}/scans/run": settings.max_upload_bytes},
        streamed=frozenset({f"{PREFIX}{apps.CHECK_PATH}"}) | streamed,
    )
    app.add_middleware(NoNulInUrl)
    return app
