"""The background sync worker and what connects it to the window.

Threading choice: the sync worker has its own QThread and opens its OWN AppContext (its own
SQLite connection) there; network and its database work both run on that thread, one at a time.
The GUI's database worker is never blocked by a slow server, and no connection or session crosses
threads (architecture §5). SQLite's WAL lets both threads' short transactions take turns.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

IDLE_SECONDS = 60.0  # a drained queue is checked again this often; new local changes are picked up then


@dataclass(frozen=True)
class SyncView:
    """What the status bar shows after a run (plain data across threads)."""

    state: str  # online | maintenance | offline
    until: str | None
    queued: int
    conflicts: int
    rejected: int
    quarantined: int  # pulled records held back with their reasons (they come right from the source)
    last_sync: str | None
    error: str | None
    needs_login: bool
    configured: bool
    changes: object = None  # Changes a round pushed or pulled: open views reload them


class SyncWorker(QObject):
    finished = Signal(object)  # SyncView
    login_done = Signal(object)  # None on success, or the error
    resync_done = Signal(object)  # a ResyncReport, or the error

    def __init__(self, paths):
        super().__init__()
        self.paths = paths
        self.ctx = None
        self.timer = None
        self.attempt = 0
        self.stopping = False

    @Slot()
    def start(self) -> None:
        from heemang_desktop.app import open_app

        if self.ctx is None:
            self.ctx = open_app(self.paths)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self.run()

    def _engine(self, password: str | None = None):
        from heemang_desktop.sync.service import Credentials, SyncEngine, Transport, account_of

        account = account_of(self.ctx)
        return SyncEngine(self.ctx, Transport(account.server_url), Credentials(account, password),
                          should_stop=lambda: self.stopping)

    @Slot()
    def run(self) -> None:
        from heemang_desktop.store.errors import HeemangError
        from heemang_desktop.sync.service import AUTH, next_delay

        if self.ctx is None or self.stopping:
            return
        if not self.ctx.settings.server_url:
            self.finished.emit(self._view(None, configured=False))
            return
        try:
            report = self._engine().run_once()
        except HeemangError as exc:  # e.g. a bad saved URL: shown, and tried again later
            self.finished.emit(self._view(None, error=str(exc)))
            self.timer.start(int(IDLE_SECONDS * 1000))
            return
        except Exception as exc:  # a bug: escaping this slot would end background sync unseen
            from heemang_desktop.logs import log_unexpected

            log_unexpected("background sync failed unexpectedly", exc)  # once: the engine may have logged it
            self.finished.emit(self._view(None, error=self.tr(
                "동기화 중 예상하지 못한 오류가 났습니다 ({0}). 잠시 뒤 다시 시도합니다.").format(type(exc).__name__)))
            self.timer.start(int(IDLE_SECONDS * 1000))
            return
        self.attempt = 0 if report.finished else self.attempt + 1
        self.finished.emit(self._view(report))
        if report.error_kind != AUTH:  # a login problem waits for the user
            delay = IDLE_SECONDS if report.finished else min(next_delay(report, self.attempt), 3600.0)
            self.timer.start(int(delay * 1000))

    def _view(self, report, configured: bool = True, error: str | None = None) -> SyncView:
        from heemang_desktop.sync.service import AUTH, figures

        f = figures(self.ctx)
        return SyncView(
            state=report.state if report else "offline", until=report.until if report else None,
            queued=f.queued, conflicts=f.conflicts, rejected=f.rejected, quarantined=f.quarantined,
            last_sync=f.last_sync,
            error=error or (report.error if report else None),
            needs_login=bool(report and report.error_kind == AUTH), configured=configured,
            changes=report.changes if report else None,
        )

    @Slot(str, str, str, bool)
    def login(self, url: str, user_id: str, password: str, save: bool) -> None:
        """Check the login against the server, keep it (password in the keyring when asked), then sync."""
        from heemang_desktop.sync.service import Account, Credentials, Transport, check_url, remember

        try:
            account = Account(check_url(url), self.ctx.facility.code, user_id.strip())
            transport = Transport(account.server_url)
            token = transport.login(account.facility_code, account.user_id, password)
            remember(self.ctx, account, password if save else None)
            Credentials(account).set_token(token)
        except Exception as exc:  # shown in the dialog; nothing saved
            self.login_done.emit(exc)
            return
        self.login_done.emit(None)
        self.run()

    @Slot()
    def resync(self) -> None:
        """전체 다시 받기, on this thread (network and its own connection), then an ordinary round."""
        from heemang_desktop.sync.service import full_resync

        if self.ctx is None or self.stopping:
            return
        try:
            report = full_resync(self._engine())
        except Exception as exc:  # shown to the user; the store is as it was (one transaction)
            from heemang_desktop.store.errors import HeemangError

            if not isinstance(exc, HeemangError):
                from heemang_desktop.logs import log_unexpected

                log_unexpected("full re-sync failed unexpectedly", exc)
            self.resync_done.emit(exc)
            return
        self.resync_done.emit(report)
        self.run()

    @Slot()
    def stop(self) -> None:
        self.stopping = True
        if self.timer is not None:
            # Stopped and freed here, on its own thread: a timer left to Python's collector would be
            # destroyed from the GUI thread after this thread has ended.
            self.timer.stop()
            self.timer.setParent(None)
            self.timer = None
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None


class SyncController(QObject):
    """Owns the sync thread. The thread starts only once a server is configured (at start-up, or
    after the login dialog), so a PC that never syncs runs no extra thread."""

    _start = Signal()
    _run = Signal()
    _login = Signal(str, str, str, bool)
    _resync = Signal()
    _stop = Signal()
    updated = Signal(object)  # SyncView, on the GUI thread

    def __init__(self, window, paths):
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.view: SyncView | None = None
        self.thread: QThread | None = None
        self.worker: SyncWorker | None = None
        window.status.sync_now.connect(self.sync_now)
        window.status.settings.connect(self.open_login)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if window.session is not None and window.session.server_url:
            self.ensure_started()

    def ensure_started(self) -> None:
        if self.thread is not None:
            return
        self.thread = QThread()
        self.thread.setObjectName("heemang-sync")
        self.worker = SyncWorker(self.paths)
        self.worker.moveToThread(self.thread)
        self._start.connect(self.worker.start)
        self._run.connect(self.worker.run)
        self._login.connect(self.worker.login)
        self._resync.connect(self.worker.resync)
        # Blocking: stop() must have run (timer stopped, connection closed) before the thread is told
        # to quit; a queued call could be overtaken by quit() and never run.
        self._stop.connect(self.worker.stop, Qt.ConnectionType.BlockingQueuedConnection)
        self.worker.finished.connect(self._show)
        self.thread.start()
        _LIVE.add(self)
        self._start.emit()

    def full_resync(self) -> None:
        """Start 전체 다시 받기 on the sync thread; `worker.resync_done` brings the report."""
        self.ensure_started()
        self._resync.emit()

    def sync_now(self) -> None:
        if self.thread is None:
            self.open_login()
        else:
            self._run.emit()

    def _show(self, view: SyncView) -> None:
        from heemang_desktop.gui.status_bar import OFFLINE

        self.view = view
        bar = self.window.status
        detail = view.error or ""
        if not view.configured:
            detail = self.tr("중앙 서비스 주소가 설정되지 않았습니다. 이 PC에만 저장합니다.")
        elif view.needs_login:
            detail = self.tr("중앙 서비스에 다시 로그인해야 합니다. [동기화 설정]을 누르세요.")
        bar.set_connection(view.state if view.configured else OFFLINE, view.until, detail)
        bar.set_figures(view.queued, view.last_sync)
        bar.set_problems(view.conflicts, view.rejected, view.quarantined)
        if view.changes:
            self.window.data_changed.emit(view.changes, None)
        self.updated.emit(view)

    def open_login(self) -> None:
        from heemang_desktop.gui.sync.login_dialog import SyncLoginDialog

        session = self.window.session
        dialog = SyncLoginDialog(session.facility.code if session else "", self.window)
        if session is not None:
            dialog.server_url.setText(session.server_url)
        self.ensure_started()
        dialog.submit_handler = lambda url, user, pw, save: self._login.emit(url, user, pw, save)

        def done(error):
            self.worker.login_done.disconnect(done)
            if error is None:
                dialog.accept()
            else:
                dialog.failed(error)

        self.worker.login_done.connect(done)
        dialog.open()
        self.dialog = dialog

    def shutdown(self) -> None:
        """Stop the sync thread and wait for it, however long its request takes (the transport's
        timeouts bound it): a QThread dropped while it runs aborts the whole process."""
        if self.thread is None:
            return
        self.worker.stopping = True  # the engine checks this between batches: no new request starts
        self.worker.finished.disconnect(self._show)  # a last report must not reach a closing window
        self._stop.emit()
        self.thread.quit()
        self.thread.wait()
        self.thread = None
        _LIVE.discard(self)


_LIVE: set[SyncController] = set()  # a running QThread must never be garbage-collected (Qt aborts)


def attach(window, paths) -> SyncController:
    """Start background sync for the open store; the status bar follows it. Once per window."""
    if getattr(window, "sync", None) is not None:
        return window.sync
    controller = SyncController(window, paths)
    window.sync = controller
    return controller
