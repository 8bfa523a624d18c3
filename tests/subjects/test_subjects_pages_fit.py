"""Every subject page, 사용자·권한 and 업무 현황 fit a 1366x768 laptop screen (issue 14): the window never grows."""

from __future__ import annotations

from datetime import date

import pytest
from subject_helpers import register

from PySide6.QtWidgets import QApplication

from heemang_desktop.subjects import service

PAGES = ("subjects.cards", "subjects.episodes", "history.outings", "history.programs", "fees.receipts",
         "vocational.attendance", "admin.users", "my_work.home")


@pytest.fixture
def window(ctx, main_window):
    for n in range(12):
        card = register(ctx, f"대상자{n:02d}", f"4{n % 10}0101-2234567" if n < 10 else "", subject_no=f"S{n:03d}")
        service.admit(ctx, card.id, "residential", date(2026, 9, 1))
        service.charge_month(ctx, card.id, "2026-09", "residential-2026")
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
    window.grab().save(f"/tmp/subjects-fit-{page_id}.png")
