"""Table rule for the pages a user visited, kept as a list of site paths (issue 11, set 14).

An app's or a site's user log may keep the pages a user opened in one cell, as paths of the
site with no host (``/item/1234|/search?q=…|/cart``), under a header that names no history
(``PAGES``, ``screens``, ``trail``). Full web addresses are decided by the browsing-history
profile under an opaque header; bare paths are not, and a bare word like ``pages`` is a print
job's page count as often. The values tell them apart: in a table that records users (a
person's identifier or account, or a device's, beside it), a column whose cells are mostly
lists of two or more paths is the user's browsing history. A
single path a row (a page's own address in a CMS export) is not a history.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision, Evidence
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import PERSON_TYPES
from piplkit.discover.scan.tables import Row

#: One visited page: a path of the site (``/item/1234``, ``/search?q=…``), or a full address.
_PAGE = re.compile(r"(?:https?://[A-Za-z0-9.-]+(?::[0-9]+)?)?/[^\s|;,，；>]+")
#: What separates the pages of a cell: a bar, a semicolon, a comma, an arrow, spaces.
_SEPARATOR = re.compile(r"\s*(?:[|;,，；]|->|>|→)\s*|\s+")
#: Share of a column's values that must be lists of pages.
_SHARE = 0.8
#: Types that show a log is a user's: a person's identifier or account, or the identifier,
#: the login secret or the track of the device or app a user holds (an app log's OAID, IMSI,
#: password hash and ride track beside an account name decided by its header).
USER_TYPES = PERSON_TYPES | {"device_id", "imsi", "imei", "password", "trajectory"}


def apply_path_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    decisions: list[Decision],
    profiles: ProfileTable,
) -> None:
    """Decide, in place, an undecided column of visited-page lists in a register of persons."""
    for i, d in enumerate(decisions):
        header = headers[i]
        if d.pi_type is not None or header.negative or header.organisation:
            continue
        if header.types and "browsing_history" not in header.types:
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        listed = sum(1 for v in values if _pages(v))
        if not values or listed < _SHARE * len(values) or not _user_log(decisions, i):
            continue
        evidence = Evidence(None, False, "shape", listed / len(values))
        decisions[i] = Decision("browsing_history", 0.7, listed, d.other, d.minors, evidence)


def _user_log(decisions: list[Decision], skip: int) -> bool:
    """Whether another column of the table holds something only a user has."""
    return any(d.pi_type in USER_TYPES for j, d in enumerate(decisions) if j != skip)


def _pages(value: str) -> bool:
    """Whether a cell lists two or more pages of a site and nothing else."""
    parts = [p for p in _SEPARATOR.split(value.strip()) if p]
    return len(parts) >= 2 and all(_PAGE.fullmatch(p) for p in parts)
