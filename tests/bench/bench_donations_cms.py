"""Donations CMS benchmark: `python tests/bench/bench_donations_cms.py [N]` (N donors with monthly CMS
pledges, default 5,000; the issue asks for a month's EB21 under 1 s).

Prints medians of: the 후원자 import of N rows, a month's EB21 (planned, stored and written; each run on
a fresh month), the same month written again from its stored batches, and the blackout check of
2022-09 (the notice's CMS blackout).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.donations import service  # noqa: E402
from heemang_desktop.donations.donor_import import import_donors  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402

HEADER = ["후원자번호", "성명", "약정구분", "약정금액", "납부방법", "생년월일", "휴대전화", "출금일", "은행",
          "계좌번호", "예금주", "CMS등록일"]


def _workbook(path: Path, n: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("후원자")
    ws.append(HEADER)
    for i in range(n):
        ws.append([f"D-{i:05d}", f"후원자{i}", "정기", 10000 + i, "CMS", f"{70 + i % 30:02d}0101",
                   f"010-{i // 10000:04d}-{i % 10000:04d}", 1 + i % 28, "국민은행", f"123-456-{i:06d}",
                   f"후원자{i}", "2021-03-02"])
    wb.save(path)
    return path


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(n: int) -> None:
    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp())
    ctx = initialize(Paths(tmp / "data"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설", user_id="admin",
        user_name="김관리", role="관리자")).context
    try:
        seconds, report = _timed(lambda: import_donors(ctx, _workbook(tmp / "donors.xlsx", n)))
        assert report.ok and report.created == n, report.summary_text()
        print(f"후원자 import, {n:,} rows: {seconds:.2f} s")
        service.set_cms_setup(ctx, service.CmsSetup("9912345678", "004", "99988877766655"))
        first, again = [], []
        for month in ("2026-10", "2026-11", "2026-12"):
            seconds, result = _timed(lambda m=month: service.write_eb21(ctx, m, tmp / f"eb21-{m}.txt"))
            assert sum(f[2] for f in result.files) == n
            first.append(seconds)
            again.append(_timed(lambda m=month: service.write_eb21(ctx, m, tmp / f"again-{m}.txt"))[0])
        print(f"EB21 for a month, {n:,} pledges: median {statistics.median(first):.3f} s "
              f"(target < 1 s: {statistics.median(first) / 1.0:.2f}x of it)")
        print(f"EB21 written again from the stored month: median {statistics.median(again):.3f} s")
        seconds, moves = _timed(lambda: service.blackout_moves(ctx, "2022-09"))
        print(f"blackout check 2022-09: {seconds:.3f} s, {len(moves):,} pledges moved")
    finally:
        ctx.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
