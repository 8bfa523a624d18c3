"""Sealing the health text the 0021 migration set aside, once this PC's key is at hand.

`seal_pending(ctx)` runs after the store opens (app.open_app) and after a recovery code restores the
key (AppContext.unlock). It encrypts each held value into its row (or its outbox payload) and drops
it, in one transaction; then it scrubs what SQLite may still hold in plain: the file's free pages
(VACUUM) and the WAL (truncated), and rewrites the backups, whose copies still hold the plain text,
with the text sealed (a backup restored later migrates like any old store and finds tokens).
Nothing here logs a value.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import text

from heemang_desktop.store import pii
from heemang_desktop.store.crypto import TOKEN_PREFIX

log = logging.getLogger(__name__)

# (table, plain column in a store from before 0021, outbox entity)
PLAIN = (("subject", "health_notes"), ("daily_log", "content"))
ENTITIES = {"subject": "health_notes", "daily_log": "content"}


def _sealed(cipher, value: str) -> pii.Sealed:
    """A value already sealed (a backup rewritten by `_seal_backup`, then restored) is kept as it is."""
    if value.startswith(TOKEN_PREFIX):
        try:
            cipher.decrypt(value, pii.HEALTH)
        except Exception:  # noqa: BLE001 - not our token: plain text that happens to start so
            pass
        else:
            return pii.Sealed(value, None, pii.HEALTH_MASK)
    return pii.seal_health(cipher, value)


def pending(ctx) -> int:
    with ctx.store.session() as session:
        return session.execute(text("SELECT count(*) FROM subject_unsealed")).scalar() or 0


def seal_pending(ctx) -> int:
    """Seal what the migration held; returns how many values. Needs the key (KeyMissing otherwise)."""
    if ctx.store.read_only or not pending(ctx):
        return 0
    cipher = ctx.cipher
    with ctx.transaction() as session:
        held = session.execute(text("SELECT id, table_name, row_id, field, value FROM subject_unsealed")).all()
        for _id, table, row_id, field, value in held:
            s = _sealed(cipher, value)
            if table == "outbox":
                payload = session.execute(text("SELECT payload FROM outbox WHERE seq = :seq"),
                                          {"seq": int(row_id)}).scalar()
                if payload is None:
                    continue
                data = json.loads(payload)
                data[f"{field}_enc"], data[f"{field}_masked"] = s.enc, s.masked
                session.execute(text("UPDATE outbox SET payload = :p WHERE seq = :seq"),
                                {"p": json.dumps(data, ensure_ascii=False, separators=(",", ":")), "seq": int(row_id)})
            elif table == "outbox_result":
                result = session.execute(text("SELECT result FROM outbox WHERE seq = :seq"),
                                         {"seq": int(row_id)}).scalar()
                answer = json.loads(result) if result else {}
                payload = (answer.get("server_copy") or {}).get("payload")
                if payload is None:
                    continue
                payload[f"{field}_enc"], payload[f"{field}_masked"] = s.enc, s.masked
                session.execute(text("UPDATE outbox SET result = :r WHERE seq = :seq"),
                                {"r": json.dumps(answer, ensure_ascii=False), "seq": int(row_id)})
            elif table in ENTITIES and field == ENTITIES[table]:
                session.execute(text(f"UPDATE {table} SET {field}_enc = :enc, {field}_hash = NULL, "
                                     f"{field}_masked = :masked WHERE id = :id"),
                                {"enc": s.enc, "masked": s.masked, "id": row_id})
        session.execute(text("DELETE FROM subject_unsealed"))
    scrub(ctx.paths.database)
    for backup in sorted(ctx.paths.backups.glob("heemang-*.sqlite3")) if ctx.paths.backups.is_dir() else ():
        _seal_backup(backup, cipher)
    log.info("health text sealed: %d values; file and backups scrubbed", len(held))
    return len(held)


def scrub(database: Path) -> None:
    """Free pages and the WAL may still hold text that rows no longer do: rebuild, then empty the WAL."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _columns(conn, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def _seal_in(data: dict, field: str, cipher) -> bool:
    """A backup's payload (a store from before 0021): its plain `field` replaced by a token, in place."""
    value = data.get(field)
    if isinstance(value, str) and value and not value.startswith(TOKEN_PREFIX):
        data[field] = cipher.encrypt(value, pii.HEALTH)
        return True
    return False


def _seal_backup(path: Path, cipher) -> None:
    """A backup from before sealing: its plain health text replaced by tokens, then the file rebuilt."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        changed = False
        conn.execute("BEGIN IMMEDIATE")
        for table, field in PLAIN:
            if table in tables and field in _columns(conn, table):
                for row_id, value in conn.execute(
                        f"SELECT id, {field} FROM {table} WHERE {field} IS NOT NULL AND {field} <> ''").fetchall():
                    if not value.startswith(TOKEN_PREFIX):
                        conn.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?",
                                     (cipher.encrypt(value, pii.HEALTH), row_id))
                        changed = True
        if "outbox" in tables:
            for seq, entity, payload, result in conn.execute(
                    "SELECT seq, entity, payload, result FROM outbox WHERE entity IN ('subject', 'daily_log')"
            ).fetchall():
                field = ENTITIES[entity]
                data = json.loads(payload)
                if _seal_in(data, field, cipher):
                    conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                                 (json.dumps(data, ensure_ascii=False, separators=(",", ":")), seq))
                    changed = True
                answer = json.loads(result) if result else {}
                if _seal_in((answer.get("server_copy") or {}).get("payload") or {}, field, cipher):
                    conn.execute("UPDATE outbox SET result = ? WHERE seq = ?",
                                 (json.dumps(answer, ensure_ascii=False), seq))
                    changed = True
        if "sync_quarantine" in tables:  # a set-aside copy's shown values: personal fields dropped, as 0021 does
            quarantined = conn.execute(
                "SELECT id, entity, fields FROM sync_quarantine WHERE entity IN ('subject', 'daily_log')").fetchall()
            for qid, entity, fields in quarantined:
                shown = json.loads(fields or "{}")
                if shown.pop(ENTITIES[entity], None) is not None:
                    conn.execute("UPDATE sync_quarantine SET fields = ? WHERE id = ?",
                                 (json.dumps(shown, ensure_ascii=False), qid))
                    changed = True
        if "subject_unsealed" in tables:
            for row_id, value in conn.execute("SELECT id, value FROM subject_unsealed").fetchall():
                if not value.startswith(TOKEN_PREFIX):
                    conn.execute("UPDATE subject_unsealed SET value = ? WHERE id = ?",
                                 (cipher.encrypt(value, pii.HEALTH), row_id))
                    changed = True
        conn.execute("COMMIT")
        if changed:
            conn.execute("VACUUM")
    finally:
        conn.close()
