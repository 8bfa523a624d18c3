"""회계 > 장부·보고서: 현금출납부, 총계정원장, 예산 대비 집행, 세입·세출 명세, 과목전용조서 on screen, to Excel,
to PDF and to the printer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from heemang_desktop.accounting import service

from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine

# Every book sums resolutions against budgets and transfers over the chart.
WATCHED = ("resolution", "budget_entry", "budget_transfer", "budget_account", "chart_override")


class BooksPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, label in service.REPORT_TITLES.items():
            self.kind.addItem(label, key)
        self.year = QLineEdit(str(date.today().year))
        self.year.setMaximumWidth(60)
        self.start, self.end = QLineEdit(), QLineEdit()
        self.start.setPlaceholderText(self.tr("시작일 (비우면 1월 1일)"))
        self.end.setPlaceholderText(self.tr("종료일 (비우면 12월 31일)"))
        for w in (self.start, self.end):
            w.setMinimumWidth(w.fontMetrics().horizontalAdvance(w.placeholderText()) + 16)
        self.show_button = QPushButton(self.tr("조회"))
        self.excel_button = QPushButton(self.tr("엑셀 저장"))
        self.pdf_button = QPushButton(self.tr("PDF 저장"))
        self.print_button = QPushButton(self.tr("인쇄"))
        for w in (QLabel(self.tr("보고서")), self.kind, QLabel(self.tr("연도")), self.year, self.start, QLabel("~"),
                  self.end, self.show_button, self.excel_button, self.pdf_button, self.print_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.subtitle = QLabel()
        self.layout_.addWidget(self.subtitle)
        self.message = MessageLine()  # a refused period, a saved file
        self.layout_.addWidget(self.message)
        self.table = ReportTable()
        self.layout_.addWidget(self.table, 1)
        self.report = None
        self.show_button.clicked.connect(self.load)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        for w in (self.year, self.start, self.end):
            w.returnPressed.connect(self.load)
        self.excel_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.print_button.clicked.connect(self._print)
        self.watch(*WATCHED)  # activated() reloads: a page shown after a change reloads once

    def activated(self) -> None:
        self.load()

    def load(self) -> None:
        kind, start, end = self.kind.currentData(), self.start.text(), self.end.text()
        year = int(self.year.text()) if self.year.text().strip().isdigit() else date.today().year
        self.message.clear()
        Op(self, lambda ctx: service.build_report(ctx, kind, year, start, end)).success(self._show).run()

    def _show(self, report) -> None:
        self.report = report
        self.subtitle.setText(f"{report.title} — {report.subtitle}")
        self.table.show_rows(report.headers, report.rows, report.money_columns, report.emphasis)

    def _export(self, suffix: str) -> None:
        report = self.report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("저장"), f"{report.title}.{suffix}", f"*.{suffix}")
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        Op(self, lambda _ctx: service.save_report(report, path), label=self.tr("저장하는 중…")).success(
            lambda saved: self.message.show_ok(self.tr("저장했습니다: {0}").format(saved))).run()

    def _print(self) -> None:
        from heemang_desktop.gui.printing import print_html

        if self.report is not None:
            print_html(service.report_html(self.report), self, landscape=self.report.landscape, entity="report",
                       entity_id=self.report.title[:64])
