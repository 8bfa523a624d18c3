"""회계 > 수입/지출 결의서: the searchable list (사업명, 금액, 적요 shown) and the editor with several lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.accounting import service
from heemang_desktop.inquiries import service as inquiries

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.accounting.files import template_button, upload_button
from heemang_desktop.gui.accounting.list_model import ResolutionListModel
from heemang_desktop.gui.accounting.widgets import AmountEdit, LinesEditor, to_date, to_qdate
from heemang_desktop.gui.audit.reveal import with_reveal
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine

# What the list and the editor's account names come from: a save here, an upload or a sync reloads them.
WATCHED = ("resolution", "budget_account", "chart_override")


class ResolutionsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current_id: str | None = None
        self.current_view = None  # the saved resolution on screen (a confirmation names it)
        self.requisition_id: str | None = None  # the approved requisition a new one carries out
        self.names: dict = {"세입": {}, "세출": {}}
        self.year = date.today().year

        self.layout_.addLayout(self._search_bar())

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = ResolutionListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c, w in enumerate((115, 85, 40, 190, 100, 170, 100, 45, 90)):
            self.table.setColumnWidth(c, w)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_resolution(self.model.rows[index.row()].id))
        split.addWidget(self.table)
        split.addWidget(self._editor())
        split.setSizes([330, 420])
        self.layout_.addWidget(split, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.s_business.setFocus)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new)
        self.watch(*WATCHED)  # activated() reloads: a page shown after a change reloads once

    def _search_bar(self) -> QVBoxLayout:
        """Two rows of search fields; typing searches after a 300 ms pause, Enter at once."""
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.run_search)
        self.s_business, self.s_summary, self.s_vendor = QLineEdit(), QLineEdit(), QLineEdit()
        self.s_business.setPlaceholderText(self.tr("사업명 (포함)"))
        self.s_summary.setPlaceholderText(self.tr("적요 (포함)"))
        self.s_vendor.setPlaceholderText(self.tr("거래처 (포함)"))
        self.s_total, self.s_min, self.s_max = AmountEdit(), AmountEdit(), AmountEdit()
        self.s_total.setPlaceholderText(self.tr("금액"))
        self.s_min.setPlaceholderText(self.tr("최소"))
        self.s_max.setPlaceholderText(self.tr("최대"))
        self.s_year = QLineEdit(str(self.year))
        self.s_year.setMaximumWidth(60)
        self.s_from, self.s_to = QLineEdit(), QLineEdit()
        self.s_from.setPlaceholderText(self.tr("시작일"))
        self.s_to.setPlaceholderText(self.tr("종료일"))
        self.s_account = QLineEdit()
        self.s_account.setPlaceholderText(self.tr("과목코드"))
        self.s_account.setMaximumWidth(110)
        self.s_kind, self.s_state = QComboBox(), QComboBox()
        for label, value in ((self.tr("전체"), ""), (self.tr("수입"), "수입"), (self.tr("지출"), "지출")):
            self.s_kind.addItem(label, value)
        for label, value in ((self.tr("전체"), ""), (self.tr("정상"), "active"), (self.tr("취소"), "cancelled")):
            self.s_state.addItem(label, value)
        self.search_button = QPushButton(self.tr("검색"))
        self.search_button.clicked.connect(self.run_search)
        self.search_message = MessageLine()  # a half-typed date, a saved file: never widens the page
        self.search_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.upload_button = upload_button(self, "resolutions", self.tr("결의서 엑셀 업로드"))
        self.template_button = template_button(self, "resolutions", "결의서_양식.xlsx", self.search_message.show_ok)
        self.export_button = QPushButton(self.tr("목록 엑셀 저장…"))
        self.export_button.clicked.connect(self.export_list)
        rows = (
            ((self.tr("연도"), self.s_year), (self.tr("사업명"), self.s_business), (self.tr("금액"), self.s_total),
             (self.tr("범위"), self.s_min), ("~", self.s_max), (self.tr("적요"), self.s_summary)),
            ((self.tr("기간"), self.s_from), ("~", self.s_to), (self.tr("예산과목"), self.s_account),
             (self.tr("거래처"), self.s_vendor), (self.tr("구분"), self.s_kind), (self.tr("상태"), self.s_state)),
        )
        outer = QVBoxLayout()
        for fields in rows:
            line = QHBoxLayout()
            for label, w in fields:
                line.addWidget(QLabel(label))
                line.addWidget(w)
                if isinstance(w, QLineEdit):
                    w.textEdited.connect(lambda _t: self.debounce.start())
                    w.returnPressed.connect(self.run_search)
                else:
                    w.currentIndexChanged.connect(lambda _i: self.debounce.start())
            outer.addLayout(line)
        line.addWidget(self.search_button)
        line.addWidget(self.search_message, 1)
        line.addWidget(self.export_button)
        line.addWidget(self.upload_button)
        line.addWidget(self.template_button)
        return outer

    def export_list(self) -> None:
        """Every row the current search matches, to Excel (progress after a pause, cancellable)."""
        query = self.model.query
        path, _ = QFileDialog.getSaveFileName(self, self.tr("목록 엑셀 저장"), "결의서_목록.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        op = Op(self, label=self.tr("결의서 목록을 저장하는 중…"), cancellable=True)
        op.fn = lambda ctx: service.export_resolutions(ctx, query, path, op.progress)
        op.success(lambda n: self.search_message.show_ok(
            self.tr("{0}건을 저장했습니다: {1}").format(f"{n:,}", Path(path).name)))
        op.failure(lambda e: self.search_message.show_error(str(e))).run()

    def _editor(self) -> QWidget:
        box = QGroupBox(self.tr("결의서"))
        outer = QVBoxLayout(box)
        top = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.number = QLabel(self.tr("(저장하면 번호가 매겨집니다)"))
        self.kind = QComboBox()
        self.kind.addItems(list(service.KINDS))
        self.kind.setCurrentText("지출")
        self.kind.currentTextChanged.connect(self._kind_changed)
        self.date = QDateEdit(to_qdate(date.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.cash_date = QLineEdit()
        self.cash_date.setPlaceholderText(self.tr("비우면 결의일자"))
        self.business = QLineEdit()
        self.summary = QLineEdit()
        opts = service.options()
        self.funding = QComboBox()
        self.funding.addItems([""] + opts["funding_sources"])
        self.method = QComboBox()
        self.method.addItems([""] + opts["payment_methods"])
        self.vendor = QLineEdit()
        self.vendor.setPlaceholderText(self.tr("선택"))
        self.vendor_account = QLineEdit()
        self.vendor_account.setPlaceholderText(self.tr("선택 (암호화 저장)"))
        self.saved_attachments: tuple[str, ...] = ()
        self.pending_files: list[str] = []  # picked, copied into the store on save
        self.attachments = QLabel(self.tr("없음"))
        self.attachments.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("파일 첨부…"))
        self.attach_button.clicked.connect(self.pick_files)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attachments, 1)
        attach_row.addWidget(self.attach_button)
        left.addRow(self.tr("결의번호"), self.number)
        left.addRow(self.tr("구분"), self.kind)
        left.addRow(self.tr("결의일자"), self.date)
        left.addRow(self.tr("출납일자"), self.cash_date)
        left.addRow(self.tr("사업명"), self.business)
        left.addRow(self.tr("적요"), self.summary)
        right.addRow(self.tr("재원"), self.funding)
        right.addRow(self.tr("결제방법"), self.method)
        right.addRow(self.tr("거래처"), self.vendor)
        right.addRow(self.tr("거래처계좌"), with_reveal(self.vendor_account, "resolution", "vendor_account",
                                                       lambda: self.current_id))
        right.addRow(self.tr("첨부"), attach_row)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        outer.addLayout(top)
        self.lines = LinesEditor()
        self.lines.changed.connect(self._show_total)
        self.lines.submitted.connect(self.save)
        outer.addWidget(self.lines)
        bottom = QHBoxLayout()
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.message = MessageLine()  # users' mistakes from any operation of the page land here
        self.save_button = QPushButton(self.tr("저장(Enter)"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("새 결의서(Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        self.cancel_button = QPushButton(self.tr("결의 취소"))
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("인쇄"))
        self.print_button.clicked.connect(self.print_form)
        self.pdf_button = QPushButton(self.tr("PDF 저장"))
        self.pdf_button.clicked.connect(self.save_pdf)
        bottom.addWidget(self.total)
        bottom.addWidget(self.message, 1)
        for b in (self.new_button, self.cancel_button, self.print_button, self.pdf_button, self.save_button):
            bottom.addWidget(b)
        outer.addLayout(bottom)
        for w in (self.business, self.summary, self.vendor, self.vendor_account, self.cash_date):
            w.returnPressed.connect(self.save)
        QWidget.setTabOrder(self.kind, self.date)
        QWidget.setTabOrder(self.date, self.cash_date)
        QWidget.setTabOrder(self.cash_date, self.business)
        QWidget.setTabOrder(self.business, self.summary)
        QWidget.setTabOrder(self.summary, self.funding)
        QWidget.setTabOrder(self.funding, self.method)
        QWidget.setTabOrder(self.method, self.vendor)
        QWidget.setTabOrder(self.vendor, self.vendor_account)
        QWidget.setTabOrder(self.vendor_account, self.lines.first_field())
        self._show_total()
        self._buttons()
        return box

    # --- list ---------------------------------------------------------------------------------
    def activated(self) -> None:
        """Account names and the list as stored now (shown, saved here, uploaded or pulled by a sync)."""
        Op(self, lambda ctx: service.leaf_names(ctx, self.year)).success(self._names).failure(self.show_error).run()
        self.run_search()

    def _names(self, names) -> None:
        self.names = names
        self._kind_changed(self.kind.currentText())
        codes = sorted(set(names["세입"]) | set(names["세출"]))
        self.s_account.setCompleter(QCompleter(codes, self.s_account))

    def query(self) -> service.ResolutionQuery:
        """The search fields as a query; a date the parser refuses raises CellError naming the field."""
        from heemang_desktop.excel.values import CellError, parse_date

        dates = []
        for label, w in ((self.tr("시작일"), self.s_from), (self.tr("종료일"), self.s_to)):
            try:
                dates.append(parse_date(w.text()) if w.text().strip() else None)
            except CellError as exc:
                raise CellError(f"{label}: {exc}") from exc
        year = int(self.s_year.text()) if self.s_year.text().strip().isdigit() else None
        return service.ResolutionQuery(year=year, business=self.s_business.text(), total=self.s_total.value(),
                               min_total=self.s_min.value(), max_total=self.s_max.value(),
                               summary=self.s_summary.text(), date_from=dates[0], date_to=dates[1],
                               account_code=self.s_account.text().strip(), vendor=self.s_vendor.text(),
                               kind=self.s_kind.currentData(), state=self.s_state.currentData(),
                               sort=self.model.query.sort, descending=self.model.query.descending)

    def run_search(self) -> None:
        from heemang_desktop.excel.values import CellError

        self.debounce.stop()
        try:
            query = self.query()
        except CellError as exc:  # a half-typed date: say so, keep the last results
            self.search_message.show_error(str(exc))
            return
        self.search_message.clear()
        self.model.search(query)

    # --- editor -------------------------------------------------------------------------------
    def _kind_changed(self, kind: str) -> None:
        self.lines.set_accounts(self.names.get(service.SIDE_OF_KIND.get(kind, "세출"), {}))

    def _show_total(self) -> None:
        self.total.setText(self.tr("합계 {0}원").format(f"{self.lines.total():,}"))

    def _buttons(self) -> None:
        saved = self.current_id is not None
        for b in (self.cancel_button, self.print_button, self.pdf_button):
            b.setEnabled(saved)
        if saved and self.current_view is not None and self.current_view.state == service.CANCELLED:
            self.cancel_button.setEnabled(False)  # already cancelled: nothing left to confirm

    def _say(self, text: str, error: bool = False) -> None:
        (self.message.show_error if error else self.message.show_ok)(text)

    def new(self) -> None:
        self.current_id = None
        self.current_view = None
        self.requisition_id = None
        self.number.setText(self.tr("(저장하면 번호가 매겨집니다)"))
        self.kind.setEnabled(True)
        for w in (self.business, self.summary, self.vendor, self.vendor_account, self.cash_date):
            w.clear()
        self.vendor_account.setPlaceholderText(self.tr("선택 (암호화 저장)"))
        self.funding.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        self._show_attachments(())
        self.lines.set_lines([])
        self.message.clear()
        self._buttons()
        self.business.setFocus()

    def _input(self) -> service.ResolutionInput:
        from heemang_desktop.excel.values import CellError, parse_date
        from heemang_desktop.store.errors import ValidationError

        cash = None
        if self.cash_date.text().strip():
            try:
                cash = parse_date(self.cash_date.text())
            except CellError as exc:
                raise ValidationError(f"출납일자: {exc}", "cash_date") from exc
        account = self.vendor_account.text().strip()
        return service.ResolutionInput(
            kind=self.kind.currentText(), resolution_date=to_date(self.date.date()), cash_date=cash,
            business_name=self.business.text(), summary=self.summary.text(), lines=self.lines.lines(),
            funding_source=self.funding.currentText(), payment_method=self.method.currentText(),
            vendor=self.vendor.text(), vendor_account=account if account or self.current_id is None else None,
            add_attachments=list(self.pending_files), requisition_id=self.requisition_id,
        )

    def save(self) -> None:
        try:
            data = self._input()
        except Exception as exc:  # a typed date the parser refused: shown beside the form
            self._say(str(exc), error=True)
            return
        current = self.current_id
        label, texts = self.tr("적요·비고"), [data.summary, *(line.note for line in data.lines)]

        def save(ctx):  # 적요 and 비고 leave the PC: personal data in them is warned of, never refused
            return service.save_resolution(ctx, data, current), inquiries.leave_warning(ctx, label, *texts)

        Op(self, save).success(lambda done: self._saved(*done)).failure(self._refused).run()

    def _refused(self, error) -> None:
        """The reason beside the form, and the cursor in the field to fix (재원 when it is missing)."""
        self._say(str(error), error=True)
        fields = {"funding_source": self.funding, "payment_method": self.method, "business_name": self.business,
                  "cash_date": self.cash_date, "resolution_date": self.date, "lines": self.lines.first_field()}
        widget = fields.get(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def _saved(self, view, warning: str = "") -> None:
        self._show(view)
        self._say(self.tr("저장했습니다: {0} (합계 {1}원)").format(view.number, f"{view.total:,}"))
        if warning:
            self.message.show_warning(f"{self.message.text()} {warning}")
        self.changed()

    def open_resolution(self, resolution_id: str) -> None:
        Op(self, lambda ctx: service.get_resolution(ctx, resolution_id)).success(self._show).run()

    def load_draft(self, data) -> None:
        """A new resolution filled from an approved requisition: the user adds 재원 and 결제방법, then saves."""
        self.new()
        self.requisition_id = data.requisition_id
        self.kind.setCurrentText(data.kind)
        self.date.setDate(to_qdate(data.resolution_date))
        self.business.setText(data.business_name)
        self.summary.setText(data.summary)
        self.lines.set_lines(list(data.lines))
        self._say(self.tr("품의서에서 가져왔습니다. 재원과 결제방법을 고른 뒤 저장하세요."))
        self.funding.setFocus()

    def _show(self, view) -> None:
        self.current_id = view.id
        self.current_view = view
        self.requisition_id = None  # a saved one keeps the link it was saved with
        self.number.setText(f"{view.number}  ({view.state_label})")
        self.kind.setCurrentText(view.kind)
        self.kind.setEnabled(False)
        self.date.setDate(to_qdate(view.resolution_date))
        self.cash_date.setText(view.cash_date.isoformat() if view.cash_date else "")
        self.business.setText(view.business_name)
        self.summary.setText(view.summary)
        self.funding.setCurrentText(view.funding_source)
        self.method.setCurrentText(view.payment_method)
        self.vendor.setText(view.vendor)
        self.vendor_account.clear()
        self.vendor_account.setPlaceholderText(view.vendor_account_masked or self.tr("선택 (암호화 저장)"))
        self.lines.set_lines(list(view.lines))
        self._show_attachments(view.attachments)
        self.message.clear()
        self._buttons()

    def pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("증빙 파일 첨부"))
        if files:
            self._show_attachments(self.saved_attachments, self.pending_files + files)

    def _show_attachments(self, saved, pending=()) -> None:
        """Saved names, then picked files still to be copied (marked until the save)."""
        self.saved_attachments, self.pending_files = tuple(saved), list(pending)
        names = list(self.saved_attachments) + [self.tr("{0} (저장 시 첨부)").format(Path(f).name)
                                                for f in self.pending_files]
        self.attachments.setText(", ".join(names) or self.tr("없음"))

    def cancel(self) -> None:
        view = self.current_view
        if view is None:
            return
        text = self.tr("결의서 {0}({1}, {2}, 합계 {3}원)을 취소합니다.\n"
                       "취소는 되돌릴 수 없고, 번호는 취소된 결의서로 남습니다.").format(
            view.number, view.kind, view.summary or view.business_name or "-", f"{view.total:,}")
        if not dialogs.confirm(self, self.tr("결의 취소"), text, self.tr("결의 취소")):
            return
        Op(self, lambda ctx: service.cancel_resolution(ctx, view.id)).success(self._cancelled).run()

    def _cancelled(self, view) -> None:
        self._show(view)
        self._say(self.tr("취소했습니다: {0}").format(view.number))
        self.changed()

    def print_form(self) -> None:
        from heemang_desktop.gui.printing import print_html

        resolution_id = self.current_id
        if resolution_id:
            Op(self, lambda ctx: service.resolution_html(ctx, resolution_id)).success(
                lambda html: print_html(html, self, entity="resolution", entity_id=resolution_id)).run()

    def save_pdf(self) -> None:
        from heemang_desktop.render.pdf import html_to_pdf

        if not self.current_id:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF 저장"), "결의서.pdf", "PDF (*.pdf)")
        resolution_id = self.current_id
        if path:
            Op(self, lambda ctx: service.resolution_html(ctx, resolution_id)).success(
                lambda html: (html_to_pdf(html, path, title="결의서"), self._say(self.tr("PDF를 저장했습니다."))),
            ).run()
