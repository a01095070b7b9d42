"""``piplkit dsr|consent|incident|audit``: rights requests, consents, incidents, the audit chain.

Thin: parsing options and printing; the behaviour is in ``piplkit.respond`` (the same functions
the REST API calls). Output shows masked previews and keyed hashes, never identifiers.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from piplkit.cli.errors import fail, warn
from piplkit.cli.register_cmd import DbOption, opened
from piplkit.register.errors import InvalidInputError
from piplkit.service.keys import load_key

stdout = Console(highlight=False)
KeyOption = Annotated[
    Path | None,
    typer.Option("--key-file", help="File holding the HMAC key (default: $PIPLKIT_HMAC_KEY)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]

dsr_app = typer.Typer(
    help="Rights requests (PIPL Arts. 44-50): intake, states, deadlines.", no_args_is_help=True
)
consent_app = typer.Typer(
    help="Consent ledger: record, withdraw, check with proof.", no_args_is_help=True
)
incident_app = typer.Typer(
    help="Incidents: grade, deadlines in hours, report content.", no_args_is_help=True
)
audit_app = typer.Typer(
    help="The hash-chained audit trail: verify, log, head.", no_args_is_help=True
)


def register(root: typer.Typer) -> None:
    root.add_typer(dsr_app, name="dsr")
    root.add_typer(consent_app, name="consent")
    root.add_typer(incident_app, name="incident")
    root.add_typer(audit_app, name="audit")


def _instant(value: str | None, name: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        fail(f"{name}: not an ISO date-time (e.g. 2025-09-30T10:00:00+08:00)")
    if parsed.tzinfo is None:
        fail(f"{name}: needs a time zone (e.g. +08:00)")
    return parsed


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _load_json(path: Path) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text("utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"{path}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
    if not isinstance(data, dict):
        fail(f"{path}: the top level must be a JSON object")
    return data


# -- dsr --------------------------------------------------------------------------------------
@dsr_app.command("submit")
def dsr_submit(
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="access, copy, portability, correction, deletion, explanation, "
            "withdraw_consent, next_of_kin.",
        ),
    ],
    identifier_type: Annotated[
        str,
        typer.Option(
            "--id-type",
            help="cn_resident_id, cn_mobile, email, passport, hk_macau_permit, bank_card, "
            "cn_landline, account.",
        ),
    ],
    identifier: Annotated[
        str,
        typer.Option(
            "--id", help="The subject's identifier (validated, stored only as keyed hash + mask)."
        ),
    ],
    request_id: Annotated[
        str | None,
        typer.Option("--request-id", help="Idempotency key: resubmitting the same id is a no-op."),
    ] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option(
            "--scope", help="Purposes (withdraw_consent) or rights (next_of_kin); repeat."
        ),
    ] = None,
    requester_type: Annotated[str | None, typer.Option("--requester-id-type")] = None,
    requester: Annotated[
        str | None, typer.Option("--requester-id", help="Next of kin: the relative's identifier.")
    ] = None,
    relation: Annotated[
        str | None,
        typer.Option(
            "--relation",
            help="Next of kin: spouse, parent, child, sibling, grandparent, grandchild.",
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", help="Free text; PI found in it is masked before storage."),
    ] = None,
    received_at: Annotated[
        str | None, typer.Option("--received-at", help="ISO date-time with zone (default: now).")
    ] = None,
    channel: Annotated[str, typer.Option("--channel")] = "cli",
    organisation: Annotated[
        str | None,
        typer.Option("--organisation", help="The organisation (register name) addressed."),
    ] = None,
    key_file: KeyOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Record a rights request and compute its deadline."""
    from piplkit.respond import dsr

    payload: dict[str, Any] = {
        "request_id": request_id,
        "kind": kind,
        "identifier_type": identifier_type,
        "identifier": identifier,
        "scope": scope or [],
        "requester_identifier_type": requester_type,
        "requester_identifier": requester,
        "relation": relation,
        "note": note,
        "channel": channel,
        "organisation": organisation,
        "received_at": _instant(received_at, "--received-at"),
    }
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            result = dsr.submit(
                session, {k: v for k, v in payload.items() if v is not None}, key=key
            )
            data = dsr.to_dict(result.request)
    if as_json:
        _print_json({**data, "created": result.created})
        return
    verb = "recorded" if result.created else "already recorded (same request id and content)"
    stdout.print(f"{data['request_id']} {verb}: {data['kind']} for {data['identifier']}")
    stdout.print(f"due {data['due_on'] or '—'} ({data['deadline_note']})")


def _show_request(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json(data)
        return
    for name, value in data.items():
        if value not in (None, [], ""):
            stdout.print(f"{name}: {value}")


def _transition(action: str, request_id: str, db: str | None, as_json: bool, **kwargs: Any) -> None:
    from piplkit.respond import dsr

    with opened(db) as reg, reg.write() as session:
        record = getattr(dsr, action)(session, request_id, **kwargs)
        data = dsr.to_dict(record)
    _show_request(data, as_json) if as_json else stdout.print(f"{request_id}: {data['state']}")


@dsr_app.command("start-verification")
def dsr_start(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Move a request to 'verifying' (identity check under way)."""
    _transition("start_verification", request_id, db, as_json)


@dsr_app.command("verify")
def dsr_verify(
    request_id: str,
    method: Annotated[str, typer.Option("--method", help="How the identity was verified.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record the identity check; withdrawal requests are carried out at once."""
    _transition("verify_identity", request_id, db, as_json, method=method)


@dsr_app.command("complete")
def dsr_complete(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Mark a request answered."""
    _transition("complete", request_id, db, as_json)


@dsr_app.command("refuse")
def dsr_refuse(
    request_id: str,
    reason: Annotated[str, typer.Option("--reason", help="The reason (PIPL Art. 50).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Refuse a request, stating the reason."""
    _transition("refuse", request_id, db, as_json, reason=reason)


@dsr_app.command("close")
def dsr_close(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Close a completed or refused request."""
    _transition("close", request_id, db, as_json)


@dsr_app.command("show")
def dsr_show(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """One request with its deadline and history."""
    from piplkit.respond import dsr

    with opened(db) as reg, reg.read() as session:
        data = dsr.to_dict(dsr.get(session, request_id))
        data["history"] = [
            {
                "entry": e.id,
                "at": str(e.at),
                "actor": e.actor,
                "action": e.action,
                "changes": e.changes,
            }
            for e in dsr.history(session, request_id)
        ]
    _show_request(data, as_json)


@dsr_app.command("list")
def dsr_list(
    state: Annotated[str | None, typer.Option("--state")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """All requests (optionally in one state)."""
    from piplkit.respond import dsr
    from piplkit.respond.enums import RequestState

    try:
        wanted = RequestState(state) if state else None
    except ValueError:
        fail(f"--state: one of {', '.join(s.value for s in RequestState)}")
    with opened(db) as reg, reg.read() as session:
        rows = [dsr.to_dict(r) for r in dsr.list_requests(session, wanted)]
    if as_json:
        _print_json(rows)
        return
    table = Table("request", "kind", "state", "subject", "received", "due")
    for r in rows:
        table.add_row(
            r["request_id"],
            r["kind"],
            r["state"],
            r["identifier"],
            str(r["received_at"])[:16],
            r["due_on"] or "—",
        )
    stdout.print(table)


@dsr_app.command("alerts")
def dsr_alerts(
    today: Annotated[
        str | None, typer.Option("--today", help="YYYY-MM-DD (default: today in China).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Open requests that are overdue, due today, or have no deadline; exit 1 when overdue."""
    from piplkit.respond import dsr

    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        fail("--today: YYYY-MM-DD")
    with opened(db) as reg, reg.read() as session:
        found = [(a.level, a.days, dsr.to_dict(a.request)) for a in dsr.alerts(session, day)]
    if as_json:
        _print_json([{"level": lv, "days_late": d, "request": r} for lv, d, r in found])
    else:
        for level, days, r in found:
            late = f" ({days} day(s) late)" if level == "overdue" else ""
            stdout.print(f"{level}{late}: {r['request_id']} {r['kind']} due {r['due_on'] or '—'}")
        if not found:
            stdout.print("no open request is overdue or due today")
    if any(level == "overdue" for level, _, _ in found):
        raise typer.Exit(1)


@dsr_app.command("locate")
def dsr_locate(request_id: str, key_file: KeyOption = None, db: DbOption = None) -> None:
    """Where the subject's data is (ledger, datasets, their source files) — counts only."""
    from piplkit.respond import dsr
    from piplkit.respond.locate import locate

    with opened(db) as reg:
        key = load_key(key_file)
        with reg.read() as session:
            record = dsr.get(session, request_id)
            found = locate(session, record.subject_hash, record.identifier_type, key=key)
    _print_json(found.to_dict())


@dsr_app.command("package")
def dsr_package(
    request_id: str,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Base name: writes NAME.json and NAME.pdf.")
    ],
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Also write the Chinese PDF.")] = True,
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Write the access/copy package (JSON + Chinese PDF)."""
    from piplkit.documents.pdf_renderer import PdfUnavailable
    from piplkit.respond.package import build_package, package_json, package_pdf

    if not output.parent.is_dir():
        fail(f"{output.parent}: no such folder")
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.read() as session:
            package = build_package(session, request_id, key=key)
    json_path = output.with_suffix(".json")
    json_path.write_text(package_json(package), "utf-8")
    stdout.print(f"wrote {json_path}")
    if pdf:
        try:
            data = package_pdf(package)
        except PdfUnavailable as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        pdf_path = output.with_suffix(".pdf")
        pdf_path.write_bytes(data)
        stdout.print(f"wrote {pdf_path}")


@dsr_app.command("config")
def dsr_config(
    target_working_days: Annotated[
        int | None,
        typer.Option(
            "--target-working-days",
            help="The organisation's own answer target (the law sets no number).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Show or set the organisation's target for answering requests."""
    from piplkit.respond import settings

    with opened(db) as reg:
        if target_working_days is not None:
            with reg.write() as session:
                settings.set_setting(session, settings.DSR_TARGET, target_working_days)
        with reg.read() as session:
            current = settings.dsr_target(session)
    stdout.print(f"{settings.DSR_TARGET}: {current if current is not None else 'not set'}")


# -- consent ----------------------------------------------------------------------------------
@consent_app.command("notice-hash")
def consent_notice_hash(
    notice: Annotated[Path, typer.Argument(help="The notice text file.")],
) -> None:
    """Print the SHA-256 that identifies a notice version."""
    from piplkit.respond.consent import notice_hash

    try:
        stdout.print(notice_hash(notice.read_text("utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{notice}: cannot read as UTF-8 text ({exc})")


@consent_app.command("record")
def consent_record(
    file: Annotated[
        Path, typer.Argument(help="Consent JSON (see docs/respond.md), or - for stdin.")
    ],
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Record a consent (idempotent by consent_id)."""
    from piplkit.respond.consent import record_consent

    payload = _load_json(file)
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            record, created = record_consent(session, payload, key=key)
            name, masked = record.name, record.identifier_masked
    stdout.print(f"{name} {'recorded' if created else 'already recorded'} for {masked}")


@consent_app.command("withdraw")
def consent_withdraw(
    identifier_type: Annotated[str, typer.Option("--id-type")],
    identifier: Annotated[str, typer.Option("--id")],
    purpose: Annotated[
        list[str] | None, typer.Option("--purpose", help="Only these purposes; repeat.")
    ] = None,
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Withdraw consents now (effective at once)."""
    from piplkit.respond.consent import withdraw

    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            names = [
                r.name
                for r in withdraw(session, identifier_type, identifier, key=key, purposes=purpose)
            ]
    stdout.print(f"withdrawn: {', '.join(names)}")


@consent_app.command("check")
def consent_check(
    identifier_type: Annotated[str, typer.Option("--id-type")],
    identifier: Annotated[str, typer.Option("--id")],
    category: Annotated[str, typer.Option("--category", help="PI category, e.g. cn_mobile.")],
    purpose: Annotated[str, typer.Option("--purpose")],
    at: Annotated[
        str | None, typer.Option("--at", help="ISO date-time with zone (default: now).")
    ] = None,
    key_file: KeyOption = None,
    db: DbOption = None,
) -> None:
    """May we process CATEGORY for PURPOSE at AT? Prints the proof; exit 1 when not."""
    from piplkit.respond.consent import may_process
    from piplkit.respond.identifiers import identify

    when = _instant(at, "--at") or dt.datetime.now(dt.UTC)
    with opened(db) as reg:
        key = load_key(key_file)
        subject = identify(identifier_type, identifier, key=key)
        with reg.read() as session:
            decision = may_process(
                session, subject_hash=subject.hash, category=category, purpose=purpose, at=when
            )
    _print_json(decision.to_dict())
    if not decision.allowed:
        raise typer.Exit(1)


# -- incident ---------------------------------------------------------------------------------
@incident_app.command("record")
def incident_record(
    file: Annotated[
        Path, typer.Argument(help="Incident JSON (see docs/respond.md), or - for stdin.")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record and grade an incident; print its deadlines."""
    from piplkit.respond import incidents

    payload = _load_json(file)
    with opened(db) as reg, reg.write() as session:
        incident, created = incidents.record_incident(session, payload)
        data = incidents.to_dict(incident)
    if as_json:
        _print_json({**data, "created": created})
        return
    _print_incident(data)


def _print_incident(data: dict[str, Any]) -> None:
    stdout.print(f"{data['incident_id']}: {data['grade_zh']} — {data['grading']}")
    for d in data["deadlines"]:
        due = d["due_at"] or ("immediately" if d["hours"] is None else "—")
        stdout.print(
            f"  {d['duty']} → {d['recipient_zh']}: {due} [{d['status']}] "
            f"({d['citation']}; {d['note']})"
        )


@incident_app.command("update")
def incident_update(
    incident_id: str,
    file: Annotated[Path, typer.Argument(help="JSON object of changes, or - for stdin.")],
    db: DbOption = None,
) -> None:
    """Record what became known later (counts, grade, when each duty was done)."""
    from piplkit.respond import incidents

    changes = _load_json(file)
    for name in incidents.TIMESTAMPS:
        if isinstance(changes.get(name), str):
            changes[name] = _instant(changes[name], name)
    with opened(db) as reg, reg.write() as session:
        data = incidents.to_dict(incidents.update_incident(session, incident_id, changes))
    _print_incident(data)


@incident_app.command("show")
def incident_show(incident_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Grade and deadline status of one incident."""
    from piplkit.respond import incidents

    with opened(db) as reg, reg.read() as session:
        data = incidents.to_dict(incidents.get(session, incident_id))
    _print_json(data) if as_json else _print_incident(data)


@incident_app.command("list")
def incident_list(
    db: DbOption = None, open_only: Annotated[bool, typer.Option("--open")] = False
) -> None:
    """Incidents with their grade and next deadline."""
    from piplkit.respond import incidents

    with opened(db) as reg, reg.read() as session:
        rows = [
            incidents.to_dict(i) for i in incidents.list_incidents(session, open_only=open_only)
        ]
    for data in rows:
        _print_incident(data)


@incident_app.command("report")
def incident_report(
    incident_id: str,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="事发单位名称.")
    ] = None,
    db: DbOption = None,
) -> None:
    """The report form content in Chinese (JSON)."""
    from piplkit.respond import incidents

    with opened(db) as reg, reg.read() as session:
        form = incidents.report_form(incidents.get(session, incident_id), organisation=organisation)
    _print_json(form)


# -- audit ------------------------------------------------------------------------------------
def _anchor(value: str) -> tuple[int, str]:
    entry, _, digest = value.partition(":")
    if not entry.isdigit() or len(digest) != 64:
        raise InvalidInputError(
            f"--anchor {value[:20]!r}: expected ID:SHA256HEX (from `audit head`)"
        )
    return int(entry), digest.lower()


@audit_app.command("verify")
def audit_verify(
    anchor: Annotated[
        list[str] | None,
        typer.Option("--anchor", help="ID:HASH copied earlier from `audit head`; repeat."),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check the hash chain; name every edited, deleted or reordered entry (exit 1 if any)."""
    from piplkit.respond.verify import verify_chain

    with opened(db) as reg:
        anchors = [_anchor(a) for a in anchor or []]
        with reg.read() as session:
            report = verify_chain(session, anchors)
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head": None if report.head is None else asdict(report.head),
                "problems": [
                    {"entry": p.entry_id, "kind": p.kind, "message": p.message}
                    for p in report.problems
                ],
            }
        )
    elif report.ok:
        stdout.print(
            f"audit chain intact: {report.entries} entries, "
            f"head {report.head.last_hash[:16] if report.head else '—'}"
        )
    else:
        for p in report.problems:
            stdout.print(f"[red]{p.kind}[/]: {p.message}")
        stdout.print(f"{len(report.problems)} problem(s) in {report.entries} entries")
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("head")
def audit_head(db: DbOption = None) -> None:
    """Print ID:HASH of the last entry, to keep outside the database as an anchor."""
    from piplkit.respond.verify import chain_head

    with opened(db) as reg, reg.read() as session:
        head = chain_head(session)
    stdout.print(f"{head.last_id}:{head.last_hash}")


@audit_app.command("log")
def audit_log_cmd(
    entity: Annotated[
        str | None, typer.Option("--entity", help="e.g. dsr_request, consent_record, dataset.")
    ] = None,
    key: Annotated[str | None, typer.Option("--key", help="Entity key (its name or id).")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The latest audit entries, newest first."""
    from piplkit.respond.verify import audit_log, entry_dict

    with opened(db) as reg, reg.read() as session:
        rows = [
            entry_dict(e) for e in audit_log(session, entity=entity, entity_key=key, limit=limit)
        ]
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "at", "actor", "action", "entity", "key", "hash")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["at"][:19].replace("T", " "),
            r["actor"],
            r["action"],
            r["entity"],
            r["key"] or "",
            (r["hash"] or "")[:12],
        )
    stdout.print(table)
