"""Opening, creating and closing one facility's database file."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from heemang_desktop.store import backup, migrate
from heemang_desktop.store.engine import APPLICATION_ID, make_engine, writer
from heemang_desktop.store.errors import (
    AlreadyInitialized,
    MigrationFailed,
    StoreError,
    StoreNeedsUpgrade,
    StoreNotInitialized,
)
from heemang_desktop.store.models import AppMeta
from heemang_desktop.store.private import private_dir, private_files

log = logging.getLogger(__name__)

# Database path -> how many Stores this process has open on it. While one is open, opening the same
# file again (the window's sync thread does) skips the file checks and the daily backup: they ran
# when the first one opened, and each extra look at the file is one more chance to disturb it.
_open_counts: dict[Path, int] = {}
_open_lock = threading.Lock()
_opening = threading.Lock()


def _revs(revisions) -> str:
    return ",".join(sorted(revisions)) or "(none)"


class Store:
    """An open database: engine and session factory. Use from one thread only (architecture §5)."""

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        self.engine = make_engine(path, read_only=read_only)
        self.write_engine = writer(self.engine)  # BEGIN IMMEDIATE
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._key = path.absolute()
        with _open_lock:
            _open_counts[self._key] = _open_counts.get(self._key, 0) + 1
        self._closed = False

    @staticmethod
    def is_open_here(path: Path) -> bool:
        with _open_lock:
            return _open_counts.get(path.absolute(), 0) > 0

    @classmethod
    def open(cls, path: Path, backups_dir: Path, backups_kept: int = 7, read_only: bool = False) -> Store:
        """Open an existing file: refuse foreign or newer ones; back up, then migrate older ones.

        `read_only` (CLI reading commands, beside an open window): no backup, no migration, no
        checkpoint; a file that needs migrating is refused with StoreNeedsUpgrade.
        """
        with _opening:  # the window's two threads may open at once: the checks, backup and migration run once
            return cls._open(path, backups_dir, backups_kept, read_only)

    @classmethod
    def _open(cls, path: Path, backups_dir: Path, backups_kept: int, read_only: bool) -> Store:
        if not path.exists():
            raise StoreNotInitialized(path)
        if cls.is_open_here(path):
            return cls(path, read_only)
        current = migrate.read_revisions(path)
        needs_upgrade = migrate.check_revisions(path, current)
        if read_only:
            if needs_upgrade:
                log.info("store: schema %s needs migrating; not opened read-only", _revs(current))
                raise StoreNeedsUpgrade(path)
            log.info("store opened read-only: schema %s", _revs(current))
            return cls(path, read_only=True)
        private_files(path)
        if needs_upgrade:
            saved = backup.make_backup(path, backups_dir, "before-migration", keep=max(3, backups_kept))
            log.info("store: migrating schema %s -> %s; backup made first: %s",
                     _revs(current), _revs(migrate.head_revisions()), saved.name)
        elif not backup.has_backup_today(backups_dir):
            try:
                backup.make_backup(path, backups_dir, "daily", keep=backups_kept)
            except (StoreError, OSError, sqlite3.Error) as exc:
                # A full disk must not keep the user from their data; tomorrow's start tries again.
                log.warning("daily backup failed: %s", type(exc).__name__)
            else:
                log.info("store: daily backup made")
        store = cls(path)
        if needs_upgrade:
            try:
                migrate.upgrade(store.engine)  # one transaction: a failure leaves the file as it was
            except Exception as exc:
                store.close()
                log.error("store: migration failed (backup %s)", saved.name, exc_info=True)
                if migrate.undo_failed_upgrade(path, saved):  # never a half-migrated store
                    log.warning("store: migration failed; it had changed the file, restored from the backup")
                else:
                    log.info("store: migration failed; the file is as it was")
                raise MigrationFailed(path, saved, exc) from exc
            log.info("store: migrated to schema %s", _revs(migrate.head_revisions()))
        log.info("store opened: schema %s", _revs(migrate.head_revisions()))
        return store

    @classmethod
    def create(cls, path: Path) -> Store:
        """A new, empty database at the current schema. Refuses if a file is already there."""
        if path.exists():
            raise AlreadyInitialized(path)
        private_dir(path.parent)
        # Let SQLite create the empty file, then make it user-only before anything is written:
        # SQLite gives the -wal and -shm the database file's permissions.
        sqlite3.connect(path).close()
        private_files(path)
        store = cls(path)
        try:
            with store.write_engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            migrate.upgrade(store.engine)
            private_files(path)
            log.info("store created: schema %s", _revs(migrate.head_revisions()))
        except BaseException:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return store

    def session(self) -> Session:
        """A session for reading (its transaction begins DEFERRED). Writes go through transaction()."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error (BEGIN IMMEDIATE)."""
        with self._write_sessions() as session, session.begin():
            yield session

    def meta(self, key: str) -> str | None:
        with self._sessions() as session:
            return session.scalar(select(AppMeta.value).where(AppMeta.key == key))

    def revisions(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))

    def backup_to(self, dest: Path) -> Path:
        return backup.online_backup(self.path, dest)

    def close(self) -> None:
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            with _open_lock:
                left = _open_counts.get(self._key, 1) - 1
                if left:
                    _open_counts[self._key] = left
                else:
                    _open_counts.pop(self._key, None)
