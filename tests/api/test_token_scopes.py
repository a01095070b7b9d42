"""Token scopes: a ``calendar:read`` token reads the calendar (REST and the ``/calendar.ics``
feed, even when its user is an admin) and is refused everywhere else; full tokens work as
before (a full token of an editor or admin is still refused in a feed URL). On SQLite and,
with PIPLKIT_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

import re

import pytest
from tests.api.helpers import Served
from tests.api.test_security import call, routes
from typer.testing import CliRunner

from piplkit.map.register.errors import InvalidInputError
from piplkit.platform.auth import service
from piplkit.platform.auth.models import TokenScope
from piplkit.platform.service.access import PUBLIC

CALENDAR = {"/api/v1/calendar", "/api/v1/calendar.ics", "/calendar.ics"}


def _calendar_token(api: Served, user: str) -> str:
    with api.reg.write("test") as s:
        return service.issue_token(s, user, label="calendar", scope="calendar:read")


def test_a_calendar_token_reads_the_calendar_and_nothing_else(api: Served) -> None:
    token = _calendar_token(api, "admin")
    bearer = {"Authorization": f"Bearer {token}"}
    assert call(api, "GET", "/api/v1/calendar?as_of=2026-01-10", bearer).status_code == 200
    ics = call(api, "GET", "/api/v1/calendar.ics?as_of=2026-01-10", bearer)
    assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR")
    # in a subscription URL although its user is an admin: it can do nothing but read this
    feed = api.client.get(f"/calendar.ics?token={token}&as_of=2026-01-10")
    assert feed.status_code == 200 and feed.text.startswith("BEGIN:VCALENDAR")
    # every other API route, enumerated from the app, refuses it for its scope
    refused = 0
    for method, path, role in routes(api):
        if role == PUBLIC or path in CALENDAR or not path.startswith("/api/"):
            continue
        r = call(api, method, path, bearer)
        assert r.status_code == 403, (method, path, r.status_code)
        assert "calendar:read" in r.text, (method, path, r.text)
        refused += 1
    assert refused > 30
    # the tracker's Atom feed, the other route that reads a bearer token, refuses it too
    assert api.client.get("/track/feed.atom", headers=bearer).status_code == 403
    # and a browser page does not take tokens at all
    page = api.client.get("/calendar", headers=bearer, follow_redirects=False)
    assert page.status_code == 303


def test_full_tokens_in_a_feed_url_as_before(api: Served) -> None:
    editor = api.client.get(f"/calendar.ics?token={api.tokens['editor']}")
    assert editor.status_code == 403 and "calendar:read" in editor.text
    assert api.tokens["editor"] not in editor.text
    assert api.client.get(f"/calendar.ics?token={api.tokens['viewer']}").status_code == 200
    # a full token still does everything its role allows
    assert call(api, "GET", "/api/v1/tokens", api.auth("editor")).status_code == 200


def test_scope_on_creation_and_in_every_list(api: Served) -> None:
    r = api.client.post(
        "/api/v1/users/editor/tokens",
        json={"label": "outlook", "scope": "calendar:read"},
        headers=api.auth("admin"),
    )
    assert r.status_code == 201 and r.json()["scope"] == "calendar:read"
    scoped = r.json()["token"]
    assert api.client.get(f"/calendar.ics?token={scoped}").status_code == 200
    bad = api.client.post(
        "/api/v1/users/editor/tokens", json={"scope": "admin"}, headers=api.auth("admin")
    )
    assert bad.status_code == 422
    listed = call(api, "GET", "/api/v1/tokens?user=editor", api.auth("admin")).json()["items"]
    assert {i["label"]: i["scope"] for i in listed}["outlook"] == "calendar:read"
    assert {i["scope"] for i in listed if i["label"] != "outlook"} == {"full"}
    with api.reg.write("test") as s, pytest.raises(InvalidInputError, match="scope"):
        service.issue_token(s, "viewer", scope="everything")
    with api.reg.read() as s:
        principal = service.resolve_token(s, scoped)
    assert principal is not None and principal.scope is TokenScope.CALENDAR_READ


def test_cli_creates_and_lists_scoped_tokens(api: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    from piplkit.faces.cli.app import app

    monkeypatch.setenv("COLUMNS", "200")
    url = str(api.reg.engine.url.render_as_string(hide_password=False))
    runner = CliRunner()
    made = runner.invoke(
        app, ["user", "token", "create", "editor", "--scope", "calendar:read", "--db", url]
    )
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[0]
    assert "scope calendar:read" in made.stderr
    assert api.client.get(f"/calendar.ics?token={token}").status_code == 200
    listed = runner.invoke(app, ["user", "token", "list", "editor", "--db", url])
    assert re.search(r"calendar:read", listed.stdout) and re.search(r"\bfull\b", listed.stdout)
    bad = runner.invoke(app, ["user", "token", "create", "editor", "--scope", "x", "--db", url])
    assert bad.exit_code != 0 and "scope" in bad.output and "Traceback" not in bad.output


def test_account_page_makes_a_calendar_token_and_shows_its_scope(api: Served) -> None:
    api.sign_in("editor")
    found = re.search(r'name="csrf" value="([^"]+)"', api.client.get("/account").text)
    assert found is not None
    csrf = found.group(1)
    r = api.client.post(
        "/account/tokens", data={"csrf": csrf, "label": "Google 日历", "scope": "calendar:read"}
    )
    assert r.status_code == 200
    token = re.search(r'id="new-token-text">([^<]+)<', r.text)
    assert token is not None
    assert api.client.get(f"/calendar.ics?token={token.group(1).strip()}").status_code == 200
    row = r.text.split("Google 日历", 1)[1].split("</tr>", 1)[0]
    assert "仅日历" in row
    bad = api.client.post("/account/tokens", data={"csrf": csrf, "scope": "root"})
    assert bad.status_code == 422 and "权限范围" in bad.text
