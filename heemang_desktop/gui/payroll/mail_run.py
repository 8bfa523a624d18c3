"""Payslip e-mail from the register page without SMTP on the database thread (architecture §5).

The database thread prepares the batch (recipients, PDFs, Message-IDs), commits each attempt as
'sending' and then its result; a Python thread owned by this object holds the SMTP connection and
only gets a message after its 'sending' row is committed. Results come back by signal.
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, Signal

from heemang_desktop.payroll import service

from heemang_desktop.gui.operation import Op


class MailRun(QObject):
    progress = Signal(int, int)  # sent so far, to send
    finished = Signal(object)  # list[Delivery], one per employee in the batch
    failed = Signal(object)  # the user error that stopped the batch; None after a bug (already shown)
    _delivered = Signal(object, object)  # (Outgoing, Delivery), from the SMTP thread
    _crashed = Signal(object)

    def __init__(self, page):
        super().__init__(page)
        self.page = page
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
        self._step(lambda ctx: service.prepare_mail(ctx, month, only_failed, resend_unknown), self._prepared,
                   label=self.tr("급여명세서 만드는 중…"), unit=self.tr("명"))

    def _step(self, fn, then, label=None, unit="행") -> None:
        """One database step of the batch; however it ends, a failed step stops the batch. A user error
        comes back to the page; a bug was already logged and shown by Op, so `failed` carries None."""
        settled = []

        def ok(result):
            settled.append(True)
            then(result)

        def bad(error):
            settled.append(True)
            self._fail(error)

        op = Op(self.page, fn, label=label, unit=unit).success(ok).failure(bad)
        op.destroyed.connect(lambda *_: None if settled else self._fail(None))
        op.run()

    def _prepared(self, batch) -> None:
        self._results, self._pending, self._total = list(batch.settled), list(batch.outgoing), len(batch.outgoing)
        if self._pending:
            self._jobs = queue.Queue()
            self._thread = threading.Thread(target=self._smtp_loop, args=(service.Sender(batch.target), self._jobs),
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
        self._step(lambda ctx: service.mark_sending(ctx, item), lambda _r: self._jobs.put(item))

    def _on_delivered(self, item, delivery) -> None:
        self._results.append(delivery)
        self._step(lambda ctx: service.record_result(ctx, item, delivery), lambda _r: self._next())

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
