"""Sync's door (architecture §3): what the GUI and the CLI use of the sync feature.

Features write through `sync/outbox.py` (the transactional outbox) and read `sync/models.py`
constants; everything else they and the GUI need is here.
"""

from __future__ import annotations

from heemang_desktop.sync.conflicts import FIELDS, MINE, THEIRS, Issue, list_issues, resolve
from heemang_desktop.sync.connection import ConnectionCheck, check_connection
from heemang_desktop.sync.credentials import Account, Credentials, account_of, remember
from heemang_desktop.sync.engine import SyncEngine, SyncReport, next_delay
from heemang_desktop.sync.errors import AUTH
from heemang_desktop.sync.field_labels import label as field_label
from heemang_desktop.sync.quarantine import Quarantined, list_quarantined
from heemang_desktop.sync.queue import ChangeRow, issues_for, list_changes, record_states
from heemang_desktop.sync.resync import ResyncReport, full_resync
from heemang_desktop.sync.resync import describe as describe_resync
from heemang_desktop.sync.state import SyncFigures
from heemang_desktop.sync.state import figures as _figures
from heemang_desktop.sync.transport import Transport, check_url

__all__ = [
    "AUTH", "FIELDS", "MINE", "THEIRS", "Account", "ChangeRow", "ConnectionCheck", "Credentials", "Issue",
    "Quarantined", "ResyncReport", "check_connection", "describe_resync", "entity_labels",
    "full_resync", "sanity_differs",
    "SyncEngine", "SyncFigures", "SyncReport", "Transport", "account_of", "check_url", "field_label", "figures",
    "issues_for", "list_changes", "list_issues", "list_quarantined", "next_delay", "record_states", "remember",
    "resolve",
]


def figures(ctx) -> SyncFigures:
    """What the status bar shows: queued, conflicts, rejected, held back, last sync, connection."""
    with ctx.store.session() as session:
        return _figures(session)


def sanity_differs(ctx) -> list[str]:
    """The record kinds whose counts differed at the last sync's check (empty when both sides agree)."""
    from heemang_desktop.sync.state import SANITY, get_state

    with ctx.store.session() as session:
        return [e for e in (get_state(session, SANITY) or "").split(",") if e]


def entity_labels() -> dict[str, str]:
    """Record kinds' Korean names (결의서, 인사카드, …), by wire name."""
    from heemang_desktop.features import merged

    return merged("entities")
