"""Table templates (``data/domains.yaml``): which columns a system's export has, and how that
system names them.

A template column names a kind and may pin its value variant (the ``status`` of a claims
system holds claim states) and replace header pools with the words that system uses
(``就诊日期`` in a hospital, ``入住日期`` in a hotel). ``blank`` overrides the share of empty
cells for sparse columns (passport numbers in a hotel register of mostly domestic guests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from piplkit.discover.evaluation.business.kinds import KindDataError, pools_from


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    kind: str
    variant: str | None = None
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    blank: float | None = None


@dataclass(frozen=True, slots=True)
class TableTemplate:
    name: str
    title: str
    columns: tuple[ColumnSpec, ...]


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    title: str
    #: Age band of the people in its rows.
    ages: tuple[int, int]
    #: Weights of the header style a table of this domain is mostly written in.
    styles: dict[str, float]
    tables: tuple[TableTemplate, ...]


def _column(raw: Any, where: str) -> ColumnSpec:
    if isinstance(raw, str):
        return ColumnSpec(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("kind"), str):
        raise KindDataError(f"{where}: a column is a kind id or a mapping with `kind`")
    blank = raw.get("blank")
    if blank is not None and not (isinstance(blank, int | float) and 0 <= blank <= 1):
        raise KindDataError(f"{where}: blank must be a share between 0 and 1")
    return ColumnSpec(raw["kind"], raw.get("variant"), pools_from(raw, where), blank)


def parse_domains(raw: Any) -> tuple[Domain, ...]:
    if not isinstance(raw, list):
        raise KindDataError("domains.yaml: a list of domains expected")
    domains = []
    for d in raw:
        tables = tuple(
            TableTemplate(
                t["name"],
                t["title"],
                tuple(_column(col, f"{d['id']}/{t['name']}") for col in t["columns"]),
            )
            for t in d["tables"]
        )
        domains.append(Domain(d["id"], d["title"], tuple(d["ages"]), dict(d["styles"]), tables))
    return tuple(domains)


@cache
def all_domains() -> tuple[Domain, ...]:
    text = resources.files("piplkit.discover.evaluation.business").joinpath("data/domains.yaml")
    return parse_domains(yaml.safe_load(text.read_text("utf-8")))
