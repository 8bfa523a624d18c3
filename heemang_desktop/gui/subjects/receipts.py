"""이용료관리 > 이용료 수납: balances and arrears (and the fee ledger export), monthly charges, receipts and
the receipt PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from heemang_desktop.subjects import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import (
    Column,
    MoneyEdit,
    RowsModel,
    SubjectCombo,
    date_edit,
    py_date,
    rows_table,
)
from heemang_desktop.gui.widgets.month_picker import MonthPicker


def _load(ctx, arrears_only: bool):
    return (service.balances(ctx, arrears_only=arrears_only), service.list_receipts(ctx, limit=300),
            service.subject_choices(ctx))


class ReceiptsPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        bar = QHBoxLayout()
        self.arrears_only = QCheckBox(self.tr("미납자만"))
        self.arrears_only.toggled.connect(lambda _c: self.refresh())
        self.ledger_button = QPushButton(self.tr("이용료 대장 엑셀로 저장…"))
        self.ledger_button.clicked.connect(self._ask_ledger)
        bar.addWidget(self.arrears_only)
        bar.addStretch(1)
        bar.addWidget(self.ledger_button)
        left.addLayout(bar)
        self.balances = RowsModel([
            Column(self.tr("성명"), lambda r: r.subject_name),
            Column(self.tr("부과액"), lambda r: r.charged, right=True),
            Column(self.tr("수납액"), lambda r: r.received, right=True),
            Column(self.tr("미납액"), lambda r: r.outstanding, right=True),
        ], parent=self)
        self.balance_table = rows_table(self.balances)
        self.balance_table.selectionModel().currentRowChanged.connect(self._balance_chosen)
        left.addWidget(self.balance_table)
        lists.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("수납 내역")))
        self.receipts = RowsModel([
            Column(self.tr("영수번호"), lambda r: r.receipt_no),
            Column(self.tr("수납일"), lambda r: r.received_on),
            Column(self.tr("성명"), lambda r: r.subject_name),
            Column(self.tr("금액"), lambda r: r.amount, right=True),
            Column(self.tr("방법"), lambda r: r.method),
            Column(self.tr("선납"), lambda r: r.prepayment),
        ], parent=self)
        self.receipt_table = rows_table(self.receipts)
        right.addWidget(self.receipt_table)
        self.pdf_button = QPushButton(self.tr("선택한 영수증 PDF 저장(&P)"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        right.addWidget(self.pdf_button)
        lists.addLayout(right, 3)
        self.layout_.addLayout(lists, 1)

        forms = QHBoxLayout()
        box = QGroupBox(self.tr("수납 기록"))
        form = QFormLayout(box)
        self.subject = SubjectCombo()
        self.received_on = date_edit()
        self.amount = MoneyEdit()
        self.method = QComboBox()
        self.method.addItems(service.codes()["receipt_methods"])
        self.payer = QLineEdit()
        self.prepayment = QCheckBox(self.tr("선납 (미납액보다 많이 미리 받음)"))
        self.save_button = QPushButton(self.tr("수납 저장(&S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_receipt)
        for w in (self.amount, self.payer):
            w.returnPressed.connect(self.save_receipt)
        form.addRow(self.tr("대상자"), self.subject)
        form.addRow(self.tr("수납일"), self.received_on)
        form.addRow(self.tr("금액(원)"), self.amount)
        form.addRow(self.tr("방법"), self.method)
        form.addRow(self.tr("납부자"), self.payer)
        form.addRow("", self.prepayment)
        form.addRow("", self.save_button)
        forms.addWidget(box, 3)
        charge = QGroupBox(self.tr("월 이용료 부과 (위 대상자)"))
        cf = QFormLayout(charge)
        self.month = MonthPicker(service.now_seoul().strftime("%Y-%m"))
        self.plan = QComboBox()
        for plan in service.fee_plans():
            self.plan.addItem(f"{plan.label} — 기준 {plan.base:,}원", plan.id)
        self.charge_button = QPushButton(self.tr("부과(&C)"))
        self.charge_button.clicked.connect(self.charge)
        cf.addRow(self.tr("연월"), self.month)
        cf.addRow(self.tr("기준"), self.plan)
        cf.addRow("", self.charge_button)
        forms.addWidget(charge, 2)
        self.layout_.addLayout(forms)
        self.add_message_line()
        self.watch("fee_receipt", "fee_charge", "subject", refresh=self.refresh)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        arrears_only = self.arrears_only.isChecked()
        Op(self, lambda ctx: _load(ctx, arrears_only)).success(self._show).run()

    def _show(self, result) -> None:
        balances, receipts, subjects = result
        self.balances.set_rows(balances)
        self.receipts.set_rows(receipts)
        self.subject.set_subjects(subjects)

    def _balance_chosen(self, current, _previous) -> None:
        row = self.balances.row_at(current)
        if row is not None:
            self.subject.select(row.subject_id)
            if row.outstanding > 0:
                self.amount.set_value(row.outstanding)

    def save_receipt(self) -> None:
        subject_id = self.chosen_subject(self.subject, self.tr("대상자를 목록에서 고르세요."))
        if subject_id is None:
            return

        def done(r):
            left = self.tr("남은 미납액 {0:,}원").format(max(r.balance_after, 0))
            self.ok(self.tr("{0} 님 {1:,}원 수납 (영수번호 {2}). {3}").format(
                r.subject_name, r.amount, r.receipt_no, left))
            self.amount.clear()
            self.prepayment.setChecked(False)
            self.changed()

        args = (subject_id, py_date(self.received_on), self.amount.value(), self.method.currentText(),
                self.payer.text(), self.prepayment.isChecked())
        Op(self, lambda ctx: service.record_receipt(ctx, *args)).success(done).run()

    def charge(self) -> None:
        subject_id = self.chosen_subject(self.subject, self.tr("대상자를 목록에서 고르세요."))
        if subject_id is None:
            return

        def done(c):
            self.ok(self.tr("{0} 님 {1} 이용료 {2:,}원을 부과했습니다.").format(c.subject_name, c.month, c.amount))
            self.changed()

        month, plan_id = self.month.month(), self.plan.currentData()
        Op(self, lambda ctx: service.charge_month(ctx, subject_id, month, plan_id)).success(done).run()

    def _ask_pdf(self) -> None:
        row = self.receipts.row_at(self.receipt_table.currentIndex())
        if row is None:
            self._fail(self.tr("영수증을 만들 수납 기록을 고르세요."))
            return
        path = self.ask_save_path(self.tr("영수증 PDF 저장"), f"영수증_{row.receipt_no}.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(row.id, path)

    def save_pdf(self, receipt_id: str, path: Path, on_saved=None) -> None:
        self.write_pdf(service.receipt_html, receipt_id, path, self.tr("이용료 영수증"),
                       self.tr("영수증을 저장했습니다: {0}"), on_saved)

    def _ask_ledger(self) -> None:
        path = self.ask_save_path(self.tr("이용료 대장 저장"), self.tr("이용료대장.xlsx"))
        if path:
            self.export_ledger(path)

    def export_ledger(self, path: Path, on_saved=None) -> None:
        """Every subject charged or paid: 부과·수납·미납 (the CLI's fee-ledger)."""
        self.save_file(service.export_fee_ledger, path, self.tr("이용료 대장 {1}명을 저장했습니다: {0}"), on_saved)
