"""The value mappings the facility remembered for one upload kind, with a way to forget one: a remembered
value maps by itself and never reaches the mapping step again, so a wrong choice is undone here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from heemang_desktop.excel.mappings import forget_mappings, mappings_for

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine


class RememberedMappingsDialog(QDialog):
    def __init__(self, kind: str, title: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.rows: list[tuple[str, str, str]] = []  # (column, as written, value), as shown
        self.setWindowTitle(self.tr("{0} — 기억한 값 맞춤").format(title))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("이 시설에서 기억한 값 맞춤입니다. 잊으면 다음 파일에서 그 값을 다시 고릅니다."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("열"), self.tr("적힌 값"), self.tr("→ 바꿀 값")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.forget_button = QPushButton(self.tr("선택한 맞춤 잊기(&F)"))
        self.forget_button.clicked.connect(self.forget_selected)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        Op(self, lambda ctx: mappings_for(ctx, self.kind)).success(self._show).run()

    def _show(self, mappings: dict) -> None:
        self.rows = [(c, w, v) for c, values in mappings.items() for w, v in values.items()]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text or self.tr("(빈 칸)")))
        self.forget_button.setEnabled(bool(self.rows))

    def forget_selected(self) -> None:
        picked = sorted({i.row() for i in self.table.selectedIndexes()})
        if not picked:
            self.message.show_error(self.tr("잊을 맞춤을 고르세요."))
            return
        gone = [(self.rows[r][0], self.rows[r][1]) for r in picked]
        Op(self, lambda ctx: forget_mappings(ctx, self.kind, gone)).success(self._forgotten).run()

    def _forgotten(self, count: int) -> None:
        self.reload()
        self.message.show_ok(self.tr("{0}개를 잊었습니다. 다음 파일에서 그 값을 다시 고릅니다.").format(count))
