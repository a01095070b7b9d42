"""The timeline page and Atom feed (render, escape, filter, valid Atom), and impact matching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from xml.etree import ElementTree as ET

import pytest
from tests.api.helpers import Served, served
from tests.track.test_store import UPDATE, _store

from piplkit.assess.rules import evaluate, parse_profile
from piplkit.track.atom import ATOM_NS, build_feed
from piplkit.track.impact import impact

A = f"{{{ATOM_NS}}}"
HOSTILE = UPDATE.replace(
    "### SAMR Fines Retailer CNY 300,000",
    "### SAMR Fines &lt;img src=x onerror=alert(1)&gt; Retailer CNY 300,000",
)  # the reader decodes the entities: the stored title holds a real tag
TAG = "<img src=x onerror=alert(1)>"


@pytest.fixture
def web(tmp_path) -> Iterator[Served]:  # type: ignore[no-untyped-def]
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}") as env:
        _store(env.reg, HOSTILE.encode(), "update.md")
        yield env


def test_timeline_renders_escapes_and_filters(web: Served) -> None:
    web.sign_in("viewer")
    page = web.client.get("/track", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert "Regulatory developments" in page.text
    assert TAG not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert '<a href="/track" class="active">Developments</a>' in page.text  # the nav link
    web.client.cookies.set("piplkit_lang", "zh")
    zh = web.client.get("/track")
    assert "监管动态" in zh.text and "执法" in zh.text
    web.client.cookies.delete("piplkit_lang")
    home = web.client.get("/", headers={"accept-language": "en"})
    assert '<a href="/track" class="">Developments</a>' in home.text
    only = web.client.get("/track?kind=legislation&since=2031-03-04")
    assert "Vehicle Data Labelling" in only.text
    assert "Retailer" not in only.text and "Network Data Security" not in only.text
    by_body = web.client.get("/track?authority=SAMR")
    assert "Retailer" in by_body.text and "Vehicle Data" not in by_body.text
    bad = web.client.get("/track?since=yesterday")
    assert bad.status_code == 400 and "not a date" in bad.text


def test_timeline_needs_sign_in(web: Served) -> None:
    r = web.client.get("/track")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert web.client.get("/track/feed.atom").status_code == 303


def test_feed_is_valid_atom_with_token_or_session(web: Served) -> None:
    r = web.client.get("/track/feed.atom?kind=enforcement", headers=web.auth("viewer"))
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    assert root.tag == f"{A}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{required}") is not None, required
    assert (
        root.find(f"{A}link[@rel='self']").get("href").endswith("/track/feed.atom?kind=enforcement")
    )  # type: ignore[union-attr]
    entries = root.findall(f"{A}entry")
    assert len(entries) == 1
    entry = entries[0]
    for required in ("id", "title", "updated"):
        assert (entry.findtext(f"{A}{required}") or "").strip(), required
    assert entry.find(f"{A}link[@rel='alternate']") is not None
    assert entry.findtext(f"{A}title") == f"SAMR Fines {TAG} Retailer CNY 300,000"
    assert entry.findtext(f"{A}updated") == "2031-03-09T00:00:00Z"
    assert b"<img" not in r.content  # escaped in the XML text
    web.sign_in("viewer")
    assert len(ET.fromstring(web.client.get("/track/feed.atom").content).findall(f"{A}entry")) == 3
    assert web.client.get("/track/feed.atom?until=soon").status_code == 400


def test_feed_ids_are_stable_and_unique() -> None:
    devs = [
        {"id": "a-1", "title": "One", "date": "2023-01", "kind": "other", "sources": []},
        {"id": "a-2", "title": "Two", "date": None, "kind": "other", "sources": ["ftp://x"]},
    ]
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    first = build_feed(devs, self_url="http://h/f", page_url="http://h/p", now=now)
    assert first == build_feed(devs, self_url="http://h/f", page_url="http://h/p", now=now)
    root = ET.fromstring(first)
    ids = [e.findtext(f"{A}id") for e in root.findall(f"{A}entry")]
    assert len(set(ids)) == 2
    updated = [e.findtext(f"{A}updated") for e in root.findall(f"{A}entry")]
    assert updated == ["2023-01-01T00:00:00Z", "2030-01-01T00:00:00Z"]
    assert not root.findall(f"{A}entry/{A}link[@rel='related']")  # non-http sources dropped


def test_impact_matches_linked_instruments_to_citations() -> None:
    from importlib import resources

    text = (
        resources.files("piplkit.discover.samples") / "profiles" / "retail_platform.yaml"
    ).read_text("utf-8")
    result = evaluate(parse_profile(text), dt.date(2025, 6, 1))
    cited = {c.instrument for o in result.obligations for c in o.citations}
    assert "pipl" in cited
    devs = [
        {
            "id": "d1",
            "title": "PIPL case",
            "date": "2025-01-02",
            "kind": "judicial",
            "instrument_ids": ["pipl"],
        },
        {
            "id": "d2",
            "title": "Unrelated",
            "date": "2025-01-03",
            "kind": "other",
            "instrument_ids": ["no_such_law"],
        },
        {
            "id": "d3",
            "title": "Nothing linked",
            "date": "2025-01-04",
            "kind": "other",
            "instrument_ids": [],
        },
    ]
    touched = impact(result, devs)
    assert touched
    pipl_obligations = {
        o.id for o in result.obligations if any(c.instrument == "pipl" for c in o.citations)
    }
    assert {t.id for t in touched if t.kind == "obligation"} == pipl_obligations
    for t in touched:
        assert [d["id"] for d in t.developments] == ["d1"]
        assert t.to_dict()["developments"][0]["instrument_ids"] == ["pipl"]
    assert impact(result, devs[1:]) == []
