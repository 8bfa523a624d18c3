"""The client killed with SIGKILL in the middle of a batch, then started again: nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from harness_central import PASSWORD, FaultProxy
from notes import add_notes
from test_faults import sent_once

CHILD = Path(__file__).parent / "sync_child.py"


@pytest.mark.slow
def test_sigkill_mid_batch_then_restart(sctx, central, paths):
    add_notes(sctx, 12)
    proxy = FaultProxy(central.port)
    try:
        # Batch 1 goes through; batch 2 reaches the server slowly while the client is killed.
        proxy.plan("/sync/push", "pass", ("delay", 1.0))
        child = subprocess.Popen([sys.executable, str(CHILD), str(paths.data_dir), proxy.url, PASSWORD],
                                 stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while proxy.seen.count("/api/v1/sync/push") < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        time.sleep(1.2)  # let the delayed batch land on the server
        assert 5 <= len(central.changes()) <= 10

        again = subprocess.run([sys.executable, str(CHILD), str(paths.data_dir), proxy.url, PASSWORD],
                               capture_output=True, text=True, timeout=60)
        assert again.stdout.strip() == "drained", again.stderr
    finally:
        proxy.close()
    sent_once(sctx, central)
