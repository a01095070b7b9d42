"""The life of an API token: issued with an expiry, used, revoked.

A token's text is ``pk_`` plus 256 random bits, shown once; the database keeps its SHA-256.
Every token expires: the lifetime is chosen when it is issued, within a :class:`TokenPolicy`
(default and maximum are configurable). Revoking sets ``revoked_at`` and keeps the row, so lists
show what existed and when it stopped working. A password change or deactivation revokes all of
a user's tokens, which is why reactivating a user does not bring old tokens back.

``last_used_at`` is bookkeeping, not an audited change: it is written with one conditional
``UPDATE`` that only matches when the stored time is a minute old or more, so a busy token costs
at most one write a minute however many requests race.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import NAME_LENGTH
from piplkit.map.register.repository import as_utc
from piplkit.platform.auth.models import ApiToken, TokenScope, User

TOKEN_PREFIX = "pk_"
MAX_TOKEN_TEXT = 200
TOUCH_INTERVAL = dt.timedelta(minutes=1)
#: Ids are 32-bit integers in every database piplkit supports; larger ones cannot exist.
MAX_ID = 2**31 - 1


def digest(secret: str) -> str:
    """SHA-256 hex of a token: what the database stores and looks up."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class TokenPolicy:
    """How long new tokens live: ``default`` when the issuer does not say, never over
    ``maximum``."""

    default: dt.timedelta = dt.timedelta(days=90)
    maximum: dt.timedelta = dt.timedelta(days=365)

    def __post_init__(self) -> None:
        if self.default <= dt.timedelta(0) or self.maximum < self.default:
            raise ValueError("token lifetimes: need 0 < default <= maximum")

    @classmethod
    def of_days(cls, default: int | None = None, maximum: int | None = None) -> TokenPolicy:
        base = cls()
        most = dt.timedelta(days=maximum) if maximum is not None else base.maximum
        usual = dt.timedelta(days=default) if default is not None else min(base.default, most)
        if usual <= dt.timedelta(0) or most < usual:
            raise InvalidInputError(
                f"token lifetime: the default ({usual.days} days) must be at least 1 day and "
                f"at most the maximum ({most.days} days)"
            )
        return cls(usual, most)

    def expiry(self, now: dt.datetime, days: int | None = None) -> dt.datetime:
        """When a token issued ``now`` for ``days`` (None: the default) expires."""
        if days is None:
            return now + self.default
        if days < 1:
            raise InvalidInputError("expires_days: must be at least 1")
        if dt.timedelta(days=days) > self.maximum:
            raise InvalidInputError(
                f"expires_days: at most {self.maximum.days} (the configured maximum)"
            )
        return now + dt.timedelta(days=days)


class TokenState(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


def state_of(token: ApiToken, now: dt.datetime) -> TokenState:
    if token.revoked_at is not None:
        return TokenState.REVOKED
    expires = as_utc(token.expires_at)
    if expires is not None and expires <= now:
        return TokenState.EXPIRED
    return TokenState.ACTIVE


def _iso(value: dt.datetime | None) -> str | None:
    moment = as_utc(value)
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What may be shown about a token (never its text or digest), detached from the session."""

    id: int
    user: str
    label: str | None
    created_at: dt.datetime | None
    expires_at: dt.datetime | None
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    state: TokenState
    scope: TokenScope = TokenScope.FULL

    @classmethod
    def of(cls, token: ApiToken, now: dt.datetime) -> TokenInfo:
        return cls(
            id=token.id,
            user=token.user.name,
            label=token.label,
            created_at=as_utc(token.created_at),
            expires_at=as_utc(token.expires_at),
            last_used_at=as_utc(token.last_used_at),
            revoked_at=as_utc(token.revoked_at),
            state=state_of(token, now),
            scope=TokenScope(token.scope),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "user": self.user,
            "label": self.label,
            "created_at": _iso(self.created_at),
            "expires_at": _iso(self.expires_at),
            "last_used_at": _iso(self.last_used_at),
            "revoked_at": _iso(self.revoked_at),
            "state": self.state.value,
            "scope": self.scope.value,
        }


def clean_label(label: str | None) -> str | None:
    if label is None or not label.strip():
        return None
    text = label.strip()
    if len(text) > NAME_LENGTH:
        raise InvalidInputError(f"label: longer than {NAME_LENGTH} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise InvalidInputError("label: must not contain control characters")
    return text


def new_token(
    session: Session,
    user: User,
    *,
    label: str | None,
    expires_at: dt.datetime,
    now: dt.datetime,
    scope: TokenScope = TokenScope.FULL,
) -> tuple[str, ApiToken]:
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        token_hash=digest(raw),
        label=clean_label(label),
        created_at=now,
        expires_at=expires_at,
        scope=scope,
    )
    session.add(token)
    session.flush()
    return raw, token


def find(session: Session, raw: str) -> ApiToken | None:
    """The token with this text, in whatever state, or None."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > MAX_TOKEN_TEXT:
        return None
    stmt = select(ApiToken).where(ApiToken.token_hash == digest(raw))
    return session.scalars(stmt).first()


def needs_touch(token: ApiToken, now: dt.datetime) -> bool:
    used = as_utc(token.last_used_at)
    return used is None or used <= now - TOUCH_INTERVAL


def touch(session: Session, token_id: int, now: dt.datetime) -> bool:
    """Record a use: one UPDATE that matches only when the last record is a minute old (or
    missing), so racing requests write once. True when this call wrote."""
    stmt = (
        update(ApiToken)
        .where(
            ApiToken.id == token_id,
            or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= now - TOUCH_INTERVAL),
        )
        .values(last_used_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def revoke(token: ApiToken, now: dt.datetime) -> bool:
    """Revoke one token; False when it already was."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = now
    return True


def revoke_all(user: User, now: dt.datetime) -> int:
    """Revoke every token of ``user`` that is not revoked yet; returns how many."""
    return sum(revoke(token, now) for token in user.tokens)


def listed(
    session: Session,
    now: dt.datetime,
    *,
    user: User | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[TokenInfo]:
    """Tokens, newest first: of ``user``, or of everyone."""
    stmt = select(ApiToken).join(ApiToken.user).order_by(ApiToken.id.desc()).offset(offset)
    if user is not None:
        stmt = stmt.where(ApiToken.user_id == user.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [TokenInfo.of(token, now) for token in session.scalars(stmt)]
