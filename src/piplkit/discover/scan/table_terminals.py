"""A venue's own terminals in the log of the people who used them (issue 11, set 21).

An internet cafe, an e-sports hall or a library's reading room lends its machines to customers
in turn and logs each session: who sat down (name, ID, phone) and at which machine (机器号
B112, 终端编号 VIP03) with that machine's LAN address and network card (192.168.1.60,
00:E0:4C:…). The address and the card are the venue's machine, as a shop's camera or a
server is (set 10's choices 5 and 30, set 17's 30, set 21's 28): the next customer gets the
same ones. The person's own phone or computer is logged otherwise: under no machine number,
and from a public address.

The rule: in a table with a column numbering the venue's machines (a header naming a machine
or a terminal number, short codes in its cells), an IP column of private-network addresses and
a MAC column beside such addresses are the machine's. The numbering word alone is not enough
(a terminal ID of a phone's app is a device identifier); the private addresses are what says
the network is the venue's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own
from piplkit.discover.scan.tables import Row

#: Words of a header that numbers a venue's machines (机器号 B112, 终端编号 VIP03, pc_no); a
#: terminal's *ID* (终端ID, terminal_id) is left out: apps log a phone's identifier so.
MACHINE_NUMBER_WORDS = ("机器号", "机器编号", "机号", "机位号", "机台号", "终端编号", "终端号",
                        "终端机号", "电脑号", "电脑编号", "主机号", "主机编号", "上网机号",
                        "terminalno", "terminalnum", "terminalnumber", "terminalcode",
                        "machineno", "machinenum", "machinenumber", "pcno", "pcnum",
                        "pcnumber", "hostno", "seatpc")  # fmt: skip
#: Whole headers that number the machines by themselves (an older system's 机器, 机位).
MACHINE_NUMBER_HEADERS = frozenset({"机器", "机位", "终端", "机台", "电脑", "terminal", "machine",
                                    "pc"})  # fmt: skip
#: A machine's number as a venue writes it: a few letters or digits (A001, VIP03, 12, B-112).
_MACHINE_NUMBER = re.compile(r"[A-Za-z]{0,4}[-_]?[0-9]{1,4}")
#: A private-network IPv4 address (10.x, 172.16-31.x, 192.168.x).
_PRIVATE_IP = re.compile(
    r"(?:10\.[0-9]{1,3}|172\.(?:1[6-9]|2[0-9]|3[01])|192\.168)\.[0-9]{1,3}\.[0-9]{1,3}"
)
#: Share of a column's values a value test needs.
_SHARE = 0.8


def apply_terminal_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Take the types away, in place, from a venue's machine addresses (module docstring)."""
    if not any(
        d.pi_type is None and _numbers_machines(rows, i, stats[i].name, profiles)
        for i, d in enumerate(decisions)
    ):
        return
    lan = [i for i in range(len(stats)) if _share(rows, i, profiles, _PRIVATE_IP.fullmatch)]
    if not lan:
        return
    for i, d in enumerate(decisions):
        if (d.pi_type in ("ipv4", "ipv6") and i in lan) or d.pi_type == "mac_address":
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _numbers_machines(rows: list[Row], index: int, name: str, profiles: ProfileTable) -> bool:
    key = key_of(name)
    if key.text not in MACHINE_NUMBER_HEADERS and not any(
        contains(key, normalise_header(w)) for w in MACHINE_NUMBER_WORDS
    ):
        return False
    return _share(rows, index, profiles, _MACHINE_NUMBER.fullmatch)


def _share(
    rows: list[Row], index: int, profiles: ProfileTable, test: Callable[[str], object]
) -> bool:
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return False
    return sum(1 for v in values if test(v)) >= _SHARE * len(values)
