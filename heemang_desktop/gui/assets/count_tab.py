"""The 재물조사 tab: start a count, mark what was found (or the Excel round trip), see the differences, finish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.assets import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, date_edit, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine


def _found(line) -> str:
    if line.found is None:
        return ""
    return "있음" if line.found else "없음"


class CountTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.count = None  # the open CountView
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.state = QLabel()
        self.on = date_edit()
        self.start_button = QPushButton(self.tr("재물조사 시작"))
        self.start_button.clicked.connect(self.start)
        self.finish_button = QPushButton(self.tr("재물조사 마침"))
        self.finish_button.clicked.connect(self.finish)
        top.addWidget(self.state, 1)
        top.addWidget(QLabel(self.tr("조사일")))
        top.addWidget(self.on)
        top.addWidget(self.start_button)
        top.addWidget(self.finish_button)
        v.addLayout(top)
        splitter = QSplitter()
        self.lines = RowsModel([
            Column(self.tr("자산번호"), lambda ln: ln.asset_number), Column(self.tr("품명"), lambda ln: ln.name),
            Column(self.tr("있어야 할 곳"), lambda ln: ln.expected_location),
            Column(self.tr("관리자"), lambda ln: ln.custodian), Column(self.tr("확인"), _found),
            Column(self.tr("실제 위치"), lambda ln: ln.found_location),
        ], parent=page)
        self.table = rows_table(self.lines)
        self.table.horizontalHeader().setSectionResizeMode(0, self.table.horizontalHeader().ResizeMode.ResizeToContents)
        splitter.addWidget(self.table)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("차이")))
        self.diffs = RowsModel([
            Column(self.tr("구분"), lambda d: d.kind), Column(self.tr("자산번호"), lambda d: d.asset_number),
            Column(self.tr("품명"), lambda d: d.name), Column(self.tr("있어야 할 곳"), lambda d: d.expected_location),
            Column(self.tr("찾은 곳"), lambda d: d.found_location),
        ], parent=page)
        rv.addWidget(rows_table(self.diffs), 1)
        splitter.addWidget(right)
        splitter.setSizes([640, 540])
        v.addWidget(splitter, 1)
        marks = QHBoxLayout()
        self.found_button = QPushButton(self.tr("있음"))
        self.found_button.clicked.connect(lambda: self.mark(True))
        self.elsewhere_button = QPushButton(self.tr("다른 곳에 있음…"))
        self.elsewhere_button.clicked.connect(self.mark_elsewhere)
        self.missing_button = QPushButton(self.tr("없음"))
        self.missing_button.clicked.connect(lambda: self.mark(False))
        self.extra_button = QPushButton(self.tr("대장에 없는 물품…"))
        self.extra_button.clicked.connect(self.add_extra)
        self.sheet_button = QPushButton(self.tr("조사표 저장…"))
        self.sheet_button.setToolTip(self.tr("있어야 할 곳을 적은 조사표를 엑셀로 저장합니다. 결과를 적어 올리세요."))
        self.sheet_button.clicked.connect(self._ask_sheet)
        for b in (self.found_button, self.elsewhere_button, self.missing_button, self.extra_button):
            marks.addWidget(b)
        marks.addStretch(1)
        marks.addWidget(self.sheet_button)
        v.addLayout(marks)
        self.message = MessageLine()
        v.addWidget(self.message)
        self._enable()

    def _enable(self) -> None:
        running = self.count is not None
        self.start_button.setEnabled(not running)
        for b in (self.finish_button, self.found_button, self.elsewhere_button, self.missing_button,
                  self.extra_button, self.sheet_button):
            b.setEnabled(running)

    def refresh(self) -> None:
        def shown(answer):
            self.count, diffs = answer
            c = self.count
            self.lines.set_rows([ln for ln in c.lines if ln.asset_number] if c else [])
            self.diffs.set_rows(diffs)
            if c is None:
                self.state.setText(self.tr("진행 중인 재물조사가 없습니다."))
            else:
                checked = sum(1 for ln in c.lines if ln.asset_number and ln.found is not None)
                listed = sum(1 for ln in c.lines if ln.asset_number)
                self.state.setText(self.tr("{0}년 재물조사 ({1}) · 확인 {2}/{3}건 · 차이 {4}건").format(
                    c.fiscal_year, c.count_date, checked, listed,
                    sum(1 for d in diffs if d.kind != "미확인")))
            self._enable()

        def read(ctx):
            c = service.open_count(ctx)
            return c, (service.differences(ctx, c.id) if c else [])

        Op(self.page, read).success(shown).run()

    def _done(self, _result=None) -> None:
        self.page.changed()
        self.refresh()

    def start(self) -> None:
        on = self.on.date().toPython()
        Op(self.page, lambda ctx: service.start_count(ctx, on.year, on)).success(self._done).failure(
            lambda e: self.message.show_error(str(e))).run()

    def _selected(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.lines.rows[r] for r in rows if r < len(self.lines.rows)]

    def mark(self, found: bool, location: str = "") -> None:
        chosen = self._selected()
        if not chosen or self.count is None:
            self.message.show_error(self.tr("표에서 자산을 고르세요."))
            return
        entries = [service.CountEntry(ln.asset_number, found, location) for ln in chosen]
        count_id = self.count.id
        Op(self.page, lambda ctx: service.record_found(ctx, count_id, entries)).success(self._done).failure(
            lambda e: self.message.show_error(str(e))).run()

    def mark_elsewhere(self) -> None:
        place, ok = QInputDialog.getText(self, self.tr("다른 곳에 있음"), self.tr("찾은 곳"))
        if ok and place.strip():
            self.mark(True, place.strip())

    def add_extra(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("대장에 없는 물품"), self.tr("품명"))
        if not (ok and name.strip()) or self.count is None:
            return
        place, ok = QInputDialog.getText(self, self.tr("대장에 없는 물품"), self.tr("찾은 곳"))
        if ok:
            count_id = self.count.id
            Op(self.page, lambda ctx: service.add_extra(ctx, count_id, name, place)).success(self._done).failure(
                lambda e: self.message.show_error(str(e))).run()

    def finish(self) -> None:
        if self.count is not None:
            count_id = self.count.id
            Op(self.page, lambda ctx: service.finish_count(ctx, count_id)).success(self._done).failure(
                lambda e: self.message.show_error(str(e))).run()

    def _ask_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("조사표 저장"), self.tr("재물조사표.xlsx"),
                                              "Excel (*.xlsx)")
        if name:
            self.save_sheet(Path(name))

    def save_sheet(self, path: Path) -> None:
        Op(self.page, lambda ctx: service.write_count_sheet(ctx, path)).success(
            lambda n: self.message.show_ok(self.tr("조사표 {0}건을 저장했습니다: {1}").format(n, path))).run()
