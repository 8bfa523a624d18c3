"""Torture long run: `python tests/bench/bench_torture.py [ROUNDS] [--minutes M] [--seed S]` (not collected by pytest).

The rounds of tests/foundation/test_torture.py, many of them, on one data folder that keeps growing:
a window process (folder lock, DB thread saving, sync thread syncing with the reference central
service), `status` and `backup` CLI loops, a writing CLI command refused while the window lives,
each SIGKILLed at a random moment; the checks after every round. Prints a progress line every 25
rounds and, at the end, rounds survived with every count (goal: 1,000 rounds, 0 corruptions, 0 lost
or doubled changes). Stops at the first failing round, keeping its folder and logs for a look.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "foundation"), str(HERE.parent / "sync"),
                str(HERE.parent / "central")]

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

keyring.set_keyring(MemoryKeyring())

from harness_central import CentralServer  # noqa: E402
from notes import create_table  # noqa: E402
from torture_harness import Torture, final_sync  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", type=int, nargs="?", default=1000)
    parser.add_argument("--minutes", type=float, default=0.0, help="stop starting rounds after this long")
    parser.add_argument("--seed", type=int, default=1)
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="heemang-torture-"))
    paths = Paths(work / "data")
    result = initialize(paths, SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자"))
    create_table(result.context)
    result.context.close()
    central = CentralServer(f"sqlite:///{work / 'central.sqlite3'}").start()
    central.add_user()
    logs = work / "logs"
    logs.mkdir()
    torture = Torture(paths, central, logs, seed=opts.seed)
    started = time.monotonic()
    t = torture.tally
    try:
        while t.rounds < opts.rounds:
            if opts.minutes and time.monotonic() - started > opts.minutes * 60:
                break
            torture.round()
            if not t.clean:
                break
            if t.rounds % 25 == 0:
                print(f"[{(time.monotonic() - started) / 60:5.1f} min] {t.summary()}", flush=True)
            if t.rounds % 50 == 0:  # keep the disk use flat: the logs of clean rounds tell nothing more
                for log in logs.iterdir():
                    log.unlink()
        local = at_central = None
        if t.clean:
            local, at_central = final_sync(paths, central)
    finally:
        torture.close()
        central.stop()
    print(f"rounds survived: {t.rounds} in {(time.monotonic() - started) / 60:.1f} min")
    print(t.summary())
    print(f"notes saved here after the final sync: {local}, at the central service: {at_central} "
          f"(reported saved by the processes: {len(torture.saved)})")
    if t.problems:
        print("problems:", *t.problems[:20], sep="\n  ")
        print(f"kept for a look: {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0 if local == at_central else 1


if __name__ == "__main__":
    sys.exit(main())
