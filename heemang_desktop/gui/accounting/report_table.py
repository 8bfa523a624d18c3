"""A read-only table showing a core `Report` (bold subtotal rows, amounts right-aligned with commas)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from heemang_desktop.accounting.service import cell_text


class ReportTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 0, parent)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, headers, rows, money_columns=(), emphasis=()) -> None:
        money = {headers.index(h) for h in money_columns}
        bold = QFont()
        bold.setBold(True)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if c in money:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r in emphasis:
                    item.setFont(bold)
                self.setItem(r, c, item)
