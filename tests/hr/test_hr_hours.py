"""Work-hour split: regular, overtime, night (22–06) and holiday minutes, and the derived status."""

from datetime import date, time

import pytest

from heemang_desktop.hr import hours

WEEKDAY = date(2026, 9, 1)  # Tuesday
SATURDAY = date(2026, 9, 5)
SUNDAY = date(2026, 9, 6)
CHUSEOK = date(2026, 9, 25)  # Friday, public holiday


def m(h, mi=0):
    return h * 60 + mi


def test_a_standard_day_is_eight_regular_hours_after_the_hour_break():
    w = hours.compute(WEEKDAY, time(9), time(18))
    assert (w.regular, w.overtime, w.night, w.holiday) == (m(8), 0, 0, 0)


def test_beyond_eight_hours_is_overtime_and_after_22_is_also_night():
    w = hours.compute(WEEKDAY, time(9), time(23))
    assert w.worked == m(13) and w.regular == m(8) and w.overtime == m(5)
    assert w.night == m(1)


def test_check_out_before_check_in_is_the_next_morning_night_shift():
    w = hours.compute(WEEKDAY, time(22), time(7))
    assert w.worked == m(8)  # 9 h span, 1 h break
    assert w.night == m(8)  # break taken from the day part (06–07) first, then night
    assert w.regular == m(8) and w.overtime == 0


def test_evening_shift_across_midnight():
    w = hours.compute(WEEKDAY, time(14), time(0, 30))
    assert w.worked == m(9, 30) and w.night == m(2, 30) and w.overtime == m(1, 30)


def test_short_day_gets_the_half_hour_break_only_past_four_hours():
    assert hours.compute(WEEKDAY, time(9), time(13)).worked == m(4)
    assert hours.compute(WEEKDAY, time(9), time(13, 30)).worked == m(4)
    assert hours.compute(WEEKDAY, time(9), time(13, 29)).worked == m(4, 29)


def test_sunday_and_public_holidays_are_holiday_minutes_never_overtime_as_well():
    """§56②: the hours beyond 8 on a holiday carry their own +100 %, so they are not overtime too."""
    for day in (SUNDAY, CHUSEOK):
        w = hours.compute(day, time(9), time(20))
        assert w.holiday == m(10) and w.overtime == 0 and w.regular == 0


def test_saturday_rest_day_hours_are_regular_until_the_day_is_full():
    w = hours.compute(SATURDAY, time(9), time(13))
    assert (w.regular, w.overtime, w.holiday) == (m(4), 0, 0)
    w = hours.compute(SATURDAY, time(8), time(19))
    assert (w.regular, w.overtime) == (m(8), m(2))


def test_holiday_work_status_on_a_weekday_counts_as_holiday():
    w = hours.compute(WEEKDAY, time(9), time(18), holiday_work=True)
    assert w.holiday == m(8) and w.regular == 0


def test_no_minutes_until_both_times_are_known():
    assert hours.compute(WEEKDAY, time(9), None) == hours.WorkMinutes()


@pytest.mark.parametrize("check_in,check_out,expected", [
    (time(9), time(18), "정상"), (time(9, 20), time(18), "지각"), (time(9), time(16), "조퇴"),
    (time(22), time(7), "정상"), (None, None, "결근"),
])
def test_status_derived_from_times_on_a_weekday(check_in, check_out, expected):
    assert hours.derive_status(WEEKDAY, check_in, check_out) == expected


def test_status_derived_on_a_holiday_is_holiday_work():
    assert hours.derive_status(CHUSEOK, time(9), time(18)) == "휴일근무"


def test_holiday_calendar_is_data_keyed_by_year():
    assert hours.public_holidays(2026)[date(2026, 10, 5)] == "대체공휴일(개천절)"
    assert hours.public_holidays(2026)[date(2026, 7, 17)] == "제헌절"
    assert "2026-01-29" in hours.holiday_source(date(2026, 7, 17))  # the day names its own source
    assert "월력요항" in hours.holiday_source(date(2026, 10, 9))  # else its year's
    assert hours.day_kind(date(2026, 2, 17)) == "holiday"
    assert not hours.calendar_known(1999)


def test_the_week_counts_saturday_but_not_holiday_hours_toward_40():
    """Week of Mon 2026-09-07: Mon, Tue, Thu, Fri 8 h; Wed marked 휴일근무 10 h; Sat 8 h.

    Holiday hours are priced by §56② and stay out of the week's count: Mon–Fri count 32 h, so
    Saturday's 8 h reach exactly 40 and no minute is overtime. Wednesday: 600 holiday minutes,
    120 of them beyond 8 h. With "every Saturday minute is overtime": Saturday's 480 are overtime.
    """
    def day(d, minutes, holiday=False):
        w = hours.WorkMinutes(0, 0, 0, minutes, minutes) if holiday else hours.WorkMinutes(minutes, 0, 0, 0, minutes)
        return date(2026, 9, d), hours.day_kind(date(2026, 9, d)), w

    week = [day(7, 480), day(8, 480), day(9, 600, holiday=True), day(10, 480), day(11, 480), day(12, 480)]
    paid = {p.day.day: p for p in hours.pay_split(week)}
    assert sum(p.overtime for p in paid.values()) == 0 and paid[12].regular == 480
    assert (paid[9].holiday, paid[9].holiday_over8, paid[9].overtime) == (600, 120, 0)
    assert hours.pay_split(week, saturday_overtime=True)[-1].overtime == 480


def test_a_part_timers_contract_is_the_limit_of_the_day_and_the_week():
    """Contract 4 h a day, 20 h a week: 5 h on Monday → 1 h over; five 4-h days then 3 h on Saturday → all 3 h over."""
    limits = hours.Limits(240, 1200)
    days = [(date(2026, 9, d), "work", hours.WorkMinutes(w, 0, 0, 0, w))
            for d, w in zip(range(7, 12), (300, 240, 240, 240, 240), strict=True)]
    days.append((date(2026, 9, 12), "rest", hours.WorkMinutes(180, 0, 0, 0, 180)))
    assert [p.overtime for p in hours.pay_split(days, limits)] == [60, 0, 0, 0, 0, 180]


@pytest.mark.parametrize("start,check_in,check_out,regular,overtime,holiday,night", [
    # Saturday night into Sunday: 22–24 is Saturday's (2 h regular); 00–07 less the 1 h break (06–07) is Sunday's
    (SATURDAY, time(22), time(7), m(2), 0, m(6), m(8)),
    # Sunday night into Monday: 22–24 is holiday work; Monday's 6 h are regular (2 + 6 = 8)
    (SUNDAY, time(22), time(7), m(6), 0, m(2), m(8)),
    # Sunday 14:00–01:00: 14–24 less the break is 9 h of holiday work; Monday's 1 h is past the day's 8 h
    (SUNDAY, time(14), time(1), 0, m(1), m(9), m(3)),
    # Chuseok eve 2026-09-24 into Chuseok (both holidays): all holiday work
    (date(2026, 9, 24), time(22), time(7), 0, 0, m(8), m(8)),
])
def test_a_shift_across_midnight_is_holiday_work_only_on_the_holidays_date(start, check_in, check_out, regular,
                                                                          overtime, holiday, night):
    """휴일근로 is the work between 0시 and 24시 of the holiday; the shift stays one working day for its 8 hours."""
    w = hours.compute(start, check_in, check_out)
    assert (w.regular, w.overtime, w.holiday, w.night) == (regular, overtime, holiday, night)


def test_a_holiday_shift_marked_holiday_work_still_ends_at_midnight():
    """The status 휴일근무 that a Sunday gets by itself does not make Monday's hour holiday work too."""
    w = hours.compute(SUNDAY, time(14), time(1), holiday_work=True)
    assert (w.holiday, w.overtime) == (m(9), m(1))
    w = hours.compute(WEEKDAY, time(14), time(1), holiday_work=True)  # a working day marked 휴일근무
    assert (w.holiday, w.overtime, w.regular) == (m(10), 0, 0)
