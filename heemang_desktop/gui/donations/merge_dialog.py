"""후원자 병합: choose the duplicate of the open card; its pledges, gifts and CMS history move to the card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine


class MergeDialog(QDialog):
    def __init__(self, parent, kept, on_merged: Callable):
        super().__init__(parent)
        self.kept, self._on_merged = kept, on_merged
        self.setWindowTitle(self.tr("후원자 병합"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{0} ({1}) 님과 같은 사람으로 입력된 후원자를 고르세요. 그 후원자의 약정·후원금·CMS "
                               "내역이 이 카드로 옮겨지고, 그 카드는 '병합됨'으로 남습니다 (지우지 않음).")
                       .format(kept.name, kept.donor_no))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(kept.name)
        self.search.setPlaceholderText(self.tr("성명·후원자번호"))
        layout.addWidget(self.search)
        self.model = RowsModel([
            Column(self.tr("번호"), lambda r: r.donor_no), Column(self.tr("성명"), lambda r: r.name),
            Column(self.tr("휴대전화"), lambda r: r.phone), Column(self.tr("생년월일"), lambda r: r.birth_ymd),
        ], self._candidates, self)
        self.table = rows_table(self.model)
        layout.addWidget(self.table)
        self.message = MessageLine()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("이 카드로 병합"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("닫기"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.resize(560, 420)
        self.refresh()

    def _candidates(self, ctx, query, offset, limit):
        return [r for r in service.search_donors(ctx, query, offset=offset, limit=limit) if r.id != self.kept.id]

    def refresh(self) -> None:
        self.model.load(self.search.text())

    def chosen(self):
        return self.model.row_at(self.table.currentIndex())

    def submit(self) -> None:
        other = self.chosen()
        if other is None:
            self.message.show_error(self.tr("병합할 후원자를 고르세요."))
            return
        text = self.tr("{0} ({1})의 약정·후원금·CMS 내역을 {2} ({3}) 카드로 옮기고 {1}을(를) 병합됨으로 표시합니다. "
                       "되돌릴 수 없습니다.").format(other.name, other.donor_no, self.kept.name, self.kept.donor_no)
        if not dialogs.confirm(self, self.tr("후원자 병합"), text, self.tr("병합")):
            return
        kept_id, other_id = self.kept.id, other.id

        def done(result):
            self._on_merged(result)
            self.accept()

        Op(self, lambda ctx: service.merge_donors(ctx, kept_id, other_id)).success(done).run()
