"""Files a facility's records reference (inquiry attachments, a "this window" screenshot), kept by content.

`PUT /sync/blobs/{sha256}` takes the file as the body: the service hashes what it received and
refuses a mismatch, refuses a file over `protocol.MAX_BLOB_BYTES` or one that would take the
facility past its quota (413, Korean detail: the PC shows it beside the record), and answers a
second PUT of a file it has with 200 "already have it" (a first one is 201). `HEAD`/`GET` let the
facility's other PCs (and the desk's tools) see and fetch one. Every file is the token's facility's:
another facility's file of the same content is not visible and is stored again.
"""

from __future__ import annotations

import hashlib
import json

from fastapi import Depends, FastAPI, Path, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from heemang_desktop.central import tables as t
from heemang_desktop.central.service import utcnow
from heemang_desktop.sync import protocol as p

PATH_PREFIX = f"{p.PREFIX}{p.BLOBS_PATH}"
QUOTA_KEY = "blob_quota_bytes"  # central_setting: an operator raises it without a release
DEFAULT_QUOTA = 2 * 1024 * 1024 * 1024  # per facility: 200 inquiries of 10 files of 1 MB, many times over
_MB = 1024 * 1024


class BlobRefused(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status, self.detail = status, detail


def quota(conn: Connection) -> int:
    value = conn.scalar(select(t.setting.c.value).where(t.setting.c.key == QUOTA_KEY))
    try:
        return int(value) if value is not None else DEFAULT_QUOTA
    except ValueError:
        return DEFAULT_QUOTA


def set_quota(conn: Connection, size: int) -> None:
    if not conn.execute(update(t.setting).where(t.setting.c.key == QUOTA_KEY).values(value=str(size))).rowcount:
        conn.execute(insert(t.setting).values(key=QUOTA_KEY, value=str(size)))


def used(conn: Connection, fid: str) -> int:
    return int(conn.scalar(select(func.coalesce(func.sum(t.blob.c.size), 0)).where(t.blob.c.facility_id == fid)))


def size_of(conn: Connection, fid: str, sha: str) -> int | None:
    return conn.scalar(select(t.blob.c.size).where(t.blob.c.facility_id == fid, t.blob.c.sha256 == sha))


def read(conn: Connection, fid: str, sha: str) -> bytes | None:
    return conn.scalar(select(t.blob.c.data).where(t.blob.c.facility_id == fid, t.blob.c.sha256 == sha))


def put(conn: Connection, fid: str, sha: str, data: bytes, user_id: str) -> bool:
    """Keep `data` under `sha` for the facility; False when it was there already. BlobRefused otherwise."""
    if not p.SHA256.match(sha):
        raise BlobRefused(400, "파일 주소는 SHA-256 (소문자 16진수 64자)이어야 합니다.")
    if len(data) > p.MAX_BLOB_BYTES:
        raise BlobRefused(413, f"첨부 파일은 {p.MAX_BLOB_BYTES // _MB}MB까지 받습니다.")
    if hashlib.sha256(data).hexdigest() != sha:
        raise BlobRefused(422, "받은 파일의 SHA-256이 주소와 맞지 않습니다 (전송 중 손상).")
    if size_of(conn, fid, sha) is not None:
        return False
    limit = quota(conn)
    if used(conn, fid) + len(data) > limit:
        shown = f"{limit // _MB:,}MB" if limit >= _MB else f"{limit:,}바이트"
        raise BlobRefused(413, f"시설의 중앙 첨부 저장 공간({shown})이 가득 차서 파일을 받지 않았습니다. "
                               "고객센터에 문의하세요.")
    try:
        with conn.begin_nested():
            conn.execute(insert(t.blob).values(facility_id=fid, sha256=sha, size=len(data), data=data,
                                               user_id=user_id, received_at=utcnow()))
    except IntegrityError:  # the same file from another PC of the facility, a moment earlier
        return False
    return True


def add_routes(app: FastAPI, engine: Engine, identity, responses: dict) -> None:
    """The three blob endpoints; `identity` is the app's token dependency ((facility code, user id))."""
    path = PATH_PREFIX + "{sha256}"
    address = Path(description="파일 내용의 SHA-256, 소문자 16진수 64자 (아니면 400)")

    def refused(exc: BlobRefused) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    def bad_sha() -> JSONResponse:
        return refused(BlobRefused(400, "파일 주소는 SHA-256 (소문자 16진수 64자)이어야 합니다."))

    def store(sha: str, data: bytes, who: tuple[str, str]) -> bool:
        with engine.begin() as conn:
            return put(conn, p.facility_id(who[0]), sha, data, who[1])

    @app.put(path, tags=["sync"], status_code=201, responses={
        **responses, 200: {"description": "이미 있는 파일 (다시 저장하지 않음)"},
        201: {"description": "저장함"},
        400: {"description": "주소가 SHA-256이 아님"},
        413: {"description": f"파일이 {p.MAX_BLOB_BYTES // _MB}MB를 넘음, 또는 시설의 저장 공간(quota)이 참"},
        422: {"description": "받은 내용의 SHA-256이 주소와 다름"}},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def put_blob(request: Request, sha256: str = address, who: tuple[str, str] = Depends(identity)):
        if not p.SHA256.match(sha256):
            return bad_sha()
        data = await request.body()
        try:
            created = await run_in_threadpool(store, sha256, data, who)
        except BlobRefused as exc:
            return refused(exc)
        return JSONResponse({"sha256": sha256, "size": len(data), "stored": created},
                            status_code=201 if created else 200)

    def found(sha: str, who: tuple[str, str], body: bool):
        with engine.connect() as conn:
            fid = p.facility_id(who[0])
            return read(conn, fid, sha) if body else size_of(conn, fid, sha)

    @app.head(path, tags=["sync"], responses={**responses, 200: {"description": "있음 (Content-Length: 크기)"},
                                                404: {"description": "없음"}})
    async def has_blob(sha256: str = address, who: tuple[str, str] = Depends(identity)):
        if not p.SHA256.match(sha256):
            return Response(status_code=400)
        size = await run_in_threadpool(found, sha256, who, False)
        if size is None:
            return Response(status_code=404)
        return Response(status_code=200, headers={"Content-Length": str(size)})

    @app.get(path, tags=["sync"], responses={
        **responses, 200: {"description": "파일", "content": {"application/octet-stream": {}}},
        404: {"description": "없음"}})
    async def get_blob(sha256: str = address, who: tuple[str, str] = Depends(identity)):
        if not p.SHA256.match(sha256):
            return bad_sha()
        data = await run_in_threadpool(found, sha256, who, True)
        if data is None:
            return JSONResponse({"detail": "이 시설에 그 파일이 없습니다."}, status_code=404)
        return Response(bytes(data), media_type="application/octet-stream")


def attachments(inquiry: dict) -> list[dict]:
    """{name, sha256, ext} per attachment an inquiry's payload lists (its `attachments` JSON text)."""
    try:
        listed = json.loads(inquiry.get("attachments") or "[]")
    except (TypeError, ValueError):
        return []
    out = []
    for e in listed if isinstance(listed, list) else []:
        ref = e.get("file") if isinstance(e, dict) else None
        sha, _, ext = ref.partition(".") if isinstance(ref, str) else ("", "", "")
        if p.SHA256.match(sha):
            out.append({"name": str(e.get("name", "")), "sha256": sha, "ext": ext})
    return out
