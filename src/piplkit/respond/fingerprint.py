"""The digest that makes intake idempotent: the same submission twice is one record.

Rights requests, consents and incidents each keep the SHA-256 of their canonical JSON (sorted
keys, no whitespace, UTF-8) so a client retrying with the same id gets the stored record back,
and a different payload under the same id is a conflict. One definition, so the three agree.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_digest(doc: dict[str, Any]) -> str:
    """Hex SHA-256 of ``doc`` as canonical JSON."""
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
