"""Reading and writing sync facts (last success, cursor), and the figures the status bar shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.sync.models import SyncState
from heemang_desktop.sync.outbox import queued_count

LAST_SYNC = "last_sync"


def get_state(session: Session, key: str) -> str | None:
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class SyncFigures:
    queued: int
    last_sync: str | None  # ISO UTC timestamp of the last successful sync


def figures(session: Session) -> SyncFigures:
    return SyncFigures(queued=queued_count(session), last_sync=get_state(session, LAST_SYNC))
