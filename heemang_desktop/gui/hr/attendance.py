"""인사 > 근태관리: the month as a grid (employee x day) with totals, the 일일근태 upload and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView

from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.upload_dialog import UploadDialog

FIXED = 2  # 사번, 성명
TOTALS = ("근무일", "정규(시간)", "연장", "야간", "휴일", "결근", "휴가", "출장", "교육")
WEEKDAYS = "월화수목금토일"
SHADES = {"holiday": QColor("#fde2e2"), "rest": QColor("#eef2f8")}


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".") if minutes else ""


def _grid(ctx, month, search):
    from heemang_desktop.hr.attendance import month_grid

    return month_grid(ctx, month, search)


def _export(ctx, month, path):
    from heemang_desktop.hr.workbooks import export_attendance

    return export_attendance(ctx, month, Path(path))


class MonthGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = None

    def set_grid(self, grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.grid is None else FIXED + len(self.grid.days) + len(TOTALS)

    def _day_index(self, column: int) -> int | None:
        i = column - FIXED
        return i if self.grid is not None and 0 <= i < len(self.grid.days) else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        i = self._day_index(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return ("사번", "성명")[section]
            if i is not None:
                d = self.grid.days[i]
                return f"{d.day}\n{WEEKDAYS[d.weekday()]}"
            return TOTALS[section - FIXED - len(self.grid.days)]
        if role == Qt.ItemDataRole.ForegroundRole and i is not None and self.grid.day_kinds[i] == "holiday":
            return QBrush(QColor("#c62828"))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        row = self.grid.rows[index.row()]
        col = index.column()
        i = self._day_index(col)
        if role == Qt.ItemDataRole.DisplayRole:
            s = row.summary
            if col < FIXED:
                return (s.employee_no, s.name)[col]
            if i is not None:
                return row.cells[i]
            totals = (s.work_days, _hours(s.regular_minutes), _hours(s.overtime_minutes), _hours(s.night_minutes),
                      _hours(s.holiday_minutes), s.absent_days, s.leave_days, s.trip_days, s.training_days)
            value = totals[col - FIXED - len(self.grid.days)]
            return "" if value in (0, "") else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and i is not None:
            return row.notes[i] or None
        if role == Qt.ItemDataRole.BackgroundRole and i is not None:
            shade = SHADES.get(self.grid.day_kinds[i])
            return QBrush(shade) if shade else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIXED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AttendancePage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        today = date.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: self.reload())
        prev_button, next_button = QPushButton("◀"), QPushButton("▶")
        prev_button.setFixedWidth(32)
        next_button.setFixedWidth(32)
        prev_button.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        next_button.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("이름·사번 찾기 (Ctrl+F)"))
        self.search.returnPressed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.upload_button = QPushButton(self.tr("일일근태 엑셀 업로드…"))
        self.upload_button.clicked.connect(self.open_upload)
        template_button = QPushButton(self.tr("빈 양식 저장…"))
        template_button.clicked.connect(self._template)
        export_button = QPushButton(self.tr("이 달 내보내기…"))
        export_button.clicked.connect(self._export)
        holidays_button = QPushButton(self.tr("휴일 관리…"))
        holidays_button.clicked.connect(self.open_holidays)
        bar.addWidget(QLabel(self.tr("월")))
        for w in (prev_button, self.month, next_button):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        for w in (self.upload_button, template_button, export_button, holidays_button):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        self.model = MonthGridModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(26)
        self.layout_.addWidget(self.table, 1)
        legend = QLabel(self.tr("○ 정상 · 지 지각 · 조 조퇴 · 결 결근 · 휴 휴가 · 반 반차 · 출 출장 · 교 교육 · 휴근 휴일근무   "
                                "(분홍: 휴일, 파랑: 휴무일; 칸에 마우스를 올리면 시각이 보입니다)"))
        legend.setStyleSheet("color: #555;")
        self.layout_.addWidget(legend)
        self.upload = None

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.worker.call(_grid, self.month_text(), self.search.text(), on_done=self._show, on_error=self.show_error)

    def _show(self, grid) -> None:
        self.model.set_grid(grid)
        self.table.resizeColumnsToContents()
        for c in range(FIXED, FIXED + len(grid.days)):
            self.table.setColumnWidth(c, 30)
        self.table.resizeRowsToContents()

    def open_upload(self) -> UploadDialog:
        self.upload = UploadDialog(self.worker, "attendance", self.tr("일일근태 엑셀 업로드"), self)
        self.upload.saved.connect(lambda _r: (self.reload(), self.changed()))
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
            from heemang_desktop.hr.workbooks import write_attendance_template

            write_attendance_template(Path(name))
            self.info(self.tr("빈 양식을 저장했습니다: {0}").format(name))

    def _export(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("근태 내보내기"), f"일일근태_{month}.xlsx", "Excel (*.xlsx)")
        if name:
            self.worker.call(_export, month, name, on_error=self.show_error,
                             on_done=lambda n: self.info(self.tr("{0}건을 저장했습니다: {1}").format(f"{n:,}", name)))
