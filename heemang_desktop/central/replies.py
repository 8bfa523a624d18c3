"""The help desk's side of 질의하기 on the reference service: list a facility's inquiries, write a reply.

A reply is an ordinary record (`inquiry_reply`) that goes in through `service.push`, as a client's
change would: it gets the facility's next server_version, passes the same wire schema, and the PCs
pull it. The desk never edits the inquiry itself, so a PC's unsent edit can never conflict with it.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select
from sqlalchemy.engine import Connection

from heemang_desktop.central import security, service
from heemang_desktop.central import tables as t
from heemang_desktop.central.schemas import Change
from heemang_desktop.sync import protocol as p

DESK = "central-desk"  # the client id and user id replies are recorded under
STATUSES = ("in_progress", "answered")  # 처리 중, 답변 완료 (inquiries/models.py)


class ReplyRefused(ValueError):
    pass


def _records(conn: Connection, vault: security.PiiVault, fid: str, entity: str) -> list[dict]:
    rows = conn.execute(select(t.entity.c.payload, t.entity.c.pii).where(
        t.entity.c.facility_id == fid, t.entity.c.entity == entity, t.entity.c.deleted.is_(False))
        .order_by(t.entity.c.server_version)).all()
    return [vault.open(json.loads(r.payload), json.loads(r.pii)) for r in rows]


def inquiries(conn: Connection, vault: security.PiiVault, facility_code: str) -> list[dict]:
    """The facility's inquiries as received (private field opened for the desk), each with its replies."""
    fid = p.facility_id(facility_code)
    replies: dict[str, list[dict]] = {}
    for r in _records(conn, vault, fid, "inquiry_reply"):
        replies.setdefault(r["inquiry_id"], []).append(r)
    return [{**q, "replies": replies.get(q["id"], [])} for q in _records(conn, vault, fid, "inquiry")]


def reply(conn: Connection, vault: security.PiiVault, facility_code: str, inquiry_id: str, body: str,
          status: str = "answered", replied_by: str = "희망이음 고객센터") -> dict:
    """Record the desk's reply to one inquiry; the answer `push` gave it (applied, with its server_version)."""
    fid = p.facility_id(facility_code)
    if status not in STATUSES:
        raise ReplyRefused(f"상태는 {', '.join(STATUSES)} 중 하나여야 합니다.")
    if not body.strip():
        raise ReplyRefused("답변 내용이 비어 있습니다.")
    found = conn.scalar(select(t.entity.c.entity_id).where(
        t.entity.c.facility_id == fid, t.entity.c.entity == "inquiry", t.entity.c.entity_id == inquiry_id))
    if found is None:
        raise ReplyRefused(f"이 시설의 질의가 아닙니다: {inquiry_id}")
    now = service.utcnow().isoformat()
    rid = str(uuid.uuid4())
    payload = {"id": rid, "facility_id": fid, "version": 1, "deleted": False, "created_at": now, "updated_at": now,
               "created_by": DESK, "updated_by": DESK, "inquiry_id": inquiry_id, "body": body.strip(),
               "status": status, "replied_by": replied_by, "replied_at": now}
    change = Change(change_id=str(uuid.uuid4()), entity="inquiry_reply", entity_id=rid, op="upsert",
                    base_version=0, payload=payload, pii=[])
    (answer,) = service.push(conn, vault, facility_code, DESK, DESK, [change])
    if answer["status"] != p.APPLIED:
        raise ReplyRefused(answer.get("reason") or answer["status"])
    return {**answer, "reply_id": rid}
