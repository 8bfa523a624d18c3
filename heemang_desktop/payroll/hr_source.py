"""Payroll's inputs from HR, through HR's public functions only (cards, the month's attendance and hours).

`list_employees` gives pay, dependants and insurance flags; `month_summary` the days worked;
`month_hours` each day's minutes as the law pays them (the week's 40 hours, a part-timer's
contracted hours, holiday hours beyond 8 in a day). Pay settings that cards do not hold (80/100/120%,
standing allowances, contracted hours) come from payroll's own profiles, the premium rules from the
facility's settings. The card's 20세 이하 자녀 count stands in for the tax table's 8–20세 자녀 count.
"""

from __future__ import annotations

from heemang_desktop.payroll.compute import PayrollInput
from heemang_desktop.payroll.settings import ProfileInput, load_premium_rules, profiles


def collect(ctx, month: str) -> list[PayrollInput]:
    from heemang_desktop.hr.service import (
        Limits,
        list_employees,
        month_hours,
        month_range,
        month_summary,
        statutory_limits,
    )

    first, last = month_range(month)
    cards = [c for c in list_employees(ctx, on=last)
             if c.hire_date <= last and (c.leave_date is None or c.leave_date >= first)]
    with ctx.store.session() as session:
        settings = profiles(session, ctx.facility.id)
        rules = load_premium_rules(session, ctx.facility.id)
    law = statutory_limits()
    limits = {emp_id: Limits(p.contract_daily_minutes or law.daily, p.contract_weekly_minutes or law.weekly)
              for emp_id, p in settings.items() if p.contract_daily_minutes or p.contract_weekly_minutes}
    paid = month_hours(ctx, month, rules.saturday_overtime, limits)
    days = {s.employee_id: s.work_days for s in month_summary(ctx, month, paid)}
    out = []
    for card in cards:
        h = paid.get(card.id)
        p = settings.get(card.id, ProfileInput())
        out.append(PayrollInput(
            employee_id=card.id, employee_no=card.employee_no, name=card.name,
            employment_type=card.employment_type, job_type=card.job_type, email=card.email,
            bank_name=card.bank_name, bank_account_masked=card.bank_account_masked,
            base_pay=card.base_pay, daily_wage=card.daily_wage, work_days=days.get(card.id, 0),
            regular_minutes=_total(h, "regular"), overtime_minutes=_total(h, "overtime"),
            night_minutes=_total(h, "night"),
            holiday_minutes=_total(h, "holiday"), holiday_over8_minutes=_total(h, "holiday_over8"),
            under_five=rules.under_five, saturday_overtime=rules.saturday_overtime,
            dependants=max(card.dependants, 1), children=card.children_under_20,
            children_under_6=p.children_under_6, pension=card.pension, health=card.health,
            employment_insurance=card.employment_insurance, withholding_percent=p.withholding_percent,
            meals_in_kind=p.meals_in_kind, standing=dict(p.standing), monthly_hours=p.monthly_hours,
        ))
    return out


def _total(hours, attr: str) -> int:
    """The month's minutes of one kind; none when the employee has no attendance."""
    return hours.total(attr) if hours else 0
