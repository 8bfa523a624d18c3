"""나의업무 > 업무 현황 on the notice's dates: the list most urgent first, an item opening its page, an
item resolved elsewhere leaving without F5, roles seeing different lists; the status bar's 중단 기간."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt

from heemang_desktop.changes import Changes
from heemang_desktop.reporting import service as reporting
from heemang_desktop.users import service as users

from heemang_desktop.gui import status_bar
from heemang_desktop.gui.launch import build


def _day(monkeypatch, day: date) -> None:
    monkeypatch.setattr(status_bar, "today", lambda: day)


def _rows(page) -> list[list[str]]:
    return [[page.list.topLevelItem(i).text(c) for c in range(4)] for i in range(page.list.topLevelItemCount())]


def _home(qtbot, window):
    page = window.pages["my_work.home"]
    qtbot.waitUntil(lambda: "불러오는 중" not in page.heading.text() and window.worker.idle())
    return page


def test_on_august_16th_the_list_and_the_status_bar_warn_of_the_outage(qtbot, ctx, main_window, monkeypatch):
    _day(monkeypatch, date(2022, 8, 16))
    ctx.close()
    window = main_window()
    page = _home(qtbot, window)
    rows = _rows(page)
    outage = next(r for r in rows if r[2] == "9.1–9.5 시스템 중단 예정: 시군구보고는 8.30까지")
    assert outage[:2] == ["예정", "8.30(화)"] and "개통 관련 유의사항" in outage[3]
    assert page.heading.text().startswith(f"할 일 {len(rows)}건 (8.16(화) 기준")
    qtbot.waitUntil(lambda: window.status.outage.text() == "중단 예정 9.1–9.5")
    assert "희망이음 개통 준비" in window.status.outage.toolTip()
    page.grab().save("/tmp/mywork-home.png")
    window.grab().save("/tmp/mywork-window.png")


def test_during_the_outage_the_status_bar_says_until_when(qtbot, ctx, main_window, monkeypatch):
    _day(monkeypatch, date(2022, 9, 2))
    ctx.close()
    window = main_window()
    qtbot.waitUntil(lambda: window.status.outage.text() == "시스템 중단 중 (9.5까지)")
    assert window.status.outage.isVisible()


def test_far_from_any_outage_the_status_bar_says_nothing_of_one(qtbot, ctx, main_window, monkeypatch):
    _day(monkeypatch, date(2022, 7, 1))
    ctx.close()
    window = main_window()
    _home(qtbot, window)
    qtbot.waitUntil(window.worker.idle)
    assert window.status.outage.text() == "" and not window.status.outage.isVisible()


def test_enter_on_an_item_opens_its_page_and_a_resolved_item_leaves_without_f5(qtbot, ctx, main_window,
                                                                               monkeypatch):
    _day(monkeypatch, date(2022, 8, 29))
    e = reporting.add_evaluation(ctx, date(2022, 8, 27), items="지표 3-2")
    ctx.close()
    window = main_window()
    page = _home(qtbot, window)
    rows = _rows(page)
    i = next(n for n, r in enumerate(rows) if r[2].startswith("2022년 시설평가 이의신청: 9.3까지 공문으로"))
    page.list.setFocus()
    page.list.setCurrentItem(page.list.topLevelItem(i))
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.current_page_id() == "evaluation.objections"
    assert window.nav.currentItem().text(0) == "평가 이의신청"
    # resolved elsewhere (here: the visit taken back on the database thread, then the broadcast)
    done = []
    window.worker.call(reporting.remove_evaluation, e.id, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    window.data_changed.emit(Changes.of("evaluation", e.id), None)
    window.open_page("my_work.home")
    qtbot.waitUntil(lambda: not any("이의신청" in r[2] for r in _rows(page)))
    assert any("시스템 중단 예정" in r[2] for r in _rows(page))


def test_a_sync_item_opens_the_queue_on_double_click(qtbot, ctx, main_window, monkeypatch):
    _day(monkeypatch, date(2022, 8, 16))
    reporting.add_evaluation(ctx, date(2022, 8, 10))  # one change queued
    ctx.close()
    window = main_window()
    page = _home(qtbot, window)
    item = next(page.list.topLevelItem(n) for n in range(page.list.topLevelItemCount())
                if page.list.topLevelItem(n).text(2).startswith("전송 대기 1건"))
    assert item.text(0) == "알림"
    page.list.itemActivated.emit(item, 2)  # what a double-click emits
    assert window.current_page_id() == "my_work.sync"


@pytest.fixture
def shared_pc(setup_result, paths):
    ctx = setup_result.context
    users.set_password(ctx, "admin", "admin-pw-1")
    users.add_user(ctx, "acc", "박회계", "회계담당", "acc-pw-12")
    users.add_user(ctx, "lee", "이복지", "사회복지사", "lee-pw-12")
    reporting.add_evaluation(ctx, date(2022, 8, 27))
    ctx.close()
    return paths


def _signed_in(qtbot, paths, login_id, password):
    ready = []
    window, startup = build(paths, interactive=False, on_ready=ready.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible())
    startup.dialog.user.setCurrentIndex(startup.dialog.user.findData(login_id))
    startup.dialog.password.setText(password)
    startup.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(ready))
    return window


def test_an_accountant_and_a_social_worker_see_different_lists(qtbot, shared_pc, monkeypatch):
    _day(monkeypatch, date(2022, 8, 29))
    seen = {}
    for login_id, password in (("acc", "acc-pw-12"), ("lee", "lee-pw-12")):
        window = _signed_in(qtbot, shared_pc, login_id, password)
        seen[login_id] = [r[2] for r in _rows(_home(qtbot, window))]
        window.close()
    assert any("이의신청" in t for t in seen["lee"]) and not any("이의신청" in t for t in seen["acc"])
    assert any("시스템 중단 예정" in t for t in seen["acc"]) and any("시스템 중단 예정" in t for t in seen["lee"])


def test_a_maintenance_answer_shows_its_window_in_the_status_bar(qtbot, ctx, main_window, monkeypatch):
    from heemang_desktop.calendar import service as calendar

    _day(monkeypatch, date(2030, 1, 10))
    ctx.close()
    window = main_window()
    _home(qtbot, window)
    assert window.status.outage.text() == ""
    done = []  # as the sync engine records "maintenance until 1.12" (no broadcast of its own)
    window.worker.call(calendar.add_window, "outage", date(2030, 1, 10), date(2030, 1, 12), "중앙 서비스 점검",
                       on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    window.set_connection("maintenance", "2030-01-12T09:00:00+00:00", "점검 중")
    qtbot.waitUntil(lambda: window.status.outage.text() == "시스템 중단 중 (1.12까지)")
