"""직원 급여 설정: one employee's monthly fixed items (수당·공제), 원천징수 비율 and the rest the card does not hold;
and the facility's own pay items (제수당) added here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from heemang_desktop.payroll import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine


def _pair(*widgets):
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    return row


class PaySettingsDialog(QDialog):
    def __init__(self, page, entry):
        super().__init__(page)
        self.page, self.entry = page, entry
        self.items = []
        self.setWindowTitle(self.tr("급여 설정 — {0} {1}").format(entry.employee_no, entry.name))
        self.resize(560, 520)
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.percent = QComboBox()
        for p in (80, 100, 120):
            self.percent.addItem(f"{p}%", p)
        self.meals = QCheckBox(self.tr("식사를 현물로 제공 (식대 과세)"))
        self.under6 = QSpinBox()
        self.under6.setRange(0, 10)
        self.hours = QSpinBox()
        self.hours.setRange(0, 400)
        self.hours.setSpecialValueText(self.tr("기본 (정규 209시간, 단시간은 근태)"))
        form.addRow(self.tr("소득세 원천징수 비율"), self.percent)
        form.addRow("", self.meals)
        form.addRow(self.tr("6세 이하 자녀 (보육수당 비과세)"), self.under6)
        form.addRow(self.tr("월 소정근로시간"), self.hours)
        # a part-timer's contracted hours: the hours beyond them earn the +50 % (기간제법 §6)
        self.contract_day, self.contract_week = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, top in ((self.contract_day, 8), (self.contract_week, 40)):
            spin.setRange(0, top)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" 시간"))
            spin.setSpecialValueText(self.tr("기본 ({0}시간)").format(top))
        form.addRow(self.tr("단시간: 하루·주 소정근로시간"), _pair(self.contract_day, self.contract_week))
        box.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("매월 정액 항목"), self.tr("금액 (원)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        box.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.new_code, self.new_name = QLineEdit(), QLineEdit()
        self.new_code.setPlaceholderText(self.tr("코드 (예: night_care)"))
        self.new_name.setPlaceholderText(self.tr("항목 이름 (예: 야간근무수당)"))
        self.new_kind = QComboBox()
        self.new_kind.addItem(self.tr("지급"), "pay")
        self.new_kind.addItem(self.tr("공제"), "deduction")
        add_button = QPushButton(self.tr("시설 항목 추가"))
        add_button.clicked.connect(self._add_item)
        for w in (self.new_code, self.new_name, self.new_kind, add_button):
            add.addWidget(w)
        box.addLayout(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = MessageLine()
        box.addWidget(self.error)
        box.addWidget(buttons)
        employee_id = entry.employee_id
        Op(page, lambda ctx: service.pay_settings(ctx, employee_id)).success(self._fill).run()

    def _fill(self, loaded, keep_amounts: dict | None = None) -> None:
        profile, self.items = loaded
        if keep_amounts is None:
            self.percent.setCurrentIndex(max(self.percent.findData(profile.withholding_percent), 0))
            self.meals.setChecked(profile.meals_in_kind)
            self.under6.setValue(profile.children_under_6)
            self.hours.setValue(profile.monthly_hours)
            self.contract_day.setValue(profile.contract_daily_minutes / 60)
            self.contract_week.setValue(profile.contract_weekly_minutes / 60)
        amounts = keep_amounts if keep_amounts is not None else profile.standing
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            label = QTableWidgetItem(item.name + (self.tr(" (공제)") if item.kind == "deduction" else ""))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, label)
            self.table.setItem(r, 1, QTableWidgetItem(str(amounts.get(item.code, 0) or "")))

    def _amounts(self) -> dict:
        out = {}
        for r, item in enumerate(self.items):
            text = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").replace(",", "").strip()
            if text:
                if not text.isdigit():
                    raise ValueError(self.tr("{0} 금액은 숫자만 입력하세요.").format(item.name))
                out[item.code] = int(text)
        return out

    def _add_item(self) -> None:
        try:
            keep = self._amounts()
        except ValueError as exc:
            self.error.show_error(exc)
            return
        employee_id, code, name, kind = (self.entry.employee_id, self.new_code.text(), self.new_name.text(),
                                         self.new_kind.currentData())

        def add(ctx):
            service.add_pay_item(ctx, code, name, kind)
            return service.pay_settings(ctx, employee_id)

        self.error.clear()
        Op(self.page, add).success(lambda loaded: self._fill(loaded, keep)).failure(self.error.show_error).run()

    def _accept(self) -> None:
        try:
            amounts = self._amounts()
        except ValueError as exc:
            self.error.show_error(exc)
            return
        profile = service.ProfileInput(self.percent.currentData(), self.meals.isChecked(), self.under6.value(),
                               self.hours.value(), amounts, round(self.contract_day.value() * 60),
                               round(self.contract_week.value() * 60))
        employee_id = self.entry.employee_id
        self.error.clear()
        Op(self.page, lambda ctx: service.save_profile(ctx, employee_id, profile)).success(lambda _p: self.accept()) \
            .failure(self.error.show_error).run()
