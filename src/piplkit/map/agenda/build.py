"""The compliance calendar: every dated duty piplkit computes, from a register's facts, on a date.

Pure: facts and the law data in, a :class:`~piplkit.map.agenda.entry.Calendar` out, no clock and no
I/O. The same facts on the same date always give the same entries, and a change in the facts or
in the law data changes exactly the entries it bears on.
"""

from __future__ import annotations

import datetime as dt
import itertools

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.map.agenda.cii import cii_entries
from piplkit.map.agenda.context import AgendaContext
from piplkit.map.agenda.data import data_entries
from piplkit.map.agenda.entry import Calendar
from piplkit.map.agenda.facts import RegisterFacts
from piplkit.map.agenda.mlps import system_entries
from piplkit.map.agenda.pipl import organisation_entries, transfer_entries
from piplkit.map.agenda.respond import incident_entries, request_entries


def compute_calendar(
    facts: RegisterFacts, as_of: dt.date, kb: KnowledgeBase | None = None
) -> Calendar:
    """Every duty on ``as_of``: overdue first, then by date, standing duties, then undated."""
    ctx = AgendaContext(kb or load_knowledge_base(), as_of)
    entries = list(
        itertools.chain(
            itertools.chain.from_iterable(system_entries(s, ctx) for s in facts.systems),
            cii_entries(facts.organisations, facts.systems, ctx),
            data_entries(facts.organisations, facts.datasets, ctx),
            transfer_entries(facts.transfers, ctx),
            organisation_entries(facts.organisations, ctx),
            request_entries(facts.requests, ctx),
            incident_entries(facts.incidents, ctx),
        )
    )
    entries.sort(key=lambda e: e.sort_key(as_of))
    return Calendar(as_of, tuple(entries), ctx.unverified)
