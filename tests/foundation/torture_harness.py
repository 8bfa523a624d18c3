"""The torture run shared by the CI test (few rounds) and tests/bench/bench_torture.py (many).

One data folder, the reference central service in this process, and per round: a "window" process
(folder lock, DB thread saving, sync thread syncing), `status` and `backup` CLI loops, a writing CLI
command that must be refused while the window lives; SIGKILL at random moments; then the checks.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from heemang_desktop.store import backup
from heemang_desktop.store.engine import ro_uri

ZYGOTE = Path(__file__).with_name("torture_zygote.py")


class Zygote:
    def __init__(self, logs: Path):
        self.logs = logs
        self.proc = subprocess.Popen([sys.executable, str(ZYGOTE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        self.n = 0

    def _ask(self, cmd: dict) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("torture zygote died")
        return json.loads(line)

    def start(self, role: str, *args: str) -> tuple[int, Path]:
        self.n += 1
        log = self.logs / f"{self.n:06d}-{role}.log"
        return self._ask({"start": role, "args": list(args), "log": str(log)})["pid"], log

    def kill(self, pid: int) -> float:
        """SIGKILL a worker; returns the monotonic time just before the signal went."""
        before = time.monotonic()
        self._ask({"kill": pid})
        return before

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)


def events(log: Path) -> list[tuple[float, str]]:
    out = []
    if not log.exists():
        return out
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        stamp, _, rest = line.partition(" ")
        try:
            out.append((float(stamp), rest))
        except ValueError:
            out.append((0.0, "garbled " + line))
    return out


@dataclass
class Tally:
    rounds: int = 0
    corruptions: int = 0
    lost: int = 0
    doubled: int = 0
    outbox_mismatch: int = 0
    central_doubled: int = 0
    central_missing: int = 0
    lock_violations: int = 0
    errors: int = 0
    refusals: int = 0
    cli_writes: int = 0
    saved: int = 0
    status_ok: int = 0
    status_failed: int = 0
    backups_ok: int = 0
    backups_bad: int = 0
    kills: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.corruptions or self.lost or self.doubled or self.outbox_mismatch or self.central_doubled
                    or self.central_missing or self.lock_violations or self.errors or self.status_failed
                    or self.backups_bad)

    def summary(self) -> str:
        keys = ("rounds", "corruptions", "lost", "doubled", "outbox_mismatch", "central_doubled", "central_missing",
                "lock_violations", "errors", "status_failed", "backups_bad", "saved", "cli_writes", "refusals",
                "status_ok", "backups_ok", "kills")
        return ", ".join(f"{k}={getattr(self, k)}" for k in keys)


class Torture:
    def __init__(self, paths, central, logs: Path, seed: int = 1):
        self.paths = paths
        self.central = central
        self.logs = logs
        self.rng = random.Random(seed)
        self.zygote = Zygote(logs)
        self.saved: set[str] = set()
        self.tally = Tally()

    def close(self) -> None:
        self.zygote.close()

    def _wait_for(self, log: Path, word: str, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.startswith(word) for _, e in events(log)):
                return True
            time.sleep(0.02)
        return False

    def round(self) -> None:
        r, t = self.tally.rounds, self.tally
        d, url = str(self.paths.data_dir), self.central.url
        gui_pid, gui_log = self.zygote.start("gui", d, url, f"r{r}")
        early_kill = self.rng.random() < 0.1
        if not early_kill and not self._wait_for(gui_log, "saved"):  # the window is up and saving
            t.problems.append(f"round {r}: the window never saved")
        workers = {"gui": (gui_pid, gui_log)}
        for role, args in (("status", (d,)), ("backup", (d,)), ("writer", (d, url, f"r{r}"))):
            workers[role] = self.zygote.start(role, *args)
        killed_at: dict[str, float] = {}
        if early_kill:
            killed_at["gui"] = self.zygote.kill(gui_pid)
        time.sleep(self.rng.uniform(0.2, 1.2))
        order = list(workers)
        self.rng.shuffle(order)
        for role in order:  # each dies at its own random moment; the window first most of the time
            if role in killed_at:
                continue
            if role == "gui" or self.rng.random() < 0.5:
                killed_at[role] = self.zygote.kill(workers[role][0])
                time.sleep(self.rng.uniform(0.0, 0.6))
        for role in order:
            if role not in killed_at:
                killed_at[role] = self.zygote.kill(workers[role][0])
        t.kills += len(killed_at)
        self._read_logs(workers, killed_at)
        self._check()
        t.rounds += 1

    def _read_logs(self, workers, killed_at) -> None:
        t = self.tally
        gui_events = events(workers["gui"][1])
        gui_ready = next((s for s, e in gui_events if e == "ready"), None)
        for role, (_, log) in workers.items():
            for stamp, e in events(log):
                word, _, rest = e.partition(" ")
                if word == "saved":
                    self.saved.add(rest)
                    t.saved += 1
                    t.cli_writes += role == "writer"
                elif word == "error" or word == "garbled":
                    t.errors += 1
                    t.problems.append(f"{role}: {e[:600]}")
                elif word == "refused":
                    t.refusals += 1
                elif word == "got-lock" and gui_ready is not None and gui_ready < stamp < killed_at["gui"]:
                    t.lock_violations += 1
                    t.problems.append("a writing command got the lock while the window held it")
                elif word == "status":
                    if rest.startswith("0"):
                        t.status_ok += 1
                    else:
                        t.status_failed += 1
                        t.problems.append(f"status: {rest[:300]}")
                elif word == "backup":
                    if rest.startswith("0"):
                        t.backups_ok += 1
                    else:
                        t.backups_bad += 1
                        t.problems.append(f"backup: {rest[:300]}")
                elif word == "cli-sync" and rest.startswith("1") and "busy" not in rest:
                    t.errors += 1
                    t.problems.append(f"cli sync: {rest[:300]}")

    def _check(self) -> None:
        t = self.tally
        con = sqlite3.connect(ro_uri(self.paths.database), uri=True)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                t.corruptions += 1
                t.problems.append(f"round {t.rounds}: integrity_check failed")
                return
            con.execute("BEGIN")  # one snapshot for every count below
            notes = Counter(r[0] for r in con.execute("SELECT id FROM test_sync_note"))
            outbox = Counter(r[0] for r in con.execute("SELECT entity_id FROM outbox WHERE entity='test_note'"))
            applied = {r[0]: r[1] for r in con.execute(
                "SELECT change_id, entity_id FROM outbox WHERE entity='test_note' AND state='applied'")}
            con.execute("COMMIT")
        finally:
            con.close()
        missing = self.saved - set(notes)
        if missing:
            t.lost += len(missing)
            t.problems.append(f"round {t.rounds}: {len(missing)} saved notes missing")
        t.doubled += sum(n - 1 for n in notes.values() if n > 1)
        if notes.keys() != outbox.keys() or any(n != 1 for n in outbox.values()):
            t.outbox_mismatch += 1
            t.problems.append(f"round {t.rounds}: notes and outbox disagree")
        central = self.central.changes()
        per_entity = Counter(c["entity_id"] for c in central)
        per_change = Counter(c["change_id"] for c in central)
        doubled = sum(n - 1 for n in per_entity.values() if n > 1) + sum(n - 1 for n in per_change.values() if n > 1)
        t.central_doubled += doubled
        missing_central = [c for c in applied if c not in per_change]
        t.central_missing += len(missing_central)
        if doubled or missing_central:
            t.problems.append(f"round {t.rounds}: central doubled {doubled}, missing {len(missing_central)}")
        for b in backup.backups_of(self.paths.backups, "manual") + backup.backups_of(self.paths.backups, "daily"):
            if backup.verify(b) is not None:
                t.backups_bad += 1
                t.problems.append(f"round {t.rounds}: a listed backup is not whole: {b.name}")
                b.unlink()


def final_sync(paths, central) -> tuple[int, int]:
    """With everyone gone: one last sync drains the queue; (notes here, notes at the central service)."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))
    from sync_helpers import engine_for

    from heemang_desktop.app import open_app
    from heemang_desktop.users.service import headless_actor

    ctx = open_app(paths)
    try:
        headless_actor(ctx, None)
        for _ in range(20):
            if engine_for(ctx, central.url).run_once().drained:
                break
        con = sqlite3.connect(ro_uri(paths.database), uri=True)
        local = con.execute("SELECT count(*) FROM test_sync_note").fetchone()[0]
        queued = con.execute("SELECT count(*) FROM outbox WHERE state != 'applied'").fetchone()[0]
        con.close()
    finally:
        ctx.close()
    assert queued == 0, f"{queued} changes still queued after the final sync"
    return local, len({c["entity_id"] for c in central.changes()})
