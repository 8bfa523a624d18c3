"""인사 > 휴가·출장·교육: leave requests and approval with the annual-leave balance; trips and training."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from heemang_desktop.hr import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine


def _load(ctx, employee_id, year):
    staff = service.list_employees(ctx, include_retired=False)
    balance = service.annual_balance(ctx, employee_id) if employee_id else None
    return staff, balance, service.list_leaves(ctx, year=year), service.list_activities(ctx, year=year)


def _py(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _date_edit() -> QDateEdit:
    e = QDateEdit(QDate.currentDate())
    e.setDisplayFormat("yyyy-MM-dd")
    e.setCalendarPopup(True)
    return e


def _table(headers) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


class LeavePage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        top = QHBoxLayout()
        self.employee = QComboBox()
        self.employee.setMinimumWidth(180)
        self.employee.currentIndexChanged.connect(lambda _i: self.reload())
        self.balance = QLabel()
        self.balance.setStyleSheet("font-weight: bold;")
        top.addWidget(QLabel(self.tr("직원")))
        top.addWidget(self.employee)
        top.addWidget(self.balance, 1)
        self.layout_.addLayout(top)

        box = QGroupBox(self.tr("휴가 신청"))
        form = QHBoxLayout(box)
        self.leave_type = QComboBox()
        self.leave_type.addItems(list(service.leave_types()))
        self.start, self.end = _date_edit(), _date_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("사유"))
        self.reason.returnPressed.connect(self._request)
        request = QPushButton(self.tr("신청"))
        request.clicked.connect(self._request)
        for w in (self.leave_type, self.start, QLabel("~"), self.end, self.reason, request):
            form.addWidget(w)
        self.layout_.addWidget(box)
        self.leaves = _table([self.tr(h) for h in ("직원", "종류", "시작일", "종료일", "일수", "사유", "상태")])
        self.layout_.addWidget(self.leaves, 1)
        decide = QHBoxLayout()
        approve, refuse = QPushButton(self.tr("승인")), QPushButton(self.tr("반려"))
        approve.clicked.connect(lambda: self._decide(True))
        refuse.clicked.connect(lambda: self._decide(False))
        cancel = QPushButton(self.tr("신청 취소"))
        cancel.clicked.connect(self._cancel_leave)
        self.message = MessageLine()
        decide.addWidget(self.message, 1)
        for w in (approve, refuse, cancel):
            decide.addWidget(w)
        self.layout_.addLayout(decide)

        box = QGroupBox(self.tr("출장·교육 등록"))
        form = QHBoxLayout(box)
        self.kind = QComboBox()
        self.kind.addItems(["출장", "교육"])
        self.a_start, self.a_end = _date_edit(), _date_edit()
        self.place, self.purpose = QLineEdit(), QLineEdit()
        self.place.setPlaceholderText(self.tr("장소"))
        self.purpose.setPlaceholderText(self.tr("목적·과정명"))
        self.hours = QSpinBox()
        self.hours.setRange(0, 999)
        self.hours.setSuffix(self.tr("시간"))
        add = QPushButton(self.tr("등록"))
        add.clicked.connect(self._add_activity)
        for w in (self.kind, self.a_start, QLabel("~"), self.a_end, self.place, self.purpose, self.hours, add):
            form.addWidget(w)
        self.layout_.addWidget(box)
        self.activities = _table([self.tr(h) for h in ("구분", "직원", "시작일", "종료일", "장소", "목적", "시간")])
        self.layout_.addWidget(self.activities, 1)
        remove_row = QHBoxLayout()
        remove = QPushButton(self.tr("출장·교육 삭제"))
        remove.clicked.connect(self._remove_activity)
        remove_row.addStretch(1)
        remove_row.addWidget(remove)
        self.layout_.addLayout(remove_row)
        self._leaves: list = []
        self._activities: list = []
        self.watch("leave", "trip", "training", "employee", refresh=self.reload)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        employee_id, year = self.employee.currentData(), date.today().year
        Op(self, lambda ctx: _load(ctx, employee_id, year)).success(self._show).run()

    def _show(self, result) -> None:
        staff, balance, leaves, activities = result
        current = self.employee.currentData()
        self.employee.blockSignals(True)
        self.employee.clear()
        for e in staff:
            self.employee.addItem(f"{e.name} ({e.employee_no})", e.id)
        index = self.employee.findData(current)
        self.employee.setCurrentIndex(max(index, 0))
        self.employee.blockSignals(False)
        if balance is None and staff:
            self.reload()  # first load: now that an employee is chosen, fetch their balance
            return
        if balance is not None:
            self.balance.setText(self.tr(
                "연차 {0:g}일 중 사용 {1:g}일 · 남음 {2:g}일 · 승인 대기 {3:g}일  ({4} ~ {5})").format(
                balance.granted, balance.used, balance.remaining, balance.requested,
                f"{balance.period_start:%Y-%m-%d}", f"{balance.period_end:%Y-%m-%d}"))
        self._leaves, self._activities = list(leaves), list(activities)
        self._fill(self.leaves, [(lv.employee_name, lv.leave_type, f"{lv.start_date:%Y-%m-%d}",
                                  f"{lv.end_date:%Y-%m-%d}", f"{lv.days:g}", lv.reason, lv.state) for lv in leaves])
        self._fill(self.activities, [(a.kind, a.employee_name, f"{a.start_date:%Y-%m-%d}", f"{a.end_date:%Y-%m-%d}",
                                      a.place, a.purpose, str(a.hours)) for a in activities])

    @staticmethod
    def _fill(table: QTableWidget, rows) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(v))

    def _done(self, text: str):
        def done(_result):
            self.message.show_ok(text)
            self.changed()

        return done

    def _request(self) -> None:
        employee_id, kind, start, end, reason = (self.employee.currentData(), self.leave_type.currentText(),
                                                 _py(self.start), _py(self.end), self.reason.text())
        self.message.clear()
        Op(self, lambda ctx: service.request_leave(ctx, employee_id, kind, start, end, reason)).success(
            self._done(self.tr("휴가를 신청했습니다."))).run()

    def _decide(self, approve: bool) -> None:
        row = self.leaves.currentRow()
        if row < 0:
            self.message.show_error(self.tr("표에서 휴가 신청을 고르세요."))
            return
        leave_id = self._leaves[row].id
        self.message.clear()
        Op(self, lambda ctx: service.decide_leave(ctx, leave_id, approve)).success(
            self._done(self.tr("승인했습니다.") if approve else self.tr("반려했습니다."))).run()

    def _cancel_leave(self) -> None:
        row = self.leaves.currentRow()
        if row < 0:
            self.message.show_error(self.tr("표에서 취소할 휴가 신청을 고르세요."))
            return
        lv = self._leaves[row]
        if not dialogs.confirm(self, self.tr("휴가 신청 취소"), self.tr(
                "{0} 님의 {1} ({2} ~ {3}, {4}) 신청을 취소합니다. 되돌릴 수 없습니다.").format(
                lv.employee_name, lv.leave_type, f"{lv.start_date:%Y-%m-%d}", f"{lv.end_date:%Y-%m-%d}", lv.state),
                self.tr("신청 취소")):
            return
        self.message.clear()
        op = Op(self, lambda ctx: service.cancel_leave(ctx, lv.id))
        op.success(self._done(self.tr("신청을 취소했습니다."))).run()

    def _remove_activity(self) -> None:
        row = self.activities.currentRow()
        if row < 0:
            self.message.show_error(self.tr("표에서 삭제할 출장·교육을 고르세요."))
            return
        a = self._activities[row]
        if not dialogs.confirm(self, self.tr("출장·교육 삭제"), self.tr(
                "{0} 님의 {1} ({2} ~ {3}, {4})을(를) 삭제합니다. 근태 표에서도 빠집니다.").format(
                a.employee_name, a.kind, f"{a.start_date:%Y-%m-%d}", f"{a.end_date:%Y-%m-%d}", a.place),
                self.tr("삭제")):
            return
        self.message.clear()
        op = Op(self, lambda ctx: service.remove_activity(ctx, a.kind, a.id))
        op.success(self._done(self.tr("삭제했습니다."))).run()

    def _add_activity(self) -> None:
        args = (self.kind.currentText(), self.employee.currentData(), _py(self.a_start), _py(self.a_end),
                self.place.text(), self.purpose.text(), self.hours.value())
        self.message.clear()
        Op(self, lambda ctx: service.add_activity(ctx, *args)).success(self._done(self.tr("등록했습니다."))).run()
