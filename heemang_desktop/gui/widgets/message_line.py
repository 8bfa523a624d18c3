"""A page's message line: what was saved (green) or what the user must fix (red), in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32;"
WARNING_STYLE = "color: #8a5300;"  # saved, but look again (personal data in text that leaves the PC)


class MessageLine(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageLine")

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(str(text))

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)

    def show_warning(self, text: str) -> None:
        self.setStyleSheet(WARNING_STYLE)
        self.setText(text)

    def clear(self) -> None:  # noqa: D102 - QLabel.clear, kept for symmetry
        super().clear()

    @property
    def is_error(self) -> bool:
        return self.styleSheet() == ERROR_STYLE and bool(self.text())
