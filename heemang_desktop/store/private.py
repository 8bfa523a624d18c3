"""User-only folders and files: the data folder 0700, the database and backups 0600 (POSIX).

Windows has no mode bits: there the data folder lives under the user's profile (platformdirs'
%LOCALAPPDATA%), whose ACL already admits only that user, the administrators and SYSTEM; a folder
given by --data-dir keeps the ACL its parent passes down. So these calls do nothing there.

Only chmod is used on store files, never open(): see store/migrate.py:read_revisions for why.
"""

from __future__ import annotations

import os
from pathlib import Path

POSIX = os.name == "posix"


def private_dir(path: Path, tighten: bool = False) -> Path:
    """Create `path` (and missing parents) user-only. `tighten` also narrows an existing folder: only
    for folders that are wholly the app's (backups/), never a data folder the user pointed us at."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if POSIX and tighten:
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o700)
        except OSError:
            pass  # not ours to change (e.g. a shared folder someone else owns): leave it
    return path


def private_files(database: Path) -> None:
    """The database and its -wal/-shm user-only (SQLite gives new -wal/-shm the database's mode)."""
    if not POSIX:
        return
    for suffix in ("", "-wal", "-shm"):
        f = Path(f"{database}{suffix}")
        try:
            if f.stat().st_mode & 0o077:
                f.chmod(0o600)
        except OSError:
            pass  # missing, or not ours: nothing to tighten


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to flush)."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
