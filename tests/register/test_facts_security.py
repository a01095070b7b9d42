"""``assess --from-register`` reads the CII and important-data facts: a CII system makes its
organisation a CIIO, an important or core dataset makes it an important-data handler, and a
dataset notified as important data says so on the transfers that carry it."""

from __future__ import annotations

import datetime as dt

from tests.register.helpers import populate

from piplkit.assess.rules import evaluate, profile_from_data
from piplkit.map.register import repository as repo
from piplkit.map.register.facts import register_profile
from piplkit.map.register.store import Register

ORG = "示例科技有限公司"


def _profile(reg: Register) -> dict:  # type: ignore[type-arg]
    with reg.read() as s:
        return register_profile(s, ORG)


def test_cii_system_and_important_dataset_feed_the_handler_facts(reg: Register) -> None:
    populate(reg)
    plain = _profile(reg)
    assert plain["handler"]["ciio"] is False
    assert plain["handler"]["important_data_handler"] is False
    assert "important_data_notified" not in plain["transfers"][0]
    with reg.write("test") as s:
        repo.systems.update(s, "会员系统", {"cii": True, "cii_designated_on": "2025-02-01"})
        repo.datasets.update(
            s,
            "members",
            {"grade": "important", "grade_reason": "目录", "important_notified_on": "2025-03-01"},
        )
    got = _profile(reg)
    assert got["handler"]["ciio"] is True
    assert got["handler"]["important_data_handler"] is True
    assert got["transfers"][0]["important_data"] is True
    assert got["transfers"][0]["important_data_notified"] is True
    # the assessment routes important data notified as such to the CAC security assessment,
    # where the same transfer of general data did not need it
    before = evaluate(profile_from_data(plain), dt.date(2026, 1, 10)).transfer("members to HQ")
    after = evaluate(profile_from_data(got), dt.date(2026, 1, 10)).transfer("members to HQ")
    assert before.route != "security_assessment"
    assert after.route == "security_assessment"


def test_the_organisation_flag_alone_counts_too(reg: Register) -> None:
    populate(reg)
    with reg.write("test") as s:
        repo.organisations.update(s, ORG, {"important_data_handler": True})
    assert _profile(reg)["handler"]["important_data_handler"] is True
