"""Mobile advertising and device identifiers: IDFA/IDFV, OAID, Android ID (设备标识符).

* IDFA and IDFV (iOS) are UUIDs, written upper-case (``6D92078A-8246-4BA4-AE5B-76104861E7DC``);
  an all-zero IDFA means the user limited tracking and identifies no one (not accepted);
* OAID (the Mobile Security Alliance's anonymous device identifier, used by Chinese Android
  vendors) is UUID-shaped or 64 hex digits, depending on the vendor;
* Android ID (``Settings.Secure.ANDROID_ID``) is 16 hex digits; 32 hex digits are accepted after
  a cue too (a UUID without hyphens).

UUIDs are everywhere (request ids, primary keys, trace ids), so in running text these are only
reported after a cue (IDFA, OAID, Android ID, 设备ID, device_id …): 0.8, with ``id_type`` taken
from the cue. A whole input that is a UUID, or 16 hex digits mixing letters and digits, scores
0.3 with ``shape_only`` set: the shape alone says "machine identifier", and only a header (or a
cue) says it is a device's; 32 and 64 hex digits as a whole cell are hashes as often as not, and
are not reported without a cue.
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.cued import CuedRecognizer
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.registry import register

_H = "[0-9A-Fa-f]"
#: The id type a cue names (lower-cased cue prefix → id_type).
_CUE_TYPES = (
    ("idfa", "idfa"),
    ("idfv", "idfv"),
    ("oaid", "oaid"),
    ("aaid", "aaid"),
    ("gaid", "aaid"),
    ("android", "android_id"),
    ("安卓", "android_id"),
    ("广告标识", "advertising_id"),
)


@register
class DeviceIdRecognizer(CuedRecognizer):
    type_id: ClassVar[str] = "device_id"
    pattern: ClassVar[str] = (
        rf"(?<![0-9A-Za-z_-])(?:{_H}{{8}}-{_H}{{4}}-{_H}{{4}}-{_H}{{4}}-{_H}{{12}}"
        rf"|{_H}{{64}}|{_H}{{32}}|{_H}{{16}})(?![0-9A-Za-z_-])"
    )
    cues: ClassVar[tuple[str, ...]] = (
        "IDFA",
        "IDFV",
        "OAID",
        "AAID",
        "GAID",
        "Android ID",
        "AndroidID",
        "android_id",
        "安卓ID",
        "设备ID",
        "设备号",
        "设备标识",
        "设备唯一标识",
        "广告标识符",
        "广告ID",
        "device_id",
        "deviceId",
        "device id",
        "UDID",
    )
    filler: ClassVar[bool] = True
    cue_score: ClassVar[float] = 0.8
    base_score: ClassVar[float] = 0.3

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        digits = value.replace("-", "")
        if len(set(digits.lower())) < 3:
            return None  # all zeros (tracking limited), 0xff…: no device
        kind = "uuid" if "-" in value else f"hex{len(digits)}"
        return {"kind": kind}

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        kind = attributes["kind"]
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if kind == "uuid" or (kind == "hex16" and mixed):
            attributes["shape_only"] = True
            return self.base_score
        return 0.0

    def after_cue(
        self, cue: str, between: str, value: str, attributes: dict[str, Any]
    ) -> dict[str, Any] | None:
        low = cue.lower()
        id_type = next((t for prefix, t in _CUE_TYPES if low.startswith(prefix)), "device_id")
        return {**attributes, "id_type": id_type}

    def mask(self, value: str) -> str:
        return mask_middle(value, 4, 4)
