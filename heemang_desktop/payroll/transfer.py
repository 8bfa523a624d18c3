"""이체 목록: the month's net pay per employee as an Excel sheet for the bank."""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.excel import writer
from heemang_desktop.payroll.register import require_register

HEADERS = ["사번", "성명", "은행", "계좌번호", "이체금액", "적요"]


def export_transfers(ctx, month: str, path: Path) -> tuple[int, int]:
    """(rows, total won). Employees with nothing to pay are left out.

    Account numbers come masked from HR's cards (HR exposes no plain account to other features):
    the sheet says so in its title, and the bank's own upload needs them filled in.
    """
    view = require_register(ctx, month)
    year, mon = month.split("-")
    rows = [[e.employee_no, e.name, e.bank_name, e.bank_account_masked, e.net, f"{int(mon)}월 급여"]
            for e in view.entries if e.net > 0]
    total = sum(r[4] for r in rows)
    rows.append(["합계", "", "", "", total, f"{len(rows)}명"])
    writer.write_table(Path(path), "이체목록", HEADERS, rows, ["이체금액"],
                       title=f"{year}년 {int(mon)}월 급여 이체 목록 ({ctx.facility.name}) — 계좌번호는 가려져 있습니다",
                       widths={"계좌번호": 24, "성명": 12})
    return len(rows) - 1, total
