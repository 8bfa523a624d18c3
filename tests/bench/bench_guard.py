"""Personal-data guard benchmark: `python tests/bench/bench_guard.py [N]` (N registered people, default 10,000).

Prints medians of one composer check (check_text on a 2,000-character inquiry, names streamed from
the subject register in batches) against the number patterns alone, and the peak memory the
streaming check took (tracemalloc), beside what holding every name as a list takes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.inquiries import guard, service  # noqa: E402
from heemang_desktop.inquiries.names import registered_names  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.subjects.models import Subject  # noqa: E402

SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마"
    "길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당"
)
GIVEN = "영철순자민수지현희정숙미경호진서윤아은주혜선우성동준재하연"


def _names(n: int):
    for i in range(n):
        yield SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[(i // 3) % len(GIVEN)]


def _median(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(n: int) -> None:
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        ctx = initialize(Paths(Path(tmp)), SetupInput(facility_code="K0161", facility_name="희망요양원",
                                                      facility_type="노인요양시설", user_id="admin",
                                                      user_name="김관리", role="관리자")).context
        with ctx.transaction() as s:
            s.bulk_insert_mappings(Subject, [{"facility_id": ctx.facility.id, "name": name} for name in _names(n)])
        text = ("지출결의서 2026-지출-0042 금액 1,234,567원을 인쇄하면 적요가 잘립니다. " * 40)[:2000]
        patterns = _median(lambda: guard.scan(text))
        full = _median(lambda: service.check_text(ctx, text))
        tracemalloc.start()
        service.check_text(ctx, text)
        _, streamed = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tracemalloc.start()
        with ctx.store.session() as s:
            every = list(registered_names(s, ctx.facility.id))
        _, listed = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{len(every):,} registered names, 2,000-character text")
        print(f"  patterns only        {patterns * 1000:8.1f} ms")
        print(f"  patterns + names     {full * 1000:8.1f} ms  (names streamed {n // 500 + 1} batches of 500)")
        print(f"  peak memory: streamed check {streamed / 1024:,.0f} KiB; "
              f"every name in one list {listed / 1024:,.0f} KiB")
        ctx.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
