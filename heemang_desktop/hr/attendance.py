"""Daily attendance: one record per employee and day, its minutes computed; the monthly grid and totals.

Payroll reads `month_summary` (minutes by kind, days worked, day laborers' days).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select

from heemang_desktop.excel import codes as coded
from heemang_desktop.excel.values import CellError, parse_time
from heemang_desktop.hr import codes, holidays, hours
from heemang_desktop.hr.models import Attendance, Employee, Leave, Training, Trip
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced

WORKING_STATUSES = frozenset({"정상", "지각", "조퇴", "휴일근무"})
NEEDS_TIMES = WORKING_STATUSES
SHORT = {"정상": "○", "지각": "지", "조퇴": "조", "결근": "결", "휴가": "휴", "출장": "출", "교육": "교",
         "휴일근무": "휴근"}


def hhmm(value: time | None) -> str | None:
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


def to_time(value: str | None) -> time | None:
    return None if not value else time.fromisoformat(value)


def month_range(month: str) -> tuple[date, date]:
    """"2026-09" -> (first, last day)."""
    m = re.fullmatch(r"\s*(\d{4})[-./]?(\d{1,2})\s*", month or "")
    if not m or not 1 <= int(m[2]) <= 12:
        raise ValidationError(f"월은 2026-09 처럼 적으세요: '{month}'", "월")
    year, mon = int(m[1]), int(m[2])
    return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])


@dataclass(frozen=True)
class DayPlan:
    """A validated day: what is stored, minutes included."""

    status: str
    check_in: str | None
    check_out: str | None
    minutes: hours.WorkMinutes


def plan_day(work_date: date, check_in: time | None, check_out: time | None, status: str | None,
             added: dict | None = None) -> DayPlan:
    """Validate one day and compute its minutes (`added`: the facility's own holidays).

    Errors name the column as the upload layout does.
    """
    status = (status or "").strip() or None
    if status is not None and status not in codes.attendance_statuses():
        raise ValidationError(f"근태구분은 {', '.join(codes.attendance_statuses())} 중 하나입니다: '{status}'",
                              "근태구분")
    if check_in is None and check_out is not None:
        raise ValidationError("퇴근시각만 있고 출근시각이 없습니다.", "출근시각")
    if check_in is not None and check_out is not None and hhmm(check_in) == hhmm(check_out):
        raise ValidationError("출근시각과 퇴근시각이 같습니다.", "퇴근시각")
    if status is None:
        if check_in is None:
            raise ValidationError("출근시각이나 근태구분을 적으세요.", "출근시각")
        status = hours.derive_status(work_date, check_in, check_out, added=added)
    elif status in NEEDS_TIMES and check_in is None:
        raise ValidationError(f"'{status}'인 날은 출근시각을 적으세요.", "출근시각")
    minutes = hours.compute(work_date, check_in, check_out, holiday_work=status == "휴일근무", added=added)
    return DayPlan(status, hhmm(check_in), hhmm(check_out), minutes)


def stamp(row: Attendance, plan: DayPlan, note: str) -> bool:
    """Put a planned day on the row; True when anything differs."""
    values = {
        "status": plan.status, "check_in": plan.check_in, "check_out": plan.check_out, "note": note,
        "regular_minutes": plan.minutes.regular, "overtime_minutes": plan.minutes.overtime,
        "night_minutes": plan.minutes.night, "holiday_minutes": plan.minutes.holiday, "deleted": False,
    }
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


@dataclass(frozen=True)
class AttendanceInfo:
    id: str
    employee_id: str
    work_date: date
    check_in: time | None
    check_out: time | None
    status: str
    note: str
    regular_minutes: int
    overtime_minutes: int
    night_minutes: int
    holiday_minutes: int

    @property
    def worked_minutes(self) -> int:
        # holiday minutes are never overtime as well (hours.compute); a shift may have both kinds
        return self.regular_minutes + self.overtime_minutes + self.holiday_minutes


def _info(row: Attendance) -> AttendanceInfo:
    return AttendanceInfo(row.id, row.employee_id, row.work_date, to_time(row.check_in), to_time(row.check_out),
                          row.status, row.note, row.regular_minutes, row.overtime_minutes, row.night_minutes,
                          row.holiday_minutes)


def check_employed(emp: Employee, work_date: date) -> None:
    if work_date < emp.hire_date:
        raise ValidationError(f"입사일({emp.hire_date:%Y-%m-%d}) 전의 근태입니다.", "근무일자")
    if emp.leave_date is not None and work_date > emp.leave_date:
        raise ValidationError(f"퇴사일({emp.leave_date:%Y-%m-%d}) 뒤의 근태입니다.", "근무일자")


def record_day(ctx, employee_id: str, work_date: date, check_in: time | None = None, check_out: time | None = None,
               status: str | None = None, note: str = "") -> AttendanceInfo:
    """Record (or correct) an employee's day. A day already recorded is updated, never doubled."""
    actor = ctx.require_actor()
    plan = plan_day(work_date, check_in, check_out, status, holidays.added_of(ctx))
    with ctx.transaction() as session:
        emp = owned(session, Employee, employee_id, ctx.facility.id)
        check_employed(emp, work_date)
        row = session.scalar(select(Attendance).where(Attendance.employee_id == emp.id,
                                                      Attendance.work_date == work_date))
        if row is None:
            row = Attendance(facility_id=ctx.facility.id, employee_id=emp.id, work_date=work_date)
        if stamp(row, plan, note.strip()) or row.id is None:
            record_change(session, row, actor.login_id)
        return _info(row)


def clear_day(ctx, employee_id: str, work_date: date) -> None:
    """Remove a day's record: gone if never synced, else a tombstone the central service gets."""
    clear_days(ctx, [(employee_id, work_date)])


def clear_days(ctx, days) -> int:
    """Remove the records of several (employee id, day) pairs in one transaction; returns how many went."""
    actor = ctx.require_actor()
    removed = 0
    with ctx.transaction() as session:
        for employee_id, work_date in days:
            row = session.scalar(select(Attendance).where(
                Attendance.employee_id == employee_id, Attendance.work_date == work_date,
                Attendance.facility_id == ctx.facility.id))
            if row is None or row.deleted:
                continue
            if was_ever_synced(session, row):
                record_change(session, row, actor.login_id, op=DELETE)
            else:
                discard_unsynced(session, row)
            removed += 1
    return removed


# -- one day typed into the grid ----------------------------------------------------------------

_ABBREVIATED = {short: status for status, short in SHORT.items()}  # the grid's letters typed back: 결 -> 결근
_RANGE = re.compile(r"(?P<in>[^-~]+)[-~](?P<out>[^-~]*)")


@dataclass(frozen=True)
class DayEntry:
    """What a grid cell's text says: "0900-1800", "0930-1800 지각 병원", "결근", "휴가 가족여행"."""

    check_in: time | None
    check_out: time | None
    status: str | None
    note: str


def _times(token: str) -> tuple[time, time | None] | None:
    """"0900-1800" / "09:00~18:00" / "0900" -> (in, out); None when the token is not a time."""
    def clock(s: str) -> time:
        return parse_time("0" + s if len(s) == 3 and s.isdigit() else s)  # typed 900 for 09:00

    m = _RANGE.fullmatch(token)
    try:
        if m:
            return clock(m["in"]), (clock(m["out"]) if m["out"] else None)
        return clock(token), None
    except CellError:
        if m or token[:1].isdigit():
            raise ValidationError(f"출근·퇴근 시각은 0900-1800 처럼 적으세요: '{token}'", "출근시각") from None
        return None


def _status(word: str) -> str | None:
    """A typed status as the upload reads its 근태구분 cell (연차 -> 휴가, 특근 -> 휴일근무), or the grid's letter."""
    return _ABBREVIATED.get(word) or coded.match("근태구분", word, codes.attendance_statuses()).value or None


def parse_entry(text: str) -> DayEntry:
    """A cell's text -> the day's times, status and note, in any order: times, then a status, the rest a note."""
    text = re.sub(r"\s*([-~])\s*", r"\1", unicodedata.normalize("NFKC", text or ""))  # "09:00 - 18:00"
    words = text.split()
    check_in = check_out = status = None
    for i, word in enumerate(words):
        if check_in is None and status is None and (times := _times(word)) is not None:
            check_in, check_out = times
        elif status is None and (found := _status(word)):
            status = found
        else:
            return DayEntry(check_in, check_out, status, " ".join(words[i:]))
    return DayEntry(check_in, check_out, status, "")


def entry_text(rec: Attendance, added: dict | None = None) -> str:
    """A stored day as a cell editor shows it; the status only when the times would not give it anyway."""
    times = f"{(rec.check_in or '').replace(':', '')}-{(rec.check_out or '').replace(':', '')}" if rec.check_in else ""
    derived = (hours.derive_status(rec.work_date, to_time(rec.check_in), to_time(rec.check_out), added=added)
               if rec.check_in else None)
    status = "" if rec.status == derived else rec.status
    return " ".join(part for part in (times, status, rec.note) if part)


def enter_day(ctx, employee_id: str, work_date: date, text: str) -> AttendanceInfo | None:
    """Record a day typed into the month grid, by the upload's rules (`plan_day`); blank text clears it."""
    if not (text or "").strip():
        clear_day(ctx, employee_id, work_date)
        return None
    entry = parse_entry(text)
    return record_day(ctx, employee_id, work_date, entry.check_in, entry.check_out, entry.status, entry.note)


def days_of(ctx, employee_id: str, month: str) -> list[AttendanceInfo]:
    first, last = month_range(month)
    with ctx.store.session() as session:
        rows = session.scalars(select(Attendance).where(
            Attendance.employee_id == employee_id, Attendance.work_date.between(first, last),
            Attendance.deleted.is_(False)).order_by(Attendance.work_date))
        return [_info(r) for r in rows]


# -- the month ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthSummary:
    """One employee's month, for the grid's totals and for payroll (minutes as `pay_hours` pays them)."""

    employee_id: str
    employee_no: str
    name: str
    employment_type: str
    work_days: int  # days with a working status (day laborers are paid by these)
    regular_minutes: int
    overtime_minutes: int
    night_minutes: int
    holiday_minutes: int
    absent_days: int
    leave_days: int
    trip_days: int
    training_days: int


@dataclass(frozen=True)
class GridRow:
    summary: MonthSummary
    cells: tuple[str, ...]  # one per day of the month: the status, or a leave/trip/training shown there
    notes: tuple[str, ...]  # tooltip text per day (times, place)
    entries: tuple[str, ...] = ()  # per day, the record as the cell editor shows it ("" when none)


@dataclass(frozen=True)
class MonthGrid:
    month: str
    days: tuple[date, ...]
    day_kinds: tuple[str, ...]  # "holiday" / "rest" / "work" for shading the columns
    rows: tuple[GridRow, ...]


def _overlay(session, model, label: str | Callable[[Any], str], first: date, last: date, facility_id: str,
             extra=None) -> dict:
    """(employee_id, day) -> label for every day a leave/trip/training covers within the month."""
    q = select(model).where(model.facility_id == facility_id, model.deleted.is_(False),
                            model.start_date <= last, model.end_date >= first)
    if extra is not None:
        q = q.where(extra)
    out = {}
    for r in session.scalars(q):
        day = max(r.start_date, first)
        while day <= min(r.end_date, last):
            out[(r.employee_id, day)] = label(r) if callable(label) else label
            day += timedelta(days=1)
    return out


def month_grid(ctx, month: str, search: str = "", paid: dict | None = None) -> MonthGrid:
    """The month by employee and day; `paid`: the month's `pay_hours.month_hours` when the caller has them."""
    first, last = month_range(month)
    days = tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
    with ctx.store.session() as session:
        emps = list(session.scalars(select(Employee).where(
            Employee.facility_id == ctx.facility.id, Employee.deleted.is_(False), Employee.hire_date <= last,
            (Employee.leave_date.is_(None)) | (Employee.leave_date >= first)).order_by(Employee.employee_no)))
        if search.strip():
            emps = [e for e in emps if search.strip() in e.name or search.strip() in e.employee_no]
        records = {(r.employee_id, r.work_date): r for r in session.scalars(select(Attendance).where(
            Attendance.facility_id == ctx.facility.id, Attendance.work_date.between(first, last),
            Attendance.deleted.is_(False)))}
        leave = _overlay(session, Leave, lambda r: "반" if r.leave_type == "반차" else "휴", first, last,
                         ctx.facility.id, Leave.state == "승인")
        trips = _overlay(session, Trip, "출", first, last, ctx.facility.id)
        training = _overlay(session, Training, "교", first, last, ctx.facility.id)
        added = holidays.added_days(session, ctx.facility.id)
    from heemang_desktop.hr.pay_hours import month_hours  # it imports this module

    if paid is None:
        paid = month_hours(ctx, month)  # the minutes as the law pays them: the week's 40 h included
    rows = []
    for emp in emps:
        cells, notes, entries = [], [], []
        h = paid.get(emp.id)
        totals = dict(work=0, absent=0, leave=0, trip=0, training=0, **{
            k: h.total(attr) if h else 0 for k, attr in (("reg", "regular"), ("ot", "overtime"), ("night", "night"),
                                                         ("hol", "holiday"))})
        for day in days:
            key = (emp.id, day)
            rec = records.get(key)
            planned = leave.get(key) or trips.get(key) or training.get(key) or ""
            if rec is not None:
                cells.append(SHORT.get(rec.status, rec.status))
                notes.append(f"{rec.status} {rec.check_in or ''}–{rec.check_out or ''} {rec.note}".strip())
                entries.append(entry_text(rec, added))
                totals["work"] += rec.status in WORKING_STATUSES
                totals["absent"] += rec.status == "결근"
            else:
                cells.append(planned)
                notes.append("")
                entries.append("")
            status = rec.status if rec is not None else None
            totals["leave"] += (status == "휴가") or (status is None and planned in ("휴", "반"))
            totals["trip"] += (status == "출장") or (status is None and planned == "출")
            totals["training"] += (status == "교육") or (status is None and planned == "교")
        summary = MonthSummary(emp.id, emp.employee_no, emp.name, emp.employment_type, totals["work"], totals["reg"],
                               totals["ot"], totals["night"], totals["hol"], totals["absent"], totals["leave"],
                               totals["trip"], totals["training"])
        rows.append(GridRow(summary, tuple(cells), tuple(notes), tuple(entries)))
    return MonthGrid(month, days, tuple(hours.day_kind(d, added=added) for d in days), tuple(rows))


def month_summary(ctx, month: str, paid: dict | None = None) -> list[MonthSummary]:
    """Every employee on the books that month, with their minutes and days (payroll's input)."""
    return [row.summary for row in month_grid(ctx, month, paid=paid).rows]
