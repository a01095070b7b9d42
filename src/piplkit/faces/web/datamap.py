"""Layout of the data map: systems → datasets → recipients as positioned boxes and curves.

Computed on the server and drawn as inline SVG by a template (labels auto-escaped). Datasets are
grouped under their system, recipients ordered by the first dataset that reaches them, so most
lines run without crossing. Transfers to recipients outside mainland China are marked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.map.register.models import Dataset, Recipient, System, Transfer

COLUMN_X = (24, 364, 704)
BOX_W = 250
BOX_H = 46
GAP = 14
TOP = 48
MAX_LABEL = 22
MAX_DATASETS = 300


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    kind: str
    label: str
    full: str
    sub: str
    x: int
    y: int
    href: str | None
    sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    path: str
    abroad: bool
    title: str


@dataclass(slots=True)
class DataMap:
    width: int
    height: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    truncated: int = 0


def short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _curve(x1: int, y1: int, x2: int, y2: int) -> str:
    mid = (x1 + x2) // 2
    return f"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}"


def build_map(
    session: Session,
    unassigned_label: str,
    datasets_label: Callable[[int], str] = lambda n: f"{n:,} datasets",
    pi_label: Callable[[int], str] = lambda n: f"{n:,} PI columns",
) -> DataMap:
    systems = list(session.scalars(select(System).order_by(System.name)))
    datasets = list(session.scalars(select(Dataset).order_by(Dataset.name)))
    transfers = list(session.scalars(select(Transfer).order_by(Transfer.name)))
    truncated = max(0, len(datasets) - MAX_DATASETS)
    datasets = datasets[:MAX_DATASETS]
    by_system: dict[int | None, list[Dataset]] = {}
    for d in datasets:
        by_system.setdefault(d.system_id, []).append(d)
    ordered_sys: list[System | None] = [*systems]
    if None in by_system:
        ordered_sys.append(None)
    ordered_ds = [d for s in ordered_sys for d in by_system.get(s.id if s else None, [])]
    ds_index = {d.id: i for i, d in enumerate(ordered_ds)}
    shown = [t for t in transfers if t.dataset_id in ds_index]
    recipients: list[Recipient] = []
    for t in sorted(shown, key=lambda t: ds_index[t.dataset_id]):
        if t.recipient not in recipients:
            recipients.append(t.recipient)

    step = BOX_H + GAP
    rows = max(len(ordered_sys), len(ordered_ds), len(recipients), 1)
    result = DataMap(width=COLUMN_X[2] + BOX_W + 24, height=TOP + rows * step + 24)
    result.truncated = truncated

    def y_of(i: int) -> int:
        return TOP + i * step

    sys_pos: dict[int | None, int] = {}
    for i, s in enumerate(ordered_sys):
        sys_pos[s.id if s else None] = y_of(i)
        name = s.name if s else unassigned_label
        count = len(by_system.get(s.id if s else None, []))
        result.nodes.append(
            Node(
                f"s{i}",
                "system",
                short(name),
                name,
                datasets_label(count),
                COLUMN_X[0],
                y_of(i),
                f"/systems/view?name={quote(s.name, safe='')}" if s else None,
            )
        )
    for i, d in enumerate(ordered_ds):
        pi_cols = sum(1 for c in d.columns if c.pi_type)
        result.nodes.append(
            Node(
                f"d{i}",
                "dataset",
                short(d.name),
                d.name,
                pi_label(pi_cols),
                COLUMN_X[1],
                y_of(i),
                f"/datasets/view?name={quote(d.name, safe='')}",
                sensitive=d.sensitivity.value == "sensitive",
            )
        )
        y0 = sys_pos[d.system_id] + BOX_H // 2
        result.edges.append(
            Edge(_curve(COLUMN_X[0] + BOX_W, y0, COLUMN_X[1], y_of(i) + BOX_H // 2), False, d.name)
        )
    rec_pos = {}
    for i, r in enumerate(recipients):
        rec_pos[r.id] = y_of(i)
        result.nodes.append(
            Node(f"r{i}", "recipient", short(r.name), r.name, r.country, COLUMN_X[2], y_of(i), None)
        )
    for t in shown:
        y1 = y_of(ds_index[t.dataset_id]) + BOX_H // 2
        y2 = rec_pos[t.recipient_id] + BOX_H // 2
        result.edges.append(
            Edge(
                _curve(COLUMN_X[1] + BOX_W, y1, COLUMN_X[2], y2),
                t.recipient.country != "CN",
                t.name,
            )
        )
    return result
