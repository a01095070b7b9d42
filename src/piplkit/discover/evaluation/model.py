"""Records of the evaluation set: labelled sentences and tables with their gold answers.

Sentences and tables are synthetic (Faker zh_CN values in hand-written carriers), so they may be
written to disk as they are; scores and error listings built from them still print masked values
only, because the same scorer is meant to run on held-out or real data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Types scored as "identifiers" (micro-F1 floor): every type except the two free-text ones.
IDENTIFIER_TYPES: tuple[str, ...] = (
    "cn_resident_id",
    "cn_mobile",
    "cn_landline",
    "bank_card",
    "email",
    "ipv4",
    "ipv6",
    "passport",
    "license_plate",
    "hk_macau_permit",
    "cn_uscc",
    # the national catalogue (issue 11)
    "imei",
    "mac_address",
    "vin",
    "geo_coordinates",
    "taiwan_permit",
    "foreign_permanent_resident_id",
    "military_id",
    "device_id",
    "qq_number",
    "wechat_id",
    "birth_date",
    "password",
)
TEXT_TYPES: tuple[str, ...] = ("person_name", "address")
ALL_TYPES: tuple[str, ...] = IDENTIFIER_TYPES + TEXT_TYPES


@dataclass(frozen=True, slots=True)
class Value:
    """One generated slot value: a PI value (``type`` set) or a hard negative (``kind`` set)."""

    text: str
    variant: str
    type: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A gold span ``text[start:end]``: a PI ``type`` or, for hard negatives, a ``kind``."""

    start: int
    end: int
    label: str
    variant: str

    def to_dict(self, key: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, key: self.label, "variant": self.variant}


@dataclass(frozen=True, slots=True)
class Record:
    """One sentence with its gold PI spans and the hard-negative spans it contains."""

    id: str
    domain: str
    carrier: int
    text: str
    spans: tuple[Span, ...] = ()
    negatives: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "domain": self.domain,
            "carrier": self.carrier,
            "text": self.text,
            "spans": [s.to_dict("type") for s in self.spans],
            "negatives": [s.to_dict("kind") for s in self.negatives],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Record:
        return cls(
            id=str(raw["id"]),
            domain=str(raw.get("domain", "")),
            carrier=int(raw.get("carrier", -1)),
            text=str(raw["text"]),
            spans=tuple(
                Span(int(s["start"]), int(s["end"]), str(s["type"]), str(s.get("variant", "")))
                for s in raw.get("spans", ())
            ),
            negatives=tuple(
                Span(int(s["start"]), int(s["end"]), str(s["kind"]), str(s.get("variant", "")))
                for s in raw.get("negatives", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A generated CSV file and the gold type of each column (``None`` = not PI)."""

    file: str
    encoding: str
    rows: int
    columns: tuple[tuple[str, str | None], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "encoding": self.encoding,
            "rows": self.rows,
            "columns": [{"name": n, "type": t} for n, t in self.columns],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> TableSpec:
        return cls(
            file=str(raw["file"]),
            encoding=str(raw["encoding"]),
            rows=int(raw["rows"]),
            columns=tuple((str(c["name"]), c["type"]) for c in raw["columns"]),
        )
