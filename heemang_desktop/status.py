"""The `status` figures: where the data is, its schema, the facility and the sync queue.

`early_figures` reads the status bar's figures with the standard `sqlite3` module alone, so the window
shows them before SQLAlchemy and the models are imported (~200 ms of a start); `status` is the
full reading through the open store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heemang_desktop.context import AppContext


@dataclass(frozen=True)
class EarlyFigures:
    queued: int
    last_sync: str | None
    conflicts: int
    rejected: int
    quarantined: int


# The same counts as sync/state.figures, in SQL, so the two readings agree (a test compares them).
_QUEUED = "SELECT count(*) FROM outbox WHERE state = 'queued'"
_PROBLEMS = ("SELECT state, count(DISTINCT entity_id) FROM outbox WHERE state IN ('conflict', 'rejected') "
             "GROUP BY state")
_LAST_SYNC = "SELECT value FROM sync_state WHERE key = 'last_sync'"
_QUARANTINED = "SELECT count(*) FROM sync_quarantine"


def early_figures(database: Path) -> EarlyFigures | None:
    """The queue's figures from a read-only connection, or None when the file cannot tell them
    (missing, foreign, older schema, locked): the full open that follows reports any trouble."""
    if not database.exists():
        return None
    try:
        conn = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        queued = conn.execute(_QUEUED).fetchone()[0]
        problems = dict(conn.execute(_PROBLEMS).fetchall())
        row = conn.execute(_LAST_SYNC).fetchone()
        quarantined = conn.execute(_QUARANTINED).fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return EarlyFigures(queued, row[0] if row else None, problems.get("conflict", 0),
                        problems.get("rejected", 0), quarantined)


def key_state(ctx: AppContext) -> str:
    """"ok" when this PC's keyring holds the store's key, "missing", or "no_keyring"."""
    from heemang_desktop.store.keystore import KeyringUnavailable

    try:
        return "ok" if ctx.has_key() else "missing"
    except KeyringUnavailable:
        return "no_keyring"


def status(ctx: AppContext) -> dict:
    from heemang_desktop.sync import state

    with ctx.store.session() as session:
        figs = state.figures(session)
    return {
        "database": str(ctx.paths.database),
        "schema_revision": ",".join(ctx.store.revisions()),
        "facility": {"code": ctx.facility.code, "name": ctx.facility.name, "type": ctx.facility.type},
        "queued": figs.queued,
        "last_sync": figs.last_sync,
        "conflicts": figs.conflicts,
        "rejected": figs.rejected,
        "quarantined": figs.quarantined,  # pulled records held back, with their reasons (sync/quarantine.py)
        "connection": figs.connection,
        "last_error": figs.last_error,
        "key": key_state(ctx),  # a fresh process reading the key back proves the keyring keeps it
    }


def seoul_text(iso_utc: str | None) -> str:
    """A stored UTC timestamp as Seoul time, as the window and the `status` command show it."""
    if not iso_utc:
        return ""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    try:
        when = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(ZoneInfo("Asia/Seoul")).strftime("%Y-%m-%d %H:%M")
    except Exception:  # no tz database on this PC: show UTC plainly rather than fail
        return when.strftime("%Y-%m-%d %H:%M UTC")
