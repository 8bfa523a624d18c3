"""사업주 부담 설정: the facility's size class (고용안정·직업능력개발 rate), its notified 산재 rate, and its premium
rules (fewer than 5 staff; Saturday paid as overtime)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from heemang_desktop.payroll import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine


class EmployerSettingsDialog(QDialog):
    def __init__(self, page, month: str):
        super().__init__(page)
        self.page, self.month = page, month
        self.setWindowTitle(self.tr("사업주 부담 설정"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.size_class = QComboBox()
        self.size_class.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.accident = QLineEdit()
        self.accident.setPlaceholderText(self.tr("예: 0.66"))
        form.addRow(self.tr("사업장 규모 (고용안정·직업능력개발)"), self.size_class)
        form.addRow(self.tr("산재보험료율 (%)"), self.accident)
        self.under_five = QCheckBox(self.tr("상시 5명 미만 사업장 (가산 없음)"))
        self.under_five.setToolTip(self.tr("근로기준법 시행령 별표 1: 연장·야간·휴일 가산수당 없이 일한 시간만 지급"))
        self.saturday = QCheckBox(self.tr("토요일(휴무일) 근무는 모두 시간외"))
        self.saturday.setToolTip(self.tr(
            "취업규칙이 그렇게 정한 경우만. 끄면 하루 8시간·주 40시간을 넘는 시간만 시간외"))
        form.addRow(self.tr("가산수당"), self.under_five)
        form.addRow("", self.saturday)
        note = QLabel(self.tr("산재보험료율은 근로복지공단이 알려 준 사업장 요율을 적습니다.\n"
                              "저장하면 작성 중인 급여대장을 다시 계산합니다."))
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.accident.returnPressed.connect(self._accept)
        self.error = MessageLine()
        form.addRow(self.error)
        form.addRow(buttons)
        Op(page, lambda ctx: service.employer_settings(ctx, month)).success(self._fill).run()

    def _fill(self, loaded) -> None:
        facts, classes, rules = loaded
        self.under_five.setChecked(rules.under_five)
        self.saturday.setChecked(rules.saturday_overtime)
        for key, label in classes.items():
            self.size_class.addItem(label, key)
        self.size_class.setCurrentIndex(max(self.size_class.findData(facts.size_class), 0))
        self.accident.setText(facts.accident_percent)

    def _accept(self) -> None:
        rules = service.PremiumRules(self.under_five.isChecked(), self.saturday.isChecked())
        month, size_class, accident = self.month, self.size_class.currentData(), self.accident.text()
        self.error.clear()
        Op(self.page, lambda ctx: service.save_employer_settings(ctx, month, size_class, accident, rules)) \
            .success(lambda _f: self.accept()).failure(self._refused).run()

    def _refused(self, error) -> None:
        self.error.show_error(error)
        self.adjustSize()  # room for the wrapped reason: a form layout does not grow by itself
