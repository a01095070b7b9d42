"""Table rule for a subscriber's home equipment (issue 11, set 13).

路由器 and router are organisation words (header_hints.yaml): a network inventory's router MAC or a
core switch's address is a machine's, not a person's. A broadband install order, a home-Wi-Fi
support ticket or a set-top-box register records a subscriber beside the router, optical modem
or set-top box installed in their home: there the equipment is the person's, and its MAC address
identifies the household's device (set 13's broadband install orders: 路由器MAC, router_mac beside
the subscriber's name and phone). A table that records no person keeps the machine reading.
"""

from __future__ import annotations

from dataclasses import replace

from piplkit.discover.scan.columns import ColumnStats, Decision, decide
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import records_persons

#: Equipment installed in a subscriber's home (a router, an optical modem, a set-top box).
HOME_EQUIPMENT = ("路由器", "路由", "光猫", "猫", "机顶盒", "家庭网关", "无线路由", "router",
                  "wifirouter", "homerouter", "modem", "settopbox", "homegateway",
                  "cpe")  # fmt: skip
#: Types a home device's identifier is, when the table records its owner.
_DEVICE_TYPES = frozenset({"mac_address"})


def apply_premises_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Decide again, in place, a home device's MAC column in a table that records persons."""
    for i, d in enumerate(decisions):
        header = headers[i]
        if d.pi_type is not None or not header.organisation or header.negative:
            continue
        if not _DEVICE_TYPES & set(header.types) or not _home_equipment(stats[i].name):
            continue
        if not records_persons(decisions, skip=i):
            continue
        found = decide(
            stats[i], replace(header, organisation=False), chance[i], profiles,
            product_table=product_table,
        )  # fmt: skip
        if found.pi_type in _DEVICE_TYPES:
            headers[i] = replace(header, organisation=False)
            decisions[i] = found


def _home_equipment(name: str) -> bool:
    key = key_of(name)
    return any(contains(key, normalise_header(w)) for w in HOME_EQUIPMENT)
