"""The audit pages without a browser: admins only, filters and paging, China time with zone,
the chain check with its anchor, and a tampered entry reported by the web check."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text
from tests.api.helpers import Served

from piplkit.map.register.repository import systems
from piplkit.map.register.schemas import SystemIn
from piplkit.map.register.store import Register

ADMIN_PAGES = ("/audit", "/audit/verify", "/users")


def drop_append_only_triggers(reg: Register, *statements: str) -> None:
    """Act as an attacker with database access: drop the triggers, then change rows."""
    with reg.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
            conn.execute(text("DROP TRIGGER audit_chain_no_rewind ON audit_chain"))
        else:
            for name in ("audit_event_no_update", "audit_event_no_delete", "audit_chain_no_rewind"):
                conn.execute(text(f"DROP TRIGGER {name}"))
        for statement in statements:
            conn.execute(text(statement))


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_only_admins_see_the_pages_and_the_links(web: Served, role: str) -> None:
    web.sign_in(role)
    for path in ADMIN_PAGES:
        assert web.client.get(path).status_code == 403, path
    home = web.client.get("/").text
    assert 'href="/audit"' not in home and 'href="/users"' not in home
    web.client.cookies.clear()
    assert web.client.get("/audit").headers["location"] == "/login?next=/audit"
    web.sign_in("admin")
    home = web.client.get("/").text
    assert 'id="nav-audit"' in home and 'id="nav-users"' in home


def _entry_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr id="entry-(\d+)">', html)]


def test_list_filters_and_pages(web: Served) -> None:
    with web.reg.write("web:alice") as s:
        for i in range(40):
            systems.create(s, SystemIn(name=f"系统{i:02}"))
    web.sign_in("admin")
    everything = web.client.get("/audit").text
    ids = _entry_ids(everything)
    assert ids == sorted(ids, reverse=True) and len(ids) == 50  # newest first, one page
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00", everything)
    assert 'id="audit-older"' in everything and 'id="audit-newer"' not in everything

    datasets = web.client.get("/audit?entity=dataset&action=create").text
    rows = re.findall(r'<tr id="entry-\d+">(.*?)</tr>', datasets, re.S)
    assert rows and all(">dataset<" in r and 'title="create">新建<' in r for r in rows)

    alice = web.client.get("/audit?actor=alice").text  # the user behind every channel
    assert len(_entry_ids(alice)) == 40 and "web:alice" in alice
    older = web.client.get("/audit?entity=system&offset=20").text
    assert 'href="/audit?entity=system&amp;offset=0"' in older  # the filter survives paging
    assert 'id="audit-newer"' in older and "第 21–41 条" in older

    nothing = web.client.get("/audit?since=2000-01-01&until=2000-01-02").text
    assert _entry_ids(nothing) == [] and "没有符合条件的审计记录" in nothing
    bad = web.client.get("/audit?since=2026-13-01", headers={"accept-language": "en"})
    assert bad.status_code == 422 and "From: enter a date as YYYY-MM-DD." in bad.text
    reversed_range = web.client.get("/audit?since=2026-03-02&until=2026-03-01")
    assert reversed_range.status_code == 422 and "is before since" in reversed_range.text


def test_verify_shows_the_result_and_the_anchor_the_api_gives(web: Served) -> None:
    web.sign_in("admin")
    page = web.client.get("/audit/verify").text
    assert 'class="alert ok"' in page and "哈希链完整" in page
    head = web.client.get("/api/v1/audit/head", headers=web.auth("admin")).json()
    shown = re.search(r'id="anchor-text">([^<]+)<', page)
    assert shown and shown.group(1) == head["anchor"]

    checked = web.client.get("/audit/verify", params={"anchors": head["anchor"]}).text
    assert "所给的 1 个锚点均相符" in checked
    wrong = f"1:{head['last_hash']}"
    mismatch = web.client.get("/audit/verify", params={"anchors": wrong}).text
    assert 'class="alert bad"' in mismatch and "与锚点不符" in mismatch
    malformed = web.client.get("/audit/verify", params={"anchors": "12:nothex"})
    assert malformed.status_code == 422 and "expected ID:SHA256HEX" in malformed.text


def test_a_tampered_entry_is_reported_by_the_web_check(web: Served) -> None:
    web.sign_in("admin")
    assert "哈希链完整" in web.client.get("/audit/verify").text
    drop_append_only_triggers(web.reg, "UPDATE audit_event SET actor = 'mallory' WHERE id = 3")
    page = web.client.get("/audit/verify", headers={"accept-language": "en"}).text
    assert "The hash chain is broken: 1 problem(s)" in page
    problems = re.findall(
        r"<tr><td class=\"num\">(\d+)</td>\s*<td><span class=\"badge bad\">([^<]+)<", page
    )
    assert problems == [("3", "edited")]
    assert "entry 3: content changed after it was written" in page
