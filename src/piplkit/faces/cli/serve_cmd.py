"""``piplkit serve``: the web UI and REST API on one local port (uvicorn).

Binds to 127.0.0.1 by default. Behind an https reverse proxy, pass ``--proxy`` so the
forwarded scheme is trusted and cookies get the Secure flag. uvicorn's access log is off: it
would log full paths and queries; piplkit logs method, route template, status and time instead.
"""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.options import TypesFileOption, install_register_types, install_types_file
from piplkit.faces.cli.register_cmd import DbOption
from piplkit.map.register import RegisterError, open_register
from piplkit.map.register.db import display_url


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    db: DbOption = None,
    proxy: Annotated[
        bool,
        typer.Option("--proxy", help="Trust X-Forwarded-* from a local reverse proxy (https)."),
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option("--secure-cookies", help="Always mark cookies Secure.")
    ] = False,
    types_file: TypesFileOption = None,
    scan_memory_mb: Annotated[
        int,
        typer.Option(
            "--scan-memory-mb", min=256, help="Address space of the process scanning an upload."
        ),
    ] = 1536,
    scan_timeout: Annotated[
        float, typer.Option("--scan-timeout", min=1, help="Seconds an upload scan may take.")
    ] = 300.0,
    max_apk_mb: Annotated[
        int,
        typer.Option("--max-apk-mb", min=1, help="Largest APK the app check accepts (413 beyond)."),
    ] = 1024,
) -> None:
    """Serve the web UI (/) and the REST API (/api/v1, docs at /docs).

    New API tokens live $PIPLKIT_TOKEN_DAYS days by default (90) and at most
    $PIPLKIT_TOKEN_MAX_DAYS (365)."""
    import uvicorn

    from piplkit.faces.cli.user_cmd import token_policy
    from piplkit.faces.server import create_app
    from piplkit.platform.service.settings import Settings

    policy = token_policy()

    try:
        reg = open_register(db)
    except RegisterError as exc:
        fail(str(exc))
    install_register_types(reg)
    install_types_file(types_file)
    settings = Settings(
        secure_cookies=secure_cookies,
        token_policy=policy,
        scan_memory_bytes=scan_memory_mb * 1024 * 1024,
        scan_seconds=scan_timeout,
        max_apk_bytes=max_apk_mb * 1024 * 1024,
    )
    app = create_app(reg, settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    typer.echo(
        f"piplkit web UI on http://{host}:{port}/  (API docs: /docs; register: "
        f"{display_url(str(reg.engine.url))})",
        err=True,
    )
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            access_log=False,
            proxy_headers=proxy,
            forwarded_allow_ips="127.0.0.1" if proxy else None,
            log_level="info",
        )
    finally:
        reg.dispose()
