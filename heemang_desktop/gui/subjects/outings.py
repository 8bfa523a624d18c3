"""이력정보 > 외출·외박: who is out now, going out, and coming back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from heemang_desktop.subjects import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import (
    Column,
    RowsModel,
    SubjectCombo,
    datetime_edit,
    py_datetime,
    rows_table,
)


def _load(ctx, open_only: bool):
    return service.list_outings(ctx, open_only=open_only), service.subject_choices(ctx)


class OutingsPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.open_only = QCheckBox(self.tr("복귀 전인 외출·외박만"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.layout_.addWidget(self.open_only)
        self.model = RowsModel([
            Column(self.tr("성명"), lambda r: r.subject_name),
            Column(self.tr("구분"), lambda r: r.kind),
            Column(self.tr("나간 시각"), lambda r: r.out_at),
            Column(self.tr("복귀 예정"), lambda r: r.planned_return_at),
            Column(self.tr("복귀"), lambda r: r.returned_at or self.tr("복귀 전")),
            Column(self.tr("동행인"), lambda r: r.companion),
            Column(self.tr("행선지"), lambda r: r.destination),
        ], parent=self)
        self.table = rows_table(self.model)
        self.layout_.addWidget(self.table, 1)

        forms = QHBoxLayout()
        out = QGroupBox(self.tr("외출·외박 기록"))
        of = QFormLayout(out)
        self.subject = SubjectCombo()
        self.kind = QComboBox()
        self.kind.addItems(service.codes()["outing_kinds"])
        self.out_at = datetime_edit()
        self.planned = datetime_edit()
        self.companion = QLineEdit()
        self.destination = QLineEdit()
        self.out_button = QPushButton(self.tr("나감 기록(&O)"))
        self.out_button.clicked.connect(self.go_out)
        for w in (self.companion, self.destination):
            w.returnPressed.connect(self.go_out)
        of.addRow(self.tr("대상자"), self.subject)
        of.addRow(self.tr("구분"), self.kind)
        of.addRow(self.tr("나간 시각"), self.out_at)
        of.addRow(self.tr("복귀 예정"), self.planned)
        of.addRow(self.tr("동행인"), self.companion)
        of.addRow(self.tr("행선지"), self.destination)
        of.addRow("", self.out_button)
        forms.addWidget(out, 3)
        back = QGroupBox(self.tr("복귀 (표에서 선택)"))
        bf = QFormLayout(back)
        self.back_at = datetime_edit()
        self.back_button = QPushButton(self.tr("복귀 기록(&R)"))
        self.back_button.clicked.connect(self.come_back)
        bf.addRow(self.tr("복귀 시각"), self.back_at)
        bf.addRow("", self.back_button)
        forms.addWidget(back, 2)
        self.layout_.addLayout(forms)
        self.add_message_line()
        self.watch("outing", "subject", refresh=self.refresh)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        open_only = self.open_only.isChecked()
        Op(self, lambda ctx: _load(ctx, open_only)).success(self._show).run()

    def _show(self, result) -> None:
        rows, subjects = result
        self.model.set_rows(rows)
        self.subject.set_subjects(subjects)

    def go_out(self) -> None:
        subject_id = self.chosen_subject(self.subject, self.tr("대상자를 목록에서 고르세요."))
        if subject_id is None:
            return

        def done(row):
            self.ok(self.tr("{0} 님 {1}을(를) 기록했습니다.").format(row.subject_name, row.kind))
            self.companion.clear()
            self.destination.clear()
            self.changed()

        args = (subject_id, self.kind.currentText(), py_datetime(self.out_at), py_datetime(self.planned),
                self.companion.text(), self.destination.text())
        Op(self, lambda ctx: service.start_outing(ctx, *args)).success(done).run()

    def come_back(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            self._fail(self.tr("복귀한 외출을 표에서 고르세요."))
            return

        def done(r):
            self.ok(self.tr("{0} 님 복귀를 기록했습니다.").format(r.subject_name))
            self.changed()

        outing_id, back_at = row.id, py_datetime(self.back_at)
        Op(self, lambda ctx: service.record_return(ctx, outing_id, back_at)).success(done).run()
