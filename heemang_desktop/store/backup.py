"""Online backups of the database file (SQLite's backup API) and their rotation.

A backup is written to a temporary name unique to its process and call, checked with
`PRAGMA quick_check`, made durable, and only then renamed into place; the oldest backups are removed
only after that. A copy cut off half-way (killed process, power cut) stays a `.part` file, which no
listing ever counts as a backup, so the previous good one is kept. The source is read through
SQLite only (never a file copy), so this is safe while the window has the store open.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from datetime import datetime
from pathlib import Path

from heemang_desktop.store.engine import ro_uri, store_error
from heemang_desktop.store.errors import BackupFailed
from heemang_desktop.store.private import fsync_dir, private_dir

PREFIX = "heemang-"
PART = ".part"
STALE_PART_SECONDS = 24 * 3600  # a .part this old has no live writer left


def online_backup(source: Path, dest: Path) -> Path:
    """Copy a live database consistently, even while another connection writes to it."""
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{PART}")
    try:
        try:
            private_dir(dest.parent)
            _copy(source, tmp)
        except sqlite3.Error as exc:
            raise (store_error(exc) or BackupFailed(dest, str(exc), checked=False)) from exc
        except OSError as exc:  # no room, no permission: a sentence, not a traceback
            raise BackupFailed(dest, exc.strerror or str(exc), checked=False) from exc
        problem = verify(tmp)
        if problem:
            raise BackupFailed(dest, problem)
        try:
            os.replace(tmp, dest)  # Windows: fails while another program has `dest` open without sharing
            fsync_dir(dest.parent)
        except OSError as exc:
            raise BackupFailed(dest, exc.strerror or str(exc), checked=False) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return dest


def _copy(source: Path, tmp: Path) -> None:
    src = sqlite3.connect(ro_uri(source), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            if os.name == "posix":
                os.chmod(tmp, 0o600)  # before any byte of the copy is in it
            src.backup(dst)
            # The copy is a standalone file: no -wal beside it to lose in a move.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def verify(path: Path) -> str | None:
    """None when `path` is a whole database (quick_check ok), else what is wrong."""
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            return "; ".join(map(str, result[:3]))
        if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return "비어 있음"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{PREFIX}{when:%Y%m%d-%H%M%S}-{kind}.sqlite3"


def make_backup(source: Path, backups_dir: Path, kind: str, keep: int) -> Path:
    """A new backup of `kind` ("daily", "manual", "before-migration"), then the oldest beyond `keep` go.

    Two processes backing up in the same second get different names: the name is claimed with an
    exclusive create before the copy (a placeholder the copy's rename replaces).
    """
    n = 0
    try:
        private_dir(backups_dir, tighten=True)
        while True:
            dest = backups_dir / backup_name(kind if n == 0 else f"{kind}{n}")
            try:
                fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                n += 1
                continue
            os.close(fd)
            break
    except OSError as exc:  # no room, no permission: a sentence, not a traceback
        raise BackupFailed(backups_dir, exc.strerror or str(exc), checked=False) from exc
    try:
        online_backup(source, dest)
    except BaseException:
        dest.unlink(missing_ok=True)  # the empty placeholder, never a good backup
        raise
    rotate(backups_dir, kind, keep)
    return dest


def backups_of(backups_dir: Path, kind: str) -> list[Path]:
    """The finished backups of `kind`, oldest first (placeholders still being written are left out)."""
    if not backups_dir.is_dir():
        return []
    found = []
    for p in backups_dir.glob(f"{PREFIX}*-{kind}*.sqlite3"):
        try:
            if p.stat().st_size > 0:
                found.append(p)
        except OSError:
            continue
    return sorted(found)


def rotate(backups_dir: Path, kind: str, keep: int) -> None:
    files = backups_of(backups_dir, kind)
    for old in files[: max(0, len(files) - keep)]:
        old.unlink(missing_ok=True)
    now = time.time()
    for leftover in [*backups_dir.glob(f"{PREFIX}*{PART}"), *backups_dir.glob(f"{PREFIX}*-{kind}*.sqlite3")]:
        try:  # cut-off copies and never-filled placeholders of killed processes
            st = leftover.stat()
            if (leftover.suffix == PART or st.st_size == 0) and now - st.st_mtime > STALE_PART_SECONDS:
                leftover.unlink(missing_ok=True)
        except OSError:
            continue


def has_backup_today(backups_dir: Path, kind: str = "daily") -> bool:
    today = f"{PREFIX}{datetime.now():%Y%m%d}-"
    return any(p.name.startswith(today) for p in backups_of(backups_dir, kind))
