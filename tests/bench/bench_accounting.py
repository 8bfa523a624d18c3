"""Accounting benchmark: `python tests/bench/bench_accounting.py [N]` (N resolutions, default 100,000).

Prints medians of: the list's first page (business name contains + total range, newest first) against
the naive query on an unindexed copy of the same rows, the budget-vs-actual report for the year,
and a 10,000-line resolution import.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

from heemang_desktop.accounting import reports  # noqa: E402
from heemang_desktop.accounting.budget import set_budget  # noqa: E402
from heemang_desktop.accounting.excel import import_resolutions  # noqa: E402
from heemang_desktop.accounting.lines import normalize_key  # noqa: E402
from heemang_desktop.accounting.search import ResolutionQuery, search_resolutions  # noqa: E402
from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402

PROGRAMS = ["어르신 나들이", "생신 잔치", "물리치료 프로그램", "미술 치료", "가족 초청 행사", "송년회", "김장 나눔",
            "치매 예방 교실", "건강 체조", "노래 교실", "원예 활동", "급식 운영", "시설 보수", "차량 운행", "직원 교육"]
MONTHS = [f"{m}월" for m in range(1, 13)]
EXPENSE_CODES = ["111", "112", "131", "132", "133", "135", "311", "314", "321"]


def median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def fill(ctx, n: int, rng: random.Random) -> None:
    """n expense resolutions of 1–5 lines (about 3 on average), written straight into the tables."""
    facility = ctx.facility.id
    now = datetime(2026, 11, 1)
    res, lines = [], []
    start = date(2026, 1, 1)
    for i in range(1, n + 1):
        rid = str(uuid.uuid4())
        day = start + timedelta(days=rng.randrange(365))
        name = f"{rng.choice(MONTHS)} {rng.choice(PROGRAMS)} {rng.randrange(1, 40)}차"
        k = rng.choice((1, 2, 3, 3, 4, 5))
        amounts = [rng.randrange(1, 400) * 1000 for _ in range(k)]
        for j, a in enumerate(amounts, 1):
            lines.append((str(uuid.uuid4()), rid, j, rng.choice(EXPENSE_CODES), a, ""))
        res.append((rid, facility, 1, 0, now, now, "bench", "bench", 2026, "지출", i, f"2026-지출-{i:04d}",
                    day.isoformat(), name, normalize_key(name), f"적요 {i}", "보조금", "계좌이체", f"거래처{i % 300}",
                    "", "[]", "active", sum(amounts)))
    with ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO acc_resolution (id, facility_id, version, deleted, created_at, updated_at, created_by,"
            " updated_by, fiscal_year, kind, seq, number, resolution_date, business_name, business_key, summary,"
            " funding_source, payment_method, vendor, vendor_account_masked, attachments, state, total)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", res)
        conn.exec_driver_sql(
            "INSERT INTO acc_resolution_line (id, resolution_id, position, account_code, amount, note)"
            " VALUES (?,?,?,?,?,?)", lines)
        # The naive design for comparison: the same rows in a plain table with no search indexes.
        conn.exec_driver_sql("CREATE TABLE naive_resolution AS SELECT id, number, resolution_date AS date,"
                             " business_name AS business, total, summary, vendor FROM acc_resolution")
        conn.exec_driver_sql("ANALYZE")
    print(f"filled: {len(res):,} resolutions, {len(lines):,} lines")


def make_workbook(path: Path, n_lines: int, rng: random.Random) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("결의서")
    ws.append(["결의키", "구분", "결의일자", "사업명", "예산과목", "금액", "적요", "재원", "결제방법"])
    for i in range(n_lines):
        key = f"IMP-{i // 3}"
        ws.append([key, "지출", "2026-12-01", f"12월 {PROGRAMS[(i // 3) % len(PROGRAMS)]}", "321",
                   f"{(i % 3 + 1) * 1000:,}", f"가져오기 {i // 3}", "보조금", "계좌이체"])
    wb.save(path)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    keyring.set_keyring(MemoryKeyring())
    rng = random.Random(20261125)
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "data")
        ctx = initialize(paths, SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자")).context
        for code in EXPENSE_CODES:
            set_budget(ctx, 2026, "세출", code, 10**12 - 1)  # the largest amount the schema keeps
        fill(ctx, n, rng)

        cases = [("나들이", 100_000, 300_000), ("김장 나눔 3", 50_000, 2_000_000), ("송년", 1_500_000, 1_600_000)]
        raw = ctx.store.engine.raw_connection()
        for term, lo, hi in cases:
            naive_sql = ("SELECT id, number, date, business, total, summary, vendor FROM naive_resolution "
                         "WHERE business LIKE ? AND total BETWEEN ? AND ? ORDER BY date DESC LIMIT 50")
            args = (f"%{term}%", lo, hi)
            naive = median_ms(lambda sql=naive_sql, args=args: raw.execute(sql, args).fetchall())
            q = ResolutionQuery(year=2026, business=term, min_total=lo, max_total=hi, limit=50)
            ours_page = search_resolutions(ctx, q)
            ours = median_ms(lambda q=q: search_resolutions(ctx, q))
            naive_rows = raw.execute(naive_sql, args).fetchall()
            assert [r[1] for r in naive_rows][:1] and len(ours_page.rows) == len(naive_rows), (term, len(naive_rows))
            print(f"search '{term}' total {lo:,}-{hi:,}: {len(ours_page.rows)} rows; naive {naive:.1f} ms, "
                  f"ours (service, with lines and sync state) {ours:.1f} ms, ratio {naive / ours:.1f}x")
        raw.close()

        budget_ms = median_ms(lambda: reports.build(ctx, "budget", 2026), repeat=5)
        print(f"budget-vs-actual report for 2026: {budget_ms:.0f} ms")

        book = Path(tmp) / "import.xlsx"
        make_workbook(book, 10_000, rng)
        t = time.perf_counter()
        report = import_resolutions(ctx, book)
        took = time.perf_counter() - t
        assert report.ok, report.summary_text()[:500]
        print(f"import of 10,000 lines ({report.created:,} resolutions): {took * 1000:.0f} ms")
        ctx.close()


if __name__ == "__main__":
    main()
