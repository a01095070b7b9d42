"""Request limits enforced before any handler runs: body size, and no NUL in the URL.

The body is read (up to the limit) and replayed to the application; a declared or actual size
over the limit ends the request with 413 and a JSON message, so no handler sees a partial body.
Paths listed as ``streamed`` (uploads far larger than memory should hold, such as an APK) are
passed through unread: their handlers stream the body to disk and enforce their own limits
(:mod:`piplkit.platform.service.uploads`).

A NUL character in the path or the query can match nothing piplkit stores (input validation
refuses it) and makes PostgreSQL's driver fail on the lookup, so it ends the request with 422.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n} bytes"


class BodyLimit:
    """ASGI middleware: bodies above ``limit`` (or a per-path-prefix override) get 413."""

    def __init__(
        self,
        app: ASGIApp,
        limit: int,
        overrides: dict[str, int] | None = None,
        streamed: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        self.limit = limit
        self.overrides = overrides or {}
        #: exact paths whose handlers read and limit the body themselves
        self.streamed = streamed

    def _limit_for(self, path: str) -> int:
        for prefix, value in self.overrides.items():
            if path.startswith(prefix):
                return value
        return self.limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        if scope["path"] in self.streamed:
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _too_large(send, limit)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replay: list[Message] = [{"type": "http.request", "body": b"".join(chunks)}]

        async def replay_receive() -> Message:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, replay_receive, send)


class NoNulInUrl:
    """ASGI middleware: a path or query holding NUL (U+0000) gets 422 before any route runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            where = _nul_in(scope)
            if where is not None:
                detail = f"{where}: contains the control character U+0000, which piplkit refuses"
                await _json(send, 422, {"error": "invalid_input", "detail": detail})
                return
        await self.app(scope, receive, send)


def _nul_in(scope: Scope) -> str | None:
    if "\x00" in str(scope.get("path", "")):
        return "path"
    query = bytes(scope.get("query_string", b""))
    if b"\x00" in query or b"%00" in query:
        return "query"
    return None


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    detail = f"request body is larger than the limit of {_mib(limit)}"
    await _json(send, 413, {"error": "payload_too_large", "detail": detail}, close=True)


async def _json(send: Send, status: int, body: dict[str, str], *, close: bool = False) -> None:
    data = json.dumps(body).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(data)).encode()),
    ]
    if close:  # the unread rest of the body would otherwise be taken for the next request
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
