"""후원관리 > 기부금영수증: a year's donors still due a receipt (and why some cannot get one), the receipts
issued and voided, the annual bulk (progress and cancel; a second run goes on where the first stopped),
void with a reason, re-issue, one receipt's PDF, the 발급대장 and 발급명세 workbooks, and the facility's
details the form prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.donations import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine

SHOWN = ("donation_receipt", "gift", "donor")
CODES = (("40", "40 일반기부금 (종교단체 외)"), ("10", "10 특례기부금"), ("41", "41 일반기부금 (종교단체)"))
PROBLEM_STYLE = "color: #7a4b00;"


def default_year(today: date) -> int:
    """In January and February the officer is issuing last year's receipts."""
    return today.year - 1 if today.month <= 2 else today.year


class DonationReceiptsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year(date.today()))
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.issue_button = QPushButton(self.tr("연간 일괄 발급…"))
        self.issue_button.setToolTip(self.tr("발급할 수 있는 후원자마다 한 장씩 발급하고 PDF를 폴더에 저장합니다. "
                                             "취소해도 발급한 것은 남고, 다시 누르면 남은 후원자만 발급합니다."))
        self.issue_button.clicked.connect(self._ask_issue)
        self.book_button = QPushButton(self.tr("발급대장 저장…"))
        self.book_button.clicked.connect(lambda: self._ask_workbook(statement=False))
        self.statement_button = QPushButton(self.tr("발급명세 저장…"))
        self.statement_button.clicked.connect(lambda: self._ask_workbook(statement=True))
        top.addWidget(QLabel(self.tr("후원 연도")))
        top.addWidget(self.year)
        top.addStretch(1)
        for b in (self.issue_button, self.book_button, self.statement_button):
            top.addWidget(b)
        self.layout_.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_tab(), self.tr("발급 대상"))
        self.tabs.addTab(self._issued_tab(), self.tr("발급한 영수증"))
        self.tabs.addTab(self._setup_tab(), self.tr("기부금 단체 정보"))
        self.layout_.addWidget(self.tabs, 1)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self.watch(*SHOWN, refresh=self.refresh)

    # -- building ------------------------------------------------------------------------------
    def _due_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.due = RowsModel([
            Column(self.tr("후원자번호"), lambda d: d.donor_no), Column(self.tr("성명"), lambda d: d.name),
            Column(self.tr("후원 건수"), lambda d: d.gifts, right=True),
            Column(self.tr("금액"), lambda d: d.total, right=True),
            Column(self.tr("발급할 수 없는 사유"), lambda d: d.problem),
        ], parent=self)
        self.due_table = rows_table(self.due)
        v.addWidget(self.due_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.one_button = QPushButton(self.tr("선택한 후원자만 발급…"))
        self.one_button.setToolTip(self.tr("고른 후원자의 그해 후원금으로 영수증 한 장을 발급하고 PDF로 저장합니다."))
        self.one_button.clicked.connect(self._ask_one)
        row.addWidget(self.one_button)
        v.addLayout(row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        v.addWidget(self.problems)
        return tab

    def _issued_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.issued = RowsModel([
            Column(self.tr("일련번호"), lambda r: r.number), Column(self.tr("발급일"), lambda r: r.issued_on),
            Column(self.tr("구분"), lambda r: r.scope), Column(self.tr("후원자번호"), lambda r: r.donor_no),
            Column(self.tr("기부자"), lambda r: r.donor_name),
            Column(self.tr("주민등록번호"), lambda r: r.donor_number_masked),
            Column(self.tr("금액"), lambda r: r.total, right=True), Column(self.tr("상태"), lambda r: r.state),
            Column(self.tr("취소 사유"), lambda r: r.void_reason),
            Column(self.tr("재발급"), lambda r: r.replaced_by and f"→ {r.replaced_by}" or
                   (r.replaces and f"← {r.replaces}") or ""),
        ], parent=self)
        self.issued_table = rows_table(self.issued)
        v.addWidget(self.issued_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pdf_button = QPushButton(self.tr("PDF 저장…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.void_button = QPushButton(self.tr("취소…"))
        self.void_button.clicked.connect(self._ask_void)
        self.reissue_button = QPushButton(self.tr("재발급…"))
        self.reissue_button.clicked.connect(self._ask_reissue)
        for b in (self.pdf_button, self.void_button, self.reissue_button):
            row.addWidget(b)
        v.addLayout(row)
        return tab

    def _setup_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        box = QGroupBox(self.tr("영수증에 적는 기부금 단체"))
        form = QFormLayout(box)
        self.registration = QLineEdit()
        self.registration.setPlaceholderText("123-82-12345")
        self.address = QLineEdit()
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("기부금공제대상 기부금단체 근거법령"))
        self.code = QComboBox()
        for value, label in CODES:
            self.code.addItem(self.tr(label), value)
        form.addRow(self.tr("사업자등록번호(고유번호)"), self.registration)
        form.addRow(self.tr("소재지"), self.address)
        form.addRow(self.tr("근거법령"), self.basis)
        form.addRow(self.tr("기부금 코드"), self.code)
        self.setup_button = QPushButton(self.tr("저장"))
        self.setup_button.clicked.connect(self.save_setup)
        form.addRow("", self.setup_button)
        outer.addWidget(box)
        outer.addStretch(1)
        return tab

    # -- reading -------------------------------------------------------------------------------
    def activated(self) -> None:
        Op(self, service.receipt_setup).success(self._show_setup).run()
        self.refresh()

    def _show_setup(self, setup) -> None:
        if setup is None:
            self.tabs.setCurrentIndex(2)
            self.message.show_error(self.tr("영수증에 적을 기부금 단체 정보를 먼저 저장하세요."))
            return
        self.registration.setText(setup.registration_number)
        self.address.setText(setup.address)
        self.basis.setText(setup.legal_basis)
        self.code.setCurrentIndex(max(0, self.code.findData(setup.code or "40")))

    def refresh(self) -> None:
        year = self.year.value()
        Op(self, lambda ctx: (year, service.receipts_due(ctx, year), service.list_receipts(ctx, year))).success(
            self._show).run()

    def _show(self, answer) -> None:
        year, due, issued = answer
        if year != self.year.value():
            return  # the user moved on to another year meanwhile
        self.due.set_rows(due)
        self.issued.set_rows(issued)
        blocked = [d for d in due if d.problem]
        live = [r for r in issued if r.state == "발급"]
        self.summary.setText(self.tr("{0}년: 발급 {1}장 {2}원, 취소 {3}장 · 아직 발급하지 않은 후원자 {4}명 "
                                     "(그중 발급할 수 없는 {5}명)").format(
            year, len(live), f"{sum(r.total for r in live):,}", len(issued) - len(live), len(due), len(blocked)))
        self.problems.setText(self.tr("동의나 주민등록번호·사업자번호가 없는 후원자는 발급하지 않습니다. "
                                      "후원자 카드에서 채운 뒤 다시 발급하세요.") if blocked else "")

    def selected_receipt(self):
        rows = self.issued_table.selectionModel().selectedRows() if self.issued_table.selectionModel() else []
        return self.issued.row_at(rows[0]) if rows else None

    # -- actions --------------------------------------------------------------------------------
    def _ask_issue(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("영수증 PDF를 저장할 폴더"))
        if folder:
            self.issue_year(Path(folder))

    def issue_year(self, folder: Path) -> Op:
        year = self.year.value()
        op = Op(self, None, label=self.tr("{0}년 기부금영수증을 발급하는 중…").format(year), cancellable=True,
                unit="장", keeps_done=True)
        op.fn = lambda ctx: service.issue_annual(ctx, year, folder, op.progress)

        def done(r):
            text = self.tr("{0}년 기부금영수증 {1}장을 발급하고 PDF {2}개를 저장했습니다: {3}").format(
                r.year, len(r.issued), r.files, folder)
            if r.already:
                text += self.tr(" (이미 발급한 {0}장은 다시 발급하지 않았습니다)").format(r.already)
            if r.left_out:
                text += self.tr(" · 발급할 수 없는 후원자 {0}명은 '발급 대상'에 사유와 함께 있습니다.").format(
                    len(r.left_out))
            self.message.show_ok(text)
            self.changed()

        return op.success(done).run()

    def _ask_one(self) -> None:
        rows = self.due_table.selectionModel().selectedRows()
        d = self.due.row_at(rows[0]) if rows else None
        if d is None:
            self.message.show_error(self.tr("목록에서 후원자를 고르세요."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("영수증 PDF"), f"기부금영수증_{d.donor_no}.pdf",
                                              "PDF (*.pdf)")
        if name:
            self.issue_one(d.donor_id, Path(name))

    def issue_one(self, donor_id: str, path: Path) -> Op:
        """One donor's receipt for the year's gifts not yet receipted (a donor asking before the bulk)."""
        year = self.year.value()

        def run(ctx):
            r = service.issue_for_period(ctx, donor_id, date(year, 1, 1), date(year, 12, 31))
            service.write_receipt_pdf(ctx, r.id, path)
            return r

        def done(r):
            self.message.show_ok(self.tr("{0} {1}원을 발급하고 PDF를 저장했습니다: {2}").format(
                r.number, f"{r.total:,}", path))
            self.changed()

        return Op(self, run).success(done).run()

    def _ask_workbook(self, statement: bool) -> None:
        what = self.tr("발급명세") if statement else self.tr("발급대장")
        name, _ = QFileDialog.getSaveFileName(self, what, f"기부금영수증_{what}_{self.year.value()}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self.save_workbook(Path(name), statement)

    def save_workbook(self, path: Path, statement: bool = False) -> Op:
        year = self.year.value()
        write = service.write_receipt_statement if statement else service.write_receipt_book
        return Op(self, lambda ctx: write(ctx, year, path)).success(
            lambda n: self.message.show_ok(self.tr("{0}행을 저장했습니다: {1}").format(n, path))).run()

    def _ask_pdf(self) -> None:
        r = self.selected_receipt()
        if r is None:
            self.message.show_error(self.tr("목록에서 영수증을 고르세요."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("영수증 PDF"), f"기부금영수증_{r.number}.pdf",
                                              "PDF (*.pdf)")
        if name:
            self.save_pdf(r.id, Path(name))

    def save_pdf(self, receipt_id: str, path: Path) -> Op:
        return Op(self, lambda ctx: service.write_receipt_pdf(ctx, receipt_id, path)).success(
            lambda p: self.message.show_ok(self.tr("PDF를 저장했습니다: {0}").format(p))).run()

    def _ask_reason(self, number: str) -> str | None:
        question = self.tr("{0}을(를) 취소하는 사유 (번호와 함께 대장에 남습니다)").format(number)
        reason, ok = QInputDialog.getText(self, self.tr("영수증 취소"), question)
        return reason if ok else None

    def _ask_void(self) -> None:
        r = self.selected_receipt()
        if r is None:
            self.message.show_error(self.tr("목록에서 영수증을 고르세요."))
            return
        reason = self._ask_reason(r.number)
        if reason is not None:
            self.void(r.id, reason)

    def void(self, receipt_id: str, reason: str) -> Op:
        def done(r):
            text = self.tr("{0}을(를) 취소했습니다 (사유: {1}). 후원금은 다시 발급할 수 있습니다.")
            self.message.show_ok(text.format(r.number, r.void_reason))
            self.changed()

        return Op(self, lambda ctx: service.void_receipt(ctx, receipt_id, reason)).success(done).run()

    def _ask_reissue(self) -> None:
        r = self.selected_receipt()
        if r is None:
            self.message.show_error(self.tr("목록에서 영수증을 고르세요."))
            return
        reason = None
        if r.state != "취소":  # an issued receipt is never edited: it is voided first, then issued again
            reason = self._ask_reason(r.number)
            if reason is None:
                return
        self.reissue(r.id, reason)

    def reissue(self, receipt_id: str, void_reason: str | None = None) -> Op:
        def run(ctx):
            if void_reason is not None:
                service.void_receipt(ctx, receipt_id, void_reason)
            return service.reissue_receipt(ctx, receipt_id)

        def done(r):
            self.message.show_ok(self.tr("{0}을(를) {1}(으)로 다시 발급했습니다: {2}원").format(
                r.replaces, r.number, f"{r.total:,}"))
            self.changed()

        return Op(self, run).success(done).run()

    def save_setup(self) -> None:
        setup = service.ReceiptSetup(self.registration.text(), self.address.text(), self.basis.text(),
                                     self.code.currentData())
        saved = self.tr("기부금 단체 정보를 저장했습니다: {0}")
        Op(self, lambda ctx: service.set_receipt_setup(ctx, setup)).success(
            lambda s: self.message.show_ok(saved.format(s.registration_number))).run()
