"""휴일 관리 on the attendance page: a 관리자 adds a day, the grid shades it and counts its work as holiday work."""

from __future__ import annotations

from datetime import date, time

from hr_helpers import card

from PySide6.QtCore import QDate

from heemang_desktop.hr import attendance


def test_admin_adds_a_holiday_from_the_attendance_page(qtbot, ctx, main_window):
    emp = card(ctx)
    attendance.record_day(ctx, emp.id, date(2026, 10, 2), time(9), time(18))
    ctx.close()
    window = main_window("hr.attendance")
    page = window.pages["hr.attendance"]
    page.month.setDate(QDate(2026, 10, 1))
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.month == "2026-10")
    assert page.model.grid.day_kinds[1] == "work"
    dialog = page.open_holidays()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    names = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "제헌절" in names and dialog.table.item(names.index("제헌절"), 0).text() == "2026-07-17 (금)"
    dialog.day.setDate(QDate(2026, 10, 2))
    dialog.name.setText("임시공휴일")
    dialog.source.setText("국무회의 의결 (예시)")
    dialog.add_day()
    qtbot.waitUntil(lambda: any(h.added for h in dialog.days))
    added = next(r for r, h in enumerate(dialog.days) if h.added)
    assert [dialog.table.item(added, c).text() for c in range(4)] == [
        "2026-10-02 (금)", "임시공휴일", "국무회의 의결 (예시)", "시설 추가"]
    qtbot.waitUntil(lambda: page.model.grid.day_kinds[1] == "holiday")
    summary = page.model.grid.rows[0].summary
    assert (summary.holiday_minutes, summary.regular_minutes) == (480, 0)
    window.resize(1366, 768)
    dialog.grab().save("/tmp/h2-holidays-dialog.png")
