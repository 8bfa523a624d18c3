"""The `status` figures: where the data is, its schema, the facility and the sync queue."""

from __future__ import annotations

from heemang_desktop.context import AppContext
from heemang_desktop.sync import state


def status(ctx: AppContext) -> dict:
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
    }
