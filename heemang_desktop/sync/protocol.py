"""Sync protocol v1: the wire facts the client and the central service share (architecture §6).

Plain Python only: the client checks the server's answers with these rules without needing the
central service's libraries (pydantic); `central/schemas.py` builds its models from the same constants.
"""

from __future__ import annotations

import re
import uuid

PROTOCOL = 1
PREFIX = "/api/v1"

APPLIED = "applied"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
REJECTED = "rejected"
RESULT_STATUSES = (APPLIED, DUPLICATE, CONFLICT, REJECTED)

OPEN = "open"
MAINTENANCE = "maintenance"

UPSERT = "upsert"
DELETE = "delete"

MAX_BATCH = 1000  # changes per push; more is refused with 413
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_PULL_PAGE = 2000
ENTITY_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# Files records reference (inquiry attachments) go up content-addressed, before the record: one PUT
# per file, its SHA-256 lower-case hex in the path; the server checks the hash and the size.
BLOBS_PATH = "/sync/blobs/"
MAX_BLOB_BYTES = 10 * 1024 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")

# Same namespace as the client's setup: a facility's id is the same on every PC and on the server.
FACILITY_NAMESPACE = uuid.UUID("6f1c1f3e-4b7a-4c55-9d1e-6e8d2b9a0c11")


def facility_id(code: str) -> str:
    return str(uuid.uuid5(FACILITY_NAMESPACE, code))


class ProtocolError(ValueError):
    """The server's answer does not follow the protocol: the client keeps its queue untouched."""


def _int(value, what: str, minimum: int = 0) -> int:
    if type(value) is not int or value < minimum:
        raise ProtocolError(f"{what}: 정수가 아님 ({value!r})")
    return value


def _str(value, what: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        raise ProtocolError(f"{what}: 문자열이 아님")
    return value


def check_entity_copy(copy, facility: str) -> dict:
    """A server copy of one record (pulled, or carried by a conflict)."""
    if not isinstance(copy, dict):
        raise ProtocolError("기록 사본이 객체가 아님")
    entity = _str(copy.get("entity"), "entity", 64)
    if not ENTITY_NAME.match(entity):
        raise ProtocolError(f"알 수 없는 기록 종류 이름: {entity!r}")
    _str(copy.get("entity_id"), "entity_id", 36)
    _int(copy.get("version"), "version", 1)
    _int(copy.get("server_version"), "server_version", 1)
    if not isinstance(copy.get("deleted"), bool):
        raise ProtocolError("deleted: 참/거짓이 아님")
    payload = copy.get("payload")
    if not isinstance(payload, dict) or payload.get("id") != copy["entity_id"]:
        raise ProtocolError("payload가 기록과 맞지 않음")
    if payload.get("facility_id") != facility:
        raise ProtocolError("다른 시설의 기록이 왔습니다")
    return copy


def check_push_answer(body, sent_ids: list[str], facility: str) -> list[dict]:
    """One result per change sent, each exactly once; anything else is refused whole."""
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise ProtocolError("push 응답 형식이 아님")
    results = body["results"]
    seen = {}
    for r in results:
        if not isinstance(r, dict):
            raise ProtocolError("결과 항목이 객체가 아님")
        cid = _str(r.get("change_id"), "change_id", 36)
        if cid in seen:
            raise ProtocolError(f"같은 변경의 결과가 두 번 왔습니다: {cid}")
        status = r.get("status")
        if status not in RESULT_STATUSES:
            raise ProtocolError(f"알 수 없는 결과: {status!r}")
        if status in (APPLIED, DUPLICATE):
            _int(r.get("server_version"), "server_version", 1)
            _int(r.get("version"), "version", 1)
        elif status == CONFLICT:
            check_entity_copy(r.get("server_copy"), facility)
        elif not isinstance(r.get("reason"), str) or not r["reason"]:
            raise ProtocolError("거부 사유가 없음")
        seen[cid] = r
    if set(seen) != set(sent_ids) or len(results) != len(sent_ids):
        raise ProtocolError("보낸 변경과 받은 결과가 맞지 않음")
    return results


def check_pull_answer(body, cursor: int, facility: str) -> tuple[list[dict], int, bool]:
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        raise ProtocolError("pull 응답 형식이 아님")
    nxt = _int(body.get("next_cursor"), "next_cursor")
    has_more = body.get("has_more")
    if not isinstance(has_more, bool):
        raise ProtocolError("has_more: 참/거짓이 아님")
    copies = [check_entity_copy(c, facility) for c in body["changes"]]
    if has_more and not copies:
        raise ProtocolError("빈 페이지인데 더 있다고 합니다")
    if nxt < cursor or any(not cursor < c["server_version"] <= nxt for c in copies):
        raise ProtocolError("pull 커서가 뒤로 가거나 범위를 벗어났습니다")
    return copies, nxt, has_more


def check_status(body) -> dict:
    if not isinstance(body, dict) or body.get("state") not in (OPEN, MAINTENANCE):
        raise ProtocolError("status 응답 형식이 아님")
    if body.get("until") is not None:
        _str(body["until"], "until", 64)
    return body
