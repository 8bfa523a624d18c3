"""휴일 관리: the year's holidays (published and the facility's own); a 관리자 adds or removes a day."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from heemang_desktop.hr import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine

COLUMNS = ("날짜", "이름", "근거", "구분")
WEEKDAYS = "월화수목금토일"


class HolidaysDialog(QDialog):
    def __init__(self, page, year: int):
        super().__init__(page)
        self.page, self.days = page, []
        self.setWindowTitle(self.tr("휴일 관리"))
        self.resize(760, 560)
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        top.addWidget(QLabel(self.tr("연도")))
        top.addWidget(self.year)
        top.addStretch(1)
        box.addLayout(top)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        box.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(year, 1, 1))
        self.name, self.source = QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(self.tr("이름 (예: 국회의원선거일)"))
        self.source.setPlaceholderText(self.tr("근거 (예: 공직선거법 §34)"))
        self.add_button = QPushButton(self.tr("휴일 추가"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("선택한 날 빼기"))
        self.remove_button.clicked.connect(self.remove_day)
        for w in (self.day, self.name, self.source, self.add_button, self.remove_button):
            add.addWidget(w)
        box.addLayout(add)
        self.message = MessageLine()  # what the user must fix shows here (the operation helper finds it)
        box.addWidget(self.message)
        note = QLabel(self.tr("공휴일은 자료(resources/hr/holidays.json)에 근거와 함께 있습니다. 선거일·임시공휴일처럼 "
                              "빠진 날은 관리자가 추가하며, 그날 근태는 휴일근무로 다시 계산됩니다."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        box.addWidget(note)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        Op(self, lambda ctx: service.list_holidays(ctx, year)).success(self._show).run()

    def _show(self, days) -> None:
        self.days = days
        self.table.setRowCount(len(days))
        for r, h in enumerate(days):
            cells = (f"{h.day:%Y-%m-%d} ({WEEKDAYS[h.day.weekday()]})", h.name, h.source,
                     self.tr("시설 추가") if h.added else self.tr("공표"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        for c in (0, 1, 3):  # the source stretches into what is left
            self.table.resizeColumnToContents(c)

    def _changed(self, text: str):
        def changed(_result=None) -> None:
            self.name.clear()
            self.source.clear()
            self.message.show_ok(text)
            self.reload()  # the dialog's own list; the attendance grid follows the broadcast
            self.page.changed()

        return changed

    def add_day(self) -> None:
        day, name, source = self.day.date().toPython(), self.name.text(), self.source.text()
        self.message.clear()
        Op(self, lambda ctx: service.add_holiday(ctx, day, name, source)).success(
            self._changed(self.tr("{0}을(를) 휴일로 추가했습니다.").format(f"{day:%Y-%m-%d}"))).run()

    def remove_day(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.days) or not self.days[row].added:
            self.message.show_error(self.tr("시설에서 추가한 날을 고르세요 (공휴일은 뺄 수 없습니다)."))
            return
        day = self.days[row].day
        self.message.clear()
        Op(self, lambda ctx: service.remove_holiday(ctx, day)).success(
            self._changed(self.tr("{0}을(를) 휴일에서 뺐습니다.").format(f"{day:%Y-%m-%d}"))).run()
