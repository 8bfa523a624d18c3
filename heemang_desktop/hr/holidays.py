"""The holiday calendar: the published days (resources/hr/holidays.json) and the days a facility adds.

A 관리자 adds a day the published list lacks (an election, a temporary or substitute holiday); it
syncs to the facility's other PCs through the outbox. Every "is D a holiday" question (attendance
minutes, the grid's shading, leave days, payroll's hours) passes the added days to `hours`.
Adding or removing a day recomputes that day's attendance rows in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from heemang_desktop.hr import hours
from heemang_desktop.hr.models import Attendance, Holiday
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced

ADMIN = "admin"
WORKING = frozenset({"정상", "지각", "조퇴"})


@dataclass(frozen=True)
class HolidayInfo:
    day: date
    name: str
    source: str
    added: bool  # by the facility (removable), not published


def added_days(session, facility_id: str) -> dict[date, str]:
    """The facility's own holidays: day -> name."""
    rows = session.execute(select(Holiday.day, Holiday.name).where(
        Holiday.facility_id == facility_id, Holiday.deleted.is_(False)))
    return {day: name for day, name in rows}


def added_of(ctx) -> dict[date, str]:
    with ctx.store.session() as session:
        return added_days(session, ctx.facility.id)


def list_holidays(ctx, year: int) -> list[HolidayInfo]:
    """The year's holidays, published and added, in date order (Sundays are not listed)."""
    out = [HolidayInfo(d, n, hours.holiday_source(d), False) for d, n in hours.public_holidays(year).items()]
    with ctx.store.session() as session:
        rows = session.scalars(select(Holiday).where(Holiday.facility_id == ctx.facility.id,
                                                     Holiday.deleted.is_(False)))
        out += [HolidayInfo(r.day, r.name, r.source, True) for r in rows if r.day.year == year]
    return sorted(out, key=lambda h: h.day)


def _require_admin(ctx):
    actor = ctx.require_actor()
    if actor.role != ADMIN:
        raise PermissionDenied("휴일 추가·삭제는 관리자만 할 수 있습니다.")
    return actor


def add_holiday(ctx, day: date, name: str, source: str = "") -> HolidayInfo:
    """Make `day` a holiday for this facility; its recorded attendance becomes holiday work."""
    actor = _require_admin(ctx)
    name, source = (name or "").strip(), (source or "").strip()
    if not name:
        raise ValidationError("휴일 이름을 입력하세요 (예: 국회의원선거일).", "name")
    if len(name) > 100 or len(source) > 200:
        raise ValidationError("휴일 이름은 100자, 근거는 200자까지입니다.", "name")
    if day in hours.public_holidays(day.year):
        raise ValidationError(f"{day:%Y-%m-%d}은 이미 공휴일입니다: {hours.public_holidays(day.year)[day]}", "day")
    with ctx.transaction() as session:
        row = session.scalar(select(Holiday).where(Holiday.facility_id == ctx.facility.id, Holiday.day == day))
        if row is not None and not row.deleted:
            raise ValidationError(f"{day:%Y-%m-%d}은 이미 추가한 휴일입니다: {row.name}", "day")
        if row is None:
            # the same id on every PC: two PCs adding the day offline meet as one record, not a duplicate
            row = Holiday(id=str(uuid.uuid5(uuid.UUID(ctx.facility.id), f"holiday:{day}")), facility_id=ctx.facility.id,
                          day=day)
        row.name, row.source, row.deleted = name, source, False
        record_change(session, row, actor.login_id)
        _recompute_day(session, ctx.facility.id, day, actor.login_id)
    return HolidayInfo(day, name, source, True)


def remove_holiday(ctx, day: date) -> None:
    """Take back an added day; its attendance is computed as an ordinary day again."""
    actor = _require_admin(ctx)
    with ctx.transaction() as session:
        row = session.scalar(select(Holiday).where(Holiday.facility_id == ctx.facility.id, Holiday.day == day,
                                                   Holiday.deleted.is_(False)))
        if row is None:
            raise ValidationError(f"{day:%Y-%m-%d}은 시설에서 추가한 휴일이 아닙니다.", "day")
        if was_ever_synced(session, row):
            record_change(session, row, actor.login_id, op=DELETE)
        else:
            discard_unsynced(session, row)
        session.flush()
        _recompute_day(session, ctx.facility.id, day, actor.login_id)


def _recompute_day(session, facility_id: str, day: date, actor_id: str) -> None:
    """Attendance of `day`, and of the day before (a night shift into it), computed again with the calendar as it
    now stands."""
    added = added_days(session, facility_id)
    rows = session.scalars(select(Attendance).where(
        Attendance.facility_id == facility_id, Attendance.work_date.between(day - timedelta(days=1), day),
        Attendance.deleted.is_(False)))
    for row in rows:
        check_in, check_out = (None if not t else time.fromisoformat(t) for t in (row.check_in, row.check_out))
        status = row.status
        if row.work_date == day:  # the day before keeps its status: only its minutes past midnight change
            holiday = hours.day_kind(day, added=added) == hours.HOLIDAY
            if holiday and status in WORKING and check_in is not None:
                status = "휴일근무"
            elif not holiday and status == "휴일근무":
                status = hours.derive_status(day, check_in, check_out, added=added)
        m = hours.compute(row.work_date, check_in, check_out, holiday_work=status == "휴일근무", added=added)
        values = {"status": status, "regular_minutes": m.regular, "overtime_minutes": m.overtime,
                  "night_minutes": m.night, "holiday_minutes": m.holiday}
        if any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            record_change(session, row, actor_id)
