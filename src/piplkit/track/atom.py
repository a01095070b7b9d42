"""An Atom 1.0 feed (RFC 4287) of developments, built with the standard library's ElementTree.

ElementTree escapes text and attributes, so titles from newsletters cannot inject markup. Every
entry has the elements RFC 4287 requires (``id``, ``title``, ``updated``) and the feed has
``id``, ``title``, ``updated``, ``author`` and a ``self`` link. Entry ids are ``tag:`` URIs
(RFC 4151) built from the development's stable key, so a reader does not show an item twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "piplkit.invalid,2026"


def _el(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM_NS}}}{name}", attrs)
    if text is not None:
        node.text = text
    return node


def _stamp(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry_updated(dev: dict[str, Any], fallback: dt.datetime) -> dt.datetime:
    """Midnight UTC of the event date; a month-only date counts from its first day."""
    text = str(dev.get("date") or "")
    parts = [*text.split("-"), "01", "01"][:3]
    try:
        return dt.datetime(int(parts[0]), int(parts[1]), int(parts[2]), tzinfo=dt.UTC)
    except ValueError:
        return fallback


def build_feed(
    devs: Sequence[dict[str, Any]],
    *,
    self_url: str,
    page_url: str,
    title: str = "piplkit — regulatory developments",
    now: dt.datetime | None = None,
) -> bytes:
    """The feed document (UTF-8 bytes with an XML declaration)."""
    now = now or dt.datetime.now(dt.UTC)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _el(feed, "id", f"tag:{TAG_AUTHORITY}:track")
    _el(feed, "title", title)
    stamps = [_entry_updated(d, now) for d in devs]
    _el(feed, "updated", _stamp(max(stamps) if stamps else now))
    author = _el(feed, "author")
    _el(author, "name", "piplkit")
    _el(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _el(feed, "link", rel="alternate", href=page_url, type="text/html")
    _el(feed, "generator", "piplkit")
    for dev, stamp in zip(devs, stamps, strict=True):
        entry = _el(feed, "entry")
        _el(entry, "id", f"tag:{TAG_AUTHORITY}:track:{dev['id']}")
        _el(entry, "title", dev["title"] or "(untitled)", type="text")
        _el(entry, "updated", _stamp(stamp))
        # RFC 4287 4.1.2: an entry without atom:content needs an alternate link
        _el(entry, "link", rel="alternate", href=f"{page_url}#{dev['id']}", type="text/html")
        for source in dev.get("sources", [])[:5]:
            if source.startswith(("http://", "https://")):
                _el(entry, "link", rel="related", href=source)
        _el(entry, "category", term=dev["kind"], label=dev["kind"])
        for authority in dev.get("authorities", []):
            _el(entry, "category", term=authority, scheme="urn:piplkit:authority")
        for instrument in dev.get("instrument_ids", []):
            _el(entry, "category", term=instrument, scheme="urn:piplkit:instrument")
        if dev.get("summary"):
            _el(entry, "summary", dev["summary"], type="text")
    # typeshed types tostring(encoding=<str>) as Any: "unicode" would give str; "utf-8" gives bytes
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data
