"""The register of processing: systems, datasets, activities, recipients, transfers, ledger.

Open one with :func:`open_register` (SQLite ``piplkit.db`` by default, ``PIPLKIT_DATABASE_URL``
or an explicit URL; PostgreSQL via ``postgresql+psycopg://``); change it inside
``register.write(actor)`` blocks with the repositories in :mod:`piplkit.map.register.repository`.
"""

from piplkit.map.register.db import ENV_URL, database_url
from piplkit.map.register.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    RegisterError,
)
from piplkit.map.register.facts import register_profile
from piplkit.map.register.ledger_report import transfer_volumes
from piplkit.map.register.store import Register, open_register

__all__ = [
    "ENV_URL",
    "ConflictError",
    "InvalidInputError",
    "NotFoundError",
    "Register",
    "RegisterError",
    "database_url",
    "open_register",
    "register_profile",
    "transfer_volumes",
]
