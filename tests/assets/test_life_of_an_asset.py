"""Done means: one asset bought, moved, counted (a difference found) and disposed of, with its resolutions.

Hand-worked: 2026-지출-0001 (3.10, 212 자산취득비, 보조금) 1,800,000 buys 세탁기 1,200,000 (2026-비품-0001) and
냉장고 600,000 (2026-비품-0002). 6.1 the 세탁기 moves 1층 세탁실 → 2층 세탁실. The 12.10 count finds it in
3층 창고 (위치 다름) and the 냉장고 where it should be. 12.20 the 세탁기 is sold for 150,000 with the 시군구's approval:
2026-수입-0001 (911 불용품매각대) 150,000. The 비품관리대장 at year end: 냉장고 in use, 1건 600,000원.
"""

from __future__ import annotations

from datetime import date

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service


def test_bought_moved_counted_and_sold(ctx, bought):
    washer = bought["washer"]
    service.move(ctx, washer.id, service.MoveInput(date(2026, 6, 1), "2층 세탁실", "김영희"))
    count = service.start_count(ctx, 2026, date(2026, 12, 10))
    service.record_found(ctx, count.id, [service.CountEntry("2026-비품-0001", True, "3층 창고"),
                                         service.CountEntry("2026-비품-0002", True),
                                         service.CountEntry("2020-재산-0001", True)])
    assert [(d.kind, d.asset_number, d.expected_location, d.found_location)
            for d in service.differences(ctx, count.id)] == [("위치 다름", "2026-비품-0001", "2층 세탁실", "3층 창고")]
    service.finish_count(ctx, count.id)
    sold = service.dispose(ctx, washer.id, service.DisposeInput(
        date(2026, 12, 20), "매각", "노후", "○○시 노인복지과-2001", date(2026, 12, 18), 150_000))
    income = accounting.get_resolution(ctx, sold.proceeds_resolution_id)
    assert (income.number, income.total, [(ln.account_code, ln.amount, ln.note) for ln in income.lines]) == (
        "2026-수입-0001", 150_000, [("911", 150_000, "2026-비품-0001 세탁기")])
    assert [e.kind for e in service.history(ctx, washer.id)] == ["취득", "이동", "불용"]
    reg = service.register(ctx, "비품", 2026)
    assert (reg.total_count, reg.total_cost) == (1, 600_000)
    assert [(c.kind, c.number) for c in service.year_changes(ctx, 2026)] == [
        ("취득", "2026-비품-0001"), ("취득", "2026-비품-0002"), ("이동", "2026-비품-0001"), ("불용", "2026-비품-0001")]
