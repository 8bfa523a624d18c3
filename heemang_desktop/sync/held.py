"""Pulled records of a kind this version does not know: kept, not counted and skipped.

A PC that upgrades later than the server (or than another PC) receives records of new kinds. The
pull cursor moves past them, so skipping them would lose them for good. They are kept here, the
whole copy sealed (this version cannot tell which of its fields are personal data), and applied at
the first sync after an upgrade that knows their kind.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from heemang_desktop.store.base import utcnow
from heemang_desktop.sync.models import HeldChange

PURPOSE = "sync_held"


def keep(session: Session, copies: list[dict], cipher) -> None:
    """Keep each copy (the latest per record; an older copy never replaces a newer one)."""
    for c in copies:
        values = {"entity": c["entity"], "entity_id": c["entity_id"], "server_version": c["server_version"],
                  "deleted": bool(c["deleted"]), "received_at": utcnow(),
                  "copy_enc": cipher().encrypt(json.dumps(c, ensure_ascii=False, separators=(",", ":")), PURPOSE)}
        stmt = insert(HeldChange).values(**values)
        session.execute(stmt.on_conflict_do_update(
            index_elements=["entity", "entity_id"], set_={k: stmt.excluded[k] for k in values if k != "entity"},
            where=HeldChange.server_version < stmt.excluded.server_version))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(HeldChange)) or 0


def known_now(session: Session, knows, cipher) -> list[dict]:
    """The kept copies whose kind this version knows (`knows(entity)`), oldest first, taken out of
    the store: the caller applies them in the same transaction."""
    rows = [r for r in session.scalars(select(HeldChange).order_by(HeldChange.server_version)) if knows(r.entity)]
    if not rows:
        return []
    session.execute(delete(HeldChange).where(HeldChange.id.in_([r.id for r in rows])))
    return [json.loads(cipher().decrypt(r.copy_enc, PURPOSE)) for r in rows]
