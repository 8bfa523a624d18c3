"""The payroll screens' error line: what the user must fix shows where they work (inside a dialog, not
behind it; on the page, not in a box). Op (gui/operation.py) routes a user error to a page's `message`."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class ErrorLine(QLabel):
    def __init__(self):
        super().__init__()
        self.setObjectName("error")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error) -> None:
        self.setText(str(error))
        self.show()

    def clear(self) -> None:
        self.setText("")
        self.hide()
