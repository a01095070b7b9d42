"""The two languages piplkit writes in: Chinese first (the law's own language), then English.

One definition for every layer: the reports (``documents/``), the register's labels, the
password messages (``auth/``) and the interface catalogues (``service/i18n``) all take a ``Lang``.
It lives in ``law/``, the lowest pillar, which every one of them may import.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
