"""Every HR page and the holiday dialog fit a 1366x768 laptop screen (issue 14): the window never grows."""

from datetime import date, time

import pytest
from hr_helpers import card

from PySide6.QtWidgets import QApplication

from heemang_desktop.hr import service

PAGES = ("hr.employees", "hr.attendance", "hr.leave")


@pytest.fixture
def window(ctx, main_window):
    for n in range(1, 13):
        emp = card(ctx, no=f"E{n:03d}", name=f"직원{n}")
        service.record_day(ctx, emp.id, date(2026, 9, 1), time(9), time(18))
    ctx.close()
    return main_window(timeout=5000)


@pytest.mark.parametrize("page_id", PAGES)
def test_the_page_fits_a_1366_by_768_screen(qtbot, window, page_id):
    window.resize(1366, 768)
    window.open_page(page_id)
    page = window.pages[page_id]
    qtbot.waitUntil(page.worker.idle)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert window.width() <= 1366 and window.height() <= 768
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    window.grab().save(f"/tmp/hr-fit-{page_id}.png")


def test_the_holiday_dialog_fits_too(qtbot, window):
    window.resize(1366, 768)
    window.open_page("hr.attendance")
    dialog = window.pages["hr.attendance"].open_holidays()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.grab().save("/tmp/hr-fit-holidays.png")
