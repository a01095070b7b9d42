"""Server settings shared by the REST API and the web UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from piplkit.platform.auth.tokens import TokenPolicy

#: Largest ``offset`` of list endpoints: far beyond any register, far below what the database
#: drivers overflow on (SQLite's 64-bit integers), so a huge offset is a 422, not a 500.
MAX_OFFSET = 1_000_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    #: Largest request body accepted (JSON and forms); bigger ones get 413.
    max_body_bytes: int = 2 * 1024 * 1024
    #: Largest file accepted by the scan-upload endpoint.
    max_upload_bytes: int = 50 * 1024 * 1024
    #: Address space and wall time of the child process that scans an upload (413 beyond).
    scan_memory_bytes: int = 1536 * 1024 * 1024
    scan_seconds: float = 300.0
    #: Largest APK the app check accepts (REST and web upload; streamed to disk, 413 beyond).
    max_apk_bytes: int = 1024 * 1024 * 1024
    #: App checks run at once (each holds about one inflated dex file; others wait their turn).
    app_check_workers: int = 2
    #: Force the Secure flag on cookies (otherwise set when the request came over https).
    secure_cookies: bool = False
    session_lifetime: dt.timedelta = dt.timedelta(hours=12)
    #: Default and largest page size of list endpoints.
    page_size: int = 50
    max_page_size: int = 500
    #: Public rights-request form: submissions allowed per client address per window.
    public_form_limit: int = 5
    public_form_window: dt.timedelta = dt.timedelta(minutes=10)
    #: Web sign-in: failed attempts allowed per client address, and per user name, per window
    #: (the second slows down guessing one account's password from many addresses).
    login_failure_limit: int = 10
    login_failure_window: dt.timedelta = dt.timedelta(minutes=15)
    #: API tokens: the lifetime when the issuer does not choose one, and the longest allowed.
    token_policy: TokenPolicy = field(default_factory=TokenPolicy)
