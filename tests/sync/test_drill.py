"""The outage drill: the central service is in maintenance for five working days while a 50-staff
facility works through the real feature services; it reopens, and one sync delivers every change
exactly once, in order; a second sync sends nothing; a new PC pulls it all and agrees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from harness_central import CentralServer, db_url_for
from sqlalchemy import select
from sync_helpers import engine_for

from heemang_desktop.accounting.budget import set_budget
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.resolutions import ResolutionInput, save_resolution
from heemang_desktop.hr import employees
from heemang_desktop.hr.attendance import record_day
from heemang_desktop.subjects.cards import SubjectInput, register_subject
from heemang_desktop.sync.models import OutboxEntry

DAYS = [date(2026, 9, 1), date(2026, 9, 2), date(2026, 9, 3), date(2026, 9, 4), date(2026, 9, 7)]
STAFF = 50


def rrn(i: int, century_digit: str = "2") -> str:
    return f"8{i % 10}0{1 + i % 9}1{1 + i % 9}-{century_digit}{100000 + i:06d}"


def work_five_days(ctx) -> None:
    staff = [employees.create_employee(ctx, employees.EmployeeInput(
        employee_no=f"E{i:03d}", name=f"직원{i}", job_type="요양보호사", employment_type="정규",
        hire_date=date(2024, 3, 2), resident_number=rrn(i), bank_account=f"301-1234-{i:04d}-11", bank_name="농협",
        base_pay=2_300_000)) for i in range(STAFF)]
    set_budget(ctx, 2026, "세출", "111", 100_000_000, 0)
    for d, day in enumerate(DAYS):
        for emp in staff:
            record_day(ctx, emp.id, day, time(9, 0), time(18, 0))
        for k in range(3):
            save_resolution(ctx, ResolutionInput(kind="지출", resolution_date=day, business_name=f"{day} 지출 {k}",
                                                 lines=[LineInput("111", 100_000 * (k + 1), "급여")],
                                                 funding_source="보조금", payment_method="계좌이체"))
        employees.update_employee(ctx, staff[d].id, replace(employees.input_from(staff[d]), position="팀장"))
        for k in range(2):
            register_subject(ctx, SubjectInput(name=f"어르신{d}-{k}", resident_number=rrn(100 + d * 2 + k, "1")))


def local_changes(ctx) -> list[str]:
    with ctx.store.session() as s:
        return list(s.scalars(select(OutboxEntry.change_id).order_by(OutboxEntry.seq)))


@pytest.mark.parametrize("db", ["sqlite", pytest.param("pg", marks=pytest.mark.postgres)])
def test_outage_drill(ctx, second_pc, tmp_path, db):
    central = CentralServer(db_url_for(db, tmp_path)).start()
    try:
        central.add_user()
        central.maintenance(True, "2026-09-05T18:00:00+09:00")
        work_five_days(ctx)
        during = engine_for(ctx, central.url).run_once()
        assert during.state == "maintenance" and during.queued > 300

        central.maintenance(False)
        report = engine_for(ctx, central.url).run_once()
        assert report.drained and report.pushed == {"applied": during.queued}, report
        assert report.sanity == []
        mine = local_changes(ctx)
        history = central.changes()
        assert [h["change_id"] for h in history] == mine  # every change, once, in queue order
        assert {h["entity"] for h in history} >= {"employee", "attendance", "resolution", "subject"}

        again = engine_for(ctx, central.url).run_once()
        assert again.drained and again.pushed == {} and len(central.changes()) == len(mine)

        fresh = engine_for(second_pc, central.url).run_once()
        assert fresh.drained and fresh.sanity == [] and fresh.pulled["applied"] == len(central.entities()), fresh.pulled
        found = employees.find_by_resident_number(second_pc, rrn(7))
        assert found is not None and found.name == "직원7"
    finally:
        central.stop()
