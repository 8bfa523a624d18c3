"""Child process for the SIGKILL test: one sync run of a store, as `heemang-desktop sync --once` would."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402
from notes import Note  # noqa: E402,F401  (the test entity must be mapped)

from heemang_desktop.app import open_app  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.credentials import Account, Credentials  # noqa: E402
from heemang_desktop.sync.engine import SyncEngine  # noqa: E402
from heemang_desktop.sync.transport import Transport  # noqa: E402

keyring.set_keyring(MemoryKeyring())
data_dir, url, password = sys.argv[1:4]
ctx = open_app(Paths(Path(data_dir)))
engine = SyncEngine(ctx, Transport(url), Credentials(Account(url, ctx.facility.code, "sync"), password), batch=5)
report = engine.run_once()
print("drained" if report.drained else f"not drained: {report.error}", flush=True)
