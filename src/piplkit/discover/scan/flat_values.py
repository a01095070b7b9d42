"""A room or a unit that is a home: a flat written out under a word that also names a hotel's
room or a unit of measure (issue 11, held-out set 10).

A face gate's ``room`` or a landlord's ``unit`` can hold the resident's flat (和谐家园24栋4单元404,
12栋4单元304); the same words head a restaurant's private rooms (牡丹厅), a hotel's room numbers
(1203) and units of measure (千克). As a hint the word would let the name/address model call a
room's name an address; here the values decide: a column headed so is ``address`` when nearly
every value is a flat with its building and unit spelled out, optionally after its estate.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Headers (normalised, whole) that name a room or a unit, of a home or of something else.
ROOM_HEADERS = frozenset(
    normalise_header(w)
    for w in ("room", "roomno", "room_no", "unit", "unitno", "unit_no", "flat", "flatno",
              "apartment", "apt", "房间", "房间号", "房屋", "住房单元", "单元房",
              # (set 17) a property system's code of the owner's room (room_code: 9栋4单元301)
              "roomcode", "roomnumber", "roomnum", "unitcode", "flatcode", "房间编号", "房屋编号",
              "房屋编码", "房间编码")
)  # fmt: skip
#: A flat: an optional estate name, a building (栋, 幢, 号楼, 座), a unit, a room.
_FLAT = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,12}(?:[0-9]{1,3}|[A-Za-z])(?:栋|幢|号楼|座)"
    r"(?:[0-9]{1,2}单元)?[0-9]{1,2}?[0-9]{2,3}(?:室|号|房)?"
)
#: Share of a column's values that must be flats.
_SHARE = 0.8


def flat_room(rows: list[Row], index: int, name: str, profiles: ProfileTable) -> bool:
    """Whether a column headed as a room or a unit holds (nearly) only flats."""
    if key_of(name).text not in ROOM_HEADERS:
        return False
    return values_share(rows, index, profiles, _flat, _SHARE)


def _flat(value: str) -> bool:
    return _FLAT.fullmatch(value.replace(" ", "")) is not None
