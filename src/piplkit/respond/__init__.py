"""Respond: rights requests (DSR), the consent ledger, incidents and the hash-chained audit trail.

Kept import-light on purpose: ``piplkit.register`` imports :mod:`piplkit.respond.chain` so that
every audit entry of every register session is chained, and that must not pull in PDF or
detection machinery. Import the service modules (``dsr``, ``consent``, ``incidents``) directly.
"""
