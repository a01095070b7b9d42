"""The register of processing: systems, datasets, activities, recipients, transfers, ledger.

Open one with :func:`open_register` (SQLite ``piplkit.db`` by default, ``PIPLKIT_DATABASE_URL``
or an explicit URL; PostgreSQL via ``postgresql+psycopg://``); change it inside
``register.write(actor)`` blocks with the repositories in :mod:`piplkit.register.repository`.
"""

from piplkit.register.db import ENV_URL, database_url
from piplkit.register.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    RegisterError,
)
from piplkit.register.facts import register_profile
from piplkit.register.ledger_report import transfer_volumes
from piplkit.register.store import Register, open_register

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
