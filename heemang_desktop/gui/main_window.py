"""The main window: navigation tree, work area, status bar. Painted before the store is opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from heemang_desktop.gui.status_bar import MAINTENANCE, OFFLINE, ONLINE, SyncStatusBar

# Roles, menus and the page registry (JSON, dataclasses) are imported where used, after the
# first paint: start-up shows the window before it reads anything.


class MainWindow(QMainWindow):
    first_painted = Signal()  # the store opens after this, so the window is never held up by it
    data_changed = Signal(object, object)  # (Changes, initiator page or None): open views reload

    def __init__(self, worker):
        super().__init__()
        self._painted = False
        self.worker = worker
        self.session = None  # SessionInfo once the store is open
        self.setWindowTitle("Heemang Desktop")
        self.resize(1200, 760)
        self.nav = None  # the work area is built right after the first paint (see below)
        self.stack = None
        self.loading = QLabel(self.tr("데이터를 여는 중…"))
        # Centred by style sheet: touching PySide's `Qt` namespace here would create its ~95 enum
        # types before the first paint (27 ms measured); the tree after it needs them anyway.
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(self.loading)
        self.status = SyncStatusBar()
        self.setStatusBar(self.status)
        self.pages: dict[str, object] = {}
        self.sync = None  # the SyncController, once the store is open (gui/sync/controller.py)
        self.folder_lock = None  # held from before the store opens until the window closes
        self.instance = None  # answers later launches on the same folder (gui/single_instance.py)
        worker.unhandled.connect(self.show_error)
        self.data_changed.connect(lambda *_: self.refresh_figures())  # a save or a pull: the queue count follows
        self.first_painted.connect(self.build_work_area)  # connected first: runs before the store opens

    def build_work_area(self) -> None:
        """Navigation tree, page stack and shortcuts. Made after the first paint: these Qt classes
        cost ~30-40 ms on first use (PySide creates their enums lazily), and there is nothing to
        list in them until the store is open anyway."""
        if self.nav is not None:
            return
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QSplitter, QStackedWidget

        from heemang_desktop.gui.navigation import NavigationTree

        self.nav = NavigationTree()
        self.stack = QStackedWidget()
        self.takeCentralWidget()
        self.stack.addWidget(self.loading)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 970])
        self.setCentralWidget(splitter)
        self.nav.page_chosen.connect(self.open_page)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.nav.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh_figures)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- session -------------------------------------------------------------------------
    def set_session(self, info) -> None:
        """The store is open and we know who is working: show their menus and the figures."""
        self.build_work_area()
        self.session = info
        f = info.facility
        self.setWindowTitle(f"Heemang Desktop — {f.name} ({f.code})")
        self.status.set_figures(info.figures.queued, info.figures.last_sync)
        self.status.set_problems(info.figures.conflicts, info.figures.rejected, info.figures.quarantined)
        self.status.follow_calendar(self)  # 중단 기간: the current or next outage window
        if info.actor is not None:
            from heemang_desktop.users import service as roles

            role = roles.roles().get(info.actor.role)
            self.status.set_who(f"{info.actor.name} · {role.label if role else info.actor.role}")
            self.nav.set_role(info.actor.role)
            if self.stack.currentWidget() is self.loading:
                first = self.nav.page_ids()[:1]
                if first:
                    self.nav.select_page(first[0])
        if not info.server_url:
            self.status.set_connection(OFFLINE, detail=self.tr("중앙 서비스 주소가 설정되지 않았습니다. "
                                                               "이 PC에만 저장합니다."))

    def set_connection(self, state: str, until: str | None = None, detail: str = "") -> None:
        self.status.set_connection({"online": ONLINE, "maintenance": MAINTENANCE}.get(state, OFFLINE), until, detail)

    def refresh_figures(self) -> None:
        if self.session is None:
            return
        from heemang_desktop.gui.session import figures

        self.worker.call(figures, on_done=self._figures, on_error=lambda e: None)

    def _figures(self, figs) -> None:
        from dataclasses import replace

        self.session = replace(self.session, figures=figs)
        self.status.set_figures(figs.queued, figs.last_sync)
        self.status.set_problems(figs.conflicts, figs.rejected, figs.quarantined)

    # -- pages ---------------------------------------------------------------------------
    def open_page(self, page_id: str) -> None:
        if self.session is None or self.session.actor is None:
            return
        from heemang_desktop.users import service as roles

        from heemang_desktop.gui.pages.registry import page_class

        if not roles.may_open(self.session.actor.role, page_id):
            return
        page = self.pages.get(page_id)
        if page is None:
            label = next(
                (p.label for m in roles.menu_tree() for p in m.pages if p.id == page_id), page_id
            )
            page = page_class(page_id)(self, page_id, QCoreApplication.translate("menu", label))
            self.pages[page_id] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.activated()
        page.refresh_if_stale()

    def current_page_id(self) -> str | None:
        widget = self.stack.currentWidget() if self.stack is not None else None
        return getattr(widget, "page_id", None)

    def show_error(self, error) -> None:
        from PySide6.QtWidgets import QMessageBox

        from heemang_desktop.store.errors import HeemangError

        if isinstance(error, HeemangError):
            QMessageBox.warning(self, self.tr("알림"), str(error))
        else:
            from heemang_desktop.logs import log_unexpected, mask

            log_unexpected("unexpected error in the window", error)
            # A bug's message may carry a value (a resident number): masked as the log masks it.
            detail = mask(getattr(error, "__traceback_text__", ""))
            text = self.tr("예상하지 못한 오류가 났습니다. 저장된 자료는 안전합니다.\n{0}").format(mask(str(error)))
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("오류"), text, parent=self)
            box.setDetailedText(detail)
            box.exec()

    # -- the data folder --------------------------------------------------------------------
    def hold_folder(self, lock, data_dir) -> None:
        """Keep the folder's lock for the window's life, and bring this window to the front when
        someone launches the app again on the same folder."""
        from heemang_desktop.gui.single_instance import InstanceServer

        self.folder_lock = lock
        self.instance = InstanceServer(data_dir, self)
        self.instance.raise_requested.connect(self.bring_to_front)
        self.instance.listen()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def release(self) -> None:
        """Stop the sync and database threads (each closes its own connection on its own thread),
        then give up the folder. Nothing of the window's may touch the store after this."""
        if self.instance is not None:
            self.instance.close()  # first: a launch meanwhile must not hand over to a closing window
        for page in self.pages.values():
            page.closing()
        if self.sync is not None:
            self.sync.shutdown()
        self.worker.shutdown()
        if self.folder_lock is not None:
            self.folder_lock.release()

    def closeEvent(self, event) -> None:
        self.hide()  # gone at once; a sync request in flight may take a moment to end
        self.release()
        super().closeEvent(event)
