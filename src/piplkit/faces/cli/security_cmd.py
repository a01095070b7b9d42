"""``piplkit register mlps|cii|data|record|facts``: MLPS, CII and important-data facts by hand.

Thin, like the rest of ``register``: each command changes some fields of one entity through the
repository (which validates the merged entity as a whole, e.g. a level that differs from its
grading elements needs a rationale), in one transaction, and prints the outcome. Grading prints
the level with the reasons GB/T 22240-2020 and the MLPS Measures give for it.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated, Any

import typer

from piplkit.faces.cli.errors import fail
from piplkit.faces.cli.options import AsOfOption, parse_as_of
from piplkit.map.register.enums import Grade, HarmDegree, HarmObject, RecordKind

DateOpt = Annotated[str | None, typer.Option(metavar="DATE", help="YYYY-MM-DD.")]
Db = Annotated[
    str | None, typer.Option("--db", help="Register database URL (default: ./piplkit.db).")
]


def _d(value: str | None, option: str) -> date | None:
    from piplkit.faces.cli.register_common import parse_date as _date

    return _date(value, option)


def _update(
    key: str, name: str, changes: dict[str, Any], db: str | None, clear: tuple[str, ...] = ()
) -> Any:
    """Apply ``changes`` (None = leave as is) and empty the ``clear`` fields of one entity;
    returns its dump after the change (validated as a whole by the repository)."""
    from piplkit.faces.cli.register_common import opened
    from piplkit.map.register.repository import REPOSITORIES

    repo = REPOSITORIES[key]
    clean = {k: v for k, v in changes.items() if v is not None}
    clean.update(dict.fromkeys(clear))
    with opened(db) as reg, reg.write() as session:
        obj = repo.update(session, name, clean) if clean else repo.get(session, name)
        return repo.dump(obj)


def _say(text: str) -> None:
    from piplkit.faces.cli.register_common import stdout

    stdout.print(text)


# --- MLPS -------------------------------------------------------------------------------------

mlps = typer.Typer(
    help="MLPS 2.0 (等级保护) of a system: grade, file, rectify.", no_args_is_help=True
)


@mlps.command("grade")
def mlps_grade(
    system: Annotated[str, typer.Argument(help="System name.")],
    business_object: Annotated[
        HarmObject | None, typer.Option(help="Object harmed via business information.")
    ] = None,
    business_degree: Annotated[HarmDegree | None, typer.Option(help="Degree of that harm.")] = None,
    service_object: Annotated[
        HarmObject | None, typer.Option(help="Object harmed via the system service.")
    ] = None,
    service_degree: Annotated[HarmDegree | None, typer.Option(help="Degree of that harm.")] = None,
    level: Annotated[
        int | None,
        typer.Option(min=1, max=5, help="The level determined, if not the computed one."),
    ] = None,
    rationale: Annotated[str | None, typer.Option(help="Why this level (定级理由).")] = None,
    graded_on: DateOpt = None,
    expert_reviewed_on: DateOpt = None,
    live_on: DateOpt = None,
    sector: Annotated[str | None, typer.Option(help="Sector with its own MLPS rules.")] = None,
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    db: Db = None,
) -> None:
    """Record a system's grading elements (GB/T 22240-2020) and print its level and why."""
    changes = dict(
        mlps_business_object=business_object,
        mlps_business_degree=business_degree,
        mlps_service_object=service_object,
        mlps_service_degree=service_degree,
        mlps_level=level,
        mlps_rationale=rationale,
        mlps_graded_on=_d(graded_on, "--graded-on"),
        mlps_expert_reviewed_on=_d(expert_reviewed_on, "--expert-reviewed-on"),
        live_on=_d(live_on, "--live-on"),
        sector=sector,
    )
    # given elements without --level decide the level: the stored one is recomputed
    elements = ("mlps_business_object", "mlps_service_object")
    clear = ("mlps_level",) if level is None and any(changes[k] for k in elements) else ()
    dumped = _update("system", system, changes, db, clear)
    _print_grade(dumped, parse_as_of(as_of), fmt)


def _print_grade(system: Any, as_of: date, fmt: str) -> None:
    from piplkit.assess.rules.mlps import aspect, grade_system

    def val(x: Any) -> str | None:
        return None if x is None else str(getattr(x, "value", x))

    business = aspect(
        val(system.mlps_business_object), val(system.mlps_business_degree), "business"
    )
    service = aspect(val(system.mlps_service_object), val(system.mlps_service_degree), "service")
    result = grade_system(business, service, as_of, level=system.mlps_level)
    if fmt == "json":
        doc = {"system": system.name, **result.to_dict(), "rationale": system.mlps_rationale}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "table":
        fail(f"--format: {fmt!r} is not table or json")
    if result.level is None:
        _say(f"system {system.name!r}: not graded (give the grading elements or --level)")
        return
    _say(f"system {system.name!r}: MLPS level {result.level} (as of {as_of})")
    for reason in result.reasons:
        _say(f"  - {reason}")
    if system.mlps_rationale:
        _say(f"  rationale: {system.mlps_rationale}")
    if result.testing_interval_months:
        _say(f"  level test at least every {result.testing_interval_months} months")
    for c in result.citations:
        _say(f"  [dim]{c.instrument} {c.article}{'' if c.verified else ' (unverified)'}[/]")


@mlps.command("show")
def mlps_show(
    system: Annotated[str, typer.Argument(help="System name.")],
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    db: Db = None,
) -> None:
    """Print a system's MLPS level, why, and what it entails on a date."""
    _print_grade(_update("system", system, {}, db), parse_as_of(as_of), fmt)


@mlps.command("file")
def mlps_file(
    system: Annotated[str, typer.Argument(help="System name.")],
    filed_on: Annotated[str, typer.Option(metavar="DATE", help="Date filed (YYYY-MM-DD).")],
    number: Annotated[str | None, typer.Option(help="Filing certificate number.")] = None,
    authority: Annotated[str | None, typer.Option(help="Public security organ.")] = None,
    db: Db = None,
) -> None:
    """Record the filing with the public security organ (and its number once issued)."""
    changes = dict(
        mlps_filed_on=_d(filed_on, "--filed-on"),
        mlps_filing_number=number,
        mlps_filing_authority=authority,
    )
    _update("system", system, changes, db)
    _say(f"system {system!r}: filed on {filed_on}" + (f", number {number}" if number else ""))


@mlps.command("rectify")
def mlps_rectify(
    system: Annotated[str, typer.Argument(help="System name.")],
    title: Annotated[str, typer.Argument(help="The item (adds it, or changes the same title).")],
    found_on: DateOpt = None,
    due_on: DateOpt = None,
    closed_on: DateOpt = None,
    source: Annotated[str | None, typer.Option(help="e.g. the test report number.")] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Delete the item.")] = False,
    db: Db = None,
) -> None:
    """Add, change, close or remove a rectification item with its due date (the plan's)."""
    from piplkit.faces.cli.register_common import opened
    from piplkit.map.register.repository import systems

    with opened(db) as reg, reg.write() as session:
        items = [r.model_dump() for r in systems.dump(systems.get(session, system)).rectifications]
        current = next((r for r in items if r["title"] == title), None)
        if remove:
            if current is None:
                fail(f"system {system!r} has no rectification item {title!r}")
            items.remove(current)
        else:
            if current is None:
                current = {"title": title}
                items.append(current)
            for key, value in (
                ("found_on", _d(found_on, "--found-on")),
                ("due_on", _d(due_on, "--due-on")),
                ("closed_on", _d(closed_on, "--closed-on")),
                ("source", source),
            ):
                if value is not None:
                    current[key] = value
        systems.update(session, system, {"rectifications": items})
    _say(f"system {system!r}: rectification {title!r} {'removed' if remove else 'recorded'}")


# --- records (tests, audits, reports, filings) --------------------------------------------------

record = typer.Typer(help="Duties done on a date: tests, audits, reports.", no_args_is_help=True)


@record.command("add")
def record_add(
    kind: Annotated[RecordKind, typer.Argument(help="What was done.")],
    done_on: Annotated[str, typer.Argument(metavar="DATE", help="When (YYYY-MM-DD).")],
    system: Annotated[str | None, typer.Option(help="The system it was done for.")] = None,
    organisation: Annotated[str | None, typer.Option(help="The organisation.")] = None,
    performed_by: Annotated[str | None, typer.Option(help="e.g. the testing body.")] = None,
    reference: Annotated[str | None, typer.Option(help="Report or filing number.")] = None,
    db: Db = None,
) -> None:
    """Record a test, audit, report or filing; it restarts the clock of the next one."""
    from piplkit.faces.cli.register_common import opened
    from piplkit.map.register.repository import REPOSITORIES

    if system is not None and organisation is None:
        key, name = "system", system
    elif organisation is not None and system is None:
        key, name = "organisation", organisation
    else:
        fail("give exactly one of --system and --organisation")
    day = _d(done_on, "DATE")
    repo = REPOSITORIES[key]
    with opened(db) as reg, reg.write() as session:
        records = [r.model_dump() for r in repo.dump(repo.get(session, name)).records]
        records = [r for r in records if (r["kind"], r["done_on"]) != (kind, day)]
        records.append(
            {"kind": kind, "done_on": day, "performed_by": performed_by, "reference": reference}
        )
        repo.update(session, name, {"records": records})
    _say(f"{key} {name!r}: {kind.value} on {day} recorded")


# --- CII ----------------------------------------------------------------------------------------

cii = typer.Typer(help="Critical information infrastructure designations.", no_args_is_help=True)


@cii.command("designate")
def cii_designate(
    system: Annotated[str | None, typer.Option(help="A system designated CII.")] = None,
    organisation: Annotated[str | None, typer.Option(help="An operator designated CIIO.")] = None,
    on: DateOpt = None,
    department: Annotated[str | None, typer.Option(help="The protection department.")] = None,
    undo: Annotated[bool, typer.Option("--undo", help="Withdraw the designation.")] = False,
    db: Db = None,
) -> None:
    """Mark a system CII or an organisation CIIO (CII Regulations Arts. 9-10), with the date."""
    if (system is None) == (organisation is None):
        fail("give exactly one of --system and --organisation")
    day = _d(on, "--on")
    if system is not None:
        changes: dict[str, Any] = {"cii": not undo, "cii_designated_on": day}
        changes["cii_protection_department"] = department
        _update("system", system, changes, db, ("cii_designated_on",) if undo else ())
        _say(f"system {system!r}: {'no longer ' if undo else ''}CII")
    else:
        changes = {"ciio": not undo, "ciio_designated_on": day}
        clear = ("ciio_designated_on",) if undo else ()
        _update("organisation", organisation or "", changes, db, clear)
        _say(f"organisation {organisation!r}: {'no longer ' if undo else ''}CIIO")


# --- data grading and important data ------------------------------------------------------------

data = typer.Typer(help="Dataset grades and important-data handling.", no_args_is_help=True)


@data.command("grade")
def data_grade(
    dataset: Annotated[str, typer.Argument(help="Dataset name.")],
    grade: Annotated[Grade, typer.Option(help="GB/T 43697-2024 grade.")],
    reason: Annotated[str | None, typer.Option(help="Why (e.g. the catalogue item).")] = None,
    on: DateOpt = None,
    identified_on: DateOpt = None,
    declared_on: DateOpt = None,
    notified_on: DateOpt = None,
    catalogue: Annotated[str | None, typer.Option(help="Important-data catalogue used.")] = None,
    db: Db = None,
) -> None:
    """Set a dataset's grade by hand with the reason, and its important-data steps
    (identified, declared to the competent department, notified as identified)."""
    if grade != Grade.GENERAL and reason is None:
        fail("--reason: say why the dataset is important or core (e.g. the catalogue item)")
    changes = dict(
        grade=grade,
        grade_reason=reason,
        grade_set_on=_d(on, "--on"),
        important_identified_on=_d(identified_on, "--identified-on")
        or (_d(on, "--on") if grade != Grade.GENERAL else None),
        important_declared_on=_d(declared_on, "--declared-on"),
        important_notified_on=_d(notified_on, "--notified-on"),
        important_catalogue=catalogue,
    )
    steps = ("important_identified_on", "important_declared_on", "important_notified_on")
    _update("dataset", dataset, changes, db, steps if grade == Grade.GENERAL else ())
    _say(f"dataset {dataset!r}: {grade.value}" + (f" ({reason})" if reason else ""))


# --- organisation facts that start clocks --------------------------------------------------------


def facts_cmd(
    organisation: Annotated[str, typer.Argument(help="Organisation name.")],
    important_data_handler: Annotated[
        bool | None,
        typer.Option(
            "--important-data-handler/--no-important-data-handler",
            help="Handles important data (also implied by an important dataset).",
        ),
    ] = None,
    security_officer: Annotated[
        str | None, typer.Option(help="Data security officer (网络数据安全负责人).")
    ] = None,
    security_body: Annotated[str | None, typer.Option(help="Data security body.")] = None,
    individuals: Annotated[int | None, typer.Option(min=0, help="Individuals processed.")] = None,
    officer_threshold_reached_on: DateOpt = None,
    face_individuals: Annotated[
        int | None, typer.Option(min=0, help="Individuals whose face data is stored.")
    ] = None,
    face_threshold_reached_on: DateOpt = None,
    minors: Annotated[
        bool | None, typer.Option("--minors/--no-minors", help="Processes minors' PI.")
    ] = None,
    db: Db = None,
) -> None:
    """Set the organisation facts the calendar and assess read: important-data handler, data
    security officer and body, the PI officer and facial-recognition thresholds, minors."""
    changes = dict(
        important_data_handler=important_data_handler,
        data_security_officer=security_officer,
        data_security_body=security_body,
        individuals_processed=individuals,
        officer_threshold_reached_on=_d(
            officer_threshold_reached_on, "--officer-threshold-reached-on"
        ),
        face_individuals=face_individuals,
        face_threshold_reached_on=_d(face_threshold_reached_on, "--face-threshold-reached-on"),
        processes_minors=minors,
    )
    dumped = _update("organisation", organisation, changes, db)
    shown = {k: getattr(dumped, k) for k in changes if getattr(dumped, k) not in (None, False)}
    _say(
        f"organisation {organisation!r}: "
        + (", ".join(f"{k}={v}" for k, v in shown.items()) or "no facts")
    )


def attach(app: typer.Typer) -> None:
    """Add these groups to ``piplkit register``."""
    app.add_typer(mlps, name="mlps")
    app.add_typer(cii, name="cii")
    app.add_typer(data, name="data")
    app.add_typer(record, name="record")
    app.command("facts")(facts_cmd)
