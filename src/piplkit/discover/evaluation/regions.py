"""Administrative region codes for building resident ID numbers.

Real codes come from python-stdnum's own region table (the one its ``cn.ric`` validator uses), so
generated IDs carry a region that exists. Some IDs get an *unknown but plausible* code instead — a
real province prefix with a city/county pair absent from the table — because real data holds such
IDs (codes retired, renumbered, or missing from any one table) and a recognizer must not reject
them on the region table alone.
"""

from __future__ import annotations

import random
import re
from functools import cache

from stdnum import numdb

#: Birth years generated IDs may carry.
FIRST_YEAR, LAST_YEAR = 1940, 2018

_WINDOW = re.compile(r"^\[(\d*)-(\d*)\]")


@cache
def known_regions() -> tuple[tuple[str, int, int], ...]:
    """``(code, first_year, last_year)`` for every county-level code in stdnum's table.

    The table dates some codes (``[1982-1999]昌平县``); an ID is only valid with a birth year in
    the window during which its code was assigned, so the window travels with the code.
    """
    regions: dict[str, tuple[int, int]] = {}
    for _len, low, high, _info, counties in numdb.get("cn/loc").prefixes:
        if low != high:
            continue
        for _clen, clow, chigh, cinfo, _sub in counties:
            if clow != chigh or clow.endswith("00"):
                continue  # "0000" is the province row, "xx00" the prefecture aggregate
            first, last = FIRST_YEAR, LAST_YEAR
            window = _WINDOW.match(cinfo.get("county", "").split(",")[0])
            if window:
                first = max(first, int(window.group(1) or first))
                last = min(last, int(window.group(2) or last))
            if first <= last:
                regions[low + clow] = (first, last)
    return tuple((code, *span) for code, span in sorted(regions.items()))


@cache
def known_region_codes() -> tuple[str, ...]:
    return tuple(code for code, _first, _last in known_regions())


@cache
def province_prefixes() -> tuple[str, ...]:
    return tuple(sorted({code[:2] for code in known_region_codes()}))


def real_region(rng: random.Random) -> tuple[str, int, int]:
    """A real code with the birth-year window in which it was in use."""
    return rng.choice(known_regions())


def plausible_unknown_region(rng: random.Random) -> str:
    """A code with a real province prefix whose city/county pair is not in the table."""
    known = set(known_region_codes())
    while True:
        code = f"{rng.choice(province_prefixes())}{rng.randint(1, 40):02d}{rng.randint(1, 40):02d}"
        if code not in known:
            return code
