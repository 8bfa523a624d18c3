"""Accounting screens follow what changed (issue 13 §2): a write elsewhere — another page's operation or a
sync pull (a broadcast with no initiating page) — reloads the list on screen without F5."""

from __future__ import annotations

from datetime import date

from acc_helpers import PAID, budget, expense

from heemang_desktop.accounting import service
from heemang_desktop.changes import Changes

from heemang_desktop.gui.operation import Op


def _written_elsewhere(qtbot, window, fn):
    """Run `fn(ctx)` on the window's database thread as a sync pull would, outside any page; its result."""
    box = []
    window.worker.call(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def test_resolution_list_reloads_after_a_pulled_resolution(qtbot, setup_result, main_window):
    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 1_000_000}, year=year)
    expense(ctx, "봄 나들이", [("321", 100_000)], day=date(year, 1, 5))
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5000)

    pulled = _written_elsewhere(qtbot, window, lambda c: expense(c, "가을 나들이", [("321", 200_000)],
                                                                 day=date(year, 1, 6)))
    assert page.model.rowCount() == 1  # nothing told the page yet
    window.data_changed.emit(Changes.of("resolution", pulled.id), None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.loading, timeout=5000)
    assert page.model.rows[0].business_name == "가을 나들이" and page.model.data(page.model.index(0, 4)) == "200,000"

    window.data_changed.emit(Changes.of("employee", "x"), None)  # what the page does not show leaves it alone
    assert not page.model.loading


def test_budget_sheet_and_transfer_tab_follow_another_pages_operation(qtbot, setup_result, main_window):
    setup_result.context.close()
    year = date.today().year
    window = main_window("accounting.requisitions")
    other = window.stack.currentWidget()
    window.open_page("accounting.budget")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=5000)

    def current(code):
        rows = {page.table.item(r, 1).text(): r for r in range(page.table.rowCount())}
        return page.table.item(rows[code], page.table.columnCount() - 1).text()

    assert current("131") == "0"
    Op(other, lambda ctx: (service.set_budget(ctx, year, "세출", "131", 700_000),
                           service.set_budget(ctx, year, "세출", "132", 300_000))).run()
    qtbot.waitUntil(lambda: current("131") == "700,000", timeout=5000)
    assert current("132") == "300,000"

    transfer = service.TransferInput(date(year, 2, 1), "131", "132", 50_000, "복사용지")
    Op(other, lambda ctx: service.save_transfer(ctx, transfer)).run()
    qtbot.waitUntil(lambda: page.transfers.table.rowCount() == 1, timeout=5000)
    assert page.transfers.table.item(0, 4).text() == "50,000"


def test_requisition_list_and_books_reload_on_a_broadcast(qtbot, setup_result, main_window):
    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 1_000_000}, year=year)
    ctx.close()
    window = main_window("accounting.requisitions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(page.lines.names), timeout=5000)
    saved = _written_elsewhere(qtbot, window, lambda c: service.save_requisition(c, service.RequisitionInput(
        date(year, 3, 2), "여름 캠프", [service.LineInput("321", 90_000)])))
    window.data_changed.emit(Changes.of("requisition", saved.id), None)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 2).text() == "여름 캠프" and page.table.item(0, 3).text() == "90,000"

    window.open_page("accounting.books")
    books = window.stack.currentWidget()
    books.kind.setCurrentIndex(books.kind.findData("cashbook"))
    qtbot.waitUntil(lambda: books.report is not None and books.report.kind == "cashbook", timeout=5000)
    before = books.table.rowCount()
    spent = _written_elsewhere(qtbot, window, lambda c: service.save_resolution(c, service.ResolutionInput(
        "지출", date(year, 3, 3), "여름 캠프", [service.LineInput("321", 90_000)], **PAID)))
    window.data_changed.emit(Changes.of("resolution", spent.id), None)
    qtbot.waitUntil(lambda: books.table.rowCount() > before, timeout=5000)
    table = books.table
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert "90,000" in texts


def test_a_resolution_written_on_the_facilitys_other_pc_shows_in_the_list_after_a_sync(qtbot, ctx, main_window,
                                                                                         tmp_path):
    """PC 2 writes an expense; this PC's sync pulls it and the open list shows it, no F5."""
    from facility_pcs import central_and_second_pc, sync_once
    from sync_helpers import engine_for

    year = date.today().year
    with central_and_second_pc(tmp_path) as (server, second_pc):
        budget(ctx, {"321": 1_000_000}, year=year)
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        ctx.close()
        window = main_window("accounting.resolutions")
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
        assert page.model.rowCount() == 0
        written = expense(second_pc, "둘째 PC 간식", [("321", 45_000)], day=date(year, 2, 3))
        assert sync_once(second_pc, server).drained
        pulled = []
        window.worker.call(lambda c: engine_for(c, server.url).run_once(), on_done=pulled.append)
        qtbot.waitUntil(lambda: bool(pulled), timeout=10000)
        assert pulled[0].changes.ids("resolution") == {written.id}
        window.data_changed.emit(pulled[0].changes, None)  # what the sync controller does with a round's report
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5000)
        assert page.model.rows[0].number == written.number and page.model.data(page.model.index(0, 4)) == "45,000"
