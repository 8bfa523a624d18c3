"""HR's door: what the GUI, the CLI and other features (payroll) may call. Everything else in `hr/`
is internal and may change without notice.
"""

from __future__ import annotations

from heemang_desktop.hr.attendance import (
    DayEntry,
    GridRow,
    MonthGrid,
    MonthSummary,
    clear_day,
    clear_days,
    days_of,
    enter_day,
    month_grid,
    month_range,
    month_summary,
    parse_entry,
    record_day,
)
from heemang_desktop.hr.codes import attendance_statuses, employment_types, job_types, leave_types
from heemang_desktop.hr.employees import (
    EmployeeInfo,
    EmployeeInput,
    Licence,
    bank_accounts_for_transfer,
    create_employee,
    delete_employee,
    find_by_resident_number,
    get_employee,
    input_from,
    list_employees,
    retire_employee,
    save_employee,
    update_employee,
)
from heemang_desktop.hr.holidays import HolidayInfo, add_holiday, list_holidays, remove_holiday
from heemang_desktop.hr.hours import Limits, statutory_limits
from heemang_desktop.hr.leave import (
    ActivityInfo,
    AnnualBalance,
    LeaveInfo,
    add_activity,
    annual_balance,
    cancel_leave,
    decide_leave,
    list_activities,
    list_leaves,
    remove_activity,
    request_leave,
)
from heemang_desktop.hr.pay_hours import month_hours
from heemang_desktop.hr.photos import photo_bytes, set_photo
from heemang_desktop.hr.workbooks import (
    export_attendance,
    export_employees,
    write_attendance_template,
    write_employee_template,
)

__all__ = [
    "ActivityInfo",
    "AnnualBalance",
    "DayEntry",
    "EmployeeInfo",
    "EmployeeInput",
    "GridRow",
    "HolidayInfo",
    "LeaveInfo",
    "Licence",
    "Limits",
    "MonthGrid",
    "MonthSummary",
    "add_activity",
    "add_holiday",
    "annual_balance",
    "attendance_statuses",
    "bank_accounts_for_transfer",
    "cancel_leave",
    "clear_day",
    "clear_days",
    "create_employee",
    "days_of",
    "decide_leave",
    "delete_employee",
    "employment_types",
    "enter_day",
    "export_attendance",
    "export_employees",
    "find_by_resident_number",
    "get_employee",
    "input_from",
    "job_types",
    "leave_types",
    "list_activities",
    "list_employees",
    "list_holidays",
    "list_leaves",
    "month_grid",
    "month_hours",
    "month_range",
    "month_summary",
    "parse_entry",
    "photo_bytes",
    "record_day",
    "remove_activity",
    "remove_holiday",
    "request_leave",
    "retire_employee",
    "save_employee",
    "set_photo",
    "statutory_limits",
    "update_employee",
    "write_attendance_template",
    "write_employee_template",
]


def names_query(facility_id: str):
    """Employees' names (the name column alone, never a sealed number) as a select the personal-data
    guard streams in batches (inquiries/names.py)."""
    from sqlalchemy import select

    from heemang_desktop.hr.models import Employee

    return select(Employee.name).where(Employee.facility_id == facility_id, Employee.deleted.is_(False))
