"""``piplkit demo`` leaves rights requests, consents and incidents behind (issue 19, item 4).

The demo runs once into a temporary folder, pinned to a day (``--as-of``) so the counts do not
depend on when the tests run; the pages are read as on that day. A last test seeds a register as
of the real clock, as ``./dev demo`` does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from piplkit.assess.law.calendar import CHINA_TZ, default_calendar
from piplkit.faces.api import Settings
from piplkit.faces.cli.app import build_app
from piplkit.faces.cli.demo_respond import PREFIX, add_respond_facts, child_id, people
from piplkit.faces.server import create_app
from piplkit.faces.web import pages, respond_pages
from piplkit.faces.web.respond_alerts import dashboard_alerts, duty_alerts, request_alerts
from piplkit.map.register.store import open_register
from piplkit.platform.auth import service
from piplkit.respond import consent, dsr, incidents
from piplkit.respond.models import ConsentRecord

AS_OF = dt.date(2026, 6, 15)  # a Monday before the Dragon Boat holiday
NOW = dt.datetime.combine(AS_OF, dt.time(10), CHINA_TZ)
RUNNER = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    directory = tmp_path_factory.mktemp("demo") / "piplkit-demo"
    result = RUNNER.invoke(
        build_app(("demo_cmd",)),
        ["demo", str(directory), "--rows", "10", "--as-of", AS_OF.isoformat()],
    )
    assert result.exit_code == 0, result.output
    return directory, result.stderr


def _url(directory: Path) -> str:
    return f"sqlite:///{directory / 'piplkit.db'}"


def test_the_demo_seeds_requests_consents_and_incidents(demo: tuple[Path, str]) -> None:
    directory, output = demo
    reg = open_register(_url(directory))
    try:
        with reg.read() as s:
            requests = dsr.list_requests(s)
            levels = [a.level for a in request_alerts(s, AS_OF)[0]]
            consents = consent.list_consents(s)
            found = incidents.list_incidents(s)
            duties = duty_alerts(s, NOW)
            refused = dsr.get(s, f"{PREFIX}dsr-07")
            withdrawal = dsr.get(s, f"{PREFIX}dsr-06")
            assert {r.deadline_basis for r in requests} == {"organisation_target"}
            assert all("organisation's target of 15 working days" in (r.deadline_note or "")
                       for r in requests)  # fmt: skip
    finally:
        reg.dispose()
    assert len(requests) == 8
    assert levels.count("overdue") == 2
    assert levels.count("due_soon") + levels.count("due_today") >= 1
    assert "due_soon" in levels
    assert {r.state.value for r in requests} >= {"received", "verifying", "in_progress", "closed"}
    assert refused.refusal_reason and "电子商务法" in refused.refusal_reason
    assert withdrawal.state.value == "closed"  # the withdrawal was carried out at verification
    assert len(consents) == 8
    withdrawn = {c.name for c in consents if c.withdrawn_at is not None}
    assert withdrawn == {f"{PREFIX}consent-04", f"{PREFIX}consent-05"}
    assert any(c.minor and c.guardian_masked for c in consents)
    assert len(found) == 2
    assert {i.status.value for i in found} == {"open", "closed"}
    running = [d for d in duties if d.incident_id == f"{PREFIX}inc-01"]
    assert [d.level for d in running if d.duty == "report"] == ["due_soon"]
    assert 0 < next(d.hours for d in running if d.duty == "report") <= 4  # type: ignore[operator]
    assert not [d for d in duties if d.incident_id == f"{PREFIX}inc-02"]
    assert re.search(r"Rights requests: 8 \(2 overdue, [1-3] due within 3 days", output)
    assert "consents: 8 (2 withdrawn); incidents: 2 (1 open)" in output


def test_no_generated_identifier_or_name_is_stored(demo: tuple[Path, str]) -> None:
    directory, _ = demo
    data = (directory / "piplkit.db").read_bytes()
    values = [child_id(AS_OF)]
    for p in people():
        values += [p.name, p.mobile, p.email, p.resident_id]
    assert [v for v in values if v.encode("utf-8") in data] == []


def test_seeding_again_keeps_what_is_there(demo: tuple[Path, str]) -> None:
    directory, _ = demo
    reg = open_register(_url(directory))
    key = (directory / "ledger.key").read_bytes().strip()
    try:
        again = add_respond_facts(reg, key, NOW, default_target=15)
        with reg.read() as s:
            total = len(list(s.scalars(select(ConsentRecord))))
    finally:
        reg.dispose()
    assert not again.seeded
    assert (again.requests, again.consents, again.incidents, total) == (8, 8, 2, 8)


@pytest.fixture
def client(demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The web UI on the demo's register, as on the demo's day, signed in as its admin."""
    directory, _ = demo
    monkeypatch.setattr(respond_pages, "china_today", lambda now=None: AS_OF)
    monkeypatch.setattr(pages, "dashboard_alerts", lambda session: dashboard_alerts(session, NOW))
    reg = open_register(_url(directory))
    try:
        with reg.write("test") as s:
            raw = service.start_web_session(s, "admin")
        with TestClient(create_app(reg, Settings()), follow_redirects=False) as c:
            c.cookies.set("piplkit_session", raw)
            c.cookies.set("piplkit_lang", "en")
            yield c
    finally:
        reg.dispose()


def _ids(html: str, prefix: str) -> set[str]:
    return set(re.findall(rf">({re.escape(PREFIX)}{prefix}-\d\d)<", html))


def test_the_pages_show_them(client: Any) -> None:
    listing = client.get("/dsr")
    assert listing.status_code == 200
    assert _ids(listing.text, "dsr") == {f"{PREFIX}dsr-0{n}" for n in range(1, 9)}
    assert len(re.findall(r"\d+ day\(s\) late", listing.text)) == 2
    assert re.search(r"[1-3] day\(s\) left", listing.text)
    consents = client.get("/consents")
    assert consents.status_code == 200 and "8 consent(s)" in consents.text
    assert consents.text.count(f"{PREFIX}consent-") >= 8
    listed = client.get("/incidents")
    assert listed.status_code == 200
    assert _ids(listed.text, "inc") == {f"{PREFIX}inc-01", f"{PREFIX}inc-02"}
    dashboard = client.get("/")
    assert dashboard.status_code == 200
    panel = dashboard.text[dashboard.text.index('id="respond-alerts"') :]
    panel = panel[: panel.index("</section>")]
    assert "Overdue" in panel and "Due soon" in panel
    assert _ids(panel, "dsr") >= {f"{PREFIX}dsr-01", f"{PREFIX}dsr-02"}
    assert "会员系统接口异常批量导出会员数据" in panel


def test_seeding_on_the_real_clock_gives_overdue_and_due_soon(tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    today = now.astimezone(CHINA_TZ).date()
    years = {(today + dt.timedelta(days=d)).year for d in (-90, 3)}
    if not all(default_calendar().covers(y) for y in years):
        pytest.skip(f"the working-day calendar has no holiday schedule for {sorted(years)}")
    reg = open_register(f"sqlite:///{tmp_path / 'piplkit.db'}")
    try:
        seeded = add_respond_facts(reg, b"k" * 32, now, default_target=15)
    finally:
        reg.dispose()
    assert seeded.seeded and seeded.requests == 8 and seeded.note is None
    assert seeded.overdue == 2 and seeded.due_soon >= 1
