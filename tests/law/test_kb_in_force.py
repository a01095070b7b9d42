"""The precomputed "in force on a day" answer equals asking every instrument (any day)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.models import InstrumentKind

KB = load_knowledge_base()


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_in_force_on_matches_each_instrument(day: dt.date) -> None:
    brute = {i.id for i in KB.instruments.values() if i.in_force_on(day)}
    assert KB.in_force_on(day) == brute
    assert KB.in_force_ids(day) == tuple(
        i.id for i in KB.instruments.values() if i.id in brute and i.kind != InstrumentKind.DRAFT
    )


def test_every_status_change_day_is_a_boundary() -> None:
    for inst in KB.instruments.values():
        for event in inst.status_history:
            before = event.date - dt.timedelta(days=1)
            assert (inst.id in KB.in_force_on(event.date)) is inst.in_force_on(event.date)
            assert (inst.id in KB.in_force_on(before)) is inst.in_force_on(before)
