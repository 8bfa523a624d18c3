"""A month's EB22 successes become 비지정후원금 income: the debit refused by the bank is not income, and
the 1st's debit moved by the 2022 blackout to 9.7 is booked on 9.7, the day the money came in."""

from __future__ import annotations

from datetime import date

from test_cms_cycle import INSTITUTION, _pledge, eb22

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import service


def test_cms_results_become_income_on_their_debit_day(ctx, tmp_path):
    service.set_cms_setup(ctx, service.CmsSetup(INSTITUTION, "004", "99988877766655", "희망요양원"))
    _pledge(ctx, "김일일", "010-1111-0001", "800101", 1, 30000)
    _pledge(ctx, "이보름", "010-1111-0015", "810202", 15, 20000, designation="지정", purpose="아동 장학금")
    _pledge(ctx, "정잔고", "010-1111-0016", "840505", 15, 10000)
    service.write_eb21(ctx, "2022-09", tmp_path / "out.txt")
    for name, failed in (("out_0907.txt", {}), ("out_0915.txt", {2: "0021"})):  # 정잔고: 잔액 부족
        result = tmp_path / f"eb22_{name}"
        result.write_bytes(eb22((tmp_path / name).read_bytes(), failed))
        service.apply_result(ctx, result)

    booked = service.book_month(ctx, "2022-09")

    assert [(r.resolution_date, r.funding_source, r.total, r.lines) for r in booked.resolutions] == [
        (date(2022, 9, 7), "후원금(비지정)", 30000, (("512", 30000, "CMS 1건"),)),
        (date(2022, 9, 15), "후원금(지정)", 20000, (("511", 20000, "아동 장학금 · CMS 1건"),)),
    ]
    views = [accounting.get_resolution(ctx, r.resolution_id) for r in booked.resolutions]
    assert [(v.number, v.payment_method) for v in views] == [("2022-수입-0001", "자동이체"),
                                                            ("2022-수입-0002", "자동이체")]
