"""Donation income benchmark: `python tests/bench/bench_donation_income.py [N]` (N gifts in one month,
default 5,000: a month of monthly CMS donors).

Prints the seconds to book the month's gifts as 수입결의서 (one per 재원 and day), to ask again (nothing
left to book), to build the year's 후원금 수입 및 사용결과보고서, and the 나의업무 provider's time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.donations import service  # noqa: E402
from heemang_desktop.donations.models import Gift  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.outbox import batched, record_change  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main(n: int = 5000) -> None:
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        ctx = initialize(Paths(Path(tmp) / "data"), SetupInput(
            facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
            user_id="admin", user_name="김관리", role="관리자")).context
        donor = service.add_donor(ctx, service.DonorInput(name="후원자", phone="010-0000-0000")).id
        with ctx.transaction() as session, batched(session):
            for i in range(n):
                designated = i % 3 == 0
                record_change(session, Gift(
                    facility_id=ctx.facility.id, donor_id=donor, gift_date=date(2026, 9, 1 + i % 28),
                    amount=10_000 + i, designation="지정" if designated else "비지정",
                    purpose="아동 장학금" if designated else "", method=("CMS", "계좌이체", "현금")[i % 3], item="",
                    quantity=0, unit_value=0, cancelled=False, note="", deposit_account=""), "admin")
        booked, first = timed(lambda: service.book_month(ctx, "2026-09"))
        again, second = timed(lambda: service.book_month(ctx, "2026-09"))
        _report, report_s = timed(lambda: service.usage_report(ctx, 2026))
        _items, items_s = timed(lambda: service.income_items(ctx, date(2026, 10, 5)))
        ctx.close()
    print(f"{n:,} gifts -> {len(booked.resolutions)} resolutions, {booked.total:,}원: {first:.2f} s")
    print(f"again, {again.already_booked:,} already booked: {second:.2f} s")
    print(f"usage report for the year: {report_s:.2f} s; 나의업무 items: {items_s * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
