"""Saving many rows of one synced entity with their outbox entries, in the caller's transaction.

`record_change` flushes and builds one ORM object per row, which is too slow for a 20,000-row upload.
This does what it does, for plain column dicts, with executemany: each row gets the same stamping
(version, created/updated by and at) and one outbox entry whose payload is what `row_payload` would
give. It is meant to move into `sync/outbox.py` as `record_changes(session, model, rows, actor_id)`;
until then it is the only other writer of outbox entries, and only for uploads.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import update
from sqlalchemy.orm import Session

from heemang_desktop.store.base import utcnow
from heemang_desktop.sync.models import QUEUED, OutboxEntry
from heemang_desktop.sync.outbox import UPSERT


def _wire(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def record_changes(session: Session, model, rows: list[dict], actor_id: str) -> int:
    """Insert rows whose `version` is 0 (new), update the others (version = the stored one), queue each.

    Every dict holds every column of the row as it will be after the change.
    """
    now = utcnow()
    keys = [c.key for c in sa_inspect(model).column_attrs]
    payload_keys = [k for k in keys if k != "server_version" and not any(k == f"{f}_hash" for f in model.__pii_fields__)]
    new, changed, entries = [], [], []
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for row in rows:
        base_version = row["version"]
        row["version"] = base_version + 1
        row["updated_at"] = now
        row["updated_by"] = actor_id
        if base_version == 0:
            row["created_at"] = now
            row["created_by"] = actor_id
            new.append(row)
        else:
            changed.append(row)
        entries.append({
            "change_id": str(uuid.uuid4()), "entity": model.__sync_entity__, "entity_id": row["id"], "op": UPSERT,
            "base_version": base_version, "user_id": actor_id, "created_at": now, "state": QUEUED, "attempts": 0,
            "payload": dumps({k: _wire(row[k]) for k in payload_keys}),
        })
    if new:
        session.execute(model.__table__.insert(), new)
    if changed:
        session.execute(update(model), changed)
    if entries:
        session.execute(OutboxEntry.__table__.insert(), entries)
    return len(entries)
