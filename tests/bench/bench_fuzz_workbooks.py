"""Fuzz every import kind with a few thousand random workbooks (tests/excel/fuzz_workbooks.py).

    python tests/bench/bench_fuzz_workbooks.py [count per kind, default 2000] [first seed, default 10000]
    python tests/bench/bench_fuzz_workbooks.py --cost   (what the check costs beside calamine's read)

Prints outcome counts per kind: report (an ImportReport), refused (a Korean HeemangError),
traceback (anything else), aborted (the child process died), hung. The last three must be 0; each
such file is listed with its seed so `fuzz_workbooks.make(kind, seed, path)` makes it again.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "excel"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import fuzz_workbooks  # noqa: E402


def cost(repeats: int = 5) -> None:
    """The check (excel/guard.py) against calamine's bare read, on the 100,000-row attendance workbook."""
    import statistics

    from bench_hr import make_workbook
    from python_calamine import CalamineWorkbook

    from heemang_desktop.excel.guard import check_workbook

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "att_100000.xlsx"
        make_workbook(path, 1000, 100)
        checks, reads = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            check_workbook(path)
            checks.append(time.perf_counter() - started)
            started = time.perf_counter()
            sum(1 for _ in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("일일근태").iter_rows())
            reads.append(time.perf_counter() - started)
        check, read = statistics.median(checks), statistics.median(reads)
        print(f"100,000 rows, {path.stat().st_size / 1e6:.1f} MB: check {check:.3f} s, calamine read {read:.3f} s "
              f"(check / read {check / read:.2f}), median of {repeats}")


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for kind in fuzz_workbooks.KINDS:
            started = time.perf_counter()
            result = fuzz_workbooks.run([kind], count, Path(tmp), first_seed=first)[kind]
            for path in Path(tmp).glob(f"{kind}-*.xlsx"):
                path.unlink()
            c = result["counts"]
            bad = c["traceback"] + c["aborted"] + c["hung"]
            failures += bad
            print(f"{kind:12s} {sum(c.values()):5d} workbooks: report {c['report']:5d}  refused {c['refused']:5d}  "
                  f"traceback {c['traceback']}  aborted {c['aborted']}  hung {c['hung']}  "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
            for line in result["bad"]:
                print(f"    {line['outcome']}: {Path(line['file']).name}: {line['detail'][:300]}", flush=True)
                if "where" in line:
                    print("      " + line["where"].replace("\n", "\n      ")[-1200:], flush=True)
    print(f"total tracebacks + aborted + hung: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--cost" in sys.argv:
        cost()
    else:
        sys.exit(main())
