"""사업주 부담 설정: the facility's size class (고용안정·직업능력개발 rate) and its notified 산재 rate."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


def _load(ctx, month):
    from heemang_desktop.payroll import employer

    return employer.get_facts(ctx), employer.size_classes(month)


def _save(ctx, month, size_class, accident_percent):
    from heemang_desktop.payroll import employer

    return employer.save_facts(ctx, month, size_class, accident_percent)


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
        form.addRow(buttons)
        page.worker.call(_load, month, on_done=self._fill, on_error=page.show_error)

    def _fill(self, loaded) -> None:
        facts, classes = loaded
        for key, label in classes.items():
            self.size_class.addItem(label, key)
        self.size_class.setCurrentIndex(max(self.size_class.findData(facts.size_class), 0))
        self.accident.setText(facts.accident_percent)

    def _accept(self) -> None:
        self.page.worker.call(_save, self.month, self.size_class.currentData(), self.accident.text(),
                              on_done=lambda _f: self.accept(), on_error=self.page.show_error)
