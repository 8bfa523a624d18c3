"""Closing a fiscal year (연도 마감): every month closed first, the year's 이월금 (세입 − 세출) written as the
next year's 세입 이월금 budget line, then the year locked (year_close_lock) until an admin reopens it with a
reason. Which account receives the carry-over is data (resources/accounting/settlement/close.json).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from heemang_desktop.accounting.budget import BudgetLine, executed, save_budget_line
from heemang_desktop.accounting.models import EXPENSE, INCOME, BudgetEntry, MonthClose
from heemang_desktop.accounting.year_close_lock import forget
from heemang_desktop.accounting.year_close_models import CLOSED, REOPENED, YearClose
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.sync.outbox import record_change

ADMIN = "admin"
STATE_LABELS = {CLOSED: "마감", REOPENED: "마감 해제", "": "열림"}


@dataclass(frozen=True)
class YearState:
    year: int
    state: str  # "" (never closed) | closed | reopened
    open_months: tuple[int, ...]
    income: int
    expense: int
    carry_over: int
    reopen_reason: str
    reopened_by: str

    @property
    def closed(self) -> bool:
        return self.state == CLOSED

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def as_json(self) -> dict:
        return {"year": self.year, "state": self.state or "open", "closed": self.closed,
                "open_months": list(self.open_months), "income": self.income, "expense": self.expense,
                "carry_over": self.carry_over, "reopen_reason": self.reopen_reason, "reopened_by": self.reopened_by}


def carry_over_account() -> tuple[str, str]:
    """(side, code) of the next year's line that receives the carry-over (전년도이월금)."""
    data = load_json("accounting/settlement/close.json")["carry_over_account"]
    return data["side"], data["code"]


def _row(session, facility_id: str, year: int) -> YearClose | None:
    return session.scalar(select(YearClose).where(YearClose.facility_id == facility_id, YearClose.year == year,
                                                  YearClose.deleted.is_(False)))


def open_months(session, facility_id: str, year: int) -> tuple[int, ...]:
    closed = set(session.scalars(select(MonthClose.month).where(
        MonthClose.facility_id == facility_id, MonthClose.year == year, MonthClose.deleted.is_(False))))
    return tuple(m for m in range(1, 13) if m not in closed)


def _totals(session, facility_id: str, year: int) -> tuple[int, int]:
    income = sum(executed(session, facility_id, year, INCOME).values())
    expense = sum(executed(session, facility_id, year, EXPENSE).values())
    return income, expense


def year_state(ctx, year: int) -> YearState:
    """What the 결산 page and `year close --json` show: closed or not, open months, the year's totals."""
    with ctx.store.session() as session:  # a read: no write lock
        row = _row(session, ctx.facility.id, year)
        income, expense = _totals(session, ctx.facility.id, year)
        return YearState(year, row.state if row else "", open_months(session, ctx.facility.id, year), income,
                         expense, row.carry_over if row else max(income - expense, 0),
                         row.reopen_reason if row else "", row.reopened_by if row else "")


def close_year(ctx, year: int) -> YearState:
    """Close `year`: refused while a month is open (listed); writes next year's 이월금 line and locks the year."""
    actor = ctx.require_actor()
    facility_id = ctx.facility.id
    with ctx.transaction() as session:
        row = _row(session, facility_id, year)
        if row is not None and row.state == CLOSED:
            raise ValidationError(f"{year}년은 이미 결산 마감되었습니다.")
        months = open_months(session, facility_id, year)
        if months:
            raise ValidationError(f"{year}년을 마감하려면 모든 달을 먼저 마감하세요. 마감하지 않은 달: "
                                  + ", ".join(f"{m}월" for m in months) + ".", "year")
        income, expense = _totals(session, facility_id, year)
        if expense > income:
            raise ValidationError(f"{year}년 세출 {expense:,}원이 세입 {income:,}원보다 많아 이월금을 계산할 수 "
                                  "없습니다. 결의서를 확인하세요.", "year")
        carry = income - expense
        side, code = carry_over_account()
        save_budget_line(session, facility_id, actor.login_id,
                         BudgetLine(side, code, _carry_revision(session, facility_id, year + 1, side, code), carry,
                                    "", f"{year}년 결산 이월금 (세입 {income:,}원 − 세출 {expense:,}원)"), year + 1)
        if row is None:
            row = YearClose(facility_id=facility_id, year=year)
        row.state, row.income, row.expense, row.carry_over = CLOSED, income, expense, carry
        record_change(session, row, actor.login_id)
        forget(session, facility_id)
    return year_state(ctx, year)


def _carry_revision(session, facility_id: str, year: int, side: str, code: str) -> int:
    """The latest revision that already names the 이월금 line (it is what the budget uses), else 본예산."""
    return session.scalar(select(func.max(BudgetEntry.revision)).where(
        BudgetEntry.facility_id == facility_id, BudgetEntry.fiscal_year == year, BudgetEntry.side == side,
        BudgetEntry.account_code == code, BudgetEntry.deleted.is_(False))) or 0


def reopen_year(ctx, year: int, reason: str) -> YearState:
    """Unlock a closed year: only an admin, only with a reason, both kept on the record (synced)."""
    actor = ctx.require_actor()
    if actor.role != ADMIN:
        raise PermissionDenied("결산 마감 해제는 관리자만 할 수 있습니다.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("마감을 해제하는 사유를 입력하세요.", "reason")
    with ctx.transaction() as session:
        row = _row(session, ctx.facility.id, year)
        if row is None or row.state != CLOSED:
            raise ValidationError(f"{year}년은 결산 마감되어 있지 않습니다.")
        row.state, row.reopen_reason, row.reopened_by = REOPENED, reason, actor.login_id
        record_change(session, row, actor.login_id)
        forget(session, ctx.facility.id)
    return year_state(ctx, year)
