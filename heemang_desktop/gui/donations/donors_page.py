"""후원관리 > 후원자·후원금: the donor list and search, the donor card (duplicate warning, sealed number,
consents, 출금동의서, merge), its pledges (versions, pause, 해지) and gifts (record, correct, cancel), the
후원자 workbook, and 후원금 수입결의 (the 나의업무 item for unbooked gifts opens this page)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.donations import service

from heemang_desktop.gui.audit.reveal import RevealButton
from heemang_desktop.gui.donations.donor_history import PledgesAndGifts
from heemang_desktop.gui.donations.income_dialog import IncomeBookingDialog
from heemang_desktop.gui.donations.merge_dialog import MergeDialog
from heemang_desktop.gui.donations.pledge_dialog import choice_combo, select
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import Column, OptionalDateEdit, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine

SHOWN = ("donor", "pledge", "gift")  # changed elsewhere (an import, a CMS result, a sync): the page reloads
WARN_STYLE = "background: #fff4e5; color: #7a4b00; border: 1px solid #f0b860; padding: 6px;"
CONSENT_FILTER = "출금동의서 (*.pdf *.png *.jpg *.jpeg *.bmp *.hwp *.hwpx *.doc *.docx)"


class DonorsPage(PledgesAndGifts, Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current = None  # the open DonorCard
        self.pledge_rows: list = []
        self.upload = None
        self.unbooked: list = []  # months with gifts waiting for a 수입결의서, oldest first
        self.layout_.addLayout(self._income_bar())
        splitter = QSplitter()
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._card_side())
        splitter.setSizes([380, 780])
        self.layout_.addWidget(splitter, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        for edit in (self.search, self.phone_tail):
            edit.textChanged.connect(self._debounce.start)
        for combo in (self.state_filter, self.method_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._dup_timer = QTimer(self, singleShot=True, interval=400, timeout=self._check_duplicates)
        for edit in (self.name, self.phone, self.birth):
            edit.textEdited.connect(self._dup_timer.start)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.watch(*SHOWN, refresh=self.refresh)
        self.watch("pledge", "gift", "cms_line", refresh=self._reload_card)
        self.watch("gift", "resolution", refresh=self.load_unbooked)  # a cancelled resolution frees its gifts
        self.new_card()

    # -- building ------------------------------------------------------------------------------
    def _income_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.unbooked_label = QLabel()
        self.unbooked_label.setWordWrap(True)
        self.book_button = QPushButton(self.tr("후원금 수입결의…"))
        self.book_button.setToolTip(self.tr("한 달의 후원금을 지정·비지정후원금 수입결의서로 만듭니다 "
                                            "(미리 보고 확인한 뒤 저장)."))
        self.book_button.clicked.connect(lambda: self.open_booking())
        bar.addWidget(self.unbooked_label, 1)
        bar.addWidget(self.book_button)
        return bar

    def _list_side(self) -> QWidget:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("성명·후원자번호 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.phone_tail = QLineEdit()
        self.phone_tail.setPlaceholderText(self.tr("전화 끝 4자리"))
        self.phone_tail.setMaxLength(4)
        self.phone_tail.setFixedWidth(100)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.phone_tail)
        lv.addLayout(top)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("약정 상태 전체"), "")
        for state in service.PLEDGE_STATES:
            self.state_filter.addItem(state, state)
        self.method_filter = choice_combo("methods", self.tr("납부방법 전체"))
        filters = QHBoxLayout()
        filters.addWidget(self.state_filter)
        filters.addWidget(self.method_filter)
        lv.addLayout(filters)
        self.model = RowsModel([
            Column(self.tr("번호"), lambda r: r.donor_no), Column(self.tr("성명"), lambda r: r.name),
            Column(self.tr("구분"), lambda r: r.donor_kind), Column(self.tr("휴대전화"), lambda r: r.phone),
        ], service.search_donors, self)
        self.table = rows_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):  # number, kind and phone whole (sized as rows arrive); the name takes the rest
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        lv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("새 후원자(&N)"))
        self.new_button.clicked.connect(self.new_card)
        self.upload_button = QPushButton(self.tr("엑셀 올리기…"))
        self.upload_button.setToolTip(self.tr("후원자 엑셀(빈 양식에 적은 것, 약정 한 줄씩)을 검사한 뒤 "
                                              "한꺼번에 저장합니다."))
        self.upload_button.clicked.connect(self.open_upload)
        self.template_button = QPushButton(self.tr("빈 양식 저장…"))
        self.template_button.clicked.connect(self._ask_template)
        for b in (self.new_button, self.upload_button, self.template_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        self.list_message = MessageLine()
        lv.addWidget(self.list_message)
        return left

    def _card_side(self) -> QWidget:
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet(WARN_STYLE)
        self.open_existing = QPushButton(self.tr("기존 후원자 열기"))
        self.open_existing.clicked.connect(self._open_existing)
        self.save_anyway = QPushButton(self.tr("다른 사람이므로 새로 저장"))
        self.save_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        dup_row = QHBoxLayout()
        dup_row.addWidget(self.duplicate, 1)
        dup_row.addWidget(self.open_existing)
        dup_row.addWidget(self.save_anyway)
        self.duplicate_box = QWidget()
        self.duplicate_box.setLayout(dup_row)
        dup_row.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.duplicate_box)
        rv.addWidget(self._card_form())
        tabs = QTabWidget()
        tabs.addTab(self._pledges_tab(), self.tr("약정"))
        tabs.addTab(self._gifts_tab(), self.tr("후원금"))
        self.tabs = tabs
        rv.addWidget(tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        return scroll

    def _card_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("후원자 카드"))
        grid = QGridLayout(box)
        self.kind = choice_combo("donor_kinds")
        self.name, self.donor_no = QLineEdit(), QLineEdit()
        self.donor_no.setPlaceholderText(self.tr("비우면 자동 (D-00001)"))
        self.phone, self.email, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.phone.setPlaceholderText("010-1234-5678")
        self.rrn = QLineEdit()
        self.rrn.setPlaceholderText(self.tr("저장하면 가려서 보여 줍니다"))
        self.rrn_shown = QLabel()
        self.business_no = QLineEdit()
        self.business_no.setPlaceholderText(self.tr("단체: 10자리"))
        self.birth = QLineEdit()
        self.birth.setPlaceholderText("YYMMDD")
        self.birth.setMaxLength(8)
        self.receipt_wanted = QCheckBox(self.tr("영수증 발급 동의"))
        self.receipt_on, self.privacy_on = OptionalDateEdit(), OptionalDateEdit()
        self.news = choice_combo("news_channels", self.tr("(받지 않음)"))
        self.note = QLineEdit()
        rrn_row = QHBoxLayout()
        rrn_row.addWidget(self.rrn, 1)
        self.rrn_reveal = RevealButton(self.rrn_shown, "donor", "resident_number",
                                       lambda: self.current.id if self.current and self.rrn_shown.text() else None)
        rrn_row.addWidget(self.rrn_shown)
        rrn_row.addWidget(self.rrn_reveal)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_wanted)
        receipt_row.addWidget(self.receipt_on, 1)
        cells = (
            (self.tr("구분"), self.kind, self.tr("후원자번호"), self.donor_no),
            (self.tr("성명*"), self.name, self.tr("휴대전화"), self.phone),
            (self.tr("주민등록번호"), rrn_row, self.tr("생년월일"), self.birth),
            (self.tr("사업자번호"), self.business_no, self.tr("이메일"), self.email),
            (self.tr("주소"), self.address, None, None),
            (self.tr("영수증"), receipt_row, self.tr("개인정보 동의일"), self.privacy_on),
            (self.tr("소식 받는 방법"), self.news, self.tr("비고"), self.note),
        )
        for r, (l1, w1, l2, w2) in enumerate(cells):
            grid.addWidget(QLabel(l1), r, 0)
            span = 1 if l2 else 3
            if isinstance(w1, QHBoxLayout):
                grid.addLayout(w1, r, 1, 1, span)
            else:
                grid.addWidget(w1, r, 1, 1, span)
            if l2:
                grid.addWidget(QLabel(l2), r, 2)
                grid.addWidget(w2, r, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.consent_label = QLabel()
        self.consent_button = QPushButton(self.tr("출금동의서 첨부…"))
        self.consent_button.clicked.connect(self._ask_consent)
        self.consent_open = QPushButton(self.tr("동의서 열기"))
        self.consent_open.clicked.connect(self.open_consent)
        self.save_button = QPushButton(self.tr("저장(&S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.merge_button = QPushButton(self.tr("중복 후원자 병합…"))
        self.merge_button.clicked.connect(self.open_merge)
        self.consent_label.setWordWrap(True)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_label, 1)
        consent.addWidget(self.consent_button)
        consent.addWidget(self.consent_open)
        grid.addWidget(QLabel(self.tr("CMS 출금동의서")), len(cells), 0)
        grid.addLayout(consent, len(cells), 1, 1, 3)
        actions = QHBoxLayout()
        self.message = MessageLine()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.save_button)
        grid.addLayout(actions, len(cells) + 1, 0, 1, 4)
        for w in (self.name, self.phone, self.email, self.address, self.rrn, self.business_no, self.birth,
                  self.note, self.donor_no):
            w.returnPressed.connect(lambda: self.save())
        return box

    # -- the list -------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.load_unbooked()

    def load_unbooked(self, *_args) -> None:
        Op(self, lambda ctx: service.unbooked_months(ctx, date.today())).success(self._show_unbooked).run()

    def _show_unbooked(self, months) -> None:
        self.unbooked = list(months)
        if not months:
            self.unbooked_label.setStyleSheet("")
            self.unbooked_label.setText(self.tr("수입결의를 기다리는 후원금이 없습니다."))
            return
        span = months[0].month if len(months) == 1 else f"{months[0].month}~{months[-1].month}"
        self.unbooked_label.setStyleSheet(WARN_STYLE)
        self.unbooked_label.setText(self.tr("수입결의되지 않은 후원금 {0}건, {1}원 ({2}): '후원금 수입결의'로 "
                                            "수입결의서를 만드세요.").format(
            f"{sum(m.count for m in months):,}", f"{sum(m.total for m in months):,}", span))

    def open_booking(self, month: str | None = None) -> IncomeBookingDialog:
        """The booking dialog, on `month` or the oldest month waiting (else last month)."""
        if month is None:
            last = date.today().replace(day=1) - timedelta(days=1)
            month = self.unbooked[0].month if self.unbooked else f"{last:%Y-%m}"
        dialog = IncomeBookingDialog(self, month, lambda _result: self.changed())
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.model.load(self.search.text(), self.phone_tail.text(), self.state_filter.currentData(),
                        self.method_filter.currentData(), on_loaded=self._fit_columns)

    def _fit_columns(self) -> None:
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)

    def _chosen(self, current, _previous) -> None:
        row = self.model.row_at(current)
        if row is not None:
            self.open_donor(row.id)

    # -- the card -------------------------------------------------------------------------------
    def new_card(self) -> None:
        self.current = None
        self.table.clearSelection()
        for w in (self.name, self.donor_no, self.phone, self.email, self.address, self.rrn, self.business_no,
                  self.birth, self.note):
            w.clear()
        self.rrn_shown.clear()
        self.rrn_reveal.setEnabled(False)
        self.kind.setCurrentIndex(0)
        self.news.setCurrentIndex(0)
        self.receipt_wanted.setChecked(False)
        self.receipt_on.set_value(None)
        self.privacy_on.set_value(None)
        self.duplicate_box.hide()
        self.pledges.set_rows([])
        self.gifts.set_rows([])
        self.gift_total.clear()
        self.consent_label.setText(self.tr("없음"))
        self._card_actions()
        self.message.clear()
        self.name.setFocus()

    def _kind_changed(self) -> None:
        """An organisation has a business number, never a resident number (the service refuses one)."""
        person = self.kind.currentData() != "단체"
        self.rrn.setEnabled(person)
        self.birth.setEnabled(person)
        if not person:
            self.rrn.clear()

    def _card_actions(self) -> None:
        saved = self.current is not None
        for b in (self.consent_button, self.merge_button, self.new_pledge_button, self.change_button,
                  self.pause_button, self.cancel_button, self.reapply_button, self.gift_button,
                  self.gift_edit_button, self.gift_cancel_button):
            b.setEnabled(saved)
        self.consent_open.setEnabled(False)

    def open_donor(self, donor_id: str) -> None:
        history = self.history.isChecked()

        def read(ctx):
            return (service.get_donor(ctx, donor_id), service.donor_pledges(ctx, donor_id, history),
                    service.list_gifts(ctx, donor_id), service.consent_file(ctx, donor_id))

        Op(self, read).success(self._show).run()

    def _reload_card(self, *_args) -> None:
        if self.current is not None:
            self.open_donor(self.current.id)

    def _show(self, loaded) -> None:
        card, pledges, gifts, consent = loaded
        self.current = card
        select(self.kind, card.donor_kind)
        self.name.setText(card.name)
        self.donor_no.setText(card.donor_no)
        self.phone.setText(card.phone)
        self.email.setText(card.email)
        self.address.setText(card.address)
        self.rrn.clear()
        self.rrn_shown.setText(card.resident_number_masked)
        self.rrn_reveal.setEnabled(bool(card.resident_number_masked))
        self.business_no.setText(card.business_number)
        self.birth.setText(card.birth_ymd)
        self.receipt_wanted.setChecked(card.receipt_wanted)
        self.receipt_on.set_value(card.receipt_consent_on)
        self.privacy_on.set_value(card.privacy_consent_on)
        select(self.news, card.news_channel)
        self.note.setText(card.note)
        self.duplicate_box.hide()
        self.pledge_rows = [p for p in pledges if p.current]
        self.pledges.set_rows(pledges)
        self.gifts.set_rows(gifts)
        self.gift_total.setText(self.tr("{0}건, 합계 {1:,}원").format(len(gifts), sum(g.amount for g in gifts)))
        self._card_actions()
        if consent is None:
            self.consent_label.setText(self.tr("없음 (CMS 등록 전에 받아 두세요)"))
        else:
            signed = f" ({consent.signed_on})" if consent.signed_on else ""
            missing = "" if consent.present else self.tr(" — 이 PC에 파일 없음")
            self.consent_label.setText(f"{consent.name}{signed}{missing}")
            self.consent_open.setEnabled(consent.present)

    def _input(self) -> service.DonorInput:
        return service.DonorInput(
            name=self.name.text(), donor_no=self.donor_no.text(), donor_kind=self.kind.currentData(),
            phone=self.phone.text(), email=self.email.text(), address=self.address.text(),
            resident_number=self.rrn.text(), business_number=self.business_no.text(), birth_ymd=self.birth.text(),
            receipt_wanted=self.receipt_wanted.isChecked(), receipt_consent_on=self.receipt_on.value(),
            privacy_consent_on=self.privacy_on.value(), news_channel=self.news.currentData(), note=self.note.text())

    def save(self, allow_duplicate: bool = False) -> None:
        data, donor_id = self._input(), self.current.id if self.current else None

        def write(ctx):
            card = (service.add_donor(ctx, data, allow_duplicate) if donor_id is None
                    else service.update_donor(ctx, donor_id, data))
            return card, card.warnings

        def done(answer):
            card, warnings = answer
            self.current = card
            self.open_donor(card.id)
            self.message.show_ok(" ".join([self.tr("저장했습니다."), *warnings]))
            self.changed()

        def failed(error):
            if isinstance(error, service.DuplicateDonor):
                self._warn_duplicates(error.existing, str(error))
            self.message.show_error(str(error))

        Op(self, write).success(done).failure(failed).run()

    def _check_duplicates(self) -> None:
        """While a new card is typed: donors with the same name and phone or birth date, named at once."""
        if self.current is not None:
            return
        name, phone, birth = self.name.text(), self.phone.text(), self.birth.text()
        if len(birth) not in (0, 6, 8):
            return

        def found(rows):
            if rows:
                self._warn_duplicates(rows)
            else:
                self.duplicate_box.hide()

        Op(self, lambda ctx: service.find_duplicates(ctx, name, phone, birth)).success(found).failure(
            lambda _e: None).run()

    def _warn_duplicates(self, rows, text: str = "") -> None:
        self._existing = rows[0].id
        names = ", ".join(f"{r.name} ({r.donor_no}, {r.phone or r.birth_ymd})" for r in rows)
        self.duplicate.setText(self.tr("이미 등록된 후원자와 같아 보입니다: {0}").format(names))
        self.save_anyway.setVisible(bool(text))  # offered once the save was refused
        self.duplicate_box.show()

    def _open_existing(self) -> None:
        self.open_donor(self._existing)

    # -- 출금동의서 and merge ----------------------------------------------------------------------
    def _ask_consent(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("출금동의서 첨부"), "", CONSENT_FILTER)
        if name:
            self.attach_consent(Path(name))

    def attach_consent(self, path: Path, signed_on: date | None = None) -> None:
        if self.current is None:
            return
        donor_id = self.current.id

        def done(_info):
            self.message.show_ok(self.tr("출금동의서를 첨부했습니다."))
            self.open_donor(donor_id)

        Op(self, lambda ctx: service.attach_consent(ctx, donor_id, path, signed_on)).success(done).run()

    def open_consent(self) -> None:
        if self.current is not None:
            donor_id = self.current.id
            Op(self, lambda ctx: service.consent_path(ctx, donor_id)).success(
                lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))).run()

    def open_merge(self) -> MergeDialog | None:
        if self.current is None:
            return None

        def merged(result):
            self.message.show_ok(self.tr("{0}을(를) 병합했습니다: 약정 {1}건, 후원금 {2}건, CMS 내역 {3}건을 옮김.")
                                 .format(result.merged_no, result.pledges, result.gifts, result.cms_lines))
            self.open_donor(result.kept.id)
            self.changed()

        dialog = MergeDialog(self, self.current, merged)
        dialog.open()
        return dialog

    # -- the 후원자 workbook ----------------------------------------------------------------------
    def open_upload(self):
        from heemang_desktop.gui.upload_dialog import UploadDialog

        self.upload = UploadDialog(service.TEMPLATE_KIND, self.tr("후원자 엑셀 업로드"), self)
        self.upload.open()
        return self.upload

    def _ask_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), self.tr("후원자_양식.xlsx"),
                                              "Excel (*.xlsx)")
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> None:
        Op(self, lambda _ctx: service.write_template(path)).success(
            lambda _none: self.list_message.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(path))).failure(
            lambda e: self.list_message.show_error(str(e))).run()
