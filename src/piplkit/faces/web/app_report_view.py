"""What the app-check pages keep and show: recent reports per user, and the report as a page.

A check takes seconds and its files are deleted at once, so the page keeps the finished
:class:`~piplkit.discover.apps.report.AppReport` (names, counts and class prefixes, never the APK)
in a small in-memory store for an hour: the report page, its downloads in either language and the
register import all read it from there, and only the user who ran the check can. The store lives on
the application (one per server process); a report that has expired, or was made before a restart,
asks for the check to be run again.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.report import AppReport
from piplkit.platform.service.backend import HasApp

if TYPE_CHECKING:
    from piplkit.map.register.app_import import AppImportSummary

#: Reports kept per server, and for how long.
CAPACITY = 32
LIFETIME_SECONDS = 3600.0
SEVERITY_CLASS = {"high": "bad", "medium": "warn", "low": "grey", "info": "grey"}


@dataclass
class Entry:
    owner: str
    report: AppReport
    created: float
    imported: AppImportSummary | None = None


class ReportStore:
    """The last :data:`CAPACITY` reports, each kept :data:`LIFETIME_SECONDS`, by a random id."""

    def __init__(self, capacity: int = CAPACITY, lifetime: float = LIFETIME_SECONDS) -> None:
        self.capacity = capacity
        self.lifetime = lifetime
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, owner: str, report: AppReport) -> str:
        key = secrets.token_urlsafe(16)
        with self._lock:
            self._expire()
            self._entries[key] = Entry(owner, report, time.monotonic())
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        return key

    def get(self, key: str, owner: str) -> Entry | None:
        """The entry ``owner`` made under ``key`` (None: unknown, expired, someone else's)."""
        with self._lock:
            self._expire()
            entry = self._entries.get(key)
        return entry if entry is not None and entry.owner == owner else None

    def _expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, e in self._entries.items() if now - e.created > self.lifetime]:
            del self._entries[key]


def store(request: HasApp) -> ReportStore:
    """The application's store (made on first use)."""
    state = request.app.state
    found = getattr(state, "app_reports", None)
    if found is None:
        found = state.app_reports = ReportStore()
    assert isinstance(found, ReportStore)
    return found


def _cites(citations: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    kb = load_knowledge_base()
    out = []
    for c in citations:
        try:
            inst = kb.instrument(c["instrument"])
            title = f"《{inst.title_zh}》" if lang == "zh" else inst.short
        except KeyError:
            title = c["instrument"]
        out.append({"text": f"{title} {c['article']}", "verified": c["verified"]})
    return out


def _pi_names(ids: list[str], lang: str) -> str:
    types = load_catalogue().types
    sep = "、" if lang == "zh" else ", "
    return sep.join(
        (types[t].name_zh if lang == "zh" else types[t].name_en) if t in types else t
        for t in ids
    )


def view(report: AppReport, lang: str) -> dict[str, Any]:
    """The report's JSON (:meth:`AppReport.to_dict`) with what a page needs on top: citation
    titles, PI names for ids, severity classes."""
    data = report.to_dict(lang)
    for f in data["findings"]:
        f["cites"] = _cites(f["citations"], lang)
        f["css"] = SEVERITY_CLASS[f["severity"]]
    for c in data["manual_checks"]:
        c["cites"] = _cites(c["citations"], lang)
    for p in data["permissions"]:
        p["pi_names"] = _pi_names(p["pi"], lang)
        p["short"] = p["name"].rsplit(".", 1)[-1]
    for s in data["sdks"]:
        s["pi_names"] = _pi_names(s["pi"], lang)
    sdk_names = {s["id"]: s["name"] for s in data["sdks"]}
    for row in data["drafts"]["collected"]:
        row["collector"] = sdk_names.get(row["collected_by"], row["collected_by"])
        row["pi_name"] = _pi_names([row["pi"]], lang)
        row["sensitive"] = load_catalogue().types[row["pi"]].sensitive_on(report.as_of)
    for row in data["drafts"]["shared"]:
        row["pi_names"] = _pi_names(row["pi"], lang)
    for row in data["pi"]:
        row["via_text"] = ", ".join(dict.fromkeys(
            sdk_names.get(v.split(":", 1)[1], v) if v.startswith("sdk:")
            else v.split(":", 1)[-1].rsplit(".", 1)[-1]
            for v in row["via"]
        ))
    if data["policy"]:
        for d in data["policy"]["sdks"]:
            d["name"] = sdk_names.get(d["sdk"], d["sdk"])
            d["missing_names"] = _pi_names(d["missing_pi"], lang)
    return data
