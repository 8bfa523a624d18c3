"""The daily-attendance upload (일일근태): validate every row, then save all rows or none.

A day already recorded is an update (or unchanged when identical), never a second row, so the same
file uploaded twice changes nothing the second time.

The sheet is streamed: rows are validated and saved chunk by chunk inside one transaction, so
memory does not grow with the file. Per row only its duplicate key is kept (to name the first row
of a duplicate). Once any row is rejected nothing more is written, every remaining row is still
checked so the report lists every problem, and the transaction rolls back at the end; a dry run
writes nothing and rolls back too. Saving goes through sync.outbox.record_changes (rows and their
outbox entries in bulk).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import open_sheet
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.values import CellError, is_blank, parse_date, parse_time, text
from heemang_desktop.hr import holidays, hours
from heemang_desktop.hr.attendance import check_employed, plan_day
from heemang_desktop.hr.models import Attendance, Employee
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_changes

COMPARED = ("status", "check_in", "check_out", "note", "regular_minutes", "overtime_minutes", "night_minutes",
            "holiday_minutes", "deleted")
CHUNK = 2000  # rows validated, looked up and saved together
PROGRESS_EVERY = 1000
_ORDINALS = 4_000_000  # > date.max.toordinal(): (card index, day) packed into one int key


class _Reject(Exception):
    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column = column


class _Discard(Exception):
    """Raised inside the transaction to roll it back (rejected rows, or a dry run)."""


def _time(value, column: str):
    if isinstance(value, time):  # an Excel time cell: the common case, kept cheap
        return value.replace(second=0, microsecond=0)
    if is_blank(value):
        return None
    try:
        return parse_time(value)
    except CellError as exc:
        raise _Reject(column, str(exc)) from exc


def _date(value) -> date:
    if value.__class__ is datetime:  # an Excel date cell
        return value.date()
    if is_blank(value):
        raise _Reject("근무일자", "근무일자가 비어 있습니다.")
    try:
        return parse_date(value)
    except CellError as exc:
        raise _Reject("근무일자", str(exc)) from exc


class _Card:
    """What the upload needs of a personnel card, read once (ORM attribute access per row adds up)."""

    __slots__ = ("key", "id", "employee_no", "name", "plain_name", "first_day", "last_day", "employee")

    def __init__(self, index: int, employee: Employee):
        self.key = index * _ORDINALS  # + a day's ordinal: (card, day) as one int
        self.id, self.employee_no, self.name, self.employee = employee.id, employee.employee_no, employee.name, employee
        # A sheet name equal to the card's passes at once when the card's name is already as text() gives it.
        self.plain_name = self.name if text(self.name).replace(" ", "") == self.name.replace(" ", "") else None
        self.first_day, self.last_day = employee.hire_date, employee.leave_date or date.max


class _Upload:
    """The state of one upload: the cards, the keys seen so far, the plans computed so far."""

    def __init__(self, ctx, session, report: ImportReport, columns: dict, actor_id: str | None):
        self.ctx, self.session, self.report, self.actor_id = ctx, session, report, actor_id
        cards = session.scalars(select(Employee).where(Employee.facility_id == ctx.facility.id,
                                                       Employee.deleted.is_(False))).all()
        self.employees = {e.employee_no: _Card(i, e) for i, e in enumerate(cards)}
        # Cell positions; a missing optional column reads the None appended to each row (index -1).
        self.missing = any(c not in columns for c in load_layout("attendance").columns)
        self.at = [columns.get(c, -1) for c in ("사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고")]
        self.first_row: dict[int, int] = {}  # (card, day) key -> the row number it first appeared on
        self.years: set[int] = set()
        self.plans: dict = {}  # (day, in, out, status) -> DayPlan: the same shift recurs on many rows
        self.added = holidays.added_days(session, ctx.facility.id)  # the facility's own holidays
        # Stored days are read with plain SQL (SQLAlchemy's per-row work was most of a re-upload's time).
        table, dialect = Attendance.__table__, session.get_bind().dialect
        self.names = [c.name for c in table.columns]
        self.converters = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in table.columns]
        self.compared = [self.names.index(k) for k in COMPARED]  # a stored boolean is 0/1: equal to False/True

    def _day(self, raw: list) -> tuple[int, _Card, date, tuple]:
        """One sheet row -> (key, card, day, the COMPARED values); raises _Reject with the column at fault."""
        a_no, a_date, a_name, a_in, a_out, a_status, a_note = self.at
        emp_no = text(raw[a_no])
        if not emp_no:
            raise _Reject("사번", "사번이 비어 있습니다.")
        card = self.employees.get(emp_no)
        if card is None:
            raise _Reject("사번", f"인사카드에 없는 사번입니다: '{emp_no}'")
        work_date = _date(raw[a_date])
        name = raw[a_name]
        if name != card.plain_name and name != "" and name is not None:
            name = text(name)
            if name and name.replace(" ", "") != card.name.replace(" ", ""):
                raise _Reject("성명", f"사번 {emp_no}의 인사카드 성명({card.name})과 다릅니다: '{name}'")
        check_in = _time(raw[a_in], "출근시각")
        check_out = _time(raw[a_out], "퇴근시각")
        status = text(raw[a_status])
        shift = (work_date, check_in, check_out, status)
        plan = self.plans.get(shift)
        try:
            if plan is None:
                plan = self.plans[shift] = plan_day(work_date, check_in, check_out, status, self.added)
            if not card.first_day <= work_date <= card.last_day:
                check_employed(card.employee, work_date)
        except ValidationError as exc:
            raise _Reject(exc.field or "", str(exc)) from exc
        m = plan.minutes
        stored = (plan.status, plan.check_in, plan.check_out, text(raw[a_note]), m.regular, m.overtime, m.night,
                  m.holiday, False)
        return card.key + work_date.toordinal(), card, work_date, stored

    def add(self, chunk: list[tuple[int, list]]) -> None:
        """Validate a chunk of rows, count them, and save them unless a row was rejected so far."""
        report, first_row = self.report, self.first_row
        wanted = []
        for number, raw in chunk:
            if self.missing:
                raw.append(None)
            try:
                key, card, work_date, stored = self._day(raw)
            except _Reject as exc:
                report.reject(number, exc.column, str(exc))
                continue
            first = first_row.setdefault(key, number)
            if first != number:
                report.reject(number, "근무일자",
                              f"{first}행과 같은 직원·같은 날입니다 (사번 {card.employee_no}, {work_date:%Y-%m-%d}).")
                continue
            wanted.append((card.id, work_date, stored))
        if len(self.plans) > 10_000:
            self.plans.clear()
        if wanted:
            self._save(wanted)

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
                for name, convert, value in zip(self.names, self.converters, raw)}

    def _save(self, wanted: list) -> None:
        """Compare with the days already stored and write what is new or changed."""
        report, facility_id = self.report, self.ctx.facility.id
        self.years.update(d.year for _, d, _ in wanted)
        existing = self._stored(wanted)
        compared = self.compared
        write = report.ok and self.actor_id is not None
        out = []
        for employee_id, work_date, stored in wanted:
            old = existing.get((employee_id, work_date.isoformat())) if existing else None
            if old is None:
                report.created += 1
                if write:
                    out.append({"id": new_id(), "facility_id": facility_id, "employee_id": employee_id,
                                "work_date": work_date, "version": 0, "server_version": None,
                                **dict(zip(COMPARED, stored))})
            elif all(old[i] == v for i, v in zip(compared, stored)):
                report.unchanged += 1
            else:
                report.updated += 1
                if write:
                    out.append({**self._typed(old), **dict(zip(COMPARED, stored))})
        if out:
            record_changes(self.session, Attendance, out, self.actor_id)

    def finish(self) -> None:
        years = sorted(y for y in self.years if not hours.calendar_known(y))
        if years:
            self.report.warn(f"{', '.join(map(str, years))}년 공휴일 자료가 없어 일요일만 휴일로 계산했습니다.")


def import_attendance(ctx, path: Path, dry_run: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportReport:
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet = open_sheet(Path(path), load_layout("attendance"))
    if sheet.unknown_columns:
        report.warn(f"양식에 없는 열은 무시했습니다: {', '.join(sheet.unknown_columns)}")
    try:
        with ctx.transaction() as session:
            upload = _Upload(ctx, session, report, sheet.columns, None if dry_run else actor.login_id)
            while chunk := list(islice(sheet.cells, CHUNK)):
                before = report.read
                report.read += len(chunk)
                upload.add(chunk)
                if progress:  # every PROGRESS_EVERY rows read, as read_rows reports them
                    for done in range(before // PROGRESS_EVERY + 1, report.read // PROGRESS_EVERY + 1):
                        progress(done * PROGRESS_EVERY)
            upload.finish()
            if not report.ok or dry_run:
                raise _Discard
            report.saved = True
    except _Discard:
        pass
    return report
