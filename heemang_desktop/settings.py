"""Where the app keeps its files, and the user's settings.

The data folder comes from, in order: `--data-dir`, the `HEEMANG_DATA_DIR` environment variable,
platformdirs' per-user data folder. One folder holds one facility's database, its backups and
`settings.json` (never a secret: passwords and keys live in the OS keyring). Whoever creates the
folder (store, folder lock, settings) creates it user-only: store/private.py.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from heemang_desktop import APP_NAME

DB_FILENAME = "heemang.sqlite3"
SETTINGS_FILENAME = "settings.json"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("HEEMANG_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILENAME


@dataclass
class Settings:
    """User preferences kept as JSON beside the database."""

    server_url: str = ""
    backups_kept: int = 7
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls, paths: Paths) -> Settings:
        try:
            raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # A damaged settings file must not stop the app: fall back to defaults.
            return cls()
        known = {k: raw[k] for k in ("server_url", "backups_kept", "extra") if k in raw}
        return cls(**known)

    def save(self, paths: Paths) -> None:
        from heemang_desktop.store.private import private_dir

        private_dir(paths.data_dir)
        # A name of its own per writer (two processes saving at once), user-only from its creation.
        tmp = paths.settings_file.with_name(f"{SETTINGS_FILENAME}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
        data = json.dumps(asdict(self), ensure_ascii=False, indent=2).encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, paths.settings_file)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
