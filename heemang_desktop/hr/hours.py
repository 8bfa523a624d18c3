"""Work-hour arithmetic (pure functions; the rules and the calendar are data in resources/hr).

A day's minutes (`compute`), as stored on the attendance row:
- regular: up to the standard day (8 h) on a working day or a rest day (무급휴무일);
- overtime: beyond the standard day on those days (§53: beyond 8 h a day);
- holiday: every minute worked on a holiday, 0시 to 24시 (주휴일, public holiday, a facility-added
  day; a working day marked 휴일근무 makes the whole shift holiday work). They are never overtime as well:
  §56② prices the hours beyond 8 itself (+100 %);
- night: minutes between 22:00 and 06:00, a premium on top of any of the others (§56③).
The week (`pay_split`) then moves regular minutes beyond 40 in the week to overtime (§53①); a
rest day's hours count toward the 40 unless the facility pays every such minute as overtime.
A shift is one working day, the day it starts; a check-out earlier than the check-in is the next
day. Of a shift that crosses midnight into or out of a holiday, only the minutes on the holiday's
own date are holiday minutes; the rest are that working day's regular or overtime minutes, the
holiday minutes before them counting toward its 8 hours (a Saturday 22:00–07:00 night shift has 2
regular hours and 6 holiday hours).
The break (§54) is deducted from the day part of the shift first (before midnight, then after):
night minutes are never reduced by a break when the shift has enough day minutes to hold it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta

from heemang_desktop.resources import load_json

DAY = 24 * 60
HOLIDAY, REST, WORK = "holiday", "rest", "work"


@dataclass(frozen=True)
class WorkRules:
    standard_daily_minutes: int
    standard_weekly_minutes: int
    breaks: tuple[tuple[int, int], ...]  # (work minutes at least, break minutes), longest first
    night_start: int  # minute of the day
    night_end: int
    day_start: time
    day_end: time
    week_start: int  # weekday the work week starts on
    holiday_weekdays: frozenset[int]
    rest_weekdays: frozenset[int]


@dataclass(frozen=True)
class WorkMinutes:
    regular: int = 0
    overtime: int = 0
    night: int = 0
    holiday: int = 0
    worked: int = 0


@dataclass(frozen=True)
class Limits:
    """Minutes a day and a week before overtime: 8 h / 40 h, or a part-timer's contracted hours (기간제법 §6)."""

    daily: int = 480
    weekly: int = 2400


@dataclass(frozen=True)
class PaidDay:
    """One day as payroll pays it, after the week's 40 hours."""

    day: date
    kind: str
    worked: int
    regular: int
    overtime: int  # beyond the day's or the week's limit
    night: int
    holiday: int  # every holiday minute
    holiday_over8: int  # the part of `holiday` beyond 8 h that day (+100 % instead of +50 %)


def _minute(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


@functools.cache
def work_rules() -> WorkRules:
    raw = load_json("hr/work_rules.json")
    return WorkRules(
        standard_daily_minutes=raw["standard_daily_minutes"],
        standard_weekly_minutes=raw["standard_weekly_minutes"],
        breaks=tuple(sorted(((b["after_minutes"], b["minutes"]) for b in raw["breaks"]), reverse=True)),
        night_start=_minute(raw["night"]["start"]),
        night_end=_minute(raw["night"]["end"]),
        day_start=time.fromisoformat(raw["day_start"]),
        day_end=time.fromisoformat(raw["day_end"]),
        week_start=raw["week_start"],
        holiday_weekdays=frozenset(raw["holiday_weekdays"]),
        rest_weekdays=frozenset(raw["rest_weekdays"]),
    )


def statutory_limits(rules: WorkRules | None = None) -> Limits:
    rules = rules or work_rules()
    return Limits(rules.standard_daily_minutes, rules.standard_weekly_minutes)


@functools.cache
def _published(year: int) -> dict:
    return load_json("hr/holidays.json").get(str(year), {"source": "", "days": []})


@functools.cache
def public_holidays(year: int) -> dict[date, str]:
    """The year's published holidays (resources/hr/holidays.json); {} when the year is not there yet. Read-only."""
    return {date.fromisoformat(h["date"]): h["name"] for h in _published(year)["days"]}


def holiday_source(day: date) -> str:
    """Why a published day is a holiday: its own source, else its year's."""
    year = _published(day.year)
    for h in year["days"]:
        if h["date"] == day.isoformat():
            return h.get("source") or year["source"]
    return ""


def calendar_known(year: int) -> bool:
    return bool(public_holidays(year))


def day_kind(day: date, rules: WorkRules | None = None, added: Mapping[date, str] | None = None) -> str:
    """"holiday", "rest" (무급휴무일) or "work"; `added` holds the facility's own holidays (hr.holidays)."""
    rules = rules or work_rules()
    if day in public_holidays(day.year) or (added and day in added) or day.weekday() in rules.holiday_weekdays:
        return HOLIDAY
    if day.weekday() in rules.rest_weekdays:
        return REST
    return WORK


def shift_span(check_in: time, check_out: time) -> tuple[int, int]:
    """(start, end) in minutes from the work day's midnight; an earlier check-out is the next day."""
    start = check_in.hour * 60 + check_in.minute
    end = check_out.hour * 60 + check_out.minute
    if end <= start:
        end += DAY
    return start, end


def night_overlap(start: int, end: int, rules: WorkRules | None = None) -> int:
    rules = rules or work_rules()
    wraps = rules.night_end <= rules.night_start
    total = 0
    for day_offset in (-DAY, 0, DAY):
        n_start = day_offset + rules.night_start
        n_end = day_offset + rules.night_end + (DAY if wraps else 0)
        total += max(0, min(end, n_end) - max(start, n_start))
    return total


def break_minutes(span: int, rules: WorkRules | None = None) -> int:
    rules = rules or work_rules()
    for after, minutes in rules.breaks:
        if span - minutes >= after:
            return minutes
    return 0


def compute(work_date: date, check_in: time | None, check_out: time | None, holiday_work: bool = False,
            rules: WorkRules | None = None, added: Mapping[date, str] | None = None) -> WorkMinutes:
    """The day's minutes; nothing until both times are known."""
    if check_in is None or check_out is None:
        return WorkMinutes()
    rules = rules or work_rules()
    start, end = shift_span(check_in, check_out)
    span = end - start
    worked = span - break_minutes(span, rules)
    night = min(night_overlap(start, end, rules), worked)
    before, after = _worked_by_date(start, end, span - worked, rules)
    on_calendar = day_kind(work_date, rules, added) == HOLIDAY
    marked = holiday_work and not on_calendar  # a working day marked 휴일근무: the whole shift is holiday work
    holiday_today = marked or on_calendar
    holiday_next = marked or (after > 0 and day_kind(work_date + timedelta(days=1), rules, added) == HOLIDAY)
    holiday = before * holiday_today + after * holiday_next
    room = max(0, rules.standard_daily_minutes - (before if holiday_today else 0))
    regular = min(worked - holiday, room)
    return WorkMinutes(regular, worked - holiday - regular, night, holiday, worked)


def _worked_by_date(start: int, end: int, brk: int, rules: WorkRules) -> tuple[int, int]:
    """Minutes worked before and after midnight: the break comes out of day-time minutes first
    (before midnight, then after), and out of night minutes only when those are not enough."""
    parts = ((start, min(end, DAY)), (DAY, max(end, DAY)))
    worked = [b - a for a, b in parts]
    day_time = [w - night_overlap(a, b, rules) if b > a else 0 for w, (a, b) in zip(worked, parts, strict=True)]
    for i in (0, 1):
        take = min(brk, day_time[i])
        worked[i], brk = worked[i] - take, brk - take
    for i in (0, 1):
        take = min(brk, worked[i])
        worked[i], brk = worked[i] - take, brk - take
    return worked[0], worked[1]


def week_of(day: date, rules: WorkRules | None = None) -> date:
    """The first day of `day`'s work week."""
    rules = rules or work_rules()
    return day - timedelta(days=(day.weekday() - rules.week_start) % 7)


def pay_split(days: Iterable[tuple[date, str, WorkMinutes]], limits: Limits | None = None,
              saturday_overtime: bool = False, rules: WorkRules | None = None) -> list[PaidDay]:
    """Each day's minutes after the week's limit (§53①), in date order.

    `days` are (day, kind, the day's minutes) for whole weeks or their start: a week's minutes are
    counted in date order, so the minutes past 40 fall on the day that crosses the line (a week
    that spans two months pays each day's overtime in the month it was worked). Holiday minutes
    stay outside the count (§56② prices them); with `saturday_overtime` so do rest-day minutes,
    all paid as overtime. `compute`'s regular minutes are the ones the day's limit allows.
    """
    rules = rules or work_rules()
    limits = limits or statutory_limits(rules)
    standard = rules.standard_daily_minutes
    out, week, counted = [], None, 0
    for day, kind, m in sorted(days, key=lambda d: d[0]):
        if week_of(day, rules) != week:
            week, counted = week_of(day, rules), 0
        holiday, over8 = m.holiday, max(0, m.holiday - standard)
        other = m.worked - holiday  # a shift's minutes off the holiday's date (it crossed midnight)
        if kind == REST and saturday_overtime:
            out.append(PaidDay(day, kind, m.worked, 0, other, m.night, holiday, over8))
            continue
        in_day = min(m.regular, limits.daily)  # `compute` left the holiday minutes out of the day's 8 h
        regular = min(in_day, max(0, limits.weekly - counted))
        counted += in_day
        out.append(PaidDay(day, HOLIDAY if holiday and not other else kind, m.worked, regular, other - regular,
                           m.night, holiday, over8))
    return out


def derive_status(work_date: date, check_in: time | None, check_out: time | None,
                  rules: WorkRules | None = None, added: Mapping[date, str] | None = None) -> str:
    """The status a row gets when the sheet leaves it blank: from the times and the calendar."""
    rules = rules or work_rules()
    if check_in is None:
        return "결근"
    if day_kind(work_date, rules, added) == HOLIDAY:
        return "휴일근무"
    if check_out is not None and shift_span(check_in, check_out)[1] > DAY:
        return "정상"  # a night shift: the day's fixed hours don't apply
    if check_in > rules.day_start:
        return "지각"
    if check_out is not None and check_out < rules.day_end:
        return "조퇴"
    return "정상"
