"""회계 > 결산: the year's 결산 reports in tabs (세입·세출결산서, 과목전용조서, 예비비사용조서, 인건비·사업비명세서,
후원금 보고서, 재산 증감), one workbook or one PDF of them all, and the year close (연도 마감) with its reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
)

from heemang_desktop.accounting import service

from heemang_desktop.gui.accounting.report_table import ReportTable
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine

WATCHED = ("resolution", "budget_entry", "budget_transfer", "budget_account", "chart_override", "month_close",
           "year_close")


def default_year(today: date) -> int:
    """In January and February the accountant is closing last year."""
    return today.year - 1 if today.month <= 2 else today.year


def ask_reason(parent) -> str | None:
    """The reopen reason typed, or None when cancelled (tests replace this function)."""
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("SettlementPage", "마감 해제 사유"),
                                    QCoreApplication.translate("SettlementPage",
                                                               "마감을 푸는 사유를 적으세요. 기록에 남습니다."))
    return text if ok else None


def confirm_close(parent, year: int) -> bool:
    """Asked before closing (tests replace this function)."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("SettlementPage", "연도 마감"),
                                  QCoreApplication.translate("SettlementPage",
                                                             "{0}년을 마감하면 그 해의 결의서·예산·전용·월 마감을 "
                                                             "고칠 수 없고, 이월금이 다음 해 예산에 적힙니다. "
                                                             "마감할까요?").format(year))
    return answer == QMessageBox.StandardButton.Yes


class SettlementPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year(date.today()))
        self.show_button = QPushButton(self.tr("조회"))
        self.excel_button = QPushButton(self.tr("엑셀 저장 (보고서별 시트)"))
        self.pdf_button = QPushButton(self.tr("PDF 저장"))
        self.close_button = QPushButton(self.tr("연도 마감"))
        self.reopen_button = QPushButton(self.tr("마감 해제…"))
        for w in (QLabel(self.tr("회계연도")), self.year, self.show_button, self.excel_button, self.pdf_button,
                  self.close_button, self.reopen_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.state_label = QLabel()  # 마감 여부, 마감 안 된 달, 세입·세출·이월금
        self.state_label.setWordWrap(True)
        self.layout_.addWidget(self.state_label)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.settlement = None
        self.state = None
        self.show_button.clicked.connect(self.load)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.excel_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.close_button.clicked.connect(self.close_year)
        self.reopen_button.clicked.connect(self.reopen_year)
        self.watch(*WATCHED)

    def activated(self) -> None:
        self.load()

    def load(self) -> None:
        year = self.year.value()
        Op(self, lambda ctx: (service.year_state(ctx, year), service.build_settlement(ctx, year))).success(
            self._show).run()

    def _show(self, answer) -> None:
        self.state, self.settlement = answer
        self._show_state(self.state)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for report in self.settlement.reports:
            table = ReportTable()
            table.show_rows(report.headers, report.rows, report.money_columns, report.emphasis)
            self.tabs.addTab(table, report.title.removeprefix("후원금 수입 및 사용결과보고서 — "))
        self.tabs.setCurrentIndex(max(current, 0))

    def _show_state(self, s) -> None:
        text = self.tr("{0}년 {1} · 세입 결산 {2}원 · 세출 결산 {3}원 · 이월금 {4}원").format(
            s.year, s.state_label, f"{s.income:,}", f"{s.expense:,}", f"{s.carry_over:,}")
        if s.open_months:
            text += self.tr(" · 마감하지 않은 달: {0}").format(", ".join(f"{m}월" for m in s.open_months))
        if s.reopen_reason and not s.closed:
            text += self.tr(" · 마감 해제 사유: {0}").format(s.reopen_reason)
        self.state_label.setText(text)
        self.close_button.setEnabled(not s.closed)
        self.reopen_button.setEnabled(s.closed)

    def close_year(self) -> None:
        year = self.year.value()
        if not confirm_close(self, year):
            return
        Op(self, lambda ctx: service.close_year(ctx, year), label=self.tr("마감하는 중…")).success(
            lambda s: (self.message.show_ok(self.tr("{0}년을 마감했습니다. 이월금 {1}원을 {2}년 예산에 적었습니다.")
                                            .format(s.year, f"{s.carry_over:,}", s.year + 1)), self.load())).run()

    def reopen_year(self) -> None:
        year = self.year.value()
        reason = ask_reason(self)
        if reason is None:
            return
        Op(self, lambda ctx: service.reopen_year(ctx, year, reason)).success(
            lambda s: (self.message.show_ok(self.tr("{0}년 마감을 풀었습니다.").format(s.year)), self.load())).run()

    def _export(self, suffix: str) -> None:
        settlement = self.settlement
        if settlement is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("저장"), f"{settlement.title}.{suffix}", f"*.{suffix}")
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        Op(self, lambda _ctx: service.save_settlement(settlement, path), label=self.tr("저장하는 중…")).success(
            lambda saved: self.message.show_ok(self.tr("저장했습니다: {0}").format(saved))).run()
