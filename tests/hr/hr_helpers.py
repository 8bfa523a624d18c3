"""Shared builders for HR tests: cards, and workbooks made the way people make them by hand."""

from __future__ import annotations

from datetime import date

from heemang_desktop.hr import employees as cards


def card(ctx, no="E001", name="김요양", employment_type="정규", hire=date(2024, 3, 2), **extra):
    data = cards.EmployeeInput(employee_no=no, name=name, job_type=extra.pop("job_type", "요양보호사"),
                               employment_type=employment_type, hire_date=hire,
                               daily_wage=extra.pop("daily_wage", 120000 if employment_type == "일용" else 0), **extra)
    return cards.create_employee(ctx, data)


def workbook(path, rows, header=("사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고"),
             title_rows=(), merge_title=False, total_row=False, sheet="일일근태"):
    """An xlsx written with openpyxl: optional merged title rows above the header, a trailing 합계 row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for t in title_rows:
        ws.append([t])
    if merge_title and title_rows:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    if total_row:
        ws.append(["합계", None, None, None, None, len(rows)])
    wb.save(path)
    return path
