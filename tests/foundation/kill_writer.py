"""Child process for the SIGKILL test: writes rows with their outbox entries, printing each committed id."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402
from sample import Person  # noqa: E402

from heemang_desktop.app import open_app  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.outbox import record_change  # noqa: E402
from heemang_desktop.users.service import headless_actor  # noqa: E402

keyring.set_keyring(MemoryKeyring())
ctx = open_app(Paths(Path(sys.argv[1])))
actor = headless_actor(ctx, None)
prefix = sys.argv[2]
for i in range(100000):
    with ctx.transaction() as session:
        # several rows per transaction: all or none must survive (names fit the 100-character column)
        for j in range(3):
            record_change(session, Person(facility_id=ctx.facility.id, name=f"{prefix}-{i}-{j}" + "x" * 80),
                          actor.login_id)
    print(f"{prefix}-{i}", flush=True)
