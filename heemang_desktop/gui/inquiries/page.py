"""질의하기 > 질의 목록: the facility's inquiries with their status and the help desk's replies."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
)

from heemang_desktop.inquiries import service

from heemang_desktop.gui.inquiries.composer import Composer
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine


class InquiriesPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.rows: list = []
        self.composer: Composer | None = None
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("새 질의(&N)"))
        self.new_button.clicked.connect(self.compose)
        top.addWidget(self.new_button)
        self.message = MessageLine()
        top.addWidget(self.message, 1)
        self.layout_.addLayout(top)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("작성일시"), self.tr("종류"), self.tr("업무분류"),
                                              self.tr("제목"), self.tr("상태"), self.tr("답변")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 260])
        self.layout_.addWidget(split, 1)
        self.watch("inquiry", "inquiry_reply")

    def activated(self) -> None:
        Op(self, service.list_inquiries).success(self._show).run()

    def _show(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [f"{row.created_at:%Y-%m-%d %H:%M}", row.kind, row.category, row.title, row.status,
                     self.tr("{0}건").format(len(row.replies)) if row.replies else ""]
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_detail()

    def _show_detail(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            self.detail.clear()
            return
        row = self.rows[r]
        parts = [f"<h3>{escape(row.title)}</h3>",
                 f"<p style='color:#555'>{escape(row.kind)} · {escape(row.category or self.tr('업무분류 없음'))} · "
                 f"{escape(row.status)}</p>",
                 f"<p style='white-space:pre-wrap'>{escape(row.content)}</p>"]
        if row.held:
            parts.insert(2, f"<p style='color:#b00020'>{escape(row.held)}</p>")
        if row.has_private:
            parts.append(f"<p style='color:#555'>{self.tr('대상자 정보(비공개): 암호화해 보관, 상담원만 봄')}</p>")
        if row.attachments:
            parts.append(f"<p>{self.tr('첨부')}: {escape(', '.join(row.attachments))}</p>")
        for x in row.replies:
            parts.append(f"<hr><p><b>{self.tr('답변')} · {escape(x.status)}</b> {x.replied_at:%Y-%m-%d %H:%M} "
                         f"{escape(x.replied_by)}</p><p style='white-space:pre-wrap'>{escape(x.body)}</p>")
        if not row.replies:
            parts.append(f"<hr><p style='color:#555'>{self.tr('아직 답변이 없습니다.')}</p>")
        self.detail.setHtml("".join(parts))

    def compose(self) -> Composer:
        self.message.clear()
        self.composer = Composer(self, self.window_)
        self.composer.open()
        return self.composer

    def sent(self, row) -> None:
        self.message.show_ok(self.tr("질의를 보낼 목록에 넣었습니다. "
                                     "중앙 서비스가 열려 있으면 다음 동기화 때 보냅니다."))
        self.changed()
