"""Assets, their history, a count and the disposal's income resolution reach the facility's other PC through
the reference central service."""

from __future__ import annotations

from datetime import date

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service


def test_assets_reach_the_second_pc(ctx, bought, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        service.move(ctx, bought["washer"].id, service.MoveInput(date(2026, 6, 1), "2층 세탁실", "박철수"))
        gone = service.dispose(ctx, bought["fridge"].id, service.DisposeInput(
            date(2026, 11, 20), "매각", "고장", "○○시 노인복지과-1234", date(2026, 11, 15), 50_000))
        count = service.start_count(ctx, 2026, date(2026, 12, 10))
        service.record_found(ctx, count.id, [service.CountEntry("2020-재산-0001", False)])
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained

        there = {a.number: a for a in service.list_assets(second_pc)}
        assert (there["2026-비품-0001"].location, there["2026-비품-0002"].state) == ("2층 세탁실", "불용")
        assert [e.kind for e in service.history(second_pc, there["2026-비품-0001"].id)] == ["취득", "이동"]
        assert accounting.get_resolution(second_pc, gone.proceeds_resolution_id).total == 50_000
        assert [(d.kind, d.asset_number) for d in service.differences(second_pc, count.id)][0] == (
            "없음", "2020-재산-0001")
        assert [c.kind for c in service.year_changes(second_pc, 2026)] == ["취득", "취득", "이동", "불용"]
