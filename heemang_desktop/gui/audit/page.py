"""관리 > 개인정보 접속기록: who revealed, opened, exported or printed personal data, filtered by user,
days and kind; saved to Excel; and the monthly review a 관리자 marks done."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from heemang_desktop.audit import service as audit

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import Column, RowsModel
from heemang_desktop.gui.widgets.message_line import MessageLine
from heemang_desktop.gui.widgets.month_picker import MonthPicker


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AuditPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        today = date.today()
        filters = QHBoxLayout()
        self.user = QComboBox()
        self.user.addItem(self.tr("전체 사용자"), "")
        self.first, self.last = QDateEdit(_qdate(today.replace(day=1) - timedelta(days=31))), QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("전체 종류"), "")
        for kind, label in audit.KINDS.items():
            self.kind.addItem(self.tr(label), kind)
        self.search_button = QPushButton(self.tr("조회(&F)"))
        self.search_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("엑셀로 저장(&E)…"))
        self.export_button.clicked.connect(self._export)
        for label, widget in ((self.tr("사용자"), self.user), (self.tr("기간"), self.first), ("~", self.last),
                              (self.tr("종류"), self.kind)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        self.layout_.addLayout(filters)

        self.model = RowsModel([
            Column(self.tr("일시"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("사용자"), lambda r: r.login_id),
            Column(self.tr("종류"), lambda r: self.tr(r.kind_label)),
            Column(self.tr("대상"), lambda r: r.entity_label),
            Column(self.tr("대상 ID"), lambda r: r.entity_id),
            Column(self.tr("사유"), lambda r: r.reason),
            Column(self.tr("내용"), lambda r: r.detail),
        ], audit.list_access, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.layout_.addWidget(self.table, 1)

        box = QGroupBox(self.tr("월간 점검 (개인정보의 안전성 확보조치 기준: 접속기록 월 1회 이상 점검)"))
        row = QHBoxLayout(box)
        self.month = MonthPicker(audit.previous_month(today))
        self.month.month_changed.connect(lambda _m: self._show_review())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("점검 의견 (예: 이상 없음)"))
        self.review_button = QPushButton(self.tr("점검 완료 표시(&R)"))
        self.review_button.clicked.connect(self._mark_review)
        self.review_state = QLabel()
        row.addWidget(QLabel(self.tr("점검한 달")))
        row.addWidget(self.month)
        row.addWidget(self.note, 1)
        row.addWidget(self.review_button)
        row.addWidget(self.review_state)
        self.layout_.addWidget(box)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self.reviews: dict = {}
        self.watch("access_record", "audit_review")

    def filters(self) -> tuple:
        return (_date(self.first.date()), _date(self.last.date()), self.user.currentData() or None,
                self.kind.currentData() or None)

    def activated(self) -> None:
        self.reload()
        Op(self, lambda ctx: (audit.users_seen(ctx), audit.reviews(ctx))).success(self._loaded).run()

    def reload(self) -> None:
        self.model.load(*self.filters(), on_loaded=self.table.resizeColumnsToContents)

    def _loaded(self, result) -> None:
        users, self.reviews = result
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("전체 사용자"), "")
        for login in users:
            self.user.addItem(login, login)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen or "")))
        self.user.blockSignals(False)
        self._show_review()

    def _show_review(self) -> None:
        review = self.reviews.get(self.month.month())
        if review is None:
            self.review_state.setText(self.tr("아직 점검하지 않았습니다"))
            self.review_state.setStyleSheet("color: #b00020;")
        else:
            self.review_state.setText(self.tr("점검 완료: {0}, {1:%Y-%m-%d %H:%M} ({2}건)").format(
                review.reviewed_by, review.reviewed_at, f"{review.records:,}"))
            self.review_state.setStyleSheet("color: #1b5e20;")

    def _mark_review(self) -> None:
        month, note = self.month.month(), self.note.text()
        Op(self, lambda ctx: audit.mark_review(ctx, month, note)).success(self._reviewed).run()

    def _reviewed(self, review) -> None:
        self.reviews[review.month] = review
        self._show_review()
        self.message.show_ok(self.tr("{0} 접속기록 점검을 기록했습니다.").format(review.month))
        self.changed()

    def _export(self) -> None:
        first, last, login, kind = self.filters()
        suggested = f"개인정보_접속기록_{first:%Y%m%d}-{last:%Y%m%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("접속기록 저장"), suggested, "Excel (*.xlsx)")
        if name:
            Op(self, lambda ctx: audit.export_access(ctx, Path(name), first, last, login, kind),
               label=self.tr("저장하는 중…")).success(
                lambda n: self.message.show_ok(self.tr("{0}건을 저장했습니다: {1}").format(f"{n:,}", name))).run()
