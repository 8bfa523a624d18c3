"""The other accounting screens open and show their data."""

from __future__ import annotations

from datetime import date

from acc_helpers import budget, expense


def test_budget_books_and_requisitions_pages_show_data(qtbot, setup_result, main_window):
    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 2_000_000}, year=year)
    expense(ctx, "어르신 나들이", [("321", 350_000)], day=date(year, 1, 5))
    ctx.close()
    window = main_window("accounting.budget")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=5000)
    cells = {page.table.item(r, 1).text(): page.table.item(r, page.table.columnCount() - 1).text()
             for r in range(page.table.rowCount())}
    assert cells["321"] == "2,000,000"

    window.open_page("accounting.books")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=5000)
    texts = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert "321" in texts

    window.open_page("accounting.requisitions")
    page = window.stack.currentWidget()
    page.business.setText("가을 나들이")
    page.lines.rows[0][0].setText("321")
    page.lines.rows[0][2].set_value(100_000)
    page.save()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 3).text() == "100,000"
