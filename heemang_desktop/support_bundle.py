"""The support bundle: what a help desk needs to see why the app misbehaves, and nothing personal.

One zip: the support log (masked when written, masked again on the way in), versions, the schema
revision, settings without secrets, sync queue / conflict / quarantine counts, row counts per table
and SQLite's integrity check. It only reads: without the window's own store it opens the file
read-only (beside an open window; an old or damaged file is described, never migrated), so it also
works when the app itself will not start, which is when it is needed most.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select, text

from heemang_desktop import logs
from heemang_desktop.settings import Paths, Settings
from heemang_desktop.store.errors import HeemangError, StoreNeedsUpgrade

log = logging.getLogger(__name__)

FACTS_NAME = "support.json"
INTEGRITY_ROWS = 20  # the first problems are enough to tell a damaged file
SAFE_EXTRA = ("language",)  # settings.json "extra" keys whose values say nothing about anyone


class BundleFailed(HeemangError):
    def __init__(self, dest: Path, detail: str):
        super().__init__(f"지원 자료를 저장하지 못했습니다: {dest} ({detail})")


def make_bundle(paths: Paths, out: Path, ctx=None, qt: str | None = None) -> Path:
    """Write the bundle to `out` (user-only, replaced whole or not at all). `ctx`: the caller's open
    context (the window's database thread); without it the store is opened read-only here."""
    facts: dict = {
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": logs.versions(qt),
        "data_folder": _folder_facts(paths),
        "settings": settings_facts(paths),
        "store": store_facts(paths, ctx),
    }
    out = Path(out).expanduser().absolute()
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(FACTS_NAME, json.dumps(facts, ensure_ascii=False, indent=2, default=str))
            for f in logs.log_files(paths.data_dir):
                z.writestr(f"logs/{f.name}", logs.mask(f.read_text(encoding="utf-8", errors="replace")))
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleFailed(out, exc.strerror or type(exc).__name__) from exc
    log.info("support bundle written: store %s", facts["store"]["state"])  # not where: a path may name the user
    if ctx is not None and ctx.actor is not None:  # the window's user; a headless bundle has no one to name
        from heemang_desktop.audit import service as audit

        audit.record(ctx, audit.EXPORT, "support_bundle", detail=out.name)
    return out


def _scrub(value: str) -> str:
    """A path or message without the OS account's name (the home folder) or a personal number."""
    home = str(Path.home())
    return logs.mask(value.replace(home, "~") if len(home) > 1 else value)


def _folder_facts(paths: Paths) -> dict:
    from heemang_desktop.store import backup
    from heemang_desktop.store.folder_lock import FolderLock

    db = paths.database
    facts: dict = {"path": _scrub(str(paths.data_dir)), "exists": paths.data_dir.is_dir()}
    if not facts["exists"]:
        return facts
    facts["files"] = {p.name: p.stat().st_size for p in sorted(paths.data_dir.glob(f"{db.name}*")) if p.is_file()}
    facts["backups"] = {kind: [p.name for p in backup.backups_of(paths.backups, kind)]
                        for kind in ("daily", "manual", "before-migration")}
    facts["log_files"] = {p.name: p.stat().st_size for p in logs.log_files(paths.data_dir)}
    facts["free_bytes"] = shutil.disk_usage(paths.data_dir).free
    holder = FolderLock(paths.data_dir).holder()  # who has the folder open: the window, a command, no one
    facts["held_by"] = (holder or {}).get("owner")
    return facts


def settings_facts(paths: Paths) -> dict:
    """settings.json without secrets (there should be none) or anyone's id: the server's address
    without user, password or query; other values only for keys known to be harmless."""
    s = Settings.load(paths)
    url = urlsplit(s.server_url) if s.server_url else None
    server = ""
    if url and url.hostname:
        server = f"{url.scheme}://{url.hostname}{f':{url.port}' if url.port else ''}{url.path}"
    extra = {k: (v if k in SAFE_EXTRA or isinstance(v, bool | int | float) else "(설정됨)") for k, v in s.extra.items()}
    return {"server_url": server, "backups_kept": s.backups_kept, "extra": extra}


def store_facts(paths: Paths, ctx=None) -> dict:
    from heemang_desktop.store.store import Store

    if ctx is not None:
        return {"state": "open"} | _read(ctx.store)
    if not paths.database.exists():
        return {"state": "missing"}
    try:
        store = Store.open(paths.database, paths.backups, read_only=True)
        facts = {"state": "ok"}
    except StoreNeedsUpgrade:
        store = Store(paths.database, read_only=True)  # read as it is: nothing is migrated here
        facts = {"state": "needs_upgrade"}
    except HeemangError as exc:
        return {"state": "unreadable", "error_type": type(exc).__name__, "error": _scrub(str(exc))}
    try:
        return facts | _read(store)
    finally:
        store.close()


def _read(store) -> dict:
    """Figures from the file; a part that fails (an old schema lacks a table) says so, the rest stays."""
    from heemang_desktop.store import migrate

    facts: dict = {"schema_revision": store.revisions(), "expected_revision": sorted(migrate.head_revisions()),
                   "created_by_version": store.meta("created_by_version")}
    with store.engine.connect() as conn:
        facts["integrity_check"] = [r[0] for r in conn.exec_driver_sql(f"PRAGMA integrity_check({INTEGRITY_ROWS})")]
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        facts["rows"] = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    try:
        facts["sync"] = _sync_facts(store)
    except Exception as exc:  # noqa: BLE001 - a bundle of a broken store is still a bundle
        facts["sync"] = {"error_type": type(exc).__name__}
    return facts


def _sync_facts(store) -> dict:
    from heemang_desktop.store.models import Facility
    from heemang_desktop.sync import state
    from heemang_desktop.sync.models import OutboxEntry, QuarantinedChange

    with store.session() as s:
        per = s.execute(select(OutboxEntry.entity, OutboxEntry.state, func.count())
                        .group_by(OutboxEntry.entity, OutboxEntry.state)).all()
        held = s.execute(select(QuarantinedChange.entity, func.count()).group_by(QuarantinedChange.entity)).all()
        figs = state.figures(s)
        facility = s.scalars(select(Facility)).first()
        last_attempt = state.get_state(s, state.LAST_ATTEMPT)
        sanity = state.get_state(s, state.SANITY)
    by_state: dict[str, int] = {}
    for _entity, st, n in per:
        by_state[st] = by_state.get(st, 0) + n
    return {
        "facility": {"code": facility.code, "type": facility.facility_type} if facility else None,
        "queue_by_state": by_state,
        "queue_by_entity": {f"{e}/{st}": n for e, st, n in per},
        "conflict_records": figs.conflicts,
        "rejected_records": figs.rejected,
        "quarantined": dict(held),
        "connection": figs.connection,
        "last_sync": figs.last_sync,
        "last_attempt": last_attempt,
        "had_error": bool(figs.last_error),  # its text may quote a record: left out
        "sanity_mismatch": [x for x in (sanity or "").split(",") if x],
    }
