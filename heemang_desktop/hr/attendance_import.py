"""The daily-attendance upload (일일근태) as an import kind: its columns, and how a checked day is saved.

A day already recorded is an update (or unchanged when identical), never a second row, so the same
file uploaded twice changes nothing the second time. The pipeline (excel/pipeline.py) streams the
sheet in chunks inside one transaction; per row only its duplicate key is kept (to name the first
row of a duplicate). Once any row is rejected nothing more is written, though every remaining row
is still checked and counted; saving goes through sync.outbox.record_changes (rows and their outbox
entries in bulk).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.excel.values import text
from heemang_desktop.hr import holidays, hours
from heemang_desktop.hr.attendance import check_employed, plan_day
from heemang_desktop.hr.models import Attendance, Employee
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_changes

COMPARED = ("status", "check_in", "check_out", "note", "regular_minutes", "overtime_minutes", "night_minutes",
            "holiday_minutes", "deleted")
_ORDINALS = 4_000_000  # > date.max.toordinal(): (card index, day) packed into one int key


class _Card:
    """What the upload needs of a personnel card, read once (ORM attribute access per row adds up)."""

    __slots__ = ("key", "id", "employee_no", "name", "plain_name", "first_day", "last_day", "employee")

    def __init__(self, index: int, employee: Employee):
        self.key = index * _ORDINALS  # + a day's ordinal: (card, day) as one int
        self.id, self.employee_no, self.name, self.employee = employee.id, employee.employee_no, employee.name, employee
        # A sheet name equal to the card's passes at once when the card's name is already as text() gives it.
        self.plain_name = self.name if text(self.name).replace(" ", "") == self.name.replace(" ", "") else None
        self.first_day, self.last_day = employee.hire_date, employee.leave_date or date.max


class _Upload(Handler):
    """One upload: the cards, the keys seen so far, the plans computed so far."""

    def __init__(self, job):
        super().__init__(job)
        ctx, session = job.ctx, job.session
        self.actor_id = None if job.dry_run else job.actor.login_id
        cards = session.scalars(select(Employee).where(Employee.facility_id == ctx.facility.id,
                                                       Employee.deleted.is_(False))).all()
        self.employees = {e.employee_no: _Card(i, e) for i, e in enumerate(cards)}
        self.first_row: dict[int, int] = {}  # (card, day) key -> the row number it first appeared on
        self.years: set[int] = set()
        self.plans: dict = {}  # (day, in, out, status) -> DayPlan: the same shift recurs on many rows
        self.added = holidays.added_days(session, ctx.facility.id)  # the facility's own holidays
        # Stored days are read with plain SQL (SQLAlchemy's per-row work was most of a re-upload's time).
        table, dialect = Attendance.__table__, session.get_bind().dialect
        self.names = [c.name for c in table.columns]
        self.converters = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in table.columns]
        self.compared = [self.names.index(k) for k in COMPARED]  # a stored boolean is 0/1: equal to False/True

    def check(self, row):
        """A parsed row -> (card id, day, the COMPARED values), or None after rejecting it."""
        v, number, report = row.values, row.number, self.report
        emp_no = v["사번"]
        card = self.employees.get(emp_no)
        if card is None:
            report.reject(number, "사번", f"인사카드에 없는 사번입니다: '{emp_no}'")
            return None
        work_date = v["근무일자"]
        name = v["성명"]
        misnamed = name is not None and name != card.plain_name and name.replace(" ", "") != card.name.replace(" ", "")
        if misnamed:  # the day is still checked: the report lists every problem of the row
            report.reject(number, "성명", f"사번 {emp_no}의 인사카드 성명({card.name})과 다릅니다: '{name}'")
        check_in, check_out, status = v["출근시각"], v["퇴근시각"], v["근태구분"] or ""
        shift = (work_date, check_in, check_out, status)
        plan = self.plans.get(shift)
        try:
            if plan is None:
                plan = self.plans[shift] = plan_day(work_date, check_in, check_out, status, self.added)
            if not card.first_day <= work_date <= card.last_day:
                check_employed(card.employee, work_date)
        except ValidationError as exc:
            report.reject(number, exc.field or "", str(exc))
            return None
        if misnamed:
            return None
        key = card.key + work_date.toordinal()
        first = self.first_row.setdefault(key, number)
        if first != number:
            report.reject(number, "근무일자",
                          f"{first}행과 같은 직원·같은 날입니다 (사번 {card.employee_no}, {work_date:%Y-%m-%d}).")
            return None
        if len(self.plans) > 10_000:
            self.plans.clear()
        m = plan.minutes
        return card.id, work_date, (plan.status, plan.check_in, plan.check_out, v["비고"] or "", m.regular,
                                    m.overtime, m.night, m.holiday, False)

    def _stored(self, wanted: list) -> dict:
        """The chunk's days already stored, {(employee id, day): raw row}, in one indexed query."""
        sql = (f"SELECT {', '.join('t.' + c for c in self.names)} FROM (VALUES {', '.join(['(?, ?)'] * len(wanted))}) "
               "AS k JOIN hr_attendance AS t ON t.employee_id = k.column1 AND t.work_date = k.column2 "
               "WHERE t.facility_id = ?")
        params = [v for employee_id, work_date, _ in wanted for v in (employee_id, work_date.isoformat())]
        cursor = self.session.connection().connection.driver_connection.cursor()
        rows = cursor.execute(sql, params + [self.ctx.facility.id]).fetchall()
        at_employee, at_date = self.names.index("employee_id"), self.names.index("work_date")
        return {(r[at_employee], r[at_date]): r for r in rows}

    def _typed(self, raw: tuple) -> dict:
        """A raw stored row as the column values SQLAlchemy would give (dates, datetimes, booleans)."""
        return {name: (convert(value) if convert and value is not None else value)
                for name, convert, value in zip(self.names, self.converters, raw, strict=True)}

    def save(self, wanted: list, write: bool) -> None:
        """Compare with the days already stored and write what is new or changed."""
        report, facility_id = self.report, self.ctx.facility.id
        self.years.update(d.year for _, d, _ in wanted)
        existing = self._stored(wanted)
        compared = self.compared
        write = write and self.actor_id is not None
        out = []
        for employee_id, work_date, stored in wanted:
            old = existing.get((employee_id, work_date.isoformat())) if existing else None
            if old is None:
                report.created += 1
                if write:
                    out.append({"id": new_id(), "facility_id": facility_id, "employee_id": employee_id,
                                "work_date": work_date, "version": 0, "server_version": None,
                                **dict(zip(COMPARED, stored, strict=True))})
            elif all(old[i] == v for i, v in zip(compared, stored, strict=True)):
                report.unchanged += 1
            else:
                report.updated += 1
                if write:
                    out.append({**self._typed(old), **dict(zip(COMPARED, stored, strict=True))})
        if out:
            assert self.actor_id is not None  # rows are only written with an actor (a dry run has none)
            record_changes(self.session, Attendance, out, self.actor_id)

    def finish(self) -> None:
        years = sorted(y for y in self.years if not hours.calendar_known(y))
        if years:
            self.report.warn(f"{', '.join(map(str, years))}년 공휴일 자료가 없어 일요일만 휴일로 계산했습니다.")


ATTENDANCE = ImportKind(
    name="attendance",
    columns=(
        Column("사번", required=True),
        Column("근무일자", "date", required=True),
        Column("성명"),
        Column("출근시각", "time"),
        Column("퇴근시각", "time"),
        Column("근태구분", "coded"),
        Column("비고"),
    ),
    handler=_Upload,
    formats=("xlsx", "csv"),  # time clocks export CSV with these columns
)
import_attendance = ATTENDANCE
