"""휴가·출장·교육: a request made by mistake is cancelled, a trip removed, each after a confirmation naming it."""

from datetime import date

import pytest
from hr_helpers import card

from heemang_desktop.hr import service

from heemang_desktop.gui import dialogs


@pytest.fixture
def page(qtbot, ctx, main_window, monkeypatch):
    emp = card(ctx)
    service.request_leave(ctx, emp.id, "연차", date(2026, 12, 1), date(2026, 12, 1), "가족 행사")
    service.add_activity(ctx, "출장", emp.id, date(2026, 11, 3), date(2026, 11, 4), "세종시", "회의", 16)
    ctx.close()
    window = main_window(timeout=5000)
    window.open_page("hr.leave")
    page = window.pages["hr.leave"]
    qtbot.waitUntil(lambda: page.leaves.rowCount() == 1 and page.activities.rowCount() == 1)
    page.asked = []
    page.answer = True

    def confirm(_parent, title, text, action):
        page.asked.append((title, text, action))
        return page.answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return page


def test_a_leave_request_is_cancelled_after_a_confirmation_naming_it(qtbot, page):
    page.leaves.selectRow(0)
    page.answer = False
    page._cancel_leave()
    assert "김요양" in page.asked[0][1] and "연차 (2026-12-01 ~ 2026-12-01, 신청)" in page.asked[0][1]
    qtbot.waitUntil(page.worker.idle)
    assert page.leaves.rowCount() == 1
    page.answer = True
    page._cancel_leave()
    qtbot.waitUntil(lambda: page.leaves.rowCount() == 0)
    assert page.message.text() == "신청을 취소했습니다."
    qtbot.waitUntil(lambda: "승인 대기 0일" in page.balance.text())


def test_a_trip_is_removed_and_nothing_chosen_says_what_to_do(qtbot, page):
    page._remove_activity()
    assert page.message.is_error and "출장·교육을 고르세요" in page.message.text() and page.asked == []
    page.activities.selectRow(0)
    page._remove_activity()
    assert "출장 (2026-11-03 ~ 2026-11-04, 세종시)" in page.asked[0][1]
    qtbot.waitUntil(lambda: page.activities.rowCount() == 0)
