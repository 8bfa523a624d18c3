"""과목표 tab of 회계 > 예산 편성: the facility's budget chart with its rule and sources, "확인 필요" beside every
account not checked against the annex, and the facility's correction of a shipped account (synced)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.accounting import service

from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine

HEADERS = ["구분", "코드", "과목", "확인", "수준", "별표", "비고"]
UNCHECKED = "확인 필요"


def check_mark(account) -> str:
    """What the 확인 column shows beside an account."""
    if not account.confirmed:
        return UNCHECKED
    return "시설 확인" if account.overridden else ""


def remark(account) -> str:
    parts = []
    if account.kept:
        parts.append("이전 과목표 (기록에서 사용 중)")
    if account.shipped_name:
        parts.append(f"원래 이름: {account.shipped_name}")
    if account.note:
        parts.append(f"시설 메모: {account.note}")
    if account.source:
        parts.append(f"근거: {account.source}")
    return " · ".join(parts)


class ChartPanel(QWidget):
    def __init__(self, page, year_of):
        super().__init__()
        self.page, self.year_of = page, year_of
        self.shown: list = []  # the accounts in the table's rows
        self.rule = QLabel()
        self.hint = QLabel(self.tr("과목을 골라 별표대로 이름을 고치고 '확인함'으로 표시하면 "
                                   "이 시설의 과목표에만 적용되고 "
                                   "다른 PC에도 동기화됩니다. 근거 자료: 이 줄에 마우스를 올리세요."))
        bar = QHBoxLayout()
        self.side = QComboBox()
        self.side.addItems(["세출", "세입"])
        self.only_unchecked = QCheckBox(self.tr("확인 필요만"))
        bar.addWidget(QLabel(self.tr("구분")))
        bar.addWidget(self.side)
        bar.addWidget(self.only_unchecked)
        bar.addStretch(1)
        self.table = ReportTable()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)

        edit = QHBoxLayout()
        self.selected = QLabel(self.tr("과목을 고르세요"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("별표에 적힌 과목 이름"))
        self.confirmed = QCheckBox(self.tr("별표와 대조해 확인함"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("확인한 곳 (별표, 지침 쪽수)"))
        self.save_button = QPushButton(self.tr("과목 수정 저장"))
        for w in (self.selected, self.name, self.confirmed, self.note, self.save_button):
            edit.addWidget(w)
        self.message = MessageLine()  # users' mistakes from the tab's operations land here

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.side.currentTextChanged.connect(lambda _s: self._fill())
        self.only_unchecked.toggled.connect(lambda _b: self._fill())
        self.table.itemSelectionChanged.connect(self._picked)
        self.save_button.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)
        self.chart = None
        self.keep: tuple | None = None  # (side, code) to select again once the chart reloads

    def load(self) -> None:
        """Reloaded by the page: when shown and whenever the chart or a correction changes."""
        year = self.year_of()
        Op(self, lambda ctx: service.chart(ctx, year)).success(self._show).failure(self.page.show_error).run()

    def _show(self, c) -> None:
        self.chart = c
        unchecked = sum(1 for a in c.accounts if not a.confirmed)
        self.rule.setText(self.tr("적용 과목표: {0} — {1} · 별표와 대조하지 않은 과목 {2}개 ('확인 필요')")
                          .format(c.name, c.rule, unchecked))
        self.hint.setToolTip("\n".join(c.sources))
        self.rule.setToolTip(self.hint.toolTip())
        self._fill()
        row = next((i for i, a in enumerate(self.shown) if (a.side, a.code) == self.keep), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _fill(self) -> None:
        if self.chart is None:
            return
        side = self.side.currentText()
        self.shown = [a for a in self.chart.accounts if a.side == side and a.annex != "시설"
                      and (a.confirmed is False or not self.only_unchecked.isChecked())]
        rows = [[a.side, a.code, a.name, check_mark(a), a.level, a.annex, remark(a)] for a in self.shown]
        self.table.show_rows(HEADERS, rows, emphasis={i for i, a in enumerate(self.shown) if a.level in ("관", "항")})
        for r, a in enumerate(self.shown):
            if not a.confirmed:
                self.table.item(r, 3).setForeground(QColor("#b00020"))
        self._picked()

    def _current(self):
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) and self.table.selectedItems() else None

    def _picked(self) -> None:
        a = self._current()
        for w in (self.name, self.confirmed, self.note, self.save_button):
            w.setEnabled(a is not None)
        if a is None:
            self.selected.setText(self.tr("과목을 고르세요"))
            return
        self.selected.setText(f"{a.side} {a.code}")
        self.name.setText(a.name)
        self.confirmed.setChecked(a.confirmed)
        self.note.setText(a.note)

    def save(self) -> None:
        a = self._current()
        if a is None:
            return
        year, name, confirmed, note = self.year_of(), self.name.text(), self.confirmed.isChecked(), self.note.text()
        Op(self, lambda ctx: service.correct_account(ctx, a.side, a.code, year, name=name, confirmed=confirmed,
                                                     note=note)).success(self._saved).run()

    def _saved(self, fixed) -> None:
        self.keep = (fixed.side, fixed.code)  # the broadcast reloads the chart; the row stays selected
        self.message.show_ok(self.tr("저장했습니다: {0} {1}").format(fixed.label, check_mark(fixed)).strip())
        self.page.changed()
