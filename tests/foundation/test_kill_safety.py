"""Killing the app mid-write (SIGKILL, as a power cut would) loses nothing committed and leaves no half-write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sample import Person, create_tables
from sqlalchemy import func, select

from heemang_desktop.app import open_app
from heemang_desktop.sync.models import OutboxEntry

WRITER = Path(__file__).with_name("kill_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_in_a_loop_keeps_every_committed_write_whole(setup_result, paths):
    create_tables(setup_result.context)
    setup_result.context.close()
    rng = random.Random(7)
    committed: list[str] = []
    for round_ in range(8):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(paths.data_dir), f"r{round_}"],
                                stdout=subprocess.PIPE, text=True)
        # Wait for the writer to be in its loop, then kill it at a random moment.
        first = proc.stdout.readline()
        assert first, "writer did not start"
        committed.append(first.strip())
        time.sleep(rng.uniform(0.01, 0.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        committed += out.split()

    ctx = open_app(paths)
    try:
        with ctx.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with ctx.store.session() as s:
            names = set(s.scalars(select(Person.name)))
            rows = s.scalar(select(func.count()).select_from(Person))
            changes = s.scalar(select(func.count()).select_from(OutboxEntry))
            orphans = s.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_id.not_in(select(Person.id)))
            )
    finally:
        ctx.close()
    assert len(committed) > 8
    for key in committed:  # everything the writer saw committed is there, all three rows of it
        for j in range(3):
            assert f"{key}-{j}" + "x" * 80 in names
    assert rows % 3 == 0  # no transaction half-written
    assert changes == rows and orphans == 0  # each row with its outbox entry, none without
