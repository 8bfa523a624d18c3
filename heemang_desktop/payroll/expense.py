"""A closed month becomes an expense resolution of 인건비 lines, through the accounting service:
gross pay by 목, and the employer's insurance shares as 사회보험부담비용 lines, one per insurance.

Payroll never writes accounting's tables: it hands accounting's door (`add_resolution_in`) a
`ResolutionInput` inside its own transaction, so the resolution and the register's link to it
commit together. Accounting has no draft state: the resolution is saved as a normal one dated the
month's last day, and accounting's rules (budget, closed months) apply to it.
"""

from __future__ import annotations

from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from heemang_desktop.payroll.compute import DAY_LABORER, PAY
from heemang_desktop.payroll.employer import LINES as EMPLOYER_LINES
from heemang_desktop.payroll.employer import require_complete
from heemang_desktop.payroll.items import EMPLOYER
from heemang_desktop.payroll.models import CLOSED, PayrollRegister
from heemang_desktop.payroll.register import RegisterView, require_register
from heemang_desktop.payroll.settings import facility_items
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

DAY_LABOR_ACCOUNT = "113"  # 일용잡급
ALLOWANCE_ACCOUNT = "112"  # 제수당
SALARY_ACCOUNT = "111"  # 급여
SOCIAL_INSURANCE = "사회보험부담비용"  # the 세출 목 of the employer's shares, found by name in the chart


@dataclass(frozen=True)
class ExpenseLine:
    account_code: str
    amount: int
    note: str


def expense_lines(view: RegisterView, accounts: dict[str, str]) -> list[ExpenseLine]:
    """Gross pay by 세출 목: day laborers under 일용잡급, others by each item's account."""
    totals: dict[str, int] = defaultdict(int)
    for e in view.entries:
        for line in e.lines:
            if line.kind != PAY or not line.amount:
                continue
            code = (DAY_LABOR_ACCOUNT if e.employment_type == DAY_LABORER
                    else accounts.get(line.code) or ALLOWANCE_ACCOUNT)
            totals[code] += line.amount
    names = {SALARY_ACCOUNT: "급여", ALLOWANCE_ACCOUNT: "제수당", DAY_LABOR_ACCOUNT: "일용잡급"}
    return [ExpenseLine(code, amount, f"{view.month} {names.get(code, '')} (급여대장)".replace("  ", " "))
            for code, amount in sorted(totals.items())]


def employer_lines(view: RegisterView, account_code: str) -> list[ExpenseLine]:
    """The employer's shares summed by insurance (국민연금, 건강보험, 장기요양보험, 고용보험, 산재보험)."""
    totals: dict[str, int] = {}
    for group in dict.fromkeys(g for _name, g in EMPLOYER_LINES.values()):
        totals[group] = 0
    for e in view.entries:
        for line in e.lines:
            if line.kind == EMPLOYER:
                totals[EMPLOYER_LINES[line.code][1]] += line.amount
    return [ExpenseLine(account_code, amount, f"{view.month} {group} 사업주 부담분 (급여대장)")
            for group, amount in totals.items() if amount]


def _social_insurance_account(chart) -> str:
    hits = [a for a in chart.leaves("세출") if a.name == SOCIAL_INSURANCE]
    if len(hits) != 1:
        raise ValidationError(f"세출 예산과목에서 '{SOCIAL_INSURANCE}' 목을 찾을 수 없습니다 (또는 여러 개입니다).")
    return hits[0].code


def draft_resolution(ctx, month: str, funding_source: str = "", payment_method: str = "계좌이체") -> str:
    """Make the month's 인건비 expense resolution; returns its number. Only for a closed month, once."""
    from heemang_desktop.accounting.service import LineInput, ResolutionInput, add_resolution_in, load_chart

    actor = ctx.require_actor()
    view = require_register(ctx, month)
    if view.state != CLOSED:
        raise ValidationError(f"{month} 급여대장을 먼저 마감하세요. 마감한 급여대장으로 결의서를 만듭니다.")
    if view.resolution_number:
        raise ValidationError(f"{month} 급여대장의 결의서가 이미 있습니다: {view.resolution_number}")
    require_complete(month, [ln for e in view.entries for ln in e.lines])
    year, mon = (int(p) for p in month.split("-"))
    with ctx.transaction() as session:
        accounts = {i.code: i.account for i in facility_items(session, ctx.facility.id)}
        insurance_account = _social_insurance_account(load_chart(session, ctx.facility.id, year))
        lines = expense_lines(view, accounts) + employer_lines(view, insurance_account)
        data = ResolutionInput(
            kind="지출", resolution_date=date(year, mon, monthrange(year, mon)[1]), business_name=f"{month} 인건비",
            summary=f"{year}년 {mon}월 급여 ({len(view.entries)}명, 급여대장 마감분) 및 사회보험 사업주 부담분",
            lines=[LineInput(ln.account_code, ln.amount, ln.note) for ln in lines],
            funding_source=funding_source, payment_method=payment_method)
        resolution = add_resolution_in(session, ctx, data)
        register = owned(session, PayrollRegister, view.id, ctx.facility.id)
        register.resolution_id, register.resolution_number = resolution.id, resolution.number
        record_change(session, register, actor.login_id)
        return resolution.number
