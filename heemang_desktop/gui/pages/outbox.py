"""나의업무 > 전송 대기 목록: every change still waiting for the central service, oldest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.status_bar import seoul_text

_OPS = {"upsert": "저장", "delete": "삭제"}
_STATES = {"queued": "대기", "rejected": "거부됨", "conflict": "충돌", "applied": "전송됨"}


class OutboxPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.summary = QLabel()
        self.layout_.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("순번"), self.tr("기록 종류"), self.tr("작업"), self.tr("입력자"), self.tr("입력 시각"), self.tr("상태")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table)

    def activated(self) -> None:
        from heemang_desktop.sync.queue import list_changes

        self.worker.call(list_changes, ("queued", "rejected", "conflict"), on_done=self._show, on_error=self.show_error)

    def _show(self, rows) -> None:
        self.summary.setText(self.tr("중앙 서비스로 보낼 변경 {0}건").format(f"{len(rows):,}"))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                str(row.seq),
                row.entity_label,
                _OPS.get(row.op, row.op),
                row.user_id,
                seoul_text(row.created_at.isoformat()),
                _STATES.get(row.state, row.state) + (f" — {row.last_error}" if row.last_error else ""),
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
