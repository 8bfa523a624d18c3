"""세목·월 마감 tab of 회계 > 예산 편성: add the facility's own 세목 under a 목; close or reopen a month."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.accounting import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine


class SetupPanel(QWidget):
    def __init__(self, page, year_of):
        super().__init__()
        self.page, self.year_of = page, year_of
        self.moks: dict = {}
        self.closed: list[int] = []

        detail = QGroupBox(self.tr("세목 추가 (목 아래)"))
        d = QVBoxLayout(detail)
        bar = QHBoxLayout()
        self.side = QComboBox()
        self.side.addItems(["세출", "세입"])
        self.parent_code = QLineEdit()
        self.parent_code.setPlaceholderText(self.tr("목 코드"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("세목 이름"))
        self.add_button = QPushButton(self.tr("세목 추가"))
        for w in (self.side, self.parent_code, self.name, self.add_button):
            bar.addWidget(w)
        d.addLayout(bar)
        self.detail_message = MessageLine()
        d.addWidget(self.detail_message)
        self.details = ReportTable()
        d.addWidget(self.details, 1)

        months = QGroupBox(self.tr("월 마감 (마감한 달의 결의서는 쓰거나 고칠 수 없습니다)"))
        m = QVBoxLayout(months)
        self.months = ReportTable()
        self.months.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        m.addWidget(self.months, 1)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("선택한 달 마감"))
        self.reopen_button = QPushButton(self.tr("마감 해제"))
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        m.addLayout(buttons)
        self.month_message = MessageLine()
        m.addWidget(self.month_message)

        layout = QHBoxLayout(self)
        layout.addWidget(detail, 3)
        layout.addWidget(months, 2)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.side.currentTextChanged.connect(lambda _s: self._completer())
        self.close_button.clicked.connect(lambda: self.set_month(True))
        self.reopen_button.clicked.connect(lambda: self.set_month(False))

    def load(self) -> None:
        """Reloaded by the page: when shown and whenever a 세목 or a month close changes."""
        year = self.year_of()
        Op(self, lambda ctx: service.setup_state(ctx, year)).success(self._show).failure(self.page.show_error).run()

    def _completer(self) -> None:
        self.parent_code.setCompleter(QCompleter(self.moks.get(self.side.currentText(), []), self.parent_code))

    def _show(self, state) -> None:
        self.moks, own, self.closed = state
        self._completer()
        self.details.show_rows(["구분", "세목 코드", "세목", "상위 목"], [list(r) for r in own])
        months = [[f"{m}월", "마감" if m in self.closed else "열림"] for m in range(1, 13)]
        self.months.show_rows(["월", "상태"], months,
                              emphasis={m - 1 for m in self.closed})

    def add(self) -> None:
        side, parent, name = self.side.currentText(), self.parent_code.text().strip(), self.name.text()
        year = self.year_of()
        Op(self, lambda ctx: service.add_detail_account(ctx, side, parent, name, year)).success(self._added).failure(
            lambda e: self.detail_message.show_error(str(e))).run()

    def _added(self, added) -> None:
        self.detail_message.show_ok(self.tr("추가했습니다: {0}").format(added.label))
        self.name.clear()
        self.page.changed()

    def set_month(self, close: bool) -> None:
        month = self.months.currentRow() + 1
        if not 1 <= month <= 12:
            self.month_message.setText(self.tr("달을 목록에서 고르세요."))
            return
        year = self.year_of()
        question = (self.tr("{0}년 {1}월을 마감할까요? 그 달의 결의서는 더 이상 쓰거나 고칠 수 없습니다.") if close
                    else self.tr("{0}년 {1}월의 마감을 해제할까요?")).format(year, month)
        if not dialogs.confirm(self, self.tr("월 마감"), question, self.tr("마감") if close else self.tr("마감 해제")):
            return
        change = service.close_month if close else service.reopen_month
        Op(self, lambda ctx: change(ctx, year, month)).success(self._month_set).failure(
            lambda e: self.month_message.show_error(str(e))).run()

    def _month_set(self, _result) -> None:
        self.month_message.show_ok(self.tr("저장했습니다."))
        self.page.changed()
