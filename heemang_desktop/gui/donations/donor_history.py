"""The donor card's pledges (versions, pause, 해지, CMS 재신청) and gifts: the two tabs and what their
buttons do. A part of DonorsPage, which holds the open card (`current`) and the message line."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.donations.pledge_dialog import GiftDialog, PledgeDialog
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table


class PledgesAndGifts:
    """Mixed into DonorsPage (a Page): expects `current`, `pledge_rows`, `message`, `_reload_card`, `changed`."""

    def _pledges_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.pledges = RowsModel([
            Column(self.tr("버전"), lambda p: p.revision if p.current else f"{p.revision} (이전)"),
            Column(self.tr("구분"), lambda p: p.pledge_kind), Column(self.tr("금액"), lambda p: p.amount, right=True),
            Column(self.tr("출금일"), lambda p: f"{p.debit_day}일" if p.debit_day else ""),
            Column(self.tr("방법"), lambda p: p.method),
            Column(self.tr("지정"), lambda p: f"{p.designation} {p.purpose}".strip()),
            Column(self.tr("기간"), lambda p: f"{p.start_date or ''}~{p.end_date or ''}"
                   if p.start_date or p.end_date else ""),
            Column(self.tr("상태"), lambda p: p.state), Column(self.tr("CMS"), lambda p: p.cms_state),
        ], parent=self)
        self.pledge_table = rows_table(self.pledges)
        self.history = QCheckBox(self.tr("이전 버전도 보기"))
        self.history.toggled.connect(self._reload_card)
        v.addWidget(self.history)
        v.addWidget(self.pledge_table, 1)
        row = QHBoxLayout()
        self.new_pledge_button = QPushButton(self.tr("새 약정…"))
        self.new_pledge_button.clicked.connect(self.new_pledge)
        self.change_button = QPushButton(self.tr("약정 변경…"))
        self.change_button.clicked.connect(self.change_pledge)
        self.pause_button = QPushButton(self.tr("일시정지/재개"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("해지"))
        self.cancel_button.clicked.connect(self.cancel_pledge)
        self.reapply_button = QPushButton(self.tr("CMS 재신청"))
        self.reapply_button.setToolTip(self.tr("CMS 등록이 불능으로 돌아온 약정을, 원인을 해결한 뒤 "
                                               "다음 EB13에 다시 넣습니다."))
        self.reapply_button.clicked.connect(self.reapply)
        row.addStretch(1)
        for b in (self.new_pledge_button, self.change_button, self.pause_button, self.cancel_button,
                  self.reapply_button):
            row.addWidget(b)
        v.addLayout(row)
        return tab

    def _gifts_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.gifts = RowsModel([
            Column(self.tr("후원일"), lambda g: g.gift_date), Column(self.tr("금액"), lambda g: g.amount, right=True),
            Column(self.tr("방법"), lambda g: g.method),
            Column(self.tr("지정"), lambda g: f"{g.designation} {g.purpose}".strip()),
            Column(self.tr("현물"), lambda g: f"{g.item} {g.quantity}×{g.unit_value:,}" if g.item else ""),
            Column(self.tr("입금 계좌"), lambda g: g.deposit_account),
            Column(self.tr("수입결의서"), lambda g: g.resolution_no),
            Column(self.tr("기부금영수증"), lambda g: g.receipt_no),
        ], parent=self)
        self.gift_table = rows_table(self.gifts)
        v.addWidget(self.gift_table, 1)
        row = QHBoxLayout()
        self.gift_total = QLabel()
        self.gift_button = QPushButton(self.tr("후원금 기록…"))
        self.gift_button.clicked.connect(self.record_gift)
        self.gift_edit_button = QPushButton(self.tr("수정…"))
        self.gift_edit_button.clicked.connect(self.edit_gift)
        self.gift_cancel_button = QPushButton(self.tr("취소…"))
        self.gift_cancel_button.setToolTip(self.tr("잘못 기록한 후원금을 사유와 함께 취소합니다. 기부금영수증이나 "
                                                   "수입결의서에 들어간 후원금은 그것을 먼저 취소해야 합니다."))
        self.gift_cancel_button.clicked.connect(self._ask_cancel_gift)
        row.addWidget(self.gift_total, 1)
        for b in (self.gift_button, self.gift_edit_button, self.gift_cancel_button):
            row.addWidget(b)
        v.addLayout(row)
        return tab

    # -- pledges and gifts ----------------------------------------------------------------------
    def _selected_pledge(self):
        row = self.pledges.row_at(self.pledge_table.currentIndex())
        if row is None and len(self.pledge_rows) == 1:
            row = self.pledge_rows[0]  # one pledge: no need to pick it
        if row is None:
            self.message.show_error(self.tr("약정을 고르세요."))
            return None
        if not row.current:
            self.message.show_error(self.tr("이전 버전의 약정입니다. 현재 약정을 고르세요."))
            return None
        return row

    def _pledge_saved(self, text: str):
        def done(_row):
            self.message.show_ok(text)
            self._reload_card()
            self.changed()
        return done

    def new_pledge(self) -> PledgeDialog | None:
        if self.current is None:
            return None
        donor_id = self.current.id
        dialog = PledgeDialog(self, self.tr("새 약정"), lambda ctx, d: service.add_pledge(ctx, donor_id, d),
                              self._pledge_saved(self.tr("약정을 저장했습니다.")))
        dialog.open()
        return dialog

    def change_pledge(self) -> PledgeDialog | None:
        row = self._selected_pledge()
        if row is None:
            return None
        dialog = PledgeDialog(self, self.tr("약정 변경 (새 버전으로 저장, 이전 내용은 이력에 남음)"),
                              lambda ctx, d: service.change_pledge(ctx, row.id, d),
                              self._pledge_saved(self.tr("약정을 새 버전으로 바꿨습니다.")), row)
        dialog.open()
        return dialog

    def toggle_pause(self) -> None:
        row = self._selected_pledge()
        if row is not None:
            paused = row.state != "일시정지"
            text = self.tr("약정을 일시정지했습니다.") if paused else self.tr("약정을 다시 시작했습니다.")
            Op(self, lambda ctx: service.pause_pledge(ctx, row.id, paused)).success(self._pledge_saved(text)).run()

    def cancel_pledge(self, on: date | None = None) -> None:
        row = self._selected_pledge()
        if row is None:
            return
        on = on or date.today()
        text = self.tr("{0} {1}원 약정을 {2}자로 해지합니다. CMS 등록된 약정은 다음 EB13에 해지로 "
                       "들어갑니다.").format(row.method, f"{row.amount:,}", on)
        if not dialogs.confirm(self, self.tr("약정 해지"), text, self.tr("해지")):
            return
        Op(self, lambda ctx: service.cancel_pledge(ctx, row.id, on)).success(
            self._pledge_saved(self.tr("약정을 해지했습니다."))).run()

    def reapply(self) -> None:
        row = self._selected_pledge()
        if row is not None:
            Op(self, lambda ctx: service.reapply_cms(ctx, row.id)).success(
                self._pledge_saved(self.tr("다음 EB13에 CMS 등록을 다시 신청합니다."))).run()

    def record_gift(self) -> GiftDialog | None:
        if self.current is None:
            return None

        def done(gift):
            self.message.show_ok(self.tr("후원금 {0:,}원을 기록했습니다.").format(gift.amount))
            self._reload_card()
            self.changed()

        dialog = GiftDialog(self, self.current.id, self.pledge_rows, service.record_gift, done)
        dialog.open()
        return dialog

    def _selected_gift(self):
        row = self.gifts.row_at(self.gift_table.currentIndex())
        if row is None:
            self.message.show_error(self.tr("후원금을 고르세요."))
        return row

    def edit_gift(self) -> GiftDialog | None:
        row = self._selected_gift()
        if row is None or self.current is None:
            return None

        def done(gift):
            self.message.show_ok(self.tr("{0} 후원금을 고쳤습니다 ({1:,}원).").format(gift.gift_date, gift.amount))
            self._reload_card()
            self.changed()

        dialog = GiftDialog(self, self.current.id, self.pledge_rows,
                            lambda ctx, d: service.update_gift(ctx, row.id, d), done, row)
        dialog.open()
        return dialog

    def _ask_cancel_gift(self) -> None:
        row = self._selected_gift()
        if row is None:
            return
        what = self.tr("{0} {1} {2}원").format(row.gift_date, row.method, f"{row.amount:,}")
        reason, ok = QInputDialog.getText(self, self.tr("후원금 취소"),
                                          self.tr("{0} 후원금을 취소하는 사유:").format(what))
        if not ok or not reason.strip():
            return
        text = self.tr("{0} 후원금을 취소합니다 (사유: {1}). 목록·수입결의·기부금영수증에서 빠집니다.").format(
            what, reason.strip())
        if dialogs.confirm(self, self.tr("후원금 취소"), text, self.tr("후원금 취소")):
            self.cancel_gift(row.id, reason)

    def cancel_gift(self, gift_id: str, reason: str) -> None:
        def done(gift):
            self.message.show_ok(self.tr("{0} {1:,}원 후원금을 취소했습니다.").format(gift.gift_date, gift.amount))
            self._reload_card()
            self.changed()

        Op(self, lambda ctx: service.cancel_gift(ctx, gift_id, reason)).success(done).run()
