"""Payroll benchmark: a 300-employee month — run from HR cards and attendance, re-run, and its 300 payslip PDFs;
then the database side of e-mailing them (prepare the batch; 'sending' + result commits per recipient, SMTP left out).

Goal (issue 6): the month runs, and its 300 payslips render, each in under 10 s.

    python tests/bench/bench_payroll.py [--employees 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

GOAL = 10.0
JOBS = ("사회복지사", "요양보호사", "간호조무사", "조리원")


def staff_month(ctx, n: int, month: str) -> None:
    """n cards (a tenth day laborers, a tenth part-timers) and a month of attendance through HR's upload."""
    from openpyxl import Workbook

    from heemang_desktop.hr.attendance_import import import_attendance
    from heemang_desktop.hr.employees import EmployeeInput, create_employee

    year, mon = (int(p) for p in month.split("-"))
    first = date(year, mon, 1)
    wb = Workbook()
    ws = wb.active
    ws.title = "일일근태"
    ws.append(["사번", "근무일자", "출근시각", "퇴근시각"])
    for i in range(n):
        kind = "일용" if i % 10 == 9 else "단시간" if i % 10 == 8 else "정규"
        no = f"E{i:04d}"
        create_employee(ctx, EmployeeInput(
            employee_no=no, name=f"직원{i:03d}", job_type=JOBS[i % 4], employment_type=kind, hire_date=date(2024, 1, 2),
            base_pay=0 if kind == "일용" else 900_000 if kind == "단시간" else 2_300_000 + i * 3_000,
            daily_wage=130_000 if kind == "일용" else 0, dependants=1 + i % 4, children_under_20=i % 3,
            email=f"e{i}@example.org"))
        for d in range(28):
            day = first + timedelta(days=d)
            if day.month != mon or day.weekday() == 5:
                continue
            night = i % 3 == 0 and d % 4 == 0
            start, end = (clock(22), clock(7)) if night else (clock(9), clock(19 if d % 5 == 0 else 18))
            ws.append([no, day, start, end])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "attendance.xlsx"
        wb.save(path)
        report = import_attendance(ctx, path)
        assert report.ok, report.summary_text()


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.payroll import employer, mailer, payslip, register
    from heemang_desktop.render.pdf import html_to_pdf
    from heemang_desktop.settings import Paths

    month = "2026-09"
    with tempfile.TemporaryDirectory() as tmp:
        ctx = initialize(Paths(Path(tmp) / "data"), SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리",
                                                               "관리자")).context
        setup, _ = timed(staff_month, ctx, args.employees, month)
        employer.save_facts(ctx, month, "under_150", "0.66")
        first, result = timed(register.run_month, ctx, month)
        assert result.created == args.employees
        reruns = [timed(register.run_month, ctx, month)[0] for _ in range(args.runs)]
        pdfs = []
        for r in range(args.runs):
            seconds, files = timed(payslip.export_payslips, ctx, month, Path(tmp) / f"pdf{r}", html_to_pdf)
            assert len(files) == args.employees
            pdfs.append(seconds)
        mailer.save_settings(ctx,
                             mailer.SmtpSettings(host="127.0.0.1", port=25, security="none", sender="p@example.org"))
        prepare, batch = timed(mailer.prepare, ctx, month, html_to_pdf)
        assert len(batch.outgoing) == args.employees

        def mark_and_record():
            for item in batch.outgoing:
                mailer.mark_sending(ctx, item)
                mailer.record_result(ctx, item, mailer.Delivery(item.employee_no, item.name, item.recipient, "sent"))

        commits, _ = timed(mark_and_record)
        employer_total = register.get_register(ctx, month).total("employer")
        ctx.close()
    rerun, pdf = statistics.median(reruns), statistics.median(pdfs)
    print(f"setup (cards + attendance upload, not timed against the goal): {setup:.2f} s")
    print(f"payroll run, {args.employees} employees, first (creates rows): {first:.2f} s"
          f"  ratio to goal {first / GOAL:.2f}")
    print(f"payroll re-run (median of {args.runs}, nothing changes): {rerun:.2f} s  ratio {rerun / GOAL:.2f}")
    print(f"{args.employees} payslip PDFs (median of {args.runs}): {pdf:.2f} s"
          f"  ({pdf / args.employees * 1000:.0f} ms each)  ratio {pdf / GOAL:.2f}")
    print(f"mail prepare on the database thread ({args.employees} PDFs + messages): {prepare:.2f} s"
          f"  ratio {prepare / GOAL:.2f}")
    print(f"mail 'sending' + result commits, {2 * args.employees} transactions: {commits:.2f} s "
          f"({commits / args.employees * 1000:.1f} ms per recipient, SMTP not included)")
    print(f"employer shares on the register: {employer_total:,} won")
    ok = first < GOAL and rerun < GOAL and pdf < GOAL and prepare < GOAL
    print("goal met" if ok else "GOAL MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
