"""직업재활 > 출결·작업·급여: a trainee's day (attendance and work), the month's wages (and their export) and
payslips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from heemang_desktop.subjects import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, SubjectCombo, date_edit, py_date, rows_table
from heemang_desktop.gui.widgets.month_picker import MonthPicker


def _load(ctx, month: str):
    return service.wage_list(ctx, month), service.subject_choices(ctx)


class VocationalPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        top = QHBoxLayout()
        self.month = MonthPicker(service.now_seoul().strftime("%Y-%m"))
        self.month.month_changed.connect(lambda _m: self.refresh())
        self.calc_button = QPushButton(self.tr("급여 계산(&W)"))
        self.calc_button.clicked.connect(self.calculate)
        self.pay_date = date_edit()
        self.pay_button = QPushButton(self.tr("지급 처리"))
        self.pay_button.clicked.connect(self.pay)
        self.slip_button = QPushButton(self.tr("급여명세서 PDF"))
        self.slip_button.clicked.connect(self._ask_payslip)
        self.export_button = QPushButton(self.tr("지급 목록 엑셀로 저장…"))
        self.export_button.clicked.connect(self._ask_export)
        for w in (self.month, self.calc_button, self.pay_date, self.pay_button, self.slip_button, self.export_button):
            top.addWidget(w)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.wages = RowsModel([
            Column(self.tr("성명"), lambda r: r.subject_name),
            Column(self.tr("작업시간"), lambda r: f"{r.minutes / 60:g}시간", right=True),
            Column(self.tr("시간급"), lambda r: r.time_pay, right=True),
            Column(self.tr("작업량급"), lambda r: r.piece_pay, right=True),
            Column(self.tr("지급액"), lambda r: r.amount, right=True),
            Column(self.tr("지급일"), lambda r: r.paid_on),
        ], parent=self)
        self.table = rows_table(self.wages)
        self.layout_.addWidget(self.table, 1)

        box = QGroupBox(self.tr("훈련생 출결·작업 기록"))
        form = QFormLayout(box)
        self.subject = SubjectCombo()
        self.work_date = date_edit()
        self.status = QComboBox()
        self.status.addItems(service.codes()["attendance_statuses"])
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(30)
        self.minutes.setSuffix(self.tr(" 분"))
        self.task = QComboBox()
        self.task.setEditable(True)
        self.task.addItems([""] + list(service.wage_rule(service.now_seoul().date()).piece_rates))
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.save_button = QPushButton(self.tr("저장(&S)"))
        self.save_button.clicked.connect(self.save_day)
        form.addRow(self.tr("훈련생"), self.subject)
        form.addRow(self.tr("일자"), self.work_date)
        form.addRow(self.tr("출결"), self.status)
        form.addRow(self.tr("작업 시간"), self.minutes)
        form.addRow(self.tr("작업"), self.task)
        form.addRow(self.tr("수량"), self.quantity)
        form.addRow("", self.save_button)
        bottom = QVBoxLayout()
        bottom.addWidget(box)
        self.layout_.addLayout(bottom)
        self.add_message_line()
        self.watch("wage", "subject", refresh=self.refresh)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        month = self.month.month()
        Op(self, lambda ctx: _load(ctx, month)).success(self._show).run()

    def _show(self, result) -> None:
        wages, subjects = result
        self.wages.set_rows(wages)
        self.subject.set_subjects(subjects)

    def save_day(self) -> None:
        subject_id = self.chosen_subject(self.subject, self.tr("훈련생을 고르세요."))
        if subject_id is None:
            return

        def done(_):
            self.ok(self.tr("출결과 작업을 저장했습니다."))
            self.changed()

        args = (subject_id, py_date(self.work_date), self.status.currentText(), self.minutes.value(),
                self.task.currentText(), self.quantity.value())
        Op(self, lambda ctx: service.record_day(ctx, *args)).success(done).run()

    def calculate(self) -> None:
        def done(rows):
            self.wages.set_rows(rows)
            self.ok(self.tr("{0}명의 급여를 계산했습니다. 합계 {1:,}원").format(len(rows), sum(r.amount for r in rows)))
            self.changed()

        month = self.month.month()
        Op(self, lambda ctx: service.calculate_wages(ctx, month)).success(done).run()

    def pay(self) -> None:
        month = self.month.month()
        unpaid = [r for r in self.wages.rows if r.month == month and r.paid_on is None]
        if unpaid:
            who = self.tr("{0}명, 합계 {1}원").format(len(unpaid), f"{sum(r.amount for r in unpaid):,}")
        else:
            who = self.tr("아직 지급하지 않은 것 모두")
        text = self.tr("{0} 훈련생 급여({1})를 {2}자로 지급 처리합니다.\n"
                       "지급일이 급여명세서에 찍히며, 이 화면에서 되돌릴 수 없습니다.").format(
            month, who, py_date(self.pay_date))
        if not dialogs.confirm(self, self.tr("지급 처리"), text, self.tr("지급 처리")):
            return

        def done(n):
            self.ok(self.tr("{0}명 지급 처리했습니다.").format(n))
            self.changed()

        paid_on = py_date(self.pay_date)
        Op(self, lambda ctx: service.pay_wages(ctx, month, paid_on)).success(done).run()

    def _ask_payslip(self) -> None:
        row = self.wages.row_at(self.table.currentIndex())
        if row is None:
            self._fail(self.tr("명세서를 만들 훈련생을 표에서 고르세요."))
            return
        path = self.ask_save_path(self.tr("급여명세서 저장"), f"급여명세서_{row.subject_name}_{row.month}.pdf",
                                  "PDF (*.pdf)")
        if path:
            self.save_payslip(row.id, path)

    def save_payslip(self, wage_id: str, path: Path, on_saved=None) -> None:
        self.write_pdf(service.payslip_html, wage_id, path, self.tr("훈련생 급여명세서"),
                       self.tr("급여명세서를 저장했습니다: {0}"), on_saved)

    def _ask_export(self) -> None:
        path = self.ask_save_path(self.tr("훈련생 급여 지급 목록 저장"), f"훈련생급여_{self.month.month()}.xlsx")
        if path:
            self.export_wages(path)

    def export_wages(self, path: Path, on_saved=None) -> None:
        month = self.month.month()
        self.save_file(lambda ctx, p: service.export_wage_list(ctx, month, p), path,
                       self.tr("훈련생 급여 {1}명을 저장했습니다: {0}"), on_saved)
