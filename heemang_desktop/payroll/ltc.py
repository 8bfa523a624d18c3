"""장기요양 급여대장: the upload workbook (layout "ltc-payroll", excel-templates.md), in and out.

Import (run by excel/pipeline.py): every row is checked (card by 사번 and 성명, month, amounts, sums);
any rejected row saves nothing. Given deductions are kept as entered (hand overrides, flagged where they differ from
the computed ones); missing ones are computed from the year's rate table. Uploaded rows are marked
"엑셀" and a later payroll run leaves them as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from heemang_desktop.excel import writer
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.excel.values import CellError, is_blank, parse_date, parse_int, text
from heemang_desktop.payroll import rates
from heemang_desktop.payroll.compute import DAY_LABORER, PayrollInput, compute
from heemang_desktop.payroll.employer import load_facts
from heemang_desktop.payroll.models import CLOSED
from heemang_desktop.payroll.register import IMPORT, entries_by_employee, find_register, require_register, save_entry
from heemang_desktop.payroll.settings import facility_items
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import batched

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


class _Register(Handler):
    """Each row checked against its card and the month's rates and computed; saved per chunk, the month's
    register and its entries read once (not once per row)."""

    def __init__(self, job):
        super().__init__(job)
        self.cards = _cards(self.ctx)
        self.items = facility_items(self.session, self.ctx.facility.id)
        self.facts = load_facts(self.session, self.ctx.facility.id)
        self.seen: dict = {}
        self.months: dict = {}  # month -> (rates, register or None) or the ValidationError of its rates
        self.entries: dict = {}  # register id -> {employee id: entry}

    def _month(self, month: str):
        found = self.months.get(month)
        if found is None:
            try:
                found = (rates.for_month(month), find_register(self.session, self.ctx, month))
            except ValidationError as exc:
                found = exc
            self.months[month] = found
        return found

    def check(self, row):
        """Every problem of the row is reported (one entry each), then the row is computed and its given
        totals compared with the computation."""
        v, number, report = row.values, row.number, self.report
        emp_no, name, month, gross = v["사번"], v["성명"], v["지급연월"], v["지급총액"]
        before = len(report.rejected)
        card = self.cards.get(emp_no)
        if card is None:
            report.reject(number, "사번", f"인사카드에 없는 사번입니다: {emp_no}")
        elif name != card.name:
            report.reject(number, "성명", f"사번 {emp_no}의 인사카드 성명은 '{card.name}'입니다: '{name}'")
        given = {code: v[col] for col, code in PAY_COLUMNS.items() if v[col] is not None}
        if given and sum(given.values()) != gross:
            report.reject(number, "지급총액",
                          f"지급 항목의 합 {sum(given.values()):,}원이 지급총액 {gross:,}원과 다릅니다.")
        nontax = v["비과세"]
        if nontax is not None and nontax > gross:
            report.reject(number, "비과세", f"비과세 {nontax:,}원이 지급총액보다 큽니다.")
        found = self._month(month)
        if isinstance(found, ValidationError):
            report.reject(number, "지급연월", str(found))
        elif found[1] is not None and found[1].state == CLOSED:
            report.reject(number, "지급연월", f"{month} 급여대장은 마감되어 올릴 수 없습니다.")
        if card is not None:
            first = self.seen.setdefault((card.employee_no, month), number)
            if first != number:
                report.reject(number, "사번", f"{month} {card.employee_no}가 {first}행에도 있습니다.")
        if card is None or isinstance(found, ValidationError) or len(report.rejected) > before:
            return None
        r = found[0]
        inp, overrides = _payroll_input(card, v, given, gross, nontax)
        deductions = {code: v[col] for col, code in DEDUCTION_COLUMNS.items() if v[col] is not None}
        result = compute(inp, r, {**overrides, **deductions}, self.items, self.facts)
        flags: list[str] = []
        if deductions:  # given deductions that differ from the computed ones are flagged
            computed = compute(inp, r, overrides, self.items)
            flags = [f"{line.name} 신고 {deductions[line.code]:,}원 ≠ 계산 {line.amount:,}원" for line in computed.lines
                     if line.code in deductions and deductions[line.code] != line.amount]
        if v["공제총액"] is not None and v["공제총액"] != result.deductions:
            report.reject(number, "공제총액",
                          f"공제총액 {v['공제총액']:,}원이 공제 항목 합계 {result.deductions:,}원과 다릅니다.")
        if v["실지급액"] is not None and v["실지급액"] != result.net:
            report.reject(number, "실지급액",
                          f"실지급액 {v['실지급액']:,}원이 지급총액 − 공제총액 {result.net:,}원과 다릅니다.")
        if len(report.rejected) > before:
            return None
        return month, inp, {**overrides, **deductions}, result, flags

    def save(self, planned: list, write: bool) -> None:
        """The chunk's entries in one batch (sync.outbox.batched: one flush, the outbox rows in bulk); a
        month's register is made first, on its own, so its entries can refer to it."""
        if not write:
            return
        session, ctx, report = self.session, self.ctx, self.report
        for month in dict.fromkeys(p[0] for p in planned):
            r, register = self.months[month]
            if register is None:
                self.months[month] = (r, find_register(session, ctx, month, create=True))
        with session.no_autoflush, batched(session):
            for month, inp, overrides, result, flags in planned:
                register = self.months[month][1]
                entries = self.entries.get(register.id)
                if entries is None:
                    entries = self.entries[register.id] = entries_by_employee(session, register.id)
                outcome = save_entry(session, ctx, register, entries.get(inp.employee_id), inp, result, overrides,
                                     IMPORT, flags)
                setattr(report, outcome, getattr(report, outcome) + 1)


def _payroll_input(card, v: dict, given: dict, gross: int, nontax: int | None):
    """(PayrollInput, overrides) for a row: the card's facts and the row's pay."""
    hours = v["근무시간"]
    base = given.get("base", gross - sum(amount for code, amount in given.items() if code != "base"))
    day_laborer = card.employment_type == DAY_LABORER
    inp = PayrollInput(
        employee_id=card.id, employee_no=card.employee_no, name=card.name, employment_type=card.employment_type,
        job_type=v["직종"] or card.job_type, email=card.email, bank_name=card.bank_name,
        bank_account_masked=card.bank_account_masked, base_pay=0 if day_laborer else base,
        daily_wage=card.daily_wage, work_days=base // card.daily_wage if day_laborer and card.daily_wage else 0,
        regular_minutes=(hours or 0) * 60, dependants=max(card.dependants, 1), children=card.children_under_20,
        pension=card.pension, health=card.health, employment_insurance=card.employment_insurance,
        standing={k: amount for k, amount in given.items() if k in ("other_pay", "treatment") and amount},
        monthly_hours=hours or 0, declared_nontax=nontax if nontax is not None else 0,
    )
    overrides = {k: amount for k, amount in given.items() if k in HOUR_CODES}
    if day_laborer:
        overrides["base"] = base
    return inp, overrides


LTC_PAYROLL = ImportKind(
    name=KIND,
    columns=(
        Column("사번", required=True),
        Column("성명", required=True),
        Column("지급연월", parse=parse_month, required=True),
        Column("지급총액", "amount", required=True),
        Column("직종", "coded"),
        Column("근무시간", parse=lambda v: parse_int(v, "근무시간")),
        *(Column(c, "amount") for c in PAY_COLUMNS),
        Column("비과세", "amount"),
        *(Column(c, "amount") for c in DEDUCTION_COLUMNS),
        Column("공제총액", "amount"),
        Column("실지급액", "amount"),
    ),
    handler=_Register,
)
import_ltc = LTC_PAYROLL


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
    return writer.write_table(Path(path), load_layout(KIND).sheet, HEADERS, rows, MONEY,
                              title=f"{month} 장기요양 급여대장")
