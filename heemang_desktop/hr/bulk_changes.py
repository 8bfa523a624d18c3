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

from sqlalchemy import Date, DateTime
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from heemang_desktop.store.base import utcnow
from heemang_desktop.sync.models import QUEUED, OutboxEntry
from heemang_desktop.sync.outbox import UPSERT


def _sql(value):
    """A value as SQLAlchemy's SQLite types store it (dates ISO text, datetimes with microseconds, bools 0/1)."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


def record_changes(session: Session, model, rows: list[dict], actor_id: str) -> int:
    """Insert rows whose `version` is 0 (new), update the others (version = the stored one), queue each.

    Every dict holds every column of the row as it will be after the change. Rows go through the
    session's own connection (same transaction) with plain executemany: SQLAlchemy's per-parameter
    processing cost more than the inserts themselves at this size.
    """
    now = utcnow()
    table = model.__table__
    keys = [c.key for c in sa_inspect(model).column_attrs]
    hashes = {f"{f}_hash" for f in model.__pii_fields__}
    payload_keys = [k for k in keys if k != "server_version" and k not in hashes]
    dated = {k for k in payload_keys if isinstance(table.c[k].type, (Date, DateTime))}
    # Only date/datetime columns need converting for SQLite; every other value goes as it is.
    convert = [(i, _sql) for i, k in enumerate(keys) if isinstance(table.c[k].type, (Date, DateTime))]
    id_index = keys.index("id")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    new, changed, entries = [], [], []
    for row in rows:
        base_version = row["version"]
        row["version"] = base_version + 1
        row["updated_at"] = now
        row["updated_by"] = actor_id
        if base_version == 0:
            row["created_at"] = now
            row["created_by"] = actor_id
        values = [row[k] for k in keys]
        for i, fn in convert:
            values[i] = fn(values[i])
        if base_version == 0:
            new.append(values)
        else:
            changed.append(values[:id_index] + values[id_index + 1:] + [row["id"]])
        payload = {k: row[k] for k in payload_keys}
        for k in dated:
            if payload[k] is not None:
                payload[k] = payload[k].isoformat()
        entries.append((str(uuid.uuid4()), model.__sync_entity__, row["id"], UPSERT, base_version,
                        dumps(payload), actor_id, _sql(now), QUEUED, 0))
    cursor = session.connection().connection.driver_connection.cursor()
    if new:
        cursor.executemany(f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})", new)
    if changed:
        sets = ", ".join(f"{k} = ?" for k in keys if k != "id")
        cursor.executemany(f"UPDATE {table.name} SET {sets} WHERE id = ?", changed)
    if entries:
        cursor.executemany(
            f"INSERT INTO {OutboxEntry.__tablename__} (change_id, entity, entity_id, op, base_version, payload, "
            "user_id, created_at, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    return len(entries)
