"""Gifts (후원금 and 현물 received): record, correct or cancel one, list them. An in-kind gift's amount is
quantity x unit value. A gift an issued receipt covers, or a live 수입결의서 books, is neither corrected nor
cancelled.

Money comes only through a 후원금전용계좌 (domain §6): a money gift names the account it came into, the
first of the facility's accounts when left blank; an in-kind gift names none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import codes, income, receipts
from heemang_desktop.donations.donors import text
from heemang_desktop.donations.models import DESIGNATED, IN_KIND, Donor, Gift, Pledge
from heemang_desktop.donations.receipt_models import ReceiptLine
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change


@dataclass
class GiftInput:
    donor_id: str
    gift_date: date
    method: str
    amount: int = 0
    pledge_id: str | None = None
    designation: str = ""  # blank: the pledge's, else 비지정
    purpose: str = ""
    item: str = ""
    quantity: int = 0
    unit_value: int = 0
    note: str = ""
    deposit_account: str = ""  # blank: the first 후원금전용계좌 of the setup


@dataclass(frozen=True)
class GiftRow:
    id: str
    donor_id: str
    pledge_id: str | None
    gift_date: date
    amount: int
    designation: str
    purpose: str
    method: str
    item: str
    quantity: int
    unit_value: int
    deposit_account: str = ""
    resolution_id: str | None = None  # the 수입결의서 that booked it
    note: str = ""
    receipt_no: str = ""  # the issued 기부금영수증 covering it (it is locked), if any
    resolution_no: str = ""  # the live 수입결의서 that booked it, if any

    @property
    def in_kind(self) -> bool:
        return self.method == IN_KIND


def row_of(g: Gift, receipt_no: str = "", resolution_no: str = "") -> GiftRow:
    return GiftRow(g.id, g.donor_id, g.pledge_id, g.gift_date, g.amount, g.designation, g.purpose, g.method,
                   g.item, g.quantity, g.unit_value, g.deposit_account, g.resolution_id, g.note, receipt_no,
                   resolution_no)


def default_account(ctx) -> str:
    """The 후원금전용계좌 a money gift goes to when none is named (a manual one left blank, a CMS debit)."""
    accounts = income.income_setup(ctx).deposit_accounts
    return accounts[0] if accounts else ""


def _deposit_account(ctx, method: str, chosen: str) -> str:
    chosen = (chosen or "").strip()
    if method == IN_KIND:
        if chosen:
            raise ValidationError("현물 후원에는 입금 계좌가 없습니다.", "deposit_account")
        return ""
    if not chosen:
        return default_account(ctx)
    accounts = income.income_setup(ctx).deposit_accounts
    if accounts and chosen not in accounts:
        raise ValidationError(f"후원금은 후원금전용계좌로만 받습니다: {', '.join(accounts)} 중 하나를 고르세요.",
                              "deposit_account")
    return chosen


def _fill(ctx, session, gift: Gift, donor: Donor, data: GiftInput) -> None:
    """The gift's fields from the form, checked as for a new gift."""
    if data.gift_date is None:
        raise ValidationError("후원일을 입력하세요.", "gift_date")
    gift.donor_id, gift.gift_date = donor.id, data.gift_date
    gift.method = codes.choice("methods", data.method, "납부방법")
    if not gift.method:
        raise ValidationError("납부방법을 고르세요.", "method")
    designation, purpose = data.designation, data.purpose
    gift.pledge_id = None
    if data.pledge_id:
        pledge = owned(session, Pledge, data.pledge_id, ctx.facility.id, "후원약정")
        if pledge.donor_id != donor.id:
            raise ValidationError("다른 후원자의 약정입니다.", "pledge_id")
        gift.pledge_id = pledge.id
        if not designation:
            designation, purpose = pledge.designation, purpose or pledge.purpose
    gift.designation = codes.choice("designations", designation, "지정구분", "비지정")
    gift.purpose = text(purpose, 200, "지정목적", required=gift.designation == DESIGNATED)
    if gift.method == IN_KIND:
        gift.item = text(data.item, 200, "품목", required=True)
        if data.quantity <= 0 or data.unit_value <= 0:
            raise ValidationError("현물 후원에는 수량과 단가를 적으세요.", "quantity")
        total = data.quantity * data.unit_value
        if data.amount and data.amount != total:
            raise ValidationError(f"현물 금액 {data.amount:,}원이 수량×단가 {total:,}원과 다릅니다.", "amount")
        gift.quantity, gift.unit_value, gift.amount = data.quantity, data.unit_value, total
    else:
        if data.item or data.quantity or data.unit_value:
            raise ValidationError("품목·수량·단가는 현물 후원에만 적습니다.", "item")
        if data.amount <= 0:
            raise ValidationError("후원금액은 0보다 큰 원 단위 금액입니다.", "amount")
        gift.amount, gift.item, gift.quantity, gift.unit_value = data.amount, "", 0, 0
    gift.deposit_account = text(_deposit_account(ctx, gift.method, data.deposit_account), 100, "입금 계좌")
    gift.note = text(data.note, 4000, "비고")


def record_gift(ctx, data: GiftInput) -> GiftRow:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        donor = owned(session, Donor, data.donor_id, ctx.facility.id, "후원자")
        gift = Gift(facility_id=ctx.facility.id, donor_id=donor.id, gift_date=data.gift_date, cancelled=False)
        _fill(ctx, session, gift, donor, data)
        record_change(session, gift, actor.login_id)
        return row_of(gift)


def _changeable(session, ctx, gift_id: str) -> Gift:
    """The gift, if nothing holds it: an issued 기부금영수증 (void it first) or a live 수입결의서 (cancel it
    in 회계 first; the gift is then booked anew)."""
    gift = owned(session, Gift, gift_id, ctx.facility.id, "후원금")
    if gift.cancelled:
        raise ValidationError("이미 취소한 후원금입니다.", "gift")
    receipts.check_unlocked(session, gift.id)
    if gift.resolution_id:
        R = accounting.Resolution
        booked = session.execute(select(R.number, R.resolution_date).where(
            R.id == gift.resolution_id, R.state != accounting.CANCELLED)).first()
        if booked:
            raise ValidationError(f"수입결의서 {booked[0]}({booked[1]:%Y-%m-%d})에 들어간 후원금입니다. "
                                  "회계에서 그 결의서를 먼저 취소하세요 (취소하면 다시 수입결의할 수 있습니다).",
                                  "gift")
    return gift


def update_gift(ctx, gift_id: str, data: GiftInput) -> GiftRow:
    """Correct a gift (not receipted, not booked). A CMS gift is what the bank debited: its date, amount,
    method and donor stay; the rest may change."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        gift = _changeable(session, ctx, gift_id)
        donor = owned(session, Donor, data.donor_id or gift.donor_id, ctx.facility.id, "후원자")
        if gift.cms_line_id and (data.gift_date, data.amount, data.method, donor.id) != (
                gift.gift_date, gift.amount, gift.method, gift.donor_id):
            raise ValidationError("CMS 출금으로 받은 후원금은 후원일·금액·납부방법·후원자를 고칠 수 없습니다 "
                                  "(은행 결과 그대로입니다).", "amount")
        _fill(ctx, session, gift, donor, data)
        record_change(session, gift, actor.login_id)
        return row_of(gift)


def cancel_gift(ctx, gift_id: str, reason: str, on: date | None = None) -> GiftRow:
    """Cancel a gift recorded by mistake (not receipted, not booked): it leaves the lists, income and
    receipts; the row stays with the reason in its note."""
    actor = ctx.require_actor()
    reason = text(reason, 500, "취소 사유", required=True)
    with ctx.transaction() as session:
        gift = _changeable(session, ctx, gift_id)
        gift.cancelled = True
        mark = f"[취소 {on or date.today():%Y-%m-%d}] {reason}"
        gift.note = text(f"{gift.note}\n{mark}" if gift.note else mark, 4000, "비고")
        record_change(session, gift, actor.login_id)
        return row_of(gift)


def list_gifts(ctx, donor_id: str | None = None, year: int | None = None) -> list[GiftRow]:
    stmt = select(Gift).where(Gift.facility_id == ctx.facility.id, Gift.deleted.is_(False),
                              Gift.cancelled.is_(False))
    if donor_id:
        stmt = stmt.where(Gift.donor_id == donor_id)
    if year:
        stmt = stmt.where(extract("year", Gift.gift_date) == year)
    ids = stmt.with_only_columns(Gift.id).scalar_subquery()  # a subquery, not an IN list: a year may be 60,000
    R = accounting.Resolution
    with ctx.store.session() as session:
        receipted = {gift: number for gift, number in session.execute(
            receipts.live_lines().where(ReceiptLine.gift_id.in_(ids)))}
        booked = {rid: number for rid, number in session.execute(select(R.id, R.number).where(
            R.id.in_(stmt.with_only_columns(Gift.resolution_id).scalar_subquery()), R.state != accounting.CANCELLED))}
        return [row_of(g, receipted.get(g.id, ""), booked.get(g.resolution_id or "", ""))
                for g in session.scalars(stmt.order_by(Gift.gift_date, Gift.id))]
