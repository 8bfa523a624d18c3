"""Daily-attendance upload benchmark: `python tests/bench/bench_hr.py [--quick]`.

Builds 20,000-row (200 staff x 100 days) and 100,000-row (1,000 staff x 100 days) workbooks, then, each
measurement in a fresh subprocess (so peak RSS belongs to that run alone):
- calamine's bare read and openpyxl read-only's bare read of the same file;
- the import end to end (read, validate, bulk save with outbox entries) into a fresh store, and a
  --dry-run of it in a process of its own (read and check only);
- the same file again (every row unchanged);
- for comparison, the import saving with `record_change` once per row instead of in bulk.
Prints medians, the ratios the issue asks for, and peak RSS (beside calamine's own, which holds the
whole sheet: python-calamine has no streaming reader).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))


def make_workbook(path: Path, staff: int, days: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("일일근태")
    ws.append(["희망요양원 일일근태"])
    ws.append(["사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고"])
    first = date(2026, 1, 1)
    for d in range(days):
        day = first + timedelta(days=d)
        for s in range(staff):
            night = s % 10 == 0
            check_in, check_out = (dtime(22), dtime(7)) if night else (dtime(9, s % 3 * 10), "18:00")
            ws.append([f"E{s:04d}", day, f"직원{s:04d}", check_in, check_out, "", "야간" if night else ""])
    ws.append(["합계"])
    wb.save(path)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _store(tmp: Path, staff: int):
    import keyring
    from memkeyring import MemoryKeyring

    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.hr.models import Employee
    from heemang_desktop.settings import Paths

    keyring.set_keyring(MemoryKeyring())
    ctx = initialize(Paths(tmp / "data"),
                     SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자", None)).context
    with ctx.transaction() as session:  # cards are not what is measured: plain inserts
        session.execute(Employee.__table__.insert(), [dict(
            id=f"00000000-0000-0000-0000-{s:012d}", facility_id=ctx.facility.id, employee_no=f"E{s:04d}",
            name=f"직원{s:04d}", job_type="요양보호사", position="", employment_type="정규", hire_date=date(2020, 1, 1),
            phone="", email="", address="", bank_name="", base_pay=2_500_000, daily_wage=0, dependants=1,
            children_under_20=0, pension=True, health=True, employment_insurance=True, accident_insurance=True,
            licences="[]", photo_file="", note="", version=1, deleted=False, created_by="admin",
            updated_by="admin") for s in range(staff)])
    return ctx


def child(mode: str, path: str, staff: int) -> dict:
    path = Path(path)
    if mode == "calamine":
        from python_calamine import CalamineWorkbook

        t = time.perf_counter()
        n = sum(1 for _ in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("일일근태").iter_rows())
        return {"seconds": time.perf_counter() - t, "rows": n, "rss_mb": rss_mb()}
    if mode == "openpyxl":
        from openpyxl import load_workbook

        t = time.perf_counter()
        wb = load_workbook(path, read_only=True)
        n = sum(1 for _ in wb["일일근태"].iter_rows(values_only=True))
        wb.close()
        return {"seconds": time.perf_counter() - t, "rows": n, "rss_mb": rss_mb()}
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _store(Path(tmp), staff)
        from heemang_desktop.hr.attendance_import import import_attendance

        if mode == "dry":
            t = time.perf_counter()
            report = import_attendance(ctx, path, dry_run=True)
            result = {"seconds": time.perf_counter() - t, "created": report.created, "rss_mb": rss_mb()}
        elif mode == "import":
            setup_rss = rss_mb()
            t = time.perf_counter()
            report = import_attendance(ctx, path)
            first = time.perf_counter() - t
            rss = rss_mb()
            t = time.perf_counter()
            again = import_attendance(ctx, path)
            second = time.perf_counter() - t
            assert report.ok and again.unchanged == report.created, (report.as_dict(), again.as_dict())
            result = {"seconds": first, "again_seconds": second, "created": report.created, "rss_mb": rss,
                      "setup_rss_mb": setup_rss}
        else:  # "per_row": the same plan saved with record_change once per row
            result = _per_row(ctx, path)
        ctx.close()
        return result


def _per_row(ctx, path: Path) -> dict:
    from heemang_desktop.hr import attendance_import
    from heemang_desktop.hr.models import Attendance
    from heemang_desktop.sync.outbox import record_change

    def one_by_one(session, model, rows, actor_id):  # a fresh store: every row is new
        for values in rows:
            values.pop("version")
            record_change(session, Attendance(**values), actor_id)

    attendance_import.record_changes = one_by_one
    t = time.perf_counter()
    report = attendance_import.import_attendance(ctx, path)
    return {"seconds": time.perf_counter() - t, "created": report.created, "rss_mb": rss_mb()}


def run(mode: str, path: Path, staff: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), str(staff)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(quick: bool) -> None:
    repeats = 1 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        sizes = [(200, 100)] + ([] if quick else [(1000, 100)])
        for staff, days in sizes:
            path = Path(tmp) / f"att_{staff * days}.xlsx"
            make_workbook(path, staff, days)
            n = staff * days
            results = {mode: [run(mode, path, staff) for _ in range(repeats)]
                       for mode in ("calamine", "openpyxl", "import", "dry")}
            med = {mode: statistics.median(r["seconds"] for r in rs) for mode, rs in results.items()}
            again = statistics.median(r["again_seconds"] for r in results["import"])
            dry = med["dry"]
            setup = max(r["setup_rss_mb"] for r in results["import"])
            rss = max(r["rss_mb"] for r in results["import"])
            floor = max(r["rss_mb"] for r in results["calamine"])
            print(f"\n{n:,} rows ({staff} staff x {days} days), {path.stat().st_size / 1e6:.1f} MB,"
                  f" median of {repeats}")
            print(f"  calamine bare read        {med['calamine']:.3f} s")
            print(f"  openpyxl read-only read   {med['openpyxl']:.3f} s")
            print(f"  import end to end         {med['import']:.3f} s   ({results['import'][0]['created']:,} created)")
            print(f"  --dry-run (read, check)   {dry:.3f} s   ({dry / med['calamine']:.1f}x calamine: no writes)")
            print(f"  same file again           {again:.3f} s   (all unchanged)")
            print(f"  ratio import / calamine   {med['import'] / med['calamine']:.1f}x   (goal <= 3x)")
            print(f"  ratio import / openpyxl   {med['import'] / med['openpyxl']:.2f}x   (goal < 1)")
            print(f"  peak RSS during import    {rss:.0f} MB   (app and store open: {setup:.0f} MB; "
                  f"calamine's bare read alone: {floor:.0f} MB)")
            if n == 20_000:
                per_row = run("per_row", path, staff)
                print(f"  with record_change per row {per_row['seconds']:.3f} s   (instead of the bulk save)")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        main(quick="--quick" in sys.argv)
