"""The service layer every face builds on: the command line, the REST API and the web UI.

Interface-neutral plumbing that used to live inside the API and was borrowed by the web pages:
the register as a server holds it (:mod:`.backend`: read sessions, audited write sessions, the
actor written into the audit trail), the server's settings (:mod:`.settings`), the HMAC key that
turns identifiers into keyed hashes (:mod:`.keys`) and the helpers that turn a file writer into
downloadable bytes (:mod:`.export`). It imports storage and the core, never ``cli``, ``api`` or
``web``; each face maps what it raises onto its own kind of answer (an exit code, a JSON problem,
an HTML page).
"""
