"""Opening, creating and closing one facility's database file."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from heemang_desktop.store import backup, migrate
from heemang_desktop.store.engine import APPLICATION_ID, make_engine
from heemang_desktop.store.errors import AlreadyInitialized, MigrationFailed, StoreNotInitialized
from heemang_desktop.store.models import AppMeta


class Store:
    """An open database: engine and session factory. Use from one thread only (architecture §5)."""

    def __init__(self, path: Path):
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, backups_dir: Path, backups_kept: int = 7) -> "Store":
        """Open an existing file: refuse foreign or newer ones; back up, then migrate older ones."""
        if not path.exists():
            raise StoreNotInitialized(path)
        current = migrate.read_revisions(path)
        needs_upgrade = migrate.check_revisions(path, current)
        if needs_upgrade:
            saved = backup.make_backup(path, backups_dir, "before-migration", keep=max(3, backups_kept))
        elif not backup.has_backup_today(backups_dir):
            backup.make_backup(path, backups_dir, "daily", keep=backups_kept)
        store = cls(path)
        if needs_upgrade:
            try:
                migrate.upgrade(store.engine)  # one transaction: a failure leaves the file as it was
            except Exception as exc:
                store.close()
                raise MigrationFailed(path, saved, exc) from exc
        return store

    @classmethod
    def create(cls, path: Path) -> "Store":
        """A new, empty database at the current schema. Refuses if a file is already there."""
        if path.exists():
            raise AlreadyInitialized(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        store = cls(path)
        try:
            with store.engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            migrate.upgrade(store.engine)
        except BaseException:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return store

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error."""
        with self._sessions() as session, session.begin():
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
