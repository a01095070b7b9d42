"""Every pillar's tables on one metadata: the list Alembic and the schema checks read.

The register's own tables live in :mod:`piplkit.map.register.models`; access control
(:mod:`piplkit.platform.auth.models`), respond (:mod:`piplkit.respond.models`) and the tracker
(:mod:`piplkit.track.storage.models`) declare theirs at home on the same ``Base`` and share one
migration history. The register does not import those packages (they import it), so it names
them here, once, and :func:`full_metadata` loads them on demand: explicit registration, where
``piplkit.map.register`` used to import them for their side effects.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from piplkit.map.register.models import Base

#: Modules that declare tables on the register's metadata, besides ``piplkit.map.register.models``.
PILLAR_MODELS = (
    "piplkit.platform.auth.models",
    "piplkit.respond.models",
    "piplkit.track.storage.models",
)


def full_metadata() -> MetaData:
    """The metadata with every pillar's tables declared (what the migrations build)."""
    for name in PILLAR_MODELS:
        importlib.import_module(name)
    return Base.metadata
