"""Leave requests and approval, annual-leave balance, trips and training shown in the monthly grid."""

from datetime import date, time

import pytest
from hr_helpers import card

from heemang_desktop.hr import attendance, leave
from heemang_desktop.store.errors import ValidationError


def test_annual_leave_request_approve_and_balance(ctx):
    e = card(ctx, hire=date(2024, 3, 2))
    on = date(2026, 9, 1)
    assert leave.annual_balance(ctx, e.id, on).granted == 15
    req = leave.request_leave(ctx, e.id, "연차", date(2026, 9, 7), date(2026, 9, 11))  # Mon–Fri
    assert req.days == 5 and req.state == "신청"
    b = leave.annual_balance(ctx, e.id, on)
    assert (b.used, b.requested, b.remaining) == (0, 5, 15)
    leave.decide_leave(ctx, req.id, approve=True)
    half = leave.request_leave(ctx, e.id, "반차", date(2026, 9, 14))
    leave.decide_leave(ctx, half.id, approve=True)
    assert leave.annual_balance(ctx, e.id, on).remaining == 9.5


def test_leave_over_the_balance_and_across_holidays(ctx):
    e = card(ctx, hire=date(2026, 5, 4))  # first year: 1 day per full month
    assert leave.annual_balance(ctx, e.id, date(2026, 9, 21)).granted == 4
    # 추석 24–26 and the weekend are not leave days
    r = leave.request_leave(ctx, e.id, "병가", date(2026, 9, 23), date(2026, 9, 28))
    assert r.days == 2
    with pytest.raises(ValidationError, match="남은 연차"):
        leave.request_leave(ctx, e.id, "연차", date(2026, 10, 5), date(2026, 10, 16))


def test_trip_training_and_approved_leave_show_in_the_month_grid(ctx):
    e = card(ctx)
    leave.add_activity(ctx, "출장", e.id, date(2026, 9, 2), date(2026, 9, 3), "세종시", "보건복지부 회의", 16)
    leave.add_activity(ctx, "교육", e.id, date(2026, 9, 4), date(2026, 9, 4), "구청", "보수교육", 8)
    lv = leave.request_leave(ctx, e.id, "연차", date(2026, 9, 8))
    attendance.record_day(ctx, e.id, date(2026, 9, 1), time(9), time(20))
    grid = attendance.month_grid(ctx, "2026-09")
    [row] = grid.rows
    assert row.cells[:4] == ("○", "출", "출", "교")
    assert row.cells[7] == ""  # a request shows only once approved
    leave.decide_leave(ctx, lv.id, True)
    row = attendance.month_grid(ctx, "2026-09").rows[0]
    s = row.summary
    assert row.cells[7] == "휴"
    assert (s.work_days, s.regular_minutes, s.overtime_minutes, s.trip_days, s.training_days, s.leave_days) == (
        1, 480, 120, 2, 1, 1)
    assert grid.day_kinds[4:6] == ("rest", "holiday") and grid.day_kinds[24] == "holiday"  # Sat, Sun, 추석


def test_day_laborer_days_for_payroll(ctx):
    d = card(ctx, no="D001", name="박일용", employment_type="일용", daily_wage=110_000)
    for n in (1, 2, 3):
        attendance.record_day(ctx, d.id, date(2026, 9, n), time(8), time(17))
    attendance.record_day(ctx, d.id, date(2026, 9, 4), status="결근")
    [s] = attendance.month_summary(ctx, "2026-09")
    assert (s.employment_type, s.work_days, s.absent_days) == ("일용", 3, 1)


def test_record_day_twice_updates_and_clear_removes(ctx):
    e = card(ctx)
    a = attendance.record_day(ctx, e.id, date(2026, 9, 1), time(9), time(18))
    b = attendance.record_day(ctx, e.id, date(2026, 9, 1), time(9), time(19))
    assert a.id == b.id and b.overtime_minutes == 60
    attendance.clear_day(ctx, e.id, date(2026, 9, 1))
    assert attendance.days_of(ctx, e.id, "2026-09") == []


def test_cancelled_leave_and_removed_trip_leave_the_lists_and_the_grid(ctx):
    e = card(ctx)
    req = leave.request_leave(ctx, e.id, "연차", date(2026, 9, 7))
    trip = leave.add_activity(ctx, "출장", e.id, date(2026, 9, 8), date(2026, 9, 8), "세종시")
    leave.cancel_leave(ctx, req.id)
    leave.remove_activity(ctx, "출장", trip.id)
    assert leave.list_leaves(ctx) == [] and leave.list_activities(ctx) == []
    assert attendance.month_grid(ctx, "2026-09").rows[0].cells[7] == ""
    with pytest.raises(ValidationError, match="휴가 신청을\\(를\\) 찾을 수 없습니다"):
        leave.cancel_leave(ctx, req.id)  # already gone: said, not silently passed
