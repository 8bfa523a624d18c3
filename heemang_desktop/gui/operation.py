"""One way for a page to run work on the database thread (the role Anki's CollectionOp plays).

    Op(page, lambda ctx: service.save(ctx, ...)).success(on_saved).run()
    op = Op(page, None, label=page.tr("가져오는 중…"), cancellable=True)
    op.fn = lambda ctx: pipeline.run_import(ctx, kind, path, progress=op.progress); op.run()

The work runs inside `changes.collect()`; when it changed something, the window broadcasts
`data_changed(changes, page)` and every page watching those entities reloads (gui/pages/base.py).
Errors the service raises for users (HeemangError) go to `failure`, else to the page's message
line, else to a dialog; anything else is a bug: logged with its traceback and shown as an
unexpected error, never as a red validation line. Long work shows a progress dialog after 600 ms
with rows done / total, and a cancel button when the work checks `op.progress` between chunks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from heemang_desktop import changes as changes_mod
from heemang_desktop.logs import log_unexpected
from heemang_desktop.progress import Progress
from heemang_desktop.store.errors import HeemangError

SHOW_AFTER_MS = 600
POLL_MS = 100


def _collecting(ctx, fn):
    """On the database thread: run fn, keep what it committed even if it then fails."""
    with changes_mod.collect() as collected:
        try:
            result = fn(ctx)
        except BaseException as exc:
            exc.__changes__ = collected.changes
            raise
    return result, collected.changes


class Op(QObject):
    def __init__(self, page, fn: Callable | None = None, *, label: str | None = None, cancellable: bool = False,
                 unit: str = "행", keeps_done: bool = False):
        super().__init__(page)
        # work that commits as it goes (a resumable bulk) keeps what it finished when cancelled
        self.keeps_done = keeps_done
        self.unit = unit  # what the count counts: 행 (rows), 건, 명 …
        self.page = page
        self.fn = fn
        self.label = label
        self.cancellable = cancellable
        self.progress = Progress()
        self._success: Callable | None = None
        self._failure: Callable | None = None
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self.running = False

    # -- building -------------------------------------------------------------------------
    def success(self, callback: Callable) -> Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[HeemangError], None]) -> Op:
        self._failure = callback
        return self

    # -- running --------------------------------------------------------------------------
    def run(self) -> Op:
        window = _window(self.page)
        self.running = True
        if self.label is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(SHOW_AFTER_MS)
        window.worker.call(_collecting, self.fn, on_done=self._done, on_error=self._error)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def _show_progress(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.label, self.tr("취소") if self.cancellable else None, 0, 0, self.page)
        dialog.setWindowTitle(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        if self.cancellable:
            dialog.canceled.connect(self._cancel_pressed)
        self._dialog = dialog
        self._poll()
        dialog.show()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(POLL_MS)

    def _cancel_pressed(self) -> None:
        self.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(
                self.tr("취소하는 중… 이미 끝난 것은 남고, 다음에 이어서 할 수 있습니다.") if self.keeps_done
                else self.tr("취소하는 중… 아무것도 저장하지 않습니다."))

    def _poll(self) -> None:
        if self._dialog is None or self.progress.cancelled:
            return
        if self._dialog.wasCanceled():  # Esc or the window's close button, not only the cancel button
            self._cancel_pressed()
            return
        done, total = self.progress.snapshot()
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
            self._dialog.setLabelText(f"{self.label}\n{done:,} / {total:,}{self.tr(self.unit)}")

    def _finish(self) -> None:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _broadcast(self, changed) -> None:
        if changed:
            window = _window(self.page)
            if window is not None:
                window.data_changed.emit(changed, self.page)

    def _done(self, answer) -> None:
        self._finish()
        result, changed = answer
        try:
            if self._success is not None:
                self._success(result)
        finally:
            self._broadcast(changed)
            self.deleteLater()

    def _error(self, error: BaseException) -> None:
        self._finish()
        try:
            if isinstance(error, HeemangError):
                if self._failure is not None:
                    self._failure(error)
                else:
                    report_user_error(self.page, error)
            else:
                # Marked as logged, so the window's error dialog does not log it a second time.
                log_unexpected(f"unexpected error in an operation of {getattr(self.page, 'page_id', self.page)}", error)
                _window(self.page).show_error(error)
        finally:
            self._broadcast(getattr(error, "__changes__", None))
            self.deleteLater()


def report_user_error(page, error: HeemangError) -> None:
    """A user's mistake: on the page's message line if it has one, else in a dialog."""
    line = getattr(page, "message", None)
    if line is not None and hasattr(line, "show_error"):
        line.show_error(str(error))
    else:
        _window(page).show_error(error)


def _window(widget):
    """The main window: a page knows it (`window_`); a dialog finds it through its parents."""
    w = widget
    while w is not None:
        if hasattr(w, "data_changed") and hasattr(w, "worker"):
            return w
        w = getattr(w, "window_", None) or w.parentWidget()
    raise RuntimeError(f"{widget!r} is not inside the main window")
