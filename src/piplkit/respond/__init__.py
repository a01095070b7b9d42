"""Respond: rights requests (DSR), the consent ledger, incidents and audit-trail verification.

The audit trail's hash chain itself is the register's (:mod:`piplkit.map.register.chain`, installed
by the register's store), so every audit entry of every session is chained without importing
this package. Import the service modules (``dsr``, ``consent``, ``incidents``) directly.
"""
