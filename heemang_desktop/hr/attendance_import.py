"""The daily-attendance upload (일일근태): validate every row, then save all rows or none.

A day already recorded is an update (or unchanged when identical), never a second row, so the same
file uploaded twice changes nothing the second time. Rows are written in bulk with their outbox
entries (sync.outbox.record_changes) in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.values import CellError, is_blank, parse_date, parse_time, text
from heemang_desktop.hr import hours
from heemang_desktop.hr.attendance import check_employed, plan_day
from heemang_desktop.sync.outbox import record_changes
from heemang_desktop.hr.models import Attendance, Employee
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError

COMPARED = ("status", "check_in", "check_out", "note", "regular_minutes", "overtime_minutes", "night_minutes",
            "holiday_minutes", "deleted")


@dataclass
class AttendancePlan:
    """What an upload would write: full column dicts (version 0 = new row)."""

    rows: list[dict]


class _Reject(Exception):
    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column = column


def _time(value, column: str):
    if isinstance(value, time):  # an Excel time cell: the common case, kept cheap
        return value.replace(second=0, microsecond=0)
    if is_blank(value):
        return None
    try:
        return parse_time(value)
    except CellError as exc:
        raise _Reject(column, str(exc)) from exc


def _day(row, employees: dict) -> tuple[Employee, date, dict]:
    """One sheet row -> (employee, day, the values to store); raises _Reject with the column at fault."""
    values = row.values
    emp_no = text(values.get("사번"))
    if not emp_no:
        raise _Reject("사번", "사번이 비어 있습니다.")
    emp = employees.get(emp_no)
    if emp is None:
        raise _Reject("사번", f"인사카드에 없는 사번입니다: '{emp_no}'")
    if is_blank(values.get("근무일자")):
        raise _Reject("근무일자", "근무일자가 비어 있습니다.")
    try:
        work_date = parse_date(values["근무일자"])
    except CellError as exc:
        raise _Reject("근무일자", str(exc)) from exc
    name = text(values.get("성명"))
    if name and name.replace(" ", "") != emp.name.replace(" ", ""):
        raise _Reject("성명", f"사번 {emp_no}의 인사카드 성명({emp.name})과 다릅니다: '{name}'")
    check_in = _time(values.get("출근시각"), "출근시각")
    check_out = _time(values.get("퇴근시각"), "퇴근시각")
    try:
        plan = plan_day(work_date, check_in, check_out, text(values.get("근태구분")))
        check_employed(emp, work_date)
    except ValidationError as exc:
        raise _Reject(exc.field or "", str(exc)) from exc
    m = plan.minutes
    stored = {"status": plan.status, "check_in": plan.check_in, "check_out": plan.check_out,
              "note": text(values.get("비고")), "regular_minutes": m.regular, "overtime_minutes": m.overtime,
              "night_minutes": m.night, "holiday_minutes": m.holiday, "deleted": False}
    return emp, work_date, stored


def plan_attendance(ctx, session, rows, report: ImportReport) -> AttendancePlan:
    """Validate every row against the cards and the stored days; count created/updated/unchanged."""
    employees = {e.employee_no: e for e in session.scalars(select(Employee).where(
        Employee.facility_id == ctx.facility.id, Employee.deleted.is_(False)))}
    wanted: dict[tuple[str, date], dict] = {}
    first_row: dict[tuple[str, date], int] = {}
    for row in rows:
        try:
            emp, work_date, stored = _day(row, employees)
        except _Reject as exc:
            report.reject(row.number, exc.column, str(exc))
            continue
        key = (emp.id, work_date)
        if key in first_row:
            report.reject(row.number, "근무일자",
                          f"{first_row[key]}행과 같은 직원·같은 날입니다 (사번 {emp.employee_no}, {work_date:%Y-%m-%d}).")
            continue
        first_row[key] = row.number
        wanted[key] = stored
    years = sorted({d.year for _, d in wanted if not hours.calendar_known(d.year)})
    if years:
        report.warn(f"{', '.join(map(str, years))}년 공휴일 자료가 없어 일요일만 휴일로 계산했습니다.")
    if not wanted:
        return AttendancePlan([])
    first, last = min(d for _, d in wanted), max(d for _, d in wanted)
    table = Attendance.__table__
    existing = {(r["employee_id"], r["work_date"]): dict(r) for r in session.execute(
        select(table).where(table.c.facility_id == ctx.facility.id, table.c.work_date.between(first, last))).mappings()}
    out = []
    for key, stored in wanted.items():
        old = existing.get(key)
        if old is None:
            report.created += 1
            out.append({"id": new_id(), "facility_id": ctx.facility.id, "employee_id": key[0], "work_date": key[1],
                        "version": 0, "server_version": None, **stored})
        elif all(old[k] == stored[k] for k in COMPARED):
            report.unchanged += 1
        else:
            report.updated += 1
            out.append({**old, **stored})
    return AttendancePlan(out)


def import_attendance(ctx, path: Path, dry_run: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportReport:
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout("attendance"), progress)
    report.read = len(rows)
    if sheet.unknown_columns:
        report.warn(f"양식에 없는 열은 무시했습니다: {', '.join(sheet.unknown_columns)}")
    with ctx.transaction() as session:
        plan = plan_attendance(ctx, session, rows, report)
        if report.ok and not dry_run:
            record_changes(session, Attendance, plan.rows, actor.login_id)
            report.saved = True
    return report
