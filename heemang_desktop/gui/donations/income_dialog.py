"""후원금 수입결의 (from the 후원자·후원금 page): pick a month, see the 수입결의서 it would make (date, 재원,
amount, gifts), confirm, book; the numbers made are shown in the same table."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine
from heemang_desktop.gui.widgets.month_picker import MonthPicker


class IncomeBookingDialog(QDialog):
    """`month`: the one shown first ("2026-09"); `on_booked(result)` after a booking is saved."""

    def __init__(self, parent, month: str, on_booked=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("후원금 수입결의"))
        self._on_booked = on_booked
        self.result = None  # the last preview or booking shown
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.month = MonthPicker(month)
        self.month.month_changed.connect(lambda _m: self.preview())
        top.addWidget(QLabel(self.tr("후원월")))
        top.addWidget(self.month)
        top.addStretch(1)
        self.grouping = QLabel()
        top.addWidget(self.grouping)
        v.addLayout(top)
        self.plans = RowsModel([
            Column(self.tr("결의일"), lambda r: r.resolution_date),
            Column(self.tr("재원"), lambda r: r.funding_source),
            Column(self.tr("금액"), lambda r: r.total, right=True),
            Column(self.tr("후원금 건수"), lambda r: len(r.gift_ids), right=True),
            Column(self.tr("납부방법"), lambda r: ", ".join(r.methods)),
            Column(self.tr("결의서 번호"), lambda r: r.number),
        ], parent=self)
        self.table = rows_table(self.plans)
        v.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.message = MessageLine()
        v.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.book_button = QPushButton(self.tr("수입결의"))
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self.ask_book)
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        v.addWidget(buttons)
        self.resize(760, 420)
        Op(self, lambda ctx: service.income_setup(ctx).grouping).success(
            lambda g: self.grouping.setText(self.tr("결의 단위: {0}").format(service.GROUPINGS.get(g, g)))).run()
        self.preview()

    def _span(self) -> tuple[date, date]:
        year, mon = (int(x) for x in self.month.month().split("-"))
        return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])

    def preview(self) -> None:
        first, last = self._span()
        self.message.clear()

        def shown(result):
            if (result.first, result.last) == self._span():  # not a month the user already left
                self._show(result)

        Op(self, lambda ctx: service.book_income(ctx, first, last, preview=True)).success(shown).run()

    def _show(self, result) -> None:
        self.result = result
        self.plans.set_rows(result.resolutions)
        self.table.resizeColumnsToContents()
        extra = []
        if result.in_kind:
            extra.append(self.tr("현물 {0}건은 현금이 아니어서 결의하지 않습니다").format(result.in_kind))
        if result.already_booked:
            extra.append(self.tr("이미 결의한 후원금 {0}건").format(result.already_booked))
        if result.saved:
            head = self.tr("수입결의서 {0}건을 만들었습니다: 후원금 {1}건, 합계 {2}원.")
        elif result.resolutions:
            head = self.tr("수입결의서 {0}건을 만듭니다: 후원금 {1}건, 합계 {2}원.")
        else:
            head = self.tr("결의할 후원금이 없습니다.")
        text = head.format(len(result.resolutions), result.booked, f"{result.total:,}")
        self.summary.setText(text + (f" ({', '.join(extra)})" if extra else ""))
        self.book_button.setEnabled(bool(result.resolutions) and not result.saved)

    def ask_book(self) -> None:
        if self.result is None or not self.result.resolutions:
            return
        text = self.tr("{0}의 후원금 {1}건 {2}원을 수입결의서 {3}건으로 만듭니다. 회계의 수입결의서 목록에 "
                       "들어가며, 고치려면 회계에서 결의서를 취소합니다.").format(
            self.month.month(), self.result.booked, f"{self.result.total:,}", len(self.result.resolutions))
        if dialogs.confirm(self, self.tr("후원금 수입결의"), text, self.tr("수입결의")):
            self.book()

    def book(self) -> Op:
        first, last = self._span()
        self.book_button.setEnabled(False)

        def done(result):
            self._show(result)
            numbers = ", ".join(r.number for r in result.resolutions)
            self.message.show_ok(self.tr("결의서 번호: {0}").format(numbers))
            if self._on_booked is not None:
                self._on_booked(result)

        def failed(error):
            self.book_button.setEnabled(True)
            self.message.show_error(str(error))

        return Op(self, lambda ctx: service.book_income(ctx, first, last),
                  label=self.tr("수입결의서를 만드는 중…")).success(done).failure(failed).run()
