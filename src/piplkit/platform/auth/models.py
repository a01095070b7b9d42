"""Tables for users, API tokens and web sessions (migrations ``0002_users_and_tokens`` and
``0006_api_token_lifecycle``).

They share the register's metadata so one Alembic history and one autogenerate check cover
them. Secrets are never stored: ``password_hash`` is argon2id, token columns hold SHA-256 hex
digests. ``__audit_redact__`` keeps those digests out of the append-only audit trail.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from piplkit.map.register.models import NAME_LENGTH, Base, Timestamped, enum_column, utcnow


class Role(StrEnum):
    """What a user may do; each role includes the ones below it."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


_RANKS = {Role.VIEWER: 0, Role.EDITOR: 1, Role.ADMIN: 2}


class TokenScope(StrEnum):
    """What an API token may be used for, within its user's role.

    ``full``: everything the user's role allows (every token made before scopes existed).
    ``calendar:read``: reading the compliance calendar (``GET /api/v1/calendar``, its
    ``.ics``, and the web's ``/calendar.ics`` feed, where such a token may sit in a URL even
    when its user is an editor or admin), and nothing else.
    """

    FULL = "full"
    CALENDAR_READ = "calendar:read"


class User(Timestamped, Base):
    """A person or service account; token-only accounts have no password."""

    __tablename__ = "app_user"
    __audit_redact__: ClassVar[frozenset[str]] = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "user_role"), default=Role.VIEWER)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    tokens: Mapped[list[ApiToken]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    sessions: Mapped[list[WebSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class ApiToken(Base):
    """A bearer token for the REST API, stored as the SHA-256 of the token text.

    It works until ``expires_at`` (tokens made before expiry was required may have none) and
    until ``revoked_at`` is set, by hand, by a password change or by deactivating its user; a
    revoked token stays listed. ``last_used_at`` is refreshed at most once a minute
    (:func:`piplkit.platform.auth.tokens.touch`)."""

    __tablename__ = "api_token"
    __audit_redact__: ClassVar[frozenset[str]] = frozenset({"token_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    scope: Mapped[TokenScope] = mapped_column(
        enum_column(TokenScope, "token_scope"),
        default=TokenScope.FULL,
        server_default=TokenScope.FULL.value,
    )

    user: Mapped[User] = relationship(back_populates="tokens")

    @property
    def name(self) -> str:
        """How the audit trail names a token: owner, label and (once stored) its id."""
        owner = self.user.name if self.user is not None else "?"
        number = f" #{self.id}" if self.id is not None else ""
        return f"{owner}/{self.label or 'token'}{number}"


class WebSession(Base):
    """A signed-in browser; the cookie holds the token, the table its SHA-256."""

    __tablename__ = "web_session"
    __audit_redact__: ClassVar[frozenset[str]] = frozenset({"token_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(back_populates="sessions")
