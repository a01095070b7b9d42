"""What a value maker sees: the random sources, the row's person and shared per-row facts."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from piplkit.discover.evaluation.business.fakerpool import PooledFaker
from piplkit.discover.evaluation.business.person import Person, make_person

#: A cell as generated: text, a number, a date/time (typed formats keep the type) or None.
CellValue = str | int | float | date | datetime | None


@dataclass(slots=True)
class Ctx:
    rng: random.Random
    fake: PooledFaker
    person: Person
    #: The set's "today": ages and recent timestamps are relative to it, never to the clock.
    reference: date
    #: Facts shared by the columns of one row (a point and its lng/lat columns, a second person).
    row: dict[str, Any] = field(default_factory=dict)
    #: Per-column memory (running ids, last timestamp), keyed by the column's position.
    column: dict[str, Any] = field(default_factory=dict)

    def other(self, role: str, min_age: int = 18, max_age: int = 80) -> Person:
        """A second person of this row (guardian, emergency contact, counterparty)."""
        if role not in self.row:
            self.row[role] = make_person(self.rng, self.fake, self.reference, min_age, max_age)
        return self.row[role]

    def shared(self, key: str, make: Callable[[], Any]) -> Any:
        """A value computed once per row, e.g. the point behind separate 经度/纬度 columns."""
        if key not in self.row:
            self.row[key] = make()
        return self.row[key]


Maker = Callable[[Ctx], CellValue]
