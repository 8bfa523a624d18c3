"""이용료: monthly charges from fee plans, receipts (수납), arrears, and the receipt printout.

A receipt may not exceed what the subject owes unless it is recorded as a prepayment (선납).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import codes
from heemang_desktop.subjects.common import text, withdraw
from heemang_desktop.subjects.models import FeeCharge, FeeReceipt, Subject
from heemang_desktop.sync.outbox import record_change


@dataclass(frozen=True)
class ChargeRow:
    id: str
    subject_id: str
    subject_name: str
    month: str
    plan_id: str
    base_amount: int
    rate_bp: int
    amount: int
    note: str


@dataclass(frozen=True)
class ReceiptRow:
    id: str
    subject_id: str
    subject_name: str
    receipt_no: str
    received_on: date
    amount: int
    method: str
    payer: str
    prepayment: bool
    note: str
    balance_after: int  # what is still owed after this receipt (negative: paid ahead)


@dataclass(frozen=True)
class BalanceRow:
    subject_id: str
    subject_name: str
    subject_no: str
    charged: int
    received: int

    @property
    def outstanding(self) -> int:
        return self.charged - self.received


def _month(text_value: str) -> str:
    try:
        y, m = text_value.strip().split("-")
        return f"{int(y):04d}-{int(m):02d}" if 1 <= int(m) <= 12 else _bad_month(text_value)
    except ValueError:
        return _bad_month(text_value)


def _bad_month(value: str) -> str:
    raise ValidationError(f"부과 연월은 2026-09 형식이어야 합니다: {value}", "month")


def floor10(won: int) -> int:
    return won // 10 * 10


def _charged(session: Session, subject_id: str) -> int:
    return session.execute(select(func.coalesce(func.sum(FeeCharge.amount), 0)).where(
        FeeCharge.subject_id == subject_id, FeeCharge.deleted.is_(False), FeeCharge.cancelled.is_(False))).scalar_one()


def _received(session: Session, subject_id: str) -> int:
    return session.execute(select(func.coalesce(func.sum(FeeReceipt.amount), 0)).where(
        FeeReceipt.subject_id == subject_id, FeeReceipt.deleted.is_(False), FeeReceipt.cancelled.is_(False))
    ).scalar_one()


def outstanding(session: Session, subject_id: str) -> int:
    return _charged(session, subject_id) - _received(session, subject_id)


def charge_month(ctx, subject_id: str, month: str, plan_id: str, amount: int | None = None,
                 note: str = "") -> ChargeRow:
    """The month's charge under a plan: base × the subject's 본인부담 rate, floored to 10원.

    `amount` overrides the computed figure (a contract's own amount). Charging the same plan
    and month again replaces the earlier figure.
    """
    actor = ctx.require_actor()
    month = _month(month)
    plan = codes.fee_plan(plan_id)
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        if plan.valid_from > date.fromisoformat(month + "-01").replace(day=28):
            raise ValidationError(f"{plan.label}은(는) {plan.valid_from}부터 적용됩니다.", "plan_id")
        if subject.support_category not in plan.rates_bp:
            raise ValidationError(
                f"{plan.label}에 보장구분 '{subject.support_category}'의 본인부담률이 없습니다.", "plan_id")
        rate = plan.rates_bp[subject.support_category]
        computed = floor10(plan.base * rate // 10000)
        if amount is not None and amount < 0:
            raise ValidationError("이용료는 0원 이상이어야 합니다.", "amount")
        charge = session.scalar(select(FeeCharge).where(
            FeeCharge.subject_id == subject.id, FeeCharge.month == month, FeeCharge.plan_id == plan.id,
            FeeCharge.deleted.is_(False), FeeCharge.cancelled.is_(False)))
        if charge is None:
            charge = FeeCharge(facility_id=ctx.facility.id, subject_id=subject.id, month=month, plan_id=plan.id,
                               cancelled=False)
        charge.base_amount, charge.rate_bp = plan.base, rate
        charge.amount = computed if amount is None else int(amount)
        charge.note = text(note, 500, "비고")
        record_change(session, charge, actor.login_id)
        return ChargeRow(charge.id, subject.id, subject.name, month, plan.id, plan.base, rate, charge.amount,
                         charge.note)


def cancel_charge(ctx, charge_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        return withdraw(session, owned(session, FeeCharge, charge_id, ctx.facility.id, "이용료 부과"), actor.login_id)


def _next_receipt_no(session: Session, ctx, year: int) -> str:
    prefix = f"{year}-"
    last = session.scalar(select(func.max(FeeReceipt.receipt_no)).where(
        FeeReceipt.facility_id == ctx.facility.id, FeeReceipt.receipt_no.like(prefix + "%")))
    return f"{prefix}{int(last.split('-')[1]) + 1 if last else 1:04d}"


def record_receipt(ctx, subject_id: str, received_on: date, amount: int, method: str, payer: str = "",
                   prepayment: bool = False, note: str = "") -> ReceiptRow:
    actor = ctx.require_actor()
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError("수납액은 1원 이상의 정수여야 합니다.", "amount")
    method = codes.choice("receipt_methods", method, "수납 방법")
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        owed = outstanding(session, subject.id)
        if amount > owed and not prepayment:
            raise ValidationError(
                f"수납액 {amount:,}원이 미납액 {max(owed, 0):,}원보다 많습니다. "
                "초과분을 미리 받는 것이면 '선납'으로 기록하세요.", "amount")
        receipt = FeeReceipt(facility_id=ctx.facility.id, subject_id=subject.id,
                             receipt_no=_next_receipt_no(session, ctx, received_on.year), received_on=received_on,
                             amount=amount, method=method, payer=text(payer, 100, "납부자"), prepayment=prepayment,
                             note=text(note, 500, "비고"), cancelled=False)
        record_change(session, receipt, actor.login_id)
        return _receipt_row(receipt, subject.name, owed - amount)


def _receipt_row(r: FeeReceipt, name: str, balance_after: int) -> ReceiptRow:
    return ReceiptRow(r.id, r.subject_id, name, r.receipt_no, r.received_on, r.amount, r.method, r.payer,
                      r.prepayment, r.note, balance_after)


def cancel_receipt(ctx, receipt_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        return withdraw(session, owned(session, FeeReceipt, receipt_id, ctx.facility.id, "수납 기록"), actor.login_id)


def list_receipts(ctx, subject_id: str | None = None, start: date | None = None, end: date | None = None,
                  offset: int = 0, limit: int = 200) -> list[ReceiptRow]:
    with ctx.store.session() as session:
        stmt = (select(FeeReceipt, Subject.name).join(Subject, Subject.id == FeeReceipt.subject_id)
                .where(FeeReceipt.facility_id == ctx.facility.id, FeeReceipt.deleted.is_(False),
                       FeeReceipt.cancelled.is_(False)))
        if subject_id:
            stmt = stmt.where(FeeReceipt.subject_id == subject_id)
        if start:
            stmt = stmt.where(FeeReceipt.received_on >= start)
        if end:
            stmt = stmt.where(FeeReceipt.received_on <= end)
        stmt = stmt.order_by(FeeReceipt.received_on.desc(), FeeReceipt.receipt_no.desc()).offset(offset).limit(limit)
        return [_receipt_row(r, name, outstanding(session, r.subject_id)) for r, name in session.execute(stmt)]


def balances(ctx, upto_month: str | None = None, arrears_only: bool = False) -> list[BalanceRow]:
    """Charged (up to a month) and received per subject; `arrears_only` keeps those still owing."""
    with ctx.store.session() as session:
        charges = (select(FeeCharge.subject_id, func.sum(FeeCharge.amount).label("total"))
                   .where(FeeCharge.facility_id == ctx.facility.id, FeeCharge.deleted.is_(False),
                          FeeCharge.cancelled.is_(False)))
        if upto_month:
            charges = charges.where(FeeCharge.month <= _month(upto_month))
        charged = charges.group_by(FeeCharge.subject_id).subquery()
        received = (select(FeeReceipt.subject_id, func.sum(FeeReceipt.amount).label("total"))
                    .where(FeeReceipt.facility_id == ctx.facility.id, FeeReceipt.deleted.is_(False),
                           FeeReceipt.cancelled.is_(False))
                    .group_by(FeeReceipt.subject_id).subquery())
        stmt = (select(Subject.id, Subject.name, Subject.subject_no, func.coalesce(charged.c.total, 0),
                       func.coalesce(received.c.total, 0))
                .outerjoin(charged, charged.c.subject_id == Subject.id)
                .outerjoin(received, received.c.subject_id == Subject.id)
                .where(Subject.facility_id == ctx.facility.id, Subject.deleted.is_(False),
                       (charged.c.total.is_not(None)) | (received.c.total.is_not(None)))
                .order_by(Subject.name))
        rows = [BalanceRow(*r) for r in session.execute(stmt)]
    return [r for r in rows if r.outstanding > 0] if arrears_only else rows


def receipt_html(ctx, receipt_id: str) -> str:
    """The 이용료 영수증 as HTML (render/pdf.html_to_pdf writes it to PDF)."""
    with ctx.store.session() as session:
        r = owned(session, FeeReceipt, receipt_id, ctx.facility.id, "수납 기록")
        subject = session.get(Subject, r.subject_id)
        owed = outstanding(session, r.subject_id)
    e = html.escape
    cancelled = '<p style="color:#b00020"><b>취소된 영수증</b></p>' if r.cancelled else ""
    rows = [
        ("영수번호", r.receipt_no), ("대상자", f"{subject.name} ({subject.subject_no or '-'})"),
        ("수납일", r.received_on.isoformat()), ("수납 방법", r.method), ("납부자", r.payer or "-"),
        ("구분", "선납" if r.prepayment else "이용료"), ("비고", r.note or "-"),
        ("현재 미납액", f"{max(owed, 0):,}원" + (f" (선납 잔액 {-owed:,}원)" if owed < 0 else "")),
    ]
    body = "".join(f'<tr><th align="left" width="30%">{e(k)}</th><td>{e(v)}</td></tr>' for k, v in rows)
    return (
        f'<h2 align="center">이용료 영수증</h2>{cancelled}'
        f'<p align="right">{e(ctx.facility.name)} ({e(ctx.facility.code)})</p>'
        f'<table width="100%" border="1" cellspacing="0" cellpadding="6">'
        f'<tr><th align="left" width="30%">금액</th><td><b>{r.amount:,}원</b></td></tr>{body}</table>'
        f'<p>위 금액을 영수합니다.</p>'
        f'<p align="right">{r.received_on:%Y년 %m월 %d일}<br>{e(ctx.facility.name)} (인)</p>'
    )
