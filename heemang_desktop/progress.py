"""Progress and cancellation for long work (imports, exports, reports), without Qt.

The worker thread calls `update` and `check`; the GUI thread reads `snapshot` and calls `cancel`.
A service checks between chunks and before it commits, so a cancel saves nothing.
"""

from __future__ import annotations

import threading

from heemang_desktop.store.errors import HeemangError


class Cancelled(HeemangError):
    def __init__(self, message: str = "취소했습니다. 아무것도 저장하지 않았습니다."):
        super().__init__(message)


class Progress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total: int | None = None
        self._cancelled = threading.Event()

    def update(self, done: int, total: int | None = None) -> None:
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total

    def snapshot(self) -> tuple[int, int | None]:
        with self._lock:
            return self._done, self._total

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()
