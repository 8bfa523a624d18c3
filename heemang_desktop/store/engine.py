"""The SQLAlchemy engine for one database file, with the pragmas durability needs.

Transactions begin DEFERRED (reads) unless the connection carries the execution option
`heemang_begin="IMMEDIATE"` (see `writer()`): a write transaction takes SQLite's write lock at its
first statement, so two writers queue on the busy timeout instead of one failing at once with
"database is locked" when it tries to upgrade a read snapshot (SQLITE_BUSY_SNAPSHOT ignores the
timeout). SQLite errors the user can act on (busy, disk full, read-only folder) become one Korean
sentence (`store/errors.py`), never a traceback.

Windows: SQLite's locks there are mandatory byte-range locks through the Win32 API, and it opens
its files sharing read/write/delete, so the same WAL rules hold; antivirus or backup tools that open
the file without sharing are what make SQLITE_BUSY/CANTOPEN likely there, hence the busy timeout.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from heemang_desktop.store.errors import StoreBusy, StoreFull, StoreIOError, StoreReadOnly

# PRAGMA application_id marks the file as ours ("HMNG"), so a foreign SQLite file is told apart.
APPLICATION_ID = 0x484D4E47
BUSY_TIMEOUT_MS = 10000
BEGIN_OPTION = "heemang_begin"

# Primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 10, 13, 14


def store_error(exc: BaseException) -> Exception | None:
    """The user-facing error for an sqlite3 error the user can act on, else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusy()
    if primary == SQLITE_FULL:
        return StoreFull()
    if primary in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
        return StoreReadOnly()
    if primary == SQLITE_IOERR:
        return StoreIOError()
    return None


def ro_uri(path: Path) -> str:
    """SQLite's URI for opening `path` read-only (percent-encoded, so any folder name works)."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on `path`; `read_only` opens it `mode=ro` (never writes, never checkpoints)."""
    if read_only:
        # A read-only connection cannot checkpoint, so it never deletes the -wal under a writer.
        uri = ro_uri(path)
        engine = create_engine(
            "sqlite://", future=True, poolclass=QueuePool, hide_parameters=True,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
    else:
        # hide_parameters: an error's text (a dialog, the support log) never quotes a row's values.
        engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Take transaction control from pysqlite so BEGIN is explicit and savepoints work.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" and not read_only else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        return store_error(context.original_exception)

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions begin IMMEDIATE: use it for every write."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
