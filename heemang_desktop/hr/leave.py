"""Leave (휴가: request, approve or refuse; annual-leave balance), business trips (출장) and training (교육)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from heemang_desktop.hr import annual_leave, codes, holidays, hours
from heemang_desktop.hr.models import Employee, Leave, Training, Trip
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced

APPROVED, REFUSED, REQUESTED = "승인", "반려", "신청"


@dataclass(frozen=True)
class LeaveInfo:
    id: str
    employee_id: str
    employee_name: str
    leave_type: str
    start_date: date
    end_date: date
    days: float
    reason: str
    state: str


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    kind: str  # "출장" or "교육"
    employee_id: str
    employee_name: str
    start_date: date
    end_date: date
    place: str
    purpose: str
    hours: int


@dataclass(frozen=True)
class AnnualBalance:
    period_start: date
    period_end: date
    granted: float
    used: float
    requested: float  # waiting for approval

    @property
    def remaining(self) -> float:
        return self.granted - self.used


def working_days(start: date, end: date, added: dict | None = None) -> int:
    """Days in [start, end] that are working days (holidays, the facility's `added` ones too, and rest days not
    counted)."""
    n, day = 0, start
    while day <= end:
        n += hours.day_kind(day, added=added) == "work"
        day += timedelta(days=1)
    return n


def _employee(ctx, session, employee_id: str) -> Employee:
    return owned(session, Employee, employee_id, ctx.facility.id)


def _check_dates(emp: Employee, start: date, end: date) -> None:
    if end < start:
        raise ValidationError("끝나는 날이 시작하는 날보다 빠릅니다.", "종료일")
    if start < emp.hire_date or (emp.leave_date is not None and end > emp.leave_date):
        raise ValidationError("재직 기간 밖의 날짜입니다.", "시작일")


def _leave_info(row: Leave, emp: Employee) -> LeaveInfo:
    return LeaveInfo(row.id, row.employee_id, emp.name, row.leave_type, row.start_date, row.end_date, row.days,
                     row.reason, row.state)


def request_leave(ctx, employee_id: str, leave_type: str, start: date, end: date | None = None,
                  reason: str = "") -> LeaveInfo:
    """A leave request (신청). 반차 is one day, 0.5; other types count the working days between the dates."""
    actor = ctx.require_actor()
    end = end or start
    types = codes.leave_types()
    if leave_type not in types:
        raise ValidationError(f"휴가 종류는 {', '.join(types)} 중 하나입니다.", "휴가종류")
    with ctx.transaction() as session:
        emp = _employee(ctx, session, employee_id)
        _check_dates(emp, start, end)
        if leave_type == "반차" and end != start:
            raise ValidationError("반차는 하루만 신청할 수 있습니다.", "종료일")
        added = holidays.added_days(session, ctx.facility.id)
        days = types[leave_type]["days"] if leave_type == "반차" else float(working_days(start, end, added))
        if days <= 0:
            raise ValidationError("고른 기간에 근무일이 없습니다 (휴일·휴무일만 있음).", "시작일")
        overlap = session.scalar(select(Leave.id).where(
            Leave.employee_id == emp.id, Leave.deleted.is_(False), Leave.state != REFUSED,
            Leave.start_date <= end, Leave.end_date >= start))
        if overlap and leave_type != "반차":
            raise ValidationError("같은 기간에 이미 신청한 휴가가 있습니다.", "시작일")
        row = Leave(facility_id=ctx.facility.id, employee_id=emp.id, leave_type=leave_type, start_date=start,
                    end_date=end, days=days, reason=reason.strip(), state=REQUESTED, decided_by="")
        if types[leave_type]["annual"]:
            balance = _balance(session, emp, start)
            if days > balance.remaining - balance.requested:
                raise ValidationError(
                    f"남은 연차({balance.remaining - balance.requested:g}일)보다 많이 신청했습니다.", "시작일")
        record_change(session, row, actor.login_id)
        return _leave_info(row, emp)


def decide_leave(ctx, leave_id: str, approve: bool) -> LeaveInfo:
    """승인 or 반려 of a request."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = owned(session, Leave, leave_id, ctx.facility.id, "휴가 신청")
        row.state = APPROVED if approve else REFUSED
        row.decided_by = actor.login_id
        record_change(session, row, actor.login_id)
        return _leave_info(row, session.get(Employee, row.employee_id))


def _remove(ctx, model, row_id: str, label: str) -> None:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = owned(session, model, row_id, ctx.facility.id, label)
        if was_ever_synced(session, row):
            record_change(session, row, actor.login_id, op=DELETE)
        else:
            discard_unsynced(session, row)


def cancel_leave(ctx, leave_id: str) -> None:
    _remove(ctx, Leave, leave_id, "휴가 신청")


def list_leaves(ctx, year: int | None = None, employee_id: str | None = None) -> list[LeaveInfo]:
    q = (select(Leave, Employee).join(Employee, Employee.id == Leave.employee_id)
         .where(Leave.facility_id == ctx.facility.id, Leave.deleted.is_(False)).order_by(Leave.start_date.desc()))
    if year is not None:
        q = q.where(Leave.start_date <= date(year, 12, 31), Leave.end_date >= date(year, 1, 1))
    if employee_id is not None:
        q = q.where(Leave.employee_id == employee_id)
    with ctx.store.session() as session:
        return [_leave_info(row, emp) for row, emp in session.execute(q)]


def _balance(session, emp: Employee, on: date) -> AnnualBalance:
    year = annual_leave.leave_year(emp.hire_date, on)
    annual_types = [t for t, spec in codes.leave_types().items() if spec["annual"]]
    used = requested = 0.0
    for row in session.scalars(select(Leave).where(
            Leave.employee_id == emp.id, Leave.deleted.is_(False), Leave.leave_type.in_(annual_types),
            Leave.start_date >= year.start, Leave.start_date <= year.end)):
        if row.state == APPROVED:
            used += row.days
        elif row.state == REQUESTED:
            requested += row.days
    return AnnualBalance(year.start, year.end, year.granted, used, requested)


def annual_balance(ctx, employee_id: str, on: date | None = None) -> AnnualBalance:
    """Annual leave granted in the leave year containing `on` (today), used (approved) and waiting."""
    with ctx.store.session() as session:
        return _balance(session, _employee(ctx, session, employee_id), on or date.today())


# -- trips and training --------------------------------------------------------------------

_KINDS: dict[str, type[Trip] | type[Training]] = {"출장": Trip, "교육": Training}


def add_activity(ctx, kind: str, employee_id: str, start: date, end: date, place: str, purpose: str = "",
                 hours_: int = 0) -> ActivityInfo:
    """A business trip (출장) or a training course (교육); it shows in the attendance grid on its days."""
    actor = ctx.require_actor()
    model = _KINDS.get(kind)
    if model is None:
        raise ValidationError("출장 또는 교육만 등록할 수 있습니다.", "구분")
    if not place.strip():
        raise ValidationError("장소를 입력하세요.", "장소")
    if hours_ < 0:
        raise ValidationError("시간은 0 이상이어야 합니다.", "시간")
    with ctx.transaction() as session:
        emp = _employee(ctx, session, employee_id)
        _check_dates(emp, start, end)
        row = model(facility_id=ctx.facility.id, employee_id=emp.id, start_date=start, end_date=end,
                    place=place.strip(), purpose=purpose.strip(), hours=hours_)
        record_change(session, row, actor.login_id)
        return ActivityInfo(row.id, kind, emp.id, emp.name, start, end, row.place, row.purpose, row.hours)


def remove_activity(ctx, kind: str, row_id: str) -> None:
    _remove(ctx, _KINDS[kind], row_id, kind)


def list_activities(ctx, year: int | None = None) -> list[ActivityInfo]:
    out = []
    with ctx.store.session() as session:
        for kind, model in _KINDS.items():
            q = (select(model, Employee).join(Employee, Employee.id == model.employee_id)
                 .where(model.facility_id == ctx.facility.id, model.deleted.is_(False)))
            if year is not None:
                q = q.where(model.start_date <= date(year, 12, 31), model.end_date >= date(year, 1, 1))
            out += [ActivityInfo(r.id, kind, emp.id, emp.name, r.start_date, r.end_date, r.place, r.purpose, r.hours)
                    for r, emp in session.execute(q)]
    return sorted(out, key=lambda a: a.start_date, reverse=True)
