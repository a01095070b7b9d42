"""Users and tokens managed by an admin in the web UI: role checks, CSRF, the service's rules,
a token shown once, and an audit entry for every change (never a secret in it)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from tests.api.helpers import Served

from piplkit.platform.service.audit import AuditFilter, audit_page

STRONG = "plum-orbit-cascade-71"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _admin(web: Served) -> str:
    web.sign_in("admin")
    return _csrf(web.client.get("/users").text)


def _post(web: Served, path: str, csrf: str, lang: str = "zh", **data: str) -> Any:
    return web.client.post(path, data={"csrf": csrf, **data}, headers={"accept-language": lang})


def _trail(web: Served) -> list[dict[str, Any]]:
    with web.reg.read() as s:
        return audit_page(s, AuditFilter(actor="web:admin"), limit=500).entries


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_non_admins_cannot_post(web: Served, role: str) -> None:
    web.sign_in(role)
    csrf = _csrf(web.client.get("/account").text)
    for path, data in [
        ("/users/create", {"name": "x", "role": "admin"}),
        ("/users/role", {"name": role, "role": "admin"}),
        ("/users/active", {"name": "admin", "active": "false"}),
        ("/users/tokens/create", {"user": "admin"}),
        ("/users/tokens/revoke", {"token": "1"}),
    ]:
        assert _post(web, path, csrf, **data).status_code == 403, path
    assert web.client.get("/api/v1/me", headers=web.auth("admin")).json()["role"] == "admin"


def test_posts_need_the_csrf_token(web: Served) -> None:
    _admin(web)
    r = web.client.post("/users/create", data={"name": "eve", "role": "admin"})
    assert r.status_code == 403
    assert _post(web, "/users/create", "0" * 64, name="eve", role="admin").status_code == 403


def test_create_users(web: Served) -> None:
    csrf = _admin(web)
    weak = _post(web, "/users/create", csrf, name="lin", role="editor", password="password")
    assert weak.status_code == 422 and "这是最常见的密码之一" in weak.text
    assert 'value="lin"' in weak.text  # what was typed comes back
    mismatch = _post(
        web, "/users/create", csrf, name="lin", role="editor", password=STRONG, confirm="x"
    )
    assert mismatch.status_code == 422 and "两次输入的新密码不一致" in mismatch.text
    bad_role = _post(web, "/users/create", csrf, "en", name="lin", role="root")
    assert bad_role.status_code == 422
    ok = _post(
        web, "/users/create", csrf, name="lin", role="editor", password=STRONG, confirm=STRONG
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/users?done=created"
    bot = _post(web, "/users/create", csrf, name="etl-bot", role="viewer")
    assert bot.status_code == 303
    again = _post(web, "/users/create", csrf, "en", name="lin", role="viewer")
    assert again.status_code == 409 and "A user with this name already exists." in again.text
    page = web.client.get("/users").text
    assert "仅 API 令牌" in page and 'data-user="lin"' in page
    created = [e for e in _trail(web) if e["entity"] == "app_user" and e["action"] == "create"]
    assert {e["key"] for e in created} == {"lin", "etl-bot"}
    lin = next(e for e in created if e["key"] == "lin")
    assert lin["changes"]["password_hash"] == "[redacted]"
    assert STRONG not in json.dumps(_trail(web))


def test_roles_and_disabling(web: Served) -> None:
    csrf = _admin(web)
    r = _post(web, "/users/role", csrf, name="viewer", role="editor")
    assert r.status_code == 303 and r.headers["location"] == "/users?done=role"
    assert web.client.get("/api/v1/me", headers=web.auth("viewer")).json()["role"] == "editor"

    r = _post(web, "/users/active", csrf, name="viewer", active="false")
    assert r.headers["location"] == "/users?done=disabled"
    assert web.client.get("/api/v1/me", headers=web.auth("viewer")).status_code == 401
    assert "已停用" in web.client.get("/users?done=disabled").text
    r = _post(web, "/users/active", csrf, name="viewer", active="true")
    assert r.headers["location"] == "/users?done=enabled"
    # enabling does not bring back the tokens disabling revoked
    assert web.client.get("/api/v1/me", headers=web.auth("viewer")).status_code == 401

    for data in ({"name": "admin", "active": "false"}, {"name": "admin", "role": "viewer"}):
        path = "/users/active" if "active" in data else "/users/role"
        refused = _post(web, path, csrf, "en", **data)
        assert refused.status_code == 409 and "ask another admin" in refused.text
    assert web.client.get("/api/v1/me", headers=web.auth("admin")).json()["role"] == "admin"
    assert _post(web, "/users/role", csrf, name="ghost", role="viewer").status_code == 404

    changes = [
        e["changes"] for e in _trail(web) if e["entity"] == "app_user" and e["key"] == "viewer"
    ]
    assert {"role": ["viewer", "editor"]} in changes
    assert {"active": [True, False]} in changes and {"active": [False, True]} in changes
    revoked = [e for e in _trail(web) if e["entity"] == "api_token" and e["action"] == "update"]
    assert revoked and all("revoked_at" in e["changes"] for e in revoked)


def test_issue_a_token_for_a_user_and_revoke_it(web: Served) -> None:
    csrf = _admin(web)
    r = _post(web, "/users/tokens/create", csrf, user="editor", label="报表脚本", days="30")
    assert r.status_code == 200
    raw = re.search(r'id="new-token-text">(pk_[^<]+)<', r.text).group(1)  # type: ignore[union-attr]
    assert "editor 的新 API 令牌" in r.text
    assert web.client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).is_success
    listing = web.client.get("/users?user=editor").text
    assert raw not in listing and "报表脚本" in listing
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00", listing)
    token_id = max(int(n) for n in re.findall(r'<tr id="token-(\d+)">', listing))

    too_long = _post(web, "/users/tokens/create", csrf, user="editor", days="9999")
    assert too_long.status_code == 422 and "1 到 365" in too_long.text
    nobody = _post(web, "/users/tokens/create", csrf, "en", user="ghost")
    assert nobody.status_code == 422 and "No such user." in nobody.text

    r = _post(web, "/users/tokens/revoke", csrf, token=str(token_id))
    assert r.status_code == 303 and r.headers["location"] == "/users?done=revoked"
    gone = web.client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert gone.status_code == 401
    assert _post(web, "/users/tokens/revoke", csrf, token="99999").status_code == 404
    assert _post(web, "/users/tokens/revoke", csrf, token="x").status_code == 422

    tokens = [e for e in _trail(web) if e["entity"] == "api_token"]
    assert [e["action"] for e in tokens] == ["update", "create"]  # newest first
    assert tokens[1]["changes"]["token_hash"] == "[redacted]"
    assert raw not in json.dumps(tokens)
