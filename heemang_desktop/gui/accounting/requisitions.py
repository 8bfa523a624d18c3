"""회계 > 품의서: write a requisition, approve or reject it, and turn an approved one into a resolution."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
)

from heemang_desktop.accounting import requisitions as service
from heemang_desktop.accounting.resolutions import save_resolution
from heemang_desktop.gui.accounting.resolutions import _leaf_names, _pydate, _qdate
from heemang_desktop.gui.accounting.widgets import LinesEditor
from heemang_desktop.gui.pages.base import Page


def _to_resolution(ctx, requisition_id: str, day: date):
    return save_resolution(ctx, service.resolution_from_requisition(ctx, requisition_id, day))


def _form_html(ctx, requisition_id: str) -> str:
    from heemang_desktop.accounting.forms import requisition_html

    return requisition_html(service.get_requisition(ctx, requisition_id), ctx.facility.name)


class RequisitionsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current_id = None
        self.rows = []
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in ("번호", "품의일자", "사업명", "금액", "목적", "상태")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(lambda r, _c: self._show(self.rows[r]))
        self.layout_.addWidget(self.table, 1)

        form = QFormLayout()
        self.number = QLabel(self.tr("(새 품의서)"))
        self.date = QDateEdit(_qdate(date.today()))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.business, self.purpose = QLineEdit(), QLineEdit()
        form.addRow(self.tr("품의번호"), self.number)
        form.addRow(self.tr("품의일자"), self.date)
        form.addRow(self.tr("사업명"), self.business)
        form.addRow(self.tr("목적·내용"), self.purpose)
        self.layout_.addLayout(form)
        self.lines = LinesEditor()
        self.lines.submitted.connect(self.save)
        self.layout_.addWidget(self.lines)
        bar = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar.addWidget(self.message, 1)
        self.buttons = {}
        for key, label in (("new", "새 품의서"), ("approve", "승인"), ("reject", "반려"), ("resolve", "결의서 만들기"),
                           ("print", "인쇄"), ("save", "저장(Enter)")):
            b = QPushButton(self.tr(label))
            bar.addWidget(b)
            self.buttons[key] = b
        self.layout_.addLayout(bar)
        self.buttons["new"].clicked.connect(self.new)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["approve"].clicked.connect(lambda: self._decide(True))
        self.buttons["reject"].clicked.connect(lambda: self._decide(False))
        self.buttons["resolve"].clicked.connect(self._resolve)
        self.buttons["print"].clicked.connect(self._print)
        self.business.returnPressed.connect(self.save)
        self.purpose.returnPressed.connect(self.save)

    def activated(self) -> None:
        self.worker.call(_leaf_names, date.today().year, on_done=lambda n: self.lines.set_accounts(n["세출"]),
                         on_error=self.show_error)
        self.reload()

    def reload(self) -> None:
        self.worker.call(service.list_requisitions, _pydate(self.date.date()).year, on_done=self._list,
                         on_error=self.show_error)

    def _list(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            for c, text in enumerate((v.number, v.requisition_date.isoformat(), v.business_name, f"{v.total:,}",
                                      v.purpose, v.state_label)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def new(self) -> None:
        self.current_id = None
        self.number.setText(self.tr("(새 품의서)"))
        self.business.clear()
        self.purpose.clear()
        self.lines.set_lines([])
        self.business.setFocus()

    def _show(self, view) -> None:
        self.current_id = view.id
        self.number.setText(f"{view.number}  ({view.state_label})")
        self.date.setDate(QDate(view.requisition_date.year, view.requisition_date.month, view.requisition_date.day))
        self.business.setText(view.business_name)
        self.purpose.setText(view.purpose)
        self.lines.set_lines(list(view.lines))

    def save(self) -> None:
        data = service.RequisitionInput(_pydate(self.date.date()), self.business.text(), self.lines.lines(),
                                        self.purpose.text())
        self.worker.call(service.save_requisition, data, self.current_id, on_done=self._done,
                         on_error=lambda e: self._say(str(e), True))

    def _done(self, view) -> None:
        self._show(view)
        self._say(self.tr("저장했습니다: {0}").format(view.number))
        self.reload()
        self.changed()

    def _decide(self, approve: bool) -> None:
        if self.current_id:
            self.worker.call(service.decide_requisition, self.current_id, approve, on_done=self._done,
                             on_error=lambda e: self._say(str(e), True))

    def _resolve(self) -> None:
        if self.current_id:
            self.worker.call(_to_resolution, self.current_id, date.today(),
                             on_done=lambda v: (self._say(self.tr("결의서를 만들었습니다: {0}").format(v.number)), self.changed()),
                             on_error=lambda e: self._say(str(e), True))

    def _print(self) -> None:
        from heemang_desktop.gui.printing import print_html

        if self.current_id:
            self.worker.call(_form_html, self.current_id, on_done=lambda html: print_html(html, self),
                             on_error=self.show_error)
