"""The FastAPI application: protocol v1 endpoints, token auth, maintenance switch, size limits.

`create_app(db_url, key)` builds the app on its own database (SQLite by default, PostgreSQL by
URL); the schema is created with `metadata.create_all` at start (no migrations for the reference
service).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from heemang_desktop.central import schemas as s
from heemang_desktop.central import security, service, tables
from heemang_desktop.sync import protocol as p

STATUS_PATH = f"{p.PREFIX}/status"
_ERR = {"model": s.ErrorBody}
_COMMON = {503: {**_ERR, "description": "중단 기간 (Retry-After 헤더)"}}
_AUTHED = {**_COMMON, 401: {**_ERR, "description": "로그인 필요 또는 만료"}}
_BODY = {413: {**_ERR, "description": "요청 본문이 너무 큼"}}


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

        return engine
    return create_engine(db_url, pool_pre_ping=True)


def _retry_after(until: str | None) -> str:
    if until:
        try:
            when = datetime.fromisoformat(until)
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            left = (when - datetime.now(timezone.utc)).total_seconds()
            return str(max(1, min(3600, math.ceil(left))))
        except ValueError:
            pass
    return "60"


def create_app(db_url: str, key: bytes, token_ttl: timedelta = timedelta(hours=8)) -> FastAPI:
    engine = make_engine(db_url)
    tables.metadata.create_all(engine)
    vault = security.PiiVault(key)
    app = FastAPI(title="Heemang central service (reference)", version=f"{p.PROTOCOL}.0",
                  description="희망이음 동기화 프로토콜 v1의 참조 구현. 이 문서가 프로토콜 명세입니다.")
    app.state.engine = engine

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > p.MAX_BODY_BYTES:
            return JSONResponse({"detail": "요청이 너무 큽니다."}, status_code=413)
        if request.url.path.startswith(p.PREFIX) and request.url.path != STATUS_PATH:
            with engine.connect() as conn:
                on, until = service.maintenance(conn)
            if on:
                return JSONResponse({"detail": "중앙 서비스 중단 기간입니다.", "until": until}, status_code=503,
                                    headers={"Retry-After": _retry_after(until)})
        return await call_next(request)

    def identity(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _Unauthorized("로그인이 필요합니다.")
        with engine.connect() as conn:
            try:
                return service.authenticate(conn, token.strip())
            except service.Unauthorized as exc:
                raise _Unauthorized(str(exc)) from exc

    @app.exception_handler(_Unauthorized)
    async def _unauth(_request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.get(STATUS_PATH, response_model=s.StatusResponse, tags=["status"])
    def status():
        with engine.connect() as conn:
            on, until = service.maintenance(conn)
        return s.StatusResponse(state=p.MAINTENANCE if on else p.OPEN, until=until,
                                server_time=datetime.now(timezone.utc))

    @app.post(f"{p.PREFIX}/auth/token", response_model=s.TokenResponse, tags=["auth"], responses={**_AUTHED, **_BODY})
    def token(body: s.TokenRequest):
        with engine.begin() as conn:
            try:
                tok, expires = service.issue_token(conn, body.facility_code, body.user_id, body.password, token_ttl)
            except service.Unauthorized as exc:
                raise _Unauthorized(str(exc)) from exc
        return s.TokenResponse(token=tok, expires_at=expires, facility_code=body.facility_code,
                               facility_id=p.facility_id(body.facility_code))

    @app.post(f"{p.PREFIX}/sync/push", response_model=s.PushResponse, tags=["sync"],
              responses={**_AUTHED, 413: {**_ERR, "description": f"한 번에 {p.MAX_BATCH}건을 넘거나 본문이 너무 큼"}})
    def push(body: s.PushRequest, who: tuple[str, str] = Depends(identity)):
        if len(body.changes) > p.MAX_BATCH:
            return JSONResponse({"detail": f"한 번에 {p.MAX_BATCH}건까지 보낼 수 있습니다."}, status_code=413)
        with engine.begin() as conn:
            results = service.push(conn, vault, who[0], who[1], body.client_id, body.changes)
        return {"results": results}

    @app.get(f"{p.PREFIX}/sync/pull", response_model=s.PullResponse, tags=["sync"], responses=_AUTHED)
    def pull(cursor: int = Query(0, ge=0, le=2**62), limit: int = Query(1000, ge=1, le=p.MAX_PULL_PAGE),
             who: tuple[str, str] = Depends(identity)):
        with engine.connect() as conn:
            return service.pull(conn, vault, who[0], cursor, limit)

    @app.post(f"{p.PREFIX}/sync/summary", response_model=s.SummaryResponse, tags=["sync"], responses={**_AUTHED, **_BODY})
    def summary(body: s.SummaryRequest, who: tuple[str, str] = Depends(identity)):
        with engine.connect() as conn:
            return {"entities": service.summary(conn, who[0], body.exclude)}

    return app


class _Unauthorized(Exception):
    pass
