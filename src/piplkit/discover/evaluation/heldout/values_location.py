"""Value generators for location columns of the held-out set: coordinates (one column or a
pair), trajectories and hotel-stay histories."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout.spec import Gen, Row
from piplkit.discover.evaluation.heldout.values_pi import when

# --- location -----------------------------------------------------------------------------------

CITY_CENTRES = {
    "北京市": (39.904, 116.407),
    "上海市": (31.230, 121.473),
    "广州市": (23.129, 113.264),
    "深圳市": (22.543, 114.058),
    "杭州市": (30.274, 120.155),
    "南京市": (32.060, 118.796),
    "成都市": (30.573, 104.066),
    "武汉市": (30.593, 114.305),
    "西安市": (34.341, 108.940),
    "重庆市": (29.563, 106.551),
}


def _point(r: Row) -> tuple[float, float]:
    city = r.state.get("city") or r.rng.choice(tuple(CITY_CENTRES))
    lat, lng = CITY_CENTRES[city]
    return round(lat + r.rng.uniform(-0.25, 0.25), 6), round(lng + r.rng.uniform(-0.3, 0.3), 6)


def coord(fmt: str = "lnglat") -> Gen:
    def gen(r: Row) -> Any:
        lat, lng = _point(r)
        return {
            "lat": lat,
            "lng": lng,
            "lnglat": f"{lng},{lat}",
            "latlng": f"{lat},{lng}",
            "wkt": f"POINT({lng} {lat})",
            "lat_str": f"{lat:.6f}",
            "lng_str": f"{lng:.6f}",
        }[fmt]

    return gen


def track(fmt: str = "pairs") -> Gen:
    def gen(r: Row) -> str:
        lat, lng = _point(r)
        t = when(r, 90)
        pts = []
        for _ in range(r.rng.randrange(4, 9)):
            lat += r.rng.uniform(-0.004, 0.004)
            lng += r.rng.uniform(-0.004, 0.004)
            t += timedelta(seconds=r.rng.randrange(15, 90))
            pts.append((round(lng, 6), round(lat, 6), int(t.timestamp())))
        if fmt == "json":
            return json.dumps([list(p) for p in pts])
        return ";".join(f"{a},{b}" for a, b, _ in pts)

    return gen


HOTELS = (
    "如家(北京西站店)",
    "全季酒店(上海徐家汇店)",
    "汉庭(广州天河店)",
    "亚朵(杭州西湖店)",
    "维也纳酒店(深圳南山店)",
    "锦江之星(成都春熙路店)",
    "7天连锁(武汉光谷店)",
    "希尔顿欢朋(西安钟楼店)",
)


def stays(r: Row) -> str:
    out = []
    for _ in range(r.rng.randrange(1, 4)):
        d = when(r, 500).date()
        n = r.rng.randrange(1, 5)
        out.append(f"{d:%Y-%m-%d}至{d + timedelta(days=n):%Y-%m-%d} {r.rng.choice(HOTELS)} {n}晚")
    return "；".join(out)
