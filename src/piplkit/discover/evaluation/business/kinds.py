"""Column kinds: what a column holds (gold type, value maker) and how exports name it.

A kind has value *variants* (one is drawn per column: a real column keeps one format) and header
pools per *style* (``data/headers.yaml``). ``decidable`` marks variants whose values alone
identify the type (Luhn-valid IMEIs, VINs, ID formats, closed vocabularies); only those columns
may get an opaque header (``col_7``), because a set that asks a classifier to guess a balance
from bare decimals measures nothing. Kinds are defined in :mod:`kinds_pi`,
:mod:`kinds_records` and :mod:`kinds_plain`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from piplkit.discover.evaluation.business.context import Maker

# Every kind at once: ``kind_registry.registry()``, which imports the three modules that define
# them (they import this one, so this one may not import them back).

#: Header styles, in the order reports list them.
STYLES: tuple[str, ...] = (
    "zh_formal",
    "zh_colloquial",
    "en_snake",
    "en_camel",
    "pinyin",
    "opaque",
)
NAMED_STYLES = STYLES[:-1]
#: Keys used for the named styles in the YAML data files.
STYLE_KEYS: dict[str, str] = {
    "zh": "zh_formal",
    "co": "zh_colloquial",
    "snake": "en_snake",
    "camel": "en_camel",
    "py": "pinyin",
}


class KindDataError(ValueError):
    """The kinds' data files disagree with the code (a kind without headers, or the reverse)."""


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    make: Maker
    decidable: bool = True
    weight: float = 1.0
    #: Storage type in typed formats: "str", "int", "float", "date", "datetime".
    dtype: str = "str"


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    gold: str | None
    variants: tuple[Variant, ...]
    headers: dict[str, tuple[str, ...]]


REGISTRY: dict[str, Kind] = {}


def pools_from(entry: dict[str, object], where: str) -> dict[str, tuple[str, ...]]:
    """Header pools of a YAML mapping (keys zh/co/snake/camel/py, values ``a|b|c``)."""
    pools: dict[str, tuple[str, ...]] = {}
    for key, style in STYLE_KEYS.items():
        spec = entry.get(key)
        if spec is None:
            continue
        if not isinstance(spec, str) or not spec.strip("|"):
            raise KindDataError(f"{where}: {key} must be a non-empty string of |-joined headers")
        pools[style] = tuple(h for h in spec.split("|") if h)
    return pools


@cache
def header_data() -> dict[str, dict[str, tuple[str, ...]]]:
    text = resources.files("piplkit.discover.evaluation.business").joinpath("data/headers.yaml")
    raw = yaml.safe_load(text.read_text("utf-8"))
    return {kind: pools_from(entry, f"headers.yaml: {kind}") for kind, entry in raw.items()}


def define(kind_id: str, gold: str | None, variants: Variant | tuple[Variant, ...]) -> Kind:
    """Register a kind; its header pools come from ``data/headers.yaml``."""
    if kind_id in REGISTRY:
        raise KindDataError(f"column kind {kind_id!r} defined twice")
    headers = header_data().get(kind_id)
    if not headers:
        raise KindDataError(f"column kind {kind_id!r} has no headers in headers.yaml")
    kind = Kind(kind_id, gold, variants if isinstance(variants, tuple) else (variants,), headers)
    REGISTRY[kind_id] = kind
    return kind
