"""Online backups of the database file (SQLite's backup API) and their rotation."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

PREFIX = "heemang-"


def online_backup(source: Path, dest: Path) -> Path:
    """Copy a live database consistently, even while another connection writes to it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{PREFIX}{when:%Y%m%d-%H%M%S}-{kind}.sqlite3"


def make_backup(source: Path, backups_dir: Path, kind: str, keep: int) -> Path:
    """A new backup of `kind` ("daily", "manual", "before-migration"), then the oldest beyond `keep` go."""
    dest = backups_dir / backup_name(kind)
    n = 1
    while dest.exists():  # two backups in one second: never overwrite the first
        dest = backups_dir / backup_name(f"{kind}{n}")
        n += 1
    online_backup(source, dest)
    rotate(backups_dir, kind, keep)
    return dest


def backups_of(backups_dir: Path, kind: str) -> list[Path]:
    if not backups_dir.is_dir():
        return []
    return sorted(p for p in backups_dir.glob(f"{PREFIX}*-{kind}*.sqlite3"))


def rotate(backups_dir: Path, kind: str, keep: int) -> None:
    files = backups_of(backups_dir, kind)
    for old in files[: max(0, len(files) - keep)]:
        old.unlink(missing_ok=True)


def has_backup_today(backups_dir: Path, kind: str = "daily") -> bool:
    today = f"{PREFIX}{datetime.now():%Y%m%d}-"
    return any(p.name.startswith(today) for p in backups_of(backups_dir, kind))
