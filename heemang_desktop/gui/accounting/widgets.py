"""Entry widgets for accounting screens: amounts typed as digits and shown with commas; the lines grid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AmountEdit(QLineEdit):
    """Whole won: the user types digits, the field shows 1,234,000."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        shown = f"{int(digits):,}" if digits else ""
        if shown != text:
            self.setText(shown)

    def value(self) -> int | None:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText(f"{value:,}" if value else "")


class LinesEditor(QWidget):
    """Budget-account lines: 과목코드 (with name completion) · 금액 · 비고, as many rows as needed."""

    changed = Signal()
    submitted = Signal()  # Enter in any field

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for c, text in enumerate([self.tr("예산과목 코드"), self.tr("과목명"), self.tr("금액"), self.tr("비고")]):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, c)
        self.rows: list[tuple[QLineEdit, QLabel, AmountEdit, QLineEdit]] = []
        self.names: dict[str, str] = {}
        self.add_button = QPushButton(self.tr("줄 추가(&L)"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.completer_words: list[str] = []
        for _ in range(3):
            self.add_row()

    def set_accounts(self, names: dict[str, str]) -> None:
        self.names = names
        self.completer_words = list(names)
        for code, *_ in self.rows:
            code.setCompleter(QCompleter(self.completer_words, code))
        self._refresh_names()

    def add_row(self, focus: bool = False) -> None:
        code, name, amount, note = QLineEdit(), QLabel(), AmountEdit(), QLineEdit()
        code.setMaximumWidth(110)
        name.setMinimumWidth(140)
        if self.completer_words:
            code.setCompleter(QCompleter(self.completer_words, code))
        r = len(self.rows) + 1
        self.grid.removeWidget(self.add_button)
        for c, w in enumerate((code, name, amount, note)):
            self.grid.addWidget(w, r, c)
        self.grid.addWidget(self.add_button, r + 1, 0)
        code.textChanged.connect(self._refresh_names)
        amount.textChanged.connect(lambda _t: self.changed.emit())
        for w in (code, amount, note):
            w.returnPressed.connect(self.submitted.emit)
        if self.rows:  # keyboard order: each row after the previous one
            QWidget.setTabOrder(self.rows[-1][3], code)
        QWidget.setTabOrder(code, amount)
        QWidget.setTabOrder(amount, note)
        self.rows.append((code, name, amount, note))
        if focus:
            code.setFocus()

    def _refresh_names(self) -> None:
        for code, name, _a, _n in self.rows:
            name.setText(self.names.get(code.text().strip(), ""))
        self.changed.emit()

    def lines(self):
        """Filled rows as LineInput; a row with neither code nor amount is skipped."""
        from heemang_desktop.accounting.service import LineInput

        out = []
        for code, _name, amount, note in self.rows:
            if code.text().strip() or amount.value():
                out.append(LineInput(code.text().strip(), amount.value() or 0, note.text().strip()))
        return out

    def total(self) -> int:
        return sum(a.value() or 0 for _c, _n, a, _no in self.rows)

    def set_lines(self, lines) -> None:
        while len(self.rows) < max(3, len(lines)):
            self.add_row()
        for i, (code, _name, amount, note) in enumerate(self.rows):
            line = lines[i] if i < len(lines) else None
            code.setText(line.account_code if line else "")
            amount.set_value(line.amount if line else None)
            note.setText(line.note if line else "")
        self._refresh_names()

    def first_field(self) -> QLineEdit:
        return self.rows[0][0]
