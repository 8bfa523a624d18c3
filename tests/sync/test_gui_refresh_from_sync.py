"""Two PCs of one facility: a record made on the other PC appears in the list on screen after a sync,
without the user pressing F5 (the sync's Changes reach the page through the window's broadcast)."""

from __future__ import annotations

from datetime import date

import pytest
from harness_central import PASSWORD
from sync_helpers import engine_for

from heemang_desktop.sync.credentials import account_of, remember


def _resolution(pc) -> None:
    from heemang_desktop.accounting.service import LineInput, ResolutionInput, save_resolution, set_budget

    today = date.today()
    set_budget(pc, today.year, "세출", "321", 5_000_000)
    save_resolution(pc, ResolutionInput(kind="지출", resolution_date=today, business_name="둘째 PC 나들이",
                                        funding_source="보조금", payment_method="계좌이체",
                                        lines=[LineInput("321", 350_000, "버스")]))


def _employee(pc) -> None:
    from heemang_desktop.hr.service import EmployeeInput, create_employee

    create_employee(pc, EmployeeInput(employee_no="E777", name="박둘째", job_type="요양보호사",
                                      employment_type="정규", hire_date=date(2024, 3, 2)))


def _subject(pc) -> None:
    from heemang_desktop.subjects.service import SubjectInput, register_subject

    register_subject(pc, SubjectInput(name="최둘째", resident_number="400101-2234567"))


@pytest.mark.parametrize("page_id, make", [
    ("accounting.resolutions", _resolution),
    ("hr.employees", _employee),
    ("subjects.cards", _subject),
], ids=["resolution", "employee", "subject"])
def test_a_record_made_on_another_pc_appears_after_a_sync(page_id, make, sctx, central, second_pc, main_window,
                                                          qtbot):
    remember(sctx, account_of(sctx, central.url, "sync"), PASSWORD)
    sctx.close()
    window = main_window(page_id)
    page = window.pages[page_id]
    qtbot.waitUntil(lambda: window.sync.view is not None and window.sync.view.state == "online", timeout=10000)
    qtbot.waitUntil(window.worker.idle, timeout=5000)
    rows = page.table.model().rowCount()

    make(second_pc)
    assert engine_for(second_pc, central.url).run_once().drained
    window.sync.sync_now()  # what the background timer does; the user presses nothing on the page

    qtbot.waitUntil(lambda: page.table.model().rowCount() == rows + 1, timeout=10000)
    if page_id == "hr.employees":
        window.grab().save("/tmp/heemang-sync-shots/refreshed-by-sync.png")
