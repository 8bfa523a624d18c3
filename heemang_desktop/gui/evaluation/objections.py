"""평가관리 > 평가 이의신청: the on-site visits, the objection deadline (visit + 7 days) and the route.

When the objection window touches an outage of the system objections go through, the page says to
object by 공문 and shows the letter draft: editable text (the facility, the visit, the deadline, why
by letter, the items objected to), saved as a PDF as edited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.reporting import service
from heemang_desktop.store.errors import HeemangError

from heemang_desktop.gui import status_bar
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine

_WEEKDAYS = "월화수목금토일"


def _day(d) -> str:
    return f"{d:%Y-%m-%d}({_WEEKDAYS[d.weekday()]})"


class ObjectionsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.rows: list = []
        self.current_id: str | None = None
        split = QSplitter(Qt.Orientation.Horizontal)
        self.layout_.addWidget(split, 1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.cycle = QLineEdit()
        self.cycle.setPlaceholderText(self.tr("예: 2022년 시설평가 (비우면 현장평가 연도로)"))
        self.visit = QDateEdit()
        self.visit.setCalendarPopup(True)
        self.visit.setDisplayFormat("yyyy-MM-dd")
        today = status_bar.today()
        self.visit.setDate(QDate(today.year, today.month, today.day))
        self.items = QPlainTextEdit()
        self.items.setPlaceholderText(self.tr("이의신청할 지표와 사유, 한 줄에 하나 (공문에 그대로 들어갑니다)"))
        self.items.setFixedHeight(5 * self.items.fontMetrics().lineSpacing() + 12)
        form.addRow(self.tr("평가 회차"), self.cycle)
        form.addRow(self.tr("현장평가일"), self.visit)
        form.addRow(self.tr("이의신청 항목"), self.items)
        ll.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("새로 기록"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("고친 내용 저장"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("기록 삭제"))
        self.remove_button.clicked.connect(self.remove)
        for b in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        self.message = MessageLine()
        ll.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("평가 회차"), self.tr("현장평가일"), self.tr("이의신청 기한"),
                                              self.tr("방법")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        ll.addWidget(self.table, 1)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.route = QLabel(self.tr("현장평가를 기록하거나 목록에서 고르면 이의신청 기한과 방법이 나옵니다."))
        self.route.setWordWrap(True)
        self.route.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.route.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.route)
        self.letter_box = QGroupBox(self.tr("이의신청 공문 초안 (고쳐 쓸 수 있습니다)"))
        lb = QVBoxLayout(self.letter_box)
        self.letter = QPlainTextEdit()
        lb.addWidget(self.letter, 1)
        lbuttons = QHBoxLayout()
        self.redraft_button = QPushButton(self.tr("초안 다시 만들기"))
        self.redraft_button.clicked.connect(self.load_letter)
        self.pdf_button = QPushButton(self.tr("PDF로 저장…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("인쇄…"))
        self.print_button.clicked.connect(self.print_letter)
        lbuttons.addWidget(self.redraft_button)
        lbuttons.addStretch(1)
        lbuttons.addWidget(self.print_button)
        lbuttons.addWidget(self.pdf_button)
        lb.addLayout(lbuttons)
        rl.addWidget(self.letter_box, 1)
        self.letter_box.setVisible(False)
        rl.addStretch(0)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])  # the letter needs the width more than the short list
        self._buttons()
        # a visit recorded elsewhere, or an outage window added: the routes may change
        self.watch("evaluation", "calendar_entry")

    # -- loading ----------------------------------------------------------------------------------
    def activated(self) -> None:
        Op(self, service.list_evaluations).success(self._show).run()

    def _show(self, rows) -> None:
        keep = self.current_id
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, e in enumerate(rows):
            how = self.tr("공문") if e.route.route == service.LETTER else self.tr("시스템(온라인)")
            for col, text in enumerate((e.cycle, _day(e.visit), _day(e.route.deadline), how)):
                cell = QTableWidgetItem(text)
                if col == 3 and e.route.route == service.LETTER:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, col, cell)
        self.table.blockSignals(False)
        ids = [e.id for e in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self._selected()
        else:
            self.table.clearSelection()
            self._choose(None)

    def _selected(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        self._choose(self.rows[picked[0].row()] if picked else None)

    def _choose(self, e) -> None:
        changed = e is None or e.id != self.current_id
        self.current_id = e.id if e else None
        self._buttons()
        if e is None:
            self.route.setText(self.tr("현장평가를 기록하거나 목록에서 고르면 이의신청 기한과 방법이 나옵니다."))
            self.letter_box.setVisible(False)
            return
        self.cycle.setText(e.cycle)
        self.visit.setDate(QDate(e.visit.year, e.visit.month, e.visit.day))
        self.items.setPlainText(e.items)
        r = e.route
        if r.route == service.LETTER:
            head = self.tr("{0}까지 공문으로 이의신청하세요.").format(_day(r.deadline))
            color = "#b00020"
        else:
            head = self.tr("{0}까지 시스템으로 이의신청하세요.").format(_day(r.deadline))
            color = "#2e7d32"
        self.route.setText(f"<b style='color:{color}; font-size:15px'>{head}</b><br/>{r.reason}")
        self.letter_box.setVisible(r.route == service.LETTER)
        if r.route == service.LETTER and (changed or not self.letter.toPlainText()):
            self.load_letter()

    def _buttons(self) -> None:
        chosen = self.current_id is not None
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------------------
    def _inputs(self):
        return self.visit.date().toPython(), self.cycle.text(), self.items.toPlainText()

    def add(self) -> None:
        visit, cycle, items = self._inputs()
        Op(self, lambda ctx: service.add_evaluation(ctx, visit, cycle, items)).success(self._saved).run()

    def save(self) -> None:
        if self.current_id is None:
            return
        visit, cycle, items = self._inputs()
        eid = self.current_id
        self.letter.clear()  # the draft follows the corrected visit and items
        Op(self, lambda ctx: service.update_evaluation(ctx, eid, visit, cycle, items)).success(self._saved).run()

    def _saved(self, e) -> None:
        self.current_id = e.id
        self.letter.clear()
        self.message.show_ok(self.tr("저장했습니다. 이의신청 기한 {0}, {1}").format(
            _day(e.route.deadline), self.tr("공문") if e.route.route == service.LETTER else self.tr("시스템")))

    def remove(self) -> None:
        if self.current_id is None:
            return
        eid = self.current_id
        Op(self, lambda ctx: service.remove_evaluation(ctx, eid)).success(
            lambda _: self.message.show_ok(self.tr("기록을 삭제했습니다."))).run()

    def load_letter(self) -> None:
        if self.current_id is None:
            return
        eid = self.current_id
        Op(self, lambda ctx: service.letter_text(ctx, eid)).success(self.letter.setPlainText).run()

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """The letter as edited, as a PDF (a file dialog asks where unless `path` is given)."""
        e = next((r for r in self.rows if r.id == self.current_id), None)
        if e is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("공문 PDF 저장"), f"평가이의신청_{e.visit:%Y%m%d}.pdf",
                                                  self.tr("PDF 파일 (*.pdf)"))
            if not path:
                return None
        try:
            saved = service.save_letter_pdf(self.letter.toPlainText(), Path(path))
        except HeemangError as exc:  # an empty letter: said on the page's line
            self.message.show_error(str(exc))
            return None
        self.message.show_ok(self.tr("공문 PDF를 저장했습니다: {0}").format(str(saved)))
        return saved

    def print_letter(self) -> bool:
        """The letter as edited, on a printer the user picks (laid out as the PDF is)."""
        from heemang_desktop.gui.printing import print_html

        if not self.letter.toPlainText().strip() or self.current_id is None:
            self.message.show_error(self.tr("공문 내용이 비어 있습니다."))
            return False
        return print_html(service.letter_html(self.letter.toPlainText()), self, entity="evaluation",
                          entity_id=self.current_id)
