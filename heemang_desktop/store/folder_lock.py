"""One writer process per data folder: an OS lock on `<data_dir>/heemang.lock`.

The lock is taken on a separate file, never on the database: SQLite's own locks on the database are
POSIX record locks, which the OS drops when *any* descriptor of that file is closed in the process.
Here POSIX uses `flock`, which belongs to the open file description, so reading the lock file's
holder info through another descriptor cannot drop it. The OS releases both kinds when the process
dies, so a lock file left by a crashed process is simply free again (it is never deleted: unlinking
a locked file would let two processes lock two different files of the same name).

Windows: `msvcrt.locking` takes a *mandatory* byte-range lock, so other processes cannot read the
locked bytes. The lock byte therefore sits far past the holder info (LOCK_OFFSET), which stays
readable. Files opened by Python share read/write on Windows, so `holder()` can read while the
window holds the lock; the OS drops the range lock when the process dies, as on POSIX.

Within one process the lock is reentrant: the window's DB thread and sync thread share the window's
hold (they never take it again), and a second FolderLock on the same folder in the same process
counts as the same holder.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

from heemang_desktop.store.errors import FolderBusy

LOCK_FILENAME = "heemang.lock"
LOCK_OFFSET = 1 << 20  # Windows: the locked byte, well past the holder JSON
_POLL = 0.1


class _Posix:
    def lock(self, fd: int) -> bool:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)

    def probe(self, fd: int) -> bool:
        """True when nobody holds the lock (taken for a moment and given back)."""
        if self.lock(fd):
            self.unlock(fd)
            return True
        return False


class _Windows:
    def __init__(self, msvcrt=None):
        if msvcrt is None:
            import msvcrt  # noqa: PLC0415 (Windows only)
        self.msvcrt = msvcrt

    def lock(self, fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)

    def probe(self, fd: int) -> bool:
        if self.lock(fd):
            self.unlock(fd)
            return True
        return False


def _backend():
    return _Windows() if os.name == "nt" else _Posix()


class _Hold:
    def __init__(self, fd: int, info: dict):
        self.fd = fd
        self.info = info
        self.count = 1


# Lock-file path -> this process's hold. Guarded by _registry_lock (threads may open contexts).
_held: dict[Path, _Hold] = {}
_registry_lock = threading.Lock()


class FolderLock:
    """An OS lock on `<data_dir>/heemang.lock`, with the holder's pid, owner and host written in it."""

    def __init__(self, data_dir: Path, backend=None):
        self.data_dir = Path(data_dir)
        self.path = (self.data_dir / LOCK_FILENAME).absolute()
        self._backend = backend or _backend()
        self._holding = False
        self._owner = "cli"

    def try_acquire(self, owner: str) -> bool:
        """Non-blocking. True when this process now holds the lock (also when it already did)."""
        with _registry_lock:
            if self._holding:
                return True
            hold = _held.get(self.path)
            if hold is not None:
                hold.count += 1
                self._holding = True
                return True
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            try:
                if not self._backend.lock(fd):
                    os.close(fd)
                    return False
                info = {"pid": os.getpid(), "owner": owner, "host": socket.gethostname()}
                data = json.dumps(info).encode()
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, data)
                os.fsync(fd)
            except BaseException:
                os.close(fd)
                raise
            _held[self.path] = _Hold(fd, info)
            self._holding = True
            return True

    def acquire(self, owner: str, wait: float = 0.0) -> None:
        """Take the lock, waiting up to `wait` seconds; raises FolderBusy naming the holder."""
        deadline = time.monotonic() + wait
        while not self.try_acquire(owner):
            if time.monotonic() >= deadline:
                raise FolderBusy(self.holder())
            time.sleep(_POLL)

    def release(self) -> None:
        with _registry_lock:
            if not self._holding:
                return
            self._holding = False
            hold = _held.get(self.path)
            if hold is None:
                return
            hold.count -= 1
            if hold.count > 0:
                return
            del _held[self.path]
            try:
                self._backend.unlock(hold.fd)
            finally:
                os.close(hold.fd)

    @property
    def held(self) -> bool:
        return self._holding

    def holder(self) -> dict | None:
        """The live holder's info ({"pid", "owner", "host"}), None when the folder is free."""
        with _registry_lock:
            hold = _held.get(self.path)
            if hold is not None:
                return dict(hold.info)
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            return None
        try:
            if self._backend.probe(fd):
                return None
            # The holder writes its info right after locking: a reader may catch it half-written.
            for _ in range(20):
                info = _read_info(fd)
                if info is not None:
                    return info
                time.sleep(0.01)
            return {"pid": None, "owner": None, "host": None}
        finally:
            os.close(fd)

    def __enter__(self) -> FolderLock:
        self.acquire(self._owner)
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _read_info(fd: int) -> dict | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        info = json.loads(raw.decode())
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    return {"pid": info.get("pid"), "owner": info.get("owner"), "host": info.get("host")}
