"""A month's hours as payroll pays them: each day's split, after the week's 40 hours (HR's door for payroll).

The days are computed again from the recorded times with today's calendar (the facility's added
holidays included), so a row stored before a holiday was added is paid as holiday work. The weeks
that start in the previous month are read from their first day, so their hours count toward the 40.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from heemang_desktop.hr import holidays, hours
from heemang_desktop.hr.attendance import month_range, to_time
from heemang_desktop.hr.models import Attendance


@dataclass(frozen=True)
class MonthHours:
    employee_id: str
    days: tuple[hours.PaidDay, ...]  # the month's worked days, in date order

    def total(self, attr: str) -> int:
        return sum(getattr(d, attr) for d in self.days)


def month_hours(ctx, month: str, saturday_overtime: bool = False,
                limits: dict[str, hours.Limits] | None = None) -> dict[str, MonthHours]:
    """employee id -> the month's paid days; `limits` holds part-timers' contracted hours (default 8 h / 40 h)."""
    first, last = month_range(month)
    rules = hours.work_rules()
    start = hours.week_of(first, rules)
    with ctx.store.session() as session:
        added = holidays.added_days(session, ctx.facility.id)
        rows = session.execute(select(
            Attendance.employee_id, Attendance.work_date, Attendance.check_in, Attendance.check_out, Attendance.status,
        ).where(Attendance.facility_id == ctx.facility.id, Attendance.work_date.between(start, last),
                Attendance.deleted.is_(False)))
        by_employee: dict[str, list] = {}
        shifts: dict[tuple, tuple] = {}  # the same shift recurs on many rows: computed once
        for emp_id, day, check_in, check_out, status in rows:
            shift = (day, check_in, check_out, status == "휴일근무")
            if shift not in shifts:
                minutes = hours.compute(day, to_time(check_in), to_time(check_out), holiday_work=shift[3], rules=rules,
                                        added=added)
                shifts[shift] = (day, hours.day_kind(day, rules, added), minutes)
            by_employee.setdefault(emp_id, []).append(shifts[shift])
    limits = limits or {}
    out = {}
    for emp_id, days in by_employee.items():
        paid = hours.pay_split(days, limits.get(emp_id), saturday_overtime, rules)
        out[emp_id] = MonthHours(emp_id, tuple(d for d in paid if first <= d.day <= last and d.worked))
    return out
