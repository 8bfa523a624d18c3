"""Payroll's inputs from HR, through HR's public functions only (cards and the month's attendance).

`list_employees` gives pay, dependants and insurance flags; `month_summary` the month's minutes and
days. Pay settings that cards do not hold (80/100/120%, standing allowances) come from payroll's own
profiles. The card's 20세 이하 자녀 count stands in for the tax table's 8–20세 자녀 count.
"""

from __future__ import annotations

from heemang_desktop.payroll.compute import PayrollInput
from heemang_desktop.payroll.settings import ProfileInput, profiles


def collect(ctx, month: str) -> list[PayrollInput]:
    from heemang_desktop.hr.attendance import month_range, month_summary
    from heemang_desktop.hr.employees import list_employees

    first, last = month_range(month)
    cards = [c for c in list_employees(ctx, on=last)
             if c.hire_date <= last and (c.leave_date is None or c.leave_date >= first)]
    minutes = {s.employee_id: s for s in month_summary(ctx, month)}
    with ctx.store.session() as session:
        settings = profiles(session, ctx.facility.id)
    out = []
    for card in cards:
        s = minutes.get(card.id)
        p = settings.get(card.id, ProfileInput())
        out.append(PayrollInput(
            employee_id=card.id, employee_no=card.employee_no, name=card.name,
            employment_type=card.employment_type, job_type=card.job_type, email=card.email,
            bank_name=card.bank_name, bank_account_masked=card.bank_account_masked,
            base_pay=card.base_pay, daily_wage=card.daily_wage,
            work_days=s.work_days if s else 0,
            regular_minutes=s.regular_minutes if s else 0, overtime_minutes=s.overtime_minutes if s else 0,
            night_minutes=s.night_minutes if s else 0, holiday_minutes=s.holiday_minutes if s else 0,
            dependants=max(card.dependants, 1), children=card.children_under_20,
            children_under_6=p.children_under_6, pension=card.pension, health=card.health,
            employment_insurance=card.employment_insurance, withholding_percent=p.withholding_percent,
            meals_in_kind=p.meals_in_kind, standing=dict(p.standing), monthly_hours=p.monthly_hours,
        ))
    return out
