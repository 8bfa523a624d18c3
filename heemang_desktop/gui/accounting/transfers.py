"""예산 전용 tab of 회계 > 예산 편성: enter a transfer between 세출 accounts, list the year's, cancel one.

The 과목전용조서 itself (screen, Excel, PDF) is a report on 장부·보고서.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.accounting import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.accounting.widgets import AmountEdit
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine

HEADERS = ["번호", "전용일자", "감액 과목", "증액 과목", "금액", "사유", "근거", "상태"]


def _load(ctx, year: int):
    return service.transfer_accounts(ctx, year), service.list_transfers(ctx, year)


class TransfersPanel(QWidget):
    def __init__(self, page, year_of):
        super().__init__()
        self.page, self.year_of = page, year_of
        self.names: dict[str, str] = {}
        self.rows: list = []
        form = QGridLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.source, self.target = QLineEdit(), QLineEdit()
        self.source.setPlaceholderText(self.tr("감액 과목코드"))
        self.target.setPlaceholderText(self.tr("증액 과목코드"))
        self.source_name, self.target_name = QLabel(), QLabel()
        self.amount = AmountEdit()
        self.basis = QComboBox()
        self.basis.addItem(self.tr("(같은 항 안: 근거 없음)"), "")
        for b in service.bases():
            self.basis.addItem(b, b)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("전용 사유"))
        self.save_button = QPushButton(self.tr("전용 저장(Enter)"))
        for c, (label, w) in enumerate(((self.tr("전용일자"), self.day), (self.tr("감액 과목"), self.source),
                                        (self.tr("증액 과목"), self.target), (self.tr("금액"), self.amount),
                                        (self.tr("근거"), self.basis))):
            form.addWidget(QLabel(label), 0, c)
            form.addWidget(w, 1, c)
        form.addWidget(self.source_name, 2, 1)
        form.addWidget(self.target_name, 2, 2)
        form.addWidget(QLabel(self.tr("사유")), 0, 5)
        form.addWidget(self.reason, 1, 5)
        form.addWidget(self.save_button, 1, 6)
        form.setColumnStretch(5, 1)
        self.message = MessageLine()  # users' mistakes from the tab's operations land here
        self.table = ReportTable()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.cancel_button = QPushButton(self.tr("선택한 전용 취소"))
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("과목전용조서는 장부·보고서에서 엑셀·PDF로 저장합니다.")))
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.source, self.target, self.amount, self.reason):
            w.returnPressed.connect(self.save)
        self.source.textChanged.connect(lambda t: self.source_name.setText(self.names.get(t.strip(), "")))
        self.target.textChanged.connect(lambda t: self.target_name.setText(self.names.get(t.strip(), "")))
        for a, b in ((self.day, self.source), (self.source, self.target), (self.target, self.amount),
                     (self.amount, self.basis), (self.basis, self.reason), (self.reason, self.save_button)):
            QWidget.setTabOrder(a, b)

    def load(self) -> None:
        """Reloaded by the page: when shown and whenever a transfer, budget or resolution changes."""
        year = self.year_of()
        Op(self, lambda ctx: _load(ctx, year)).success(self._show).failure(self.page.show_error).run()

    def _show(self, state) -> None:
        self.names, self.rows = state
        for w in (self.source, self.target):
            w.setCompleter(QCompleter(sorted(self.names), w))
        data = [[t.number, t.transfer_date.isoformat(), f"{t.from_code} {t.from_path[-1].split(' ', 1)[-1]}",
                 f"{t.to_code} {t.to_path[-1].split(' ', 1)[-1]}", t.amount, t.reason, t.basis, t.state_label]
                for t in self.rows]
        self.table.show_rows(HEADERS, data, ["금액"])

    def _say(self, text: str, error: bool = False) -> None:
        (self.message.show_error if error else self.message.show_ok)(text)

    def save(self) -> None:
        q = self.day.date()
        data = service.TransferInput(date(q.year(), q.month(), q.day()), self.source.text().strip(),
                                     self.target.text().strip(), self.amount.value() or 0, self.reason.text(),
                                     self.basis.currentData())
        Op(self, lambda ctx: service.save_transfer(ctx, data)).success(self._saved).run()

    def _saved(self, saved) -> None:
        self._say(self.tr("저장했습니다: {0} ({1}원)").format(saved.number, f"{saved.amount:,}"))
        for w in (self.source, self.target, self.amount, self.reason):
            w.clear()
        self.source.setFocus()
        self.page.changed()

    def cancel(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            self._say(self.tr("취소할 전용을 목록에서 고르세요."), error=True)
            return
        t = self.rows[r]
        text = self.tr("{0} ({1} → {2}, {3}원)을 취소합니다. 번호는 취소된 전용으로 남습니다.").format(
            t.number, t.from_code, t.to_code, f"{t.amount:,}")
        if dialogs.confirm(self, self.tr("전용 취소"), text, self.tr("전용 취소")):
            Op(self, lambda ctx: service.cancel_transfer(ctx, t.id)).success(self._cancelled).run()

    def _cancelled(self, cancelled) -> None:
        self._say(self.tr("취소했습니다: {0}").format(cancelled.number))
        self.page.changed()
