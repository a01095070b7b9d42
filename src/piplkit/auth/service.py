"""User management and authentication over a register session.

Functions never commit: call them inside ``Register.write(actor)`` (changes are audited with that
actor) or ``Register.read()`` for lookups. Random secrets come from :mod:`secrets`; only their
SHA-256 digests reach the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from piplkit.auth.models import ApiToken, Role, User, WebSession
from piplkit.auth.passwords import hash_password, needs_rehash, verify_password
from piplkit.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.register.models import NAME_LENGTH
from piplkit.register.repository import as_utc

TOKEN_PREFIX = "pk_"
SESSION_LIFETIME = dt.timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting, detached from any database session."""

    name: str
    role: Role

    def allows(self, needed: Role) -> bool:
        return self.role.allows(needed)


def digest(secret: str) -> str:
    """SHA-256 hex of a token: what the database stores and looks up."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_name(name: str) -> str:
    clean = name.strip()
    if not clean:
        raise InvalidInputError("user name: must not be empty")
    if len(clean) > NAME_LENGTH:
        raise InvalidInputError(f"user name: longer than {NAME_LENGTH} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in clean):
        raise InvalidInputError("user name: must not contain control characters")
    return clean


def parse_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise InvalidInputError(f"role: {value!r} is not one of {roles}") from None


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).one_or_none()


def get_user(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise NotFoundError(f"no user named {name!r}")
    return user


def list_users(session: Session, *, offset: int = 0, limit: int | None = None) -> list[User]:
    stmt = select(User).order_by(User.name).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def add_user(session: Session, name: str, role: Role | str, password: str | None = None) -> User:
    """Create a user; without a password the account can only use API tokens."""
    clean = check_name(name)
    if find_user(session, clean) is not None:
        raise ConflictError(f"a user named {clean!r} already exists")
    user = User(
        name=clean,
        role=parse_role(role),
        password_hash=hash_password(password) if password is not None else None,
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def _other_active_admins(session: Session, user: User) -> int:
    stmt = (
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
    )
    return int(session.scalar(stmt) or 0)


def _keep_an_admin(session: Session, user: User, what: str) -> None:
    if user.role == Role.ADMIN and user.active and _other_active_admins(session, user) == 0:
        raise ConflictError(f"cannot {what} {user.name!r}: it is the last active admin")


def update_user(
    session: Session, name: str, *, role: Role | str | None = None, active: bool | None = None
) -> User:
    user = get_user(session, name)
    new_role = parse_role(role) if role is not None else user.role
    if (new_role != Role.ADMIN or active is False) and user.role == Role.ADMIN:
        _keep_an_admin(session, user, "demote or deactivate")
    user.role = new_role
    if active is not None:
        user.active = active
        if not active:
            user.sessions.clear()
    session.flush()
    return user


def set_password(session: Session, name: str, password: str) -> User:
    user = get_user(session, name)
    user.password_hash = hash_password(password)
    user.sessions.clear()  # a new password signs out every browser
    session.flush()
    return user


def remove_user(session: Session, name: str) -> None:
    user = get_user(session, name)
    _keep_an_admin(session, user, "remove")
    session.delete(user)
    session.flush()


def issue_token(
    session: Session, name: str, *, label: str | None = None, expires_at: dt.datetime | None = None
) -> str:
    """A new API token for ``name``; the returned text is shown once and never stored."""
    user = get_user(session, name)
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiToken(
            user=user,
            token_hash=digest(raw),
            label=label[:NAME_LENGTH] if label else None,
            expires_at=expires_at,
        )
    )
    session.flush()
    return raw


def _principal(user: User | None) -> Principal | None:
    if user is None or not user.active:
        return None
    return Principal(user.name, Role(user.role))


def resolve_token(session: Session, raw: str) -> Principal | None:
    """The active user a bearer token belongs to, or None (unknown, expired, inactive)."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest(raw))).first()
    if token is None:
        return None
    expires = as_utc(token.expires_at)
    if expires is not None and expires <= _now():
        return None
    return _principal(token.user)


def authenticate_password(session: Session, name: str, password: str) -> Principal | None:
    """Check a password (in a write session: an outdated hash is upgraded)."""
    user = find_user(session, name.strip()) if name.strip() else None
    stored = user.password_hash if user is not None else None
    if not verify_password(stored, password) or user is None:
        return None
    if stored is not None and needs_rehash(stored):
        user.password_hash = hash_password(password)
    return _principal(user)


def start_web_session(
    session: Session, name: str, lifetime: dt.timedelta = SESSION_LIFETIME
) -> str:
    """Sign a user in: a random cookie value whose digest is stored with an expiry."""
    user = get_user(session, name)
    now = _now()
    for old in list(user.sessions):  # housekeeping: drop this user's expired sessions
        expires = as_utc(old.expires_at)
        if expires is not None and expires <= now:
            user.sessions.remove(old)
    raw = secrets.token_urlsafe(32)
    user.sessions.append(WebSession(token_hash=digest(raw), expires_at=now + lifetime))
    session.flush()
    return raw


def resolve_web_session(session: Session, raw: str) -> Principal | None:
    if not raw or len(raw) > 200:
        return None
    row = session.scalars(select(WebSession).where(WebSession.token_hash == digest(raw))).first()
    if row is None:
        return None
    expires = as_utc(row.expires_at)
    if expires is None or expires <= _now():
        return None
    return _principal(row.user)


def end_web_session(session: Session, raw: str) -> None:
    row = session.scalars(select(WebSession).where(WebSession.token_hash == digest(raw))).first()
    if row is not None:
        session.delete(row)
        session.flush()
