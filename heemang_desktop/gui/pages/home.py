"""나의업무 > 업무 현황: what needs this user now (every feature's work items for the user's role,
most urgent first), and the facility, who is working and the sync queue at a glance.

An item opens the page that resolves it (double-click or Enter); the list reloads on every change
broadcast, so an item resolved on another page, or by a pull, is gone when the user comes back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from heemang_desktop.features import merged
from heemang_desktop.mywork import service as mywork
from heemang_desktop.users import service

from heemang_desktop.gui import status_bar
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.session import figures
from heemang_desktop.gui.status_bar import seoul_text

ITEM_ROLE = Qt.ItemDataRole.UserRole
_URGENCY = {mywork.OVERDUE: ("즉시", "#b00020"), mywork.URGENT: ("긴급", "#e65100"), mywork.SOON: ("예정", ""),
            mywork.NOTICE: ("알림", "#616161")}


class HomePage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
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

        self.heading = QLabel(self.tr("할 일을 불러오는 중…"))  # the first list reads every feature
        self.heading.setStyleSheet("font-weight: bold; padding-top: 10px;")
        self.layout_.addWidget(self.heading)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("할 일"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setWordWrap(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("구분"), self.tr("기한"), self.tr("할 일"), self.tr("근거")])
        header = self.list.header()
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 460)
        header.setStretchLastSection(True)
        # itemActivated: double-click, and Enter on the focused row
        self.list.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.layout_.addWidget(self.list, 1)
        self.hint = QLabel(self.tr("두 번 누르거나 Enter를 누르면 처리할 화면이 열립니다."))
        self.hint.setStyleSheet("color: #555;")
        self.layout_.addWidget(self.hint)
        self.items: list = []
        # Any synced write (here or pulled) may resolve an item or move the queue count; hidden, the
        # page reloads when shown (activated).
        self.watch(*merged("entities"))

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
        self.reload()

    def reload(self) -> None:
        on = status_bar.today()
        Op(self, figures).success(self._show_figures).run()
        # queued after whatever the caller queues next: at start-up that is the models' mapping the
        # sync thread waits for, and the first list (it imports every feature's door) must not hold it up
        QTimer.singleShot(0, self, lambda: Op(self, lambda ctx: mywork.items(ctx, on))
                          .success(lambda rows: self._show_items(on, rows)).run())

    def _show_figures(self, figs) -> None:
        self.queued.setText(self.tr("{0}건").format(f"{figs.queued:,}"))
        self.last_sync.setText(seoul_text(figs.last_sync) or self.tr("없음"))

    def _show_items(self, on: date, rows) -> None:
        keep = self.list.currentItem().data(0, ITEM_ROLE).key if self.list.currentItem() else None
        self.items = list(rows)
        self.heading.setText(self.tr("할 일 {0}건 ({1} 기준, 급한 것부터)").format(len(rows), mywork.day_label(on))
                             if rows else self.tr("지금 할 일이 없습니다 ({0} 기준).").format(mywork.day_label(on)))
        self.list.clear()
        for item in rows:
            label, color = _URGENCY.get(item.urgency, ("", ""))
            row = QTreeWidgetItem([self.tr(label), mywork.day_label(item.due), item.title, item.reason])
            row.setData(0, ITEM_ROLE, item)
            row.setToolTip(2, item.title)
            row.setToolTip(3, item.reason)
            if color:
                for col in (0, 1, 2):
                    row.setForeground(col, QBrush(QColor(color)))
            self.list.addTopLevelItem(row)
            if keep and item.key == keep:
                self.list.setCurrentItem(row)
        self.hint.setVisible(bool(rows))

    def open_item(self, row: QTreeWidgetItem | None) -> None:
        """The item's page, chosen in the menu too so the tree shows where the user is."""
        if row is None:
            return
        page = row.data(0, ITEM_ROLE).page
        if page == self.page_id:
            return
        nav = self.window_.nav
        if nav is None or not nav.select_page(page):
            self.window_.open_page(page)
