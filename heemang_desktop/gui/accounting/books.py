"""회계 > 장부·보고서: 현금출납부, 총계정원장, 예산 대비 집행, 세입·세출 명세 on screen, to Excel and to PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from heemang_desktop.accounting import reports
from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.pages.base import Page


def _build(ctx, kind, year, start, end):
    from heemang_desktop.excel.values import CellError, parse_date
    from heemang_desktop.store.errors import ValidationError

    try:
        start = parse_date(start) if start.strip() else None
        end = parse_date(end) if end.strip() else None
    except CellError as exc:
        raise ValidationError(str(exc)) from exc
    return reports.build(ctx, kind, year, start, end)


class BooksPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, label in reports.TITLES.items():
            self.kind.addItem(label, key)
        self.year = QLineEdit(str(date.today().year))
        self.year.setMaximumWidth(60)
        self.start, self.end = QLineEdit(), QLineEdit()
        self.start.setPlaceholderText(self.tr("시작일 (비우면 1월 1일)"))
        self.end.setPlaceholderText(self.tr("종료일 (비우면 12월 31일)"))
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
        self.table = ReportTable()
        self.layout_.addWidget(self.table, 1)
        self.report = None
        self.show_button.clicked.connect(self.load)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.excel_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.print_button.clicked.connect(self._print)

    def activated(self) -> None:
        self.load()

    def load(self) -> None:
        year = int(self.year.text()) if self.year.text().strip().isdigit() else date.today().year
        self.worker.call(_build, self.kind.currentData(), year, self.start.text(), self.end.text(),
                         on_done=self._show, on_error=self.show_error)

    def _show(self, report) -> None:
        self.report = report
        self.subtitle.setText(f"{report.title} — {report.subtitle}")
        self.table.show_rows(report.headers, report.rows, report.money_columns, report.emphasis)

    def _export(self, suffix: str) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("저장"), f"{self.report.title}.{suffix}", f"*.{suffix}")
        if not path:
            return
        if suffix == "xlsx":
            reports.to_excel(self.report, path)
        else:
            from heemang_desktop.render.pdf import html_to_pdf

            html_to_pdf(reports.to_html(self.report), path, landscape=self.report.landscape, title=self.report.title)
        self.info(self.tr("저장했습니다: {0}").format(path))

    def _print(self) -> None:
        from heemang_desktop.gui.printing import print_html

        if self.report is not None:
            print_html(reports.to_html(self.report), self, landscape=self.report.landscape)
