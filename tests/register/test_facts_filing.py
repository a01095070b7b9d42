"""``assess --from-register`` facts for the filing pack (issue 13), read-only from the register:
PI categories from the dataset's catalogue types, the purpose from the activity, and the
as-of year projected from the ledger's rate."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from tests.register.helpers import populate

from piplkit.assess.rules import evaluate, profile_from_data
from piplkit.map.register.facts import register_profile
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import Register


def test_filing_details_come_from_the_register(reg: Register) -> None:
    populate(reg)
    with reg.read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        data = register_profile(s)
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events  # no writes
    (t,) = data["transfers"]
    assert t["projection"] == "ledger_rate"
    assert t["details"]["pi_categories"] == ["cn_mobile", "cn_resident_id"]
    assert t["details"]["sensitive_pi_categories"] == ["cn_resident_id"]
    assert t["details"]["processing_purpose"] == "提供会员服务"
    profile = profile_from_data(data)  # the engine accepts what the register gives
    assert evaluate(profile, dt.date(2025, 6, 30)).transfer("members to HQ").plan is not None
