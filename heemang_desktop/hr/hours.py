"""Work-hour arithmetic for a day's attendance (pure functions; the rules are data in resources/hr).

Minutes are split the way payroll pays them (근로기준법 §56):
- regular: on a working day, up to the standard day (8 h);
- overtime: beyond the standard day on any day, and every minute on a rest day (무급휴무일);
- holiday: every minute on a holiday (주휴일, public holiday, or a day marked 휴일근무);
  minutes beyond 8 h there count as overtime too, because the law adds both premiums;
- night: minutes between 22:00 and 06:00, an extra premium on top of the others.
A shift belongs to the day it starts; a check-out earlier than the check-in is the next day.
The break (§54) is deducted from the day part of the shift first: night minutes are never
reduced by a break when the shift has enough day minutes to hold it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, time

from heemang_desktop.resources import load_json

DAY = 24 * 60


@dataclass(frozen=True)
class WorkRules:
    standard_daily_minutes: int
    breaks: tuple[tuple[int, int], ...]  # (work minutes at least, break minutes), longest first
    night_start: int  # minute of the day
    night_end: int
    day_start: time
    day_end: time
    holiday_weekdays: frozenset[int]
    rest_weekdays: frozenset[int]


@dataclass(frozen=True)
class WorkMinutes:
    regular: int = 0
    overtime: int = 0
    night: int = 0
    holiday: int = 0
    worked: int = 0


def _minute(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


@functools.cache
def work_rules() -> WorkRules:
    raw = load_json("hr/work_rules.json")
    return WorkRules(
        standard_daily_minutes=raw["standard_daily_minutes"],
        breaks=tuple(sorted(((b["after_minutes"], b["minutes"]) for b in raw["breaks"]), reverse=True)),
        night_start=_minute(raw["night"]["start"]),
        night_end=_minute(raw["night"]["end"]),
        day_start=time.fromisoformat(raw["day_start"]),
        day_end=time.fromisoformat(raw["day_end"]),
        holiday_weekdays=frozenset(raw["holiday_weekdays"]),
        rest_weekdays=frozenset(raw["rest_weekdays"]),
    )


@functools.cache
def public_holidays(year: int) -> dict[date, str]:
    """The year's public holidays from resources/hr/holidays.json; {} when the year is not there yet."""
    return {date.fromisoformat(h["date"]): h["name"] for h in load_json("hr/holidays.json").get(str(year), [])}


def calendar_known(year: int) -> bool:
    return bool(public_holidays(year))


def day_kind(day: date, rules: WorkRules | None = None) -> str:
    """"holiday", "rest" (무급휴무일) or "work"."""
    rules = rules or work_rules()
    if day in public_holidays(day.year) or day.weekday() in rules.holiday_weekdays:
        return "holiday"
    if day.weekday() in rules.rest_weekdays:
        return "rest"
    return "work"


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
            rules: WorkRules | None = None) -> WorkMinutes:
    """The day's minutes; nothing until both times are known."""
    if check_in is None or check_out is None:
        return WorkMinutes()
    rules = rules or work_rules()
    start, end = shift_span(check_in, check_out)
    span = end - start
    worked = span - break_minutes(span, rules)
    night = min(night_overlap(start, end, rules), worked)
    kind = "holiday" if holiday_work else day_kind(work_date, rules)
    standard = rules.standard_daily_minutes
    if kind == "holiday":
        return WorkMinutes(0, max(0, worked - standard), night, worked, worked)
    if kind == "rest":
        return WorkMinutes(0, worked, night, 0, worked)
    regular = min(worked, standard)
    return WorkMinutes(regular, worked - regular, night, 0, worked)


def derive_status(work_date: date, check_in: time | None, check_out: time | None,
                  rules: WorkRules | None = None) -> str:
    """The status a row gets when the sheet leaves it blank: from the times and the calendar."""
    rules = rules or work_rules()
    if check_in is None:
        return "결근"
    if day_kind(work_date, rules) == "holiday":
        return "휴일근무"
    if check_out is not None and shift_span(check_in, check_out)[1] > DAY:
        return "정상"  # a night shift: the day's fixed hours don't apply
    if check_in > rules.day_start:
        return "지각"
    if check_out is not None and check_out < rules.day_end:
        return "조퇴"
    return "정상"
