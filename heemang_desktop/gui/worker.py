"""The database worker: one thread owns the store and runs every database call (architecture §5).

`call(fn, *args, on_done=..., on_error=...)` runs `fn(ctx, *args)` on that thread and delivers the
result back on the GUI thread. Calls run one at a time, in the order submitted.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Executor(QObject):
    finished = Signal(int, object, object)

    def __init__(self):
        super().__init__()
        self.ctx = None  # the AppContext, created and used on this thread only

    @Slot(int, object, object)
    def run(self, token, fn, args):
        try:
            result = fn(self, *args)
        except BaseException as exc:  # every error goes back to the GUI thread, none is lost here
            import traceback

            exc.__traceback_text__ = traceback.format_exc()
            self.finished.emit(token, None, exc)
        else:
            self.finished.emit(token, result, None)

    @Slot()
    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None


_LIVE: set[DbWorker] = set()  # a running QThread must never be garbage-collected (Qt aborts)


def shutdown_all() -> None:
    """Stop every worker still running (application exit, end of a test)."""
    for worker in list(_LIVE):
        worker.shutdown()


class DbWorker(QObject):
    _submit = Signal(int, object, object)
    _close = Signal()
    busy_changed = Signal(bool)
    unhandled = Signal(object)  # an error no caller asked to handle: the window shows it

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("heemang-db")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._submit.connect(self._executor.run)
        self._executor.finished.connect(self._finished)
        self._callbacks: dict[int, tuple] = {}
        self._tokens = itertools.count(1)
        self._thread.start()
        _LIVE.add(self)

    def idle(self) -> bool:
        """No call is waiting for its answer (tests wait on this; so may a progress display)."""
        return not self._callbacks

    def run_raw(self, fn, *args, on_done=None, on_error=None) -> int:
        """`fn(executor, *args)`: for opening the store, which sets `executor.ctx`."""
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(token, fn, args)
        return token

    def call(self, fn, *args, on_done=None, on_error=None) -> int:
        """`fn(ctx, *args)` on the database thread."""
        return self.run_raw(_with_ctx, fn, *args, on_done=on_done, on_error=on_error)

    @Slot(int, object, object)
    def _finished(self, token, result, error):
        on_done, on_error = self._callbacks.pop(token, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if error is not None:
            (on_error or self.unhandled.emit)(error)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Run the calls already submitted, close the store on its own thread, then stop the thread.
        Safe to call twice.

        The close is a *blocking* queued call: a plain queued one could be overtaken by `quit()`
        (the thread's loop may see both in one wake-up and exit first), leaving the connection to be
        finalised later from another thread, with events holding Python objects still queued at exit.
        Answers arriving after this go nowhere: the window they were for is closing."""
        if self not in _LIVE:
            return
        _LIVE.discard(self)
        from PySide6.QtCore import Qt  # here, not at import: the window paints before Qt's enums load

        self._executor.finished.disconnect(self._finished)
        self._callbacks.clear()
        self._close.connect(self._executor.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._close.emit()
        self._thread.quit()
        self._thread.wait()


def _with_ctx(executor, fn, *args):
    if executor.ctx is None:
        raise RuntimeError("store is not open")
    return fn(executor.ctx, *args)
