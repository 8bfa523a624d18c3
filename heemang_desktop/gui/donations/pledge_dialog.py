"""The pledge form (새 약정 / 약정 변경) and the gift form (후원금 기록), as dialogs over the donor card.

Each stays open until the service saved what it holds: a refusal shows on the dialog's own message
line, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from heemang_desktop.donations import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.widgets import MoneyEdit, OptionalDateEdit, date_edit
from heemang_desktop.gui.widgets.message_line import MessageLine


def choice_combo(key: str, blank: str | None = None) -> QComboBox:
    """A combo of the donations' coded values (`blank`: a first entry meaning "none")."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for value in service.choices(key):
        combo.addItem(value, value)
    return combo


def select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class SavingDialog(QDialog):
    """A form whose OK runs `save(ctx, input)` on the database thread and closes only once it is saved."""

    def __init__(self, parent, title: str, save: Callable, on_saved: Callable):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save, self._on_saved = save, on_saved
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = MessageLine()  # Op puts the service's refusals here
        self.layout_.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("닫기"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def input(self):
        raise NotImplementedError

    def submit(self) -> None:
        data, save = self.input(), self._save
        self.message.clear()

        def done(result):
            self._on_saved(result)
            self.accept()

        Op(self, lambda ctx: save(ctx, data)).success(done).run()


class PledgeDialog(SavingDialog):
    """새 약정, or a change of `row` (a new version; the account left blank keeps the stored one)."""

    def __init__(self, parent, title: str, save: Callable, on_saved: Callable, row=None):
        super().__init__(parent, title, save, on_saved)
        self.kind = choice_combo("pledge_kinds")
        self.amount = MoneyEdit()
        self.method = choice_combo("methods")
        self.day = QSpinBox()
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(self.tr("없음"))
        self.day.setSuffix(self.tr("일"))
        self.designation = choice_combo("designations")
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("지정후원의 목적 (예: 어르신 생신잔치)"))
        self.start, self.end = OptionalDateEdit(date.today()), OptionalDateEdit()
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel("~"))
        span.addWidget(self.end)
        self.bank = QLineEdit()
        self.bank.setPlaceholderText(self.tr("국민은행"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("숫자만 또는 하이픈 포함"))
        self.holder = QLineEdit()
        self.registered = OptionalDateEdit()
        self.registered.setToolTip(self.tr("다른 프로그램에서 이미 CMS 등록된 약정이면 등록일을 적으세요 "
                                           "(EB13 없이 출금)."))
        self.note = QLineEdit()
        for label, widget in ((self.tr("약정구분"), self.kind), (self.tr("약정금액(원)"), self.amount),
                              (self.tr("납부방법"), self.method), (self.tr("출금일(매월)"), self.day),
                              (self.tr("지정구분"), self.designation), (self.tr("지정목적"), self.purpose),
                              (self.tr("약정기간"), span), (self.tr("은행"), self.bank),
                              (self.tr("계좌번호"), self.account), (self.tr("예금주"), self.holder),
                              (self.tr("CMS등록일"), self.registered), (self.tr("비고"), self.note)):
            self.form.addRow(label, widget)
        if row is not None:
            self._fill(row)
        self.resize(460, self.sizeHint().height())

    def _fill(self, row) -> None:
        select(self.kind, row.pledge_kind)
        self.amount.set_value(row.amount)
        select(self.method, row.method)
        self.day.setValue(row.debit_day or 0)
        select(self.designation, row.designation)
        self.purpose.setText(row.purpose)
        self.start.set_value(row.start_date)
        self.end.set_value(row.end_date)
        self.bank.setText(row.bank_name)
        self.account.setPlaceholderText(row.bank_account_masked or "")  # blank keeps the stored account
        self.holder.setText(row.account_holder)
        self.registered.set_value(row.cms_registered_on)
        self.registered.setEnabled(False)  # the bank's answer sets it from now on

    def input(self) -> service.PledgeInput:
        return service.PledgeInput(
            pledge_kind=self.kind.currentData(), amount=self.amount.value(), method=self.method.currentData(),
            debit_day=self.day.value() or None, designation=self.designation.currentData(),
            purpose=self.purpose.text(), start_date=self.start.value(), end_date=self.end.value(),
            bank_name=self.bank.text(), bank_account=self.account.text(), account_holder=self.holder.text(),
            cms_registered_on=self.registered.value() if self.registered.isEnabled() else None,
            note=self.note.text())


class GiftDialog(SavingDialog):
    """후원금 기록: money (amount) or 현물 (item, quantity and unit value: the amount follows); with `row`,
    that gift's correction."""

    def __init__(self, parent, donor_id: str, pledges, save: Callable, on_saved: Callable, row=None):
        super().__init__(parent, "", save, on_saved)
        self.setWindowTitle(self.tr("후원금 고치기") if row is not None else self.tr("후원금 기록"))
        self.donor_id, self.row = donor_id, row
        self.day = date_edit()
        self.method = choice_combo("methods")
        select(self.method, "계좌이체")
        self.amount = MoneyEdit()
        self.pledge = QComboBox()
        self.pledge.addItem(self.tr("(약정 없음)"), None)
        for p in pledges:
            self.pledge.addItem(f"{p.pledge_kind} {p.amount:,}원 {p.method}", p.id)
        self.designation = choice_combo("designations", self.tr("(약정대로, 없으면 비지정)"))
        self.purpose = QLineEdit()
        self.item = QLineEdit()
        self.quantity, self.unit = QSpinBox(), MoneyEdit()
        self.quantity.setRange(0, 1_000_000)
        self.note = QLineEdit()
        self.account = QComboBox()  # 후원금전용계좌: blank takes the setup's first
        self.account.addItem(self.tr("(기본 후원금 계좌)"), "")
        Op(self, lambda ctx: service.income_setup(ctx).deposit_accounts).success(self._accounts).run()
        for label, widget in ((self.tr("후원일"), self.day), (self.tr("납부방법"), self.method),
                              (self.tr("금액(원)"), self.amount), (self.tr("입금 계좌"), self.account),
                              (self.tr("약정"), self.pledge),
                              (self.tr("지정구분"), self.designation), (self.tr("지정목적"), self.purpose),
                              (self.tr("현물 품목"), self.item), (self.tr("수량"), self.quantity),
                              (self.tr("단가(원)"), self.unit), (self.tr("비고"), self.note)):
            self.form.addRow(label, widget)
        if row is not None:
            self._fill(row)
        self.method.currentIndexChanged.connect(self._in_kind)
        self._in_kind()
        self.resize(420, self.sizeHint().height())

    def _fill(self, row) -> None:
        from PySide6.QtCore import QDate

        self.day.setDate(QDate(row.gift_date.year, row.gift_date.month, row.gift_date.day))
        select(self.method, row.method)
        self.amount.set_value(0 if row.in_kind else row.amount)
        if row.pledge_id and self.pledge.findData(row.pledge_id) < 0:  # an earlier version: keep the link
            self.pledge.addItem(self.tr("(이전 약정 버전)"), row.pledge_id)
        self.pledge.setCurrentIndex(max(0, self.pledge.findData(row.pledge_id)))
        select(self.designation, row.designation)
        self.purpose.setText(row.purpose)
        self.item.setText(row.item)
        self.quantity.setValue(row.quantity)
        self.unit.set_value(row.unit_value)
        self.note.setText(row.note)

    def _accounts(self, accounts) -> None:
        for name in accounts:
            self.account.addItem(name, name)
        if self.row is not None and self.row.deposit_account:
            if self.account.findData(self.row.deposit_account) < 0:  # an account since renamed in the setup
                self.account.addItem(self.row.deposit_account, self.row.deposit_account)
            select(self.account, self.row.deposit_account)

    def _in_kind(self) -> None:
        in_kind = self.method.currentData() == "현물"
        self.amount.setEnabled(not in_kind)
        self.account.setEnabled(not in_kind)
        for w in (self.item, self.quantity, self.unit):
            w.setEnabled(in_kind)

    def input(self) -> service.GiftInput:
        in_kind = self.method.currentData() == "현물"
        return service.GiftInput(
            donor_id=self.donor_id, gift_date=self.day.date().toPython(), method=self.method.currentData(),
            amount=0 if in_kind else self.amount.value(), pledge_id=self.pledge.currentData(),
            designation=self.designation.currentData(), purpose=self.purpose.text(),
            item=self.item.text() if in_kind else "", quantity=self.quantity.value() if in_kind else 0,
            unit_value=self.unit.value() if in_kind else 0, note=self.note.text(),
            deposit_account="" if in_kind else self.account.currentData())
