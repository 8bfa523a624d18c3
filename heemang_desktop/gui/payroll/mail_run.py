"""Payslip e-mail from the register page without SMTP on the database thread (architecture §5).

The database thread prepares the batch (recipients, PDFs, Message-IDs), commits each attempt as
'sending' and then its result; a Python thread owned by this object holds the SMTP connection and
only gets a message after its 'sending' row is committed. Results come back by signal.
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, Signal


def _prepare(ctx, month, only_failed, resend_unknown):
    from heemang_desktop.payroll import mailer
    from heemang_desktop.render.pdf import html_to_pdf

    return mailer.prepare(ctx, month, html_to_pdf, only_failed=only_failed, resend_unknown=resend_unknown)


def _mark(ctx, item):
    from heemang_desktop.payroll import mailer

    mailer.mark_sending(ctx, item)


def _record(ctx, item, delivery):
    from heemang_desktop.payroll import mailer

    mailer.record_result(ctx, item, delivery)


class MailRun(QObject):
    progress = Signal(int, int)  # sent so far, to send
    finished = Signal(object)  # list[Delivery], one per employee in the batch
    failed = Signal(object)  # the error that stopped the batch
    _delivered = Signal(object, object)  # (Outgoing, Delivery), from the SMTP thread
    _crashed = Signal(object)

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self.worker = worker
        self.running = False
        self._jobs: queue.Queue = queue.Queue()
        self._pending: list = []
        self._results: list = []
        self._total = 0
        self._thread: threading.Thread | None = None
        self._delivered.connect(self._on_delivered)
        self._crashed.connect(self._fail)

    def start(self, month: str, only_failed: bool, resend_unknown: bool) -> None:
        if self.running:
            return
        self.running = True
        self.worker.call(_prepare, month, only_failed, resend_unknown, on_done=self._prepared, on_error=self._fail)

    def _prepared(self, batch) -> None:
        from heemang_desktop.payroll.mailer import Sender

        self._results, self._pending, self._total = list(batch.settled), list(batch.outgoing), len(batch.outgoing)
        if self._pending:
            self._jobs = queue.Queue()
            self._thread = threading.Thread(target=self._smtp_loop, args=(Sender(batch.target), self._jobs),
                                            name="heemang-smtp", daemon=True)
            self._thread.start()
        self._next()

    def _smtp_loop(self, sender, jobs: queue.Queue) -> None:
        """The SMTP thread: no database, no widgets; a crash here leaves the attempt as 'sending'."""
        try:
            while (item := jobs.get()) is not None:
                self._delivered.emit(item, sender.send(item))
        except Exception as exc:  # a bug, not an SMTP answer: stop the batch and say so
            self._crashed.emit(exc)
        finally:
            sender.close()

    def _next(self) -> None:
        if not self._pending:
            self._finish()
            return
        item = self._pending.pop(0)
        self.progress.emit(self._total - len(self._pending) - 1, self._total)
        # SMTP gets the message only once 'sending' is committed
        self.worker.call(_mark, item, on_done=lambda _r: self._jobs.put(item), on_error=self._fail)

    def _on_delivered(self, item, delivery) -> None:
        self._results.append(delivery)
        self.worker.call(_record, item, delivery, on_done=lambda _r: self._next(), on_error=self._fail)

    def _finish(self) -> None:
        self._jobs.put(None)
        self.running = False
        self.finished.emit(sorted(self._results, key=lambda d: d.employee_no))

    def stop(self) -> None:
        """The window is closing: no new message goes out, and the SMTP thread ends (after the message
        in hand, if any) before the window's objects go. A message whose result was not recorded stays
        'sending', which the next run asks about (전송 여부 불명)."""
        self._pending = []
        self.running = False
        self._jobs.put(None)
        if self._thread is not None:
            self._thread.join(60)
            self._thread = None

    def _fail(self, error) -> None:
        if not self.running:
            return
        self._jobs.put(None)
        self._pending = []
        self.running = False
        self.failed.emit(error)
