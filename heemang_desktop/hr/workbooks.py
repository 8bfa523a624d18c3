"""Blank upload templates and the month's attendance export (same columns as the upload)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.writer import write_table, write_template
from heemang_desktop.hr.attendance import month_range, to_time
from heemang_desktop.hr.models import Attendance, Employee


def write_employee_template(path: Path) -> None:
    write_template(Path(path), load_layout("employees"))


def write_attendance_template(path: Path) -> None:
    write_template(Path(path), load_layout("attendance"))


def export_attendance(ctx, month: str, path: Path) -> int:
    """The month's records in the 일일근태 layout, by day then employee number; returns the row count.

    A site without a sync endpoint uploads this file to the central system after an outage, and
    uploading it here again changes nothing.
    """
    first, last = month_range(month)
    layout = load_layout("attendance")
    with ctx.store.session() as session:
        q = (select(Employee.employee_no, Attendance.work_date, Employee.name, Attendance.check_in,
                    Attendance.check_out, Attendance.status, Attendance.note)
             .join(Employee, Employee.id == Attendance.employee_id)
             .where(Attendance.facility_id == ctx.facility.id, Attendance.deleted.is_(False),
                    Attendance.work_date.between(first, last))
             .order_by(Attendance.work_date, Employee.employee_no))
        rows = [(no, day, name, to_time(ci), to_time(co), status, note)
                for no, day, name, ci, co, status, note in session.execute(q)]
    return write_table(Path(path), layout.sheet, layout.columns, rows,
                       title=f"{ctx.facility.name} 일일근태 {first:%Y년 %m월}")
