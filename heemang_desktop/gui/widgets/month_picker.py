"""A month picker (yyyy-MM) with the value as "YYYY-MM" text, the shape services take."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit


class MonthPicker(QDateEdit):
    month_changed = Signal(str)  # "2026-09"

    def __init__(self, month: str | None = None, parent=None):
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(True)
        self.set_month(month or date.today().strftime("%Y-%m"))
        self.dateChanged.connect(lambda _d: self.month_changed.emit(self.month()))

    def month(self) -> str:
        return self.date().toString("yyyy-MM")

    def set_month(self, month: str) -> None:
        year, mon = (int(x) for x in month.split("-"))
        self.setDate(QDate(year, mon, 1))
