"""The attendance grid's month totals are the minutes payroll pays: the week's 40 hours, holiday hours apart."""

from __future__ import annotations

from datetime import date, time

from hr_helpers import card

from heemang_desktop.hr.attendance import days_of, month_summary, record_day
from heemang_desktop.hr.pay_hours import month_hours


def test_grid_totals_move_the_hours_past_40_to_overtime(ctx):
    """Week of Mon 2026-09-07: Mon 09–13 (4 h), Tue–Sat 09–18 (8 h each) = 44 h; Sunday 09-13 08–19 (10 h holiday).

    Each stored day is within 8 h, so no day has overtime of its own; the week makes 44 h, and the
    last 4 h (Saturday's) are overtime: regular 40 h = 2,400 min, overtime 240 min. The Sunday's
    600 min are holiday minutes only (120 of them beyond 8 h), never overtime as well.
    """
    emp = card(ctx).id
    record_day(ctx, emp, date(2026, 9, 7), time(9), time(13))
    for d in (8, 9, 10, 11, 12):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(18))
    record_day(ctx, emp, date(2026, 9, 13), time(8), time(19))
    assert sum(d.overtime_minutes for d in days_of(ctx, emp, "2026-09")) == 0  # stored per day
    s = month_summary(ctx, "2026-09")[0]
    assert (s.work_days, s.regular_minutes, s.overtime_minutes, s.holiday_minutes) == (7, 2_400, 240, 600)
    saturday = next(d for d in month_hours(ctx, "2026-09")[emp].days if d.day == date(2026, 9, 12))
    assert (saturday.regular, saturday.overtime) == (240, 240)
    sunday = month_hours(ctx, "2026-09")[emp].days[-1]
    assert (sunday.holiday, sunday.holiday_over8, sunday.overtime) == (600, 120, 0)
