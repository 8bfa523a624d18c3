"""회계 > 품의서: write a requisition, approve or reject it, and turn an approved one into a resolution."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from heemang_desktop.accounting import service

from heemang_desktop.gui.accounting.widgets import LinesEditor, to_date, to_qdate
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine


class RequisitionsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current_id = None
        self.rows = []
        self.table = QTableWidget(0, 6)
        headers = ("번호", "품의일자", "사업명", "금액", "목적", "상태")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(lambda r, _c: self._show(self.rows[r]))
        self.layout_.addWidget(self.table, 1)

        form = QFormLayout()
        self.number = QLabel(self.tr("(새 품의서)"))
        self.date = QDateEdit(to_qdate(date.today()))
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
        self.message = MessageLine()  # users' mistakes from any operation of the page land here
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
        self.watch("requisition", "budget_account", "chart_override")

    def activated(self) -> None:
        Op(self, lambda ctx: service.leaf_names(ctx, date.today().year)).success(
            lambda n: self.lines.set_accounts(n["세출"])).failure(self.show_error).run()
        self.reload()

    def reload(self) -> None:
        year = to_date(self.date.date()).year
        Op(self, lambda ctx: service.list_requisitions(ctx, year)).success(self._list).failure(self.show_error).run()

    def _list(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            for c, text in enumerate((v.number, v.requisition_date.isoformat(), v.business_name, f"{v.total:,}",
                                      v.purpose, v.state_label)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _say(self, text: str, error: bool = False) -> None:
        (self.message.show_error if error else self.message.show_ok)(text)

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
        self.date.setDate(to_qdate(view.requisition_date))
        self.business.setText(view.business_name)
        self.purpose.setText(view.purpose)
        self.lines.set_lines(list(view.lines))

    def save(self) -> None:
        data = service.RequisitionInput(to_date(self.date.date()), self.business.text(), self.lines.lines(),
                                        self.purpose.text())
        current = self.current_id
        Op(self, lambda ctx: service.save_requisition(ctx, data, current)).success(self._done).run()

    def _done(self, view) -> None:
        self._show(view)
        self._say(self.tr("저장했습니다: {0}").format(view.number))
        self.changed()

    def _decide(self, approve: bool) -> None:
        current = self.current_id
        if current:
            Op(self, lambda ctx: service.decide_requisition(ctx, current, approve)).success(self._done).run()

    def _resolve(self) -> None:
        """Open the approved requisition as a new resolution on 수입/지출 결의서, where 재원 and 결제방법 are chosen."""
        current = self.current_id
        if current:
            Op(self, lambda ctx: service.resolution_from_requisition(ctx, current, date.today())).success(
                self._open_draft).run()

    def _open_draft(self, draft) -> None:
        self.window_.open_page("accounting.resolutions")
        page = self.window_.pages.get("accounting.resolutions")
        if page is not None:
            page.load_draft(draft)

    def _print(self) -> None:
        from heemang_desktop.gui.printing import print_html

        current = self.current_id
        if current:
            Op(self, lambda ctx: service.requisition_html(ctx, current)).success(
                lambda html: print_html(html, self, entity="requisition", entity_id=current)).run()
