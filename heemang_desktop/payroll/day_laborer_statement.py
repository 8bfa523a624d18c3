"""일용근로소득 지급명세서 as Excel: per day laborer and month, from closed registers.

Monthly since July 2021 (before, one statement a quarter: asking for a month then gives its quarter);
the start month is data in resources/payroll/withholding_return.json. The official statement needs the
full resident number: each is revealed through the audit door (a role that may open 인사; recorded per
person with the statement as its reason) only into the file, and the export itself is recorded in the
transaction that writes the file (no file without its record).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from heemang_desktop.audit import service as audit
from heemang_desktop.payroll.compute import DAY_LABORER
from heemang_desktop.payroll.register import entry_inputs, get_register, input_from_json
from heemang_desktop.payroll.withholding_return import require_closed, rules
from heemang_desktop.store.errors import ValidationError

HEADERS = ("성명", "주민등록번호", "근무월", "근무일수", "과세소득", "비과세", "소득세", "지방소득세", "비고")
MONEY = ("과세소득", "비과세", "소득세", "지방소득세")


@dataclass(frozen=True)
class StatementLine:
    employee_id: str
    name: str
    month: str
    work_days: int
    taxable: int
    nontaxable: int
    income_tax: int
    local_tax: int


def period(month: str) -> tuple[str, ...]:
    """The months one statement covers: the month itself, or before monthly filing its quarter."""
    if month >= rules()["day_laborer_statement"]["monthly_from"]:
        return (month,)
    year, mon = month.split("-")
    start = (int(mon) - 1) // 3 * 3 + 1
    return tuple(f"{year}-{m:02d}" for m in range(start, start + 3))


def statement_lines(ctx, month: str) -> list[StatementLine]:
    """Day laborers of the period's closed registers (the asked month must be closed; in a quarter, the
    other months are taken when they exist and refused when open)."""
    lines = []
    for m in period(month):
        if m != month and get_register(ctx, m) is None:
            continue
        view = require_closed(ctx, m)
        inputs = entry_inputs(ctx, view)
        for e in view.entries:
            if e.employment_type != DAY_LABORER or not e.gross:  # paid nothing: nothing to state
                continue
            days = input_from_json(inputs[e.id]).work_days
            lines.append(StatementLine(e.employee_id, e.name, m, days, e.taxable, e.nontaxable,
                                       e.amount("income_tax"), e.amount("local_tax")))
    return lines


def export_statement(ctx, month: str, path: Path) -> int:
    """The statement workbook; returns the number of lines (person × month)."""
    ctx.require_actor()
    lines = statement_lines(ctx, month)
    register_id = require_closed(ctx, month).id
    months = period(month)
    span = months[0] if len(months) == 1 else f"{months[0]}~{months[-1]}"
    numbers = {}
    for employee_id in dict.fromkeys(ln.employee_id for ln in lines):
        try:
            numbers[employee_id] = audit.reveal(ctx, "employee", employee_id, "resident_number",
                                                f"{span} 일용근로소득 지급명세서 작성").value
        except ValidationError:  # no number on the card: the row says so
            numbers[employee_id] = ""
    rows = [(ln.name, numbers[ln.employee_id], ln.month, ln.work_days, ln.taxable, ln.nontaxable, ln.income_tax,
             ln.local_tax, "" if numbers[ln.employee_id] else "주민등록번호 미등록: 인사카드에 입력하세요")
            for ln in sorted(lines, key=lambda ln: (ln.month, ln.name))]
    with ctx.transaction() as session:
        audit.record_access(session, ctx, audit.EXPORT, "payroll_register", register_id,
                            detail=f"{span} 일용근로소득 지급명세서 (주민등록번호 포함) {len(numbers)}명")
        _write(Path(path), ctx.facility.name, span, rows)
    return len(rows)


def _write(path: Path, facility_name: str, span: str, rows: list[tuple]) -> None:
    from heemang_desktop.excel.writer import write_table

    total = ["합계", f"{len({(r[0], r[1]) for r in rows})}명", "", sum(r[3] for r in rows),
             *(sum(r[i] for r in rows) for i in range(4, 8)), ""]
    write_table(path, "일용근로소득 지급명세서", HEADERS, [*rows, total], MONEY,
                title=f"일용근로소득 지급명세서 {span} ({facility_name}) — 주민등록번호 포함: 제출 후 파일을 지우세요",
                widths={"주민등록번호": 18, "비고": 40})
