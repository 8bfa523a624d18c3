"""A 시군구보고 travels through the outbox: the second PC sees the draft, its rows and its status steps."""

from __future__ import annotations

from datetime import date

from heemang_desktop.hr import service as hr
from heemang_desktop.reporting import service as reporting


def test_a_report_and_its_status_reach_the_second_pc(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    hr.create_employee(ctx, hr.EmployeeInput(employee_no="E001", name="김요양", job_type="요양보호사",
                                             employment_type="정규", hire_date=date(2022, 8, 1)))
    with central_and_second_pc(tmp_path) as (server, second_pc):
        report = reporting.draft_report(ctx, "종사자입퇴사보고", "2022-08")
        reporting.set_status(ctx, report.id, "checked")
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        [there] = reporting.list_reports(second_pc)
        assert (there.id, there.kind, there.period, there.status) == (report.id, "staff_changes", "2022-08", "checked")
        assert [r["name"] for r in there.rows] == ["김요양"]
        assert [h.status for h in there.history] == ["draft", "checked"]
        # the second PC files it; the first learns it is frozen
        reporting.set_status(second_pc, report.id, "submitted")
        assert sync_once(second_pc, server).drained and sync_once(ctx, server).drained
        assert reporting.get_report(ctx, report.id).status == "submitted"
