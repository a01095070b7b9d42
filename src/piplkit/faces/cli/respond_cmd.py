"""``piplkit dsr|consent|incident|audit``: rights requests, consents, incidents, the audit chain.

Adds the four command groups, one module each, to the ``piplkit`` app. Thin: the behaviour is in
``piplkit.respond`` (the same functions the REST API calls).
"""

from __future__ import annotations

import typer

from piplkit.faces.cli import (
    respond_audit_cmd,
    respond_consent_cmd,
    respond_dsr_cmd,
    respond_incident_cmd,
)


def register(root: typer.Typer) -> None:
    root.add_typer(respond_dsr_cmd.app, name="dsr")
    root.add_typer(respond_consent_cmd.app, name="consent")
    root.add_typer(respond_incident_cmd.app, name="incident")
    root.add_typer(respond_audit_cmd.app, name="audit")
