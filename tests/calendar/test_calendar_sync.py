"""A 관리자's window reaches the facility's other PC; the central service's "maintenance until T"
opens a window by itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from heemang_desktop.calendar import service as calendar
from heemang_desktop.reporting import service as reporting


def test_an_admin_window_and_a_cancelled_shipped_entry_reach_the_second_pc(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        calendar.add_window(ctx, "outage", date(2026, 10, 6), date(2026, 10, 8), "희망이음 정기 점검",
                            "공문 제2026-1호")
        calendar.cancel_shipped(ctx, "2022-ssis/cms-blackout", "시험: 출금 가능")
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained

        there = [w for w in calendar.calendar_of(second_pc) if not w.shipped]
        assert [(w.kind, w.start, w.end, w.title, w.source) for w in there] == [
            ("outage", date(2026, 10, 6), date(2026, 10, 8), "희망이음 정기 점검", "공문 제2026-1호")]
        assert calendar.deadline_for(second_pc, date(2026, 10, 7)).on == date(2026, 10, 2)
        assert calendar.covering(second_pc, "cms_blackout", date(2022, 9, 2)) == []


def test_a_maintenance_answer_with_until_opens_an_outage_window(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, _):
        server.maintenance(True, "2099-09-05T18:00:00+09:00")
        before = datetime.now(timezone(timedelta(hours=9))).date()
        report = sync_once(ctx, server)
        assert report.state == "maintenance"
        sync_once(ctx, server)  # asked again: the same window, not a second one
        [window] = [w for w in calendar.calendar_of(ctx) if not w.shipped]
        assert (window.kind, window.end, window.source) == ("outage", date(2099, 9, 5), calendar.MAINTENANCE_SOURCE)
        assert window.start in (before, datetime.now(timezone(timedelta(hours=9))).date())  # today in Seoul
        # an evaluation whose objection window runs into it goes by letter
        assert reporting.objection_route(ctx, date(2099, 9, 1)).route == "공문"
        server.maintenance(False)
        assert sync_once(ctx, server).drained  # the window itself went to the central service


def test_two_pcs_told_of_one_outage_show_one_window_and_no_conflict(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        server.maintenance(True, "2099-09-05T18:00:00+09:00")
        sync_once(ctx, server)
        sync_once(second_pc, server)
        server.maintenance(False)
        for pc in (ctx, second_pc, ctx):
            report = sync_once(pc, server)
            assert report.drained and report.conflicts == 0
        for pc in (ctx, second_pc):
            auto = [w for w in calendar.calendar_of(pc) if w.source == calendar.MAINTENANCE_SOURCE]
            assert [w.end for w in auto] == [date(2099, 9, 5)]
