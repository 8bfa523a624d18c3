"""Personnel cards in bulk (인사카드 layout): a card per row, found by 사번; all rows saved or none.

A blank resident-number or account cell keeps what the card has (a sheet never wipes them);
other optional columns, when the sheet has them, set the card's value, blank included.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.values import CellError, is_blank, parse_amount, parse_bool, parse_date, parse_int, text
from heemang_desktop.hr import employees as cards
from heemang_desktop.hr.models import Employee
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change

TEXT_COLUMNS = {"직위": "position", "연락처": "phone", "이메일": "email", "은행": "bank_name"}
FLAG_COLUMNS = {"국민연금": "pension", "건강보험": "health", "고용보험": "employment_insurance", "산재보험": "accident_insurance"}
NUMBER_COLUMNS = {"부양가족수": "dependants", "20세이하자녀수": "children_under_20"}
MONEY_COLUMNS = {"기본급": "base_pay", "일급": "daily_wage"}


class _Rollback(Exception):
    pass


def _input(values: dict, present: set[str], start: cards.EmployeeInput | None) -> cards.EmployeeInput:
    """Cells -> EmployeeInput, over the card's current values. CellError carries the column in args[1]."""

    def cell(column, parse):
        try:
            return parse(values.get(column))
        except CellError as exc:
            raise CellError(str(exc), column) from exc

    changes = {
        "employee_no": text(values.get("사번")), "name": text(values.get("성명")),
        "job_type": text(values.get("직종")), "employment_type": text(values.get("고용형태")),
    }
    if is_blank(values.get("입사일")):
        raise CellError("입사일이 비어 있습니다.", "입사일")
    changes["hire_date"] = cell("입사일", parse_date)
    if "퇴사일" in present:
        changes["leave_date"] = None if is_blank(values.get("퇴사일")) else cell("퇴사일", parse_date)
    for column, attr in TEXT_COLUMNS.items():
        if column in present:
            changes[attr] = text(values.get(column))
    for column, attr in FLAG_COLUMNS.items():
        if column in present:
            changes[attr] = cell(column, parse_bool)
    for columns, parse in ((NUMBER_COLUMNS, lambda v: parse_int(v, "숫자")), (MONEY_COLUMNS, parse_amount)):
        for column, attr in columns.items():
            if column in present:
                changes[attr] = 0 if is_blank(values.get(column)) else cell(column, parse)
    if "부양가족수" in present and is_blank(values.get("부양가족수")):
        changes["dependants"] = 1
    for column, attr in (("주민등록번호", "resident_number"), ("계좌번호", "bank_account")):
        if column in present and not is_blank(values.get(column)):
            changes[attr] = text(values.get(column))
    if start is None:
        return cards.EmployeeInput(**changes)
    return replace(start, **changes)  # start has PII as None: kept unless a cell gives a value


def import_employees(ctx, path: Path, dry_run: bool = False, progress=None) -> ImportReport:
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout("employees"), progress)
    report.read = len(rows)
    present = set(sheet.columns)
    if sheet.unknown_columns:
        report.warn(f"양식에 없는 열은 무시했습니다: {', '.join(sheet.unknown_columns)}")
    try:
        with ctx.transaction() as session:
            existing = {e.employee_no: e for e in session.scalars(select(Employee).where(
                Employee.facility_id == ctx.facility.id, Employee.deleted.is_(False)))}
            seen: dict[str, int] = {}
            for row in rows:
                emp_no = text(row.get("사번"))
                if emp_no in seen:
                    report.reject(row.number, "사번", f"{seen[emp_no]}행과 사번이 같습니다: '{emp_no}'")
                    continue
                seen[emp_no] = row.number
                card = existing.get(emp_no)
                try:
                    data = _input(row.values, present, cards.input_from(cards.info(card)) if card else None)
                    target = card or cards.new_row(ctx)
                    changed = cards.apply(ctx, session, target, data)
                except CellError as exc:
                    report.reject(row.number, exc.args[1] if len(exc.args) > 1 else "", exc.args[0])
                    continue
                except ValidationError as exc:
                    report.reject(row.number, exc.field or "", str(exc))
                    continue
                if card is None:
                    report.created += 1
                elif changed:
                    report.updated += 1
                else:
                    report.unchanged += 1
                    continue
                record_change(session, target, actor.login_id)
            if not report.ok or dry_run:
                raise _Rollback
            report.saved = True
    except _Rollback:
        pass
    return report
