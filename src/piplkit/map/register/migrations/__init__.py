"""Alembic migrations of the register (run by ``piplkit register init`` or on first use)."""
