"""Access control for the register's interfaces: users, roles, passwords, API tokens, sessions.

Users have one role: ``viewer`` reads, ``editor`` also writes, ``admin`` also manages users.
Passwords are stored as argon2id hashes and must pass a guessability check; API tokens and web
session tokens are random strings shown once and stored only as their SHA-256, so a copy of the
database opens no account. API tokens expire, can be revoked one by one, and are revoked with a
password change or deactivation.
Everything here is core code: the REST API, the web UI and the CLI call it, none of them
re-implement it.
"""

from piplkit.platform.auth.models import ApiToken, Role, User, WebSession
from piplkit.platform.auth.service import (
    Principal,
    add_user,
    authenticate_password,
    authenticate_token,
    create_token,
    end_web_session,
    issue_token,
    list_tokens,
    list_users,
    remove_user,
    resolve_token,
    resolve_web_session,
    revoke_token,
    set_password,
    start_web_session,
    update_user,
)

__all__ = [
    "ApiToken",
    "Principal",
    "Role",
    "User",
    "WebSession",
    "add_user",
    "authenticate_password",
    "authenticate_token",
    "create_token",
    "end_web_session",
    "issue_token",
    "list_tokens",
    "list_users",
    "remove_user",
    "resolve_token",
    "resolve_web_session",
    "revoke_token",
    "set_password",
    "start_web_session",
    "update_user",
]
