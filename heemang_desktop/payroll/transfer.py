"""이체 목록: the month's net pay per employee as an Excel sheet for the bank."""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.audit import service as audit
from heemang_desktop.excel import writer
from heemang_desktop.hr.service import bank_accounts_for_transfer
from heemang_desktop.payroll.register import require_register

HEADERS = ["사번", "성명", "은행", "계좌번호", "이체금액", "적요"]


def export_transfers(ctx, month: str, path: Path) -> tuple[int, int]:
    """(rows, total won). Employees with nothing to pay are left out.

    The bank needs whole account numbers: HR decrypts them for the paying roles only, and they
    exist in plain text only in this file, which the user asked for.
    """
    view = require_register(ctx, month)
    year, mon = month.split("-")
    paid = [e for e in view.entries if e.net > 0]
    accounts = bank_accounts_for_transfer(ctx, [e.employee_id for e in paid])
    rows = [[e.employee_no, e.name, e.bank_name, accounts.get(e.employee_id, ""), e.net, f"{int(mon)}월 급여"]
            for e in paid]
    total = sum(e.net for e in paid)
    rows.append(["합계", "", "", "", total, f"{len(rows)}명"])
    writer.write_table(Path(path), "이체목록", HEADERS, rows, ["이체금액"],
                       title=f"{year}년 {int(mon)}월 급여 이체 목록 ({ctx.facility.name})",
                       widths={"계좌번호": 24, "성명": 12})
    audit.record(ctx, audit.EXPORT, "payroll_register", view.id, detail=f"{month} 급여 이체목록 {len(rows) - 1}명")
    return len(rows) - 1, total
