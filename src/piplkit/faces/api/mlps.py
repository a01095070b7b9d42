"""MLPS grading, rectification items and dated records (tests, audits, reports) over the API.

The entity routes already carry every MLPS, CII and important-data field (``PATCH
/systems/{name}`` with ``mlps_level``, ``cii``…, ``PATCH /datasets/{name}`` with ``grade``,
``grade_reason``, ``important_*``, ``PATCH /organisations/{name}`` with ``ciio``…), and replace
lists (``rectifications``, ``records``) whole. What they lack is added here: the level a
system's grading elements give with its reasons and duties (``GET /mlps/{system}``), and
changing one rectification item or one record without resending the others. Names travel in
the body or the query, not the path, because entity names may contain ``/``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import ConfigDict, model_validator

from piplkit.faces.api.security import current, guard
from piplkit.inputs.scalars import Day
from piplkit.map.register.enums import RecordKind
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import NAME_LENGTH
from piplkit.map.register.repository import systems
from piplkit.map.register.schemas import Name, RecordIn, RectificationIn
from piplkit.platform.auth.models import Role
from piplkit.platform.service import security
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.calendar import china_today

router = APIRouter(tags=["MLPS, CII and records"])
NameQuery = Annotated[str, Query(min_length=1, max_length=NAME_LENGTH)]


class RectificationPut(RectificationIn):
    """A rectification item of a system: added, or replacing the item with the same title."""

    model_config = ConfigDict(extra="forbid")
    system: Name


class RecordPut(RecordIn):
    """A duty done on a date, for a system (MLPS tests, CII tests) or an organisation."""

    model_config = ConfigDict(extra="forbid")
    system: Name | None = None
    organisation: Name | None = None

    @model_validator(mode="after")
    def _one_owner(self) -> RecordPut:
        if (self.system is None) == (self.organisation is None):
            raise ValueError("give exactly one of system and organisation")
        return self


def _owner(system: str | None, organisation: str | None) -> tuple[security.Owner, str]:
    return ("system", system) if system is not None else ("organisation", organisation or "")


@router.get(
    "/mlps/{name:path}",
    summary="A system's MLPS level, why, and what it entails",
    **guard(Role.VIEWER),
)
def mlps_grading(
    request: Request,
    name: str,
    as_of: Annotated[Day | None, Query(description="Default: today in China.")] = None,
) -> dict[str, Any]:
    with backend(request).read() as session:
        system = systems.dump(systems.get(session, name))
    grade = security.grading(system, as_of or china_today())
    return {
        "system": system.name,
        **grade.to_dict(),
        "rationale": system.mlps_rationale,
        "graded_on": system.mlps_graded_on.isoformat() if system.mlps_graded_on else None,
        "filed_on": system.mlps_filed_on.isoformat() if system.mlps_filed_on else None,
        "filing_number": system.mlps_filing_number,
        "cii": system.cii,
    }


@router.put(
    "/rectifications",
    summary="Add or change one MLPS rectification item of a system",
    **guard(Role.EDITOR),
)
def put_rectification(request: Request, body: RectificationPut) -> dict[str, Any]:
    item = RectificationIn.model_validate(body.model_dump(exclude={"system"}))
    with backend(request).write(actor("api", current(request))) as session:
        after = security.put_rectification(session, body.system, item)
    return {"system": after.name, "rectifications": after.model_dump(mode="json")["rectifications"]}


@router.delete(
    "/rectifications",
    summary="Remove one rectification item of a system",
    status_code=204,
    response_class=Response,
    **guard(Role.EDITOR),
)
def delete_rectification(request: Request, system: NameQuery, title: NameQuery) -> Response:
    with backend(request).write(actor("api", current(request))) as session:
        security.remove_rectification(session, system, title)
    return Response(status_code=204)


@router.put(
    "/records",
    summary="Record a test, audit, report or filing done on a date (replaces the same one)",
    **guard(Role.EDITOR),
)
def put_record(request: Request, body: RecordPut) -> dict[str, Any]:
    owner, name = _owner(body.system, body.organisation)
    record = RecordIn.model_validate(body.model_dump(exclude={"system", "organisation"}))
    with backend(request).write(actor("api", current(request))) as session:
        after = security.put_record(session, owner, name, record)
    return {owner: after.name, "records": after.model_dump(mode="json")["records"]}


@router.delete(
    "/records",
    summary="Remove a record of a system or an organisation",
    status_code=204,
    response_class=Response,
    **guard(Role.EDITOR),
)
def delete_record(
    request: Request,
    kind: Annotated[RecordKind, Query()],
    done_on: Annotated[Day, Query()],
    system: Annotated[str | None, Query(min_length=1, max_length=NAME_LENGTH)] = None,
    organisation: Annotated[str | None, Query(min_length=1, max_length=NAME_LENGTH)] = None,
) -> Response:
    if (system is None) == (organisation is None):
        raise InvalidInputError("query: give exactly one of system and organisation")
    owner, name = _owner(system, organisation)
    with backend(request).write(actor("api", current(request))) as session:
        security.remove_record(session, owner, name, kind.value, done_on)
    return Response(status_code=204)
