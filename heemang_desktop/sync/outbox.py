"""The transactional outbox: the one function features call to record a synced change.

A feature changes its row and calls `record_change` in the same session, before the
transaction commits; the row and its outbox entry then commit together or not at all
(architecture §5). Nothing else inserts into the outbox.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from heemang_desktop.store.base import SyncedMixin, utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import APPLIED, QUEUED, UNSENT, OutboxEntry

UPSERT = "upsert"
DELETE = "delete"

# Bookkeeping that the server keeps for itself; never part of a payload.
_NOT_IN_PAYLOAD = {"server_version"}


def _wire(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        raise TypeError("money is int won; a Decimal reached the outbox")
    return value


def row_payload(row: SyncedMixin) -> dict:
    """The row's columns as JSON-ready values; a model may add children via `sync_children()`.

    Keyed lookup hashes stay out: their key is this PC's, so they mean nothing elsewhere.
    """
    skip = _NOT_IN_PAYLOAD | {f"{name}_hash" for name in row.__pii_fields__}
    payload = {
        col.key: _wire(getattr(row, col.key))
        for col in sa_inspect(type(row)).column_attrs
        if col.key not in skip
    }
    children = getattr(row, "sync_children", None)
    if children is not None:
        payload.update({name: [_child_payload(c) for c in rows] for name, rows in children().items()})
    return payload


def _child_payload(child) -> dict:
    return {col.key: _wire(getattr(child, col.key)) for col in sa_inspect(type(child)).column_attrs}


def record_change(session: Session, row: SyncedMixin, actor_id: str, op: str = UPSERT) -> OutboxEntry:
    """Stamp `row` (version, who, when) and queue its change in the caller's transaction.

    Call after setting the row's fields, once per user action. `op=DELETE` makes a tombstone.
    """
    if not row.__sync_entity__:
        raise TypeError(f"{type(row).__name__} is not a synced entity")
    if op not in (UPSERT, DELETE):
        raise ValueError(op)
    state = sa_inspect(row)
    now = utcnow()
    if state.persistent:
        base_version = row.version
        row.version = base_version + 1
    else:
        base_version = 0
        row.version = 1
        row.created_at = now
        row.created_by = actor_id
        session.add(row)
    row.updated_at = now
    row.updated_by = actor_id
    if op == DELETE:
        row.deleted = True
    session.flush()
    entry = OutboxEntry(
        change_id=str(uuid.uuid4()),
        entity=row.__sync_entity__,
        entity_id=row.id,
        op=op,
        base_version=base_version,
        payload=json.dumps(row_payload(row), ensure_ascii=False, separators=(",", ":")),
        user_id=actor_id,
        created_at=now,
        state=QUEUED,
    )
    session.add(entry)
    return entry


def was_ever_synced(session: Session, row: SyncedMixin) -> bool:
    if row.server_version is not None:
        return True
    answered = session.scalar(
        select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.entity_id == row.id, OutboxEntry.state == APPLIED
        )
    )
    return bool(answered)


def discard_unsynced(session: Session, row: SyncedMixin) -> None:
    """Hard-delete a row the central service never saw, with its queued changes.

    A synced row is never hard-deleted (a tombstone goes through `record_change(op=DELETE)`).
    """
    if was_ever_synced(session, row):
        raise ValidationError("이미 중앙 서비스에 전송된 기록은 삭제할 수 없습니다. 종료(취소) 처리하세요.")
    session.execute(delete(OutboxEntry).where(OutboxEntry.entity_id == row.id))
    session.delete(row)


def queued_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == QUEUED)) or 0


def pending_entity_ids(session: Session, entity: str) -> set[str]:
    """Entities with unsent local edits (queued, or waiting on a conflict or rejection): pulled
    changes must not overwrite them."""
    rows = session.scalars(
        select(OutboxEntry.entity_id).where(OutboxEntry.entity == entity, OutboxEntry.state.in_(UNSENT))
    )
    return set(rows)
