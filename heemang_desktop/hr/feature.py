"""HR: personnel cards, attendance, leave, trips, training, day laborers; payroll later."""
from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.hr.models",),
    commands=("heemang_desktop.hr.cli",),
    imports={
        "employees": ImportRef("heemang_desktop.hr.employee_import:EMPLOYEES"),
        "attendance": ImportRef("heemang_desktop.hr.attendance_import:ATTENDANCE", ("xlsx", "csv")),
    },
    templates={
        "employees": "heemang_desktop.hr.workbooks:write_employee_template",
        "attendance": "heemang_desktop.hr.workbooks:write_attendance_template",
    },
    pages={
        "hr.employees": "heemang_desktop.gui.hr.employees:EmployeesPage",
        "hr.attendance": "heemang_desktop.gui.hr.attendance:AttendancePage",
        "hr.leave": "heemang_desktop.gui.hr.leave:LeavePage",
    },
    entities={"employee": "인사카드", "attendance": "근태", "leave": "휴가", "trip": "출장", "training": "교육",
              "holiday": "시설 휴일"},
)
