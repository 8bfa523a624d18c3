"""The data-folder lock: one writer process per folder, free again when its holder dies, holder named."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading

import pytest

from heemang_desktop.store import folder_lock
from heemang_desktop.store.errors import FolderBusy
from heemang_desktop.store.folder_lock import FolderLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from heemang_desktop.store.folder_lock import FolderLock
    lock = FolderLock(Path(sys.argv[1]))
    assert lock.try_acquire(sys.argv[2])
    print("held", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def other_process(tmp_path):
    """Start another process holding the folder's lock as `owner`; it is killed at teardown."""
    procs = []

    def start(owner: str = "gui") -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "data"), owner],
                                stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield start
    for proc in procs:
        proc.kill()
        proc.wait()


def test_second_process_cannot_take_the_lock_and_sees_who_holds_it(tmp_path, other_process):
    proc = other_process("gui")
    lock = FolderLock(tmp_path / "data")
    assert lock.try_acquire("cli") is False
    assert lock.holder() == {"pid": proc.pid, "owner": "gui", "host": socket.gethostname()}
    with pytest.raises(FolderBusy) as err:
        lock.acquire("cli", wait=0.3)
    assert str(err.value) == "창이 열려 있습니다: 창을 닫거나 창에서 하세요"
    assert err.value.holder["pid"] == proc.pid


def test_a_cli_holder_gets_its_own_sentence(tmp_path, other_process):
    other_process("cli")
    with pytest.raises(FolderBusy) as err:
        FolderLock(tmp_path / "data").acquire("cli")
    assert "다른 명령이" in str(err.value)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_killed_holders_lock_is_free_again(tmp_path, other_process):
    proc = other_process("gui")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lock = FolderLock(tmp_path / "data")
    assert (tmp_path / "data" / "heemang.lock").exists()  # the stale file stays, and does not matter
    assert lock.holder() is None
    assert lock.try_acquire("cli") is True
    assert lock.holder()["pid"] == os.getpid() and lock.holder()["owner"] == "cli"
    lock.release()
    assert lock.holder() is None


def test_waiting_takes_the_lock_once_the_holder_is_gone(tmp_path, other_process):
    proc = other_process("cli")
    lock = FolderLock(tmp_path / "data")
    threading.Timer(0.3, proc.kill).start()
    lock.acquire("cli", wait=20)
    assert lock.held
    lock.release()


def test_within_one_process_the_lock_is_shared_and_released_with_its_last_user(tmp_path):
    first, second = FolderLock(tmp_path / "data"), FolderLock(tmp_path / "data")
    assert first.try_acquire("gui")
    assert second.try_acquire("gui")  # the window's sync thread shares the window's hold
    second.release()
    probe = subprocess.run([sys.executable, "-c",
                            "import sys; from pathlib import Path; from heemang_desktop.store.folder_lock "
                            "import FolderLock; print(FolderLock(Path(sys.argv[1])).try_acquire('cli'))",
                            str(tmp_path / "data")],
                           capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "False"  # still held by `first`
    first.release()
    assert FolderLock(tmp_path / "data").holder() is None


def test_context_manager_takes_the_lock_as_cli_and_leaves_the_folder_user_only(tmp_path):
    with FolderLock(tmp_path / "data") as lock:
        assert lock.holder()["owner"] == "cli"
    assert lock.holder() is None
    if os.name == "posix":
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "data" / "heemang.lock").stat().st_mode & 0o777 == 0o600


class FakeMsvcrt:
    """Stands in for Windows' msvcrt: byte-range locks that conflict across "processes" (fds here)."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self):
        self.locked: dict[tuple[int, int], int] = {}  # (inode, offset) -> fd

    def locking(self, fd, mode, nbytes):
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.locked:
                raise OSError(13, "Permission denied")  # what msvcrt raises on a held range
            self.locked[key] = fd
        else:
            self.locked.pop(key, None)


def test_windows_branch_locks_a_byte_past_the_holder_info(tmp_path, monkeypatch):
    fake = FakeMsvcrt()
    backend = folder_lock._Windows(fake)
    window = FolderLock(tmp_path / "data", backend=backend)
    assert window.try_acquire("gui")
    ((_, offset),) = fake.locked
    assert offset == folder_lock.LOCK_OFFSET  # the JSON at the start stays readable under a mandatory lock
    # Another process: pretend this process holds nothing, so only the OS lock decides.
    monkeypatch.setattr(folder_lock, "_held", {})
    other = FolderLock(tmp_path / "data", backend=backend)
    assert other.try_acquire("cli") is False
    assert other.holder()["owner"] == "gui"
    monkeypatch.undo()
    window.release()
    assert fake.locked == {}
    assert FolderLock(tmp_path / "data", backend=backend).holder() is None
