"""Open HR lists follow a change made elsewhere (another page, the CLI, a sync pull) without F5 (issue 13 §2)."""

from datetime import date

import pytest
from hr_helpers import card

from PySide6.QtCore import Qt

from heemang_desktop.changes import Changes
from heemang_desktop.hr import service


@pytest.fixture
def window(ctx, main_window):
    card(ctx)
    ctx.close()
    return main_window(timeout=5000)


def elsewhere(qtbot, window, fn):
    """A write on the database thread that no page asked for (as a sync pull applies one)."""
    box = []
    window.worker.call(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def test_the_card_list_shows_a_card_saved_elsewhere(qtbot, window):
    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    new = elsewhere(qtbot, window, lambda ctx: service.create_employee(ctx, service.EmployeeInput(
        employee_no="E002", name="이간호", job_type="간호조무사", employment_type="정규", hire_date=date(2025, 1, 2))))
    assert page.model.rowCount() == 1
    window.data_changed.emit(Changes.of("employee", new.id), None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.data(page.model.index(1, 1), Qt.ItemDataRole.DisplayRole) == "이간호"


def test_a_reload_keeps_what_the_user_is_typing_into_the_card(qtbot, window):
    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.editor.position.setText("팀장")  # not saved yet
    window.data_changed.emit(Changes.of("employee", "x"), None)
    qtbot.waitUntil(page.worker.idle)
    assert page.editor.position.text() == "팀장" and page.table.currentIndex().row() == 0


def test_the_leave_list_shows_a_request_made_elsewhere(qtbot, window):
    window.open_page("hr.leave")
    page = window.pages["hr.leave"]
    qtbot.waitUntil(lambda: "연차" in page.balance.text())
    made = elsewhere(qtbot, window, lambda ctx: service.request_leave(
        ctx, service.list_employees(ctx)[0].id, "연차", date(2026, 12, 1), date(2026, 12, 1), "가족 행사"))
    assert page.leaves.rowCount() == 0
    window.data_changed.emit(Changes.of("leave", made.id), None)
    qtbot.waitUntil(lambda: page.leaves.rowCount() == 1)
    assert page.leaves.item(0, 5).text() == "가족 행사"
    assert "승인 대기 1일" in page.balance.text()


def test_a_day_typed_on_the_facilitys_other_pc_shows_on_this_grid_after_a_sync(qtbot, ctx, main_window, tmp_path):
    """PC 2 types 2026-09-07 for E001; this PC's sync pulls it and the open grid shows it, no F5."""
    from facility_pcs import central_and_second_pc, sync_once
    from sync_helpers import engine_for

    from PySide6.QtCore import QDate

    with central_and_second_pc(tmp_path) as (server, second_pc):
        card(ctx)
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        ctx.close()
        window = main_window(timeout=5000)
        window.open_page("hr.attendance")
        page = window.pages["hr.attendance"]
        page.month.setDate(QDate(2026, 9, 1))
        qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.month == "2026-09")
        assert page.model.grid.rows[0].cells[6] == ""
        service.enter_day(second_pc, service.list_employees(second_pc)[0].id, date(2026, 9, 7), "결근")
        assert sync_once(second_pc, server).drained
        pulled = []
        window.worker.call(lambda c: engine_for(c, server.url).run_once(), on_done=pulled.append)
        qtbot.waitUntil(lambda: bool(pulled))
        assert pulled[0].changes.touches("attendance")
        window.data_changed.emit(pulled[0].changes, None)  # what the sync controller does with a round's report
        qtbot.waitUntil(lambda: page.model.grid.rows[0].cells[6] == "결")
