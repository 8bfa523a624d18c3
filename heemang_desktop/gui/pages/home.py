"""나의업무 > 업무 현황: the facility, who is working, and the sync queue at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from heemang_desktop.users import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.session import figures
from heemang_desktop.gui.status_bar import seoul_text


class HomePage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        box = QWidget()
        form = QFormLayout(box)
        self.facility = QLabel()
        self.user = QLabel()
        self.queued = QLabel()
        self.last_sync = QLabel()
        self.database = QLabel()
        self.database.setWordWrap(True)
        form.addRow(self.tr("시설"), self.facility)
        form.addRow(self.tr("사용자"), self.user)
        form.addRow(self.tr("전송 대기"), self.queued)
        form.addRow(self.tr("마지막 동기화"), self.last_sync)
        form.addRow(self.tr("데이터 파일"), self.database)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        # Any synced write (here or pulled) moves the queue count and the last sync time; hidden, the
        # page reloads them when shown (activated).
        window.data_changed.connect(self._data_written)

    def activated(self) -> None:
        info = self.window_.session
        if info is None:
            return
        f = info.facility
        self.facility.setText(f"{f.name} ({f.code}, {f.type})")
        if info.actor:
            role = service.roles().get(info.actor.role)
            self.user.setText(f"{info.actor.name} ({info.actor.login_id}, {role.label if role else info.actor.role})")
        self._show_figures(info.figures)
        self.database.setText(info.database)
        self.reload_figures()

    def _data_written(self, changes, _initiator) -> None:
        if changes and self.isVisible():
            self.reload_figures()

    def reload_figures(self) -> None:
        Op(self, figures).success(self._show_figures).run()

    def _show_figures(self, figs) -> None:
        self.queued.setText(self.tr("{0}건").format(f"{figs.queued:,}"))
        self.last_sync.setText(seoul_text(figs.last_sync) or self.tr("없음"))
