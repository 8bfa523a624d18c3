"""Blank upload templates, and the exports of the card list and the month's attendance (same columns as the
uploads, so a file exported here uploads again unchanged)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from heemang_desktop.audit import service as audit
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.writer import write_table, write_template
from heemang_desktop.hr.attendance import month_range, to_time
from heemang_desktop.hr.models import Attendance, Employee


def write_employee_template(path: Path) -> None:
    write_template(Path(path), load_layout("employees"))


def write_attendance_template(path: Path) -> None:
    write_template(Path(path), load_layout("attendance"))


PII = ("주민등록번호", "계좌번호")  # left blank: a blank cell keeps the card's value on upload


def export_employees(ctx, path: Path, include_retired: bool = True) -> int:
    """Every card in the 인사카드 layout, by employee number; resident and account numbers are left out
    (an export is not the way to get them in plain text). Returns the row count."""
    layout = load_layout("employees")
    with ctx.store.session() as session:
        q = select(Employee).where(Employee.facility_id == ctx.facility.id, Employee.deleted.is_(False))
        if not include_retired:
            q = q.where(Employee.leave_date.is_(None))
        cards = session.scalars(q.order_by(Employee.employee_no)).all()
        values = {"사번": "employee_no", "성명": "name", "직종": "job_type", "고용형태": "employment_type",
                  "입사일": "hire_date", "직위": "position", "퇴사일": "leave_date", "연락처": "phone",
                  "이메일": "email",
                  "은행": "bank_name", "기본급": "base_pay", "일급": "daily_wage", "부양가족수": "dependants",
                  "20세이하자녀수": "children_under_20"}
        flags = {"국민연금": "pension", "건강보험": "health", "고용보험": "employment_insurance",
                 "산재보험": "accident_insurance"}
        rows = [[None if c in PII else ("Y" if getattr(e, flags[c]) else "N") if c in flags else getattr(e, values[c])
                 for c in layout.columns] for e in cards]
    n = write_table(Path(path), layout.sheet, layout.columns, rows, money_columns=("기본급", "일급"),
                    title=f"{ctx.facility.name} 인사카드")
    audit.record(ctx, audit.EXPORT, "employee", detail=f"인사카드 {n}명")  # names, phones, e-mails
    return n


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
