"""User management and authentication over a register session.

Functions never commit: call them inside ``Register.write(actor)`` (changes are audited with that
actor) or ``Register.read()`` for lookups. Random secrets come from :mod:`secrets`; only their
SHA-256 digests reach the database.

Who may see or revoke which token is decided here, once for every face: a user their own
tokens, an admin everyone's; ``acting=None`` is the operator at the command line, who may do
anything the database allows.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.models import NAME_LENGTH
from piplkit.map.register.repository import as_utc
from piplkit.platform.auth import tokens
from piplkit.platform.auth.models import ApiToken, Role, TokenScope, User, WebSession
from piplkit.platform.auth.passwords import hash_password, needs_rehash, rehash, verify_password
from piplkit.platform.auth.tokens import TOKEN_PREFIX, TokenInfo, TokenPolicy, digest  # noqa: F401

SESSION_LIFETIME = dt.timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting, detached from any database session; ``scope`` narrows what a token may
    do within the role (a password sign-in is always ``full``)."""

    name: str
    role: Role
    scope: TokenScope = TokenScope.FULL

    def allows(self, needed: Role) -> bool:
        return self.role.allows(needed)

    def may_use(self, scopes: tuple[TokenScope, ...]) -> bool:
        """Whether a route open to the narrower ``scopes`` (besides ``full``) admits this caller."""
        return self.scope is TokenScope.FULL or self.scope in scopes


def parse_scope(value: str | TokenScope) -> TokenScope:
    """A token scope from its name, or a clear error listing the known ones."""
    try:
        return TokenScope(value)
    except ValueError:
        known = ", ".join(s.value for s in TokenScope)
        raise InvalidInputError(f"scope: {value!r} is not one of {known}") from None


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
    if len(name) > NAME_LENGTH or any(unicodedata.category(ch) == "Cc" for ch in name):
        return None  # no stored name is like that (check_name), and NUL would upset PostgreSQL
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
        password_hash=hash_password(password, [clean]) if password is not None else None,
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
        if not active:  # reactivating later must not bring these back
            user.sessions.clear()
            tokens.revoke_all(user, _now())
    session.flush()
    return user


def set_password(session: Session, name: str, password: str) -> User:
    """A new password signs out every browser and revokes every API token of the user."""
    user = get_user(session, name)
    user.password_hash = hash_password(password, [user.name])
    user.sessions.clear()
    tokens.revoke_all(user, _now())
    session.flush()
    return user


def remove_user(session: Session, name: str) -> None:
    user = get_user(session, name)
    _keep_an_admin(session, user, "remove")
    session.delete(user)
    session.flush()


def create_token(
    session: Session,
    name: str,
    *,
    label: str | None = None,
    days: int | None = None,
    policy: TokenPolicy | None = None,
    now: dt.datetime | None = None,
    scope: str | TokenScope = TokenScope.FULL,
) -> tuple[str, TokenInfo]:
    """A new API token for ``name`` expiring after ``days`` (None: the policy's default),
    limited to ``scope``. Returns its text, to be shown once and never stored, and what may be
    listed about it."""
    narrowed = parse_scope(scope)
    user = get_user(session, name)
    moment = now or _now()
    expires = (policy or TokenPolicy()).expiry(moment, days)
    raw, token = tokens.new_token(
        session, user, label=label, expires_at=expires, now=moment, scope=narrowed
    )
    return raw, TokenInfo.of(token, moment)


def issue_token(
    session: Session,
    name: str,
    *,
    label: str | None = None,
    days: int | None = None,
    policy: TokenPolicy | None = None,
    now: dt.datetime | None = None,
    scope: str | TokenScope = TokenScope.FULL,
) -> str:
    """Like :func:`create_token`, returning the token text only."""
    raw, _info = create_token(
        session, name, label=label, days=days, policy=policy, now=now, scope=scope
    )
    return raw


def _principal(user: User | None, scope: TokenScope = TokenScope.FULL) -> Principal | None:
    if user is None or not user.active:
        return None
    return Principal(user.name, Role(user.role), scope)


@dataclass(frozen=True, slots=True)
class TokenUse:
    """A request authenticated by a token: who, which token, and whether its last use is old
    enough to be recorded again (:func:`piplkit.platform.auth.tokens.touch`)."""

    principal: Principal
    token_id: int
    stale: bool


def authenticate_token(
    session: Session, raw: str, now: dt.datetime | None = None
) -> TokenUse | None:
    """The use of a live token (not expired, not revoked, its user active), or None."""
    moment = now or _now()
    token = tokens.find(session, raw)
    if token is None or tokens.state_of(token, moment) is not tokens.TokenState.ACTIVE:
        return None
    principal = _principal(token.user, TokenScope(token.scope))
    if principal is None:
        return None
    return TokenUse(principal, token.id, tokens.needs_touch(token, moment))


def resolve_token(session: Session, raw: str) -> Principal | None:
    """The active user a bearer token belongs to, or None (unknown, expired, revoked, inactive)."""
    use = authenticate_token(session, raw)
    return use.principal if use is not None else None


def _may_manage(acting: Principal | None, owner: str) -> bool:
    return acting is None or acting.allows(Role.ADMIN) or acting.name == owner


def list_tokens(
    session: Session,
    acting: Principal | None,
    *,
    user: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[TokenInfo]:
    """Tokens ``acting`` may see, newest first: their own, or (admins, the CLI) anyone's;
    ``user`` narrows to one user's."""
    owner = user
    if acting is not None and not acting.allows(Role.ADMIN):
        if owner not in (None, acting.name):
            raise NotFoundError(f"no tokens of {owner!r} that you may see")
        owner = acting.name
    found = get_user(session, owner) if owner is not None else None
    return tokens.listed(session, _now(), user=found, offset=offset, limit=limit)


def count_tokens(session: Session, acting: Principal | None, *, user: str | None = None) -> int:
    owner = user if acting is None or acting.allows(Role.ADMIN) else acting.name
    stmt = select(func.count()).select_from(ApiToken)
    if owner is not None:
        stmt = stmt.join(ApiToken.user).where(User.name == owner)
    return int(session.scalar(stmt) or 0)


def revoke_token(session: Session, token_id: int, acting: Principal | None) -> TokenInfo:
    """Revoke token ``token_id`` (its owner or an admin may); revoking twice changes nothing.
    A token ``acting`` may not manage is reported as missing, so ids reveal nothing."""
    token = session.get(ApiToken, token_id) if 1 <= token_id <= tokens.MAX_ID else None
    if token is None or not _may_manage(acting, token.user.name):
        raise NotFoundError(f"no API token #{token_id}")
    tokens.revoke(token, _now())
    session.flush()
    return TokenInfo.of(token, _now())


def live_token_count(user: User, now: dt.datetime | None = None) -> int:
    moment = now or _now()
    return sum(tokens.state_of(t, moment) is tokens.TokenState.ACTIVE for t in user.tokens)


def authenticate_password(session: Session, name: str, password: str) -> Principal | None:
    """Check a password (in a write session: an outdated hash is upgraded)."""
    user = find_user(session, name.strip()) if name.strip() else None
    stored = user.password_hash if user is not None else None
    if not verify_password(stored, password) or user is None:
        return None
    if stored is not None and needs_rehash(stored):
        user.password_hash = rehash(password)
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
