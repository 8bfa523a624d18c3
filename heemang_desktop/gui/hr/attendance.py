"""인사 > 근태관리: the month as a grid (employee x day) with totals, typed into a day at a time; the 일일근태
upload, its blank template and the month's export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from heemang_desktop.hr import service

from heemang_desktop.gui.hr.month_grid import DAY_WIDTH, FIXED, FrozenGridView, MonthGridModel
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.upload_dialog import UploadDialog
from heemang_desktop.gui.widgets.message_line import MessageLine
from heemang_desktop.gui.widgets.month_picker import MonthPicker

# What the grid shows: the days themselves, the cards (names, hiring), and what lays over a day.
SHOWN = ("attendance", "employee", "leave", "trip", "training", "holiday")


class AttendancePage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.month = MonthPicker()
        self.month.month_changed.connect(lambda _m: self.reload())
        prev_button, next_button = QPushButton("◀"), QPushButton("▶")
        prev_button.setFixedWidth(32)
        next_button.setFixedWidth(32)
        prev_button.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        next_button.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("이름·사번 찾기 (Ctrl+F)"))
        self.search.returnPressed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.upload_button = QPushButton(self.tr("일일근태 업로드…"))
        self.upload_button.clicked.connect(self.open_upload)
        self.template_button = QPushButton(self.tr("빈 양식 저장…"))
        self.template_button.clicked.connect(self._template)
        self.export_button = QPushButton(self.tr("이 달 내보내기…"))
        self.export_button.clicked.connect(self._export)
        holidays_button = QPushButton(self.tr("휴일 관리…"))
        holidays_button.clicked.connect(self.open_holidays)
        bar.addWidget(QLabel(self.tr("월")))
        for w in (prev_button, self.month, next_button):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        for w in (self.upload_button, self.template_button, self.export_button, holidays_button):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        self.model = MonthGridModel(self)
        self.model.day_typed.connect(self.enter_day)
        self.table = FrozenGridView()
        self.table.setModel(self.model)
        self.table.clear_requested.connect(self.clear_days)
        self.layout_.addWidget(self.table, 1)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        legend = QLabel(self.tr(
            "칸을 고르고 0900-1800 처럼 치고 Enter (근태구분·비고는 뒤에: 0930-1800 지각 병원, "
            "결근, 휴가 가족여행) · Delete: 그날 기록 지우기 · ○ 정상 · 지 지각 · 조 조퇴 · 결 결근 · "
            "휴 휴가 · 반 반차 · 출 출장 · 교 교육 · 휴근 휴일근무 (분홍: 휴일, 파랑: 휴무일)"))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        self.layout_.addWidget(legend)
        self.upload = None
        self.watch(*SHOWN, refresh=self.reload)

    def month_text(self) -> str:
        return self.month.month()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        month, search = self.month_text(), self.search.text()
        Op(self, lambda ctx: service.month_grid(ctx, month, search)).success(self._show).run()

    def _show(self, grid) -> None:
        if grid.month != self.month_text():
            return  # the user has moved to another month meanwhile
        old = self.model.grid
        reset = old is None or old.month != grid.month or len(old.rows) != len(grid.rows)
        self.model.set_grid(grid)
        if reset:
            self.table.resizeColumnsToContents()
            for c in range(FIXED, FIXED + len(grid.days)):
                self.table.setColumnWidth(c, DAY_WIDTH)
            self.table.resizeRowsToContents()
            self.table.sync_frozen()

    # -- a day typed into the grid ------------------------------------------------------
    def enter_day(self, employee_id: str, day, text: str) -> None:
        self.message.clear()
        Op(self, lambda ctx: service.enter_day(ctx, employee_id, day, text)).failure(
            lambda error: self._refused(employee_id, day, text, error)).run()

    def _refused(self, employee_id: str, day, text: str, error) -> None:
        """Say why, and open the day again with what was typed, to be fixed rather than typed again."""
        self.message.show_error(self.tr("{0} {1}: {2}").format(f"{day:%m-%d}", self._name_of(employee_id), error))
        index = self.model.index_of(employee_id, day)
        if index.isValid() and self.table.state() != self.table.State.EditingState:
            self.model.refused[(employee_id, day)] = text
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _name_of(self, employee_id: str) -> str:
        rows = self.model.grid.rows if self.model.grid is not None else ()
        return next((r.summary.name for r in rows if r.summary.employee_id == employee_id), "")

    def clear_days(self, days: list) -> None:
        self.message.clear()
        Op(self, lambda ctx: service.clear_days(ctx, days)).success(
            lambda n: self.message.show_ok(self.tr("{0}일의 근태를 지웠습니다.").format(n)) if n else None).run()

    # -- files ----------------------------------------------------------------------------
    def open_upload(self) -> UploadDialog:
        self.upload = UploadDialog("attendance", self.tr("일일근태 업로드 (엑셀·CSV)"), self)
        self.upload.saved.connect(lambda _r: self.changed())  # the grid follows the upload's broadcast
        self.upload.open()
        return self.upload

    def open_holidays(self):
        from heemang_desktop.gui.hr.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self, self.month.date().year())
        dialog.open()
        return dialog

    def _template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), "일일근태_양식.xlsx", "Excel (*.xlsx)")
        if name:
            Op(self, lambda _ctx: service.write_attendance_template(Path(name))).success(
                lambda _r: self.message.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(name))).run()

    def _export(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("근태 내보내기"), f"일일근태_{month}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            op = Op(self, lambda ctx: service.export_attendance(ctx, month, Path(name)), label=self.tr("내보내는 중…"))
            op.success(lambda n: self.message.show_ok(self.tr("{0}건을 저장했습니다: {1}").format(f"{n:,}", name)))
            op.run()
