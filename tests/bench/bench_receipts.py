"""기부금영수증 benchmark: `python tests/bench/bench_receipts.py [N]` (N donors with 12 monthly gifts in 2026,
default 5,000; the issue asks for 5,000 annual receipts as PDFs in under 60 s, with progress and cancel,
resumable without issuing any receipt twice).

Prints: the annual bulk cancelled halfway and resumed (each leg and their sum, receipts per second),
then the same bulk in one run on a fresh copy of the year, with its CPU time (all threads) and the
progress updates seen. `--threads K` sets the PDF threads (default: min(4, cores)).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import select, update  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.donations import receipts, service  # noqa: E402
from heemang_desktop.donations.donor_import import import_donors  # noqa: E402
from heemang_desktop.donations.models import Donor, Gift  # noqa: E402
from heemang_desktop.donations.receipt_models import VOIDED, Receipt  # noqa: E402
from heemang_desktop.progress import Cancelled, Progress  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.outbox import batched, record_change  # noqa: E402

HEADER = ["후원자번호", "성명", "약정구분", "약정금액", "납부방법", "주민등록번호", "휴대전화", "주소", "영수증발급",
          "출금일"]


def _workbook(path: Path, n: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("후원자")
    ws.append(HEADER)
    for i in range(n):
        ws.append([f"D-{i:05d}", f"후원자{i}", "정기", 10000 + i, "계좌이체", f"{70 + i % 30:02d}0101-1234567",
                   f"010-{i // 10000:04d}-{i % 10000:04d}", f"서울특별시 종로구 희망로 {i}", "예", 1 + i % 28])
    wb.save(path)
    return path


def _gifts(ctx, months: int = 12) -> int:
    """A year of monthly transfers per donor, written as the gift service would (bench set-up only)."""
    with ctx.transaction() as s, batched(s):
        donors = list(s.scalars(select(Donor)))
        for d in donors:
            for m in range(1, months + 1):
                record_change(s, Gift(facility_id=ctx.facility.id, donor_id=d.id, gift_date=date(2026, m, 20),
                                      amount=10000, designation="비지정", method="계좌이체", cancelled=False), "admin")
    return len(donors) * months


class CancelAt(Progress):
    def __init__(self, at: int):
        super().__init__()
        self.at = at

    def update(self, done, total=None):
        super().update(done, total)
        if done >= self.at:
            self.cancel()


class Counting(Progress):
    def __init__(self):
        super().__init__()
        self.updates = 0

    def update(self, done, total=None):
        super().update(done, total)
        self.updates += 1


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _cpu_timed(fn):
    """Wall and CPU seconds (all threads): on a shared machine the CPU figure is what an idle PC would wait."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - start, time.process_time() - cpu, result


def main(n: int) -> None:
    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp())
    ctx = initialize(Paths(tmp / "data"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설", user_id="admin",
        user_name="김관리", role="관리자")).context
    try:
        report = import_donors(ctx, _workbook(tmp / "donors.xlsx", n))
        assert report.ok and report.created == n, report.summary_text()
        print(f"set-up: {n:,} donors, {_gifts(ctx):,} gifts")
        service.set_receipt_setup(ctx, service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1"))
        out = tmp / "pdf"
        first, _ = _timed(lambda: _cancelled(ctx, out, n // 2))
        issued_first = len(service.list_receipts(ctx, 2026))
        second, result = _timed(lambda: service.issue_annual(ctx, 2026, out, Progress(), date(2027, 1, 10)))
        rows = service.list_receipts(ctx, 2026)
        assert len(rows) == n and len({r.donor_id for r in rows}) == n, "a donor got two receipts"
        assert len(list(out.glob("*.pdf"))) == n
        total = first + second
        print(f"cancelled at {n // 2:,}: {first:.1f} s, {issued_first:,} issued; resumed: {second:.1f} s, "
              f"{len(result.issued):,} more, {result.files:,} PDFs (incl. any the cancel left unwritten)")
        print(f"annual bulk with a cancel and a resume: {total:.1f} s for {n:,} receipts "
              f"({n / total:.0f}/s; target < 60 s: {total / 60:.2f}x of it)")

        # The same year again in one run: void every receipt so the gifts are free, into a fresh folder.
        with ctx.transaction() as s:
            s.execute(update(Receipt).values(state=VOIDED, void_reason="bench"))
        shutil.rmtree(out)
        progress = Counting()
        seconds, cpu, result = _cpu_timed(
            lambda: service.issue_annual(ctx, 2026, tmp / "pdf2", progress, date(2027, 1, 10)))
        pages = sum(1 for _ in (tmp / "pdf2").glob("*.pdf"))
        print(f"annual bulk in one run ({receipts.RENDER_THREADS} PDF threads): {seconds:.1f} s wall, {cpu:.1f} s CPU "
              f"for {len(result.issued):,} receipts, {pages:,} PDFs ({len(result.issued) / seconds:.0f}/s; "
              f"target < 60 s: {seconds / 60:.2f}x; CPU per receipt {cpu / n * 1000:.1f} ms), "
              f"{progress.updates:,} progress updates")
    finally:
        ctx.close()
        shutil.rmtree(tmp, ignore_errors=True)


def _cancelled(ctx, out: Path, at: int) -> None:
    try:
        service.issue_annual(ctx, 2026, out, CancelAt(at), date(2027, 1, 10))
    except Cancelled:
        return
    raise AssertionError("the run was not cancelled")


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--threads" in args:
        at = args.index("--threads")
        receipts.RENDER_THREADS = int(args[at + 1])
        del args[at:at + 2]
    main(int(args[0]) if args else 5000)
