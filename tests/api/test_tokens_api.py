"""API tokens over the REST API: issue with an expiry, list, revoke; password change and
deactivation end old tokens; dead tokens get 401 in the published error schema."""

from __future__ import annotations

from typing import Any

from tests.api.helpers import Served

ERROR_KEYS = {"error", "detail"}


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _refused(api: Served, token: str) -> None:
    r = api.client.get("/api/v1/me", headers=_bearer(token))
    assert r.status_code == 401
    body = r.json()
    assert set(body) == ERROR_KEYS
    assert body["error"] == "unauthorized"
    assert body["detail"] == "invalid, expired or revoked API token"
    assert r.headers["www-authenticate"] == "Bearer"


def _issue(api: Served, user: str, **body: Any) -> dict[str, Any]:
    r = api.client.post(f"/api/v1/users/{user}/tokens", headers=api.auth("admin"), json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_issue_with_expiry_and_refuse_beyond_the_maximum(api: Served) -> None:
    made = _issue(api, "editor", label="ci", expires_days=7)
    assert made["token"].startswith("pk_")
    assert made["label"] == "ci" and made["user"] == "editor" and made["state"] == "active"
    assert made["expires_at"] and made["last_used_at"] is None and made["revoked_at"] is None
    default = _issue(api, "editor")
    assert default["expires_at"] > made["expires_at"]  # 90 days by default
    r = api.client.post(
        "/api/v1/users/editor/tokens", headers=api.auth("admin"), json={"expires_days": 366}
    )
    assert r.status_code == 422
    assert "at most 365" in r.json()["detail"]


def test_list_own_tokens_or_all_as_admin(api: Served) -> None:
    mine = api.client.get("/api/v1/tokens", headers=api.auth("viewer")).json()
    assert {t["user"] for t in mine["items"]} == {"viewer"}
    assert all("token" not in t and "token_hash" not in t for t in mine["items"])
    everyone = api.client.get("/api/v1/tokens", headers=api.auth("admin")).json()
    assert {t["user"] for t in everyone["items"]} == {"viewer", "editor", "admin"}
    assert everyone["total"] == 3
    one = api.client.get("/api/v1/tokens?user=editor", headers=api.auth("admin")).json()
    assert [t["user"] for t in one["items"]] == ["editor"]
    r = api.client.get("/api/v1/tokens?user=editor", headers=api.auth("viewer"))
    assert r.status_code == 403
    # using a token records its last use
    used = mine["items"][0]
    again = api.client.get("/api/v1/tokens", headers=api.auth("viewer")).json()["items"][0]
    assert again["id"] == used["id"] and again["last_used_at"] is not None


def test_revoke_one_token(api: Served) -> None:
    spare = _issue(api, "viewer", label="spare")
    theirs = api.client.get("/api/v1/tokens?user=editor", headers=api.auth("admin")).json()
    editor_id = theirs["items"][0]["id"]
    r = api.client.post(f"/api/v1/tokens/{editor_id}/revoke", headers=api.auth("viewer"))
    assert r.status_code == 404  # not the viewer's: reported as missing
    assert set(r.json()) == ERROR_KEYS
    r = api.client.post(f"/api/v1/tokens/{spare['id']}/revoke", headers=api.auth("viewer"))
    assert r.status_code == 200
    assert r.json()["state"] == "revoked" and r.json()["revoked_at"]
    _refused(api, spare["token"])
    assert api.client.get("/api/v1/me", headers=api.auth("viewer")).status_code == 200
    r = api.client.post(f"/api/v1/tokens/{10**30}/revoke", headers=api.auth("admin"))
    assert r.status_code == 422  # a huge id is refused, not a server error
    r = api.client.post(f"/api/v1/tokens/{editor_id}/revoke", headers=api.auth("admin"))
    assert r.status_code == 200
    _refused(api, api.tokens["editor"])


def test_password_change_and_deactivation_end_tokens_for_good(api: Served) -> None:
    admin = api.auth("admin")
    r = api.client.patch(
        "/api/v1/users/editor", headers=admin, json={"password": "new-plum-orbit-cascade-72"}
    )
    assert r.status_code == 200
    assert r.json()["tokens"] == 0
    _refused(api, api.tokens["editor"])
    for active in (False, True):
        r = api.client.patch("/api/v1/users/viewer", headers=admin, json={"active": active})
        assert r.is_success
        _refused(api, api.tokens["viewer"])  # and reactivation does not revive them
    fresh = _issue(api, "viewer")
    assert api.client.get("/api/v1/me", headers=_bearer(fresh["token"])).json()["name"] == "viewer"


def test_weak_passwords_are_refused_with_the_reason(api: Served) -> None:
    admin = api.auth("admin")
    for password, needle in [
        ("password", "most common passwords"),
        ("aaaaaaaa", "repeated characters"),
        ("ops2024!", "user name"),
    ]:
        r = api.client.post(
            "/api/v1/users", headers=admin, json={"name": "ops", "password": password}
        )
        assert r.status_code == 422, password
        body = r.json()
        assert body["error"] == "invalid_input"
        assert needle in body["detail"] and "密码太容易被猜中" in body["detail"]
    r = api.client.patch("/api/v1/users/editor", headers=admin, json={"password": "12345678"})
    assert r.status_code == 422
    assert api.client.get("/api/v1/me", headers=api.auth("editor")).status_code == 200
