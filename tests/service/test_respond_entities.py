"""The respond descriptors (requests, consents, incidents): their columns are their serializer's
keys, and the CLI table, the web list pages and the workflow buttons are rendered from them."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from tests.register.conftest import db_url, reg  # noqa: F401  (the register's fixtures)
from tests.respond.conftest import key  # noqa: F401
from tests.respond.test_consent_incidents import INCIDENT as INCIDENT_IN
from tests.respond.test_consent_incidents import consent
from tests.respond.test_dsr import request
from typer.testing import CliRunner

from piplkit.faces.cli.app import app as cli
from piplkit.faces.web import respond_pages
from piplkit.map.register.store import Register
from piplkit.platform.service.i18n import translate
from piplkit.platform.service.respond_entities import (
    CONSENT,
    INCIDENT,
    REQUEST,
    RESPOND,
    RespondDescriptor,
    next_duty,
)
from piplkit.respond import dsr, incidents
from piplkit.respond.consent import record_consent
from piplkit.respond.enums import IncidentStatus, RequestKind, RequestState


def _serialized(reg: Register, key: bytes) -> dict[str, dict[str, Any]]:  # noqa: F811
    """One record of each kind, through its descriptor's serializer."""
    with reg.write() as s:
        req = dsr.submit(s, request(), key=key).request
        con, _ = record_consent(s, consent(), key=key)
        inc, _ = incidents.record_incident(s, INCIDENT_IN)
        return {
            "dsr": REQUEST.serialize(req),
            "consent": CONSENT.serialize(con),
            "incident": INCIDENT.serialize(inc),
        }


def test_every_column_is_a_key_of_the_serializers_shape(
    reg: Register,  # noqa: F811
    key: bytes,  # noqa: F811
) -> None:
    shapes = _serialized(reg, key)
    assert set(shapes) == set(RESPOND)
    for name, entity in RESPOND.items():
        stored = [c.key for c in entity.columns if not c.derived]
        assert set(stored) <= set(shapes[name]), name
        # a derived column is one the faces add: never a key the JSON shape already has
        assert not {c.key for c in entity.columns if c.derived} & set(shapes[name]), name


#: The enumeration whose members a column's catalogue prefix labels.
PREFIXED = {"dsr.kind.": RequestKind, "dsr.state.": RequestState, "inc.st.": IncidentStatus}


@pytest.mark.parametrize("entity", RESPOND.values(), ids=lambda d: d.key)
def test_labels_are_in_both_catalogues(entity: RespondDescriptor) -> None:
    keys = [entity.title, *(c.label for c in entity.columns)]
    keys += [c.labels + m.value for c in entity.columns if c.labels for m in PREFIXED[c.labels]]
    for lang in ("zh", "en"):
        missing = [k for k in keys if translate(lang, k) == k]
        assert not missing, (lang, missing)


def test_the_workflow_is_every_transition_of_the_core() -> None:
    targets = {t.target for t in REQUEST.transitions}
    reachable = {s for nexts in dsr.TRANSITIONS.values() for s in nexts}
    assert targets == reachable
    for t in REQUEST.transitions:
        assert callable(getattr(dsr, t.function))
    workflow = {t.action: (t.function, t.needs) for t in REQUEST.transitions}
    assert workflow == respond_pages.ACTIONS
    assert REQUEST.filter("state").parse("") is None
    with pytest.raises(ValueError):
        REQUEST.filter("state").parse("nonsense")


def test_the_cli_table_has_the_descriptors_headings(
    reg: Register,  # noqa: F811
    key: bytes,  # noqa: F811
    db_url: str,  # noqa: F811
) -> None:
    _serialized(reg, key)
    out = CliRunner().invoke(cli, ["dsr", "list", "--db", db_url], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    header = next(line for line in out.stdout.splitlines() if "request" in line)
    assert re.findall(r"\w+", header) == [c.heading for c in REQUEST.table]
    assert "req-1" in out.stdout and "clock" not in header
    bad = CliRunner().invoke(cli, ["dsr", "list", "--db", db_url, "--state", "nope"])
    assert bad.exit_code != 0 and ", ".join(REQUEST.filter("state").values()) in bad.stderr


def test_the_incident_cli_table_has_the_web_lists_columns(
    reg: Register,  # noqa: F811
    db_url: str,  # noqa: F811
) -> None:
    """``incident list`` prints the descriptor's columns, the web list's, derived next duty
    included; ``--json`` prints the serializer's shape."""
    assert [c.key for c in INCIDENT.table] == [c.key for c in INCIDENT.columns]
    with reg.write() as s:
        incidents.record_incident(s, INCIDENT_IN)
    out = CliRunner().invoke(cli, ["incident", "list", "--db", db_url], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    header = next(line for line in lines if "incident" in line)
    assert re.findall(r"\w+", header) == [c.heading for c in INCIDENT.table]
    row = next(line for line in lines if "INC-1" in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    # discovered 2025-12-31 22:15 China time: the four-hour report has long been late
    assert cells[1:5] == ["会员库被拖库", "较大网络安全事件", "open", "2025-12-31 22:15"]
    assert re.fullmatch(r"\d+\.\d h late: report", cells[5]), cells[5]
    as_json = CliRunner().invoke(cli, ["incident", "list", "--db", db_url, "--json"])
    assert as_json.exit_code == 0, as_json.output
    [data] = json.loads(as_json.stdout)
    assert data["incident_id"] == "INC-1" and "next" not in data
    assert set(data) == set(INCIDENT.serialize(_first_incident(reg)))
    narrow = CliRunner().invoke(cli, ["incident", "list", "--db", db_url], env={"COLUMNS": "80"})
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80
    assert "┓" in narrow.stdout.splitlines()[0]  # the table fits: its right border is there


def _first_incident(reg: Register) -> Any:  # noqa: F811
    with reg.read() as s:
        return incidents.list_incidents(s)[0]


def test_next_duty_is_the_nearest_pending_deadline() -> None:
    now = dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.UTC)
    data = {
        "deadlines": [
            {
                "duty": "done",
                "due_at": "2025-12-31T08:00:00+08:00",
                "done_at": "2025-12-31T07:00:00+08:00",
            },
            {"duty": "later", "due_at": "2026-01-02T08:00:00+08:00", "done_at": None},
            {"duty": "sooner", "due_at": "2026-01-01T10:00:00+08:00", "done_at": None},
            {"duty": "immediately", "due_at": None, "done_at": None},
        ]
    }
    assert next_duty(data, now) == {**data["deadlines"][2], "left": 2.0}
    late = {"deadlines": [{"duty": "x", "due_at": "2025-12-31T20:00:00+00:00", "done_at": None}]}
    assert next_duty(late, now) == {**late["deadlines"][0], "left": -4.0}
    assert next_duty({"deadlines": data["deadlines"][::3]}, now) is None
