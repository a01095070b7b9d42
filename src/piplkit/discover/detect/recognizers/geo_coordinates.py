"""Geographic coordinates: a latitude/longitude pair written in one string (个人位置信息).

Writings:

* decimal pairs ``39.9042,116.4074`` and ``116.4074,39.9042`` (map APIs in China write longitude
  first): the order is read from the ranges (|lat| <= 90); when both orders are possible, the one
  inside China's bounding box wins, else latitude first (ISO 6709);
* keyed pairs ``lat=39.9042&lng=116.4074``, ``"lat": 39.9042, "lon": 116.4074``,
  ``纬度39.9042，经度116.4074``, ``北纬39.90°，东经116.40°`` (南纬/西经 and S/W make a value
  negative);
* degrees-minutes-seconds ``东经116°23′17″，北纬39°54′27″``, ``39°54'27"N 116°23'17"E``.

Precision decides whether a pair locates a person: 4 decimal places are about 11 m (a building),
3 about 110 m (a block), 2 about 1.1 km. So a bare decimal pair needs 4 decimals on both values
and scores 0.6 inside China's bounding box, 0.45 outside (exchange rates and measurements such
as ``7.1234,7.2345`` are pairs in range too); 3 decimals score 0.35. A cue (经纬度, 坐标, 定位,
GPS, location …) before the pair adds 0.3. Keyed and DMS writings name their axes and score 0.85
with at least 2 decimals or with seconds, 0.6 with whole minutes. Null Island (0, 0) and values
with a zero integer part in a bare pair are not accepted.

The attributes say which value is which (``order``), the writing, and ``in_china_bbox``: inside
the box of China's extreme points (3.86-53.56 N, 73.5-135.1 E), which also holds parts of
neighbouring countries. They never hold the coordinates; the preview keeps whole degrees only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from piplkit.discover.detect.cued import cue_pattern
from piplkit.discover.detect.masking import MASK_CHAR
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register

CHINA_BBOX = (3.86, 53.56, 73.5, 135.1)  # south, north, west, east

_DEC = r"-?[0-9]{1,3}\.[0-9]{3,10}"
_INTEGER_CHARS = frozenset("0123456789-")
#: The part of a decimal pair from the first number's decimal point on.
_PAIR_TAIL = re.compile(r"\.[0-9]{3,10} ?[,，/] ?-?[0-9]{1,3}\.[0-9]{3}")
#: A component of a keyed or DMS pair: an axis key or hemisphere, a number, a hemisphere.
_NUM = (
    r"(?:[0-9]{1,3}(?:\.[0-9]+)?°\s?(?:[0-9]{1,2}(?:\.[0-9]+)?\s?[′']\s?)?"
    r"(?:[0-9]{1,2}(?:\.[0-9]+)?\s?(?:″|\"|''))?|-?[0-9]{1,3}(?:\.[0-9]+)?°?)"
)
_KEY = (
    r"(?:北纬|南纬|东经|西经|(?<!经)纬度|经度|"
    r"(?<![A-Za-z])(?:[Ll]atitude|[Ll]ongitude|[Ll]at|[Ll]ng|[Ll]on|LAT|LNG|LON)(?![A-Za-z]))"
)
_COMPONENT = (
    rf"(?:[\"']?{_KEY}[\"']?\s?[:：=]?\s?[\"']?\s?)?(?:[NSEW]\s?)?{_NUM}(?:\s?[NSEW](?![A-Za-z]))?"
)
_KEYED = re.compile(rf"(?P<a>{_COMPONENT})(?P<sep>\s?[,，;；&/、]?\s?)(?P<b>{_COMPONENT})")
_AXIS = re.compile(
    r"(?P<lat>北纬|南纬|(?<!经)纬度|latitude|lat|(?<![A-Za-z])[NS](?![A-Za-z])|(?<=[0-9″\"'′°])\s?[NS])"
    r"|(?P<lng>东经|西经|经度|longitude|lng|lon|(?<![A-Za-z])[EW](?![A-Za-z])"
    r"|(?<=[0-9″\"'′°])\s?[EW])",
    re.IGNORECASE,
)
_NUMBER = re.compile(_NUM)
#: How far before a trigger word a keyed pair may start, and how far after it end: every pair
#: the validation accepts names its axis in the first component, within a few characters of
#: its start (``"lat": …``, ``39°…N``, ``N39°…``).
_BEFORE, _AFTER = 6, 64
_SUBUNIT = re.compile(r"(?<=[.°′'])\s?[0-9]+")
#: Words that announce a keyed or DMS pair: the keyed scan runs only where one occurs.
_TRIGGERS = (
    "纬", "°", "lat", "latitude", "lng", "lon", "longitude", "经度", "东经", "西经",
)  # fmt: skip
_TRIGGER_REGEX = cue_pattern(_TRIGGERS)


def in_china(lat: float, lng: float) -> bool:
    south, north, west, east = CHINA_BBOX
    return south <= lat <= north and west <= lng <= east


def _degrees(number: str) -> tuple[float, str]:
    """Decimal degrees of a written number and its precision class (``decimals:N``, ``dms``,
    ``dm``)."""
    parts = re.findall(r"[0-9]+(?:\.[0-9]+)?", number)
    value = float(parts[0])
    if "°" in number and len(parts) > 1:
        value += float(parts[1]) / 60 + (float(parts[2]) / 3600 if len(parts) > 2 else 0.0)
        precision = "dms" if len(parts) > 2 else "dm"
    else:
        decimals = len(parts[0].partition(".")[2])
        precision = f"decimals:{decimals}"
    return (-value if number.lstrip().startswith("-") else value), precision


def _axis(component: str) -> tuple[str | None, int]:
    """Which axis a keyed component names, and the sign its hemisphere gives."""
    m = _AXIS.search(component)
    if m is None:
        return None, 1
    word = m.group().strip().lower()
    sign = -1 if word in ("南纬", "西经", "s", "w") else 1
    return ("lat" if m.lastgroup == "lat" else "lng"), sign


@register
class GeoCoordinatesRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "geo_coordinates"
    pattern: ClassVar[str] = rf"(?<![0-9.\-])(?P<a>{_DEC}) ?[,，/] ?(?P<b>{_DEC})(?![0-9]|\.[0-9])"
    base_score: ClassVar[float] = 0.6
    outside_score: ClassVar[float] = 0.45
    coarse_score: ClassVar[float] = 0.35
    keyed_score: ClassVar[float] = 0.85
    minutes_score: ClassVar[float] = 0.6
    context_words: ClassVar[tuple[str, ...]] = (
        "经纬度",
        "坐标",
        "定位",
        "位置",
        "gps",
        "location",
        "coordinates",
        "轨迹",
        "经纬",
    )
    negative_context: ClassVar[tuple[str, ...]] = ("汇率", "价格", "金额", "版本", "version")

    cues: ClassVar[tuple[str, ...]] = _TRIGGERS

    def quick_reject(self, text: str) -> bool:
        return "." not in text and "°" not in text

    def needs_scan(self, text: str) -> bool:
        return "." in text

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterator[Finding]:
        return self.analyze_with_cues(text, list(_TRIGGER_REGEX.finditer(text)), ctx)

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterator[Finding]:
        keyed = list(self._keyed(text, hits)) if hits else []
        yield from keyed
        if not self.needs_scan(text):
            return
        for finding in super().analyze(text, ctx):
            if not any(finding.overlaps(k) for k in keyed):
                yield finding

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern``, found from the first number's decimal point when a
        separator and a second decimal follow it (a literal "." is found fast; a pair is rare),
        then back over its integer part. Tests hold this equal to ``finditer`` over ``pattern``."""
        regex = self.regex()
        pos = floor = 0
        while (hit := _PAIR_TAIL.search(text, pos)) is not None:
            at = start = hit.start()
            while start > floor and at - start < 4 and text[start - 1] in _INTEGER_CHARS:
                start -= 1
            m = regex.match(text, start)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = floor = m.end()

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        a_text, _, b_text = re.split(r" ?([,，/]) ?", value, maxsplit=1)
        a, b = float(a_text), float(b_text)
        if abs(a) < 1 or abs(b) < 1:
            return None
        lat_first = abs(a) <= 90 and abs(b) <= 180
        lng_first = abs(b) <= 90 and abs(a) <= 180
        if lat_first and lng_first:
            lat_first = in_china(a, b) or not in_china(b, a)
        elif not lat_first and not lng_first:
            return None
        lat, lng = (a, b) if lat_first else (b, a)
        decimals = min(len(a_text.partition(".")[2]), len(b_text.partition(".")[2]))
        return {
            "order": "lat_lng" if lat_first else "lng_lat",
            "writing": "decimal",
            "decimals": decimals,
            "in_china_bbox": in_china(lat, lng),
        }

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        if attributes["decimals"] < 4:
            return self.coarse_score
        return self.base_score if attributes["in_china_bbox"] else self.outside_score

    def mask(self, value: str) -> str:
        return _SUBUNIT.sub(lambda m: MASK_CHAR * len(m.group()), value)

    def _keyed(self, text: str, hits: list[re.Match[str]]) -> Iterator[Finding]:
        """Keyed and DMS pairs near the trigger words: the pair pattern (which would try every
        position of the text) runs only in a short window around each trigger."""
        end = 0
        for hit in hits:
            if hit.end() <= end:
                continue
            pos = max(end, hit.start() - _BEFORE)
            stop = min(len(text), hit.end() + _AFTER)
            while (m := _KEYED.search(text, pos, stop)) is not None and m.start() <= hit.end():
                pos = m.end()
                attributes = self.validate_keyed(m.group("a"), m.group("b"))
                if attributes is None:
                    continue
                score = self.keyed_score if attributes["precise"] else self.minutes_score
                del attributes["precise"]
                value = m.group()
                end = m.end()
                yield Finding(m.start(), end, self.type_id, score, self.mask(value), attributes)
                break

    def validate_keyed(self, first: str, second: str) -> dict[str, Any] | None:
        """Attributes of a pair whose components name their axes, or ``None``."""
        axis_a, sign_a = _axis(first)
        axis_b, sign_b = _axis(second)
        if axis_a is None or axis_b is None or axis_a == axis_b:
            return None
        num_a, num_b = _NUMBER.search(_strip_key(first)), _NUMBER.search(_strip_key(second))
        if num_a is None or num_b is None:
            return None
        (a, prec_a), (b, prec_b) = _degrees(num_a.group()), _degrees(num_b.group())
        lat, lng = (a * sign_a, b * sign_b) if axis_a == "lat" else (b * sign_b, a * sign_a)
        if not (abs(lat) <= 90 and abs(lng) <= 180) or (lat == 0 and lng == 0):
            return None
        precise = all(
            p == "dms" or (p.startswith("decimals:") and int(p[9:]) >= 2) for p in (prec_a, prec_b)
        )
        if not precise and not all(p in ("dm", "dms") for p in (prec_a, prec_b)):
            return None
        writing = "dms" if "°" in first + second and "dm" in prec_a + prec_b else "keyed"
        return {
            "order": "lat_lng" if axis_a == "lat" else "lng_lat",
            "writing": writing,
            "in_china_bbox": in_china(lat, lng),
            "precise": precise,
        }


_KEY_PREFIX = re.compile(
    rf"\s?[\"']?{_KEY}[\"']?\s?[:：=]?\s?[\"']?\s?(?:[NSEW]\s?)?", re.IGNORECASE
)


def _strip_key(component: str) -> str:
    """The component without its key word, so that the number search starts at the number."""
    m = _KEY_PREFIX.match(component)
    return component[m.end() :] if m else re.sub(r"^[NSEW]\s?", "", component, flags=re.I)
