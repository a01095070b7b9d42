"""Every route refuses anonymous and wrong-role callers; routes are enumerated from the app.

The required role of each route comes from its ``x-required-role`` marker, so an endpoint
added later is covered here automatically, and one added without a marker fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from tests.api.helpers import ROLES, Served

from piplkit.faces.api.security import PUBLIC, ROLE_KEY

LOWER = {"viewer": [], "editor": ["viewer"], "admin": ["viewer", "editor"]}


def api_routes(items: list[Any], prefix: str = "") -> Iterator[tuple[str, APIRoute]]:
    """Every APIRoute with its full path, also inside included routers (FastAPI >= 0.13x keeps
    them as nested router objects instead of flattening them into the app)."""
    for route in items:
        if isinstance(route, APIRoute):
            yield prefix + route.path, route
        elif hasattr(route, "original_router"):
            inner = prefix + getattr(route.include_context, "prefix", "")
            yield from api_routes(list(route.original_router.routes), inner)


def routes(api: Served) -> list[tuple[str, str, str]]:
    out = []
    for full_path, route in api_routes(list(api.client.app.routes)):  # type: ignore[attr-defined]
        role = (route.openapi_extra or {}).get(ROLE_KEY)
        assert role in (*ROLES, PUBLIC), f"{full_path} declares no role"
        path = re.sub(r"\{[^}]+\}", "x", full_path)
        for method in sorted(route.methods - {"HEAD"}):
            out.append((method, path, role))
    return out


def feeds(api: Served) -> set[str]:
    """Feeds (``x-feed``): for calendar and feed programs, which get 401, not a redirect."""
    return {
        path
        for path, route in api_routes(list(api.client.app.routes))  # type: ignore[attr-defined]
        if (route.openapi_extra or {}).get("x-feed")
    }


def call(api: Served, method: str, path: str, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    kwargs = {"json": {}} if method in ("POST", "PATCH", "PUT") else {}
    return api.client.request(method, path, headers=headers or {}, **kwargs)


def test_routes_are_enumerated(api: Served) -> None:
    found = routes(api)
    assert len(found) > 40
    assert ("POST", "/api/v1/users", "admin") in found
    assert ("POST", "/systems/new", "editor") in found


def test_anonymous_is_refused(api: Served) -> None:
    feed_paths = feeds(api)
    assert "/calendar.ics" in feed_paths
    for method, path, role in routes(api):
        r = call(api, method, path)
        if role == PUBLIC:
            assert r.status_code not in (401, 403), (method, path)
            continue
        if path.startswith("/api/"):
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.json()["error"] == "unauthorized"
            assert r.headers["www-authenticate"] == "Bearer"
        elif path in feed_paths:
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.headers["www-authenticate"].startswith("Bearer")
        elif method == "GET":
            assert r.status_code == 303, (method, path, r.status_code)
            assert r.headers["location"].startswith("/login")
        else:
            assert r.status_code == 401, (method, path, r.status_code)


def test_wrong_role_is_refused(api: Served) -> None:
    checked = 0
    for method, path, role in routes(api):
        if role == PUBLIC:
            continue
        for lower in LOWER[role]:
            if path.startswith("/api/"):
                r = call(api, method, path, api.auth(lower))
            else:
                api.sign_in(lower)
                r = call(api, method, path)
                api.client.cookies.clear()
            assert r.status_code == 403, (method, path, lower, r.status_code)
            checked += 1
    assert checked > 20


def test_bad_and_expired_tokens(api: Served) -> None:
    import datetime as dt

    from piplkit.platform.auth import service

    assert call(api, "GET", "/api/v1/me", {"Authorization": "Bearer pk_nope"}).status_code == 401
    assert call(api, "GET", "/api/v1/me", {"Authorization": "Basic abc"}).status_code == 401
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    with api.reg.write("test") as s:
        expired = service.issue_token(s, "admin", days=1, now=long_ago)
        service.update_user(s, "viewer", active=False)
    r = call(api, "GET", "/api/v1/me", {"Authorization": f"Bearer {expired}"})
    assert r.status_code == 401
    assert call(api, "GET", "/api/v1/me", api.auth("viewer")).status_code == 401
    assert call(api, "GET", "/api/v1/me", api.auth("editor")).json() == {
        "name": "editor",
        "role": "editor",
    }


@pytest.mark.parametrize(
    ("payload", "status", "needle"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"[1, 2]", 422, "body"),
        (b'{"name": 5}', 422, "body.name"),
        (b'{"name": "' + b"x" * 300 + b'"}', 422, "body.name"),
        (b'{"name": "' + b"x" * 70_000 + b'"}', 413, "larger than the limit"),
    ],
)
def test_malformed_and_oversized_bodies(
    api: Served, payload: bytes, status: int, needle: str
) -> None:
    headers = {**api.auth("editor"), "content-type": "application/json"}
    r = api.client.post("/api/v1/systems", headers=headers, content=payload)
    assert r.status_code == status, r.text
    assert needle in r.json()["detail"]


def test_oversized_upload_and_unscannable_file(api: Served) -> None:
    big = ("a,b\n" + "1,2\n" * 80_000).encode()
    r = api.client.post(
        "/api/v1/scans/run", headers=api.auth("editor"), files={"file": ("big.csv", big)}
    )
    assert r.status_code == 413
    r = api.client.post(
        "/api/v1/scans/run",
        headers=api.auth("editor"),
        files={"file": ("x.bin", b"\x00\x01\x02binary")},
    )
    assert 400 <= r.status_code < 500
    assert "x.bin" in r.json()["detail"]


def test_user_management_guards_last_admin(api: Served) -> None:
    admin = api.auth("admin")
    r = api.client.post(
        "/api/v1/users", headers=admin, json={"name": "ops", "role": "editor", "password": "short"}
    )
    assert r.status_code == 422
    assert "at least 8" in r.json()["detail"]
    r = api.client.delete("/api/v1/users/admin", headers=admin)
    assert r.status_code == 409
    assert "last active admin" in r.json()["detail"]
    r = api.client.post("/api/v1/users/editor/tokens", headers=admin, json={"label": "ci"})
    token = r.json()["token"]
    me = api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["name"] == "editor"
