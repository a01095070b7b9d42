"""Values that name a region, not a place one can be found at (issue 11, set 9).

The name/address model recognises 浙江杭州 or 河南 as a postal address, and a header such as
籍贯 names one. A column whose values are only a province, or a province and a city (a caller's
region, 浙江杭州; a native place, 河南), locates nobody: set 9's choice 25 makes a hotline
caller's region not PI, and a native place given as a province is the same kind of value. A
column of such values is not ``address``; a district, a street or a house number in the values
keeps it one (浙江省杭州市西湖区文三路, 户籍所在地 with a village).
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
    "海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
#: A province (with its 省, 市 or 自治区 suffix or without) and at most a city after it.
_REGION = re.compile(
    rf"(?:{_PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?"
    r"(?:[\u4e00-\u9fff]{2,4}?(?:市|地区|州|盟)?)?"
)
#: Share of a column's values that must be regions.
_SHARE = 0.9


def regions_only(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    """Whether (nearly) every value of a column is a province or a province and a city."""
    return values_share(rows, index, profiles, _region, _SHARE)


def _region(value: str) -> bool:
    return _REGION.fullmatch(value.replace(" ", "")) is not None
