"""Import benchmark, every kind on the one pipeline: `python tests/bench/bench_import.py [--rows 20000] [--kinds a,b]`.

For each kind it writes a workbook of N rows the way the template asks, then, each measurement in a
fresh subprocess (so peak RSS belongs to that run alone):
- calamine's bare read of the same file (every row of the sheet);
- the bulk-insert floor: N rows into a scratch copy of the kind's table and N outbox-sized rows into
  a scratch copy of the outbox, with plain executemany, in the same kind of store;
- the import end to end into a fresh store (read, check, save with outbox entries), and its peak RSS;
  the same at N/2 rows, for "memory flat in the row count";
- for kinds that seal resident/account numbers, the AES-GCM sealing of N values alone.
Prints the goal's ratio: import / (3 x calamine + floor) must stay <= 1.
Budget is left out: a budget file has one row per account and revision (a few hundred rows at most).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

KINDS = ("attendance", "employees", "subjects", "resolutions", "ltc-payroll")
TABLE = {"attendance": "hr_attendance", "employees": "hr_employee", "subjects": "subject",
         "resolutions": "acc_resolution_line", "ltc-payroll": "payroll_entry"}
SHEET = {"attendance": "일일근태", "employees": "인사카드", "subjects": "대상자", "resolutions": "결의서",
         "ltc-payroll": "장기요양 급여대장"}
STAFF = 200  # attendance: 200 staff x N/200 days; ltc-payroll: N/12 staff x the 12 months of 2026


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rrn(i: int) -> str:
    """A resident number with a valid check digit (a miss is a warning per row)."""
    birth = date(1940, 1, 1) + timedelta(days=i % 20000)
    head = f"{birth:%y%m%d}{1 + i % 2}{i % 1000000:06d}"[:12]
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return f"{head[:6]}-{head[6:]}{check}"


def make_workbook(kind: str, path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET[kind])
    ws.append([f"희망요양원 {SHEET[kind]}"])
    if kind == "attendance":
        ws.append(["사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고"])
        for d in range(n // STAFF):
            day = date(2026, 1, 1) + timedelta(days=d)
            for s in range(STAFF):
                ws.append([f"E{s:05d}", day, f"직원{s:05d}", "09:00", "18:00", "", ""])
    elif kind == "employees":
        ws.append(["사번", "성명", "직종", "고용형태", "입사일", "주민등록번호", "은행", "계좌번호", "기본급",
                   "부양가족수", "국민연금", "건강보험", "고용보험", "산재보험"])
        for i in range(n):
            ws.append([f"E{i:05d}", f"직원{i:05d}", "요양보호사", "정규", "2024-03-02", rrn(i), "농협",
                       f"301-{i:04d}-5678-11", "2,300,000", 1, "Y", "Y", "Y", "Y"])
    elif kind == "subjects":
        ws.append(["대상자번호", "성명", "주민등록번호", "입소일", "보장구분", "장기요양등급", "보호자성명",
                   "보호자관계", "보호자연락처", "무연고", "비고"])
        for i in range(n):
            ws.append([f"S-{i:06d}", f"대상자{i:06d}", rrn(i), "2026-09-01", "일반", "3등급", "김보호", "딸",
                       "010-1111-2222", "", ""])
    elif kind == "resolutions":
        ws.append(["결의키", "구분", "결의일자", "사업명", "예산과목", "금액", "적요", "재원", "거래처", "결제방법",
                   "비고"])
        for i in range(n):
            ws.append([f"K{i // 2:06d}", "지출", date(2026, 1, 1) + timedelta(days=i // 2 % 300), "어르신 나들이",
                       "321" if i % 2 else "여비", 1000, "버스 임차", "보조금", "희망관광", "계좌이체", ""])
    else:
        ws.append(["사번", "성명", "지급연월", "기본급", "지급총액"])
        for m in range(1, 13):  # one year: rate tables are per year
            month = f"2026-{m:02d}"
            for s in range(n // 12):
                ws.append([f"E{s:05d}", f"직원{s:05d}", month, 2_500_000, 2_500_000])
    ws.append(["합계"])
    wb.save(path)


def _store(tmp: Path, kind: str, n: int):
    import keyring
    from memkeyring import MemoryKeyring

    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.settings import Paths

    keyring.set_keyring(MemoryKeyring())
    ctx = initialize(Paths(tmp / "data"), SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자",
                                                     None)).context
    staff = STAFF if kind == "attendance" else n // 12 if kind == "ltc-payroll" else 0
    if staff:
        from heemang_desktop.hr.models import Employee

        with ctx.transaction() as session:  # cards are not what is measured: plain inserts
            session.execute(Employee.__table__.insert(), [dict(
                id=f"00000000-0000-0000-0000-{s:012d}", facility_id=ctx.facility.id, employee_no=f"E{s:05d}",
                name=f"직원{s:05d}", job_type="요양보호사", position="", employment_type="정규",
                hire_date=date(2020, 1, 1), phone="", email="", address="", bank_name="", base_pay=2_500_000,
                daily_wage=0, dependants=1, children_under_20=0, pension=True, health=True,
                employment_insurance=True, accident_insurance=True, licences="[]", photo_file="", note="",
                version=1, deleted=False, created_by="admin", updated_by="admin") for s in range(staff)])
    if kind == "resolutions":
        from heemang_desktop.accounting.budget import set_budget

        for code in ("321", "131"):
            set_budget(ctx, 2026, "세출", code, 10_000_000_000, 0)
    return ctx


def _floor(ctx, kind: str, n: int) -> float:
    """N rows into a scratch copy of the kind's table, N outbox-sized rows into a copy of the outbox."""
    from sqlalchemy import text

    from heemang_desktop.sync.models import OutboxEntry

    table = TABLE[kind]
    with ctx.transaction() as session:
        conn = session.connection().connection.driver_connection
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        conn.execute(f"CREATE TEMP TABLE floor_rows AS SELECT * FROM {table} WHERE 0")
        conn.execute(f"CREATE TEMP TABLE floor_outbox AS SELECT * FROM {OutboxEntry.__tablename__} WHERE 0")
        ocols = [r[1] for r in conn.execute(f"PRAGMA table_info({OutboxEntry.__tablename__})")]
        payload = json.dumps({c: "x" * 12 for c in cols}, ensure_ascii=False)
        t = time.perf_counter()
        conn.executemany(f"INSERT INTO floor_rows VALUES ({', '.join('?' * len(cols))})",
                         ([f"{i:036d}"] + [i] * (len(cols) - 1) for i in range(n)))
        conn.executemany(f"INSERT INTO floor_outbox VALUES ({', '.join('?' * len(ocols))})",
                         ([i] + [payload if c == "payload" else f"{i:036d}" for c in ocols[1:]] for i in range(n)))
        seconds = time.perf_counter() - t
        session.execute(text("DROP TABLE floor_rows"))
        session.execute(text("DROP TABLE floor_outbox"))
    return seconds


def child(mode: str, kind: str, path: str, n: int) -> dict:
    if mode == "calamine":
        from python_calamine import CalamineWorkbook

        t = time.perf_counter()
        rows = sum(1 for _ in CalamineWorkbook.from_path(path).get_sheet_by_name(SHEET[kind]).iter_rows())
        return {"seconds": time.perf_counter() - t, "rows": rows, "rss_mb": rss_mb()}
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _store(Path(tmp), kind, n)
        try:
            if mode == "floor":
                return {"seconds": _floor(ctx, kind, n), "rss_mb": rss_mb()}
            if mode == "seal":
                from heemang_desktop.store.pii import parse_rrn, seal_rrn

                numbers = [parse_rrn(rrn(i)) for i in range(n)]
                cipher = ctx.cipher
                t = time.perf_counter()
                for number in numbers:
                    seal_rrn(cipher, number)
                return {"seconds": time.perf_counter() - t}
            from heemang_desktop.excel.pipeline import run_import

            setup = rss_mb()
            t = time.perf_counter()
            report = run_import(ctx, kind, Path(path))
            seconds = time.perf_counter() - t
            assert report.saved, report.summary_text()[:2000]
            return {"seconds": seconds, "rows": report.read, "created": report.created, "rss_mb": rss_mb(),
                    "setup_rss_mb": setup}
        finally:
            ctx.close()


def run(mode: str, kind: str, path: Path, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, kind, str(path), str(n)],
                         capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if out.returncode:
        raise SystemExit(f"{kind} {mode} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(rows: int, kinds: list[str]) -> None:
    print(f"{'kind':<12} {'rows':>7} {'calamine':>9} {'floor':>7} {'import':>8} {'ms/row':>7} {'ratio':>6} "
          f"{'RSS':>6} {'RSS N/2':>8} {'calamine RSS':>13} {'sealing':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            path, half = Path(tmp) / f"{kind}.xlsx", Path(tmp) / f"{kind}_half.xlsx"
            make_workbook(kind, path, rows)
            make_workbook(kind, half, rows // 2)
            bare, floor = run("calamine", kind, path, rows), run("floor", kind, path, rows)
            done, done_half = run("import", kind, path, rows), run("import", kind, half, rows // 2)
            seal = run("seal", kind, path, rows)["seconds"] if kind in ("employees", "subjects") else None
            goal = 3 * bare["seconds"] + floor["seconds"]
            print(f"{kind:<12} {done['rows']:>7,} {bare['seconds']:>8.2f}s {floor['seconds']:>6.2f}s "
                  f"{done['seconds']:>7.2f}s {done['seconds'] / done['rows'] * 1000:>7.3f} "
                  f"{done['seconds'] / goal:>6.2f} {done['rss_mb'] - done['setup_rss_mb']:>5.0f}M "
                  f"{done_half['rss_mb'] - done_half['setup_rss_mb']:>7.0f}M {bare['rss_mb']:>12.0f}M "
                  f"{'' if seal is None else f'{seal:.2f}s':>8}")
    print("ratio = import / (3 x calamine + floor): the goal is <= 1.00. RSS: growth during the import "
          "(N rows, then N/2); calamine RSS: the bare read's whole process (python-calamine holds the sheet). "
          "sealing: AES-GCM of N resident numbers alone (part of the import's time).")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))))
    else:
        parser = argparse.ArgumentParser()
        parser.add_argument("--rows", type=int, default=20_000)
        parser.add_argument("--kinds", default=",".join(KINDS))
        args = parser.parse_args()
        main(args.rows, args.kinds.split(","))
