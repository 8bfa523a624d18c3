"""Starting the GUI: paint the window first, then open the store on the database worker.

Order: window shown -> (setup dialog on a new data folder) -> store opened on the worker ->
(who is working, on a shared PC) -> (recovery code, when the key is not in this keyring) -> menus.
"""

from __future__ import annotations

import os
import sys

from heemang_desktop.resources import resource_path


def _app(screenshot: bool, language: str = "ko"):
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Heemang Desktop")
    app.setOrganizationName("Heemang")
    app.setWindowIcon(QIcon(str(resource_path("icons", "heemang.svg"))))
    from heemang_desktop.gui.worker import shutdown_all

    app.aboutToQuit.connect(shutdown_all)
    from heemang_desktop.gui.qt_language import install_qt_translation, use_translated_file_dialogs
    from heemang_desktop.gui.qt_messages import route_qt_messages

    route_qt_messages()

    install_qt_translation(app, language)
    use_translated_file_dialogs()
    install_translator(app, language)
    return app


def install_translator(app, language: str) -> bool:
    """Korean is the source language; another (e.g. "en") loads `resources/translations/heemang_<lang>.qm`."""
    if language in ("", "ko"):
        return False
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)
    if not translator.load(f"heemang_{language}", str(resource_path("translations"))):
        return False
    app.installTranslator(translator)
    return True


def ui_language(paths) -> str:
    """HEEMANG_LANG, else the `language` in settings.json, else Korean."""
    from heemang_desktop.settings import Settings

    return os.environ.get("HEEMANG_LANG") or Settings.load(paths).extra.get("language", "ko")


HOME_PAGE = "my_work.home"  # 나의업무: where a first run ends
RETRY_MS = 500  # how often a window waiting for the data folder tries its lock again


def waiting_text(holder: dict | None) -> str:
    """What a window waiting for its data folder says, by who holds the folder."""
    import socket

    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    owner, host = (holder or {}).get("owner"), (holder or {}).get("host")
    if owner == "cli":
        return tr("Startup", "명령줄 작업이 이 데이터 폴더를 쓰고 있습니다. 작업이 끝나면 바로 엽니다…")
    if owner == "gui" and host and host != socket.gethostname():
        return tr("Startup", "이 데이터 폴더는 다른 PC({0})의 창에서 열려 있습니다. "
                             "그 창이 닫히면 바로 엽니다…").format(host)
    if owner == "gui":
        return tr("Startup", "이 데이터 폴더는 다른 창에서 열려 있습니다. 그 창이 닫히면 바로 엽니다…")
    return tr("Startup", "다른 프로그램이 이 데이터 폴더를 쓰고 있습니다. 끝나면 바로 엽니다…")


def window_of_another_process_here(holder: dict | None) -> bool:
    """The folder's holder is a window of another process on this PC: one a local socket reaches
    (a window on another PC, through a shared folder, is not)."""
    import socket

    if not holder or holder.get("owner") != "gui" or holder.get("pid") == os.getpid():
        return False
    return holder.get("host") in (None, socket.gethostname())


def hand_over(paths) -> bool:
    """A window of another process holds this folder: bring it to the front instead of opening a
    second one. False when no window holds it, or it does not answer (this launch then waits)."""
    from heemang_desktop.store.folder_lock import FolderLock

    if not window_of_another_process_here(FolderLock(paths.data_dir).holder()):
        return False
    import time

    from heemang_desktop.gui.single_instance import ask_first_window

    for _ in range(10):  # a window just started listens right after taking the lock
        if ask_first_window(paths.data_dir, 1000):
            return True
        time.sleep(0.3)
    return False


class Startup:
    """Drives the start-up steps; `ready` is called with the SessionInfo when the user can work."""

    def __init__(self, window, paths, on_ready=None, interactive: bool = True, on_failed=None, headless: bool = False):
        self.headless = headless  # screenshots: sign in as the CLI does, never wait for a person
        self.window = window
        self.paths = paths
        self.on_ready = on_ready
        self.on_failed = on_failed
        self.interactive = interactive
        self.dialog = None
        self.early_shown = False

    def start(self) -> None:
        if not self._hold_folder():
            return
        if not self.paths.database.exists():
            self._setup()
        else:
            from heemang_desktop.gui.session import open_session

            self.show_early_figures()
            self.window.worker.run_raw(open_session, self.paths, self.headless,
                                       on_done=self._opened, on_error=self._open_failed)

    def show_early_figures(self) -> None:
        """The queue's figures in the status bar, read with sqlite3 alone on this thread (~30 ms for
        100,000 queued changes; a locked file gives up after 0.2 s) and painted at once: SQLAlchemy's
        import and the store's checks take 0.3 s and more, and the work area's first use of them
        blocks this thread anyway."""
        if self.early_shown or self.window.session is not None or not self.paths.database.exists():
            return
        from heemang_desktop.status import early_figures

        self.early_shown = True
        figs = early_figures(self.paths.database)
        if figs is not None:
            self.window.status.set_figures(figs.queued, figs.last_sync)
            self.window.status.set_problems(figs.conflicts, figs.rejected, figs.quarantined)
            self.window.status.repaint()  # now, not after the work area is built

    def _hold_folder(self) -> bool:
        """Take the data folder's lock before anything opens the store (one writer process per
        folder). While another process holds it, say who and try again; headless fails at once."""
        if self.window.folder_lock is not None:
            return True
        from heemang_desktop.store.errors import FolderBusy
        from heemang_desktop.store.folder_lock import FolderLock

        lock = FolderLock(self.paths.data_dir)
        if lock.try_acquire("gui"):
            self.window.hold_folder(lock, self.paths.data_dir)
            return True
        holder = lock.holder()
        if self.headless:
            self._open_failed(FolderBusy(holder))
            return False
        if self._first_window_answers(holder):
            self.window.close()  # it came to the front: this launch ends (the app quits with it)
            return False
        self.window.loading.setText(waiting_text(holder))
        from PySide6.QtCore import QTimer

        QTimer.singleShot(RETRY_MS, self.window, self._retry)
        return False

    def _first_window_answers(self, holder) -> bool:
        """A window of another process on this PC that did not answer at launch (still starting,
        or busy) may answer now; one short try per retry, so waiting stays responsive."""
        if not window_of_another_process_here(holder):
            return False
        from heemang_desktop.gui.single_instance import ask_first_window

        return ask_first_window(self.paths.data_dir, 200)

    def _retry(self) -> None:
        if self.window.isVisible():  # a window closed while waiting opens nothing
            self.start()

    def _setup(self) -> None:
        """A new folder: make sure this PC has a keyring first (the key goes there), then ask."""
        self.window.worker.run_raw(_check_keyring, on_done=lambda _ok: self._setup_form(),
                                   on_error=self._open_failed)

    def _setup_form(self) -> None:
        from heemang_desktop.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.paths, self.window.worker, self.window)
        self.dialog = wizard
        # a lambda, not the bound method: PySide keeps it (and so this driver) alive with the wizard
        wizard.finished_setup.connect(lambda info: self._set_up(info))
        wizard.rejected.connect(self.window.close)
        wizard.open()

    def _set_up(self, _info) -> None:
        """The wizard may have kept a central-service login: read the session again, then open 나의업무."""
        from heemang_desktop.gui.session import session_info

        def opened(info) -> None:
            self._opened(info)
            if self.window.nav is not None:
                self.window.nav.select_page(HOME_PAGE)

        self.window.worker.call(session_info, on_done=opened, on_error=self._open_failed)

    def _open_failed(self, error) -> None:
        from heemang_desktop.store.errors import MigrationFailed

        if isinstance(error, MigrationFailed) and not self.headless:
            # The file is as it was before (store/migrate.undo_failed_upgrade): show it read-only.
            from heemang_desktop.gui.upgrade_failed import show_read_only

            show_read_only(self.window, self.paths, error)
            return
        self.window.loading.setText(str(error))
        if self.interactive:
            self.window.show_error(error)
        elif self.on_failed:
            self.on_failed(error)

    def _opened(self, info) -> None:
        self.window.set_session(info)
        if info.actor is None:
            self._login(info)
        elif info.key_state == "missing" and self.interactive:
            self._unlock()
        else:
            self._ready(info)

    def _login(self, info) -> None:
        from heemang_desktop.gui.dialogs import LoginDialog
        from heemang_desktop.gui.session import sign_in

        dialog = LoginDialog(info.users, self.window)
        self.dialog = dialog
        dialog.submit_handler = lambda login_id, pw: self.window.worker.call(
            sign_in, login_id, pw, on_done=lambda i: (dialog.accept(), self._opened(i)), on_error=dialog.failed
        )
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _unlock(self) -> None:
        from heemang_desktop.gui.dialogs import UnlockDialog
        from heemang_desktop.gui.session import unlock

        dialog = UnlockDialog(self.window)
        self.dialog = dialog
        dialog.submit_handler = lambda code: self.window.worker.call(
            unlock, code, on_done=lambda i: (dialog.accept(), self._ready(i)), on_error=dialog.failed
        )
        dialog.rejected.connect(lambda: self._ready(self.window.session))
        dialog.open()

    def _ready(self, info) -> None:
        self.window.set_session(info)
        if info.key_state == "no_keyring":
            from heemang_desktop.store.keystore import KeyringUnavailable

            self.window.status.showMessage(str(KeyringUnavailable()).split(".")[0], 15000)
        from heemang_desktop.gui.session import load_models

        attach = lambda _=None: self._attach_sync(info)  # noqa: E731
        self.window.worker.call(load_models, on_done=attach, on_error=attach)

    def _attach_sync(self, info) -> None:
        from heemang_desktop.gui.sync.controller import attach

        if not self.headless:  # a screenshot shows the store; it must not send the queue
            attach(self.window, self.paths)
        if self.on_ready:
            self.on_ready(info)


def _check_keyring(_executor) -> None:
    # On the database thread: a Secret Service that does not answer may take D-Bus's timeout.
    from heemang_desktop.store.keystore import check_available

    check_available()


def build(paths, interactive: bool = True, on_ready=None, on_failed=None, headless: bool = False):
    """Window, worker and start-up driver (used by run_gui and by the GUI tests)."""
    from heemang_desktop.gui.main_window import MainWindow
    from heemang_desktop.gui.worker import DbWorker

    worker = DbWorker()
    window = MainWindow(worker)
    startup = Startup(window, paths, on_ready=on_ready, interactive=interactive, on_failed=on_failed, headless=headless)
    return window, startup


def run_gui(paths, screenshot: str | None = None, page: str | None = None) -> int:
    app = _app(bool(screenshot), ui_language(paths))
    from PySide6.QtCore import qVersion

    from heemang_desktop import logs

    logs.started("gui" + (" screenshot" if screenshot else ""), qt=qVersion())
    if screenshot:
        return _screenshot(app, paths, screenshot, page)
    if hand_over(paths):
        return 0
    window, startup = build(paths)
    close_on_signals(app, window)
    if os.environ.get(TRACE_ENV):
        trace_startup(app, window, startup, os.environ[TRACE_ENV])
    show_then_start(window, startup)
    code = app.exec()
    dispose(window)
    return code


TRACE_ENV = "HEEMANG_STARTUP_TRACE"  # a file: the start-up benchmark times the frozen app with it


def trace_startup(app, window, startup, out: str) -> None:
    """Write when the window first painted, showed the queue's figures and was ready to use
    (time.monotonic(), the same clock in the launching process), then quit: how
    tests/bench/bench_startup.py times a binary it cannot import."""
    import json
    import time

    from PySide6.QtCore import QEvent, QObject

    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("painted", time.monotonic())
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    shown = window.status.set_figures

    def figures(*args) -> None:
        shown(*args)
        marks.setdefault("figures", time.monotonic())

    window.status.set_figures = figures

    def finish(**more) -> None:
        with open(out, "w", encoding="utf-8") as fh:
            json.dump({**marks, **more}, fh, ensure_ascii=False)
        window.close()
        app.quit()

    def ready(info) -> None:
        marks["ready"] = time.monotonic()
        finish(queued=info.figures.queued)

    startup.on_ready = ready
    startup.interactive = False  # a message box would wait for a click nobody makes
    startup.on_failed = lambda error: finish(error=str(error))


def close_on_signals(app, window) -> None:
    """Ctrl+C in the terminal that started the window, or SIGTERM from a logout or `kill`: close the
    window as its X button does (threads stopped, store closed, folder released). Before, Ctrl+C was
    ignored and SIGTERM ended the process mid-work. Qt's loop runs no Python between events, so a
    timer lets the interpreter look at pending signals."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_):
        QTimer.singleShot(0, lambda: (window.close(), app.quit()))

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, close)
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(250)


def dispose(window) -> None:
    """After the event loop: threads stopped and the folder released (if the app quit without the
    window closing), then the window's Qt objects deleted now, while the interpreter is whole. Left
    to exit-time collection they die in no set order, after PySide's own clean-up has begun."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    window.release()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def show_then_start(window, startup) -> None:
    """Paint the window first; right after that paint the queue's figures (before the work area is
    built, which imports SQLAlchemy on this thread); opening the store (heavy imports on the worker)
    follows."""
    _after_first_paint(window, startup.show_early_figures)
    window.first_painted.connect(startup.start)
    window.show()


def _after_first_paint(window, fn) -> None:
    """Call `fn` once, as soon as the window's first paint is done: read before it, the figures
    would hold the first paint back by their ~30 ms."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, fn)  # registered before the window's own first_painted timer
            return False

    window.installEventFilter(FirstPaint(window))


def korean_fonts() -> list[str]:
    """Font families that can draw Hangul: without one every Korean word shows as boxes."""
    from PySide6.QtGui import QFontDatabase

    return QFontDatabase.families(QFontDatabase.WritingSystem.Korean)


SETTLE_QUIET_MS = 150  # idle this long: a load's answer that starts another (a 0 ms timer, a detail) has run
SETTLE_BOUND_MS = 8000  # a page that never settles (a periodic reload) is grabbed anyway
SCREENSHOT_BOUND_MS = 60000  # the whole run: a window that never paints ends with a message


def when_settled(worker, fn) -> None:
    """Call `fn` once the database worker has had no call waiting for SETTLE_QUIET_MS (its answers
    delivered, so the page shows its rows, not "불러오는 중"), or after SETTLE_BOUND_MS whatever it is
    doing. A fixed delay grabbed 나의업무 before its first list, which reads every feature, had come back."""
    import time

    from PySide6.QtCore import QTimer

    quiet_ms, bound_ms = SETTLE_QUIET_MS, SETTLE_BOUND_MS
    start = quiet_since = time.monotonic()
    timer = QTimer(worker)

    def tick() -> None:
        nonlocal quiet_since
        now = time.monotonic()
        if not worker.idle():
            quiet_since = now
        if (now - quiet_since) * 1000 >= quiet_ms or (now - start) * 1000 >= bound_ms:
            timer.stop()
            timer.deleteLater()
            fn()

    timer.timeout.connect(tick)
    timer.start(25)


def _screenshot(app, paths, out: str, page: str | None) -> int:
    """Render the main window (or one page, or the setup dialog on a new folder) offscreen and save it."""
    from PySide6.QtCore import QTimer

    result = {"code": 1}

    def save(widget) -> None:
        app.processEvents()
        if not korean_fonts():
            failed("한글 글꼴이 없어 화면의 한글이 네모로 나옵니다: 한글 글꼴(예: 나눔고딕)을 설치하세요")
            return
        ok = widget.grab().save(out)
        result["code"] = 0 if ok else 1
        print(out if ok else f"오류: 저장하지 못했습니다: {out}", file=sys.stdout if ok else sys.stderr)
        window.worker.shutdown()
        app.quit()

    def ready(_info) -> None:
        if page and not window.nav.select_page(page):
            failed(f"이 사용자가 열 수 없거나 없는 화면입니다: {page}")
            return
        # Pages load their rows on the worker: grab once those loads have answered.
        when_settled(window.worker, lambda: save(window))

    def failed(error) -> None:
        print(f"오류: {error}", file=sys.stderr)
        window.worker.shutdown()
        QTimer.singleShot(0, app.quit)  # may fail before the loop runs (a busy folder): quit from inside it

    window, startup = build(paths, interactive=False, on_ready=ready, on_failed=failed, headless=True)
    window.show()
    startup.start()
    # A timer object stopped when the run ends: a bare singleShot outlived the run and, called in a
    # process that goes on (the tests), quit its event loop a minute later.
    bound = QTimer()
    bound.setSingleShot(True)
    bound.timeout.connect(lambda: failed("60초 안에 화면을 그리지 못했습니다"))
    bound.start(SCREENSHOT_BOUND_MS)
    if not paths.database.exists() and window.folder_lock is not None:
        # A new folder: the setup form opens once the worker's keyring check answers (without a
        # keyring, failed() ends the run). Returning early left that thread running: Qt aborted.
        def shoot_setup() -> None:
            if startup.dialog is not None:
                save(startup.dialog)
            else:
                QTimer.singleShot(50, shoot_setup)

        QTimer.singleShot(100, shoot_setup)
    app.exec()
    bound.stop()
    dispose(window)
    return result["code"]
