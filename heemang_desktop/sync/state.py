"""Reading and writing sync facts (cursor, last success, connection), and the figures the status bar shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heemang_desktop.sync import quarantine
from heemang_desktop.sync.models import CONFLICT, QUEUED, REJECTED, OutboxEntry, SyncState

LAST_SYNC = "last_sync"
CURSOR = "pull_cursor"
CLIENT_ID = "client_id"
CONNECTION = "connection"
UNTIL = "connection_until"
LAST_ERROR = "last_error"
LAST_ATTEMPT = "last_attempt"
SANITY = "sanity"


def get_state(session: Session, key: str) -> str | None:
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def unsent_counts(session) -> tuple[int, int, int]:
    """(queued changes, records in conflict, records rejected)."""
    queued = session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == QUEUED)) or 0
    per = dict(session.execute(
        select(OutboxEntry.state, func.count(func.distinct(OutboxEntry.entity_id)))
        .where(OutboxEntry.state.in_((CONFLICT, REJECTED))).group_by(OutboxEntry.state)).all())
    return queued, per.get(CONFLICT, 0), per.get(REJECTED, 0)


@dataclass(frozen=True)
class SyncFigures:
    queued: int
    last_sync: str | None  # ISO UTC timestamp of the last successful sync
    conflicts: int = 0  # records waiting for the user to pick a side
    rejected: int = 0  # records the central service refused, with its reason
    connection: str = "offline"  # online | maintenance | offline, as of the last attempt
    until: str | None = None  # end of the outage, when the server said
    last_error: str | None = None
    quarantined: int = 0  # pulled records held back, with their reasons (sync/quarantine.py)


def figures(session: Session) -> SyncFigures:
    queued, conflicts, rejected = unsent_counts(session)
    return SyncFigures(
        queued=queued, last_sync=get_state(session, LAST_SYNC), conflicts=conflicts, rejected=rejected,
        connection=get_state(session, CONNECTION) or "offline", until=get_state(session, UNTIL) or None,
        last_error=get_state(session, LAST_ERROR) or None,
        quarantined=quarantine.count(session),
    )
