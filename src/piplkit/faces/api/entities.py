"""CRUD routes for every register entity, generated from its descriptor
(:mod:`piplkit.platform.service.entities`): its repository, pydantic schema and serializer.

No ``from __future__ import annotations`` here: FastAPI reads the handlers' annotations at
runtime, and they refer to the schema of the entity each router is built for.
"""

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, create_model

from piplkit.faces.api.security import current, guard
from piplkit.platform.auth.models import Role
from piplkit.platform.service.backend import actor, backend
from piplkit.platform.service.entities import BY_SEGMENT
from piplkit.platform.service.settings import MAX_OFFSET, Settings

#: URL segment → repository key, for every register entity.
ENTITY_PATHS = {segment: d.key for segment, d in BY_SEGMENT.items()}


class Page(BaseModel):
    """One page of a list: the items, the total count and the window asked for."""

    items: list[Any]
    total: int
    limit: int
    offset: int


def patch_model(schema: type[BaseModel]) -> type[BaseModel]:
    """The schema with every field optional and no default, for partial updates."""
    fields: dict[str, Any] = {
        name: (info.rebuild_annotation() | None, None)
        for name, info in schema.model_fields.items()
        if name not in ("created_at", "updated_at")
    }
    return create_model(
        f"{schema.__name__.removesuffix('In')}Patch",
        __config__=ConfigDict(extra="forbid"),
        **fields,
    )


def paging(settings: Settings) -> Any:
    def window(
        limit: Annotated[
            int, Query(ge=1, le=settings.max_page_size, description="Page size.")
        ] = settings.page_size,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
    ) -> tuple[int, int]:
        return limit, offset

    return window


def entity_router(segment: str, settings: Settings) -> APIRouter:
    entity = BY_SEGMENT[segment]
    repo = entity.repo
    schema = entity.schema
    patch = patch_model(schema)
    tag = repo.label_plural
    router = APIRouter(prefix=f"/{segment}", tags=[tag])
    window = paging(settings)

    out = entity.serialize

    @router.get(
        "",
        summary=f"List {repo.label_plural}",
        response_model=Page,
        **guard(Role.VIEWER),
    )
    def list_items(
        request: Request, page: Annotated[tuple[int, int], Depends(window)]
    ) -> dict[str, Any]:
        limit, offset = page
        with backend(request).read() as session:
            items = [out(o) for o in repo.list(session, offset=offset, limit=limit)]
            total = repo.count(session)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @router.get(
        "/{name:path}", summary=f"Get a {repo.label}", response_model=schema, **guard(Role.VIEWER)
    )
    def get_item(request: Request, name: str) -> dict[str, Any]:
        with backend(request).read() as session:
            return out(repo.get(session, name))

    @router.post(
        "",
        summary=f"Create a {repo.label}",
        status_code=201,
        response_model=schema,
        **guard(Role.EDITOR),
    )
    def create_item(
        request: Request,
        response: Response,
        data: Annotated[schema, Body()],  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        who = current(request)
        with backend(request).write(actor("api", who)) as session:
            created = out(repo.create(session, data))
        response.headers["Location"] = f"{request.url.path}/{quote(created['name'], safe='')}"
        return created

    @router.patch(
        "/{name:path}",
        summary=f"Change fields of a {repo.label}",
        response_model=schema,
        **guard(Role.EDITOR),
    )
    def update_item(
        request: Request,
        name: str,
        changes: Annotated[patch, Body()],  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        who = current(request)
        fields = changes.model_dump(exclude_unset=True)  # type: ignore[attr-defined]
        with backend(request).write(actor("api", who)) as session:
            return out(repo.update(session, name, fields))

    @router.delete(
        "/{name:path}",
        summary=f"Delete a {repo.label}",
        status_code=204,
        response_class=Response,
        **guard(Role.EDITOR),
    )
    def delete_item(request: Request, name: str) -> Response:
        who = current(request)
        with backend(request).write(actor("api", who)) as session:
            repo.delete(session, name)
        return Response(status_code=204)

    return router
