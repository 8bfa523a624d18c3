"""A store of realistic size for benchmarks: a facility set up, then rows in the tables that exist.

Features grow it: a module `tests/bench/grow_<feature>.py` with `grow(ctx, scale)` is called if present.
"""

from __future__ import annotations

import importlib
import json
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402


def build_store(data_dir: Path, queued_changes: int = 100_000, scale: int = 1):
    """Initialise a facility in `data_dir` with `queued_changes` outbox rows (offline work waiting)."""
    keyring.set_keyring(MemoryKeyring())
    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.settings import Paths
    from heemang_desktop.sync.models import OutboxEntry

    result = initialize(Paths(data_dir), SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자"))
    ctx = result.context
    payload = json.dumps({"name": "x" * 120}, ensure_ascii=False)
    with ctx.transaction() as session:
        session.execute(
            OutboxEntry.__table__.insert(),
            [dict(change_id=str(uuid.uuid4()), entity="bench", entity_id=str(uuid.uuid4()), op="upsert",
                  base_version=0, payload=payload, user_id="admin", state="queued", attempts=0)
             for _ in range(queued_changes)],
        )
    for grow in sorted(Path(__file__).parent.glob("grow_*.py")):
        importlib.import_module(grow.stem).grow(ctx, scale)
    ctx.close()
    return result.recovery_code
