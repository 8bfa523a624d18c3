"""급여대장 as a workbook: the month's rows with the columns the register screen shows, then a 합계 row."""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.excel import writer
from heemang_desktop.payroll.register import require_register

DEDUCTIONS = (("국민연금", "pension"), ("건강보험", "health"), ("장기요양", "ltc"), ("고용보험", "employment"),
              ("소득세", "income_tax"), ("지방소득세", "local_tax"))
HEADERS = ["사번", "성명", "고용형태", "직종", "지급총액", "비과세", *(name for name, _code in DEDUCTIONS), "공제총액",
           "실지급액", "사업주부담", "확인"]
MONEY = HEADERS[4:-1]


def export_register(ctx, month: str, path: Path) -> int:
    """The month's register; returns the number of employees."""
    view = require_register(ctx, month)
    figures = [[e.gross, e.nontaxable, *(e.amount(code) for _name, code in DEDUCTIONS), e.deductions, e.net,
                e.employer] for e in view.entries]
    rows: list[list] = [[e.employee_no, e.name, e.employment_type, e.job_type, *money, " · ".join(e.flags)]
                        for e, money in zip(view.entries, figures, strict=True)]
    totals = ["합계", f"{len(rows)}명", "", "", *(sum(column) for column in zip(*figures, strict=True)), ""]
    year, mon = month.split("-")
    state = "마감" if view.closed else "작성 중"
    writer.write_table(Path(path), "급여대장", HEADERS, [*rows, totals], MONEY,
                       title=f"{year}년 {int(mon)}월 급여대장 ({ctx.facility.name}, {state})", widths={"확인": 40})
    return len(rows)
