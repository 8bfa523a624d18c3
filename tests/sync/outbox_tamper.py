"""A queued change as an older client (before the local schema check) could have left it: its
payload edited in the outbox directly, so the central service's own check is what refuses it."""

from __future__ import annotations

import json

from sqlalchemy import select

from heemang_desktop.sync.models import OutboxEntry


def tamper_payload(ctx, entity_id: str, **fields) -> None:
    """Set `fields` in the payload of the record's latest queued change."""
    with ctx.transaction() as s:
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == entity_id)
                          .order_by(OutboxEntry.seq.desc())).first()
        entry.payload = json.dumps({**json.loads(entry.payload), **fields}, ensure_ascii=False)
