"""The account page without a browser: tokens listed per role, created once, revoked with CSRF;
the password change refuses weak passwords in the user's language and ends old tokens."""

from __future__ import annotations

import re

from tests.api.helpers import PASSWORD, Served

from piplkit.platform.auth import service

NEW = "plum-orbit-cascade-71"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _token_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr id="token-(\d+)">', html)]


def test_viewers_see_their_tokens_admins_everyone(web: Served) -> None:
    web.sign_in("viewer")
    page = web.client.get("/account")
    assert page.status_code == 200
    assert len(_token_ids(page.text)) == 1
    assert "所有用户的 API 令牌" not in page.text and "我的 API 令牌" in page.text
    web.client.cookies.clear()
    web.sign_in("admin")
    page = web.client.get("/account", headers={"accept-language": "en"})
    assert len(_token_ids(page.text)) == 3
    assert "API tokens of all users" in page.text
    assert web.tokens["admin"] not in page.text  # token texts are never shown again


def test_create_shows_the_token_once_and_revoke_needs_csrf(web: Served) -> None:
    web.sign_in("editor")
    csrf = _csrf(web.client.get("/account").text)
    r = web.client.post("/account/tokens", data={"csrf": csrf, "label": "laptop", "days": "7"})
    assert r.status_code == 200
    raw = re.search(r'id="new-token-text">(pk_[^<]+)<', r.text).group(1)  # type: ignore[union-attr]
    assert web.client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).is_success
    page = web.client.get("/account").text
    assert raw not in page and "laptop" in page
    bad = web.client.post("/account/tokens", data={"csrf": csrf, "days": "9999"})
    assert bad.status_code == 422 and "1 到 365" in bad.text
    new_id = max(_token_ids(page))
    r = web.client.post(f"/account/tokens/{new_id}/revoke", data={"csrf": "forged"})
    assert r.status_code == 403
    r = web.client.post(f"/account/tokens/{new_id}/revoke", data={"csrf": csrf})
    assert r.status_code == 303 and r.headers["location"] == "/account?done=revoked"
    gone = web.client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert gone.status_code == 401
    assert "已吊销" in web.client.get("/account?done=revoked").text


def test_others_tokens_cannot_be_revoked_by_a_viewer(web: Served) -> None:
    with web.reg.read() as s:
        admin_id = service.list_tokens(s, None, user="admin")[0].id
    web.sign_in("viewer")
    csrf = _csrf(web.client.get("/account").text)
    r = web.client.post(f"/account/tokens/{admin_id}/revoke", data={"csrf": csrf})
    assert r.status_code == 404
    assert web.client.get("/api/v1/me", headers=web.auth("admin")).is_success


def test_password_change(web: Served) -> None:
    other_browser = web.sign_in("editor")
    web.sign_in("editor")
    csrf = _csrf(web.client.get("/account").text)

    def change(current: str, new: str, confirm: str | None = None, lang: str = "zh") -> object:
        data = {"csrf": csrf, "current": current, "new": new, "confirm": confirm or new}
        return web.client.post("/account/password", data=data, headers={"accept-language": lang})

    r = change(PASSWORD, "password")
    assert r.status_code == 422 and "太容易被猜中：这是最常见的密码之一" in r.text  # type: ignore[attr-defined]
    r = change(PASSWORD, "aaaaaaaa", lang="en")
    assert r.status_code == 422 and "repeated characters" in r.text  # type: ignore[attr-defined]
    r = change(PASSWORD, NEW, "something-else")
    assert r.status_code == 422 and "两次输入的新密码不一致" in r.text  # type: ignore[attr-defined]
    r = change("wrong-current-password", NEW)
    assert r.status_code == 401 and "当前密码不正确" in r.text  # type: ignore[attr-defined]
    assert web.client.get("/api/v1/me", headers=web.auth("editor")).is_success
    r = change(PASSWORD, NEW)
    assert r.status_code == 303  # type: ignore[attr-defined]
    assert web.client.get("/account?done=password").status_code == 200  # this browser stays in
    assert web.client.get("/api/v1/me", headers=web.auth("editor")).status_code == 401
    with web.reg.read() as s:
        assert service.resolve_web_session(s, other_browser) is None
        assert service.authenticate_password(s, "editor", NEW) is not None
