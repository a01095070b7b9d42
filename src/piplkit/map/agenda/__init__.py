"""The compliance calendar (issue 14): one list of every dated duty, from the register's facts.

Pure core: imports ``law``, ``rules`` and the pure deadline module of ``respond``; never storage
or interfaces. ``compute_calendar(facts, as_of)`` gives a :class:`Calendar` of entries, each with
its rule, article and source; ``ics.to_ics`` writes it as an iCalendar file. The register builds
the facts (``piplkit.platform.service.calendar_facts``); the CLI, and later the web page and the
``/calendar.ics`` feed, show the same entries.
"""

from piplkit.map.agenda.build import compute_calendar
from piplkit.map.agenda.entry import Calendar, Entry, Source, Subject
from piplkit.map.agenda.facts import RegisterFacts

__all__ = ["Calendar", "Entry", "RegisterFacts", "Source", "Subject", "compute_calendar"]
