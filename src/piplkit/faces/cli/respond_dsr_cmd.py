"""``piplkit dsr``: rights requests (PIPL Arts. 44-50): intake, states, deadlines, packages.

Thin: parsing options and printing; the behaviour is in ``piplkit.respond`` (the same functions
the REST API calls). Output shows masked previews and keyed hashes, never identifiers.
``submit``'s options are the request descriptor's intake fields
(``platform/service/respond_entities.py``): flag, and help from the zh/en catalogue entries, in
English, as ``register <entity> add``'s.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from piplkit.faces.cli.errors import fail, warn
from piplkit.faces.cli.register_cmd import DbOption, opened
from piplkit.faces.cli.respond_common import (
    JsonOption,
    KeyOption,
    china_time,
    instant,
    list_table,
    print_json,
    stdout,
)
from piplkit.platform.service.i18n import Lang, translate
from piplkit.platform.service.keys import load_key
from piplkit.platform.service.respond_entities import REQUEST, IntakeField

if TYPE_CHECKING:
    from piplkit.respond.enums import RequestState

app = typer.Typer(
    help="Rights requests (PIPL Arts. 44-50): intake, states, deadlines.", no_args_is_help=True
)


def intake_help(field: IntakeField, lang: Lang = "en") -> str:
    """An input's option help: its label, then its help text, the values it takes and, for a
    list, that the option repeats."""
    notes = [translate(lang, field.help)] if field.help is not None else []
    if field.choices:
        notes.append(translate(lang, "cli.one_of", values=", ".join(field.choices)))
    if field.repeat:
        notes.append(translate(lang, "cli.repeat"))
    label = translate(lang, field.label)
    if not notes:
        return label
    return f"{label}：{'；'.join(notes)}" if lang == "zh" else f"{label}: {'; '.join(notes)}"


def request_option(name: str) -> Any:
    """The Typer option of the rights request's input ``name``: flag and help from the
    descriptor."""
    field = REQUEST.input(name)
    return typer.Option(field.flag, help=intake_help(field))


@app.command("submit")
def dsr_submit(
    kind: Annotated[str, request_option("kind")],
    identifier_type: Annotated[str, request_option("identifier_type")],
    identifier: Annotated[str, request_option("identifier")],
    request_id: Annotated[str | None, request_option("request_id")] = None,
    scope: Annotated[list[str] | None, request_option("scope")] = None,
    requester_type: Annotated[str | None, request_option("requester_identifier_type")] = None,
    requester: Annotated[str | None, request_option("requester_identifier")] = None,
    relation: Annotated[str | None, request_option("relation")] = None,
    note: Annotated[str | None, request_option("note")] = None,
    received_at: Annotated[str | None, request_option("received_at")] = None,
    channel: Annotated[str, request_option("channel")] = "cli",
    organisation: Annotated[str | None, request_option("organisation")] = None,
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
        "received_at": instant(received_at, "--received-at"),
    }
    with opened(db) as reg:
        key = load_key(key_file)
        with reg.write() as session:
            result = dsr.submit(
                session, {k: v for k, v in payload.items() if v is not None}, key=key
            )
            data = dsr.to_dict(result.request)
    if as_json:
        print_json({**data, "created": result.created})
        return
    verb = "recorded" if result.created else "already recorded (same request id and content)"
    stdout.print(f"{data['request_id']} {verb}: {data['kind']} for {data['identifier']}")
    stdout.print(f"due {data['due_on'] or '—'} ({data['deadline_note']})")


def _show_request(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(data)
        return
    for name, value in data.items():
        if name == "history" or value in (None, [], ""):
            continue
        shown = china_time(value) if name.endswith("_at") else value
        stdout.print(f"{name}: {shown}", soft_wrap=True)
    history = data.get("history") or []
    if history:
        stdout.print("history:")
    for entry in history:
        changes = ", ".join(
            f"{k}={v}" for k, v in (entry.get("changes") or {}).items()
            if v not in (None, [], "") and k not in _QUIET_CHANGES
        )
        when = china_time(entry["at"])
        line = f"  #{entry['entry']}  {when}  {entry['actor']}  {entry['action']}"
        stdout.print(f"{line}  ({changes})" if changes else line, soft_wrap=True)


#: Fields of a history entry that say nothing to a reader (hashes, long notes shown above).
_QUIET_CHANGES = frozenset(
    {"fingerprint", "subject_hash", "requester_hash", "deadline_note", "name", "received_at"}
)


def _transition(action: str, request_id: str, db: str | None, as_json: bool, **kwargs: Any) -> None:
    from piplkit.respond import dsr

    with opened(db) as reg, reg.write() as session:
        record = getattr(dsr, action)(session, request_id, **kwargs)
        data = dsr.to_dict(record)
    _show_request(data, as_json) if as_json else stdout.print(f"{request_id}: {data['state']}")


@app.command("start-verification")
def dsr_start(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Move a request to 'verifying' (identity check under way)."""
    _transition("start_verification", request_id, db, as_json)


@app.command("verify")
def dsr_verify(
    request_id: str,
    method: Annotated[str, typer.Option("--method", help="How the identity was verified.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record the identity check; withdrawal requests are carried out at once."""
    _transition("verify_identity", request_id, db, as_json, method=method)


@app.command("complete")
def dsr_complete(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Mark a request answered."""
    _transition("complete", request_id, db, as_json)


@app.command("refuse")
def dsr_refuse(
    request_id: str,
    reason: Annotated[str, typer.Option("--reason", help="The reason (PIPL Art. 50).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Refuse a request, stating the reason."""
    _transition("refuse", request_id, db, as_json, reason=reason)


@app.command("close")
def dsr_close(request_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Close a completed or refused request."""
    _transition("close", request_id, db, as_json)


@app.command("show")
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


@app.command("list")
def dsr_list(
    state: Annotated[str | None, typer.Option("--state")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """All requests (optionally in one state)."""
    from piplkit.platform.service.respond_entities import REQUEST
    from piplkit.respond import dsr

    states = REQUEST.filter("state")
    try:
        wanted = cast("RequestState | None", states.parse(state))
    except ValueError:
        fail(f"--state: one of {', '.join(states.values())}")
    with opened(db) as reg, reg.read() as session:
        rows = [REQUEST.serialize(r) for r in dsr.list_requests(session, wanted)]
    if as_json:
        print_json(rows)
        return
    stdout.print(list_table(REQUEST.table, rows))


@app.command("alerts")
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
        print_json([{"level": lv, "days_late": d, "request": r} for lv, d, r in found])
    else:
        for level, days, r in found:
            late = f" ({days} day(s) late)" if level == "overdue" else ""
            stdout.print(f"{level}{late}: {r['request_id']} {r['kind']} due {r['due_on'] or '—'}")
        if not found:
            stdout.print("no open request is overdue or due today")
    if any(level == "overdue" for level, _, _ in found):
        raise typer.Exit(1)


@app.command("locate")
def dsr_locate(request_id: str, key_file: KeyOption = None, db: DbOption = None) -> None:
    """Where the subject's data is (ledger, datasets, their source files) — counts only."""
    from piplkit.respond import dsr
    from piplkit.respond.locate import locate

    with opened(db) as reg:
        key = load_key(key_file)
        with reg.read() as session:
            record = dsr.get(session, request_id)
            found = locate(session, record.subject_hash, record.identifier_type, key=key)
    print_json(found.to_dict())


@app.command("package")
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
    from piplkit.assess.documents.pdf_renderer import PdfUnavailable
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


@app.command("config")
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
