"""The 재산·비품 forms: register (from a resolution line or an older purchase), move, dispose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from heemang_desktop.assets import service

from heemang_desktop.gui.donations.pledge_dialog import SavingDialog
from heemang_desktop.gui.subjects.widgets import MoneyEdit, OptionalDateEdit, date_edit


class AssetDialog(SavingDialog):
    """A new asset. With `lines` (AcquisitionLine), it comes from the chosen line: cost, date and 재원 default
    to the line's; without, it is an older purchase and they are typed."""

    def __init__(self, parent, on_saved, lines: list | None = None):
        title = (QCoreApplication.translate("AssetDialog", "결의서에서 취득") if lines is not None
                 else QCoreApplication.translate("AssetDialog", "기존 자산 등록"))
        super().__init__(parent, title, self._store, on_saved)
        self.lines = lines
        self.line = QComboBox()
        for x in lines or []:
            self.line.addItem(f"{x.number} {x.line_no}줄 · {x.business_name} · {x.account} · 남은 {x.left:,}원", x)
        self.category = QComboBox()
        self.kind = QComboBox()
        for category in service.categories():
            self.category.addItem(category, category)
        self.category.setCurrentIndex(max(0, self.category.findData(service.EQUIPMENT)))  # most purchases
        self.category.currentIndexChanged.connect(self._kinds)
        self._kinds()
        self.name, self.spec = QLineEdit(), QLineEdit()
        self.location, self.custodian = QLineEdit(), QLineEdit()
        self.cost = MoneyEdit()
        self.acquired = OptionalDateEdit()
        self.funding = QLineEdit()
        self.life = QSpinBox()
        self.life.setRange(0, 100)
        self.life.setSpecialValueText(self.tr("상각 안 함"))
        self.life.setSuffix(self.tr("년"))
        if lines is not None:
            self.form.addRow(self.tr("지출결의 줄"), self.line)
            self.cost.setPlaceholderText(self.tr("비우면 남은 금액 "))
        self.form.addRow(self.tr("분류"), self.category)
        self.form.addRow(self.tr("품목"), self.kind)
        self.form.addRow(self.tr("품명"), self.name)
        self.form.addRow(self.tr("규격"), self.spec)
        self.form.addRow(self.tr("취득금액"), self.cost)
        if lines is None:
            self.form.addRow(self.tr("취득일자"), self.acquired)
            self.form.addRow(self.tr("재원"), self.funding)
        self.form.addRow(self.tr("위치"), self.location)
        self.form.addRow(self.tr("관리자"), self.custodian)
        self.form.addRow(self.tr("내용연수"), self.life)
        self.setMinimumWidth(560)

    def _kinds(self) -> None:
        self.kind.clear()
        self.kind.addItem("", "")
        for kind in service.categories()[self.category.currentData()]:
            self.kind.addItem(kind, kind)

    def input(self):
        line = self.line.currentData() if self.lines is not None else None
        cost = self.cost.value() or (line.left if line is not None else 0)
        data = service.AssetInput(
            category=self.category.currentData(), name=self.name.text(), acquired_on=self.acquired.value(),
            cost=cost, kind=self.kind.currentData() or "", spec=self.spec.text(), location=self.location.text(),
            custodian=self.custodian.text(), funding_source=self.funding.text().strip(),
            useful_life=self.life.value() or None)
        return line, data

    @staticmethod
    def _store(ctx, given):
        line, data = given
        if line is None:
            return service.add_asset(ctx, data)
        return service.acquire(ctx, line.resolution_id, line.line_no, data)


class MoveDialog(SavingDialog):
    def __init__(self, parent, asset, on_saved):
        super().__init__(parent, QCoreApplication.translate("MoveDialog", "이동·관리자 변경: {0}").format(asset.number),
                         lambda ctx, data: service.move(ctx, asset.id, data), on_saved)
        self.on = date_edit()
        self.location, self.custodian = QLineEdit(asset.location), QLineEdit(asset.custodian)
        self.note = QLineEdit()
        self.form.addRow(self.tr("일자"), self.on)
        self.form.addRow(self.tr("새 위치"), self.location)
        self.form.addRow(self.tr("새 관리자"), self.custodian)
        self.form.addRow(self.tr("비고"), self.note)

    def input(self):
        return service.MoveInput(self.on.date().toPython(), self.location.text(), self.custodian.text(),
                                 self.note.text())


class DisposeDialog(SavingDialog):
    def __init__(self, parent, asset, on_saved):
        super().__init__(parent, QCoreApplication.translate("DisposeDialog", "불용 처리: {0} {1}").format(
            asset.number, asset.name),
                         lambda ctx, data: service.dispose(ctx, asset.id, data), on_saved)
        self.on = date_edit()
        self.method = QComboBox()
        for m in service.rules()["disposal_methods"]:
            self.method.addItem(m, m)
        self.reason, self.approval = QLineEdit(), QLineEdit()
        self.approval.setPlaceholderText(self.tr("승인한 곳·문서번호 (보조금 자산은 꼭 적습니다)"))
        self.approved_on = OptionalDateEdit()
        self.proceeds = MoneyEdit()
        self.proceeds.setToolTip(self.tr("매각대금은 잡수입(불용품매각대) 수입결의서로 함께 저장됩니다."))
        self.form.addRow(self.tr("불용일"), self.on)
        self.form.addRow(self.tr("처리 방법"), self.method)
        self.form.addRow(self.tr("사유"), self.reason)
        self.form.addRow(self.tr("승인"), self.approval)
        self.form.addRow(self.tr("승인일"), self.approved_on)
        self.form.addRow(self.tr("매각대금"), self.proceeds)
        self.setMinimumWidth(480)

    def input(self):
        return service.DisposeInput(self.on.date().toPython(), self.method.currentData(), self.reason.text(),
                                    self.approval.text(), self.approved_on.value(), self.proceeds.value())


class CorrectDialog(SavingDialog):
    """Correct an asset's card; an asset bought by a resolution line keeps the line's cost, date and 재원."""

    def __init__(self, parent, asset, on_saved):
        super().__init__(parent, QCoreApplication.translate("CorrectDialog", "고치기: {0}").format(asset.number),
                         lambda ctx, data: service.correct(ctx, asset.id, data), on_saved)
        self.asset = asset
        self.kind = QComboBox()
        self.kind.addItem("", "")
        for kind in service.categories()[asset.category]:
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(asset.kind)))
        self.name, self.spec, self.note = QLineEdit(asset.name), QLineEdit(asset.spec), QLineEdit(asset.note)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.quantity.setValue(asset.quantity)
        self.cost = MoneyEdit()
        self.cost.set_value(asset.cost)
        self.acquired = OptionalDateEdit(asset.acquired_on)
        self.funding = QLineEdit(asset.funding_source)
        linked = asset.resolution_id is not None
        for w in (self.cost, self.acquired, self.funding):
            w.setEnabled(not linked)
            if linked:
                w.setToolTip(self.tr("지출결의서 줄에서 취득한 자산은 그 줄의 금액·일자·재원을 따릅니다."))
        self.life = QSpinBox()
        self.life.setRange(0, 100)
        self.life.setSpecialValueText(self.tr("상각 안 함"))
        self.life.setSuffix(self.tr("년"))
        self.life.setValue(asset.useful_life or 0)
        for label, w in ((self.tr("품목"), self.kind), (self.tr("품명"), self.name), (self.tr("규격"), self.spec),
                         (self.tr("수량"), self.quantity), (self.tr("취득일자"), self.acquired),
                         (self.tr("취득금액"), self.cost), (self.tr("재원"), self.funding),
                         (self.tr("내용연수"), self.life), (self.tr("비고"), self.note)):
            self.form.addRow(label, w)
        self.setMinimumWidth(480)

    def input(self):
        return service.AssetInput(
            category=self.asset.category, name=self.name.text(), acquired_on=self.acquired.value(),
            cost=self.cost.value(), kind=self.kind.currentData() or "", spec=self.spec.text(),
            quantity=self.quantity.value(), funding_source=self.funding.text().strip(),
            useful_life=self.life.value() or None, note=self.note.text())
