"""A contact person's column that holds whole contact entries (issue 11, held-out set 12).

The gold conventions type a single emergency contact's name (紧急联系人: 张伟) as ``person_name``;
but a loan or crew register may keep its emergency or family contacts as JSON entries, each
with a name, a relation and a phone (``[{"name": …, "rel": "配偶", "phone": …}]``), and set 11
wrote such a list as ``contacts`` too. The name model still finds the names inside, so the
column reads as names; where most cells are whole contact entries (the contacts profile's strong
side: name and number pairs, JSON objects with a name, a relation and a phone), the column is the
person's ``contacts``.
"""

from __future__ import annotations

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Share of a column's filled values that must be whole contact entries.
_SHARE = 0.8


def contact_entries(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    """Whether the column's values are contact entries (a name, a relation, a phone) rather
    than bare names."""
    profile = profiles.get("contacts")
    if profile is None:
        return False
    return values_share(rows, index, profiles, profile.is_strong, _SHARE)
