"""Request-body limits counted as the bytes arrive, and the uvicorn limits `central serve` runs with.

A Content-Length check alone is bypassed by `Transfer-Encoding: chunked` (no length) or by a length
that lies; so the ASGI `receive` channel is wrapped and the body is refused with 413 the moment the
count passes the path's limit, before the app has buffered more than that.
"""

from __future__ import annotations

import asyncio
import json

from starlette.exceptions import HTTPException

from heemang_desktop.sync import protocol as p

AUTH_PATH = f"{p.PREFIX}/auth/token"
PUSH_PATH = f"{p.PREFIX}/sync/push"
SUMMARY_PATH = f"{p.PREFIX}/sync/summary"

# A login is three short fields; a summary excludes at most the client's SANITY_MAX_EXCLUDED ids.
BODY_LIMITS = {AUTH_PATH: 4 * 1024, PUSH_PATH: p.MAX_BODY_BYTES, SUMMARY_PATH: 4 * 1024 * 1024}
DEFAULT_BODY_LIMIT = 64 * 1024  # no other endpoint takes a body
# JSON containers (`[`, `{`, counted anywhere, strings too) allowed per body byte limit: 16 MB of
# `[],[],…` would parse into 5.6 million lists (~450 MB); a real push has a few per change.
BYTES_PER_CONTAINER = 32
BODY_IDLE_SECONDS = 60.0  # a body that stops arriving for this long is given up (408)

TOO_LARGE = "요청 본문이 너무 큽니다."
TOO_MANY = "요청 본문에 항목이 너무 많습니다."
TOO_SLOW = "요청 본문이 제때 도착하지 않았습니다."


class BodyRefused(HTTPException):
    """Raised from `receive`: FastAPI re-raises an HTTPException met while reading the body, so the
    route answers with it; `Connection: close` stops the server reading the rest of the body."""

    def __init__(self, status: int, detail: str):
        super().__init__(status_code=status, detail=detail, headers={"Connection": "close"})


def body_limit(path: str) -> int:
    if is_blob(path):
        return p.MAX_BLOB_BYTES
    return BODY_LIMITS.get(path, DEFAULT_BODY_LIMIT)


def is_blob(path: str) -> bool:
    """A file upload (sync/blobs): raw bytes, so its brackets are not JSON containers to count."""
    return path.startswith(p.PREFIX + p.BLOBS_PATH)


class BodyLimit:
    """Pure ASGI middleware: counts `http.request` body bytes per request, per path limit."""

    def __init__(self, app, idle_seconds: float = BODY_IDLE_SECONDS):
        self.app = app
        self.idle_seconds = idle_seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = body_limit(scope["path"])
        declared = _content_length(scope)
        if declared is not None and (declared < 0 or declared > limit):
            return await _answer(send, 413, TOO_LARGE)
        received, containers, ended = 0, 0, False
        raw = is_blob(scope["path"])

        async def counted():
            nonlocal received, containers, ended
            if ended:  # only a disconnect can follow, and waiting for it has no time limit
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.idle_seconds)
            except TimeoutError:
                raise BodyRefused(408, TOO_SLOW) from None
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                received += len(chunk)
                if received > limit:
                    raise BodyRefused(413, TOO_LARGE)
                containers += 0 if raw else chunk.count(b"[") + chunk.count(b"{")
                if containers > max(limit // BYTES_PER_CONTAINER, 16):
                    raise BodyRefused(413, TOO_MANY)
                ended = not message.get("more_body", False)
            return message

        started = False

        async def watched(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyRefused as exc:  # read outside a route (no handler turned it into an answer)
            if started:
                raise
            await _answer(send, exc.status_code, exc.detail)


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return -1  # unreadable: refused like an oversized one
    return None


async def _answer(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


# uvicorn's own limits for `central serve`: h11 (pure Python) so the header-size cap applies; open
# connections and tasks capped (more get 503); idle keep-alive connections closed after 5 s.
SERVER_LIMITS = {
    "http": "h11",
    "h11_max_incomplete_event_size": 16 * 1024,
    "limit_concurrency": 64,
    "timeout_keep_alive": 5,
}
