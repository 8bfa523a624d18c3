"""근태관리 by keyboard (issue 14): type a day into the month grid, Enter saves it by the upload's rules and
the row's totals follow; Delete clears; 사번/성명 stay in sight while the totals scroll in."""

from datetime import date, time

import pytest
from hr_helpers import card

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from heemang_desktop.changes import Changes
from heemang_desktop.hr import service

TOTAL = 2 + 30  # first totals column in September: 근무일


@pytest.fixture
def window(ctx, main_window):
    e1 = card(ctx)
    card(ctx, no="E002", name="이간호", job_type="간호조무사")
    service.record_day(ctx, e1.id, date(2026, 9, 1), time(9), time(18))
    ctx.close()
    return main_window(timeout=5000)


def open_grid(qtbot, window):
    window.resize(1366, 768)
    window.open_page("hr.attendance")
    page = window.pages["hr.attendance"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.month == "2026-09")
    return page


def cell(page, row, column):
    return page.model.data(page.model.index(row, column), Qt.ItemDataRole.DisplayRole)


def stored_days(qtbot, window, employee_no="E001"):
    box = []
    window.worker.call(lambda ctx: [(d.work_date.day, d.check_in, d.check_out, d.status, d.note)
                                    for e in service.list_employees(ctx) if e.employee_no == employee_no
                                    for d in service.days_of(ctx, e.id, "2026-09")], on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def type_into(qtbot, page, row, day, keys, hangul="", shot=None):
    """Select the day's cell, type `keys` and Enter (QTest types ASCII only: `hangul` goes in as an IME would)."""
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 1 + day))
    qtbot.keyClicks(page.table, keys[0])  # the first key opens the cell's editor ...
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, keys[1:])  # ... which takes the rest
    editor.insert(hangul)
    if shot:
        page.grab().save(shot)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_day_typed_and_entered_is_saved_and_its_totals_show_at_once(qtbot, window):
    page = open_grid(qtbot, window)
    assert cell(page, 0, TOTAL) == "1" and cell(page, 0, TOTAL + 2) == ""
    type_into(qtbot, page, 0, 2, "0900-2000")
    qtbot.waitUntil(lambda: cell(page, 0, 3) == "○")
    assert stored_days(qtbot, window) == [(1, time(9), time(18), "정상", ""), (2, time(9), time(20), "정상", "")]
    assert cell(page, 0, TOTAL) == "2" and cell(page, 0, TOTAL + 1) == "16" and cell(page, 0, TOTAL + 2) == "2"
    assert page.table.currentIndex().column() == 1 + 3  # Enter moved on to the next day
    type_into(qtbot, page, 0, 3, "0930-1800 ", "병원", shot="/tmp/hr-attendance-typing.png")
    qtbot.waitUntil(lambda: cell(page, 0, 4) == "지")
    assert stored_days(qtbot, window)[2] == (3, time(9, 30), time(18), "지각", "병원")
    page.grab().save("/tmp/hr-attendance-edited.png")


def test_a_day_the_rules_refuse_says_why_and_opens_again_to_be_fixed(qtbot, window):
    page = open_grid(qtbot, window)
    type_into(qtbot, page, 1, 4, "0900-0900")
    qtbot.waitUntil(lambda: page.message.text() != "")
    assert page.message.is_error and "출근시각과 퇴근시각이 같습니다" in page.message.text()
    assert "09-04 이간호" in page.message.text()
    assert stored_days(qtbot, window, "E002") == [] and cell(page, 1, 5) == ""
    editor = page.table.focusWidget()  # the same day, open again with what was typed
    assert isinstance(editor, QLineEdit) and editor.text() == "0900-0900"
    assert page.table.currentIndex() == page.model.index(1, 5)
    editor.setText("0900-1800")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, 1, 5) == "○")
    assert stored_days(qtbot, window, "E002") == [(4, time(9), time(18), "정상", "")]


def test_delete_clears_the_selected_days(qtbot, window):
    page = open_grid(qtbot, window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: cell(page, 0, 2) == "")
    assert stored_days(qtbot, window) == [] and cell(page, 0, TOTAL) == ""


def test_names_stay_in_sight_while_the_totals_scroll_in(qtbot, window):
    page = open_grid(qtbot, window)
    view = page.table
    view.scrollTo(page.model.index(0, page.model.columnCount() - 1))
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > 0)
    frozen = view.frozen
    name = frozen.visualRect(page.model.index(0, 1))
    assert frozen.isVisible() and name.left() >= 0 and name.right() <= frozen.viewport().width()
    assert frozen.model().data(frozen.indexAt(name.center())) == "김요양"
    assert view.visualRect(page.model.index(0, TOTAL)).left() >= frozen.width()  # 근무일 beside, not under


def test_a_change_made_elsewhere_shows_without_f5(qtbot, window):
    page = open_grid(qtbot, window)
    box = []
    window.worker.call(lambda ctx: service.enter_day(ctx, service.list_employees(ctx)[1].id, date(2026, 9, 7), "결근"),
                       on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    assert cell(page, 1, 8) == ""
    window.data_changed.emit(Changes.of("attendance", box[0].id), None)
    qtbot.waitUntil(lambda: cell(page, 1, 8) == "결")
