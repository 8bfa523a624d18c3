"""The FastAPI application: protocol v1 endpoints, token auth, login throttling, maintenance switch,
size limits.

`create_app(db_url, key)` builds the app on its own database (SQLite by default, PostgreSQL by
URL); the schema is created with `metadata.create_all` at start (no migrations for the reference
service; upgrade.py moves an older database onto the current keys).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers

from heemang_desktop.central import blobs, limits, security, service, throttle, upgrade
from heemang_desktop.central import schemas as s
from heemang_desktop.sync import protocol as p

STATUS_PATH = f"{p.PREFIX}/status"
# Paths that need a token: checked before the body is read, so a stranger's body is never parsed.
_AUTHED_PATHS = {f"{p.PREFIX}/sync/pull", limits.PUSH_PATH, limits.SUMMARY_PATH}
_ERR = {"model": s.ErrorBody}


def _limits(path: str, body: bool = True) -> dict:
    """The answers an endpoint may give because of the request itself (its size, its form); one that
    takes no body can only refuse a declared Content-Length over its limit."""
    too_large = {413: {**_ERR, "description": f"요청 본문이 너무 큼 (한도 {limits.body_limit(path):,} 바이트; "
                                              "Transfer-Encoding: chunked도 받은 만큼 셈)"}}
    if not body:
        return too_large
    return {**too_large, 400: {**_ERR, "description": "요청을 읽을 수 없음 (본문이 JSON이 아님 등)"},
            408: {**_ERR, "description": f"본문이 {limits.BODY_IDLE_SECONDS:.0f}초 넘게 오지 않음"}}


_COMMON = {503: {**_ERR, "description": "중단 기간 (Retry-After 헤더)"}}
_AUTHED = {**_COMMON, 401: {**_ERR, "description": "로그인 필요 또는 만료"}}
_THROTTLED = {429: {**_ERR, "description": "로그인 실패가 잦아 잠시 막힘 (Retry-After 헤더: 기다릴 초)",
                    "headers": {"Retry-After": {"schema": {"type": "integer"},
                                                "description": "다시 시도할 때까지의 초"}}}}


def make_engine(db_url: str) -> Engine:
    if db_url.startswith("sqlite"):
        engine = create_engine(db_url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
            _owner_only(engine.url.database)

        return engine
    return create_engine(db_url, pool_pre_ping=True)


def _owner_only(database: str | None) -> None:
    """The service's SQLite file (every facility's records) readable by its owner only, as its key
    file is; SQLite gives -wal/-shm the database's mode. Nothing to do on Windows or in memory."""
    if os.name != "posix" or not database or database == ":memory:":
        return
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(database + suffix, 0o600)
        except OSError:
            pass  # not made yet, or not ours


def _retry_after(until: str | None) -> str:
    if until:
        try:
            when = datetime.fromisoformat(until)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            left = (when - datetime.now(UTC)).total_seconds()
            return str(max(1, min(3600, math.ceil(left))))
        except ValueError:
            pass
    return "60"


def create_app(db_url: str, key: bytes, token_ttl: timedelta = timedelta(hours=8),
               clock: Callable[[], datetime] = service.utcnow) -> FastAPI:
    """`clock` (naive UTC) times the login throttle; tests pass their own."""
    engine = make_engine(db_url)
    upgrade.prepare_database(engine)
    vault = security.PiiVault(key)
    app = FastAPI(title="Heemang central service (reference)", version=f"{p.PROTOCOL}.0",
                  description="희망이음 동기화 프로토콜 v1의 참조 구현. 이 문서가 프로토콜 명세입니다.")
    app.state.engine = engine

    def who_is(authorization: str | None) -> tuple[str, str]:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _Unauthorized("로그인이 필요합니다.")
        with engine.connect() as conn:
            try:
                return service.authenticate(conn, token.strip())
            except service.Unauthorized as exc:
                raise _Unauthorized(str(exc)) from exc

    def unauthorized(exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    def refusal(scope) -> JSONResponse | None:
        """Maintenance, then the token: answered before the body is read."""
        path = scope["path"]
        if path.startswith(p.PREFIX) and path != STATUS_PATH:
            with engine.connect() as conn:
                on, until = service.maintenance(conn)
            if on:
                return JSONResponse({"detail": "중앙 서비스 중단 기간입니다.", "until": until}, status_code=503,
                                    headers={"Retry-After": _retry_after(until)})
        if path in _AUTHED_PATHS or path.startswith(blobs.PATH_PREFIX):
            try:
                scope.setdefault("state", {})["who"] = who_is(Headers(scope=scope).get("authorization"))
            except _Unauthorized as exc:
                return unauthorized(exc)
        return None

    # Pure ASGI both (BaseHTTPMiddleware would wrap the body-limit error in an ExceptionGroup); the
    # body limit outermost, so it counts the raw body before anything else reads it.
    app.add_middleware(_Guard, refusal=refusal)
    app.add_middleware(limits.BodyLimit)

    def identity(request: Request, authorization: str | None = Header(default=None)) -> tuple[str, str]:
        return getattr(request.state, "who", None) or who_is(authorization)

    @app.exception_handler(_Unauthorized)
    async def _unauth(_request, exc):
        return unauthorized(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request, exc):
        # A body that is not JSON at all is a 400 (unreadable); a JSON body with wrong fields stays 422,
        # but a push of more than MAX_BATCH changes is a 413, as the protocol says.
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse({"detail": "요청 본문이 올바른 JSON이 아닙니다."}, status_code=400)
        if any(e.get("type") == "too_long" and tuple(e.get("loc", ())) == ("body", "changes") for e in errors):
            return JSONResponse({"detail": f"한 번에 {p.MAX_BATCH}건까지 보낼 수 있습니다."}, status_code=413)
        return await request_validation_exception_handler(request, exc)

    @app.exception_handler(throttle.Throttled)
    async def _throttled(_request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=429, headers={"Retry-After": str(exc.retry_after)})

    @app.get(STATUS_PATH, response_model=s.StatusResponse, tags=["status"], responses=_limits(STATUS_PATH, body=False))
    def status():
        with engine.connect() as conn:
            on, until = service.maintenance(conn)
        return s.StatusResponse(state=p.MAINTENANCE if on else p.OPEN, until=until,
                                server_time=datetime.now(UTC))

    @app.post(limits.AUTH_PATH, response_model=s.TokenResponse, tags=["auth"],
              responses={**_AUTHED, **_THROTTLED, **_limits(limits.AUTH_PATH)})
    def token(body: s.TokenRequest, request: Request):
        keys = throttle.rules(body.facility_code, body.user_id, request.client.host if request.client else "-")
        with engine.begin() as conn:
            throttle.check(conn, keys, clock())
        try:
            with engine.begin() as conn:
                tok, expires = service.issue_token(conn, body.facility_code, body.user_id, body.password, token_ttl)
                throttle.succeeded(conn, keys)
        except service.Unauthorized as exc:
            with engine.begin() as conn:
                throttle.failed(conn, keys, clock())
            raise _Unauthorized(str(exc)) from exc
        return s.TokenResponse(token=tok, expires_at=expires, facility_code=body.facility_code,
                               facility_id=p.facility_id(body.facility_code))

    push_limits = _limits(limits.PUSH_PATH)
    push_limits[413]["description"] = f"한 번에 {p.MAX_BATCH}건을 넘음, 또는 " + push_limits[413]["description"]

    @app.post(limits.PUSH_PATH, response_model=s.PushResponse, tags=["sync"], responses={**_AUTHED, **push_limits})
    def push(body: s.PushRequest, who: tuple[str, str] = Depends(identity)):
        with engine.begin() as conn:
            results = service.push(conn, vault, who[0], who[1], body.client_id, body.changes)
        return {"results": results}

    @app.get(f"{p.PREFIX}/sync/pull", response_model=s.PullResponse, tags=["sync"],
             responses={**_AUTHED, **_limits("", body=False)})
    def pull(cursor: int = Query(0, ge=0, le=2**62), limit: int = Query(1000, ge=1, le=p.MAX_PULL_PAGE),
             who: tuple[str, str] = Depends(identity)):
        with engine.connect() as conn:
            return service.pull(conn, vault, who[0], cursor, limit)

    @app.post(limits.SUMMARY_PATH, response_model=s.SummaryResponse, tags=["sync"],
              responses={**_AUTHED, **_limits(limits.SUMMARY_PATH)})
    def summary(body: s.SummaryRequest, who: tuple[str, str] = Depends(identity)):
        with engine.connect() as conn:
            return {"entities": service.summary(conn, who[0], body.exclude)}

    blobs.add_routes(app, engine, identity, _AUTHED)
    return app


class _Unauthorized(Exception):
    pass


class _Guard:
    def __init__(self, app, refusal):
        self.app, self.refusal = app, refusal

    async def __call__(self, scope, receive, send):
        # The checks query the database: off the event loop, like the routes' own work.
        answer = await run_in_threadpool(self.refusal, scope) if scope["type"] == "http" else None
        if answer is not None and any(k in (b"content-length", b"transfer-encoding") for k, _ in scope["headers"]):
            answer.headers["Connection"] = "close"  # refused before its body: stop taking the body
        await (answer or self.app)(scope, receive, send)
