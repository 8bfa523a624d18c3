"""Torture-test workers, forked from one process that has already imported the app (so a round
starts its processes in milliseconds, not seconds of imports each).

The parent writes JSON commands on stdin: {"start": role, "args": [...], "log": path} answers
{"pid": n}; {"kill": pid} sends SIGKILL to that worker (only ever one of our own children) and
reaps it, answering {"killed": pid}. Each worker writes "<monotonic time> <event>" lines to its log.

Roles, each doing what a user's process does, until killed:
  gui     takes the folder lock as the window does, then a DB thread saves notes and a sync thread
          (its own context on the same file, as gui/sync/controller.py opens it) syncs in a loop
  status  `heemang-desktop status --json`, again and again (read-only)
  writer  a writing CLI command: takes the lock through cli.open_context (refused while the window
          holds it), saves a few notes; then `heemang-desktop sync --once`
  backup  `heemang-desktop backup`, again and again
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "sync"))
sys.path.insert(0, str(HERE.parent / "central"))

import keyring  # noqa: E402
from harness_central import PASSWORD  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402
from notes import add_note  # noqa: E402  (importing notes maps its Note entity too)

from heemang_desktop import cli  # noqa: E402
from heemang_desktop.app import open_app  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.store import registry  # noqa: E402,F401  (every model mapped before the fork, as in the app)
from heemang_desktop.store.errors import FolderBusy  # noqa: E402
from heemang_desktop.store.folder_lock import FolderLock  # noqa: E402
from heemang_desktop.sync.credentials import Account, Credentials  # noqa: E402
from heemang_desktop.sync.engine import SyncEngine  # noqa: E402
from heemang_desktop.sync.transport import Transport  # noqa: E402
from heemang_desktop.users.service import headless_actor  # noqa: E402


def emit(line: str) -> None:
    os.write(1, f"{time.monotonic():.6f} {line}\n".encode())  # one write: lines from threads never interleave


def emit_error(where: str) -> None:
    emit(f"error {where} " + traceback.format_exc().replace("\n", " | "))


def quiet_cli(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    sys.stdin = io.StringIO(stdin)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, err.getvalue().replace("\n", " ")


def role_gui(data_dir: str, url: str, prefix: str) -> None:
    paths = Paths(Path(data_dir))
    FolderLock(paths.data_dir).acquire("gui", wait=60)
    emit("ready")

    def sync_thread():
        try:
            ctx = open_app(paths)
            engine = SyncEngine(ctx, Transport(url, timeout=(2.0, 5.0)),
                                Credentials(Account(url, ctx.facility.code, "sync"), PASSWORD), batch=20)
            while True:
                report = engine.run_once()
                emit(f"synced {report.drained} {report.error_kind}")
                time.sleep(0.05)
        except Exception:  # noqa: BLE001 (every error is a finding the parent counts)
            emit_error("gui-sync")

    threading.Thread(target=sync_thread, daemon=True).start()
    rng = random.Random(os.getpid())
    try:
        ctx = open_app(paths)
        headless_actor(ctx, None)
        for i in range(10**9):
            note_id = add_note(ctx, f"{prefix}-g{i}", i)
            emit(f"saved {note_id}")
            time.sleep(rng.uniform(0, 0.02))
    except Exception:  # noqa: BLE001
        emit_error("gui-db")
        time.sleep(10**6)  # a window showing an error stays open, holding the folder


def role_status(data_dir: str) -> None:
    while True:
        code, err = quiet_cli(["--data-dir", data_dir, "status", "--json"])
        emit(f"status {code} {err}".rstrip())


def role_backup(data_dir: str) -> None:
    while True:
        code, err = quiet_cli(["--data-dir", data_dir, "backup"])
        emit(f"backup {code} {err}".rstrip())


class _Args:
    def __init__(self, data_dir: str):
        self.data_dir = data_dir
        self.user = None


def role_writer(data_dir: str, url: str, prefix: str) -> None:
    cli.CLI_LOCK_WAIT = 0.2
    rng = random.Random(os.getpid())
    for batch in range(10**9):
        try:
            ctx = cli.open_context(_Args(data_dir), need_actor=True)
        except FolderBusy as exc:
            emit(f"refused {(exc.holder or {}).get('owner')}")
            time.sleep(rng.uniform(0.02, 0.1))
            continue
        except Exception:  # noqa: BLE001
            emit_error("writer-open")
            continue
        emit("got-lock")
        try:
            for j in range(3):
                note_id = add_note(ctx, f"{prefix}-w{batch}-{j}", j)
                emit(f"saved {note_id}")
        except Exception:  # noqa: BLE001
            emit_error("writer-save")
        finally:
            ctx.close()
        emit("released")
        code, err = quiet_cli(["--data-dir", data_dir, "sync", "--once", "--server", url, "--user", "sync",
                               "--password-stdin"], PASSWORD + "\n")
        emit(f"cli-sync {code} {'busy' if '창이 열려' in err or '다른 명령이' in err else err}".rstrip())


ROLES = {"gui": role_gui, "status": role_status, "backup": role_backup, "writer": role_writer}


def _child(role: str, args: list[str], log: str) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    keyring.set_keyring(MemoryKeyring())
    try:
        ROLES[role](*args)
    except BaseException:  # noqa: BLE001
        emit_error(role)
    finally:
        os._exit(0)


def main() -> None:
    cli.build_parser()  # every command's module loaded once here, not again in each forked worker
    # The schema heads read once too: a long run must not see a migration file appear mid-run (the
    # checkout it runs from may be edited meanwhile).
    from heemang_desktop.store import migrate

    migrate.head_revisions()
    import heemang_desktop.status  # noqa: F401
    import heemang_desktop.sync.cli  # noqa: F401

    children: set[int] = set()
    for line in sys.stdin:
        cmd = json.loads(line)
        if "start" in cmd:
            pid = os.fork()
            if pid == 0:
                _child(cmd["start"], cmd["args"], cmd["log"])
            children.add(pid)
            answer = {"pid": pid}
        elif "kill" in cmd:
            pid = cmd["kill"]
            if pid in children:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if not done:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                children.discard(pid)
            answer = {"killed": pid}
        else:
            answer = {"error": "unknown command"}
        print(json.dumps(answer), flush=True)
    for pid in children:  # the parent went away: take every worker with us
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
