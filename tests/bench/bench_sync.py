"""Sync benchmark: `python tests/bench/bench_sync.py` (not collected by pytest).

Prints medians of:
- draining 10,000 queued changes to the reference service on loopback (SQLite server), changes/s,
  and the ratio to inserting the same rows into the server's tables directly;
- the initial pull of 100,000 records onto a new PC;
- a sync with nothing to do.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "sync"), str(HERE.parent / "central")]

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

keyring.set_keyring(MemoryKeyring())

from harness_central import CentralServer  # noqa: E402
from notes import add_notes, create_table  # noqa: E402
from sync_helpers import engine_for  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.central import security, service  # noqa: E402
from heemang_desktop.central import tables as t  # noqa: E402
from heemang_desktop.central.schemas import Change  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.engine import SyncReport  # noqa: E402
from heemang_desktop.sync.protocol import facility_id  # noqa: E402

DRAIN = 10_000
PULL = 100_000
RUNS = 3


def new_pc(root: Path, name: str):
    ctx = initialize(Paths(root / name),
                     SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자")).context
    create_table(ctx)
    return ctx


def drain_once(root: Path) -> tuple[float, float]:
    central = CentralServer(f"sqlite:///{root / 'central.sqlite3'}").start()
    central.add_user()
    ctx = new_pc(root, "pc")
    add_notes(ctx, DRAIN)
    engine = engine_for(ctx, central.url)
    report = SyncReport()
    engine._login()
    start = time.perf_counter()
    engine._push(report)
    push_s = time.perf_counter() - start
    assert report.pushed == {"applied": DRAIN}, report.pushed
    direct_s = direct_insert(root)
    ctx.close()
    central.stop()
    return push_s, direct_s


def direct_insert(root: Path) -> float:
    """The same number of rows written straight into the server's two tables, one transaction."""
    from heemang_desktop.central.app import make_engine

    engine = make_engine(f"sqlite:///{root / 'direct.sqlite3'}")
    t.metadata.create_all(engine)
    fid = facility_id("K0161")
    rows = [{"id": str(uuid.uuid4()), "title": f"n-{i}", "amount": i * 1000, "facility_id": fid} for i in range(DRAIN)]
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(t.change.insert(), [
            {"change_id": str(uuid.uuid4()), "facility_id": fid, "server_version": i + 1, "entity": "test_note",
             "entity_id": r["id"], "op": "upsert", "base_version": 0, "version": 1, "payload": json.dumps(r),
             "user_id": "sync", "client_id": "c", "received_at": service.utcnow()} for i, r in enumerate(rows)])
        conn.execute(t.entity.insert(), [
            {"entity": "test_note", "entity_id": r["id"], "facility_id": fid, "version": 1, "deleted": False,
             "server_version": i + 1, "payload": json.dumps(r), "pii": "[]"} for i, r in enumerate(rows)])
    took = time.perf_counter() - start
    engine.dispose()
    return took


def seed_server(central: CentralServer) -> None:
    """PULL records put on the server in-process (the drain is measured above)."""
    fid = facility_id("K0161")
    vault = security.PiiVault(central.key)
    for start in range(0, PULL, 1000):
        changes = []
        for i in range(start, start + 1000):
            eid = str(uuid.uuid4())
            changes.append(Change(change_id=str(uuid.uuid4()), entity="test_note", entity_id=eid, op="upsert",
                                  base_version=0, payload={"id": eid, "facility_id": fid, "title": f"기록 {i}",
                                                           "amount": i, "day": "2026-09-01"}))
        with central.engine.begin() as conn:
            service.push(conn, vault, "K0161", "sync", "seed", changes)


def main() -> None:
    drains, directs, pulls, noops = [], [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            push_s, direct_s = drain_once(Path(tmp))
            drains.append(push_s)
            directs.append(direct_s)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        central = CentralServer(f"sqlite:///{root / 'central.sqlite3'}").start()
        central.add_user()
        seed_server(central)
        for run in range(RUNS):
            ctx = new_pc(root, f"new{run}")
            engine = engine_for(ctx, central.url, timeout=(5, 120))
            start = time.perf_counter()
            report = engine.run_once()
            pulls.append(time.perf_counter() - start)
            assert report.drained and report.pulled["applied"] == PULL, report
            for _ in range(5):
                start = time.perf_counter()
                assert engine.run_once().drained
                noops.append(time.perf_counter() - start)
            ctx.close()
        central.stop()
    drain = statistics.median(drains)
    direct = statistics.median(directs)
    print(f"drain {DRAIN:,} changes over HTTP (SQLite server): median {drain:.2f} s = {DRAIN / drain:,.0f} changes/s")
    print(f"same rows inserted directly into the server's tables: median {direct:.3f} s "
          f"= {DRAIN / direct:,.0f} rows/s; HTTP drain is {drain / direct:.1f}x the direct insert")
    print(f"initial pull of {PULL:,} records onto a new PC (whole first sync): median {statistics.median(pulls):.2f} s "
          f"= {PULL / statistics.median(pulls):,.0f} records/s")
    print(f"sync with nothing to do: median {statistics.median(noops) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
