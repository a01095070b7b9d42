"""The calendar page, the ``/calendar.ics`` feed and its tokens, without a browser (issue 14).

The register is ``tests.register.security_helpers``'s: as of 2026-01-10 the rectification of
会员系统 is overdue (due 2025-09-30), its level test is due 2026-06-15, the CII test of 支付网关
2026-05-10 and the organisation's important-data risk report 2026-12-20.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any
from unittest import mock

import icalendar
import pytest
from tests.api.helpers import Served, served
from tests.register.security_helpers import ORG, populate_security

from piplkit.platform.auth import service

AS_OF = "2026-01-10"


@pytest.fixture
def web(tmp_path: Any) -> Iterator[Served]:
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        with mock.patch("tests.register.security_helpers.populate", lambda reg: None):
            populate_security(env.reg)
        yield env


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _rows(html: str) -> list[tuple[str, str]]:
    """(status, uid) of the list view's rows, in order."""
    return re.findall(r'<tr data-uid="([0-9a-f]+)" data-status="([a-z_]+)">', html)


def test_list_view_overdue_first_with_rule_article_source_and_as_of(web: Served) -> None:
    web.sign_in("viewer")
    r = web.client.get(f"/calendar?as_of={AS_OF}")
    assert r.status_code == 200
    text = _text(r.text)
    assert "截至 2026-01-10" in text  # the as-of date, in the heading
    statuses = [status for _uid, status in _rows(r.text)]
    assert statuses[0] == "overdue" and statuses.count("overdue") >= 1
    order = ["overdue", "due_today", "open", "passed", "window_open", "due_soon", "upcoming"]
    ranks = [order.index(s) if s in order else len(order) for s in statuses]
    assert ranks == sorted(ranks)
    first_row = re.split(r'<tr data-uid="[0-9a-f]+" data-status="overdue">', r.text)[1]
    first_row = first_row.split("</tr>", 1)[0]
    assert "整改：数据库审计日志留存不足六个月" in first_row  # Chinese title
    # the rule and note in the page's language (the zh page shows no English sentence)
    assert "按整改方案确定的日期完成" in first_row and "by the rectification plan" not in first_row
    assert "Art. 14 para. 3" in first_row and "《信息安全等级保护管理办法" in first_row
    assert re.search(r'<a href="https?://[^"]+" rel="noopener', first_row)  # the source address
    assert "2026-06-15" in text and "2026-05-10" in text and "2026-12-20" in text


def test_filters_by_system_organisation_kind_and_status(web: Served) -> None:
    web.sign_in("viewer")
    gateway = web.client.get(f"/calendar?as_of={AS_OF}&system=支付网关").text
    assert "2026-05-10" in gateway and "2026-06-15" not in gateway
    data = web.client.get(f"/calendar?as_of={AS_OF}&family=data").text
    assert "2026-12-20" in data and "2026-05-10" not in data
    overdue = web.client.get(f"/calendar?as_of={AS_OF}&status=overdue").text
    assert {s for _u, s in _rows(overdue)} == {"overdue"}
    assert _rows(web.client.get(f"/calendar?as_of={AS_OF}&organisation={ORG}").text)
    r = web.client.get("/calendar?organisation=无此公司")
    assert r.status_code == 404 and "无此公司" in _text(r.text)
    r = web.client.get("/calendar?as_of=2026-02-30")
    assert r.status_code == 400 and "is not a date" in _text(r.text)
    r = web.client.get("/calendar?family=tax")
    assert r.status_code == 400 and "family" in _text(r.text)


def test_month_view_puts_each_duty_on_its_day(web: Served) -> None:
    web.sign_in("editor")
    r = web.client.get(f"/calendar?as_of={AS_OF}&view=month&month=2026-05")
    assert r.status_code == 200
    cell = r.text.split('data-date="2026-05-10">', 1)[1].split("</td>", 1)[0]
    assert "关键信息基础设施" in cell and "支付网关" in cell and "Art. 17" in cell
    days = re.findall(r'data-date="(\d{4}-\d{2}-\d{2})"', r.text)
    # whole weeks, Monday first: 2026-05-01 is a Friday, 2026-05-31 a Sunday
    assert (days[0], days[-1], len(days)) == ("2026-04-27", "2026-05-31", 35)
    assert "month=2026-04" in r.text and "month=2026-06" in r.text  # previous and next
    june = web.client.get(f"/calendar?as_of={AS_OF}&view=month&month=2026-06").text
    cell = june.split('data-date="2026-06-15">', 1)[1].split("</td>", 1)[0]
    assert "等级测评" in cell and "会员系统" in cell
    assert 'id="cal-overdue"' in r.text  # the overdue panel above the grid
    default = web.client.get(f"/calendar?as_of={AS_OF}&view=month").text
    assert '<h2 id="month-title">2026-01</h2>' in default
    assert 'class=" today" data-date="2026-01-10"' in default


def test_english_labels(web: Served) -> None:
    web.sign_in("viewer")
    web.client.cookies.set("piplkit_lang", "en")
    text = _text(web.client.get(f"/calendar?as_of={AS_OF}").text)
    assert "as of 2026-01-10" in text and "overdue" in text
    assert "Rectify: 数据库审计日志留存不足六个月" in text and "MLPS Measures 2007 Art. 14" in text
    assert "by the rectification plan" in text and "按整改方案" not in text


def test_feed_rules_and_notes_in_the_feeds_language(web: Served) -> None:
    feed = _token(web, "feed-lang", "viewer")
    texts = {}
    for lang in ("zh", "en"):
        r = web.client.get(f"/calendar.ics?token={feed}&as_of={AS_OF}&lang={lang}")
        events = icalendar.Calendar.from_ical(r.text).walk("VEVENT")
        texts[lang] = "\n".join(str(e["DESCRIPTION"]) for e in events)
    assert "按整改方案确定的日期完成" in texts["zh"] and "by the rectification" not in texts["zh"]
    assert "截至2026-01-10" in texts["zh"]
    assert "by the rectification plan" in texts["en"] and "按整改方案" not in texts["en"]


def test_paging_keeps_the_filters(web: Served) -> None:
    with web.reg.write("test") as s:
        from piplkit.map.register import repository as repo

        items = [
            {"title": f"整改项{i:03d}", "found_on": "2025-06-15", "due_on": "2025-12-01"}
            for i in range(120)
        ]
        repo.systems.update(s, "支付网关", {"rectifications": items})
    web.sign_in("viewer")
    first = web.client.get(f"/calendar?as_of={AS_OF}&family=mlps").text
    assert len(_rows(first)) == 100 and 'id="page-next"' in first
    link = re.search(r'href="([^"]+)" id="page-next"', first)
    assert link is not None and "family=mlps" in link.group(1)
    second = web.client.get(link.group(1).replace("&amp;", "&")).text
    assert 0 < len(_rows(second)) < 100
    assert not set(_rows(first)) & set(_rows(second))


# --- the feed ---------------------------------------------------------------------------------


def _token(web: Served, user: str, role: str) -> str:
    with web.reg.write("test") as s:
        if service.find_user(s, user) is None:
            service.add_user(s, user, role)
        return service.issue_token(s, user, label="calendar")


def test_feed_needs_a_token_and_a_viewer_one_in_the_url(
    web: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    r = web.client.get("/calendar.ics")
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert web.client.get("/calendar.ics?token=pk_nope").status_code == 401
    feed = _token(web, "outlook-feed", "viewer")
    r = web.client.get(f"/calendar.ics?token={feed}&as_of={AS_OF}&lang=en")
    assert r.status_code == 200 and r.headers["content-type"] == "text/calendar; charset=utf-8"
    events = list(icalendar.Calendar.from_ical(r.text).walk("VEVENT"))
    assert any(e.decoded("DTSTART") == dt.date(2026, 5, 10) for e in events)
    assert feed not in r.text
    # an editor's (or admin's) token is refused in a URL, but works as a header
    r = web.client.get(f"/calendar.ics?token={web.tokens['editor']}")
    assert r.status_code == 403 and "viewer" in r.text
    assert web.tokens["editor"] not in r.text
    header = {"Authorization": f"Bearer {web.tokens['editor']}"}
    assert web.client.get(f"/calendar.ics?as_of={AS_OF}", headers=header).status_code == 200
    # the token never reaches a log line of the server (httpx's are the test client's own)
    server_lines = [r.getMessage() for r in caplog.records if not r.name.startswith("httpx")]
    assert any("/calendar.ics" in line for line in server_lines)
    assert not [line for line in server_lines if feed in line or web.tokens["editor"] in line]


def test_feed_filters_and_revoked_or_expired_tokens(web: Served) -> None:
    feed = _token(web, "google-feed", "viewer")
    r = web.client.get(f"/calendar.ics?token={feed}&as_of={AS_OF}&family=cii&system=支付网关")
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(r.text).walk("VEVENT")]
    assert summaries and all("支付网关" in s for s in summaries)
    r = web.client.get(f"/calendar.ics?token={feed}&system=nope")
    assert r.status_code == 404
    r = web.client.get(f"/calendar.ics?token={feed}&family=tax")
    assert r.status_code == 400
    with web.reg.write("test") as s:
        infos = service.list_tokens(s, None, user="google-feed")
        service.revoke_token(s, infos[0].id, None)
    assert web.client.get(f"/calendar.ics?token={feed}").status_code == 401
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    with web.reg.write("test") as s:
        old = service.issue_token(s, "google-feed", days=1, now=long_ago)
    assert web.client.get(f"/calendar.ics?token={old}").status_code == 401


def test_feed_for_a_signed_in_browser_and_the_page_links_to_it(web: Served) -> None:
    web.sign_in("viewer")
    page = web.client.get(f"/calendar?as_of={AS_OF}&family=mlps").text
    link = re.search(r'id="ics-download" href="([^"]+)"', page)
    assert link is not None
    href = link.group(1).replace("&amp;", "&")
    assert "family=mlps" in href and f"as_of={AS_OF}" in href
    r = web.client.get(href)
    assert r.status_code == 200
    assert {
        str(e["CATEGORIES"].cats[0]) for e in icalendar.Calendar.from_ical(r.text).walk("VEVENT")
    } == {"mlps"}


# --- the demo -----------------------------------------------------------------------------------


def test_the_demo_register_has_calendar_entries(tmp_path: Any) -> None:
    """``piplkit demo`` seeds MLPS, CII and important-data facts: its calendar shows them."""
    from typer.testing import CliRunner

    from piplkit.faces.cli.app import app

    result = CliRunner().invoke(
        app, ["demo", str(tmp_path / "demo"), "--rows", "20", "--as-of", "2026-07-01"]
    )
    assert result.exit_code == 0, result.output
    # its printed hints point to the calendar: the page, the command and what it holds
    hints = " ".join(result.stderr.split())
    assert "http://127.0.0.1:8000/calendar?as_of=2026-07-01" in hints
    assert "piplkit calendar --db sqlite:///" in hints
    found = re.search(
        r"Compliance calendar: [\d,]+ duties as of 2026-07-01 \(([\d,]+) overdue; ([^)]*)\)", hints
    )
    assert found is not None, hints
    assert int(found.group(1)) >= 1
    assert all(f in found.group(2) for f in ("MLPS", "CII", "important data"))
    url = f"sqlite:///{tmp_path / 'demo' / 'piplkit.db'}"
    result = CliRunner().invoke(
        app, ["calendar", "--as-of", "2026-07-01", "--format", "json", "--db", url]
    )
    assert result.exit_code == 0, result.output
    import json

    entries = json.loads(result.stdout)["entries"]
    families = {e["family"] for e in entries}
    assert {"mlps", "cii", "data"} <= families
    assert any(e["status"] == "overdue" and e["duty"] == "mlps.rectification" for e in entries)
