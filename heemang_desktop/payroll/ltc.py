"""장기요양 급여대장: the upload workbook (layout "ltc-payroll", excel-templates.md), in and out.

Import: every row is checked first (card by 사번 and 성명, month, amounts, sums); any rejected row
saves nothing. Given deductions are kept as entered (hand overrides, flagged where they differ from
the computed ones); missing ones are computed from the year's rate table. Uploaded rows are marked
"엑셀" and a later payroll run leaves them as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.values import CellError, is_blank, parse_amount, parse_date, parse_int, text
from heemang_desktop.excel import writer
from heemang_desktop.payroll import rates
from heemang_desktop.payroll.compute import DAY_LABORER, PayrollInput, compute
from heemang_desktop.payroll.employer import load_facts
from heemang_desktop.payroll.models import CLOSED
from heemang_desktop.payroll.register import IMPORT, entries_by_employee, find_register, require_register, save_entry
from heemang_desktop.payroll.settings import facility_items
from heemang_desktop.store.errors import ValidationError

KIND = "ltc-payroll"
PAY_COLUMNS = {"기본급": "base", "제수당": "other_pay", "시간외수당": "overtime", "야간수당": "night",
               "휴일수당": "holiday", "처우개선비": "treatment"}
DEDUCTION_COLUMNS = {"국민연금": "pension", "건강보험": "health", "장기요양보험": "ltc", "고용보험": "employment",
                     "소득세": "income_tax", "지방소득세": "local_tax", "기타공제": "other_deduction"}
HOUR_CODES = ("overtime", "night", "holiday")


def write_template(path: Path) -> None:
    writer.write_template(Path(path), load_layout(KIND))


def parse_month(value) -> str:
    if not isinstance(value, str) and not is_blank(value) and not isinstance(value, (int, float)):
        d = parse_date(value)
        return f"{d.year}-{d.month:02d}"
    s = text(value)
    m = re.fullmatch(r"(\d{4})\s*[-./년]?\s*(\d{1,2})\s*월?", s)
    if not m or not 1 <= int(m[2]) <= 12:
        raise CellError(f"지급연월 형식이 아닙니다: '{s}' (예: 2026-09)")
    return f"{m[1]}-{int(m[2]):02d}"


def _cards(ctx) -> dict:
    from heemang_desktop.hr.service import list_employees

    return {c.employee_no: c for c in list_employees(ctx)}


def _plan_row(row, cards: dict, report: ImportReport):
    """(month, PayrollInput, overrides, given totals) or None after rejecting the row."""
    def cell(col, parse=parse_amount):
        raw = row.get(col)
        if is_blank(raw):
            return None
        try:
            return parse(raw)
        except CellError as exc:
            report.reject(row.number, col, str(exc))
            raise

    try:
        number, name = text(row.get("사번")), text(row.get("성명"))
        if not number:
            report.reject(row.number, "사번", "사번이 비어 있습니다.")
            return None
        month = cell("지급연월", parse_month)
        gross = cell("지급총액")
        pays = {code: cell(col) for col, code in PAY_COLUMNS.items()}
        nontax = cell("비과세")
        hours = cell("근무시간", lambda v: parse_int(v, "근무시간"))
        deductions = {code: cell(col) for col, code in DEDUCTION_COLUMNS.items()}
        total_deductions, net = cell("공제총액"), cell("실지급액")
    except CellError:
        return None
    card = cards.get(number)
    if card is None:
        report.reject(row.number, "사번", f"인사카드에 없는 사번입니다: {number}")
        return None
    if name and name != card.name:
        report.reject(row.number, "성명", f"사번 {number}의 인사카드 성명은 '{card.name}'입니다: '{name}'")
        return None
    if month is None or gross is None:
        report.reject(row.number, "지급연월" if month is None else "지급총액", "필수 값이 비어 있습니다.")
        return None
    given = {k: v for k, v in pays.items() if v is not None}
    if given and sum(given.values()) != gross:
        report.reject(row.number, "지급총액", f"지급 항목의 합 {sum(given.values()):,}원이 지급총액 {gross:,}원과 다릅니다.")
        return None
    if nontax is not None and nontax > gross:
        report.reject(row.number, "비과세", f"비과세 {nontax:,}원이 지급총액보다 큽니다.")
        return None
    base = given.get("base", gross - sum(v for k, v in given.items() if k != "base"))
    day_laborer = card.employment_type == DAY_LABORER
    inp = PayrollInput(
        employee_id=card.id, employee_no=card.employee_no, name=card.name, employment_type=card.employment_type,
        job_type=text(row.get("직종")) or card.job_type, email=card.email, bank_name=card.bank_name,
        bank_account_masked=card.bank_account_masked, base_pay=0 if day_laborer else base,
        daily_wage=card.daily_wage, work_days=base // card.daily_wage if day_laborer and card.daily_wage else 0,
        regular_minutes=(hours or 0) * 60, dependants=max(card.dependants, 1), children=card.children_under_20,
        pension=card.pension, health=card.health, employment_insurance=card.employment_insurance,
        standing={k: v for k, v in given.items() if k in ("other_pay", "treatment") and v},
        monthly_hours=hours or 0, declared_nontax=nontax if nontax is not None else 0,
    )
    overrides = {k: v for k, v in given.items() if k in HOUR_CODES}
    if day_laborer:
        overrides["base"] = base
    return month, inp, overrides, {k: v for k, v in deductions.items() if v is not None}, total_deductions, net


def import_ltc(ctx, path: Path, dry_run: bool = False, progress=None) -> ImportReport:
    ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout(KIND), progress)
    report.read = len(rows)
    if sheet.unknown_columns:
        report.warn(f"양식에 없는 열은 무시했습니다: {', '.join(sheet.unknown_columns)}")
    cards = _cards(ctx)
    planned, seen = [], {}
    with ctx.transaction() as session:
        items = facility_items(session, ctx.facility.id)
        facts = load_facts(session, ctx.facility.id)
        for row in rows:
            plan = _plan_row(row, cards, report)
            if plan is None:
                continue
            month, inp, overrides, given, total_deductions, net = plan
            key = (inp.employee_no, month)
            if key in seen:
                report.reject(row.number, "사번", f"{month} {inp.employee_no}가 {seen[key]}행에도 있습니다.")
                continue
            seen[key] = row.number
            try:
                r = rates.for_month(month)
            except ValidationError as exc:
                report.reject(row.number, "지급연월", str(exc))
                continue
            register = find_register(session, ctx, month)
            if register is not None and register.state == CLOSED:
                report.reject(row.number, "지급연월", f"{month} 급여대장은 마감되어 올릴 수 없습니다.")
                continue
            computed = compute(inp, r, overrides, items)
            result = compute(inp, r, {**overrides, **given}, items, facts)
            flags = [f"{line.name} 신고 {given[line.code]:,}원 ≠ 계산 {line.amount:,}원" for line in computed.lines
                     if line.code in given and given[line.code] != line.amount]
            if total_deductions is not None and total_deductions != result.deductions:
                report.reject(row.number, "공제총액",
                              f"공제총액 {total_deductions:,}원이 공제 항목 합계 {result.deductions:,}원과 다릅니다.")
                continue
            if net is not None and net != result.net:
                report.reject(row.number, "실지급액", f"실지급액 {net:,}원이 지급총액 − 공제총액 {result.net:,}원과 다릅니다.")
                continue
            planned.append((month, inp, {**overrides, **given}, result, flags))
        if not report.ok or dry_run:
            return report
        for month, inp, overrides, result, flags in planned:
            register = find_register(session, ctx, month, create=True)
            existing = entries_by_employee(session, register.id).get(inp.employee_id)
            outcome = save_entry(session, ctx, register, existing, inp, result, overrides, IMPORT, flags)
            setattr(report, outcome, getattr(report, outcome) + 1)
        report.saved = True
    return report


HEADERS = ["사번", "성명", "지급연월", "직종", "근무시간", *PAY_COLUMNS, "비과세", "지급총액", *DEDUCTION_COLUMNS,
           "공제총액", "실지급액"]
MONEY = [h for h in HEADERS if h not in ("사번", "성명", "지급연월", "직종", "근무시간")]


def export_ltc(ctx, month: str, path: Path) -> int:
    """The month's register in the upload layout; returns the number of rows."""
    from heemang_desktop.payroll.register import entry_inputs, input_from_json

    view = require_register(ctx, month)
    inputs = entry_inputs(ctx, view)
    rows = []
    for e in view.entries:
        inp = input_from_json(inputs[e.id])
        named = {code: e.amount(code) for code in ("base", "overtime", "night", "holiday", "treatment")}
        others = e.gross - sum(named.values())
        listed = sum(e.amount(c) for c in DEDUCTION_COLUMNS.values() if c != "other_deduction")
        hours = inp.monthly_hours or (inp.regular_minutes + inp.overtime_minutes) // 60
        rows.append([e.employee_no, e.name, month, e.job_type, hours or None, named["base"], others, named["overtime"],
                     named["night"], named["holiday"], named["treatment"], e.nontaxable, e.gross,
                     *(e.amount(c) for c in DEDUCTION_COLUMNS.values() if c != "other_deduction"),
                     e.deductions - listed, e.deductions, e.net])
    return writer.write_table(Path(path), load_layout(KIND).sheet, HEADERS, rows, MONEY, title=f"{month} 장기요양 급여대장")
