"""회계 > 예산 편성: each account's amount per revision (본예산, 추경N) with 관/항 totals; enter an amount,
or upload the budget workbook (its blank template beside it).

Tabs beside it: 예산 전용 (transfers), 세목·월 마감 and 과목표 (the chart, with corrections)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from heemang_desktop.accounting import service

from heemang_desktop.gui.accounting.chart_panel import ChartPanel
from heemang_desktop.gui.accounting.files import template_button, upload_button
from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.accounting.setup_panel import SetupPanel
from heemang_desktop.gui.accounting.transfers import TransfersPanel
from heemang_desktop.gui.accounting.widgets import AmountEdit
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine

# The sheet sums budget entries over the chart; transfers, 세목 and month closes show on the other tabs.
WATCHED = ("budget_entry", "budget_account", "chart_override", "budget_transfer", "month_close", "resolution")


class BudgetPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        top = QHBoxLayout()
        self.year = QLineEdit(str(date.today().year))
        self.year.setMaximumWidth(60)
        top.addWidget(QLabel(self.tr("회계연도")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.layout_.addLayout(top)
        sheet = QWidget()
        inner = QVBoxLayout(sheet)
        bar = QHBoxLayout()
        self.side = QComboBox()
        self.side.addItems(["세출", "세입"])
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("과목코드 (목/세목)"))
        self.amount = AmountEdit()
        self.revision = QComboBox()
        self.save_button = QPushButton(self.tr("저장"))
        for w in (self.side, self.code, QLabel(self.tr("금액")), self.amount, self.revision, self.save_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.message = MessageLine()  # users' mistakes from the sheet's operations land here
        self.upload_button = upload_button(self, "budget", self.tr("예산 엑셀 업로드"))
        self.template_button = template_button(self, "budget", "예산_양식.xlsx", self.message.show_ok)
        bar.addWidget(self.upload_button)
        bar.addWidget(self.template_button)
        inner.addLayout(bar)
        inner.addWidget(self.message)
        self.table = ReportTable()
        inner.addWidget(self.table, 1)
        self.transfers = TransfersPanel(self, self._year)
        self.tabs = QTabWidget()
        self.tabs.addTab(sheet, self.tr("예산 편성"))
        self.tabs.addTab(self.transfers, self.tr("예산 전용"))
        self.setup = SetupPanel(self, self._year)
        self.tabs.addTab(self.setup, self.tr("세목·월 마감"))
        self.chart = ChartPanel(self, self._year)
        self.tabs.addTab(self.chart, self.tr("과목표"))
        self.layout_.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save)
        self.amount.returnPressed.connect(self.save)
        self.year.returnPressed.connect(self.activated)
        self.watch(*WATCHED)

    def _year(self) -> int:
        return int(self.year.text()) if self.year.text().strip().isdigit() else date.today().year

    def activated(self) -> None:
        year = self._year()
        Op(self, lambda ctx: service.budget_sheet(ctx, year)).success(self._show).failure(self.show_error).run()
        self.transfers.load()
        self.setup.load()
        self.chart.load()

    def _show(self, sheet) -> None:
        revisions, rows = sheet
        current = self.revision.currentData()
        self.revision.clear()
        for r in range(revisions + 1):
            self.revision.addItem(service.revision_label(r) + ("" if r < revisions else self.tr(" (새로)")), r)
        if current is not None and current <= revisions:
            self.revision.setCurrentIndex(current)
        headers = ["구분", "코드", "과목", "수준", *[service.revision_label(r) for r in range(revisions)], "현재 예산"]
        data = [[r.side, r.code, r.name, r.level, *r.amounts, r.current] for r in rows]
        bold = {i for i, r in enumerate(rows) if r.level in ("관", "항")}
        self.table.show_rows(headers, data, headers[4:], bold)

    def save(self) -> None:
        year, side, code = self._year(), self.side.currentText(), self.code.text().strip()
        amount, revision = self.amount.value() or 0, self.revision.currentData() or 0
        Op(self, lambda ctx: service.set_budget(ctx, year, side, code, amount, revision)).success(self._saved).run()

    def _saved(self, _outcome) -> None:
        self.message.show_ok(self.tr("저장했습니다."))
        self.changed()
