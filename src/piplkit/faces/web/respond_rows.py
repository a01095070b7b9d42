"""Rows of the respond list pages, from the records' one JSON shape.

The pages show what the API returns (the descriptor's serializer), with its instants (the keys
ending in ``_at``, ISO 8601 in UTC) as people in China read them; the templates lay the row out
by the descriptor's columns (``_respond_table.html``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from piplkit.faces.web.clock import china_time
from piplkit.platform.service.respond_entities import RespondDescriptor


def shown(entity: RespondDescriptor, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the instants of the entity's columns in China time ('' when unset)."""
    row = dict(data)
    for column in entity.columns:
        if column.key.endswith("_at") and not column.derived:
            value = row[column.key]
            row[column.key] = china_time(dt.datetime.fromisoformat(value)) if value else ""
    return row
