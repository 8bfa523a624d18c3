"""What the central service does with a push, a pull and a summary: plain SQLAlchemy Core.

Rules (architecture §6): a change_id is applied once (a repeat answers `duplicate`); an upsert
applies only on the version it was made from (else `conflict` with the server copy); a delete wins;
a change that fails validation is `rejected` with a reason; one change's failure never blocks the
others in its batch, but later changes to the same record in that batch share its answer.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from heemang_desktop.central import security
from heemang_desktop.central import tables as t
from heemang_desktop.sync import protocol as p
from heemang_desktop.sync import schema
from heemang_desktop.users import passwords

MAX_PAYLOAD_BYTES = 256 * 1024
PULL_PAGE_BYTES = 8 * 1024 * 1024


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Unauthorized(Exception):
    pass


# -- accounts ---------------------------------------------------------------------------------
def add_user(conn: Connection, facility_code: str, user_id: str, password: str) -> None:
    fid = p.facility_id(facility_code)
    if conn.scalar(select(t.facility.c.id).where(t.facility.c.id == fid)) is None:
        conn.execute(insert(t.facility).values(id=fid, code=facility_code, last_version=0, pushes=0))
    hashed = passwords.hash_password(password)
    done = conn.execute(update(t.user).where(t.user.c.facility_code == facility_code, t.user.c.user_id == user_id)
                        .values(password_hash=hashed))
    if not done.rowcount:
        conn.execute(insert(t.user).values(facility_code=facility_code, user_id=user_id, password_hash=hashed))


def issue_token(conn: Connection, facility_code: str, user_id: str, password: str, ttl: timedelta):
    stored = conn.scalar(select(t.user.c.password_hash).where(
        t.user.c.facility_code == facility_code, t.user.c.user_id == user_id))
    # Check a dummy hash for unknown users too, so timing does not tell which ids exist.
    ok = passwords.verify_password(password, stored or _DUMMY)
    if stored is None or not ok:
        raise Unauthorized("시설코드, 사용자 ID 또는 비밀번호가 맞지 않습니다.")
    token = security.new_token()
    expires = utcnow() + ttl
    conn.execute(t.token.delete().where(t.token.c.expires_at < utcnow()))
    conn.execute(insert(t.token).values(token_hash=security.token_hash(token), facility_code=facility_code,
                                        user_id=user_id, expires_at=expires))
    return token, expires


_DUMMY = passwords.hash_password("not-a-user")


def authenticate(conn: Connection, token: str) -> tuple[str, str]:
    row = conn.execute(select(t.token.c.facility_code, t.token.c.user_id, t.token.c.expires_at)
                       .where(t.token.c.token_hash == security.token_hash(token))).first()
    if row is None or row.expires_at <= utcnow():
        raise Unauthorized("로그인이 만료되었습니다. 다시 로그인하세요.")
    return row.facility_code, row.user_id


# -- maintenance ------------------------------------------------------------------------------
def set_maintenance(conn: Connection, on: bool, until: str | None = None) -> None:
    for key, value in (("maintenance", "on" if on else "off"), ("maintenance_until", until or "")):
        if not conn.execute(update(t.setting).where(t.setting.c.key == key).values(value=value)).rowcount:
            conn.execute(insert(t.setting).values(key=key, value=value))


def maintenance(conn: Connection) -> tuple[bool, str | None]:
    rows = dict(conn.execute(select(t.setting.c.key, t.setting.c.value)
                             .where(t.setting.c.key.in_(("maintenance", "maintenance_until")))).all())
    return rows.get("maintenance") == "on", rows.get("maintenance_until") or None


# -- push -------------------------------------------------------------------------------------
def _bad_amount(value, key: str = "") -> bool:
    """Money is int won: an `…amount` field holding anything but an integer is refused."""
    if isinstance(value, dict):
        return any(_bad_amount(v, k) for k, v in value.items())
    if isinstance(value, list):
        return any(_bad_amount(v, key) for v in value)
    return key.endswith("amount") and value is not None and (type(value) is not int)


def _invalid(change, facility_id: str) -> str | None:
    payload = change.payload
    if payload.get("id") != change.entity_id:
        return "payload의 id가 entity_id와 다릅니다."
    if payload.get("facility_id") != facility_id:
        return "다른 시설의 기록은 저장할 수 없습니다."
    for f in change.pii:
        if f not in payload or not (payload[f] is None or isinstance(payload[f], str)):
            return f"개인정보 필드 {f}의 값이 올바르지 않습니다."
    if _bad_amount(payload):
        return "금액은 원 단위 정수여야 합니다."
    try:
        size = len(json.dumps(payload, allow_nan=False, ensure_ascii=False).encode("utf-8"))
    except ValueError:
        return "숫자가 아닌 값(NaN, Infinity)이 있습니다."
    if size > MAX_PAYLOAD_BYTES:
        return "기록 하나가 너무 큽니다."
    return schema.check_wire(change.entity, payload)  # the entity's wire schema, as every client checks it


def _copy(vault, row: dict) -> dict:
    return {
        "entity": row["entity"], "entity_id": row["entity_id"], "version": row["version"],
        "deleted": row["deleted"], "server_version": row["server_version"],
        "payload": vault.open(json.loads(row["payload"]), json.loads(row["pii"])),
    }


def push(conn: Connection, vault: security.PiiVault, facility_code: str, user_id: str, client_id: str,
         changes: list) -> list[dict]:
    fid = p.facility_id(facility_code)
    # The write comes first: it takes the facility's lock before anything is read.
    conn.execute(update(t.facility).where(t.facility.c.id == fid).values(pushes=t.facility.c.pushes + 1))
    last = conn.scalar(select(t.facility.c.last_version).where(t.facility.c.id == fid)) or 0

    # Ids are looked up within this facility only: another facility's ids are neither seen nor taken.
    ids = list({c.change_id for c in changes})
    seen = {r.change_id: r for r in conn.execute(
        select(t.change.c.change_id, t.change.c.server_version, t.change.c.version)
        .where(t.change.c.facility_id == fid, t.change.c.change_id.in_(ids)))} if ids else {}
    keys = list({(c.entity, c.entity_id) for c in changes})
    current: dict = {}
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        cond = tuple_(t.entity.c.entity, t.entity.c.entity_id).in_(chunk)
        for r in conn.execute(select(t.entity).where(t.entity.c.facility_id == fid, cond)).mappings():
            current[(r["entity"], r["entity_id"])] = dict(r)
    existed = set(current)

    results, new_changes, touched, now = [], [], set(), utcnow()
    failed: dict[tuple, dict] = {}
    applied_here: dict[str, dict] = {}
    for c in changes:
        key = (c.entity, c.entity_id)
        if c.change_id in applied_here:
            results.append({**applied_here[c.change_id], "status": p.DUPLICATE})
            continue
        if c.change_id in seen:
            s = seen[c.change_id]
            results.append({"change_id": c.change_id, "status": p.DUPLICATE,
                            "server_version": s.server_version, "version": s.version})
            continue
        cur = current.get(key)
        reason = _invalid(c, fid)
        if reason is None and key in failed:  # held back with the earlier change, answered alike
            results.append({**failed[key], "change_id": c.change_id})
            continue
        cur_version = cur["version"] if cur else 0
        if reason is None and c.op == p.UPSERT and cur is None and c.base_version != 0:
            reason = "중앙 서비스에 없는 기록을 고치려 했습니다."
        if reason is not None:
            failed[key] = {"change_id": c.change_id, "status": p.REJECTED, "reason": reason}
            results.append(failed[key])
            continue
        if c.op == p.UPSERT and cur is not None and (cur["deleted"] or c.base_version != cur_version):
            # A delete wins; any other mismatch is the user's to resolve.
            failed[key] = {"change_id": c.change_id, "status": p.CONFLICT, "server_copy": _copy(vault, cur)}
            results.append(failed[key])
            continue
        last += 1
        version = cur_version + 1
        deleted = c.op == p.DELETE
        payload = {**c.payload, "version": version, "deleted": deleted}
        sealed = json.dumps(vault.seal(payload, c.pii), ensure_ascii=False, separators=(",", ":"))
        new_changes.append({"change_id": c.change_id, "facility_id": fid, "server_version": last,
                            "entity": c.entity, "entity_id": c.entity_id, "op": c.op,
                            "base_version": c.base_version, "version": version, "payload": sealed,
                            "user_id": user_id, "client_id": client_id, "received_at": now})
        current[key] = {"entity": c.entity, "entity_id": c.entity_id, "facility_id": fid, "version": version,
                        "deleted": deleted, "server_version": last, "payload": sealed,
                        "pii": json.dumps(sorted(c.pii))}
        touched.add(key)
        answer = {"change_id": c.change_id, "status": p.APPLIED, "server_version": last, "version": version}
        applied_here[c.change_id] = answer
        results.append(answer)

    if new_changes:
        conn.execute(insert(t.change), new_changes)
        fresh = [current[k] for k in touched if k not in existed]
        if fresh:
            conn.execute(insert(t.entity), fresh)
        stale = [current[k] for k in touched if k in existed]
        if stale:
            conn.execute(
                update(t.entity).where(t.entity.c.facility_id == fid, t.entity.c.entity == bindparam("k_entity"),
                                       t.entity.c.entity_id == bindparam("k_id"))
                .values(version=bindparam("version"), deleted=bindparam("deleted"),
                        server_version=bindparam("server_version"), payload=bindparam("payload"),
                        pii=bindparam("pii")),
                [{**{k: v for k, v in r.items() if k not in ("entity", "entity_id", "facility_id")},
                  "k_entity": r["entity"], "k_id": r["entity_id"]} for r in stale],
            )
        conn.execute(update(t.facility).where(t.facility.c.id == fid).values(last_version=last))
    return results


# -- pull and summary -------------------------------------------------------------------------
def pull(conn: Connection, vault: security.PiiVault, facility_code: str, cursor: int, limit: int) -> dict:
    """Up to `limit` records, and no more than PULL_PAGE_BYTES of them (at least one): 2,000 records
    of 256 KB would otherwise make one 500 MB answer."""
    fid = p.facility_id(facility_code)
    result = conn.execute(
        select(t.entity).where(t.entity.c.facility_id == fid, t.entity.c.server_version > cursor)
        .order_by(t.entity.c.server_version).limit(limit + 1).execution_options(yield_per=100)
    ).mappings()
    page, size, has_more = [], 0, False
    try:
        for r in result:
            nbytes = len(r["payload"].encode("utf-8"))
            if len(page) == limit or (page and size + nbytes > PULL_PAGE_BYTES):
                has_more = True
                break
            size += nbytes
            page.append(_copy(vault, dict(r)))
    finally:
        result.close()
    return {
        "changes": page,
        "next_cursor": page[-1]["server_version"] if page else cursor,
        "has_more": has_more,
    }


def summary(conn: Connection, facility_code: str, exclude: dict[str, list[str]]) -> dict:
    fid = p.facility_id(facility_code)
    out = {
        r.entity: {"count": r.n, "version_sum": int(r.vs or 0)}
        for r in conn.execute(select(t.entity.c.entity, func.count().label("n"),
                                     func.sum(t.entity.c.version).label("vs"))
                              .where(t.entity.c.facility_id == fid).group_by(t.entity.c.entity))
    }
    for name, ids in exclude.items():
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(t.entity.c.version).where(
                    t.entity.c.facility_id == fid, t.entity.c.entity == name,
                    t.entity.c.entity_id.in_(ids[i:i + 500]))):
                out[name]["count"] -= 1
                out[name]["version_sum"] -= r.version
    return out
