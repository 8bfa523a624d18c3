"""Premium pay exact to the law, worked by hand (근로기준법 §53, §56; 기간제법 §6; 시행령 별표 1).

Every example pays 통상시급 10,000 won: 기본급 2,090,000 ÷ 209 h = 10,000 (12,000 for the part-timer).
A multiplier pays the hour and its premium: overtime 1.5, holiday 1.5 for the first 8 h of a day and
2 beyond, night 0.5 on top of any hour (the hour itself is paid as one of the others).
Attendance is recorded through HR's service and the month is run through the register, so the
minutes are split by HR's calendar and week exactly as a facility's payroll run splits them.
"""

from __future__ import annotations

from datetime import date, time

from heemang_desktop.hr.attendance import record_day
from heemang_desktop.hr.employees import EmployeeInput, create_employee
from heemang_desktop.payroll import rates, register, settings
from heemang_desktop.payroll.compute import PayrollInput, compute

SEPT = rates.for_month("2026-09")


def hire(ctx, no="E101", kind="정규", pay=2_090_000):
    return create_employee(ctx, EmployeeInput(
        employee_no=no, name="한근무", job_type="요양보호사", employment_type=kind, hire_date=date(2025, 3, 2),
        base_pay=pay, dependants=1)).id


def run(ctx, month="2026-09"):
    register.run_month(ctx, month)
    return {e.employee_no: e for e in register.get_register(ctx, month).entries}


def line(entry, code):
    return next(ln for ln in entry.lines if ln.code == code)


def test_ten_hours_on_a_sunday_pay_160000_not_180000(ctx):
    """Sunday 2026-09-06, 08:00–19:00: 11 h less the 1 h break = 10 h of holiday work.

    §56②: first 8 h × 10,000 × 1.5 = 120,000; the 2 h beyond 8 × 10,000 × 2 = 40,000; 휴일수당 160,000.
    They are not overtime as well: 시간외수당 0. (Before: 10 h × 1.5 = 150,000 as holiday plus the
    2 h again as overtime × 1.5 = 30,000: 180,000.)
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 6), time(8), time(19))
    e = run(ctx)["E101"]
    assert (e.amount("holiday"), e.amount("overtime"), e.amount("night")) == (160_000, 0, 0)
    assert e.gross == 2_090_000 + 160_000
    assert "8시간 × 1.5 + 8시간 초과 2시간 × 2" in line(e, "holiday").basis


def test_night_premium_adds_on_top_of_holiday_work(ctx):
    """Chuseok 2026-09-25 (a public holiday), 14:00–01:00: 11 h less 1 h break = 10 h; 22:00–01:00 is night.

    휴일 8 h × 15,000 + 2 h × 20,000 = 160,000; 야간 3 h × 10,000 × 0.5 = 15,000; together 175,000.
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 25), time(14), time(1))
    e = run(ctx)["E101"]
    assert (e.amount("holiday"), e.amount("night"), e.amount("overtime")) == (160_000, 15_000, 0)


def test_a_week_with_a_short_monday_and_a_saturday_shift(ctx):
    """Week of Mon 2026-09-07: Mon 09–13 (4 h, no break under 4 h), Tue–Fri 09–18 (8 h each), Sat 09–18 (8 h).

    Worked 4 + 32 + 8 = 44 h, no day beyond 8 h. The hours beyond 40 in the week are 연장근로 (§50①, §53①,
    +50 % by §56①), and Saturday (무급휴무일) counts toward the week: Monday–Friday make 36 h, Saturday's first 4 h
    reach 40, its last 4 h are overtime. 시간외수당 4 h × 10,000 × 1.5 = 60,000 (before: every Saturday
    minute was overtime, 8 h × 15,000 = 120,000).
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 7), time(9), time(13))
    for d in (8, 9, 10, 11, 12):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(18))
    e = run(ctx)["E101"]
    assert e.amount("overtime") == 60_000
    assert "4시간 × 1.5" in line(e, "overtime").basis


def test_the_facility_may_pay_every_saturday_minute_as_overtime(ctx):
    """The same week with the facility's rule "토요일 근무는 모두 시간외" (off by default):

    Saturday's 8 h are all overtime and do not count toward the 40: 8 h × 15,000 = 120,000.
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 7), time(9), time(13))
    for d in (8, 9, 10, 11, 12):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(18))
    assert settings.premium_rules(ctx) == settings.PremiumRules()  # off by default
    settings.save_premium_rules(ctx, settings.PremiumRules(saturday_overtime=True))
    assert run(ctx)["E101"].amount("overtime") == 120_000


def test_daily_and_weekly_overtime_are_not_counted_twice(ctx):
    """Week of Mon 2026-09-14: Mon 09–18 (8 h), Tue 09–20 (11 h − 1 h break = 10 h), Wed–Fri 09–18, Sat 09–13 (4 h).

    Tuesday's 2 h beyond 8 are overtime that day (§50②); only its first 8 h count toward the week.
    Mon–Fri count 8 × 5 = 40 h, so all 4 Saturday hours are beyond 40.
    Overtime 2 + 4 = 6 h (not 2 + (46 − 40) = 8): 6 × 15,000 = 90,000.
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 14), time(9), time(18))
    record_day(ctx, emp, date(2026, 9, 15), time(9), time(20))
    for d in (16, 17, 18):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(18))
    record_day(ctx, emp, date(2026, 9, 19), time(9), time(13))
    assert run(ctx)["E101"].amount("overtime") == 90_000


def test_a_week_across_two_months_pays_its_overtime_where_it_was_worked(ctx):
    """Week of Mon 2026-08-31: Mon 08-31 to Sat 09-05, 8 h each (09–18) = 48 h.

    Mon–Fri make 40 h; Saturday 09-05's 8 h are beyond them: September pays 8 h × 15,000 = 120,000,
    counting August 31 toward the week; August pays no overtime for that week.
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 8, 31), time(9), time(18))
    for d in (1, 2, 3, 4, 5):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(18))
    assert run(ctx, "2026-09")["E101"].amount("overtime") == 120_000
    assert run(ctx, "2026-08")["E101"].amount("overtime") == 0


def test_part_timer_earns_the_premium_beyond_contracted_hours(ctx):
    """단시간, contract 4 h a day and 20 h a week (Mon–Fri), 87 h a month, 1,044,000 won: 통상시급 12,000.

    Week of Mon 2026-09-07: Mon, Tue, Thu, Fri 09–13 (4 h each); Wed 09–15 (6 h − 30 min break = 5 h 30 min);
    Sat 09–12 (3 h, not a contracted day).
    기간제법 §6③: Wednesday's 1 h 30 min beyond the day's 4 h, and Saturday's 3 h beyond the week's
    20 h (Mon–Fri count 4 × 5 = 20), are 초과근로: 4 h 30 min × 12,000 × 1.5 = 81,000 — though no day
    reaches 8 h and the week stays under 40.
    """
    emp = hire(ctx, "E102", "단시간", 1_044_000)
    settings.save_profile(ctx, emp, settings.ProfileInput(monthly_hours=87, contract_daily_minutes=240,
                                                          contract_weekly_minutes=1_200))
    for d in (7, 8, 10, 11):
        record_day(ctx, emp, date(2026, 9, d), time(9), time(13))
    record_day(ctx, emp, date(2026, 9, 9), time(9), time(15))
    record_day(ctx, emp, date(2026, 9, 12), time(9), time(12))
    e = run(ctx)["E102"]
    assert e.amount("overtime") == 81_000
    assert "통상시급 12,000원" in line(e, "overtime").basis and "4시간 30분" in line(e, "overtime").basis


def test_fewer_than_five_staff_pay_the_hours_without_premiums(ctx):
    """A Sunday evening shift into Monday, then the same under the 5인 미만 rule (시행령 별표 1: no §56).

    Sunday 2026-09-06 14:00 – Monday 01:00: 11 h less the 1 h break (taken from the day-time hours) = 10 h.
    휴일근로 is the work on the holiday's date: 14–24 less the break = 9 h; Monday's 00–01 is 1 h of the
    same working day past its 8 h, so overtime. Night: 22–01 = 3 h.
      5 or more staff: 휴일 8 h × 15,000 + 1 h × 20,000 = 140,000; 시간외 1 h × 15,000 = 15,000;
                       야간 3 h × 5,000 = 15,000
      fewer than 5:    휴일 9 h × 10,000 = 90,000; 시간외 1 h × 10,000 = 10,000; 야간 0 (the hours are
                       still paid, without premiums)
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 6), time(14), time(1))
    e = run(ctx)["E101"]
    assert (e.amount("holiday"), e.amount("overtime"), e.amount("night")) == (140_000, 15_000, 15_000)
    settings.save_premium_rules(ctx, settings.PremiumRules(under_five=True))
    e = run(ctx)["E101"]
    assert (e.amount("holiday"), e.amount("overtime"), e.amount("night")) == (90_000, 10_000, 0)
    assert "5인 미만 사업장: 가산 없음" in line(e, "holiday").basis


def test_a_saturday_night_shift_is_holiday_work_from_midnight(ctx):
    """Saturday 2026-09-05 22:00 – Sunday 07:00 (a care worker's night shift): 9 h less the 1 h break = 8 h.

    The break comes out of the day-time hour (06–07). Saturday's 22–24 = 2 h regular (toward the week's 40);
    Sunday's 00–06 = 6 h holiday work: 6 × 15,000 = 90,000. Night 22–06 = 8 h × 5,000 = 40,000.
    (Before: the shift belonged to Saturday, a rest day: 8 h overtime × 15,000 = 120,000 and no holiday pay.)
    """
    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 5), time(22), time(7))
    e = run(ctx)["E101"]
    assert (e.amount("holiday"), e.amount("overtime"), e.amount("night")) == (90_000, 0, 40_000)


def test_compute_splits_holiday_hours_at_eight_and_truncates_once():
    """10 h 30 min of holiday work at 11,483 won/h (2,400,000 ÷ 209):

    8 h × 11,483 × 1.5 = 137,796; 2 h 30 min × 11,483 × 2 = 57,415; together 195,211 (one truncation).
    """
    inp = PayrollInput("e", "E", "휴일", base_pay=2_400_000, holiday_minutes=630, holiday_over8_minutes=150)
    assert compute(inp, SEPT).amount("holiday") == 195_211


def test_cli_shows_and_sets_the_premium_rules(ctx, paths, capsys):
    import json

    from heemang_desktop.cli import main

    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["payroll", "premiums", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"under_five": False, "saturday_overtime": False}
    assert main(d + ["payroll", "premiums", "--under-five", "yes"]) == 0
    assert "5인 미만 사업장 (가산수당 없음): 예" in capsys.readouterr().out
    assert settings.premium_rules(ctx) == settings.PremiumRules(under_five=True, saturday_overtime=False)


def test_the_premium_rules_reach_the_facilitys_other_pc(ctx, tmp_path):
    """Set on one PC, the <5-staff rule is what the facility's second PC computes with after a sync."""
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        settings.save_premium_rules(ctx, settings.PremiumRules(under_five=True, saturday_overtime=True))
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        assert settings.premium_rules(second_pc) == settings.PremiumRules(under_five=True, saturday_overtime=True)


def test_the_payslip_shows_the_holiday_hours_beyond_8_and_how_the_pay_was_found(ctx):
    """The Sunday's 10 h: the hours line says 휴일 10:00 (8시간 초과 2:00); the 휴일수당 line its arithmetic."""
    from heemang_desktop.payroll.payslip import payslip_html

    emp = hire(ctx)
    record_day(ctx, emp, date(2026, 9, 6), time(8), time(19))
    e = run(ctx)["E101"]
    view = register.get_register(ctx, "2026-09")
    html = payslip_html("희망요양원", "2026-09", e, register.entry_inputs(ctx, view)[e.id])
    assert "휴일 10:00 (8시간 초과 2:00)" in html
    assert "160,000" in html and "8시간 초과 2시간 × 2" in html
